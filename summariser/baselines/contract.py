"""What a peer design proposed, turned into the contract's Summary so one scorer scores all.

Peers (the naive one-call design, LangExtract) name parties by name and point at evidence by
a span they found, or by a quote that may not be in the document at all. This module does the
same, neutral conversion for each: parties go through `parties.build_parties` (the tidying our
own pipeline applies, so party matching is not where the designs differ), roles are resolved
by name, an item whose evidence was not found in the document or whose key role names no
party of the document is dropped and counted, and the result is validated against the
contract, quotes included. Nothing is pruned, re-attributed or cued: the items are the peer's.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime

from summariser.backends.base import Usage
from summariser.document import Document
from summariser.drafts import PartyDraft
from summariser.grounding import evidence_at
from summariser.language import guess_language
from summariser.overview import overview, title_of
from summariser.parties import PartyBook, build_parties, mentioned, stems
from summariser.schema import (
    FORCES,
    MAX_PARAPHRASE_WORDS,
    STATUSES,
    ContestedClaim,
    DocumentInfo,
    Genre,
    Position,
    Provenance,
    Request,
    Summary,
)
from summariser.titles import guess_kind
from summariser.wording import gist

Span = tuple[int, int]  # (start, end) offsets into the document


@dataclass
class Proposal:
    """One item as a peer proposed it: roles by name, evidence as a span (None: not found)."""

    kind: str  # "positions" | "requests" | "contested_claims"
    role: str | None  # holder / requester / asserted_by, by name
    span: Span | None
    wording: str = ""  # the peer's paraphrase, if it wrote one
    addressee: str | None = None
    force: str | None = None
    status: str | None = None
    disputed_by: list[str] = field(default_factory=list)
    exact: bool = True  # False: the span matches the peer's text only approximately (fuzzy, partial)


@dataclass
class Identity:
    """Who produced a summary, for its provenance."""

    model: str
    backend: str
    prompt_version: str
    prompt_sha256: str


@dataclass
class Assembled:
    """A peer's validated Summary plus how many of its evidence spans it could ground."""

    summary: Summary
    proposed: int  # items proposed (each with one quote or span)
    grounded: int  # of those, evidence found in the document
    inexact: int = 0  # of the grounded, found only approximately (the evidence is the document's text)


def clip_wording(wording: str, quote: str) -> str:
    """The peer's paraphrase when it is one (1-30 words), else a gist cut from the evidence:
    an over-long paraphrase would fail the contract, and the scorer does not read wording."""
    words = len(wording.split())
    clipped = wording.strip() if 0 < words <= MAX_PARAPHRASE_WORDS else gist(wording if words else quote)
    return clipped if clipped.strip(" ,;:.") else quote.strip()  # a quote of mere punctuation has no gist


def _book(doc: Document, parties: list[PartyDraft], proposals: list[Proposal]) -> PartyBook:
    """Parties as our pipeline tidies them, plus every role name the peer used without listing
    it as a party, when the document names it (nothing may come from outside the document)."""
    book = build_parties(parties, doc.text)
    text_stems = stems(doc.text)
    for p in proposals:
        for name in (p.role, p.addressee, *p.disputed_by):
            if name and book.find(name) is None and mentioned(name, text_stems):
                book.add(name.strip(), guess_kind(name))
    return book


def to_summary(doc: Document, parties: list[PartyDraft], proposals: list[Proposal], identity: Identity,
               usage: Usage, latency_s: float, *, genre: Genre = "other", overview_text: str = "",
               notes: list[str] | None = None) -> Assembled:
    """The peer's proposals as a grounded, validated Summary of `doc`; `notes` go into provenance."""
    book = _book(doc, parties, proposals)
    notes, dropped = [*(notes or []), *book.notes], 0
    positions: list[Position] = []
    requests: list[Request] = []
    claims: list[ContestedClaim] = []
    grounded = inexact = 0
    for n, p in enumerate(proposals, start=1):
        evidence = evidence_at(doc.text, p.span) if p.span else None
        grounded += evidence is not None
        inexact += evidence is not None and not p.exact
        holder = book.find(p.role)
        if evidence is None or holder is None:
            dropped += 1
            why = "its evidence is not in the document" if evidence is None else f"{p.role!r} is no party of it"
            notes.append(f"proposal {n} ({p.kind}) dropped: {why}")
            continue
        wording = clip_wording(p.wording, evidence.quote)
        other = book.find(p.addressee)
        if p.kind == "positions":
            positions.append(Position(id=f"pos{len(positions) + 1}", holder=holder.id, stance=wording,
                                      evidence=[evidence]))
        elif p.kind == "requests":
            requests.append(Request(
                id=f"req{len(requests) + 1}", requester=holder.id,
                addressee=other.id if other is not None and other.id != holder.id else None, action=wording,
                force=p.force if p.force in FORCES else "call", evidence=[evidence]))
        else:
            accused = [q.id for q in map(book.find, p.disputed_by) if q is not None and q.id != holder.id]
            claims.append(ContestedClaim(
                id=f"cc{len(claims) + 1}", claim=wording, asserted_by=holder.id,
                disputed_by=list(dict.fromkeys(accused)),
                status=p.status if p.status in STATUSES else "allegation", evidence=[evidence]))
    if inexact:
        notes.append(f"{inexact} item(s) matched the document only approximately; their evidence is the "
                     "document's text there, not the peer's")
    info = DocumentInfo(id=doc.id, title=title_of(doc), date=doc.date, genre=genre, issuing_party=None,
                        language=guess_language(doc.text))
    summary = Summary(
        document=info,
        overview=overview_text.strip() or overview(book.parties, positions, requests, claims, info),
        parties=book.parties, positions=positions, requests=requests, contested_claims=claims,
        provenance=Provenance(
            model=identity.model, backend=identity.backend, prompt_version=identity.prompt_version,
            prompt_sha256=identity.prompt_sha256, input_sha256=doc.sha256, created_at=datetime.now(UTC),
            attempts=usage.attempts, prompt_tokens=usage.prompt_tokens, completion_tokens=usage.completion_tokens,
            latency_s=round(latency_s, 3), dropped_items=dropped, notes=notes,
        ),
    )
    summary.check_grounded(doc.text)  # the contract's invariant, whatever the peer did
    return Assembled(summary=summary, proposed=len(proposals), grounded=grounded, inexact=inexact)
