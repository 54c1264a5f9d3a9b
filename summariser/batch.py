"""Whole corpora: many documents into one JSON Lines file, concurrently, kill-safe, resumable.

    report = run_batch(expand(["docs/", "archive/*.md"]), Path("results.jsonl"), pipeline, concurrency=16)

One line per document, in the order documents finish:

    {"input": "docs/a.txt", "input_sha256": "9f2c...", "status": "ok", "summary": {...the contract...}}
    {"input": "b.txt", "input_sha256": null, "status": "error", "code": 4, "error": "b.txt: the file is empty"}

A line reaches the disk whole (one write, then fsync) before its document counts as done, so a
run killed at any moment keeps every finished document; only the line being written can be
torn. `resume=True` keeps the ok lines, drops error lines and a torn last line (failed documents
are tried again), and summarises only inputs whose content hash has no ok line yet.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import glob
import json
import os
import re
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from summariser.document import DocumentError, read_document
from summariser.failures import failure
from summariser.pipeline import Pipeline

GLOB = re.compile(r"[*?[]")  # what makes an argument a pattern
TEXT_SUFFIXES = (".txt", ".md")  # what a directory contributes; files named explicitly are always read
DEFAULT_CONCURRENCY = 8
Record = dict[str, Any]
# Called once per input as it is settled: ("ok" | "error", its record) or ("skipped", None), from
# the worker thread that settled it, never two calls at once.
OnRecord = Callable[[str, Record | None], None]


class BatchError(RuntimeError):
    """The run cannot start or go on (its output file is in the way or damaged)."""


@dataclass(frozen=True)
class Input:
    path: str
    problem: DocumentError | None = None  # known before reading: a pattern or directory with no documents


def expand(paths: Iterable[str]) -> list[Input]:
    """Files as given, directories walked for .txt/.md, glob patterns expanded here (so a quoted
    `'docs/*.txt'` works too), in a stable order, each file once however often it is named."""
    inputs: list[Input] = []
    seen: set[str] = set()

    def add(item: Input) -> None:
        key = os.path.realpath(item.path)
        if key not in seen:
            seen.add(key)
            inputs.append(item)

    for raw in paths:
        candidates = [raw]
        if GLOB.search(raw) and not os.path.exists(raw):
            candidates = sorted(glob.glob(raw, recursive=True))
            if not candidates:
                add(Input(raw, DocumentError(raw, "no file matches this pattern", 2)))
        for path in candidates:
            if not os.path.isdir(path):
                add(Input(path))
                continue
            files = list(_walk(path))
            if not files:
                add(Input(path, DocumentError(path, "the directory holds no .txt or .md file", 2)))
            for file in files:
                add(Input(file))
    return inputs


def _walk(directory: str) -> Iterator[str]:
    """Text files below `directory`, sorted, skipping hidden files and folders (.git and such)."""
    for root, dirs, files in os.walk(directory):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith(".") and name.lower().endswith(TEXT_SUFFIXES):
                yield os.path.join(root, name)


class Journal:
    """The output file: append-only JSON lines, each on disk before its document counts as done.

    Safe to append from many threads: a lock keeps each line whole and apart (one write each,
    then fsync), and once closed it writes nothing more, so a worker that finishes after the run
    was stopped cannot write into a descriptor the process has since reused."""

    def __init__(self, path: Path, *, resume: bool) -> None:
        self.path = path
        self.done: set[str] = set()  # input_sha256 of every document with an ok line
        self._lock = threading.Lock()
        self._fd: int | None = None
        try:
            if path.exists() and (path.is_dir() or path.stat().st_size):
                if not resume:
                    raise BatchError(f"{path}: already exists; --resume finishes that run, or choose another file")
                self.done = _recover(path)
            path.parent.mkdir(parents=True, exist_ok=True)
            self._fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
            _fsync_directory(path.parent)  # the file's name survives a crash too, not just its lines
        except OSError as err:  # a directory, no permission, a full disk: one line, no traceback
            raise BatchError(f"{path}: cannot be used as the output ({err.strerror or err})") from None

    def append(self, record: Record) -> None:
        data = memoryview((json.dumps(record, ensure_ascii=False) + "\n").encode("utf-8"))
        with self._lock:
            if self._fd is None:  # closed: the run has stopped, and this document is not done
                return
            while data:  # one write in practice; a short write (disk full, signal) carries on
                data = data[os.write(self._fd, data) :]
            os.fsync(self._fd)

    def close(self) -> None:
        with self._lock:
            if self._fd is not None:
                os.close(self._fd)
                self._fd = None


def _recover(path: Path) -> set[str]:
    """The hashes of the ok lines of an interrupted run. Error lines and a torn last line are
    removed by an atomic rewrite, so the file again holds one whole line per document."""
    done: set[str] = set()
    clean = True
    with path.open("rb") as f:
        for number, line in enumerate(f, 1):
            sha256 = _ok_hash(line)
            if sha256 is not None:
                done.add(sha256)
            elif line.endswith(b"\n") and _parse(line) is None:
                # Only the last line can be torn (a line's newline is the last byte of its one
                # write); a broken line before it was not written by us.
                raise BatchError(f"{path}: line {number} is not a JSON record; not resuming over a damaged file")
            clean = clean and sha256 is not None and line.endswith(b"\n")
    if not clean:  # an error line (tried again now) or the torn tail of a killed run
        temporary = path.with_name(path.name + ".resume-tmp")
        with path.open("rb") as f, temporary.open("wb") as out:
            out.writelines(line.rstrip(b"\n") + b"\n" for line in f if _ok_hash(line) is not None)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, path)
        _fsync_directory(path.parent)
    return done


def _ok_hash(line: bytes) -> str | None:
    """The input hash of a whole ok record, else None (an error record, a torn line)."""
    record = _parse(line)
    ok = record is not None and record.get("status") == "ok" and isinstance(record.get("input_sha256"), str)
    return record["input_sha256"] if ok else None  # type: ignore[index]


def _parse(line: bytes) -> Record | None:
    try:
        record = json.loads(line)
    except ValueError:
        return None
    return record if isinstance(record, dict) else None


def _fsync_directory(directory: Path) -> None:
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@dataclass
class BatchReport:
    ok: int = 0
    failed: int = 0
    skipped: int = 0  # already done in the run being resumed
    failures: dict[int, int] = field(default_factory=dict)  # input index -> exit code

    @property
    def exit_code(self) -> int:
        """0 when nothing failed, else the code of the first failed input (as `summarise`)."""
        return self.failures[min(self.failures)] if self.failures else 0


def summarise_input(pipeline: Pipeline, item: Input, done: set[str]) -> Record | None:
    """One input's record, or None when its content already has an ok line."""
    sha256 = None
    try:
        if item.problem is not None:
            raise item.problem
        doc = read_document(item.path)
        sha256 = doc.sha256
        if sha256 in done:
            return None
        summary = pipeline.run(doc)
    except Exception as err:  # noqa: BLE001 - one document's failure, even a bug, must not end the run
        code, reason = failure(item.path, err)
        return {"input": item.path, "input_sha256": sha256, "status": "error", "code": code, "error": reason}
    return {"input": item.path, "input_sha256": sha256, "status": "ok", "summary": summary.model_dump(mode="json")}


