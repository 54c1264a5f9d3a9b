"""Bad files through the `summariser` command: one line naming the file, a distinct exit code
per kind of problem, and the other documents of the same run still summarised. Single files go
through the Typer app in-process (fast); runs of many files and stdin through the installed script.

Reading-level details (dateline, offsets, the messages themselves) are in test_document.py.
"""

from __future__ import annotations

import os
import time
import tracemalloc
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from summariser.cli import app
from summariser.document import LIMIT_ENV, MAX_BYTES, DocumentError, read_document
from summariser.schema import Summary
from tests.conftest import SEED
from tests.openai_server import OpenAIStubServer
from tests.test_cli import run
from tests.test_pipeline_openai import responder

TWENTY_MB = 20_000_000
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10"
# A PDF can be all ASCII (no NUL, valid UTF-8): only its signature gives it away.
PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"

# name -> (how to make it, exit code, what the one error line says)
BAD_FILES: dict[str, tuple[str, int, str]] = {
    "missing": ("missing", 2, "no such file"),
    "directory": ("directory", 2, "is a directory"),
    "empty": ("empty", 4, "the file is empty"),
    "whitespace": ("whitespace", 4, "nothing but white space"),
    "png": ("png", 5, "binary content (a PNG image)"),
    "pdf": ("pdf", 5, "binary content (a PDF document)"),
    "latin1": ("latin1", 5, "not valid UTF-8"),
    "line_2mb": ("line_2mb", 6, "the limit is 2,000,000"),
    "file_20mb": ("file_20mb", 6, "file is 20,000,000 bytes"),
}


