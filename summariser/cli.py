"""The `summariser` command line.

    summariser summarise seeds/000_36ce6cf3a139d41a.txt          # JSON to stdout
    summariser summarise docs/*.txt -o out/ --format markdown     # one file per document
    summariser summarise call.txt --model gpt-4o-mini              # an OpenAI-compatible endpoint
    summariser schema                                             # the output contract
    summariser eval --replay                                      # score recordings vs gold
"""

from __future__ import annotations

import json
import sys
import time
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, ProgressColumn, Task, TextColumn, TimeElapsedColumn
from rich.text import Text

from summariser.document import read_document
from summariser.schema import Summary

app = typer.Typer(
    help="Typed, grounded summaries of political and diplomatic documents: parties, positions, "
    "requests and contested claims, each tied to exact character spans of the source.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
err = Console(stderr=True, soft_wrap=True)  # one failure, one line: never wrapped


class Format(StrEnum):
    json = "json"
    markdown = "markdown"


ModelOption = Annotated[
    str | None,
    typer.Option("--model", "-m", help="Model name on an OpenAI-compatible endpoint (OPENAI_BASE_URL, "
                 "OPENAI_API_KEY). Omit to use the embedded local model."),
]
BaseUrlOption = Annotated[
    str | None, typer.Option("--base-url", help="OpenAI-compatible endpoint, e.g. http://localhost:8000/v1 "
                             "(default: $OPENAI_BASE_URL).")
]
class Strategy(StrEnum):
    staged = "staged"
    single = "single"


StrategyOption = Annotated[
    Strategy | None,
    typer.Option("--strategy",
                 help="staged: a parties call, then one short call per sentence (the default; built for small "
                 "models). single: one call for the whole document, for a large hosted model. Default: "
                 "$SUMMARISER_STRATEGY, else the backend's default in summariser/settings.py."),
]
CacheOption = Annotated[
    bool, typer.Option("--cache/--no-cache", help="Reuse stored model responses for identical requests.")
]


def _render(summary: Summary, fmt: Format) -> str:
    if fmt is Format.markdown:
        from summariser.render import to_markdown

        return to_markdown(summary)
    return summary.model_dump_json(indent=2) + "\n"


def _make_pipeline(model: str | None, base_url: str | None, cache: bool,  # noqa: ANN202
                   strategy: Strategy | None = None):
    from summariser.backends import make_backend
    from summariser.backends.model_file import cache_dir
    from summariser.backends.store import SqliteStore
    from summariser.pipeline import Pipeline

    store = SqliteStore(cache_dir() / "responses.sqlite") if cache else None
    return Pipeline(make_backend(model, base_url=base_url, store=store), strategy=strategy.value if strategy else None)


def _print_error(console: Console, reason: str) -> None:
    """The one line a failure prints: `error <file>: <reason>` (escaped: a reason may hold '[2]')."""
    console.print(f"[red]error[/red] {escape(reason)}", highlight=False)


@app.command()
def summarise(
    paths: Annotated[list[str], typer.Argument(help="Text or Markdown files; '-' reads standard input.")],
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="A file (one document) or a directory (one file per document). "
                     "Default: standard output."),
    ] = None,
    fmt: Annotated[Format, typer.Option("--format", "-f", help="json (the contract) or markdown (for reading).")]
    = Format.json,
    model: ModelOption = None,
    base_url: BaseUrlOption = None,
    strategy: StrategyOption = None,
    cache: CacheOption = True,
) -> None:
    """Summarise documents. Each failure prints one line naming the file and the reason; the
    others still run. Exit code 0 when all succeed, else the first failure's code."""
    from summariser.failures import EXPECTED, failure

    many = len(paths) > 1
    to_dir = output is not None and (many or output.is_dir() or output.suffix == "")
    if to_dir:
        output.mkdir(parents=True, exist_ok=True)  # type: ignore[union-attr]
    pipeline = None
    exit_code = 0
    progress = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                        console=err, disable=not many, transient=True)
    with progress:
        task = progress.add_task("summarising", total=len(paths))
        for path in paths:
            progress.update(task, description=f"summarising {Path(path).name}")
            try:
                doc = read_document(path)
                pipeline = pipeline or _make_pipeline(model, base_url, cache, strategy)
                text = _render(pipeline.run(doc), fmt)
            except EXPECTED as e:
                code, reason = failure(path, e)
                _print_error(err, reason)
                exit_code = exit_code or code
            else:
                if output is None:
                    sys.stdout.write(text)
                elif to_dir:
                    suffix = ".md" if fmt is Format.markdown else ".json"
                    (output / f"{doc.id}{suffix}").write_text(text, encoding="utf-8")
                else:
                    output.write_text(text, encoding="utf-8")
            progress.advance(task)
    raise typer.Exit(exit_code)


