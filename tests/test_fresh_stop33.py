"""Conventions met in documents written after the eval set (stop 33): each test names the
convention and the mistake the pipeline made before."""

from __future__ import annotations

from summariser.assemble import Run, build_items
from summariser.drafts import PartyDraft, SentenceDraft
from summariser.keep import prune_parties
from summariser.parties import build_parties
from tests.test_known_actors import parsed

SUMMIT = ("MINISTRY OF FOREIGN AFFAIRS OF THE REPUBLIC OF UZBEKISTAN\n\n"
          "The President of Uzbekistan put forward a number of initiatives aimed at deepening cooperation:\n\n"
          "- to raise relations between Central Asia and the European Union to the level of a strategic partnership;\n\n"
          "- to organise an investment forum on a regular basis.\n")


def test_the_items_of_a_list_of_proposals_are_the_proposers_proposals() -> None:
    doc, book, voice = parsed(SUMMIT, PartyDraft(name="Ministry of Foreign Affairs of the Republic of Uzbekistan",
                                                 kind="government_body", acts_for="Uzbekistan"),
                              PartyDraft(name="Uzbekistan", kind="state", acts_for=None),
                              PartyDraft(name="European Union", kind="international_org", acts_for=None),
                              voice="Ministry of Foreign Affairs of the Republic of Uzbekistan")
    book.voice = voice
    ministry = "Ministry of Foreign Affairs of the Republic of Uzbekistan"
    said = [(s.number, SentenceDraft(by=ministry, t=["position"], to=None)) for s in doc.sentences[1:]]
    positions, requests, _ = build_items(said, doc, book, Run(), voice)
    # the lead-in and each item were positions of the ministry that published the list
    assert positions == []
    assert [(book.by_id(r.requester).name, r.force) for r in requests] == [("Uzbekistan", "proposal")] * 2
    assert "to organise an investment forum" in requests[1].evidence[0].quote


def test_people_only_listed_as_present_are_no_parties() -> None:
    text = ("President Dr Mohamed Muizzu said the Maldives will not allow any nation to undermine its sovereignty.\n\n"
            "The President was accompanied on the State Visit by First Lady Madam Sajidha Mohamed, Minister of "
            "Foreign Affairs Moosa Zameer and senior Government officials.\n")
    book = build_parties([PartyDraft(name="Maldives", kind="state", acts_for=None),
                          PartyDraft(name="Mohamed Muizzu", kind="person", acts_for="Maldives"),
                          PartyDraft(name="Moosa Zameer", kind="person", acts_for="Maldives")], text)
    prune_parties(book, [], book.find("Maldives").id)
    # the minister who only travelled with the President was kept for his side
    assert [p.name for p in book.parties] == ["Maldives", "Mohamed Muizzu"]
