"""Grounding by construction: the model points at sentences, code cuts exact spans.

The model never types an offset. It names a sentence number and, optionally, a short quote;
this module turns that pointer into `Evidence` whose quote is `text[start:end]`:
  1. the model's quote, when it can be found inside the sentence (exactly, or ignoring case,
     white space and curly quotes: the span returned is always the original text);
  2. else the clause of the sentence that shares most words with the item's paraphrase,
     after dropping the attribution lead-in ("The minister said that ...");
  3. else the sentence without its lead-in, else the whole sentence.
"""

from __future__ import annotations

import re

from summariser.datelines import wire_dateline_end
from summariser.document import SPEAKER_LABEL, Document, Sentence
from summariser.schema import Evidence

_FOLD = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-",
                       "\u2014": "-", "\u00a0": " "})
_REPORTING = (
    r"said|says|stated|states|stressed|stresses|noted|notes|emphasi[sz]ed|pointed out|added|"
    r"underlined|underscored|mentioned|declared|warned|reiterated|affirmed|reaffirmed|"
    r"recalled|insisted|claimed|argued|believes|believe|considers|announced|confirmed|"
    r"told|informed|explained|highlighted|asserted|maintained|recalled|observed|agreed"
)
# Between the verb and 'that', no 'to' + verb: in 'urges states to refrain from any action
# that could ...' the 'that' opens a relative clause of the request, not what was said.
# (nor a colon: 'stated: "Romania will not tolerate any action that ...' is all quotation)
_NO_INFINITIVE = r"(?:(?!\bto\s+(?!(?:the|a|an|his|her|its|their|our|reporters|journalists)\b)[a-z])[^,;.:])"
_LEAD_IN = re.compile(
    r"^(?:[^,;.]{0,160}?\b(" + _REPORTING + r")\b(?:" + _NO_INFINITIVE + r"{0,60}?\bthat\s+|:\s*[\"\u201c]))",
    re.IGNORECASE  # ('... Odobescu stated: "Romania will not ...': the quotation)
)
_CLAUSE_BREAK = re.compile(r"\s*(?:[;:,]\s+|\s+(?:and|but|while|whereas|however)\s+|\s+-\s+)")
_STOP = frozenset({
    "a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "and", "or", "but", "with",
    "from", "as", "is", "are", "was", "were", "be", "been", "that", "this", "these", "those", "it",
    "its", "their", "his", "her", "they", "he", "she", "we", "our", "us", "said", "has", "have",
    "had", "will", "would", "not", "no", "into", "about", "over", "also", "which", "who", "whom",
    "whose", "than", "then", "there",
})
MIN_QUOTE_CHARS = 8


def _folded(text: str) -> tuple[str, list[int]]:
    """Case- and space-folded text plus, for each folded character, its original index."""
    out: list[str] = []
    index: list[int] = []
    previous_space = True
    for i, ch in enumerate(text.translate(_FOLD)):
        if ch.isspace():
            if previous_space:
                continue
            out.append(" ")
            index.append(i)
            previous_space = True
        else:
            out.append(ch.lower())
            index.append(i)
            previous_space = False
    return "".join(out), index


def find_quote(text: str, quote: str, start: int = 0, end: int | None = None) -> tuple[int, int] | None:
    """Offsets of `quote` within text[start:end], exact first, then ignoring case, white space
    and typographic quotes. The first occurrence wins."""
    end = len(text) if end is None else end
    quote = quote.strip()
    if len(quote) < MIN_QUOTE_CHARS:
        return None
    at = text.find(quote, start, end)
    if at != -1:
        return at, at + len(quote)
    hay, index = _folded(text[start:end])
    needle, _ = _folded(quote)
    needle = needle.strip()
    at = hay.find(needle)
    if at == -1 or not needle:
        return None
    return start + index[at], start + index[at + len(needle) - 1] + 1


