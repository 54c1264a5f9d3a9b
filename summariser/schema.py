"""The output contract, SPEC section 1 (`schema_version` "1.0"). Imports nothing of ours.

Every hard invariant that can be checked from the summary alone is a validator here:
unique ids, no dangling party id, paraphrases of at most 30 words, evidence whose quote has
the length its offsets say. The one invariant that needs the source text (quote ==
text[start:end]) runs when the text is passed as validation context:
`Summary.model_validate(data, context={"text": text})`, or via `Summary.check_grounded(text)`.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any, Literal, get_args

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    ValidationInfo,
    model_validator,
)

SCHEMA_VERSION = "1.0"
MAX_PARAPHRASE_WORDS = 30

Kind = Literal[
    "state", "government_body", "person", "international_org", "non_state_group",
    "population", "media", "other",
]
Force = Literal["appeal", "call", "demand", "invitation", "offer", "proposal"]
Status = Literal["allegation", "disputed", "denied", "unchallenged"]
Genre = Literal["readout", "statement", "joint_statement", "news_report", "speech", "other"]
KINDS: tuple[str, ...] = get_args(Kind)
FORCES: tuple[str, ...] = get_args(Force)
STATUSES: tuple[str, ...] = get_args(Status)
GENRES: tuple[str, ...] = get_args(Genre)
ITEM_LISTS = ("positions", "requests", "contested_claims")


def _at_most_30_words(value: str) -> str:
    words = len(value.split())
    if words > MAX_PARAPHRASE_WORDS:
        raise ValueError(f"paraphrase has {words} words; at most {MAX_PARAPHRASE_WORDS} allowed")
    if not value.strip():
        raise ValueError("paraphrase is empty")
    return value


Paraphrase = Annotated[str, AfterValidator(_at_most_30_words)]
PartyId = Annotated[str, Field(min_length=1, max_length=32)]
DocDate = Annotated[str, Field(pattern=r"^\d{4}-\d{2}(-\d{2})?$")]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=False)


class Evidence(_Strict):
    """An exact span of the summarised text: `text[start:end] == quote`."""

    quote: str = Field(min_length=1)
    start: int = Field(ge=0)
    end: int = Field(ge=1)

    @model_validator(mode="after")
    def _offsets_fit_quote(self, info: ValidationInfo) -> Evidence:
        if self.end - self.start != len(self.quote):
            raise ValueError(
                f"offsets [{self.start}:{self.end}] span {self.end - self.start} characters "
                f"but the quote has {len(self.quote)}"
            )
        text = (info.context or {}).get("text") if info else None
        if text is not None and text[self.start : self.end] != self.quote:
            raise ValueError(f"quote is not the text at [{self.start}:{self.end}]: {self.quote!r}")
        return self


EvidenceList = Annotated[list[Evidence], Field(min_length=1)]


class DocumentInfo(_Strict):
    id: str = Field(min_length=1)
    title: str | None = None
    date: DocDate | None = None
    genre: Genre = "other"
    issuing_party: PartyId | None = None
    language: str = Field(default="en", pattern=r"^[a-z]{2}$")


class Party(_Strict):
    id: PartyId
    name: str = Field(min_length=1)
    kind: Kind
    title: str | None = None
    affiliation: PartyId | None = None
    aliases: list[str] = Field(default_factory=list)


class Position(_Strict):
    id: str
    holder: PartyId
    stance: Paraphrase
    topic: str | None = None
    evidence: EvidenceList


class Request(_Strict):
    id: str
    requester: PartyId
    addressee: PartyId | None = None
    action: Paraphrase
    force: Force
    condition: str | None = None
    evidence: EvidenceList


class ContestedClaim(_Strict):
    id: str
    claim: Paraphrase
    asserted_by: PartyId
    disputed_by: list[PartyId] = Field(default_factory=list)
    status: Status
    evidence: EvidenceList


class Provenance(_Strict):
    """Where a summary came from, so that any run can be reproduced and compared."""

    model: str
    backend: str
    prompt_version: str
    prompt_sha256: str
    input_sha256: str
    created_at: datetime
    attempts: int = Field(ge=0)
    prompt_tokens: int = Field(ge=0)
    completion_tokens: int = Field(ge=0)
    latency_s: float = Field(ge=0)
    # Additions to the contract: items the pipeline proposed but could not ground, and why.
    dropped_items: int = Field(default=0, ge=0)
    notes: list[str] = Field(default_factory=list)


class Summary(_Strict):
    schema_version: Literal["1.0"] = SCHEMA_VERSION
    document: DocumentInfo
    overview: str
    parties: list[Party]
    positions: list[Position] = Field(default_factory=list)
    requests: list[Request] = Field(default_factory=list)
    contested_claims: list[ContestedClaim] = Field(default_factory=list)
    provenance: Provenance

    @model_validator(mode="after")
    def _ids_resolve(self) -> Summary:
        problems = dangling_ids(self)
        if problems:
            raise ValueError("; ".join(problems))
        return self

    def items(self) -> list[Position | Request | ContestedClaim]:
        return [*self.positions, *self.requests, *self.contested_claims]

    def check_grounded(self, text: str) -> None:
        """Raise ValueError unless every quote equals `text[start:end]`."""
        Summary.model_validate(self.model_dump(), context={"text": text})


def dangling_ids(summary: Any) -> list[str]:
    """Duplicate ids and party ids that point at no party (empty when all resolve)."""
    problems: list[str] = []
    party_ids = [p.id for p in summary.parties]
    known = set(party_ids)
    if len(known) != len(party_ids):
        problems.append("party ids are not unique")
    item_ids = [item.id for item in summary.items()]
    if len(set(item_ids)) != len(item_ids):
        problems.append("item ids are not unique")

    def need(ref: str | None, where: str) -> None:
        if ref is not None and ref not in known:
            problems.append(f"{where} refers to unknown party {ref!r}")

    need(summary.document.issuing_party, "document.issuing_party")
    for p in summary.parties:
        need(p.affiliation, f"party {p.id}.affiliation")
    for pos in summary.positions:
        need(pos.holder, f"{pos.id}.holder")
    for req in summary.requests:
        need(req.requester, f"{req.id}.requester")
        need(req.addressee, f"{req.id}.addressee")
    for cc in summary.contested_claims:
        need(cc.asserted_by, f"{cc.id}.asserted_by")
        for ref in cc.disputed_by:
            need(ref, f"{cc.id}.disputed_by")
    return problems


def key_role(item: Position | Request | ContestedClaim) -> str:
    """The role an item is matched on: holder, requester or asserted_by (SPEC 3)."""
    if isinstance(item, Position):
        return item.holder
    if isinstance(item, Request):
        return item.requester
    return item.asserted_by