async def arun_batch(inputs: Sequence[Input], output: Path, pipeline: Pipeline, *,
                     concurrency: int = DEFAULT_CONCURRENCY, resume: bool = False,
                     on_record: OnRecord | None = None) -> BatchReport:
    """Summarise `inputs` (from `expand`) into `output`, `concurrency` documents at a time. A
    backend that must serialise (the embedded model: one model, one KV cache) takes one at a time."""
    journal = Journal(output, resume=resume)
    workers = 1 if pipeline.backend.serial else max(1, concurrency)
    # The pipeline is synchronous and the OpenAI client shared (one connection pool), so each
    # document runs on a thread of a pool as wide as the concurrency; the default executor
    # (`Pipeline.arun`) is capped at a few threads on a small machine. Each thread takes its
    # next input itself and writes its document's line itself (the journal's lock keeps lines
    # apart), so a slow fsync never holds up the event loop. Handing every document to a thread
    # through the event loop, and its line to a writer thread, took four more thread wake-ups
    # per document: twice the context switches, each a cold start for the CPU's caches.
    pool = ThreadPoolExecutor(workers, thread_name_prefix="summarise")
    loop = asyncio.get_running_loop()
    report = BatchReport()
    pending = iter(enumerate(inputs))
    lock = threading.Lock()  # guards `pending`, `report` and the calls to `on_record`
    stopped = threading.Event()  # the run ended early (an error, a cancel): take no more inputs

    def work() -> None:
        while not stopped.is_set():
            with lock:
                taken = next(pending, None)  # one shared iterator: each input goes to exactly one worker
            if taken is None:
                return
            index, item = taken
            record = summarise_input(pipeline, item, journal.done)
            if record is not None:
                journal.append(record)  # on disk before the document counts as done
            with lock:
                if stopped.is_set():  # the run has ended: nobody is counting any more
                    return
                if record is None:
                    report.skipped += 1
                elif record["status"] == "ok":
                    report.ok += 1
                else:
                    report.failed += 1
                    report.failures[index] = record["code"]
                if on_record is not None:
                    on_record(record["status"] if record else "skipped", record)

    try:
        with _long_lived_frozen():
            await asyncio.gather(*(loop.run_in_executor(pool, work) for _ in range(min(workers, len(inputs)))))
    finally:
        stopped.set()
        pool.shutdown(wait=False, cancel_futures=True)
        journal.close()  # waits for a line being written; a worker still running writes none
    return report


@contextlib.contextmanager
def _long_lived_frozen() -> Iterator[None]:
    """Keep what is alive when a run starts (the modules, the pipeline and its caches: some 150k
    objects) out of the garbage collector's full passes until it ends. Each document leaves
    cyclic garbage, so full passes come every few hundred documents, and each re-scanned all of
    those objects: about 0.1 s of CPU, a quarter of a millisecond per document (measured when
    each document still built a model class of its own). A caller that freezes objects itself
    is left to it."""
    if gc.get_freeze_count():
        yield
        return
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def run_batch(inputs: Sequence[Input], output: Path, pipeline: Pipeline, *,
              concurrency: int = DEFAULT_CONCURRENCY, resume: bool = False,
              on_record: OnRecord | None = None) -> BatchReport:
    """Synchronous twin of `arun_batch` (runs its own event loop)."""
    return asyncio.run(arun_batch(inputs, output, pipeline, concurrency=concurrency, resume=resume,
                                  on_record=on_record))
