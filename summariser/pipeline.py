"""Where a summary is born: document -> model drafts -> grounded, validated Summary.

Two model calls share one conversation, so llama.cpp reuses the whole prefix:
  1. parties: who acts in the document (numbered), its genre and whose voice it is;
  2. items: per sentence, which positions, requests and claims it holds, by party number.
Code then does what code does better than a small model: cuts exact evidence spans
(`grounding`), reads force, condition and denial off the wording (`cues`), merges duplicates,
writes an attributed overview, and validates the result against the contract (`schema`).
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone

from summariser import cues
from summariser.backends.base import Backend, Usage
from summariser.document import Document
from summariser.drafts import ItemDraft, ItemsDraft, PartiesDraft, items_draft_for
from summariser.grounding import ground
from summariser.language import guess_language
from summariser.prompts import Prompt, load_prompt
from summariser.schema import (
    MAX_PARAPHRASE_WORDS,
    ContestedClaim,
    DocumentInfo,
    Party,
    Position,
    Provenance,
    Request,
    Summary,
)

PARTIES_MAX_TOKENS = 700
ITEMS_BASE_TOKENS = 200
ITEMS_TOKENS_PER_SENTENCE = 60
ITEMS_MAX_TOKENS = 2500
_STOP = {"the", "of", "and", "for", "in", "on", "to", "a", "an", "de", "la", "so", "called"}


@dataclass
class Run:
    """Book-keeping for one document's run: usage across calls and what was dropped."""

    usage: Usage = field(default_factory=Usage)
    notes: list[str] = field(default_factory=list)
    dropped: int = 0

    def drop(self, reason: str) -> None:
        self.dropped += 1
        self.notes.append(reason)


def _stems(text: str) -> set[str]:
    return {w[:5] for w in re.findall(r"[a-z0-9]+", text.lower()) if w not in _STOP and len(w) > 1}


def _norm(name: str) -> str:
    return re.sub(r"^the ", "", re.sub(r"[^\w ]+", "", name.casefold())).strip()


def _mentioned(name: str, text_stems: set[str]) -> bool:
    """Most of a name's words occur in the document (stems, so 'Armenia' ~ 'Armenian')."""
    words = _stems(name)
    return bool(words) and len(words & text_stems) * 2 >= len(words)


def build_parties(draft: PartiesDraft, doc: Document, run: Run) -> tuple[list[Party], dict[int, str]]:
    """Contract parties from the model's list; returns them and draft number -> party id.
    Duplicates merge into the first; a party the document never names is dropped."""
    text_stems = _stems(doc.text)
    folded_text = doc.text.casefold()
    parties: list[Party] = []
    number_to_id: dict[int, str] = {}
    by_name: dict[str, Party] = {}
    for number, p in enumerate(draft.parties, start=1):
        if not any(_mentioned(n, text_stems) for n in [p.name, *p.aka]):
            run.notes.append(f"party {p.name!r} dropped: the document does not name it")
            continue
        aliases = [a for a in p.aka if _norm(a) != _norm(p.name) and a.casefold() in folded_text]
        same = next((by_name[k] for k in (_norm(p.name), *map(_norm, p.aka)) if k in by_name), None)
        if same is not None:
            number_to_id[number] = same.id
            same.aliases.extend(a for a in [p.name, *aliases] if a not in same.aliases and a != same.name)
            continue
        party = Party(id=f"p{len(parties) + 1}", name=p.name.strip(), kind=p.kind,
                      title=p.title or None, aliases=list(dict.fromkeys(aliases)))
        parties.append(party)
        number_to_id[number] = party.id
        for key in (_norm(party.name), *map(_norm, aliases)):
            by_name.setdefault(key, party)
    for number, p in enumerate(draft.parties, start=1):
        own, boss = number_to_id.get(number), number_to_id.get(p.of or 0)
        party = next((x for x in parties if x.id == own), None)
        if party is not None and boss and boss != own and party.affiliation is None:
            party.affiliation = boss
    return parties, number_to_id


def _sides(parties: list[Party]) -> dict[str, set[str]]:
    """Each party's side: itself, what it acts for, and what acts for it."""
    side = {p.id: {p.id} for p in parties}
    for p in parties:
        if p.affiliation:
            side[p.id].add(p.affiliation)
            side[p.affiliation].add(p.id)
    return side


def _paraphrase(text: str) -> str:
    words = text.split()
    return " ".join(words[:MAX_PARAPHRASE_WORDS]) if words else text


def build_items(
    drafts: list[ItemDraft], doc: Document, parties: list[Party], number_to_id: dict[int, str], run: Run
) -> tuple[list[Position], list[Request], list[ContestedClaim]]:
    positions: list[Position] = []
    requests: list[Request] = []
    claims: list[ContestedClaim] = []
    seen: set[tuple[str, str, int, int]] = set()
    for d in drafts:
        holder = number_to_id.get(d.by)
        if holder is None:
            run.drop(f"{d.type} in sentence {d.s} dropped: its holder was not a party of the document")
            continue
        evidence = ground(doc, d.s, d.text)
        if evidence is None:
            run.drop(f"{d.type} dropped: sentence {d.s} does not exist")
            continue
        key = (d.type, holder, evidence.start, evidence.end)
        if key in seen:
            continue  # the same item said twice
        seen.add(key)
        other = number_to_id.get(d.to or 0)
        sentence = doc.sentence(d.s)
        context = sentence.text if sentence else ""
        text = _paraphrase(d.text)
        if d.type == "position":
            positions.append(Position(id=f"pos{len(positions) + 1}", holder=holder, stance=text, evidence=[evidence]))
        elif d.type == "request":
            requests.append(Request(
                id=f"req{len(requests) + 1}", requester=holder, addressee=other if other != holder else None,
                action=text, force=cues.force_of(evidence.quote, context),
                condition=cues.condition_of(evidence.quote, context), evidence=[evidence]))
        else:
            disputed = [other] if other and other != holder else []
            claims.append(ContestedClaim(
                id=f"cc{len(claims) + 1}", claim=text, asserted_by=holder, disputed_by=disputed,
                status="allegation" if disputed else "unchallenged", evidence=[evidence]))
    _mark_denials(claims, [*positions, *requests, *claims], doc, parties)
    return positions, requests, claims


