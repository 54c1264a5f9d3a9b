"""The async path, over the loopback OpenAI-compatible server (tests/openai_server.py): `acomplete`
sends what `complete` sends and fails as it fails, a 429's Retry-After is waited out without
holding up other calls, `arun` gives `run`'s summary from the same requests (the eval recordings
replay through it unchanged) and documents overlap on one event loop; and a batch at
concurrency > 1 writes each document's line once."""

from __future__ import annotations

import asyncio
import socket
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from summariser.backends.base import BackendError, Completion
from summariser.backends.embedded import EmbeddedBackend
from summariser.backends.model_file import MODEL_ID
from summariser.backends.openai_compat import OpenAIBackend
from summariser.backends.store import RecordingStore
from summariser.batch import expand, run_batch
from summariser.document import Document, read_document
from summariser.eval.harness import EvalSet
from summariser.pipeline import Pipeline
from summariser.schema import Summary
from tests.conftest import ROOT, SEED
from tests.openai_server import OpenAIStubServer, Reply, ScriptItem
from tests.short_docs import CALLS_PER_DOCUMENT, answer, document_number, text_of, write_document
from tests.test_batch import InFlight, records
from tests.test_openai_backend import CANARY, INVALID, MESSAGES, VALID, Call, backend
from tests.test_pipeline_openai import responder as seed_responder
from tests.test_strategy import whole_responder


def call(b: OpenAIBackend, mode: str, messages: list[dict[str, str]] = MESSAGES) -> Completion:
    """One `complete`, or the same through `acomplete` on an event loop of its own."""
    if mode == "sync":
        return b.complete(messages, Call, 64)
    return asyncio.run(b.acomplete(messages, Call, 64))


def outcome(script: list[ScriptItem], mode: str, **options: Any) -> tuple[str, list[Any]]:
    """(result or error message, the request bodies the server saw) for one call on a fresh server;
    the server's address is masked so that two servers' messages compare equal."""
    with OpenAIStubServer(script) as server:
        try:
            result = call(backend(server.base_url, **options), mode)
            said = f"{result.value.model_dump()} attempts={result.usage.attempts} usage={result.usage}"
        except BackendError as err:
            said = f"{type(err).__name__}: {err}".replace(server.base_url, "URL")
            assert CANARY not in said
        return said, [r.json for r in server.chat_requests]


KEY_ECHO = {"error": {"message": f"Incorrect API key provided: {CANARY}.", "type": "invalid_request_error"}}
CASES: dict[str, tuple[list[ScriptItem], dict[str, Any], str]] = {
    # name: (script, backend options, what the message must say)
    "valid": ([Reply(body=VALID, usage={"prompt_tokens": 3, "completion_tokens": 2, "total_tokens": 5})], {},
              "attempts=1"),
    "re-asked once": ([INVALID, VALID], {}, "attempts=2"),
    "never valid": ([INVALID] * 4, {}, "no valid answer after 2 attempt(s)"),
    "500 then valid": ([Reply(status=500), VALID], {"max_retries": 2}, "attempts=1"),
    "persistent 500": ([Reply(status=500, body="upstream exploded")] * 4, {"max_retries": 1}, "HTTP 500"),
    "429 then valid": ([(429, {"Retry-After": "0"}, "slow down"), VALID], {"max_retries": 2}, "attempts=1"),
    "long Retry-After": ([(429, {"Retry-After": "3600"}, "come back later")] * 2, {"max_retries": 4}, "HTTP 429"),
    "cut off": ([Reply(body='{"caller": "Ant', finish_reason="length")], {}, "cut off at 64 tokens"),
    "body not JSON": ([Reply(headers={"Content-Type": "application/json"}, body=b"<html>502</html>")] * 2, {},
                      "not JSON"),
    "key echoed": ([Reply(status=401, body=KEY_ECHO)], {}, "Incorrect API key provided: ***"),
    "too slow": ([Reply(body=VALID, delay=2.0)], {"timeout": 0.2, "max_retries": 0}, "did not answer in time"),
}


