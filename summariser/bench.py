"""Benchmark: summarise one document with the embedded model, one warm-up then N timed runs.

    python -m summariser.bench [PATH] [--runs 3]

Prints seconds per summary, prompt and completion tokens, and peak RSS. Run it alone on the
machine: two model processes on two cores slow each other down to a crawl.

Before each timed run another document is summarised (untimed), as in a batch: llama.cpp
keeps the previous prompt's cache, and the same document twice in a row would find its own
text cached and look faster than any new document. `--same` times back-to-back repeats.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import time
from pathlib import Path

from summariser.backends.embedded import EmbeddedBackend
from summariser.document import read_document
from summariser.pipeline import Pipeline

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_36ce6cf3a139d41a.txt"
BETWEEN = ROOT / "evals" / "docs" / "018_morocco_mfa_response.txt"


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux reports KiB


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("path", nargs="?", type=Path, default=SEED)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--between", type=Path, default=BETWEEN, help="document summarised before each timed run")
    parser.add_argument("--same", action="store_true", help="time back-to-back repeats of the same document")
    args = parser.parse_args(argv)
    doc = read_document(args.path)
    between = None if args.same else read_document(args.between)
    pipeline = Pipeline(EmbeddedBackend())  # no response cache: every run is a real one
    started = time.perf_counter()
    warm = pipeline.run(doc)
    print(f"warm-up (model load + first run): {time.perf_counter() - started:.1f} s, "
          f"{len(warm.items())} items, {len(warm.parties)} parties")
    seconds, prompt, completion = [], [], []
    for n in range(1, args.runs + 1):
        if between is not None:
            pipeline.run(between)
        started = time.perf_counter()
        summary = pipeline.run(doc)
        seconds.append(time.perf_counter() - started)
        prompt.append(summary.provenance.prompt_tokens)
        completion.append(summary.provenance.completion_tokens)
        print(f"run {n}: {seconds[-1]:.1f} s, prompt tokens {prompt[-1]} (most reused from llama.cpp's cache), "
              f"completion tokens {completion[-1]}")
    words = len(doc.text.split())
    print(f"document: {doc.id} ({words} words, {len(doc.sentences)} sentences)")
    print(f"seconds per summary: mean {statistics.mean(seconds):.1f}, min {min(seconds):.1f}, max {max(seconds):.1f}")
    print(f"tokens per summary: prompt {statistics.mean(prompt):.0f}, completion {statistics.mean(completion):.0f}")
    print(f"peak RSS: {peak_rss_mb():.0f} MB")


if __name__ == "__main__":
    main()
