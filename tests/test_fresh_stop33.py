"""Conventions met in documents written after the eval set (stop 33): each test names the
convention and the mistake the pipeline made before."""

from __future__ import annotations

from summariser import claim_cues
from summariser.assemble import Run, build_items
from summariser.attribution import attribution
from summariser.drafts import PartyDraft, SentenceDraft
from summariser.keep import prune_parties
from summariser.kinds import settle_kinds
from summariser.parties import build_parties, sides
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


ESTONIA = ("Ministry of Foreign Affairs of the Republic of Estonia\n\n"
           "Later on Friday, the Ministry of Defence of the Russian Federation claimed that the flight had taken "
           "place over neutral waters.\n\n"
           "The High Representative of the European Union, Kaja Kallas, described the incursion as an extremely "
           "dangerous provocation and said that the European Union stands in full solidarity with Estonia.\n")


def estonian_release() -> tuple:
    return parsed(ESTONIA, PartyDraft(name="Ministry of Foreign Affairs of the Republic of Estonia",
                                      kind="government_body", acts_for="Estonia"),
                  PartyDraft(name="Estonia", kind="state", acts_for=None),
                  PartyDraft(name="Russian Federation", kind="state", acts_for=None),
                  PartyDraft(name="Kaja Kallas", kind="person", acts_for=None),
                  voice="Ministry of Foreign Affairs of the Republic of Estonia")


def test_a_claim_reported_after_a_time_is_the_claim_of_the_one_who_made_it() -> None:
    line = ESTONIA.split("\n\n")[1]
    # 'Later on Friday, the Ministry of Defence ...' was no party, so the ministry that reported it held it
    assert attribution(line) == (True, "the Ministry of Defence of the Russian Federation ")
    assert claim_cues.reports_claim(line)
    doc, book, voice = estonian_release()
    settled = settle_kinds(["position"], book.find("Estonia"), book.find("Russian Federation"), line, book,
                           sides(book.parties), voice)
    assert "claim" in settled.kinds and settled.other_id == voice.id  # disputed by the voice
    # the state the voice serves, where the model named it, reads better than its ministry
    settled = settle_kinds(["position"], book.find("Estonia"), book.find("Russian Federation"),
                           "Later that day, Russia claimed that the flight had taken place over neutral waters.",
                           book, sides(book.parties), voice)
    assert "claim" in settled.kinds and settled.other_id == book.find("Estonia").id


def test_the_one_a_speaker_stands_in_solidarity_with_is_not_accused() -> None:
    doc, book, voice = estonian_release()
    settled = settle_kinds(["claim"], book.find("Estonia"), book.find("Kaja Kallas"), doc.sentences[-1].text, book,
                           sides(book.parties), voice)
    # it was Kallas's claim 'denied' by Estonia
    assert settled.kinds == ["position"] and settled.other_id is None
