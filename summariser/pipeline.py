"""Where a summary is born: document -> model drafts -> grounded, validated Summary.

All model calls share one conversation, so llama.cpp reuses the whole prefix and each call
reads only its few new tokens:
  1. parties: who acts in the document, its genre and whose voice it is (`parties` tidies);
  2. one short call per sentence: which positions, requests and claims it states, by whom
     and toward whom (`assemble` grounds, words and cues them).
The result is validated against the contract, quotes included, before it is returned.
"""

from __future__ import annotations

import asyncio
import time
from datetime import UTC, datetime

from summariser import cues
from summariser.assemble import Run, build_items, overview, prune_parties, title_of
from summariser.backends.base import Backend, BackendError, InvalidReply
from summariser.document import Document, Sentence
from summariser.drafts import PartiesDraft, SentenceDraft, parties_draft_for, sentence_draft_for
from summariser.language import guess_language
from summariser.parties import PartyBook, build_parties
from summariser.prompts import Prompt, load_prompt
from summariser.schema import DocumentInfo, Provenance, Summary

PARTIES_MAX_TOKENS = 600
SENTENCE_MAX_TOKENS = 80  # speaker, kinds and addressee of one sentence
MIN_SENTENCE_WORDS = 4  # shorter lines (datelines, headings) state nothing to extract


def worth_reading(sentence: Sentence) -> bool:
    """Datelines and headings state nothing, and neither do lines aimed at a summarising
    machine (a prompt injection is content, never an item); everything else goes to the model."""
    if cues.addresses_summariser(sentence.text):
        return False
    words = sentence.text.split()
    heading = not sentence.text.rstrip("\"'\u201d\u2019)").endswith((".", "!", "?", ":", ";"))
    return len(words) >= MIN_SENTENCE_WORDS and not (heading and len(words) <= 12)


def max_parties(doc: Document) -> int:
    return min(24, 6 + len(doc.sentences) // 3)


class Pipeline:
    """Runs the staged prompt on one backend. The backend's model is loaded once and reused."""

    def __init__(self, backend: Backend, prompt: Prompt | None = None) -> None:
        self.backend = backend
        self.prompt = prompt or load_prompt()

    def _parties_messages(self, doc: Document) -> list[dict[str, str]]:
        task = self.prompt["parties"].replace("{max_parties}", str(max_parties(doc)))
        return [
            {"role": "system", "content": self.prompt["system"]},
            {"role": "user", "content": f"<document>\n{doc.numbered()}\n</document>\n{task}"},
        ]

    def _sentence_message(self, names: list[str], number: int, doc: Document) -> dict[str, str]:
        sentence = doc.sentence(number)
        task = self.prompt["sentence"].format(
            parties="; ".join(names), number=number, sentence=" ".join(sentence.text.split()) if sentence else ""
        )
        return {"role": "user", "content": task}

    def run(self, doc: Document) -> Summary:
        """Summarise one document: a parties call, then one short call per sentence."""
        started, run = time.perf_counter(), Run()
        self.backend.begin_document()
        messages = self._parties_messages(doc)
        first = self.backend.complete(messages, parties_draft_for(max_parties(doc)), PARTIES_MAX_TOKENS)
        run.usage.add(first.usage)
        book = build_parties(first.value.parties, doc.text)
        if not book.parties:
            raise BackendError(f"{doc.source}: the model found no party that the document names")
        names = [p.name for p in book.parties]
        prefix = [*messages, {"role": "assistant", "content": _raw_text(first.value)}]
        sentence_model = sentence_draft_for(names)
        found: list[tuple[int, SentenceDraft]] = []
        for s in doc.sentences:
            if not worth_reading(s):
                continue
            message = self._sentence_message(names, s.number, doc)
            try:
                reply = self.backend.complete([*prefix, message], sentence_model, SENTENCE_MAX_TOKENS)
            except InvalidReply as e:
                # Re-asked and still invalid: this sentence's items are dropped and counted,
                # the rest of the document stands. Transport failures still fail the document.
                run.usage.attempts += e.attempts
                run.drop(f"sentence {s.number}: {e}")
                continue
            run.usage.add(reply.usage)
            found.append((s.number, reply.value))
        return self.assemble(doc, first.value, book, found, run, time.perf_counter() - started)

    async def arun(self, doc: Document) -> Summary:
        """Async twin of `run` for concurrent callers (the backend serialises where it must)."""
        return await asyncio.to_thread(self.run, doc)

    def assemble(self, doc: Document, parties_draft: PartiesDraft, book: PartyBook,
                 found: list[tuple[int, SentenceDraft]], run: Run, latency: float) -> Summary:
        voice = book.find(parties_draft.voice)
        positions, requests, claims = build_items(found, doc, book, run, voice)
        prune_parties(book, [*positions, *requests, *claims], voice.id if voice else None)
        run.notes.extend(book.notes)
        info = DocumentInfo(
            id=doc.id, title=title_of(doc), date=doc.date, genre=parties_draft.genre,
            issuing_party=voice.id if voice else None, language=guess_language(doc.text),
        )
        summary = Summary(
            document=info,
            overview=overview(book.parties, positions, requests, claims, info),
            parties=book.parties, positions=positions, requests=requests, contested_claims=claims,
            provenance=Provenance(
                model=self.backend.model, backend=self.backend.name, prompt_version=self.prompt.version,
                prompt_sha256=self.prompt.sha256, input_sha256=doc.sha256,
                created_at=datetime.now(UTC), attempts=run.usage.attempts,
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
        return value.model_dump_json(by_alias=True)  # type: ignore[attr-defined]