class _Rate(ProgressColumn):
    """Documents settled per second; those already done in a resumed run cost nothing and do not count."""

    def render(self, task: Task) -> Text:
        settled = task.fields["ok"] + task.fields["error"]
        return Text(f"{settled / task.elapsed:.1f} docs/s" if task.elapsed else "")


@app.command(help=(
    "Summarise a corpus into one JSON Lines file, documents running concurrently.\n\n"
    'Each line is {"input", "input_sha256", "status": "ok", "summary"} or {"input", "input_sha256", '
    '"status": "error", "code", "error"}, written whole and synced to disk before it counts, so a killed run '
    "loses nothing it finished; --resume completes it without repeating a document.\n\n"
    "Exit code: 0 when every document is ok, else the first failed input's code as for summarise (1 model, "
    "2 missing, 3 other input, 4 empty, 5 not text, 6 too large); 2 also when OUTPUT exists without --resume."
))
def batch(
    paths: Annotated[list[str], typer.Argument(help="Files, directories (every .txt and .md below them) and glob "
                                               "patterns, quoted or not.")],
    output: Annotated[Path, typer.Option("--output", "-o", help="The JSON Lines file: one line per document.")],
    concurrency: Annotated[int | None, typer.Option("--concurrency", "-c", min=1, help="Documents in flight at once "
                                                    "on an OpenAI-compatible endpoint (default 8); the embedded model "
                                                    "takes one at a time.")] = None,
    resume: Annotated[bool, typer.Option("--resume", help="Finish an interrupted run in OUTPUT: keep its ok lines, "
                                         "skip their documents (by content hash), try its failures again.")] = False,
    model: ModelOption = None,
    base_url: BaseUrlOption = None,
    strategy: StrategyOption = None,
    cache: CacheOption = True,
) -> None:
    """Summarise a corpus into JSON Lines (the help text is above, in the decorator)."""
    from summariser.batch import DEFAULT_CONCURRENCY, BatchError, expand, run_batch

    try:
        pipeline = _make_pipeline(model, base_url, cache, strategy)
    except ValueError as e:  # a bad $SUMMARISER_STRATEGY: nothing can run
        _print_error(err, str(e))
        raise typer.Exit(2) from None
    if pipeline.backend.serial and (concurrency or 1) > 1:
        err.print("note: the embedded model summarises one document at a time; --concurrency applies to "
                  "OpenAI-compatible endpoints", highlight=False)
    progress = Progress(TextColumn("batch"), BarColumn(), MofNCompleteColumn(),
                        TextColumn("[green]{task.fields[ok]} ok[/] [red]{task.fields[error]} failed[/]"), _Rate(),
                        TimeElapsedColumn(), console=err, transient=True, disable=not err.is_terminal)

    def settled(status: str, record: dict | None) -> None:
        if status == "error":
            _print_error(progress.console, record["error"])  # type: ignore[index]
        progress.update(task, advance=1, **{status: progress.tasks[0].fields[status] + 1})

    started = time.perf_counter()
    with progress:
        inputs = expand(paths)
        task = progress.add_task("batch", total=len(inputs), ok=0, error=0, skipped=0)
        try:
            report = run_batch(inputs, output, pipeline, concurrency=concurrency or DEFAULT_CONCURRENCY,
                               resume=resume, on_record=settled)
        except BatchError as e:
            _print_error(err, str(e))
            raise typer.Exit(2) from None
    seconds = time.perf_counter() - started
    err.print(f"batch: {report.ok} ok, {report.failed} failed, {report.skipped} already done, in {seconds:.1f} s "
              f"-> {output}", highlight=False)
    raise typer.Exit(report.exit_code)


