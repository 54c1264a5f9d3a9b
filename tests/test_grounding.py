"""Grounding by construction: whatever the model points at, evidence slices back exactly."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from summariser.document import Document
from summariser.grounding import find_quote, ground


def test_shortest_clause_after_the_lead_in(seed_doc):
    ev = ground(seed_doc, 10, "called for a ceasefire")
    assert ev.quote == "called for a ceasefire"
    ev = ground(seed_doc, 6)
    assert ev.quote.startswith("in order to prevent such provocative")  # 'The President ... said that' dropped


def test_a_lead_in_that_states_something_itself_is_kept():
    text = ("The Council condemned the attack on the convoy and recalled that aid workers must be protected. "
            "The members of the Council said that the fighting must stop.")
    doc = Document(id="l", text=text)
    assert ground(doc, 1).quote.startswith("The Council condemned the attack")  # not cut at 'recalled that'
    assert ground(doc, 2).quote == "the fighting must stop."


def test_a_that_after_the_asked_action_opens_no_lead_in():
    text = "He urges neighbouring states to refrain from any action that could destabilise the region."
    doc = Document(id="r", text=text)
    assert ground(doc, 1, "urges neighbouring states to refrain").quote.startswith("He urges neighbouring states")
    doc = Document(id="s", text="Minister Fidan said to reporters that the law was a step.")
    assert ground(doc, 1).quote == "the law was a step."  # 'to reporters' is still part of the lead-in


def test_a_wire_dateline_is_no_part_of_the_evidence():
    doc = Document(id="w", text="YEREVAN, March 3 (Reuters) - Armenia's ministry said troops had fired on a village.")
    assert ground(doc, 1).quote.startswith("Armenia's ministry said")
    doc = Document(id="v", text="PRISTINA, Feb 3 - Kosovo's Prime Minister on Monday accused Belgrade of an attack.")
    assert ground(doc, 1).quote.startswith("Kosovo's Prime Minister")
    doc = Document(id="i", text="Tehran, IRNA - The spokesman on Saturday rejected the claims as baseless.")
    assert ground(doc, 1).quote.startswith("The spokesman on Saturday")
    doc = Document(id="x", text="Beijing, June 5 (Xinhua) -- The ministry said the drills were lawful.")
    assert ground(doc, 1).quote.startswith("The ministry said")
    doc = Document(id="m", text="Moscow - Ankara talks ended on Friday, the ministry said.")  # no date, no agency
    assert ground(doc, 1).quote.startswith("Moscow - Ankara")


def test_a_transcript_turn_label_is_no_part_of_the_evidence():
    doc = Document(id="t", text="Q: What is your response?\n\nA: The Drovian vessel intruded into our waters.")
    assert ground(doc, 2).quote == "The Drovian vessel intruded into our waters."


def test_model_quote_with_different_case_and_spacing_maps_to_original_text(seed_doc):
    ev = ground(seed_doc, 10, quote="Called  for a   CEASEFIRE")
    assert ev.quote == "called for a ceasefire"
    assert seed_doc.text[ev.start : ev.end] == ev.quote


def test_repeated_phrase_is_found_in_the_sentence_pointed_at():
    text = "Russia said talks failed. Ukraine said talks failed. Ukraine urged calm."
    doc = Document(id="r", text=text)
    ev = ground(doc, 2, quote="talks failed")
    assert ev.start == text.index("talks failed", text.index("Ukraine"))


def test_curly_quotes_and_crlf():
    text = "The ministry said\r\nthat the so-called \u201celections\u201d were illegal.\r\n\r\nIt urged calm."
    doc = Document(id="q", text=text)
    ev = ground(doc, 1, quote='the so-called "elections" were illegal')
    assert ev is not None and text[ev.start : ev.end] == ev.quote and "\u201c" in ev.quote


def test_out_of_range_sentence_gives_none(seed_doc):
    assert ground(seed_doc, 0) is None and ground(seed_doc, 999) is None


def test_unfindable_quote_falls_back_to_the_sentence_content(seed_doc):
    ev = ground(seed_doc, 9, quote="this text is nowhere in the document")
    assert "anti-terror measures will be stopped" in ev.quote


@settings(max_examples=300, deadline=None)
@given(st.text(min_size=1, max_size=400), st.integers(min_value=0, max_value=60), st.text(max_size=40))
def test_any_text_any_pointer_slices_back(text, number, hint):
    if not text.strip():
        return
    doc = Document(id="h", text=text)
    for s in doc.sentences:
        assert text[s.start : s.end] == s.text and s.text.strip() == s.text
    ev = ground(doc, number, paraphrase=hint, quote=hint)
    if ev is not None:
        assert text[ev.start : ev.end] == ev.quote and ev.quote


@settings(max_examples=300, deadline=None)
@given(st.text(min_size=1, max_size=300), st.data())
def test_find_quote_returns_spans_of_the_original(text, data):
    a = data.draw(st.integers(min_value=0, max_value=len(text)))
    b = data.draw(st.integers(min_value=a, max_value=len(text)))
    quote = text[a:b]
    found = find_quote(text, quote.swapcase())
    if found is not None:
        start, end = found
        assert 0 <= start < end <= len(text)