def make_bad_file(kind: str, folder: Path) -> Path:
    path = folder / f"{kind}.txt"
    if kind == "missing":
        return path
    if kind == "directory":
        path.mkdir()
        return path
    contents = {
        "empty": b"",
        "whitespace": b"  \r\n\t \n   \n",
        "png": PNG,
        "pdf": PDF,
        "latin1": "Déclaration du ministère des Affaires étrangères.".encode("latin-1"),
        "line_2mb": b"word " * (2 * 1024 * 1024 // 5),  # one line of 2 MiB, no line break
    }
    if kind == "file_20mb":
        with path.open("wb") as f:
            f.truncate(TWENTY_MB)  # sparse: 20 MB on paper, nothing written
        return path
    path.write_bytes(contents[kind])
    return path


@pytest.fixture
def server() -> Iterator[OpenAIStubServer]:
    with OpenAIStubServer(responder=responder) as s:
        yield s


def one_error_line(stderr: str) -> str:
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "Traceback" not in stderr, stderr
    return lines[0]


@pytest.mark.parametrize("kind", [k for k in BAD_FILES if k not in ("missing", "empty")])  # those two: test_cli
def test_each_bad_file_alone_gets_one_line_and_its_exit_code(tmp_path: Path, kind: str) -> None:
    _, code, says = BAD_FILES[kind]
    path = make_bad_file(kind, tmp_path)
    started = time.perf_counter()
    out = CliRunner().invoke(app, ["summarise", str(path), "--model", "m", "--base-url", "http://127.0.0.1:9/v1"])
    assert time.perf_counter() - started < 10  # refused, never read through or sent to a model
    assert out.exit_code == code, out.stderr
    line = one_error_line(out.stderr)
    assert line.startswith(f"error {path}: ") and says in line and out.stdout == ""


def test_unreadable_file_is_refused_with_exit_2(tmp_path: Path) -> None:
    locked = tmp_path / "locked.txt"
    locked.write_text("The minister urged restraint.", encoding="utf-8")
    locked.chmod(0)
    if os.access(locked, os.R_OK):
        pytest.skip("running as root (or with CAP_DAC_OVERRIDE): chmod 0 does not stop reading")
    out = CliRunner().invoke(app, ["summarise", str(locked)])
    assert out.exit_code == 2
    assert one_error_line(out.stderr) == f"error {locked}: permission denied"


def test_utf16_with_bom_is_decoded_and_summarised(tmp_path: Path, server: OpenAIStubServer) -> None:
    text = SEED.read_text(encoding="utf-8")
    u16 = tmp_path / "seed_utf16.txt"
    u16.write_bytes(text.encode("utf-16"))  # BOM first
    out = run("summarise", str(u16), "--model", "m", "--base-url", server.base_url, "--no-cache")
    assert out.returncode == 0, out.stderr
    summary = Summary.model_validate_json(out.stdout, context={"text": text})  # offsets index the decoded text
    assert summary.requests and summary.provenance.input_sha256 == read_document(SEED).sha256


def test_bad_files_in_a_run_do_not_stop_the_good_ones(tmp_path: Path, server: OpenAIStubServer) -> None:
    bad = {kind: make_bad_file(kind, tmp_path) for kind in BAD_FILES}
    u16 = tmp_path / "seed_utf16.txt"
    u16.write_bytes(SEED.read_text(encoding="utf-8").encode("utf-16"))
    paths = [str(bad["png"]), str(SEED), *map(str, bad.values()), str(u16)]
    out_dir = tmp_path / "out"
    out = run("summarise", *dict.fromkeys(paths), "-o", str(out_dir), "--model", "m",
              "--base-url", server.base_url, "--no-cache")
    assert out.returncode == 5  # the first failure's code (the PNG)
    errors = [line for line in out.stderr.splitlines() if line.startswith("error")]
    assert len(errors) == len(bad) and "Traceback" not in out.stderr
    for line, (kind, path) in zip(errors, [("png", bad["png"]), *[(k, p) for k, p in bad.items() if k != "png"]],
                                  strict=True):
        assert line.startswith(f"error {path}: ") and BAD_FILES[kind][2] in line
    assert sorted(p.name for p in out_dir.iterdir()) == sorted([f"{SEED.stem}.json", "seed_utf16.json"])
    for written in out_dir.iterdir():
        Summary.model_validate_json(written.read_text(encoding="utf-8"))


def test_twenty_mb_are_refused_without_reading_them(tmp_path: Path) -> None:
    big = make_bad_file("file_20mb", tmp_path)
    tracemalloc.start()
    try:
        with pytest.raises(DocumentError) as info:
            read_document(big)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert info.value.code == 6 and peak < 1_000_000


def test_twenty_mb_on_stdin_are_refused_after_reading_the_limit(tmp_path: Path) -> None:
    started = time.perf_counter()
    out = run("summarise", "-", stdin="x" * TWENTY_MB)
    assert time.perf_counter() - started < 30
    assert out.returncode == 6
    assert one_error_line(out.stderr) == f"error -: input exceeds the limit of {MAX_BYTES:,} bytes ({LIMIT_ENV})"


def test_an_endless_device_is_refused_not_read_forever() -> None:
    if not Path("/dev/zero").exists():
        pytest.skip("no /dev/zero on this system")
    with pytest.raises(DocumentError) as info:
        read_document("/dev/zero")  # its size says 0; a bounded read stops at the limit
    assert info.value.code == 6


def test_the_limit_is_configurable_and_a_bad_setting_is_one_clear_error(tmp_path: Path) -> None:
    doc = tmp_path / "call.txt"
    doc.write_text("The minister urged restraint. " * 200, encoding="utf-8")  # 6,000 bytes
    out = CliRunner().invoke(app, ["summarise", str(doc)], env={LIMIT_ENV: "1_000"})
    assert out.exit_code == 6
    assert one_error_line(out.stderr) == f"error {doc}: file is 6,000 bytes; the limit is 1,000 ({LIMIT_ENV})"
    out = CliRunner().invoke(app, ["summarise", str(doc)], env={LIMIT_ENV: "two megabytes"})
    assert out.exit_code == 3
    assert one_error_line(out.stderr) == f"error {doc}: {LIMIT_ENV}='two megabytes' is not a positive number of bytes"
    assert read_document(doc, max_bytes=10_000).text.startswith("The minister")


@pytest.mark.parametrize(
    "text",
    [
        "word " * 390_000 + "end.",  # a single line just under 2 MB
        "a\n" * 990_000,  # short lines: once took minutes (the rest of the text copied per line)
        "Heading\n" + "\n" * 1_900_000 + "Body.",
    ],
    ids=["one_line", "short_lines", "blank_lines"],
)
def test_near_limit_documents_are_read_and_split_quickly(tmp_path: Path, text: str) -> None:
    path = tmp_path / "near.txt"
    path.write_text(text, encoding="utf-8")
    assert path.stat().st_size <= MAX_BYTES
    started = time.perf_counter()
    doc = read_document(path)
    assert time.perf_counter() - started < 10
    assert all(doc.text[s.start : s.end] == s.text for s in doc.sentences)
