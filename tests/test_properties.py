"""Properties on hostile text (CRLF, NUL, combining marks, right-to-left, lone surrogates, BOMs,
abbreviations): decoding, segmentation and grounding never crash, never lose text, and every
offset slices back to exactly its quote. test_grounding.py has the plain-Unicode versions."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from summariser.document import Document, DocumentError, decode, split_sentences
from summariser.grounding import ground

# Pieces that have broken text tools before, mixed with arbitrary Unicode.
TRICKY = st.sampled_from([
    "\r\n", "\n", "\n\n", "\r", "\r\n\r\n", "\t", " ", "\u00a0", "\u2028", "\x85", "\x00", "\ufeff",
    "e\u0301", "\u0301", "\u05e9\u05dc\u05d5\u05dd", "\u0627\u0644\u0633\u0644\u0627\u0645", "\u200f", "\u202e",
    "\U0001f1fa\U0001f1e6", "\ud800", ". ", "? ", "! ", "U.S. ", "Dr. ", "\u201d ", "...", "MOSCOW, 5 May 2023\n",
    "date 2023-09-20\n", "The minister said that ", "Russia", "a", "B",
])
HOSTILE = st.lists(st.one_of(TRICKY, st.text(max_size=6)), max_size=50).map("".join)
FAST = settings(max_examples=200, deadline=None)


@FAST
@given(HOSTILE)
def test_sentences_slice_back_in_order_without_overlap_or_loss(text: str) -> None:
    sentences = split_sentences(text)
    assert [s.number for s in sentences] == list(range(1, len(sentences) + 1))
    for s in sentences:
        assert 0 <= s.start < s.end <= len(text)
        assert text[s.start : s.end] == s.text and s.text == s.text.strip()
    for a, b in zip(sentences, sentences[1:], strict=False):
        assert a.end <= b.start
    covered = {i for s in sentences for i in range(s.start, s.end)}
    assert all(i in covered for i, ch in enumerate(text) if not ch.isspace())  # only white space is left out


@FAST
@given(HOSTILE)
def test_a_document_is_made_or_refused_with_a_document_error(text: str) -> None:
    try:
        doc = Document(id="h", text=text)
    except DocumentError as err:
        assert err.code in (4, 5)  # empty, or not encodable text (a lone surrogate)
        return
    assert doc.text == text and len(doc.sha256) == 64
    assert doc.date is None or len(doc.date) in (7, 10)


@FAST
@given(st.binary(max_size=300))
def test_any_bytes_decode_or_are_refused_with_a_document_error(data: bytes) -> None:
    try:
        text = decode(data, "x.txt")
    except DocumentError as err:
        assert err.code == 5 and err.source == "x.txt"
        return
    assert isinstance(text, str)


@FAST
@given(st.text(max_size=200))
def test_text_survives_a_utf8_or_utf16_round_trip_exactly(text: str) -> None:
    assert decode(text.encode("utf-16"), "u16") == text  # a BOM is written first
    plain = text.encode("utf-8")
    if b"\x00" not in plain and not text.startswith(("\ufeff", "%PDF-", "GIF8", "PK\x03\x04", "\x1f\x8b")):
        assert decode(plain, "u8") == text


@FAST
@given(HOSTILE, st.data())
def test_evidence_for_a_quote_stays_in_the_sentence_pointed_at(text: str, data: st.DataObject) -> None:
    try:
        doc = Document(id="g", text=text)
    except DocumentError:
        return
    s = data.draw(st.sampled_from(doc.sentences))
    a = data.draw(st.integers(min_value=0, max_value=len(s.text)))
    b = data.draw(st.integers(min_value=a, max_value=len(s.text)))
    ev = ground(doc, s.number, paraphrase=s.text[a:b], quote=s.text[a:b].swapcase())
    assert ev is not None and ev.quote and text[ev.start : ev.end] == ev.quote
    assert s.start <= ev.start < ev.end <= s.end
