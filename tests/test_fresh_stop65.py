"""Conventions met in documents written after the eval set (stop 65): asks a sentence tells of without making
them, and whose sentences a wire's quotations are; each test names the convention and the mistake the pipeline
made before."""

from __future__ import annotations

from summariser import cues
from summariser.drafts import PartyDraft, SentenceDraft
from tests.test_fresh_stop56 import _items


def test_a_request_another_side_turned_down_is_no_ask_of_the_one_who_turned_it_down() -> None:
    # 'The court rejected a separate request to arrest İmamoğlu ...' was a request of the court (the bare 'rejected
    # the request' was already read past; a word between the article and the noun was not)
    assert not cues.asks("The court rejected a separate request to arrest İmamoğlu on terrorism-related charges.")
    assert not cues.asks("The judges dismissed the defence's second appeal on Monday.")
    assert not cues.asks("The ministry denied the embassy's latest request for consular access.")
    # (an ask made still is one)
    assert cues.asks("The court rejected the charges and urged prosecutors to release him.")
    assert cues.asks("She said Kenya had made a separate request to Uganda to extradite him.")


def test_a_threat_of_what_others_will_do_if_they_cannot_is_no_ask() -> None:
    # '"They want me out of the 2025 election, and if they cannot do it through the courts they will do it with
    # bullets," Morales said' was his request through 'if'
    assert not cues.asks('"They want me out of the 2025 election, and if they cannot do it through the courts they '
                         'will do it with bullets," Morales said.')
    assert not cues.asks("If the talks could not resume, the mission would leave.")
    # (a condition that asks stays one)
    assert cues.asks("The sanctions will be lifted if Minsk frees the prisoners.")


KENYA_WIRE = ("Kenya's Gachagua accuses Ruto allies of sponsoring church attack\n\n"
              "NAIROBI, April 14 (World News Wire) – Kenya's former Deputy President Rigathi Gachagua on Monday "
              "accused allies of President William Ruto of sending armed youths to disrupt a church service. "
              "Gachagua, who was impeached by parliament in October, was inside the church at the time and was "
              "escorted out by his security detail. Opposition leaders rallied behind Gachagua. Members of Ruto's "
              "United Democratic Alliance, however, accused Gachagua of staging confrontations to gain sympathy.\n")
KENYA_PARTIES = (PartyDraft(name="Kenya", kind="state", acts_for=None),
                 PartyDraft(name="Gachagua", kind="person", acts_for=None),
                 PartyDraft(name="Rigathi Gachagua", kind="person", acts_for=None),
                 PartyDraft(name="William Ruto", kind="person", acts_for="Kenya"))


def test_members_of_a_leaders_party_speak_for_the_party_not_the_leader() -> None:
    # "Members of Ruto's United Democratic Alliance ... accused Gachagua of staging confrontations" was Ruto's
    # stance; and with the model's late surname 'Gachagua' listed beside 'Rigathi Gachagua' the accused was no one
    book, (positions, _, claims) = _items(KENYA_WIRE, [
        ("Members of", SentenceDraft(by="Rigathi Gachagua", t=["claim"], to="William Ruto"))], *KENYA_PARTIES,
        voice=None)
    party = book.find("United Democratic Alliance")
    assert party is not None and party.kind == "non_state_group"
    assert [(c.asserted_by, c.disputed_by) for c in claims] == [(party.id, [book.find("Rigathi Gachagua").id])]
    assert not [p for p in positions if p.holder == book.find("William Ruto").id]


def test_the_reporters_account_of_what_befell_a_side_is_no_claim_of_that_side() -> None:
    # 'Gachagua, who was impeached by parliament in October, was inside the church ... and was escorted out' was his
    # claim against Kenya; 'Opposition leaders rallied behind Gachagua' his stance
    book, (positions, requests, claims) = _items(KENYA_WIRE, [
        ("Gachagua, who", SentenceDraft(by="Rigathi Gachagua", t=["position", "claim"], to="Kenya")),
        ("Opposition leaders", SentenceDraft(by="Kenya", t=["position"], to="Rigathi Gachagua"))],
        *KENYA_PARTIES, voice=None)
    assert claims == []
    assert not [p for p in positions if "rallied" in p.evidence[0].quote]
    # (a line that charges in words is still its subject's claim)
    _, (_, _, charged) = _items(KENYA_WIRE, [
        ("NAIROBI", SentenceDraft(by="Rigathi Gachagua", t=["claim"], to="William Ruto"))], *KENYA_PARTIES, voice=None)
    assert len(charged) == 1
