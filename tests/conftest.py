"""Shared fixtures: the seed document and a small hand-made summary of it."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from summariser.document import read_document
from summariser.schema import Evidence

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_36ce6cf3a139d41a.txt"


@pytest.fixture
def seed_doc():
    return read_document(SEED)


def span(text: str, quote: str) -> Evidence:
    start = text.index(quote)
    return Evidence(quote=quote, start=start, end=start + len(quote))


def provenance() -> dict:
    return {"model": "m", "backend": "test", "prompt_version": "summarise.v1", "prompt_sha256": "0" * 64,
            "input_sha256": "1" * 64, "created_at": datetime(2026, 1, 1, tzinfo=UTC), "attempts": 2,
            "prompt_tokens": 10, "completion_tokens": 5, "latency_s": 1.5}
