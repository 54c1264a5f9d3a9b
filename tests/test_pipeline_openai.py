"""The real Pipeline on an OpenAIBackend, talking HTTP to the stub server on 127.0.0.1."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from summariser.backends.openai_compat import OpenAIBackend
from summariser.document import read_document
from summariser.pipeline import Pipeline
from summariser.schema import Summary
from tests.openai_server import OpenAIStubServer

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_36ce6cf3a139d41a.txt"

PARTIES = {
    "genre": "readout",
    "parties": [
        {"name": "Ilham Aliyev", "kind": "person", "for": "Azerbaijan"},
        {"name": "Azerbaijan", "kind": "state", "for": None},
        {"name": "Antony Blinken", "kind": "person", "for": "United States"},
        {"name": "United States", "kind": "state", "for": None},
        {"name": "Armenia", "kind": "state", "for": None},
    ],
    "voice": "Azerbaijan",
}

# What each sentence states, keyed by a phrase of it (procedural sentences state nothing).
SENTENCES = [
    ("pointed out", {"by": "Ilham Aliyev", "t": ["claim"], "to": "Armenia"}),
    ("stressed that", {"by": "Ilham Aliyev", "t": ["position", "claim"], "to": "Armenia"}),
    ("in order to prevent", {"by": "Ilham Aliyev", "t": ["position"], "to": None}),
    ("emphasized that", {"by": "Ilham Aliyev", "t": ["position"], "to": None}),
    ("will be stopped if", {"by": "Ilham Aliyev", "t": ["position", "request"], "to": "Armenia"}),
    ("called for a ceasefire", {"by": "Antony Blinken", "t": ["position", "request"], "to": "Azerbaijan"}),
]
NOTHING = {"by": None, "t": [], "to": None}


def responder(request: dict[str, Any]) -> str:
    """Answer by the schema asked for: the parties call, or one sentence's call."""
    schema = request["response_format"]["json_schema"]["schema"]
    if "parties" in schema["properties"]:
        return json.dumps(PARTIES)
    assert {"by", "t", "to"} <= set(schema["properties"]), schema
    messages = request["messages"]
    if messages[-1]["role"] == "user" and messages[-1]["content"].startswith("Correct your JSON"):
        # The re-ask after the invented speaker below: answer properly this time.
        return json.dumps(answer_for(asked_sentence(messages, messages[-3]["content"])))
    sentence = asked_sentence(messages, messages[-1]["content"])
    answer = answer_for(sentence)
    if "called for a ceasefire" in sentence:
        return json.dumps({**answer, "by": "Joe Biden"})  # not a party: the schema rejects it
    return json.dumps(answer)


def asked_sentence(messages: list[dict[str, str]], task: str) -> str:
    """The sentence a sentence call asks about: its number in the task, its text in the
    numbered document of the first user message (the task quotes only its opening words)."""
    number = re.search(r"Sentence \[(\d+)\]", task)
    assert number, task
    line = re.search(rf"^\[{number.group(1)}\] (.*)$", messages[1]["content"], re.M)
    assert line, task
    return line.group(1)


def answer_for(sentence: str) -> dict[str, Any]:
    return next((a for phrase, a in SENTENCES if phrase in sentence), NOTHING)


def test_pipeline_over_http_gives_a_grounded_summary() -> None:
    doc = read_document(SEED)
    with OpenAIStubServer(responder=responder) as server:
        backend = OpenAIBackend(model="test-model", base_url=server.base_url, api_key="sk-test-canary-123",
                                timeout=5, max_retries=0)
        summary = Pipeline(backend).run(doc)
        requests = server.chat_requests
    assert not server.errors

    Summary.model_validate(summary.model_dump(), context={"text": doc.text})
    for item in summary.items():
        for ev in item.evidence:
            assert doc.text[ev.start : ev.end] == ev.quote

    names = {p.name for p in summary.parties}
    assert {"Azerbaijan", "United States", "Ilham Aliyev", "Antony Blinken", "Armenia"} <= names
    by_name = {p.name: p for p in summary.parties}
    assert by_name["Antony Blinken"].affiliation == by_name["United States"].id
    assert summary.positions and summary.requests and summary.contested_claims
    ceasefire = next(r for r in summary.requests if "ceasefire" in r.evidence[0].quote)
    assert ceasefire.requester == by_name["Antony Blinken"].id

    # One parties call, one call per sentence of four words or more, one re-ask.
    sentence_calls = [r for r in requests if "by" in r.json["response_format"]["json_schema"]["schema"]["properties"]]
    assert len(requests) == 1 + len(sentence_calls) and len(sentence_calls) == 10  # 9 sentences + 1 re-ask
    assert all(r.json["model"] == "test-model" for r in requests)
    assert summary.provenance.backend == "openai"
    assert summary.provenance.model == "test-model"
    assert summary.provenance.attempts == len(requests)
    assert summary.provenance.prompt_tokens > 0 and summary.provenance.completion_tokens > 0