@pytest.mark.parametrize("case", CASES)
def test_acomplete_sends_and_fails_exactly_as_complete(case: str) -> None:
    script, options, expected = CASES[case]
    said, sent = outcome(script, "sync", **options)
    assert expected in said
    assert outcome(script, "async", **options) == (said, sent)  # same requests, same answer or error


def test_async_connection_refused_fails_saying_it_cannot_connect() -> None:
    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    with pytest.raises(BackendError, match=f"cannot connect to http://127.0.0.1:{port}/v1"):
        call(backend(f"http://127.0.0.1:{port}/v1", max_retries=0), "async")


def test_async_retry_after_is_waited_out_without_holding_up_other_calls() -> None:
    # One call is told to come back in 1.5 s; three others run meanwhile on the same event loop.
    def limited(request: dict[str, Any]) -> Reply:
        first = request["messages"][-1]["content"] == "limited" and not any(
            r.json and r.json["messages"][-1]["content"] == "limited" for r in server.chat_requests[:-1])
        return Reply(status=429, headers={"Retry-After": "1.5"}, body="slow down") if first else Reply(body=VALID)

    with OpenAIStubServer(responder=limited) as server:
        b = backend(server.base_url, max_retries=2)

        async def calls() -> list[float]:
            async def one(prompt: str) -> float:
                await b.acomplete([{"role": "user", "content": prompt}], Call, 64)
                return time.monotonic()
            return await asyncio.gather(*(one(p) for p in ["limited", "a", "b", "c"]))

        started = time.monotonic()
        limited_done, *others_done = asyncio.run(calls())
        arrivals = [(r.at, r.json["messages"][-1]["content"]) for r in server.chat_requests]
    tries = [at for at, prompt in arrivals if prompt == "limited"]
    assert len(tries) == 2 and 1.45 <= tries[1] - tries[0] < 5  # the server's 1.5 s, not a 0.5 s backoff
    assert all(done - started < 1.0 for done in others_done) and limited_done - started >= 1.45


def summaries_and_requests(doc: Document, responder: Callable[[dict[str, Any]], Any], mode: str,
                           **pipeline_options: Any) -> tuple[dict[str, Any], list[Any]]:
    with OpenAIStubServer(responder=responder) as server:
        pipeline = Pipeline(backend(server.base_url, max_retries=0), **pipeline_options)
        summary = pipeline.run(doc) if mode == "sync" else asyncio.run(pipeline.arun(doc))
        assert not server.errors
        return comparable(summary), [r.json for r in server.chat_requests]


def comparable(summary: Summary) -> dict[str, Any]:
    """A summary without what differs between two runs of the same requests (time)."""
    data = summary.model_dump(mode="json")
    for moment in ("created_at", "latency_s"):
        data["provenance"].pop(moment)
    return data


@pytest.mark.parametrize("how", ["staged", "single", "windows"])
def test_arun_gives_the_summary_run_gives_from_the_same_requests(how: str) -> None:
    doc = read_document(SEED)
    responder = whole_responder if how == "single" else seed_responder
    options: dict[str, Any] = {"strategy": "single"} if how == "single" else {}
    if how == "windows":
        options["window_tokens"] = 250  # the seed in two or three windows
        assert len(Pipeline(backend("http://127.0.0.1:9/v1"), **options).windows(doc)) > 1
    summary, sent = summaries_and_requests(doc, responder, "sync", **options)
    assert sent and (summary["positions"] or summary["requests"])  # windows: re-asks, drops, notes
    assert summaries_and_requests(doc, responder, "async", **options) == (summary, sent)