def _stem(word: str) -> str:
    for suffix in ("ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            break
    return word[:5]


def _words(text: str) -> set[str]:
    found = re.findall(r"[a-z0-9]+", text.lower().translate(_FOLD))
    return {_stem(w) for w in found if w not in _STOP}


SPEAKER_WORDS = 14


def _speaker_only(before_verb: str) -> bool:
    """Whether the words before a reporting verb only name a speaker ('The members of the
    Council'), rather than carrying a statement of their own joined by 'and'."""
    words = before_verb.split()
    return len(words) <= SPEAKER_WORDS and "and" not in (w.lower() for w in words[1:])


def strip_lead_in(sentence: Sentence) -> tuple[int, int]:
    """Offsets of the reported content, without 'X said that' when the sentence has one."""
    m = _LEAD_IN.match(sentence.text)
    if m and not _speaker_only(sentence.text[: m.start(1)]):
        m = None  # 'X condemned the attack and recalled that ...': the lead-in states something itself
    start = sentence.start + (m.end() if m and m.end() < len(sentence.text) - MIN_QUOTE_CHARS else 0)
    return start, sentence.end


def clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Clause spans of text[start:end], split at ; : , and coordinating words."""
    spans: list[tuple[int, int]] = []
    at = start
    for m in _CLAUSE_BREAK.finditer(text, start, end):
        if m.start() > at:
            spans.append((at, m.start()))
        at = m.end()
    if at < end:
        spans.append((at, end))
    return spans


def best_clause(text: str, start: int, end: int, paraphrase: str) -> tuple[int, int]:
    """The run of one or two adjacent clauses sharing most content words with `paraphrase`;
    the whole span when nothing decides between them."""
    wanted = _words(paraphrase)
    parts = clauses(text, start, end)
    if len(parts) < 2 or not wanted:
        return start, end
    candidates = parts + [(a[0], b[1]) for a, b in zip(parts, parts[1:], strict=False)]
    head = " ".join(paraphrase.split()[:3])  # (its opening words: the rest may run into the next clause)
    scored = []
    for a, b in candidates:
        shared = len(wanted & _words(text[a:b]))
        # (between clauses sharing as many words, the one that has the words as written: 'President Lee invited
        # President Xi to visit Korea, and President Xi invited President Lee to ...')
        scored.append((shared, head in text[a:b], -(b - a), a, b))
    scored.sort(reverse=True)
    best_shared, _, _, a, b = scored[0]
    if best_shared < min(2, len(wanted)) or best_shared < len(wanted) // 3:
        return start, end
    if len(text[a:b].split()) < 4:  # a fragment alone does not support anything
        return start, end
    return a, b


# A briefing transcript's turn label before the words of a question or an answer
# (or, at a line's start, a speaker's name in capitals: 'ABDEL-RAHMAN: We accept nothing ...')
_TRANSCRIPT_LABEL = re.compile(r"(?:Q|A|Question|Answer|"
                               r"(?<![^\n])[A-Z][A-Z.'\u2019-]+(?:[ \t]+[A-Z][A-Z.'\u2019-]+){0,3})\s*:\s+")


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    after_dateline = wire_dateline_end(text, a, b)
    if after_dateline < b:
        a = after_dateline
    # 'A: The Philippine vessel intruded ...'; 'Spokesperson Lin Haoran: The Philippine side ...'
    label = _TRANSCRIPT_LABEL.match(text, a, b)
    label_end = label.end() if label else a
    if not label and text[a - 1 : a] in ("", "\n") and (named := SPEAKER_LABEL.match(text[a:b])):
        label_end = a + named.end()
    if label_end < b:
        a = label_end
    while a < b and (text[a].isspace() or text[a] in ",;:"):
        a += 1
    while b > a and (text[b - 1].isspace() or text[b - 1] in ",;:"):
        b -= 1
    return a, b


def through_clause(text: str, evidence: Evidence, offset: int, limit: int) -> Evidence:
    """`evidence` run on to the end of the clause that holds `offset`, never past `limit`."""
    end = next((b for _, b in clauses(text, evidence.start, limit) if b > offset), limit)
    return evidence_at(text, _trim(text, evidence.start, end)) or evidence


def evidence_at(text: str, span: tuple[int, int]) -> Evidence | None:
    """Evidence for text[start:end] without edge white space; None for an empty or out-of-range span."""
    start, end = span
    if not 0 <= start < end <= len(text):
        return None
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Evidence(quote=text[start:end], start=start, end=end) if end > start else None


def ground(doc: Document, sentence_number: int, paraphrase: str = "", quote: str | None = None) -> Evidence | None:
    """Evidence for an item the model placed in `sentence_number`; None if no such sentence."""
    sentence = doc.sentence(sentence_number)
    if sentence is None:
        return None
    span = find_quote(doc.text, quote, sentence.start, sentence.end) if quote else None
    if span is None:
        content = strip_lead_in(sentence)
        # (the words asked with, as written before what the lead-in ends at: 'The Minister asked that the United
        # States Government reconsider ... and recalled that Brazil has ...' asks in its first clause)
        written = doc.text.find(paraphrase, sentence.start, content[0]) if paraphrase.strip() else -1
        content = (sentence.start, sentence.end) if written >= 0 else content
        span = best_clause(doc.text, *content, paraphrase) if paraphrase else content
    a, b = _trim(doc.text, *span)
    if b <= a:
        a, b = sentence.start, sentence.end
    return Evidence(quote=doc.text[a:b], start=a, end=b)
