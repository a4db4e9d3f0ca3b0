"""Small numeric helpers the statistics share: missing values, no spread, variance,
correlation, and the notes a facilitator reads."""

import math
import statistics
from collections.abc import Iterable, Sequence

from .thresholds import EQUAL_WITHIN


def is_present(value) -> bool:
    return value is not None and not (isinstance(value, float) and math.isnan(value))


def no_spread(values: Sequence[float]) -> bool:
    if len(values) < 2:
        return True
    low, high = min(values), max(values)
    scale = max(1.0, abs(low), abs(high))  # the largest magnitude is at one end
    return high - low <= EQUAL_WITHIN * scale


def sample_variance(values: Sequence[float]) -> float:
    """Sample variance (n - 1) in plain floats: two passes with fsum. The standard library's
    ``statistics.variance`` works in exact fractions, which is far too slow for a dashboard
    that runs it over hundreds of people and dozens of items."""
    n = len(values)
    mean = math.fsum(values) / n
    return math.fsum((v - mean) ** 2 for v in values) / (n - 1)


def pearson(xs: Sequence[float], ys: Sequence[float]) -> float | None:
    if len(xs) < 2 or no_spread(xs) or no_spread(ys):
        return None
    mx, my = statistics.fmean(xs), statistics.fmean(ys)
    sxy = math.fsum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True))
    sxx = math.fsum((x - mx) ** 2 for x in xs)
    syy = math.fsum((y - my) ** 2 for y in ys)
    return max(-1.0, min(1.0, sxy / math.sqrt(sxx * syy)))  # clamp rounding just past +-1


def join_notes(notes: Iterable[str]) -> str:
    return " ".join(note for note in notes if note)


def too_few(n: int, what: str = "both measures") -> str:
    return f"Too few people with {what} to say anything (n = {n})."
