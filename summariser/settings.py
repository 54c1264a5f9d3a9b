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
