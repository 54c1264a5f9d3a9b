"""Conventions met in documents written after the eval set (stop 30): each test names the
convention and the mistake the pipeline made before."""

from __future__ import annotations

from summariser.drafts import SentenceDraft
from tests.test_fresh_stop28 import voiced_items

GERD = ("Statement of the Ministry of Foreign Affairs of Ethiopia\n\n"
        "Ethiopia rejects the letter of Egypt to the Security Council.\n\n"
        "Ethiopia recalls that the Security Council, in its presidential statement of September 2021, encouraged "
        "the three countries to resume negotiations under the auspices of the African Union.\n")


def test_a_request_recalled_from_another_body_is_that_bodys() -> None:
    book, (_, requests, _) = voiced_items(
        GERD, [("Ethiopia", "state", None), ("Egypt", "state", None),
               ("Security Council", "international_org", None), ("African Union", "international_org", None)],
        SentenceDraft(by="Ethiopia", t=["request"], to="Egypt"), "Ethiopia")
    # the recaller, Ethiopia, had become the one asking
    assert [book.by_id(r.requester).name for r in requests] == ["Security Council"]


DECLARATION = ("Rio de Janeiro Declaration of the BRICS Leaders\n\n"
               "We welcome Belarus, Bolivia, Kazakhstan, Cuba and Malaysia as partner countries.\n\n"
               "We condemn the strikes against Iran and express grave concern over the attacks on Gaza by Israel.\n\n"
               "We urge the parties to engage in good faith in further negotiations to achieve a ceasefire.\n")


def test_the_parties_asked_after_many_states_were_named_are_nobody_the_text_identifies() -> None:
    drafts = [("BRICS", "international_org", None), ("Belarus", "state", None), ("Bolivia", "state", None),
              ("Kazakhstan", "state", None), ("Cuba", "state", None), ("Malaysia", "state", None),
              ("Iran", "state", None), ("Israel", "state", None)]
    book, (_, requests, _) = voiced_items(DECLARATION, drafts, SentenceDraft(by="BRICS", t=["request"], to="Cuba"),
                                          "BRICS")
    # the request went to Belarus, the first of all the sides named so far
    assert [(book.by_id(r.requester).name, r.addressee) for r in requests] == [("BRICS", None)]
