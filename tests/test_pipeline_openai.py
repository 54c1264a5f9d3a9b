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
    sentence = sentence_of(request["messages"])
    assert sentence is not None, request["messages"][-1]
    answer = answer_for(sentence)
    last = request["messages"][-1]
    if "called for a ceasefire" in sentence and not last["content"].startswith("Correct your JSON"):
        # Invent a speaker at first; the re-ask after the schema refuses it gets a proper answer.
        return json.dumps({**answer, "by": "Joe Biden"})
    return json.dumps(answer)


def sentence_of(messages: list[dict[str, Any]]) -> str | None:
    """The full text of the sentence a sentence call (or its re-ask) asks about, None for a
    parties call: the task names it by number ('Sentence [5], which begins: ...') and the
    numbered document in the first user message holds its text."""
    for message in reversed(messages):
        found = re.search(r"Sentence \[(\d+)\]", str(message["content"])) if message["role"] == "user" else None
        if found:
            line = re.search(rf"^\[{found.group(1)}\] (.*)$", messages[1]["content"], re.M)
            return line.group(1) if line else None
    return None


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

    # One parties call, one call per sentence of four words or more, one re-ask. The two lines
    # that only report the call ('made a phone call', 'exchanged views') cost no call: nothing
    # the model could say about them would be kept.
    sentence_calls = [r for r in requests if "by" in r.json["response_format"]["json_schema"]["schema"]["properties"]]
    assert len(requests) == 1 + len(sentence_calls) and len(sentence_calls) == 8  # 7 sentences + 1 re-ask
    asked = [sentence_of(r.json["messages"]) for r in sentence_calls]
    assert not [a for a in asked if "made a phone call" in a or "exchanged views" in a]
    assert len(set(asked)) == 7
    assert all(r.json["model"] == "test-model" for r in requests)
    assert summary.provenance.backend == "openai"
    assert summary.provenance.model == "test-model"
    assert summary.provenance.attempts == len(requests)
    assert summary.provenance.prompt_tokens > 0 and summary.provenance.completion_tokens > 0
