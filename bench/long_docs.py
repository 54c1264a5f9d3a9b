"""Benchmark: long documents on the embedded model: seconds per 1,000 words and items per window.

    python -m bench.long_docs [--min-words 1000] [--window-tokens N] [--ids ID ...]

Summarises every eval document of at least `--min-words` words (both splits: this measures
time, it tunes nothing), one after another, after the model is loaded. `--window-tokens`
sets the window budget (default `$SUMMARISER_WINDOW_TOKENS`, else 3,000 estimated tokens, so
the eval set's 1,700-word documents are read whole; a smaller budget shows the windowed path).
Prints one row per document (words, windows, seconds, seconds per 1,000 words, completion
tokens, items, items found by each window, micro-F1 against the gold), then the totals. Run
it alone: two model processes on two cores slow each other to a crawl.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from bench.peers import warm_embedded
from summariser.backends.embedded import EmbeddedBackend
from summariser.eval.harness import EvalSet
from summariser.eval.scorer import aggregate, score_document
from summariser.pipeline import Pipeline
from summariser.windows import items_per_window

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--min-words", type=int, default=1000)
    parser.add_argument("--window-tokens", type=int, default=None, help="window budget in estimated tokens")
    parser.add_argument("--ids", nargs="+", help="eval documents (default: every one of at least --min-words)")
    parser.add_argument("--evals", type=Path, default=ROOT / "evals")
    args = parser.parse_args(argv)
    evalset = EvalSet(args.evals)
    ids = args.ids or [i for i in evalset.ids() if len(evalset.document(i).text.split()) >= args.min_words]
    if not ids:
        raise SystemExit(f"no eval document has {args.min_words} words or more")
    pipeline = Pipeline(EmbeddedBackend(), window_tokens=args.window_tokens)
    warm_embedded(None)
    print(f"window budget: {pipeline.window_tokens} estimated tokens")
    head = ("document", "words", "windows", "s", "s/1,000 words", "completion tokens", "items", "items per window",
            "micro-F1")
    print("| " + " | ".join(head) + " |\n|" + " --- |" * len(head))
    words_total, seconds_total, scores = 0, 0.0, []
    for doc_id in ids:
        doc = evalset.document(doc_id)
        words = len(doc.text.split())
        windows = pipeline.windows(doc)
        started = time.perf_counter()
        summary = pipeline.run(doc)
        seconds = time.perf_counter() - started
        items = summary.items()
        score = score_document(evalset.gold(doc_id), json.loads(summary.model_dump_json()), doc.text)
        scores.append(score)
        words_total, seconds_total = words_total + words, seconds_total + seconds
        per_window = ", ".join(map(str, items_per_window(windows, items)))
        print(f"| {doc_id} | {words} | {len(windows)} | {seconds:.1f} | {1000 * seconds / words:.1f} | "
              f"{summary.provenance.completion_tokens} | {len(items)} | {per_window} | "
              f"{100 * aggregate([score])['micro']['f1']:.1f} |", flush=True)
    print(f"\n{len(ids)} documents, {words_total} words: {1000 * seconds_total / words_total:.1f} s per 1,000 words, "
          f"micro-F1 {100 * aggregate(scores)['micro']['f1']:.1f}")


if __name__ == "__main__":
    main()
