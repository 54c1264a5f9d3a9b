"""Benchmark: our pipeline side by side with LangExtract and the naive one-call design.

    python -m bench.peers [--ids ID ...] [--systems langextract,ours,naive] [--replay-ours] [--out FILE]

Same model, same documents (the eval set's TEST part unless `--ids`), same scorer (SPEC
section 3, `summariser.eval.scorer`), one system after the other, never two models at once:
  1. langextract: llama-cpp-python's OpenAI-compatible server is started on 127.0.0.1 with the
     embedded GGUF (`bench.llama_server`), LangExtract runs against it in JSON mode with one
     few-shot example from the DEV part, and the server is stopped before anything else runs;
  2. ours: `summariser.pipeline.Pipeline` on the embedded model (`--replay-ours`: re-scored from
     `evals/recordings/`, no model and so no seconds);
  3. naive: one schema-constrained call per document for the whole summary, quotes copied by
     the model and looked up by code (`summariser.baselines.naive`), on the embedded model.
With `--model M --base-url URL` all three use that OpenAI-compatible endpoint instead.

Prints one row per system: per-list F1, micro-F1, parties F1, grounded rate (evidence the
design proposed that is really in the document; ungrounded items are dropped before scoring),
seconds and completion tokens per document, failed documents; then naive s/doc over ours.
The model is loaded before each system's first document, so no row pays for loading it.
"""

from __future__ import annotations

import argparse
import json
import os
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from summariser.backends import make_backend
from summariser.backends.store import StoreMiss
from summariser.baselines.contract import Assembled
from summariser.baselines.naive import MAX_TOKENS, NaiveBaseline
from summariser.eval.harness import EvalSet, run_eval
from summariser.eval.scorer import aggregate, score_document
from summariser.failures import EXPECTED
from summariser.schema import ITEM_LISTS

ROOT = Path(__file__).resolve().parent.parent
SYSTEMS = ("langextract", "ours", "naive")  # always run in this order (see the docstring)


@dataclass
class DocRun:
    doc_id: str
    words: int
    score: dict[str, Any]
    seconds: float | None  # None: replayed, no model time
    completion_tokens: int
    proposed: int  # evidence spans or quotes the system proposed
    grounded: int  # of those, in the document
    error: str | None = None
    inexact: int = 0  # of the grounded, found only approximately (fuzzy or partial matches)


def scored(evalset: EvalSet, doc_id: str, predicted: dict[str, Any] | None, error: str | None) -> dict[str, Any]:
    """One document's score, as the eval harness does it: a failed document scores an empty summary."""
    doc = evalset.document(doc_id)
    empty = {"document": {"id": doc_id}, "parties": [], **{name: [] for name in ITEM_LISTS}}
    score = score_document(evalset.gold(doc_id), predicted or empty, doc.text)
    if error:
        score["integrity"]["errors"] = 1
    return score


def run_each(evalset: EvalSet, ids: list[str], summarise: Callable[[Any], Assembled], name: str,
             budget: int = 0) -> list[DocRun]:
    """Run a peer over `ids`, timing each document; a failure costs that document only. `budget`:
    the token limit of a one-call design, counted for a document whose reply it cut off."""
    runs = []
    for doc_id in ids:
        doc = evalset.document(doc_id)
        words = len(doc.text.split())
        started = time.perf_counter()
        try:
            done = summarise(doc)
        except EXPECTED as err:
            reason = " ".join(str(err).split())
            # A reply cut off at the budget spent all of it (at least: a re-ask may have come first).
            runs.append(DocRun(doc_id, words, scored(evalset, doc_id, None, reason), time.perf_counter() - started,
                               budget if "cut off" in reason else 0, 0, 0, reason))
        else:
            predicted = json.loads(done.summary.model_dump_json())
            runs.append(DocRun(doc_id, words, scored(evalset, doc_id, predicted, None), time.perf_counter() - started,
                               done.summary.provenance.completion_tokens, done.proposed, done.grounded,
                               inexact=done.inexact))
        failed = f", failed: {runs[-1].error}" if runs[-1].error else ""
        print(f"  {name} {doc_id}: {runs[-1].seconds:.1f} s{failed}", flush=True)
    return runs


def embedded_threads() -> int:
    """Threads the embedded backend uses (SUMMARISER_THREADS, else every core): the server gets the same."""
    return int(os.environ.get("SUMMARISER_THREADS", "0")) or max(1, os.cpu_count() or 1)