def _mark_denials(claims: list[ContestedClaim], items: list, doc: Document, parties: list[Party]) -> None:
    """A claim is 'denied' when the accused side speaks a denial anywhere in the document."""
    side = _sides(parties)
    for claim in claims:
        accused = set().union(*(side.get(p, {p}) for p in claim.disputed_by)) if claim.disputed_by else set()
        for item in items:
            holder = getattr(item, "holder", None) or getattr(item, "requester", None) or getattr(item, "asserted_by", None)
            if holder in accused and any(cues.denies(ev.quote) for ev in item.evidence):
                claim.status = "denied"
                break


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
        lines.append(f"{name[p.holder]} said: {p.stance.rstrip('.')}.")
    if requests:
        r = requests[0]
        to = f" of {name[r.addressee]}" if r.addressee else ""
        lines.append(f"{name[r.requester]} asked{to}: {r.action.rstrip('.')}.")
    if claims:
        c = claims[0]
        lines.append(f"{name[c.asserted_by]} alleged: {c.claim.rstrip('.')}.")
    return " ".join(lines[:4])


def _title(doc: Document) -> str | None:
    """A heading line at the top (short, no closing full stop, not just the dateline)."""
    for s in doc.sentences[:2]:
        words = s.text.split()
        if doc.date and re.fullmatch(r"(date\s+)?[\d\-./ ]+", s.text, re.I):
            continue
        if 2 <= len(words) <= 16 and not s.text.rstrip().endswith((".", "!", "?", ":")) and "\n" in doc.text[s.end : s.end + 2]:
            return s.text.strip()
        break
    return None


class Pipeline:
    """Runs the staged prompt on one backend. The backend's model is loaded once and reused."""

    def __init__(self, backend: Backend, prompt: Prompt | None = None) -> None:
        self.backend = backend
        self.prompt = prompt or load_prompt()

    def _first_messages(self, doc: Document) -> list[dict[str, str]]:
        return [
            {"role": "system", "content": self.prompt["system"]},
            {"role": "user", "content": f"<document>\n{doc.numbered()}\n</document>\n{self.prompt['parties']}"},
        ]

    def run(self, doc: Document) -> Summary:
        started, run = time.perf_counter(), Run()
        messages = self._first_messages(doc)
        first = self.backend.complete(messages, PartiesDraft, PARTIES_MAX_TOKENS)
        run.usage.add(first.usage)
        parties_draft: PartiesDraft = first.value
        items_model = items_draft_for(len(doc.sentences), len(parties_draft.parties))
        messages = [
            *messages,
            {"role": "assistant", "content": _raw_text(first.value)},
            {"role": "user", "content": self.prompt["items"]},
        ]
        budget = min(ITEMS_MAX_TOKENS, ITEMS_BASE_TOKENS + ITEMS_TOKENS_PER_SENTENCE * len(doc.sentences))
        second = self.backend.complete(messages, items_model, budget)
        run.usage.add(second.usage)
        return self.assemble(doc, parties_draft, second.value, run, time.perf_counter() - started)

    def assemble(self, doc: Document, parties_draft: PartiesDraft, items: ItemsDraft, run: Run, latency: float) -> Summary:
        parties, number_to_id = build_parties(parties_draft, doc, run)
        positions, requests, claims = build_items(items.items, doc, parties, number_to_id, run)
        info = DocumentInfo(
            id=doc.id, title=_title(doc), date=doc.date, genre=parties_draft.genre,
            issuing_party=number_to_id.get(parties_draft.voice or 0), language=guess_language(doc.text),
        )
        summary = Summary(
            document=info,
            overview=overview(parties, positions, requests, claims, info),
            parties=parties, positions=positions, requests=requests, contested_claims=claims,
            provenance=Provenance(
                model=self.backend.model, backend=self.backend.name, prompt_version=self.prompt.version,
                prompt_sha256=self.prompt.sha256, input_sha256=doc.sha256,
                created_at=datetime.now(timezone.utc), attempts=run.usage.attempts,
                prompt_tokens=run.usage.prompt_tokens, completion_tokens=run.usage.completion_tokens,
                latency_s=round(latency, 3), dropped_items=run.dropped, notes=run.notes,
            ),
        )
        summary.check_grounded(doc.text)  # the invariant, checked on every summary we emit
        return summary


def _raw_text(value: object) -> str:
    """The model's own reply text, so the next turn's prompt is a cache-friendly extension."""
    raw = getattr(value, "_raw_response", None)
    try:
        return raw.choices[0].message.content  # type: ignore[union-attr]
    except (AttributeError, IndexError):
        return value.model_dump_json()  # type: ignore[attr-defined]
