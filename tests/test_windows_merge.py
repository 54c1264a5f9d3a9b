"""Long documents read in windows, second part: a sentence over the budget, the budget's setting,
and the merge of what the windows found (duplicate items, answers in reading order, people named
by surname, items counted per window). The splitter, the end-to-end run and the shared document
builder are in tests/test_windows.py."""

from __future__ import annotations

import pytest

from summariser.assemble import Run
from summariser.backends import make_backend
from summariser.document import Document
from summariser.drafts import PartiesDraft, PartyDraft
from summariser.merge import merge_drafts, merge_duplicates, unify_people
from summariser.parties import build_parties
from summariser.pipeline import Pipeline
from summariser.schema import Evidence, Position
from summariser.windows import (
    WINDOW_TOKENS,
    estimate_tokens,
    items_per_window,
    split_windows,
    window_budget,
)
from tests.test_windows import long_text


def test_a_sentence_longer_than_the_budget_gets_a_window_of_its_own():
    giant = " ".join(["the delegations kept talking about the border"] * 300) + "."
    text = "\n\n".join([long_text(3), giant, long_text(3)])
    doc = Document(id="giant", text=text)
    windows = split_windows(doc, 300)
    big = next(s for s in doc.sentences if len(s.text) > 4 * 300)
    (alone,) = [w for w in windows if big in w.sentences]
    assert alone.sentences == (big,) and alone.asked == {big.number}
    assert sorted(n for w in windows for n in w.asked) == [s.number for s in doc.sentences]
    assert all(estimate_tokens(w.numbered()) <= 300 for w in windows if w is not alone)


def test_window_budget_comes_from_the_environment(monkeypatch):
    assert window_budget() == WINDOW_TOKENS
    monkeypatch.setenv("SUMMARISER_WINDOW_TOKENS", "1_200")
    assert window_budget() == 1200
    assert Pipeline(make_backend("m", base_url="http://127.0.0.1:9/v1")).window_tokens == 1200
    monkeypatch.setenv("SUMMARISER_WINDOW_TOKENS", "lots")
    with pytest.raises(ValueError, match="SUMMARISER_WINDOW_TOKENS='lots' is not a positive number of tokens"):
        window_budget()


# --- the merge ----------------------------------------------------------------------------


def evidence(text: str, quote: str, start: int = 0) -> Evidence:
    at = text.index(quote, start)
    return Evidence(quote=quote, start=at, end=at + len(quote))


def test_duplicate_items_merge_on_overlapping_or_equal_evidence():
    text = "We back the plan. Later: we back the plan. They back the plan. We back the plan fully."
    first = evidence(text, "We back the plan")
    again = evidence(text, "we back the plan", 18)
    overlapping = evidence(text, "the plan fully")
    items = [Position(id="pos1", holder="p1", stance="a", evidence=[first]),
             Position(id="pos2", holder="p2", stance="b", evidence=[evidence(text, "They back the plan")]),
             Position(id="pos3", holder="p1", stance="c", evidence=[again]),
             Position(id="pos4", holder="p1", stance="d", evidence=[overlapping]),
             Position(id="pos5", holder="p1", stance="e", evidence=[evidence(text, "We back the plan fully")])]
    run = Run()
    kept = merge_duplicates(items, "pos", run)
    assert [(p.id, p.stance) for p in kept] == [("pos1", "a"), ("pos2", "b"), ("pos3", "d")]
    assert kept[0].evidence == [first, again]  # equal words, another place: one item, both spans
    assert len(kept[2].evidence) == 2  # overlapping spans of one holder
    assert len(run.notes) == 2 and "merged" in run.notes[0]


def test_windows_answers_merge_in_reading_order_with_the_majority_genre_and_voice():
    def draft(genre: str, voice: str | None, *names: str) -> PartiesDraft:
        return PartiesDraft(genre=genre, voice=voice, parties=[PartyDraft(name=n, kind="state", acts_for=None)
                                                                 for n in names])

    merged = merge_drafts([draft("speech", "Lirania", "Lirania"), draft("statement", "the Lirania", "Vardania"),
                           draft("statement", None, "Lirania", "Esk")])
    assert merged.genre == "statement" and merged.voice == "Lirania"  # 'the Lirania' is the same name
    assert [p.name for p in merged.parties] == ["Lirania", "Vardania", "Lirania", "Esk"]
    tie = merge_drafts([draft("speech", None, "A"), draft("statement", "Lirania", "B")])
    assert tie.genre == "speech" and tie.voice is None  # a tie goes to the first window


def test_a_person_named_by_surname_in_another_window_is_one_party():
    # (the first name opens the text, so the book does not complete 'Petrova' from it)
    text = "Ana Petrova, Foreign Minister of Lirania, spoke. Later, Minister Petrova left. Dr Petrov came."
    drafts = [PartyDraft(name="Ana Petrova", kind="person", acts_for="Lirania"),
              PartyDraft(name="Minister Petrova", kind="person", acts_for="Lirania"),
              PartyDraft(name="Dr Petrov", kind="person", acts_for=None)]
    book = build_parties(drafts, text)
    assert [p.name for p in book.parties] == ["Ana Petrova", "Petrova", "Petrov", "Lirania"]
    unify_people(book)
    assert [p.name for p in book.parties] == ["Ana Petrova", "Petrov", "Lirania"]
    petrova = book.find("Petrova")
    assert petrova is book.find("Minister Petrova") is book.parties[0]
    assert petrova.affiliation == book.find("Lirania").id
    assert any("named by surname" in n for n in book.notes)


def test_a_surname_two_people_share_stays_apart():
    text = "Ana Petrova and Ivo Petrova met. Petrova spoke."
    drafts = [PartyDraft(name=n, kind="person", acts_for=None) for n in ("Ana Petrova", "Ivo Petrova", "Petrova")]
    book = build_parties(drafts, text)
    unify_people(book)
    assert [p.name for p in book.parties] == ["Ana Petrova", "Ivo Petrova", "Petrova"]


def test_items_per_window_counts_by_the_window_that_asked():
    doc = Document(id="long", text=long_text(8))
    windows = split_windows(doc, 400)
    items = [Position(id=f"pos{s.number}", holder="p1", stance="x", evidence=[Evidence(quote=s.text, start=s.start,
             end=s.end)]) for w in windows for s in w.asked_sentences[:1]]
    assert items_per_window(windows, items) == [1] * len(windows)
