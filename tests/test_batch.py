"""`summariser batch`: a corpus into JSON Lines against the loopback model server, through the
installed command (and the Python API where a test needs to look inside): error records,
kill -9 and --resume, concurrent documents, 429 with Retry-After, one document at a time on a
backend that must serialise."""

from __future__ import annotations

import hashlib
import json
import os
import signal
import subprocess
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from summariser.backends.openai_compat import OpenAIBackend
from summariser.batch import expand, run_batch
from summariser.pipeline import Pipeline
from summariser.schema import Summary
from tests.openai_server import OpenAIStubServer, Reply
from tests.short_docs import CALLS_PER_DOCUMENT, answer, document_number, write_document
from tests.test_cli import ENTRY, run


def records(path: Path) -> list[dict[str, Any]]:
    data = path.read_bytes()
    assert data.endswith(b"\n"), "every line is whole, the last one included"
    return [json.loads(line) for line in data.splitlines()]


def corpus(folder: Path, count: int) -> Path:
    for n in range(count):
        write_document(folder / f"doc{n:02d}.txt", n)
    return folder


def batch(server: OpenAIStubServer, *args: str) -> subprocess.CompletedProcess:
    return run("batch", *args, "--model", "test-model", "--base-url", server.base_url, "--no-cache")


def pipeline(server: OpenAIStubServer) -> Pipeline:
    return Pipeline(OpenAIBackend("test-model", base_url=server.base_url, timeout=10, max_retries=0))


class InFlight:
    """A responder that holds each answer a moment and counts how many requests overlap."""

    def __init__(self, hold: float) -> None:
        self.hold, self.now, self.most = hold, 0, 0
        self.order: list[int] = []  # the document of each request, in arrival order
        self._lock = threading.Lock()

    def __call__(self, request: dict[str, Any]) -> str:
        with self._lock:
            self.now += 1
            self.most = max(self.most, self.now)
            self.order.append(document_number(request))
        try:
            time.sleep(self.hold)
            return answer(request)
        finally:
            with self._lock:
                self.now -= 1


@pytest.fixture
def server() -> Iterator[OpenAIStubServer]:
    with OpenAIStubServer(responder=answer) as s:
        yield s


def test_mixed_batch_gives_one_record_per_input(server: OpenAIStubServer, tmp_path: Path) -> None:
    good = write_document(tmp_path / "good.txt", 1)
    folder = tmp_path / "folder"
    write_document(folder / "a.txt", 2)
    write_document(folder / "nested" / "b.md", 3)
    (folder / "notes.json").write_text("{}")  # not .txt/.md: a directory does not contribute it
    (folder / ".hidden.txt").write_text("x")
    write_document(tmp_path / "globbed" / "c.txt", 4)
    write_document(tmp_path / "globbed" / "d.txt", 5)
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (tmp_path / "no-text").mkdir()
    out = tmp_path / "results.jsonl"
    # The pattern reaches the command unexpanded, as it does when quoted in a shell.
    args = [str(good), str(tmp_path / "missing.txt"), str(folder), str(tmp_path / "globbed" / "*.txt"),
            str(tmp_path / "empty.txt"), str(tmp_path / "image.txt"), str(tmp_path / "no-text"), str(good)]

    result = batch(server, *args, "-o", str(out), "--concurrency", "3")

    assert result.returncode == 2, result.stderr  # the first failed input's code: the missing file
    assert "Traceback" not in result.stderr and "5 ok, 4 failed" in result.stderr
    lines = records(out)
    by_input = {r["input"]: r for r in lines}
    assert len(by_input) == len(lines) == 9  # `good` was named twice: summarised once
    ok = {Path(k).name for k, r in by_input.items() if r["status"] == "ok"}
    assert ok == {"good.txt", "a.txt", "b.md", "c.txt", "d.txt"}
    for name, r in by_input.items():
        if r["status"] == "ok":
            text = Path(name).read_text(encoding="utf-8")
            assert r["input_sha256"] == hashlib.sha256(text.encode("utf-8")).hexdigest()
            summary = Summary.model_validate(r["summary"], context={"text": text})
            assert summary.requests and summary.provenance.input_sha256 == r["input_sha256"]
    errors = {Path(k).name: (r["code"], r["error"]) for k, r in by_input.items() if r["status"] == "error"}
    assert errors.keys() == {"missing.txt", "empty.txt", "image.txt", "no-text"}
    assert errors["missing.txt"][0] == 2 and "no such file" in errors["missing.txt"][1]
    assert errors["empty.txt"][0] == 4 and "empty" in errors["empty.txt"][1]
    assert errors["image.txt"][0] == 5 and "not text" in errors["image.txt"][1]
    assert errors["no-text"][0] == 2 and "no .txt or .md" in errors["no-text"][1]
    for name, (_, reason) in errors.items():
        assert name in reason and "\n" not in reason  # one line that names the file
        assert f"error {tmp_path / name}" in result.stderr


