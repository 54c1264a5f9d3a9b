"""Conventions met in documents written after the eval set (stop 28): each test names the
convention and the mistake the pipeline made before."""

from __future__ import annotations

from summariser.assemble import Run, build_items
from summariser.attribution import attribution
from summariser.drafts import PartyDraft, SentenceDraft
from tests.test_known_actors import parsed


def voiced_items(text: str, drafts: list[tuple[str, str, str | None]], said: SentenceDraft, voice: str) -> tuple:
    """The party book and the (positions, requests, claims) built from the model's answer `said` on
    the text's last sentence, the book's voice set as the pipeline sets it."""
    doc, book, voice_party = parsed(text, *(PartyDraft(name=n, kind=k, acts_for=a) for n, k, a in drafts),
                                    voice=voice)
    book.voice = voice_party or book.find(voice)
    return book, build_items([(doc.sentences[-1].number, said)], doc, book, Run(), book.voice)

KING = ("Communiqué of the Ministry of Foreign Affairs, African Cooperation and Moroccan Expatriates\n\n"
        "The Kingdom of Morocco has taken note of the decision announced by the Algerian authorities.\n\n"
        "Morocco recalls that His Majesty King Mohammed VI, in the Throne Day speech of 31 July, once again "
        "extended a hand to the Algerian leadership, calling for the reopening of the land border.\n")


def test_a_titled_person_a_recalling_lead_in_tells_of_speaks_for_themselves() -> None:
    assert attribution("The Minister recalled that President Xi had proposed a new security initiative.") \
        == (True, "President Xi")
    # the recaller speaks when what it recalls is no one's words, or a state's
    assert attribution("Morocco recalls that Algeria has refused every offer.")[1].strip() == "Morocco"
    assert attribution("He recalled that President Xi visited Hanoi in April.")[1].strip() == "He"
    # the model gave the King's call to Morocco, and never listed him: he is a party, Morocco's own
    book, (_, requests, _) = voiced_items(
        KING, [("Kingdom of Morocco", "state", None), ("Algerian authorities", "government_body", None)],
        SentenceDraft(by="Kingdom of Morocco", t=["request"], to="Algerian authorities"), "Kingdom of Morocco")
    king = book.by_id(requests[0].requester)
    assert (king.name, king.title, book.by_id(king.affiliation).name) == ("Mohammed VI", "King", "Kingdom of Morocco")
