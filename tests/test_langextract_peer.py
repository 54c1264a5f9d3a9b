"""LangExtract as a peer: the mapping onto our contract, the few-shot example, and the whole
path over HTTP to the loopback stub server (the real llama server is the benchmark's business).
langextract is an optional extra (`.[bench]`): without it these tests are skipped."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

lx = pytest.importorskip("langextract", reason="langextract is the optional extra .[bench]")

from langextract import prompt_validation as pv  # noqa: E402 - after the skip
from langextract.resolver import WordAligner  # noqa: E402

from summariser.backends.base import Usage  # noqa: E402
from summariser.baselines.contract import Identity, to_summary  # noqa: E402
from summariser.baselines.langextract_map import map_extractions  # noqa: E402
from summariser.baselines.langextract_peer import (  # noqa: E402
    CHUNK_MAX_TOKENS,
    LangExtractPeer,
    example_from_gold,
    load_example,
)
from summariser.schema import Summary  # noqa: E402
from tests.openai_server import OpenAIStubServer, Reply  # noqa: E402

EVALS = Path(__file__).resolve().parent.parent / "evals"
EXACT = lx.data.AlignmentStatus.MATCH_EXACT
IDENTITY = Identity(model="m", backend="langextract", prompt_version="langextract.v1", prompt_sha256="0" * 64)


def at(text: str, extraction_class: str, quote: str, **attributes: Any) -> Any:
    """An extraction aligned where `quote` occurs in `text`, as LangExtract's aligner leaves it."""
    start = text.index(quote)
    return lx.data.Extraction(extraction_class, quote, char_interval=lx.data.CharInterval(start, start + len(quote)),
                              alignment_status=EXACT, attributes=attributes)


def test_extractions_map_onto_the_contract(seed_doc) -> None:
    text = seed_doc.text
    extractions = [
        at(text, "party", "Ilham Aliyev", kind="person", affiliation="Azerbaijan"),
        at(text, "party", "Antony Blinken", kind="person", affiliation="United States"),
        at(text, "party", "Armenia", kind="state", affiliation="none"),
        at(text, "position", "Azerbaijan had to launch local anti-terror measures", holder="Ilham Aliyev"),
        at(text, "request", "called for a ceasefire", requester="Antony Blinken", addressee="none", force="Call"),
        at(text, "contested_claim", "had planted mines for the purpose of terrorism", claimant="Ilham Aliyev",
           disputed_by=["Armenia", "none"], status="allegation"),
        # Written by the model but not in the document: the aligner left it without an interval.
        lx.data.Extraction("contested_claim", "Armenia shelled Baku", attributes={"claimant": "Ilham Aliyev"}),
        at(text, "position", "expressed concern about the situation", holder="Joe Biden"),  # no such party
        at(text, "location", "Karabakh region"),
    ]
    parties, proposals, notes = map_extractions(extractions)
    done = to_summary(seed_doc, parties, proposals, IDENTITY, Usage(10, 5, 1), 1.0, notes=notes)
    summary = done.summary

    Summary.model_validate(summary.model_dump(), context={"text": text})
    assert (done.proposed, done.grounded) == (5, 4)
    assert summary.provenance.dropped_items == 2  # the unaligned claim and Joe Biden's position
    assert any("'location'" in n for n in summary.provenance.notes)
    by_name = {p.name: p for p in summary.parties}
    assert by_name["Ilham Aliyev"].affiliation == by_name["Azerbaijan"].id  # affiliation becomes a party
    (position,) = summary.positions
    assert position.holder == by_name["Ilham Aliyev"].id
    assert position.evidence[0].quote == "Azerbaijan had to launch local anti-terror measures"
    (request,) = summary.requests
    assert (request.requester, request.addressee, request.force) == (by_name["Antony Blinken"].id, None, "call")
    (claim,) = summary.contested_claims
    assert claim.asserted_by == by_name["Ilham Aliyev"].id and claim.disputed_by == [by_name["Armenia"].id]
    start = text.index("had planted mines")
    assert (claim.evidence[0].start, claim.evidence[0].end) == (start, start + len("had planted mines for the "
                                                                                   "purpose of terrorism"))


