"""Engines behind one interface (`base.Backend`): the embedded model and OpenAI-compatible APIs."""

from __future__ import annotations

from summariser.backends.base import Backend, BackendError
from summariser.backends.store import ResponseStore


def make_backend(model: str | None = None, *, base_url: str | None = None, api_key: str | None = None,
                 store: ResponseStore | None = None) -> Backend:
    """The embedded model when no `model` is named, else an OpenAI-compatible endpoint."""
    if model is None or model == "embedded":
        from summariser.backends.embedded import EmbeddedBackend

        return EmbeddedBackend(store=store)
    from summariser.backends.openai_compat import OpenAIBackend

    return OpenAIBackend(model, base_url=base_url, api_key=api_key, store=store)


__all__ = ["Backend", "BackendError", "make_backend"]
