"""Reading strategies: chosen per backend in settings, overridable per run; the single-call
strategy over HTTP gives the same kind of grounded summary as the staged one."""

from __future__ import annotations

import json
import os
import re
from typing import Any

import pytest

from summariser.backends.openai_compat import OpenAIBackend
from summariser.document import read_document
from summariser.pipeline import Pipeline
from summariser.prompts import load_prompt
from summariser.schema import Summary
from summariser.settings import DEFAULT_STRATEGY, STRATEGY_ENV, strategy_for
from tests.conftest import SEED
from tests.openai_server import OpenAIStubServer
from tests.test_cli import run
from tests.test_pipeline_openai import PARTIES, SENTENCES

PAST_THE_END = 999


def whole_responder(request: dict[str, Any]) -> str:
    """The parties and every sentence's decisions in one answer, found in the numbered document;
    plus one entry for a sentence that does not exist, which the pipeline must drop and count."""
    schema = request["response_format"]["json_schema"]["schema"]
    assert {"parties", "sentences"} <= set(schema["properties"]), schema
    numbered = request["messages"][1]["content"]
    entries = [
        {"n": int(n), **answer}
        for n, text in re.findall(r"^\[(\d+)\] (.*)$", numbered, re.M)
        for phrase, answer in SENTENCES
        if phrase in text
    ]
    entries.append({"n": PAST_THE_END, "by": "Armenia", "t": ["claim"], "to": "Azerbaijan"})
    return json.dumps({**PARTIES, "sentences": entries})


def http_backend(server: OpenAIStubServer) -> OpenAIBackend:
    return OpenAIBackend(model="big-model", base_url=server.base_url, api_key="sk-x", timeout=5, max_retries=0)


def test_each_backend_has_a_default_and_a_run_can_override_it(monkeypatch):
    monkeypatch.delenv(STRATEGY_ENV, raising=False)
    assert strategy_for("embedded") == DEFAULT_STRATEGY["embedded"] == "staged"
    assert strategy_for("openai", "single") == "single"
    monkeypatch.setenv(STRATEGY_ENV, "single")
    assert strategy_for("embedded") == "single"
    assert strategy_for("embedded", "staged") == "staged"  # an explicit choice beats the environment


def test_an_unknown_strategy_is_an_error_naming_where_it_came_from(monkeypatch):
    monkeypatch.setenv(STRATEGY_ENV, "fast")
    with pytest.raises(ValueError, match=f"{STRATEGY_ENV}='fast' is not a strategy: use one of staged, single"):
        strategy_for("openai")
    with pytest.raises(ValueError, match="--strategy='quick'"):
        strategy_for("openai", "quick")


def test_single_needs_a_prompt_that_has_the_whole_task():
    with OpenAIStubServer(responder=whole_responder) as server, \
            pytest.raises(ValueError, match="summarise.v1 has no 'whole' section"):
        Pipeline(http_backend(server), load_prompt("summarise.v1"), strategy="single")


def test_single_reads_the_document_in_one_call_and_grounds_every_item():
    doc = read_document(SEED)
    with OpenAIStubServer(responder=whole_responder) as server:
        summary = Pipeline(http_backend(server), strategy="single").run(doc)
        requests = server.chat_requests
    assert not server.errors
    assert len(requests) == 1  # one round trip for the whole document
    Summary.model_validate(summary.model_dump(), context={"text": doc.text})
    ids = {p.name: p.id for p in summary.parties}
    assert any(r.requester in (ids["Antony Blinken"], ids["United States"]) and r.addressee == ids["Azerbaijan"]
               and "ceasefire" in r.evidence[0].quote for r in summary.requests)
    assert any(c.asserted_by in (ids["Ilham Aliyev"], ids["Azerbaijan"]) for c in summary.contested_claims)
    # The entry for a sentence the document does not have is dropped, and says so.
    assert summary.provenance.dropped_items == 1
    assert any(f"sentence {PAST_THE_END}: not a sentence" in note for note in summary.provenance.notes)


def test_cli_strategy_flag_and_a_bad_environment_value(tmp_path):
    doc = SEED.read_text(encoding="utf-8")
    with OpenAIStubServer(responder=whole_responder) as server:
        out = run("summarise", str(SEED), "--model", "big-model", "--base-url", server.base_url, "--no-cache",
                  "--strategy", "single")
        assert out.returncode == 0, out.stderr
        assert len(server.chat_requests) == 1
    summary = Summary.model_validate_json(out.stdout, context={"text": doc})
    assert summary.requests and summary.contested_claims

    bad = run("batch", str(SEED), "-o", str(tmp_path / "out.jsonl"), "--model", "big-model", "--base-url", "http://127.0.0.1:9",
              env={**os.environ, STRATEGY_ENV: "fast"})
    assert bad.returncode == 2
    assert f"{STRATEGY_ENV}='fast' is not a strategy" in bad.stderr
    assert not (tmp_path / "out.jsonl").exists()