def test_kill_minus_nine_then_resume_finishes_every_document_once(tmp_path: Path) -> None:
    total = 16
    folder = corpus(tmp_path / "corpus", total)
    out = tmp_path / "results.jsonl"
    with OpenAIStubServer(responder=answer, delay=0.1) as server:
        command = [str(ENTRY), "batch", str(folder), "-o", str(out), "--concurrency", "2",
                   "--model", "test-model", "--base-url", server.base_url, "--no-cache"]
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 60
        while not (out.exists() and out.read_bytes().count(b"\n") >= 3) and time.monotonic() < deadline:
            assert process.poll() is None, "the batch ended before it could be killed"
            time.sleep(0.005)
        os.kill(process.pid, signal.SIGKILL)  # mid-run: two documents are half-way through their calls
        assert process.wait(timeout=10) == -signal.SIGKILL

        before = records(out)  # every line whole JSON
        assert 3 <= len(before) < total and all(r["status"] == "ok" for r in before)
        finished = {int(Path(r["input"]).stem.removeprefix("doc")) for r in before}
        calls_before_resume = len(server.chat_requests)

        resumed = batch(server, str(folder), "-o", str(out), "--resume", "--concurrency", "2")
        resumed_calls = [r.json for r in server.chat_requests[calls_before_resume:]]

    assert resumed.returncode == 0, resumed.stderr
    after = records(out)
    assert after[: len(before)] == before  # what was written stays, untouched
    assert sorted(r["input"] for r in after) == sorted(str(p) for p in folder.iterdir())  # each once
    assert all(r["status"] == "ok" for r in after)
    assert f"{len(before)} already done" in resumed.stderr
    redone = {document_number(call) for call in resumed_calls}
    assert redone == set(range(total)) - finished  # no finished document was asked about again
    assert len(resumed_calls) == CALLS_PER_DOCUMENT * len(redone)


def test_resume_drops_a_torn_line_and_retries_failed_documents(server: OpenAIStubServer, tmp_path: Path) -> None:
    first, later, fixed = tmp_path / "first.txt", tmp_path / "later.txt", tmp_path / "fixed.txt"
    write_document(first, 1)
    fixed.write_bytes(b"")  # fails now (empty), is mended before the resume
    out = tmp_path / "results.jsonl"

    report = run_batch(expand([str(first), str(fixed)]), out, pipeline(server))
    assert (report.ok, report.failed, report.exit_code) == (1, 1, 4)
    with out.open("ab") as f:
        f.write(b'{"input": "' + str(later).encode() + b'", "input_sha256": "ab')  # a write cut short by kill -9
    write_document(later, 2)
    write_document(fixed, 3)
    settled: list[str] = []

    report = run_batch(expand([str(first), str(fixed), str(later)]), out, pipeline(server), resume=True,
                       on_record=lambda status, _record: settled.append(status))

    assert (report.ok, report.failed, report.skipped, report.exit_code) == (2, 0, 1, 0)
    assert sorted(settled) == ["ok", "ok", "skipped"]
    lines = records(out)
    assert [r["status"] for r in lines] == ["ok"] * 3  # the error line and the torn tail are gone
    assert sorted(r["input"] for r in lines) == sorted([str(first), str(fixed), str(later)])


def test_an_existing_output_is_never_overwritten_without_resume(server: OpenAIStubServer, tmp_path: Path) -> None:
    out = tmp_path / "results.jsonl"
    out.write_text('{"input": "a.txt", "status": "ok"}\n')
    result = batch(server, str(write_document(tmp_path / "a.txt", 1)), "-o", str(out))
    assert result.returncode == 2 and "already exists" in result.stderr and "--resume" in result.stderr
    assert out.read_text() == '{"input": "a.txt", "status": "ok"}\n' and not server.chat_requests


def test_a_rerun_is_answered_from_the_cache_unless_told_not_to(server: OpenAIStubServer, tmp_path: Path) -> None:
    folder = corpus(tmp_path / "corpus", 3)
    env = {**os.environ, "SUMMARISER_CACHE_DIR": str(tmp_path / "cache")}
    endpoint = ["--model", "test-model", "--base-url", server.base_url, "--concurrency", "3"]

    def summaries(name: str, *flags: str) -> dict[str, Any]:
        result = run("batch", str(folder), "-o", str(tmp_path / name), *endpoint, *flags, env=env)
        assert result.returncode == 0, result.stderr
        return {r["input"]: r["summary"]["requests"] for r in records(tmp_path / name)}

    first = summaries("first.jsonl")
    assert len(server.chat_requests) == 3 * CALLS_PER_DOCUMENT
    assert summaries("again.jsonl") == first and len(server.chat_requests) == 3 * CALLS_PER_DOCUMENT
    assert summaries("fresh.jsonl", "--no-cache") == first and len(server.chat_requests) == 6 * CALLS_PER_DOCUMENT


