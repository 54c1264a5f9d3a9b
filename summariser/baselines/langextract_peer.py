"""LangExtract (Google's few-shot extraction library) as a peer, on any OpenAI-compatible server.

Configured as its docs recommend for a local model behind an OpenAI-compatible endpoint: the
OpenAI provider in JSON mode without schema constraints or fences (llama-cpp-python's server
rejects the JSON-schema `response_format` that LangExtract would otherwise send), one few-shot
example, and its default 1,000-character chunks. The example is built from the gold summary
of one DEV document (never a test one), so it is labelled exactly as the eval set is. The
extractions are mapped onto our contract by `langextract_map` and `contract.to_summary`.

Needs the optional extra: pip install -e ".[bench]".
"""

from __future__ import annotations

import hashlib
import json
import re
import threading
import time
from importlib.metadata import version
from pathlib import Path
from typing import Any

import langextract as lx
from langextract.core.exceptions import LangExtractError
from langextract.providers.openai import OpenAILanguageModel

from summariser.backends.base import BackendError, Usage
from summariser.backends.embedded import SEED
from summariser.baselines.contract import Assembled, Identity, to_summary
from summariser.baselines.langextract_map import map_extractions
from summariser.document import Document
from summariser.prompts import Prompt, load_prompt

PROMPT_VERSION = "langextract.v1"
EXAMPLE_ID = "018_morocco_mfa_response"  # dev split; short, with positions, requests and claims
CHUNK_CHARS = 1000  # LangExtract's default `max_char_buffer`
CHUNK_MAX_TOKENS = 1024  # per chunk: bounds a runaway reply; a cut-off chunk is counted, not fatal
ITEM_CLASS = {"positions": "position", "requests": "request", "contested_claims": "contested_claim"}


def _mention(text: str, names: list[str], taken: list[tuple[int, int]]) -> tuple[str, int] | None:
    """The first of `names` that occurs as whole words in `text` outside the `taken` spans (an
    example whose extractions overlap teaches overlaps), with its offset; any occurrence else."""
    fallback = None
    for name in names:
        for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text):
            if not any(m.start() < end and start < m.end() for start, end in taken):
                return name, m.start()
            fallback = fallback or (name, m.start())
    return fallback


def example_from_gold(gold: dict[str, Any], text: str) -> lx.data.ExampleData:
    """One few-shot example from a gold summary: its non-optional items and the parties they
    name, in order of appearance, with the attributes `prompts/langextract.v1.md` asks for."""
    items = [(name, item) for name in ITEM_CLASS for item in gold.get(name, []) if not item.get("optional")]
    taken = [(ev["start"], ev["end"]) for _, item in items for ev in item["evidence"][:1]]
    mentions = {p["id"]: _mention(text, [p["name"], *p.get("aliases", [])], taken)
                for p in gold["parties"] if not p.get("optional")}
    label = {pid: found[0] for pid, found in mentions.items() if found is not None}
    placed = [(found[1], lx.data.Extraction("party", found[0], attributes={
                  "kind": p["kind"], "affiliation": label.get(p.get("affiliation") or "", "none")}))
              for p in gold["parties"] if (found := mentions.get(p["id"])) is not None]
    for name, item in items:
        roles: dict[str, str | list[str]]
        if name == "positions":
            roles = {"holder": label.get(item["holder"], "none")}
        elif name == "requests":
            roles = {"requester": label.get(item["requester"], "none"),
                     "addressee": label.get(item.get("addressee") or "", "none"), "force": item["force"]}
        else:
            roles = {"claimant": label.get(item["asserted_by"], "none"),
                     "disputed_by": [label[p] for p in item.get("disputed_by", []) if p in label],
                     "status": item["status"]}
        evidence = item["evidence"][0]
        placed.append((evidence["start"], lx.data.Extraction(ITEM_CLASS[name], evidence["quote"], attributes=roles)))
    placed.sort(key=lambda pair: pair[0])
    return lx.data.ExampleData(text=text, extractions=[e for _, e in placed])


def load_example(evals_root: Path, doc_id: str = EXAMPLE_ID) -> lx.data.ExampleData:
    """The few-shot example from `evals/`; refuses a document outside the dev split."""
    split = json.loads((evals_root / "split.json").read_text(encoding="utf-8"))
    if doc_id not in split["dev"]:
        raise ValueError(f"{doc_id}: the LangExtract example must come from the dev split, never the test one")
    gold = json.loads((evals_root / "gold" / f"{doc_id}.gold.json").read_text(encoding="utf-8"))
    return example_from_gold(gold, (evals_root / "docs" / f"{doc_id}.txt").read_text(encoding="utf-8"))


class CountingModel(OpenAILanguageModel):
    """LangExtract's own OpenAI provider, plus token counts and cut-off chunks: the provider
    keeps only the reply text, and the benchmark reports tokens per document."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.usage = Usage()
        self.cut_off = 0
        self._count_lock = threading.Lock()

    def _response_to_scored_output(self, response: Any) -> Any:  # type: ignore[override]
        with self._count_lock:
            usage = getattr(response, "usage", None)
            self.usage.add(Usage(getattr(usage, "prompt_tokens", 0) or 0, getattr(usage, "completion_tokens", 0) or 0,
                                 attempts=1))
            self.cut_off += any(c.finish_reason == "length" for c in response.choices or [])
        return OpenAILanguageModel._response_to_scored_output(response)


class LangExtractPeer:
    """LangExtract over `base_url` (an OpenAI-compatible server that already holds the model)."""

    def __init__(self, base_url: str, example: lx.data.ExampleData, *, model_id: str = "local",
                 api_key: str = "not-needed", prompt: Prompt | None = None,
                 chunk_max_tokens: int = CHUNK_MAX_TOKENS) -> None:
        self.base_url, self.model_id, self.api_key = base_url, model_id, api_key
        self.example = example
        self.prompt = prompt or load_prompt(PROMPT_VERSION)
        self.chunk_max_tokens = chunk_max_tokens
        shown = json.dumps([(e.extraction_class, e.extraction_text, e.attributes) for e in example.extractions])
        self.identity = Identity(
            model=model_id, backend=f"langextract-{version('langextract')}", prompt_version=PROMPT_VERSION,
            # The prompt LangExtract sends is the description plus the example: hash both.
            prompt_sha256=hashlib.sha256(f"{self.prompt.sha256}\n{example.text}\n{shown}".encode()).hexdigest(),
        )

    def _model(self) -> CountingModel:
        # One request at a time (max_workers=1): the server runs one model, as ours does.
        return CountingModel(model_id=self.model_id, api_key=self.api_key, base_url=self.base_url,
                             format_type=lx.data.FormatType.JSON, temperature=0.0, max_workers=1,
                             seed=SEED, max_output_tokens=self.chunk_max_tokens)

    def run(self, doc: Document) -> Assembled:
        model = self._model()
        started = time.perf_counter()
        try:
            result = lx.extract(
                text_or_documents=doc.text, prompt_description=self.prompt["description"], examples=[self.example],
                model=model, fence_output=False, use_schema_constraints=False, max_char_buffer=CHUNK_CHARS,
                max_workers=1, show_progress=False,
            )
        except LangExtractError as err:
            raise BackendError(f"langextract: {' '.join(str(err).split())[:300]}") from None
        latency = time.perf_counter() - started
        parties, proposals, notes = map_extractions(list(result.extractions or []))
        if model.cut_off:
            notes.append(f"{model.cut_off} chunk(s) cut off at {self.chunk_max_tokens} tokens: their extractions lost")
        return to_summary(doc, parties, proposals, self.identity, model.usage, latency, notes=notes)
