"""Numeric settings read from the environment, checked once so a typo fails with its name.

A bad value (`SUMMARISER_TIMEOUT=soon`) is a ValueError naming the variable, which each caller
turns into its own one-line error; it never silently falls back to the default.
"""

from __future__ import annotations

import math
import os
from collections.abc import Callable
from typing import TypeVar

N = TypeVar("N", int, float)


def positive_number(name: str, default: N, cast: Callable[[str], N]) -> N:
    """`$name` as a positive finite number (underscores allowed: 5_000_000), else `default`."""
    raw = os.environ.get(name, "").strip()
    if not raw:
        return default
    try:
        value = cast(raw.replace("_", ""))
    except ValueError:
        value = cast("0")
    if not (value > 0 and math.isfinite(value)):
        raise ValueError(f"{name}={raw!r} is not a positive number")
    return value


# How a document is read, per backend (`pipeline.Pipeline`):
#   staged  a parties call, then one short call per sentence (the design measured on the
#           embedded 1.5B model; also right for a vLLM cluster serving a small model);
#   single  one call that answers both tasks for the whole document: one round trip, for a
#           large hosted model that can hold every sentence's decision in one answer.
# Change a backend's default here; $SUMMARISER_STRATEGY or `--strategy` overrides it per run.
STRATEGIES = ("staged", "single")
DEFAULT_STRATEGY = {"embedded": "staged", "openai": "staged"}
STRATEGY_ENV = "SUMMARISER_STRATEGY"


def strategy_for(backend: str, explicit: str | None = None) -> str:
    """The strategy for `backend`: `explicit`, else $SUMMARISER_STRATEGY, else the default."""
    chosen = explicit or os.environ.get(STRATEGY_ENV, "").strip() or DEFAULT_STRATEGY.get(backend, "staged")
    if chosen not in STRATEGIES:
        source = "--strategy" if explicit else STRATEGY_ENV
        raise ValueError(f"{source}={chosen!r} is not a strategy: use one of {', '.join(STRATEGIES)}")
    return chosen
