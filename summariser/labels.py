"""Who a transcript's bare labels mean: 'Spokesperson: ...' and 'Al-Ansari: ...' turns, read against
the labels and header lines that give the same speaker a name and a title."""

from __future__ import annotations

import functools
import re

from summariser.known_parties import add_speaker
from summariser.parties import PartyBook
from summariser.people import only_titles
from summariser.schema import Party

_WORD = r"[A-Z][\w.'\u2019-]*"
# a line that only names someone after a title label: 'Spokesperson: Dr. Majed bin Mohammed Al-Ansari, Adviser to ...'
_NAMED_LINE = re.compile(rf"^(?P<label>{_WORD}(?:[ \t]+{_WORD}){{0,2}}):[ \t]+"
                         rf"(?P<name>(?:(?:{_WORD}|bin|ibn|al|el)[ \t]+){{1,4}}{_WORD})(?:,[^\n.]*)?[ \t]*$", re.M)


@functools.lru_cache(maxsize=32)
def _named_lines(text: str) -> frozenset[tuple[str, str]]:
    """The (title label, name) of each line of `text` that only names someone (read once per text)."""
    return frozenset((m["label"], m["name"]) for m in _NAMED_LINE.finditer(text) if only_titles(m["label"]))


def label_in_full(label: str, book: PartyBook) -> Party | None:
    """The person a transcript's bare label means: a title ('Spokesperson: We have seen ...') that
    another label gives with a name ('Spokesperson Mumtaz Zahra Baloch: ...') or a line of its own
    names ('Spokesperson: Ambassador Nebiat Getachew'), or a surname ('Al-Ansari: ...') such a line
    gives in full ('Spokesperson: Dr. Majed bin Mohammed Al-Ansari, Adviser to ...'). Added to the
    book like any titled speaker; a title used with two names means nobody."""
    lines = _named_lines(book.text)
    if not only_titles(label):
        named = {f"{title} {full}" for title, full in lines if full.split()[-1] == label}
        return add_speaker(named.pop(), book) if len(named) == 1 else None
    names = {m["name"] for m in re.finditer(rf"^{re.escape(label)}\s+(?P<name>(?:{_WORD}\s+){{0,3}}{_WORD})\s*:",
                                            book.text, re.M)}
    names.update(full for title, full in lines if title == label)
    return add_speaker(f"{label} {names.pop()}", book) if len(names) == 1 else None
