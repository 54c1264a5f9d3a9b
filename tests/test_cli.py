"""The command line, run through its installed entry point against a loopback model server."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from summariser.schema import Summary
from tests.conftest import SEED
from tests.openai_server import OpenAIStubServer
from tests.test_pipeline_openai import responder

ENTRY = Path(sys.executable).parent / "summariser"


def run(*args: str, stdin: str | None = None, env: dict | None = None) -> subprocess.CompletedProcess:
    command = [str(ENTRY)] if ENTRY.exists() else [sys.executable, "-m", "summariser"]
    return subprocess.run([*command, *args], input=stdin, capture_output=True, text=True, timeout=120, env=env)


@pytest.fixture
def server():
    with OpenAIStubServer(responder=responder) as s:
        yield s


def test_help_teaches_every_command():
    out = run("--help")
    assert out.returncode == 0
    for command in ("summarise", "schema", "eval"):
        assert command in out.stdout
    sub = run("summarise", "--help")
    assert "--format" in sub.stdout and "--model" in sub.stdout and "OPENAI_BASE_URL" in sub.stdout


def test_schema_prints_the_contract():
    out = run("schema")
    schema = json.loads(out.stdout)
    assert schema["title"] == "Summary" and "contested_claims" in schema["properties"]


def test_summarise_seed_to_stdout_as_valid_grounded_json(server):
    out = run("summarise", str(SEED), "--model", "test-model", "--base-url", server.base_url, "--no-cache")
    assert out.returncode == 0, out.stderr
    summary = Summary.model_validate_json(out.stdout, context={"text": SEED.read_text(encoding="utf-8")})
    assert summary.provenance.backend == "openai" and summary.requests


def test_stdin_input(server):
    out = run("summarise", "-", "--model", "test-model", "--base-url", server.base_url, "--no-cache",
              stdin=SEED.read_text(encoding="utf-8"))
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)["document"]["id"] == "stdin"


def test_batch_to_directory_in_markdown_keeps_going_past_bad_files(server, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    out_dir = tmp_path / "out"
    out = run("summarise", str(empty), str(SEED), str(tmp_path / "missing.txt"), "-o", str(out_dir),
              "--format", "markdown", "--model", "test-model", "--base-url", server.base_url, "--no-cache")
    assert out.returncode == 4  # the first failure's code: an empty file
    errors = [line for line in out.stderr.splitlines() if line.startswith("error")]
    assert len(errors) == 2
    assert str(empty) in errors[0] and "empty" in errors[0]
    assert "missing.txt" in errors[1] and "no such file" in errors[1]
    markdown = (out_dir / f"{SEED.stem}.md").read_text(encoding="utf-8")
    assert "## Requests" in markdown and "“called for a ceasefire”" in markdown


def test_missing_file_alone_exits_2_with_one_line():
    out = run("summarise", "/nonexistent/readout.txt")
    assert out.returncode == 2
    assert out.stderr.strip() == "error /nonexistent/readout.txt: no such file"


def test_unreachable_endpoint_fails_cleanly(tmp_path):
    out = run("summarise", str(SEED), "--model", "m", "--base-url", "http://127.0.0.1:9/v1", "--no-cache")
    assert out.returncode == 1
    assert "cannot connect" in out.stderr and "Traceback" not in out.stderr
