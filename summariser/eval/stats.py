"""Paired bootstrap over documents: is a change in a per-document score more than noise?"""

from __future__ import annotations

import random


def _percentile(ordered: list[float], pct: float) -> float:
    """Linear interpolation between the closest ranks of an ascending list."""
    rank = pct / 100 * (len(ordered) - 1)
    low = int(rank)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)


def paired_bootstrap(
    baseline: list[float], current: list[float], *, resamples: int = 1000, seed: int = 0
) -> tuple[float, float, float]:
    """(mean of current - baseline, 2.5th and 97.5th percentiles of the resampled mean difference).

    Documents are resampled with replacement, keeping each document's two scores together.
    Deterministic for a given seed; `random.Random(seed)` is the only source of randomness.
    """
    if len(baseline) != len(current):
        raise ValueError(f"paired lists differ in length: {len(baseline)} vs {len(current)}")
    if not baseline:
        return 0.0, 0.0, 0.0
    if resamples < 1:
        raise ValueError("resamples must be at least 1")
    diffs = [now - then for then, now in zip(baseline, current, strict=True)]
    n = len(diffs)
    rng = random.Random(seed)
    means = sorted(sum(diffs[rng.randrange(n)] for _ in range(n)) / n for _ in range(resamples))
    return sum(diffs) / n, _percentile(means, 2.5), _percentile(means, 97.5)
