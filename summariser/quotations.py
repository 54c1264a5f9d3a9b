"""Quotations: a sentence that opens a quotation, goes on inside it or closes it, and the speaker a
tag at its close gives every sentence of it ('"Cairo rejects this measure. It breaches ...," the
minister said')."""

from __future__ import annotations

import re

from summariser import headings
from summariser.document import Document
from summariser.parties import PartyBook
from summariser.party_sides import sides
from summariser.schema import Party

# a sentence that is all quotation: it opens with a quotation mark and closes its quotation
WHOLLY_QUOTED = re.compile(r"^\s*[\"\u201c][^\"\u201c\u201d]+[\"\u201d]\s*$")
# a sentence that opens a quotation it does not close, and one that closes a quotation opened before it
OPENS_QUOTE = re.compile(r"^\s*[\"\u201c][^\"\u201c\u201d]+$")
_TAGGED_CLOSE = re.compile(r"^[^\"\u201c\u201d]{3,}[,.!?][\"\u201d]\s*,?\s+\S")  # '... at risk," the minister said'


def leaves_quote_open(text: str) -> bool:
    """Does the sentence open a quotation it does not close?"""
    return text.count('"') % 2 == 1 and text.rstrip()[-1:] != '"' or text.count("\u201c") > text.count("\u201d")


CLOSES_QUOTE = re.compile(r"^[^\"\u201c\u201d]*[\"\u201d]\s*$")


def give_to_tagged_speakers(doc: Document, book: PartyBook, speakers: dict[int, Party | None]) -> None:
    """'"Cairo rejects this measure. It breaches ...," the minister said': his, every sentence from
    the opening mark to the tagged close, in one paragraph; one inside that another side speaks
    ('Russia told the whole world that ...') keeps its speaker."""
    side = sides(book.parties)
    for at, s in enumerate(doc.sentences):
        if not OPENS_QUOTE.match(s.text):
            continue
        inside = []
        for after in doc.sentences[at + 1 : at + 6]:
            if "\n" in doc.text[s.start : after.start] or headings.QUOTE_MARK.match(after.text.lstrip()):
                break
            if _TAGGED_CLOSE.match(after.text):
                if (tagged := speakers.get(after.number)) is not None:
                    own = side.get(tagged.id, {tagged.id})
                    speakers.update({n: tagged for n in [s.number, *inside]
                                     if (said := speakers.get(n)) is None or said.id in own})
                break
            inside.append(after.number)
