"""The naive one-call baseline on an OpenAIBackend, over HTTP to the loopback stub server."""

from __future__ import annotations

import json
from typing import Any

import pytest

from summariser.backends.base import BackendError
from summariser.backends.openai_compat import OpenAIBackend
from summariser.baselines.naive import MAX_TOKENS, NaiveBaseline
from summariser.schema import Summary
from tests.openai_server import OpenAIStubServer, Reply
from tests.test_pipeline_openai import PARTIES

INVENTED = "Armenian forces planted mines to terrorise the population"  # a rewritten quote: not in the seed

# What a small model writes for the seed in one go: one exact quote, one with other case and
# spacing, one rewritten, and one item held by a party the document never names.
WHOLE_SUMMARY: dict[str, Any] = {
    "genre": "readout",
    "overview": "Ilham Aliyev said Azerbaijan launched anti-terror measures; Antony Blinken called for a ceasefire.",
    "parties": PARTIES["parties"],  # the seed's, as the pipeline test's model lists them
    "positions": [
        {"holder": "Ilham Aliyev", "stance": "Azerbaijan had to launch anti-terror measures",
         "quote": "Azerbaijan had to launch local anti-terror measures in the region"},
        {"holder": "Joe Biden", "stance": "Supports dialogue", "quote": "supports direct dialogue between Baku"},
    ],
    "requests": [
        {"requester": "Antony Blinken", "addressee": "Azerbaijan", "action": "Agree a ceasefire", "force": "call",
         "quote": "Called  for a CEASEFIRE"},
    ],
    "contested_claims": [
        {"asserted_by": "Ilham Aliyev", "disputed_by": ["Armenia"], "claim": "Armenian groups planted mines",
         "status": "allegation", "quote": INVENTED},
    ],
}


def backend(server: OpenAIStubServer) -> OpenAIBackend:
    return OpenAIBackend(model="test-model", base_url=server.base_url, timeout=5, max_retries=0)


def test_one_call_becomes_a_grounded_summary_and_counts_unfound_quotes(seed_doc) -> None:
    with OpenAIStubServer([json.dumps(WHOLE_SUMMARY)]) as server:
        done = NaiveBaseline(backend(server)).run(seed_doc)
        (request,) = server.chat_requests

    # One schema-constrained call, with the whole document and the token cap.
    body = request.json or {}
    assert body["max_tokens"] == MAX_TOKENS
    schema = body["response_format"]["json_schema"]["schema"]
    assert {"parties", "positions", "requests", "contested_claims", "overview"} <= set(schema["properties"])
    assert seed_doc.text in request.messages[-1]["content"]

    summary = done.summary
    Summary.model_validate(summary.model_dump(), context={"text": seed_doc.text})
    assert (done.proposed, done.grounded) == (4, 3)  # the rewritten quote is ungrounded
    assert summary.provenance.dropped_items == 2  # the rewritten quote, and Joe Biden's position
    assert not summary.contested_claims
    assert any("not in the document" in n for n in summary.provenance.notes)
    assert any("'Joe Biden' is no party" in n for n in summary.provenance.notes)
    names = {p.id: p.name for p in summary.parties}
    (position,) = summary.positions
    assert names[position.holder] == "Ilham Aliyev"
    (request_item,) = summary.requests
    # Found despite case and spacing; the evidence is the document's own text.
    assert request_item.evidence[0].quote == "called for a ceasefire"
    assert names[request_item.requester] == "Antony Blinken" and names[request_item.addressee] == "Azerbaijan"
    assert summary.overview == WHOLE_SUMMARY["overview"]
    assert summary.provenance.prompt_version == "naive.v1" and summary.provenance.completion_tokens > 0


def test_a_reply_cut_off_at_the_token_cap_fails_the_document(seed_doc) -> None:
    cut = Reply(body='{"genre":"readout","overview":"Ilham Aliyev said', finish_reason="length")
    with OpenAIStubServer([cut]) as server, pytest.raises(BackendError, match="cut off at 200 tokens"):
        NaiveBaseline(backend(server), max_tokens=200).run(seed_doc)
