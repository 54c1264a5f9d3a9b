"""Long documents in windows: stretches of whole sentences that fit a token budget.

The embedded model reads 8,192 tokens. Every call's prompt holds the instructions (about 700
tokens), the numbered document, the parties answer (up to 600) and one sentence's task, so
the whole document fits only up to about 5,000 words. A document whose numbered text is
estimated over the budget is read window by window instead: each window is a run of whole
sentences, cut at a paragraph break when one lies in its second half, and it repeats the last
sentence or two of the window before it, so that a sentence next to a cut is still read with
its neighbours. Each sentence is asked about in exactly one window (`Window.asked`).

Sentences keep their numbers and offsets in the whole text, so evidence cut in any window
points into the original document. A document within the budget is one window, and the
pipeline then reads it exactly as it always did.
"""

from __future__ import annotations

import bisect
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from summariser.document import Document, Sentence, numbered
from summariser.schema import ContestedClaim, Position, Request
from summariser.settings import positive_number

# Measured on the eval set's parties calls: 4.1 to 4.75 characters of numbered text per token
# of the embedded model's tokenizer. 4 errs on the long side, which is the safe side.
CHARS_PER_TOKEN = 4
# Document tokens per window. 3,000 leaves the embedded model's 8,192 room for the
# instructions, the parties answer and a sentence task, with a margin for the estimate; the
# longest eval documents (1,800 words, about 2,900 estimated tokens) stay one window.
WINDOW_TOKENS = 3000
WINDOW_ENV = "SUMMARISER_WINDOW_TOKENS"
OVERLAP_SENTENCES = 2  # repeated from the window before, as context
OVERLAP_SHARE = 3  # ... but never more than a third of the budget


def estimate_tokens(text: str) -> int:
    """A cheap, slightly high estimate of the tokens `text` costs in a prompt."""
    return -(-len(text) // CHARS_PER_TOKEN)


def window_budget() -> int:
    """Document tokens per window: `$SUMMARISER_WINDOW_TOKENS` when set, else WINDOW_TOKENS."""
    try:
        return positive_number(WINDOW_ENV, WINDOW_TOKENS, int)
    except ValueError as err:
        raise ValueError(f"{err} of tokens") from None


@dataclass(frozen=True, eq=False)
class Window:
    """A stretch of a document, usable where the pipeline reads a Document: `text` is the
    whole text and `sentence(n)` the whole document's sentence n, so offsets stay global."""

    doc: Document
    number: int  # 1-based, in reading order
    sentences: tuple[Sentence, ...]
    asked: frozenset[int]  # numbers of the sentences this window asks the model about

    @property
    def text(self) -> str:
        return self.doc.text

    @property
    def source(self) -> str:
        return self.doc.source

    @property
    def start(self) -> int:
        return self.sentences[0].start

    @property
    def end(self) -> int:
        return self.sentences[-1].end

    @property
    def asked_sentences(self) -> list[Sentence]:
        return [s for s in self.sentences if s.number in self.asked]

    def sentence(self, number: int) -> Sentence | None:
        inside = self.sentences[0].number <= number <= self.sentences[-1].number
        return self.doc.sentence(number) if inside else None

    def numbered(self, withheld: Collection[int] = ()) -> str:
        return numbered(self.sentences, withheld)

    def describe(self) -> str:
        return f"sentences {self.sentences[0].number}-{self.sentences[-1].number}"


def split_windows(doc: Document, budget: int, withheld: Collection[int] = ()) -> list[Window]:
    """`doc` as overlapping windows of at most `budget` estimated tokens of numbered text
    (`withheld` as the model will see it). One window when the whole document fits. A window
    exceeds the budget only when it is a single sentence that alone does."""
    sentences = doc.sentences
    cost = [len(numbered([s], withheld)) + 1 for s in sentences]  # characters, with the newline
    limit = budget * CHARS_PER_TOKEN
    if sum(cost) - 1 <= limit:  # the same test as estimate_tokens(doc.numbered(withheld)) <= budget
        return [Window(doc, 1, tuple(sentences), frozenset(s.number for s in sentences))]
    spans: list[tuple[int, int]] = []  # [first, stop) sentence indices
    first = fresh = 0  # `fresh`: the first sentence no window has shown yet
    while True:
        stop, used = first, 0
        while stop < len(sentences) and (stop <= fresh or used + cost[stop] <= limit):
            used += cost[stop]
            stop += 1
        if stop < len(sentences):
            stop = _paragraph_cut(doc, fresh, first, stop)
        spans.append((first, stop))
        if stop == len(sentences):
            break
        fresh = first = stop
        # Repeat the last sentence or two as context, when they leave room for a new sentence.
        for k in range(min(OVERLAP_SENTENCES, stop - spans[-1][0] - 1), 0, -1):
            tail = sum(cost[stop - k : stop])
            if tail <= limit // OVERLAP_SHARE and tail + cost[stop] <= limit:
                first = stop - k
                break
    owner = _owners(spans)
    return [Window(doc, n, tuple(sentences[a:b]), frozenset(sentences[i].number for i in range(a, b) if owner[i] == n))
            for n, (a, b) in enumerate(spans, start=1)]


def _paragraph_cut(doc: Document, fresh: int, first: int, stop: int) -> int:
    """Where a full window should end: after the last paragraph in its second half, else
    after its last sentence. The window keeps at least one sentence not shown before."""
    sentences = doc.sentences
    for cut in range(stop - 1, max(fresh, first + (stop - first) // 2), -1):
        gap = doc.text[sentences[cut - 1].end : sentences[cut].start]  # white space only
        if gap.count("\n") >= 2:  # a blank line: a paragraph ends here
            return cut
    return stop


def _owners(spans: list[tuple[int, int]]) -> list[int]:
    """For each sentence index, the window (1-based) that asks about it.

    A sentence in an overlap is asked once, not once per window: two answers about one
    sentence can disagree (another speaker, another kind), and choosing between them would
    need a rule no better than choosing the window. It goes to the window where it sits
    furthest from the nearer edge, so that it is read with sentences on both sides: the one
    before says who 'she' is, the one after may carry the attribution ('..., the minister
    said.'). Ties go to the earlier window."""
    owner = [0] * spans[-1][1]
    best = [-1] * spans[-1][1]
    for n, (a, b) in enumerate(spans, start=1):
        for i in range(a, b):
            margin = min(i - a, b - 1 - i)
            if margin > best[i]:
                owner[i], best[i] = n, margin
    return owner


Item = Position | Request | ContestedClaim


def items_per_window(windows: Sequence[Window], items: Sequence[Item]) -> list[int]:
    """How many of `items` each window found: an item belongs to the window that asked about
    the sentence of its first evidence span (for benchmarks and the provenance note)."""
    owned = sorted((s.start, w.number) for w in windows for s in w.asked_sentences)
    starts = [start for start, _ in owned]
    counts = [0] * len(windows)
    for item in items:
        at = bisect.bisect_right(starts, item.evidence[0].start) - 1
        if at >= 0:
            counts[owned[at][1] - 1] += 1
    return counts


def windows_note(windows: Sequence[Window], items: Sequence[Item], budget: int) -> str:
    """The provenance note of a windowed run: how many windows, where, and what each found."""
    found = ", ".join(map(str, items_per_window(windows, items)))
    where = "; ".join(w.describe() for w in windows)
    return (f"read in {len(windows)} windows of at most {budget} estimated tokens ({where}); "
            f"items found per window: {found}")