def warm_embedded(model: str | None) -> None:
    """Load the embedded model before timing, so no system's first document pays for it."""
    if model is None:
        from summariser.backends.embedded import load_llama
        from summariser.backends.model_file import ensure_model_file

        load_llama(str(ensure_model_file()))


def run_langextract(evalset: EvalSet, ids: list[str], args: argparse.Namespace) -> list[DocRun]:
    try:
        from summariser.baselines.langextract_peer import EXAMPLE_ID, LangExtractPeer, load_example
    except ImportError as err:
        raise SystemExit(f"langextract is not installed ({err}): pip install -e '.[bench]'") from None
    args.example = args.example or EXAMPLE_ID
    if args.example in ids:
        raise SystemExit(f"{args.example} is LangExtract's few-shot example: it cannot be scored as well")
    example = load_example(evalset.root, args.example)
    if args.base_url:
        peer = LangExtractPeer(args.base_url, example, model_id=args.model)
        return run_each(evalset, ids, peer.run, "langextract")
    from bench.llama_server import llama_server
    from summariser.backends.embedded import CONTEXT_TOKENS, SEED
    from summariser.backends.model_file import MODEL_ID, ensure_model_file

    with llama_server(ensure_model_file(), threads=embedded_threads(), n_ctx=CONTEXT_TOKENS, seed=SEED) as url:
        return run_each(evalset, ids, LangExtractPeer(url, example, model_id=MODEL_ID).run, "langextract")


def run_ours(evalset: EvalSet, ids: list[str], args: argparse.Namespace) -> list[DocRun]:
    if args.replay_ours:
        # The recordings are the embedded model's, whatever endpoint the peers ran on.
        try:
            report = run_eval(evalset.root, mode="replay", ids=ids)
        except StoreMiss as miss:
            raise SystemExit(f"ours: no recording for a request ({miss}); the pipeline changed since "
                             "`summariser eval --record`: run ours live (drop --replay-ours) or re-record") from None
    else:
        warm_embedded(args.model)
        report = run_eval(evalset.root, mode="live", ids=ids, model=args.model, base_url=args.base_url,
                          progress=lambda doc_id, r: print(f"  ours {doc_id}: {r.seconds:.1f} s", flush=True))
    return [DocRun(d.doc_id, len(evalset.document(d.doc_id).text.split()), d.score,
                   None if args.replay_ours else d.seconds, d.completion_tokens,
                   d.score["integrity"]["spans"], d.score["integrity"]["grounded"], d.error) for d in report.docs]


def run_naive(evalset: EvalSet, ids: list[str], args: argparse.Namespace) -> list[DocRun]:
    warm_embedded(args.model)
    naive = NaiveBaseline(make_backend(args.model, base_url=args.base_url), max_tokens=args.naive_max_tokens)
    return run_each(evalset, ids, naive.run, "naive", budget=naive.max_tokens)


RUNNERS = {"langextract": run_langextract, "ours": run_ours, "naive": run_naive}


def row(runs: list[DocRun]) -> dict[str, Any]:
    """One system's line: F1s from the summed counts, rates and costs per document."""
    totals = aggregate([r.score for r in runs])
    n = max(1, len(runs))
    timed = [r.seconds for r in runs if r.seconds is not None]
    words = sum(r.words for r in runs)
    proposed = sum(r.proposed for r in runs)
    return {
        **{f"{key}_f1": round(totals[key]["f1"], 4) for key in (*ITEM_LISTS, "micro", "parties")},
        "grounded_rate": round(sum(r.grounded for r in runs) / proposed, 4) if proposed else None,
        "proposed_evidence": proposed,
        "inexact_evidence": sum(r.inexact for r in runs),
        "seconds_per_doc": round(sum(timed) / len(timed), 2) if timed else None,
        "seconds_per_1000_words": round(1000 * sum(timed) / words, 2) if timed and words else None,
        "completion_tokens_per_doc": round(sum(r.completion_tokens for r in runs) / n, 1),
        "failures": sum(1 for r in runs if r.error),
        "role_swap_rate": round(totals["role_swaps"]["rate"], 4),
        "integrity": {k: totals["integrity"][k] for k in ("schema_valid", "documents", "grounded", "spans",
                                                          "dangling_ids", "overlong_paraphrases")},
    }


