"""summariser: typed, grounded summaries of political and diplomatic documents.

    from summariser import summarise, Summary
    summary = summarise(text, doc_id="call-2023-09-19")

The embedded model loads once per process, on first use; pass `model="gpt-4o-mini"` (with
OPENAI_API_KEY / OPENAI_BASE_URL set) to use an OpenAI-compatible endpoint instead.
"""

from __future__ import annotations

import functools
import hashlib

from summariser.schema import Summary

__all__ = ["Summary", "summarise", "asummarise"]


@functools.lru_cache(maxsize=8)
def _pipeline(model: str | None, base_url: str | None, strategy: str | None = None):  # noqa: ANN202 - internal
    from summariser.backends import make_backend
    from summariser.pipeline import Pipeline

    return Pipeline(make_backend(model, base_url=base_url), strategy=strategy)


def _document(text: str, doc_id: str | None):  # noqa: ANN202 - internal
    from summariser.document import Document

    name = doc_id or "doc-" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]
    return Document(id=name, text=text)


def summarise(text: str, *, doc_id: str | None = None, model: str | None = None,
              base_url: str | None = None, strategy: str | None = None) -> Summary:
    """Summarise `text` into a validated, grounded Summary.

    `model=None` uses the embedded local model; any other name is sent to the
    OpenAI-compatible endpoint at `base_url` (default: $OPENAI_BASE_URL). `strategy`:
    "staged" or "single" (default: $SUMMARISER_STRATEGY, else the backend's, see settings)."""
    return _pipeline(model, base_url, strategy).run(_document(text, doc_id))


async def asummarise(text: str, *, doc_id: str | None = None, model: str | None = None,
                     base_url: str | None = None, strategy: str | None = None) -> Summary:
    """Async twin of `summarise`; safe to gather many (the embedded model runs one at a time)."""
    return await _pipeline(model, base_url, strategy).arun(_document(text, doc_id))
