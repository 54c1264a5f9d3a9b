"""The naive design, for comparison: one schema-constrained call asks for the whole summary.

The model reads the whole document once and writes every party, item, paraphrase and quote
itself (`prompts/naive.v1.md`), on the same backends as our pipeline. Code then looks each
quote up in the document (`grounding.find_quote`: exact, else ignoring case, white space and
typographic quotes); an item whose quote is not there is ungrounded: dropped, and counted, so
the benchmark can report the design's grounded rate. A reply cut off at `max_tokens` fails
the document, as it would in production.
"""

from __future__ import annotations

import time
from typing import Any

from pydantic import BaseModel

from summariser.backends.base import Backend
from summariser.baselines.contract import Assembled, Identity, Proposal, to_summary
from summariser.document import Document
from summariser.drafts import PartyDraft
from summariser.grounding import find_quote
from summariser.prompts import Prompt, load_prompt
from summariser.schema import Force, Genre, Status

PROMPT_VERSION = "naive.v1"
MAX_TOKENS = 1500  # a whole summary of a short document fits; a runaway list is cut, and the document fails


class NaivePosition(BaseModel):
    holder: str
    stance: str
    quote: str


class NaiveRequest(BaseModel):
    requester: str
    addressee: str | None
    action: str
    force: Force
    quote: str


class NaiveClaim(BaseModel):
    asserted_by: str
    disputed_by: list[str]
    claim: str
    status: Status
    quote: str


class NaiveDraft(BaseModel):
    """The whole summary in one reply, close to the contract: parties by name instead of ids,
    evidence as a copied quote instead of offsets (a model cannot count characters)."""

    genre: Genre
    overview: str
    parties: list[PartyDraft]
    positions: list[NaivePosition]
    requests: list[NaiveRequest]
    contested_claims: list[NaiveClaim]


def proposals_of(draft: NaiveDraft, text: str) -> list[Proposal]:
    """The draft's items with each quote located in `text` (span None where it is not found;
    `exact` False where it was found only ignoring case, white space or typographic quotes)."""

    def located(kind: str, role: str, quote: str, wording: str, **roles: Any) -> Proposal:
        span = find_quote(text, quote)
        exact = span is not None and text[span[0] : span[1]] == quote.strip()
        return Proposal(kind, role, span, wording, exact=exact, **roles)

    found = [located("positions", p.holder, p.quote, p.stance) for p in draft.positions]
    found += [located("requests", r.requester, r.quote, r.action, addressee=r.addressee, force=r.force)
              for r in draft.requests]
    found += [located("contested_claims", c.asserted_by, c.quote, c.claim, status=c.status,
                      disputed_by=c.disputed_by) for c in draft.contested_claims]
    return found


class NaiveBaseline:
    """One call per document on `backend`; `run` raises BackendError when the call fails."""

    def __init__(self, backend: Backend, prompt: Prompt | None = None, *, max_tokens: int = MAX_TOKENS) -> None:
        self.backend = backend
        self.prompt = prompt or load_prompt(PROMPT_VERSION)
        self.max_tokens = max_tokens

    def messages(self, doc: Document) -> list[dict[str, str]]:
        # The raw text, not numbered sentences: the model must copy quotes from it verbatim.
        return [
            {"role": "system", "content": self.prompt["system"]},
            {"role": "user", "content": f"<document>\n{doc.text}\n</document>\n{self.prompt['task']}"},
        ]

    def run(self, doc: Document) -> Assembled:
        started = time.perf_counter()
        reply = self.backend.complete(self.messages(doc), NaiveDraft, self.max_tokens)
        draft: NaiveDraft = reply.value
        identity = Identity(model=self.backend.model, backend=self.backend.name,
                            prompt_version=self.prompt.version, prompt_sha256=self.prompt.sha256)
        return to_summary(doc, draft.parties, proposals_of(draft, doc.text), identity, reply.usage,
                          time.perf_counter() - started, genre=draft.genre, overview_text=draft.overview)
