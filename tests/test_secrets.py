"""A canary API key goes to the server (it must) and nowhere else: not into summaries and their
provenance, the response cache, eval recordings, log records, or any error line of the CLI.
Backend error messages are checked on every failure in test_openai_backend.py."""

from __future__ import annotations

import logging
import os
from pathlib import Path

import pytest

from summariser.backends.store import RecordingStore, ResponseStore, SqliteStore
from summariser.document import Document
from summariser.pipeline import Pipeline
from tests.conftest import SEED
from tests.openai_server import OpenAIStubServer, Reply
from tests.test_cli import run
from tests.test_openai_backend import CANARY, backend
from tests.test_pipeline_openai import responder


def files_holding(folder: Path, secret: str) -> list[str]:
    """Every file below `folder` whose bytes contain `secret` (sqlite pages, WAL, JSON ...)."""
    return [str(p) for p in folder.rglob("*") if p.is_file() and secret.encode() in p.read_bytes()]


@pytest.mark.parametrize("store_kind", ["sqlite_cache", "recordings"])
def test_summary_store_and_logs_never_hold_the_key(seed_doc: Document, tmp_path: Path, store_kind: str,
                                                   caplog: pytest.LogCaptureFixture) -> None:
    store: ResponseStore = (SqliteStore(tmp_path / "responses.sqlite") if store_kind == "sqlite_cache"
                            else RecordingStore(tmp_path / "recordings"))
    caplog.set_level(logging.DEBUG)  # openai, httpx, instructor: whatever they log at any level
    with OpenAIStubServer(responder=responder) as server:
        pipeline = Pipeline(backend(server.base_url, max_retries=0, store=store))
        summary = pipeline.run(seed_doc)
        again = pipeline.run(seed_doc)  # answered from the store
    assert server.chat_requests[0].headers["authorization"] == f"Bearer {CANARY}"  # it was really used
    assert again.provenance.input_sha256 == summary.provenance.input_sha256
    assert list(tmp_path.rglob("*")), "the store wrote nothing"
    assert files_holding(tmp_path, CANARY) == []
    assert CANARY not in summary.model_dump_json() and CANARY not in again.model_dump_json()
    assert caplog.records and CANARY not in caplog.text


@pytest.mark.parametrize("status", [401, 500])
def test_cli_errors_never_show_the_key_even_when_the_server_echoes_it(tmp_path: Path, status: int) -> None:
    echo = {"error": {"message": f"Incorrect API key provided: {CANARY}", "type": "invalid_request_error"}}
    env = {**os.environ, "OPENAI_API_KEY": CANARY, "SUMMARISER_CACHE_DIR": str(tmp_path)}
    with OpenAIStubServer([Reply(status=status, headers={"x-should-retry": "false"}, body=echo)] * 3) as server:
        out = run("summarise", str(SEED), "--model", "m", "--base-url", server.base_url, env=env)
    assert out.returncode == 1 and f"HTTP {status}" in out.stderr and "***" in out.stderr
    assert CANARY not in out.stderr and CANARY not in out.stdout
    assert files_holding(tmp_path, CANARY) == []


def test_cli_output_and_cache_never_hold_the_key(tmp_path: Path) -> None:
    env = {**os.environ, "OPENAI_API_KEY": CANARY, "SUMMARISER_CACHE_DIR": str(tmp_path)}
    with OpenAIStubServer(responder=responder) as server:
        out = run("summarise", str(SEED), "--model", "m", "--base-url", server.base_url, env=env)
    assert out.returncode == 0, out.stderr
    assert server.chat_requests[0].headers["authorization"] == f"Bearer {CANARY}"
    assert (tmp_path / "responses.sqlite").is_file()  # the cache was on
    assert CANARY not in out.stdout and CANARY not in out.stderr
    assert files_holding(tmp_path, CANARY) == []