def test_arun_replays_the_eval_recordings_exactly_as_run() -> None:
    # The recordings are keyed by every request's bytes: a request the async path sent differently
    # would miss (StoreMiss). No server: every answer must come from the recordings.
    evals = EvalSet(ROOT / "evals")
    store = RecordingStore(ROOT / "evals" / "recordings", replay_only=True)
    backend = OpenAIBackend(MODEL_ID, base_url="http://127.0.0.1:9/v1", store=store, max_retries=0)
    backend.decoding = EmbeddedBackend().decoding  # the recordings' keys: the embedded decoding
    pipeline = Pipeline(backend)

    def result(doc: Document, mode: str) -> Any:
        try:
            return comparable(pipeline.run(doc) if mode == "sync" else asyncio.run(pipeline.arun(doc)))
        except (BackendError, ValueError) as err:  # a failed document must fail the same way
            return f"{type(err).__name__}: {err}"

    replayed = 0
    for doc_id in evals.ids():
        doc = evals.document(doc_id)
        expected = result(doc, "sync")
        assert result(doc, "async") == expected, doc_id
        replayed += isinstance(expected, dict)
    assert replayed > len(evals.ids()) // 2  # not a comparison of two StoreMisses


def test_documents_overlap_on_one_event_loop() -> None:
    counter = InFlight(hold=0.1)
    with OpenAIStubServer(responder=counter) as server:
        pipeline = Pipeline(OpenAIBackend("test-model", base_url=server.base_url, timeout=10, max_retries=0))

        async def all_of_them() -> list[Summary]:
            slots = asyncio.Semaphore(6)  # as a caller bounds its own concurrency

            async def one(n: int) -> Summary:
                async with slots:
                    return await pipeline.arun(Document(id=f"d{n}", text=text_of(n)))
            return await asyncio.gather(*(one(n) for n in range(18)))

        started = time.monotonic()
        summaries = asyncio.run(all_of_them())
        took = time.monotonic() - started
    assert 1 < counter.most <= 6
    assert took < 18 * CALLS_PER_DOCUMENT * 0.1 / 2  # well under one document after another
    assert [s.document.id for s in summaries] == [f"d{n}" for n in range(18)] and all(s.requests for s in summaries)


@pytest.fixture
def corpus(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "corpus"
    for n in range(40):
        write_document(folder / f"doc{n:02d}.txt", n)
    (folder / "empty.txt").write_bytes(b"")
    yield folder


def test_batch_at_concurrency_writes_every_document_once(corpus: Path, tmp_path: Path) -> None:
    counter = InFlight(hold=0.05)
    settled: list[str] = []
    out = tmp_path / "out.jsonl"
    with OpenAIStubServer(responder=counter) as server:
        pipeline = Pipeline(OpenAIBackend("test-model", base_url=server.base_url, timeout=10, max_retries=0))
        report = run_batch(expand([str(corpus)]), out, pipeline, concurrency=8,
                           on_record=lambda status, _record: settled.append(status))
        calls = len(server.chat_requests)
    assert 1 < counter.most <= 8  # documents overlapped, never more than asked
    assert (report.ok, report.failed, report.exit_code) == (40, 1, 4)
    assert sorted(settled) == ["error"] + ["ok"] * 40
    lines = records(out)  # every line whole JSON, the last one included
    assert sorted(r["input"] for r in lines) == sorted(str(p) for p in corpus.iterdir())  # each input once
    (error,) = [r for r in lines if r["status"] == "error"]
    assert error["code"] == 4 and str(corpus / "empty.txt") in error["error"]
    for r in lines:
        if r["status"] == "ok":
            text = Path(r["input"]).read_text(encoding="utf-8")
            summary = Summary.model_validate(r["summary"], context={"text": text})
            assert summary.requests and summary.provenance.attempts == CALLS_PER_DOCUMENT
    assert calls == 40 * CALLS_PER_DOCUMENT
    assert sorted(set(counter.order)) == list(range(40))


def test_each_event_loop_gets_a_client_of_its_own() -> None:
    # `asummarise` callers may run a loop per call: a connection opened on a finished loop
    # cannot be used by the next one.
    with OpenAIStubServer(responder=answer) as server:
        pipeline = Pipeline(OpenAIBackend("test-model", base_url=server.base_url, timeout=10, max_retries=0))
        summaries = [asyncio.run(pipeline.arun(Document(id=f"d{n}", text=text_of(n)))) for n in range(3)]
        asked = [document_number(r.json) for r in server.chat_requests]
    assert asked == [0, 0, 1, 1, 2, 2] and all(s.requests for s in summaries)
