"""Conventions met in documents written after the eval set (stop 53): each test names the
convention and the mistake the pipeline made before."""

from __future__ import annotations

from summariser.asking_sides import addressee_phrase
from summariser.claim_cues import rebutted_claim
from summariser.drafts import PartyDraft, SentenceDraft
from summariser.keep import prune_parties
from summariser.procedural import procedural
from summariser.schema import Evidence, Position
from tests.test_fresh_stop51 import _items, _state
from tests.test_known_actors import parsed


def test_the_wires_not_immediately_responding_to_anything_is_a_note() -> None:
    # a wire report's 'Indian officials did not immediately respond to the offer of an investigation'
    # was a position of India
    assert procedural("Indian officials did not immediately respond to the offer of an investigation.")
    assert procedural("The ministry has not immediately commented on the report.")
    # (a silence the text holds against someone, without the wire's 'immediately', is no note)
    assert not procedural("India has not responded to the offer of a neutral investigation, which Pakistan welcomed.")


REPORT = ("Pakistan rejects Indian claims over attack\n\n"
          "ISLAMABAD - Pakistan on Thursday rejected what it called baseless claims by India's Ministry of External "
          "Affairs. The Ministry of External Affairs said the attackers had crossed from Pakistan. Indian officials "
          "said more evidence would follow.\n")


def test_a_body_named_with_and_without_its_states_possessive_is_one_party() -> None:
    # the model's 'Indian Ministry of External Affairs' became "India's Ministry of External Affairs",
    # a second party beside the 'Ministry of External Affairs' it had listed for India
    doc, book, _ = parsed(REPORT, _state("Pakistan"), _state("India"),
                          PartyDraft(name="Indian Ministry of External Affairs", kind="government_body",
                                     acts_for="India"),
                          PartyDraft(name="Ministry of External Affairs", kind="government_body", acts_for="India"))
    prune_parties(book, [], None)
    bodies = [p for p in book.parties if p.kind == "government_body"]
    assert [p.name for p in bodies] == ["Ministry of External Affairs"]
    assert "India's Ministry of External Affairs" in bodies[0].aliases


def test_a_states_officials_are_not_a_party_of_their_own_for_serving_a_party() -> None:
    # 'Indian officials' was kept as a person because India, whom they serve, was kept
    doc, book, _ = parsed(REPORT, _state("Pakistan"), _state("India"),
                          PartyDraft(name="Indian officials", kind="person", acts_for="India"))
    quote = "Indian officials said more evidence would follow"
    start = REPORT.index(quote)
    said = Position(id="pos1", holder=book.find("India").id, stance="more evidence would follow",
                    evidence=[Evidence(quote=quote, start=start, end=start + len(quote))])
    prune_parties(book, [said], None)
    names = [p.name for p in book.parties]
    assert "Indian officials" not in names
    assert "India" in names


AZERBAIJAN = ("Statement of the Ministry of Foreign Affairs of the Republic of Azerbaijan\n\n"
              "The allegations circulated by certain circles in Yerevan that persons held in Azerbaijan are "
              "\"hostages\" are groundless. These persons are prosecuted for war crimes.\n")


def test_allegations_circulated_by_circles_in_a_capital_are_that_states_claim() -> None:
    # 'The allegations circulated by certain circles in Yerevan that ... are groundless' was a
    # position of Azerbaijan's ministry: the charge it rebuts, Armenia's, was lost
    sentence = AZERBAIJAN.splitlines()[-1].split(". ")[0]
    assert rebutted_claim(sentence) == (True, "certain circles in Yerevan")
    minister = "Ministry of Foreign Affairs of the Republic of Azerbaijan"
    book, (positions, _, claims) = _items(
        AZERBAIJAN, "The allegations", SentenceDraft(by=minister, t=["position"], to=None),
        PartyDraft(name=minister, kind="government_body", acts_for="Azerbaijan"),
        _state("Azerbaijan"), _state("Armenia"), voice=minister)
    assert [(book.by_id(c.asserted_by).name, [book.by_id(x).name for x in c.disputed_by]) for c in claims] == [
        ("Armenia", [minister])]
    assert "hostages" in claims[0].evidence[0].quote


def test_news_promised_in_due_course_is_no_stance() -> None:
    # a spokesperson's 'We will release information in due course.' was a position of China
    assert procedural("We will release information in due course.")
    assert procedural("We will release relevant information in due course.")
    assert not procedural("China will release information on the incident to the public.")


CLASH = ("Thailand and Cambodia trade blame after border clash\n\n"
         "Thailand's acting Prime Minister Phumtham Wechayachai said Thailand was ready to talk. "
         "He ruled out third-party mediation. The United States and China called for restraint.\n")
_THAI = PartyDraft(name="Phumtham Wechayachai", kind="person", acts_for="Thailand")


def test_a_pronoun_that_rules_something_out_is_the_last_speaker() -> None:
    # a wire's 'He ruled out third-party mediation.' after the acting Prime Minister's words was the
    # reporter's own narrative: nothing kept
    book, (positions, _, _) = _items(CLASH, "He ruled out", SentenceDraft(by="Thailand", t=["position"], to=None),
                                     _state("Thailand"), _state("Cambodia"), _THAI, voice=None)
    assert [(book.by_id(p.holder).name, p.evidence[0].quote) for p in positions] == [
        ("Phumtham Wechayachai", "He ruled out third-party mediation.")]


def test_actors_named_together_as_a_subject_do_not_ask_each_other() -> None:
    # 'The United States and China called for restraint.' was a request of the United States to China
    book, (_, requests, _) = _items(CLASH, "The United States", SentenceDraft(
        by="United States", t=["request"], to="China"), _state("Thailand"), _state("Cambodia"),
        _state("United States"), _state("China"), voice=None)
    assert [(book.by_id(r.requester).name, r.addressee) for r in requests] == [("United States", None)]
    prune_parties(book, requests, None)
    assert "China" in [p.name for p in book.parties]  # (one of those who ask, still a party)


def test_a_call_to_end_a_states_operations_asks_that_state() -> None:
    # Erdoğan's 'called for an immediate end to the Israeli military operations', in Germany's readout
    # of his call with the Chancellor, asked Germany
    text = ("Federal Chancellor Merz speaks with President Erdoğan\n\n"
            "Federal Chancellor Friedrich Merz spoke by telephone today with President Recep Tayyip Erdoğan. "
            "President Erdoğan called for an immediate end to the Israeli military operations and for "
            "unhindered humanitarian access.\n")
    book, (_, requests, _) = _items(text, "President Erdoğan called", SentenceDraft(
        by="Recep Tayyip Erdoğan", t=["request"], to="Germany"), _state("Germany"), _state("Türkiye"),
        PartyDraft(name="Friedrich Merz", kind="person", acts_for="Germany"),
        PartyDraft(name="Recep Tayyip Erdoğan", kind="person", acts_for="Türkiye"), voice="Germany")
    assert [book.by_id(r.addressee).name for r in requests] == ["Israel"]
    assert addressee_phrase("She urged an end to Russian attacks on energy infrastructure.") == "Russian"
