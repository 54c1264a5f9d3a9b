"""Benchmark: client overhead and concurrency of `summariser batch` against a slow endpoint.

    python -m bench.concurrency [--docs 1000] [--concurrency 32] [--delay 0.5]

A loopback OpenAI-compatible server (tests/openai_server.py) runs in a process of its own, so
its CPU is not counted, and answers every request with the drafts the pipeline asks for after a
fixed delay. The documents (tests/short_docs.py) are one sentence each, so each costs one parties
call and one sentence call, and each narrows the sentence schema to its own names, as real documents do. They
go through the real batch code path (`run_batch`: files on disk, JSON lines synced to disk), and
the benchmark prints wall time against the ideal

    ideal = documents x calls per document x delay / concurrency

(a document's calls follow one another; documents overlap), client CPU per document (user +
system time of this process, threads included, server excluded), and RSS at the start, after
100, 300 and 600 documents and at the end.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import resource
import tempfile
import time
from pathlib import Path
from typing import Any

from summariser.backends.openai_compat import OpenAIBackend
from summariser.batch import expand, run_batch
from summariser.pipeline import Pipeline
from tests import short_docs


def serve(delay: float, ready: Any, stop: Any) -> None:
    """The loopback server, in its own process: its CPU stays out of the client's numbers."""
    from tests.openai_server import OpenAIStubServer

    with OpenAIStubServer(responder=short_docs.answer, delay=delay) as server:
        ready.put(server.base_url)
        stop.wait()


def rss_mb() -> float:
    """Resident memory now (not the peak), from /proc."""
    pages = int(Path("/proc/self/statm").read_text().split()[1])
    return pages * resource.getpagesize() / 2**20


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=1000)
    parser.add_argument("--concurrency", type=int, default=32)
    parser.add_argument("--delay", type=float, default=0.5, help="seconds the server takes per answer")
    args = parser.parse_args(argv)

    spawn = multiprocessing.get_context("spawn")
    ready, stop = spawn.Queue(), spawn.Event()
    server = spawn.Process(target=serve, args=(args.delay, ready, stop), daemon=True)
    server.start()
    base_url = ready.get(timeout=60)
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        corpus.mkdir()
        for n in range(args.docs):
            short_docs.write_document(corpus / f"doc{n:05d}.txt", n)
        output = Path(tmp) / "results.jsonl"
        pipeline = Pipeline(OpenAIBackend("bench-model", base_url=base_url, timeout=60, max_retries=0))
        rss = {"start": rss_mb()}
        settled = 0

        def sample(_status: str, _record: dict | None) -> None:
            nonlocal settled
            settled += 1
            if settled in (100, 300, 600):  # the caches fill over the first few hundred, then it stays flat
                rss[f"after {settled}"] = rss_mb()

        before, wall = resource.getrusage(resource.RUSAGE_SELF), time.perf_counter()
        report = run_batch(expand([str(corpus)]), output, pipeline, concurrency=args.concurrency, on_record=sample)
        after, wall = resource.getrusage(resource.RUSAGE_SELF), time.perf_counter() - wall
        rss["end"] = rss_mb()
        records = [json.loads(line) for line in output.open(encoding="utf-8")]
    calls = sum(r["summary"]["provenance"]["attempts"] for r in records if r["status"] == "ok")
    for problem in sorted({r["error"] for r in records if r["status"] == "error"})[:5]:
        print(f"failed: {problem}")
    stop.set()
    server.join(timeout=10)

    per_doc = calls / max(1, report.ok)
    ideal = args.docs * per_doc * args.delay / args.concurrency
    print(f"documents: {args.docs}, {report.ok} ok, {report.failed} failed; {calls} calls ({per_doc:g} per document: "
          f"parties + one sentence); concurrency {args.concurrency}; server delay {args.delay * 1000:.0f} ms")
    print(f"wall: {wall:.2f} s; ideal {args.docs} x {per_doc:g} x {args.delay:g} s / {args.concurrency} = "
          f"{ideal:.2f} s; {100 * ideal / wall:.1f}% of ideal (target 85%)")
    user, system = after.ru_utime - before.ru_utime, after.ru_stime - before.ru_stime
    print(f"client CPU: {1000 * (user + system) / args.docs:.2f} ms per document, {1000 * (user + system) / calls:.2f}"
          f" ms per call (user {user:.2f} s + system {system:.2f} s; target < 5 ms per document)")
    print("RSS: " + ", ".join(f"{k} {v:.0f} MB" for k, v in rss.items())
          + f"; peak {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