def test_documents_run_concurrently_up_to_the_limit(tmp_path: Path) -> None:
    counter = InFlight(hold=0.1)
    with OpenAIStubServer(responder=counter) as server:
        result = batch(server, str(corpus(tmp_path / "corpus", 8)), "-o", str(tmp_path / "out.jsonl"),
                       "--concurrency", "4")
    assert result.returncode == 0, result.stderr
    assert 1 < counter.most <= 4
    assert [r["status"] for r in records(tmp_path / "out.jsonl")] == ["ok"] * 8


def test_a_run_that_ends_early_writes_nothing_after_it_ends(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Worker threads write their own lines: once a run has ended (here a callback that fails,
    # as a Ctrl-C would end it), the documents still in flight must neither write (the output's
    # descriptor is closed, and may already be another file's) nor be reported.
    settled: list[str] = []

    def fail_on_the_third(status: str, _record: dict[str, Any] | None) -> None:
        settled.append(status)
        if len(settled) == 3:
            raise RuntimeError("callback failed")

    out = tmp_path / "out.jsonl"
    with OpenAIStubServer(responder=InFlight(hold=0.2)) as server:
        with pytest.raises(RuntimeError, match="callback failed"):
            run_batch(expand([str(corpus(tmp_path / "corpus", 12))]), out, pipeline(server), concurrency=4,
                      on_record=fail_on_the_third)
        reported = len(settled)
        late_lines: list[int] = []  # descriptors a record went to after the run ended
        real_write = os.write

        def spy(fd: int, data: bytes) -> int:
            if b'"input_sha256"' in bytes(data):
                late_lines.append(fd)
            return real_write(fd, data)

        monkeypatch.setattr(os, "write", spy)
        time.sleep(1.0)  # the documents in flight when the run ended finish meanwhile
    assert late_lines == [] and len(settled) == reported
    lines = records(out)
    assert 3 <= len(lines) < 12 and all(line["status"] == "ok" for line in lines)


def test_a_serial_backend_takes_documents_one_at_a_time(server: OpenAIStubServer, tmp_path: Path) -> None:
    # The embedded engine is serial (one model, one KV cache that each document resets); an
    # OpenAI backend marked serial stands in for it here, without running the model.
    counter = InFlight(hold=0.01)
    server.responder = counter
    serial = pipeline(server)
    serial.backend.serial = True
    report = run_batch(expand([str(corpus(tmp_path / "corpus", 4))]), tmp_path / "out.jsonl", serial, concurrency=4)
    assert report.ok == 4 and counter.most == 1
    runs = [doc for i, doc in enumerate(counter.order) if i == 0 or counter.order[i - 1] != doc]
    assert sorted(runs) == [0, 1, 2, 3]  # each document's calls in one unbroken run: no interleaving


def test_429_with_retry_after_is_waited_out(tmp_path: Path) -> None:
    arrivals: list[tuple[float, int]] = []  # (when, which document)

    def limited(request: dict[str, Any]) -> Reply | str:
        arrivals.append((time.monotonic(), document_number(request)))
        if len(arrivals) == 1:
            return Reply(status=429, headers={"Retry-After": "2"}, body="rate limit: try again in 2 s")
        return answer(request)

    with OpenAIStubServer(responder=limited) as server:
        result = batch(server, str(corpus(tmp_path / "corpus", 2)), "-o", str(tmp_path / "out.jsonl"))
    assert result.returncode == 0, result.stderr
    assert [r["status"] for r in records(tmp_path / "out.jsonl")] == ["ok", "ok"]
    assert len(arrivals) == 2 * CALLS_PER_DOCUMENT + 1
    (limited_at, doc), *rest = arrivals
    retry_at = next(when for when, other in rest if other == doc)
    assert 2.0 <= retry_at - limited_at < 10  # the server's 2 s, not the client's own 0.5 s backoff
    assert all(when < retry_at for when, other in rest if other != doc)  # the other document did not wait


def test_help_states_the_record_format_and_exit_codes() -> None:
    out = run("batch", "--help")
    assert out.returncode == 0
    for word in ("--concurrency", "--resume", "--no-cache", "input_sha256", "Exit code"):
        assert word in out.stdout
