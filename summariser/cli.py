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
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from summariser.document import DocumentError, read_document
from summariser.schema import Summary

app = typer.Typer(
    help="Typed, grounded summaries of political and diplomatic documents: parties, positions, "
    "requests and contested claims, each tied to exact character spans of the source.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
err = Console(stderr=True)
EXIT_BACKEND = 1  # document problems use DocumentError codes 2-6


class Format(str, Enum):
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
CacheOption = Annotated[
    bool, typer.Option("--cache/--no-cache", help="Reuse stored model responses for identical requests.")
]


def _render(summary: Summary, fmt: Format) -> str:
    if fmt is Format.markdown:
        from summariser.render import to_markdown

        return to_markdown(summary)
    return summary.model_dump_json(indent=2) + "\n"


def _make_pipeline(model: str | None, base_url: str | None, cache: bool):  # noqa: ANN202
    from summariser.backends import make_backend
    from summariser.backends.model_file import cache_dir
    from summariser.backends.store import SqliteStore
    from summariser.pipeline import Pipeline

    store = SqliteStore(cache_dir() / "responses.sqlite") if cache else None
    return Pipeline(make_backend(model, base_url=base_url, store=store))


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
    cache: CacheOption = True,
) -> None:
    """Summarise documents. Each failure prints one line naming the file and the reason; the
    others still run. Exit code 0 when all succeed, else the first failure's code."""
    from summariser.backends.base import BackendError

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
                pipeline = pipeline or _make_pipeline(model, base_url, cache)
                text = _render(pipeline.run(doc), fmt)
            except DocumentError as e:
                err.print(f"[red]error[/red] {e}", highlight=False)
                exit_code = exit_code or e.code
            except (BackendError, OSError, ValueError) as e:
                err.print(f"[red]error[/red] {path}: {e}", highlight=False)
                exit_code = exit_code or EXIT_BACKEND
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


@app.command()
def schema() -> None:
    """Print the output contract (SPEC section 1) as JSON Schema."""
    sys.stdout.write(json.dumps(Summary.model_json_schema(), indent=2) + "\n")


def main() -> None:  # pragma: no cover - console entry point
    app()