def test_the_example_comes_from_dev_gold_and_aligns_exactly() -> None:
    example = load_example(EVALS)
    assert all(e.extraction_text in example.text for e in example.extractions)
    # LangExtract's own pre-flight check: every example extraction aligns, in order, exactly.
    report = pv.validate_prompt_alignment(examples=[example], aligner=WordAligner(), policy=pv.AlignmentPolicy())
    assert report.issues == []
    parties = {e.extraction_text for e in example.extractions if e.extraction_class == "party"}
    roles = {e.attributes.get(k) for e in example.extractions for k in ("holder", "requester", "claimant")}
    assert roles - {None} <= parties  # attributes name parties exactly as the party extractions do
    assert {e.extraction_class for e in example.extractions} == {"party", "position", "request", "contested_claim"}
    test_id = json.loads((EVALS / "split.json").read_text())["test"][0]
    with pytest.raises(ValueError, match="dev split"):
        load_example(EVALS, test_id)


def _question(prompt: str) -> str:
    """The chunk LangExtract asks about: after the last 'Q: ', before the final 'A: '."""
    return prompt.rsplit("Q: ", 1)[1].rsplit("\nA:", 1)[0]


# What the stub "model" extracts, wherever the chunk holds the text.
STUB_EXTRACTIONS = [
    ("party", "Ilham Aliyev", {"kind": "person", "affiliation": "Azerbaijan"}),
    ("party", "Antony Blinken", {"kind": "person", "affiliation": "United States"}),
    ("contested_claim", "had planted mines for the purpose of terrorism",
     {"claimant": "Ilham Aliyev", "disputed_by": ["Armenia"], "status": "allegation"}),
    ("position", "a continuation of deliberate provocations against the sovereignty of Azerbaijan",
     {"holder": "Ilham Aliyev"}),
    ("request", "called for a ceasefire", {"requester": "Antony Blinken", "addressee": "Azerbaijan", "force": "call"}),
]


def responder(request: dict[str, Any]) -> Reply | str:
    chunk = _question(request["messages"][-1]["content"])
    if "anti-terror measures" in chunk and "phone call" not in chunk:  # the middle chunk
        return Reply(body='{"extractions": [{"party": "Ant', finish_reason="length")  # cut off mid-reply
    found = [{cls: quote, f"{cls}_attributes": attrs} for cls, quote, attrs in STUB_EXTRACTIONS if quote in chunk]
    if "ceasefire" in chunk:  # two inventions: one lands on a stray word ('the'), one nowhere
        found += [{"position": "The moon is made of green cheese", "position_attributes": {"holder": "Antony Blinken"}},
                  {"position": "Zorblat quixotic flummery", "position_attributes": {"holder": "Antony Blinken"}}]
    return json.dumps({"extractions": found})


def test_langextract_end_to_end_over_http(seed_doc) -> None:
    example = example_from_gold(json.loads((EVALS / "gold" / "018_morocco_mfa_response.gold.json").read_text()),
                                (EVALS / "docs" / "018_morocco_mfa_response.txt").read_text())
    with OpenAIStubServer(responder=responder) as server:
        done = LangExtractPeer(server.base_url, example, model_id="test-model").run(seed_doc)
        requests = server.chat_requests
    assert not server.errors
    assert len(requests) >= 2  # one per 1,000-character chunk
    for r in requests:
        body = r.json or {}
        # JSON mode, not a JSON schema (llama-cpp-python's server rejects LangExtract's schema).
        assert body["response_format"] == {"type": "json_object"}
        assert (body["temperature"], body["seed"], body["max_tokens"]) == (0.0, 1234, CHUNK_MAX_TOKENS)
        assert "Morocco regrets this step" in r.messages[-1]["content"]  # the dev example rides along
    summary = done.summary
    Summary.model_validate(summary.model_dump(), context={"text": seed_doc.text})
    by_name = {p.name: p for p in summary.parties}
    assert [by_name["Antony Blinken"].id] == [r.requester for r in summary.requests]
    assert [c.asserted_by for c in summary.contested_claims] == [by_name["Ilham Aliyev"].id]
    assert (done.proposed, done.grounded, done.inexact) == (5, 4, 1)
    assert summary.provenance.completion_tokens > 0 and summary.provenance.attempts == len(requests)
    assert any("cut off" in n for n in summary.provenance.notes)
    assert re.fullmatch(r"langextract-[\d.]+", summary.provenance.backend)