@app.command()
def schema() -> None:
    """Print the output contract (SPEC section 1) as JSON Schema."""
    sys.stdout.write(json.dumps(Summary.model_json_schema(), indent=2) + "\n")


@app.command("eval")
def eval_command(
    replay: Annotated[bool, typer.Option("--replay", help="Score the stored recordings; no model runs. "
                                         "A missing or stale recording is an error.")] = False,
    record: Annotated[bool, typer.Option("--record", help="Run the embedded model afresh, refresh the recordings "
                                         "and write the baseline.")] = False,
    live_check: Annotated[list[str] | None, typer.Option("--live-check", help="Run these documents live and fail "
                                                          "if their micro-F1 (pooled, or one document's) moves past "
                                                          "machine noise from the recordings', or a summary is "
                                                          "invalid.")] = None,
    ids: Annotated[list[str] | None, typer.Option("--ids", help="Only these document ids.")] = None,
    split: Annotated[str, typer.Option("--split", help="all, dev or test (evals/split.json).")] = "all",
    baseline: Annotated[Path | None, typer.Option("--baseline", help="Compare with this report.json.")] = None,
    gate: Annotated[bool, typer.Option("--gate", help="Exit 1 on imperfect integrity or a significant regression.")]
    = False,
    update_baseline: Annotated[bool, typer.Option("--update-baseline", help="Write this run's report as "
                                                  "evals/baseline.json (always done by --record).")] = False,
    out: Annotated[Path, typer.Option("--out", help="Where report.json and report.md go.")] = Path("."),
    evals: Annotated[Path, typer.Option("--evals", help="The eval set folder.")] = Path("evals"),
    model: ModelOption = None,
    base_url: BaseUrlOption = None,
) -> None:
    """Score a backend on the hand-labelled eval set (SPEC section 3): party and item P/R/F1 per
    list and micro, attribute accuracies, role swaps, integrity, per-document rows."""
    from summariser.backends.store import StoreMiss
    from summariser.eval.harness import compare, integrity_failures, live_check_failures, run_eval
    from summariser.eval.report import diff_markdown, report_markdown

    if live_check:
        failures = live_check_failures(evals, live_check)
        for line in failures:
            err.print(f"[red]live check[/red] {line}", highlight=False)
        err.print("live check: " + ("FAILED" if failures else f"{len(live_check)} document(s) score as recorded"))
        raise typer.Exit(1 if failures else 0)
    mode = "replay" if replay else "record" if record else "live"

    def tick(doc_id: str, result) -> None:  # noqa: ANN001
        flag = f" FAILED: {result.error}" if result.error else ""
        err.print(f"{doc_id}: micro-F1 {100 * result.f1['micro']:.1f} in {result.seconds:.1f} s{flag}", highlight=False)

    try:
        report = run_eval(evals, mode=mode, ids=ids, split=split, model=model, base_url=base_url,
                          progress=tick).to_json()
    except StoreMiss as miss:
        err.print(f"[red]replay[/red] {miss}", highlight=False)
        raise typer.Exit(1) from None
    diff = compare(report, json.loads(baseline.read_text(encoding="utf-8"))) if baseline else None
    out.mkdir(parents=True, exist_ok=True)
    (out / "report.json").write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    (out / "report.md").write_text(report_markdown(report, diff), encoding="utf-8")
    if (mode == "record" or update_baseline) and not ids and split == "all":
        (evals / "baseline.json").write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    t = report["totals"]
    sys.stdout.write(
        "".join(f"{k:17} P {100 * t[k]['precision']:5.1f}  R {100 * t[k]['recall']:5.1f}  F1 {100 * t[k]['f1']:5.1f}\n"
                for k in ("parties", "positions", "requests", "contested_claims", "micro"))
    )
    if diff:
        sys.stdout.write(diff_markdown(diff) + "\n")
    problems = integrity_failures(t) + [f"{k} F1 regressed significantly" for k in (diff or {}).get("regressions", [])]
    for p in problems:
        err.print(f"[red]gate[/red] {p}", highlight=False)
    raise typer.Exit(1 if gate and problems else 0)
