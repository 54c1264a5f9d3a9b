"""Sentences that give more than one side its say: each clause's speaker holds its own stance."""

from __future__ import annotations

from summariser.assemble import Run, build_items
from summariser.attribution import second_clause
from summariser.drafts import PartyDraft, SentenceDraft
from tests.test_known_actors import parsed

WIRE = ("LONDON, 3 May (Wire) - Talks on the lake border ended without a deal on Friday.\n\n"
        "Varnia said it would keep the crossing open, and Drovia repeated its support for a joint patrol.\n\n"
        "Varnia wants the map settled first, while he wants it done later.\n")


def test_a_second_clause_with_its_own_speaker_is_that_speakers_stance() -> None:
    doc, book, voice = parsed(WIRE, PartyDraft(name="Varnia", kind="state", acts_for=None),
                              PartyDraft(name="Drovia", kind="state", acts_for=None), voice=None)
    both, pronoun = (s.number for s in doc.sentences[-2:])
    positions, _, _ = build_items([(both, SentenceDraft(by="Varnia", t=["position"], to=None)),
                                   (pronoun, SentenceDraft(by="Varnia", t=["position"], to=None))],
                                  doc, book, Run(), voice)
    held = [(book.by_id(p.holder).name, p.evidence[0].quote) for p in positions]
    assert held[:2] == [("Varnia", "Varnia said it would keep the crossing open"),
                        ("Drovia", "Drovia repeated its support for a joint patrol.")]
    assert len(held) == 3 and held[2][0] == "Varnia"  # 'while he wants': no second side named


def test_the_turn_to_a_second_speaker_needs_a_short_subject_and_a_speaking_verb() -> None:
    sentence = "Kosovo wants recognition first, while Serbia wants the Community established before that."
    assert second_clause(sentence) == (sentence.index(", while"), sentence.index("Serbia"), "Serbia ")
    assert second_clause("Varnia shelled the town, and the militia fled across the river.") is None
    assert second_clause("Varnia said it would talk, and we welcome that.") is None
