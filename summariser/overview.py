"""The summary's title and overview, written by code from the document and its items: a
heading line for the title, and 1-4 neutral sentences in which every statement is attributed
to its holder (the model spends no tokens on them)."""

from __future__ import annotations

import re

from summariser.datelines import find_dateline
from summariser.document import Document
from summariser.schema import ContestedClaim, DocumentInfo, Party, Position, Request


def _clause(text: str) -> str:
    """A paraphrase as the end of an overview sentence: one closing full stop, never '..'."""
    return text if text.endswith("...") else text.rstrip(" .") + "."


def overview(parties: list[Party], positions: list[Position], requests: list[Request],
             claims: list[ContestedClaim], info: DocumentInfo) -> str:
    """1-4 neutral sentences, every statement attributed to its holder."""
    name = {p.id: p.name for p in parties}
    genre = info.genre.replace("_", " ")
    issuer = f" issued by {name[info.issuing_party]}" if info.issuing_party in name else ""
    dated = f", dated {info.date}" if info.date else ""
    lines = [f"A {genre}{issuer}{dated}, naming {len(parties)} parties."]
    if positions:
        p = positions[0]
        lines.append(f"{name[p.holder]} said: {_clause(p.stance)}")
    if requests:
        r = requests[0]
        to = f" of {name[r.addressee]}" if r.addressee else ""
        lines.append(f"{name[r.requester]} asked{to}: {_clause(r.action)}")
    said = {(item.evidence[0].start, item.evidence[0].end) for item in [*positions[:1], *requests[:1]]}
    fresh = [c for c in claims if (c.evidence[0].start, c.evidence[0].end) not in said]
    if fresh:  # a claim not already quoted above
        c = fresh[0]
        lines.append(f"{name[c.asserted_by]} alleged: {_clause(c.claim)}")
    return " ".join(lines)


_SECTION_LABEL = re.compile(r"(?i)(?:press|media|news)\s+(?:releases?|statements?|briefings?)|statements|speeches|"
                            r"readouts|news\s+and\s+events|latest\s+news")


def title_of(doc: Document) -> str | None:
    """A heading line at the top (short, no closing full stop, not just the dateline)."""
    for s in doc.sentences[:3]:
        if doc.date and (re.fullmatch(r"(date\s+)?[\d\-./ ]+", s.text, re.I)
                         or len(s.text.split()) <= 4 and find_dateline(s.text) == doc.date) or len(s.text.split()) == 1:
            continue  # (a one-word label over the title: 'News', 'STATEMENT')
        if _SECTION_LABEL.fullmatch(s.text.strip()):
            continue  # the site's section: 'Press Releases' over Japan's MOFA title
        if re.fullmatch(r"[^|\n]{1,30}\|[^|\n]{1,40}", s.text.strip()) and len(s.text.split()) <= 6 \
                or re.search(r"\s>\s", s.text):
            continue  # a site's section label ('News | Israel-Palestine conflict') or breadcrumb ('Canada.ca > News')
        heading = 2 <= len(s.text.split()) <= 32 and not s.text.rstrip().endswith((".", "!", "?", ":"))
        if heading and "\n" in doc.text[s.end : s.end + 2]:
            return s.text.strip()
        break
    return None
