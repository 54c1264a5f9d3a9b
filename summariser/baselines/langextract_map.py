"""LangExtract's extractions, mapped onto our contract's drafts (no langextract import needed).

LangExtract returns flat extractions: a class, the exact text, attributes, and (when its
aligner found the text in the document) a `char_interval` into the whole document. The classes
and attributes are the ones its prompt and example ask for (`prompts/langextract.v1.md`):

  party            kind, affiliation              -> a PartyDraft
  position         holder                         -> a position held by `holder`
  request          requester, addressee, force    -> a request
  contested_claim  claimant, disputed_by, status  -> a claim asserted by `claimant`

The evidence of an item is exactly the aligned interval. An extraction without one (the model
wrote text that is not in the document, or the aligner gave up) is ungrounded: its span is None,
so `contract.to_summary` drops and counts it. LangExtract's default aligner also accepts fuzzy
windows and fragments (MATCH_FUZZY, MATCH_LESSER: an invented sentence can land on one of its
words); those keep LangExtract's span, as its users get it, and are counted as inexact.
Attribute values may be strings or lists, and "none" means no party. Objects are read by
attribute name, so hand-built stand-ins work too.
"""

from __future__ import annotations

from typing import Any

from summariser.baselines.contract import Proposal, Span
from summariser.drafts import PartyDraft
from summariser.schema import KINDS
from summariser.titles import guess_kind

ITEM_CLASSES = {"position": "positions", "request": "requests", "contested_claim": "contested_claims"}
KEY_ROLE = {"position": "holder", "request": "requester", "contested_claim": "claimant"}
# A small model sometimes names the key role after another class's attribute: read any of them.
ROLE_NAMES = ("holder", "requester", "claimant", "asserted_by")
NO_PARTY = {"", "none", "null", "n/a", "unknown"}


def _values(attributes: dict[str, Any], name: str) -> list[str]:
    """An attribute as a list of party names (strings or lists; "none" and blanks dropped)."""
    raw = attributes.get(name)
    items = raw if isinstance(raw, list) else [raw]
    found = []
    for item in items:
        for part in (item.split(";") if isinstance(item, str) else []):
            if part.strip().casefold() not in NO_PARTY:
                found.append(part.strip())
    return found


def _one(attributes: dict[str, Any], name: str) -> str | None:
    values = _values(attributes, name)
    return values[0] if values else None


def _word(attributes: dict[str, Any], name: str) -> str | None:
    value = _one(attributes, name)
    return value.casefold().replace(" ", "_") if value else None


def exactly_aligned(extraction: Any) -> bool:
    """LangExtract found the extraction's own text (not a fuzzy window or a fragment of it)."""
    status = getattr(extraction, "alignment_status", None)
    return getattr(status, "value", status) == "match_exact"


def aligned_span(extraction: Any) -> Span | None:
    """The extraction's character interval when the aligner placed it, else None (ungrounded)."""
    interval = getattr(extraction, "char_interval", None)
    start, end = getattr(interval, "start_pos", None), getattr(interval, "end_pos", None)
    if getattr(extraction, "alignment_status", None) is None or start is None or end is None or end <= start:
        return None
    return int(start), int(end)


def party_draft(extraction: Any) -> PartyDraft | None:
    attributes = getattr(extraction, "attributes", None) or {}
    name = " ".join(str(getattr(extraction, "extraction_text", "")).split())
    if not name:
        return None
    kind = _word(attributes, "kind")
    affiliation = _one(attributes, "affiliation")
    return PartyDraft.model_validate({
        "name": name, "kind": kind if kind in KINDS else guess_kind(name),
        "for": affiliation if affiliation and affiliation.casefold() != name.casefold() else None,
    })


def proposal(extraction: Any) -> Proposal | None:
    """One item extraction as a Proposal; None for a class that is not an item."""
    kind = str(getattr(extraction, "extraction_class", "")).strip().casefold()
    if kind not in ITEM_CLASSES:
        return None
    attributes = getattr(extraction, "attributes", None) or {}
    role = next((r for r in (_one(attributes, a) for a in (KEY_ROLE[kind], *ROLE_NAMES)) if r), None)
    return Proposal(
        ITEM_CLASSES[kind], role, aligned_span(extraction),
        addressee=_one(attributes, "addressee"), force=_word(attributes, "force"),
        status=_word(attributes, "status"), disputed_by=_values(attributes, "disputed_by"),
        exact=exactly_aligned(extraction),
    )


def map_extractions(extractions: list[Any]) -> tuple[list[PartyDraft], list[Proposal], list[str]]:
    """(party drafts, item proposals, notes on extractions that were neither)."""
    parties: list[PartyDraft] = []
    proposals: list[Proposal] = []
    notes: list[str] = []
    for n, extraction in enumerate(extractions, start=1):
        kind = str(getattr(extraction, "extraction_class", "")).strip().casefold()
        if kind == "party":
            draft = party_draft(extraction)
            if draft is not None:
                parties.append(draft)
            continue
        item = proposal(extraction)
        if item is None:
            notes.append(f"extraction {n} ignored: class {kind!r} is none of party, {', '.join(ITEM_CLASSES)}")
        else:
            proposals.append(item)
    return parties, proposals, notes