def _cell(value: Any, pct: bool = True) -> str:
    if value is None:
        return "n/a"
    return f"{100 * value:.1f}" if pct else f"{value:g}"


def table(rows: dict[str, dict[str, Any]], documents: int) -> str:
    head = ("system", "positions", "requests", "claims", "micro", "parties", "grounded", "s/doc", "tokens/doc",
            "failed")
    lines = [" | ".join(head), " | ".join("---" for _ in head)]
    for name, r in rows.items():
        lines.append(" | ".join([
            name, *(_cell(r[f"{key}_f1"]) for key in (*ITEM_LISTS, "micro", "parties")), _cell(r["grounded_rate"]),
            _cell(r["seconds_per_doc"], pct=False), _cell(r["completion_tokens_per_doc"], pct=False),
            f"{r['failures']}/{documents}",
        ]))
    return "\n".join(f"| {line} |" for line in lines)  # a Markdown table, ready for the README


def speed_ratio(rows: dict[str, dict[str, Any]]) -> float | None:
    """How many times longer the naive design takes per document than ours (None if not both timed)."""
    naive, ours = (rows.get(k, {}).get("seconds_per_doc") for k in ("naive", "ours"))
    return round(naive / ours, 2) if naive and ours else None


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--ids", nargs="+", help="eval documents (default: the test split)")
    parser.add_argument("--systems", default=",".join(SYSTEMS), help="comma-separated subset of " + ",".join(SYSTEMS))
    parser.add_argument("--replay-ours", action="store_true", help="score ours from evals/recordings (no model)")
    parser.add_argument("--model", help="an OpenAI-compatible model for all systems (default: the embedded one)")
    parser.add_argument("--base-url", help="its endpoint (with --model); LangExtract then starts no server")
    parser.add_argument("--example", default=None, help="the dev document LangExtract learns from")
    parser.add_argument("--naive-max-tokens", type=int, default=MAX_TOKENS, help="token budget of the naive call")
    parser.add_argument("--evals", type=Path, default=ROOT / "evals")
    parser.add_argument("--out", type=Path, help="write the results as JSON here")
    args = parser.parse_args(argv)
    args.systems_chosen = [s.strip() for s in args.systems.split(",") if s.strip()]
    unknown = set(args.systems_chosen) - set(SYSTEMS)
    if unknown or not args.systems_chosen:
        parser.error(f"--systems takes {', '.join(SYSTEMS)}; got {args.systems!r}")
    if args.base_url and not args.model:
        parser.error("--base-url needs --model (the endpoint's model name)")
    return args


def results_of(runs: dict[str, list[DocRun]], ids: list[str], args: argparse.Namespace) -> dict[str, Any]:
    rows = {name: row(r) for name, r in runs.items()}
    return {
        "documents": ids, "model": args.model or "embedded", "systems": rows,
        "naive_over_ours_seconds": speed_ratio(rows),
        "settings": {"langextract_example": args.example, "naive_max_tokens": args.naive_max_tokens,
                     "ours_replayed": args.replay_ours},
        "per_document": {name: {r.doc_id: {k: v for k, v in asdict(r).items() if k not in ("doc_id", "score")}
                                | {"micro_f1": round(r.score["micro"]["f1"], 4)} for r in rs}
                         for name, rs in runs.items()},
    }


def main(argv: list[str] | None = None) -> dict[str, Any]:
    args = parse_args(argv)
    evalset = EvalSet(args.evals)
    ids = args.ids or evalset.ids("test")
    runs: dict[str, list[DocRun]] = {}
    for name in SYSTEMS:
        if name in args.systems_chosen:
            print(f"{name}: {len(ids)} documents", flush=True)
            runs[name] = RUNNERS[name](evalset, ids, args)
            if args.out:  # after each system: a crash in a later one (runs take an hour) keeps this one's
                args.out.write_text(json.dumps(results_of(runs, ids, args), indent=1) + "\n", encoding="utf-8")
    results = results_of(runs, ids, args)
    print(f"\n{len(ids)} documents; model: {args.model or 'embedded'}\n")
    print(table(results["systems"], len(ids)))
    ratio = results["naive_over_ours_seconds"]
    print(f"\nnaive s/doc / ours s/doc: {'n/a (ours not timed)' if ratio is None else f'{ratio:.2f}x'}")
    if args.out:
        print(f"results: {args.out}")
    return results


if __name__ == "__main__":
    main()
