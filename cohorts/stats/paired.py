"""Paired pre/post change: mean difference with its confidence interval, effect size and a
Wilcoxon signed-rank test."""

import math
import statistics
from collections.abc import Sequence
from dataclasses import dataclass

from .basics import is_present, join_notes, no_spread, too_few
from .t_distribution import t_quantile
from .thresholds import ENOUGH_PAIRS, EQUAL_WITHIN, WILCOXON_BELOW


@dataclass(frozen=True)
class SignedRank:
    """Wilcoxon's signed-rank test on the differences."""

    n_used: int  # differences left after dropping the zero ones
    n_zero: int
    w_plus: float | None
    w_minus: float | None
    p_value: float | None  # exact, two-sided
    note: str


@dataclass(frozen=True)
class PairedChange:
    n: int  # people with both measures
    n_dropped: int  # people missing one or both
    mean_before: float | None
    mean_after: float | None
    mean_diff: float | None  # after - before
    sd_diff: float | None
    ci_low: float | None
    ci_high: float | None
    d_z: float | None
    g_z: float | None
    wilcoxon: SignedRank | None  # only for 1 <= n < 10
    enough: bool  # n >= 5
    note: str


def _average_ranks(values: Sequence[float]) -> list[float]:
    """Ranks 1..n, ties (within 1e-9) sharing the average of the ranks they span."""
    order = sorted(range(len(values)), key=values.__getitem__)
    ranks = [0.0] * len(values)
    start = 0
    while start < len(order):
        end = start + 1
        while end < len(order) and values[order[end]] - values[order[end - 1]] <= EQUAL_WITHIN:
            end += 1
        for position in order[start:end]:
            ranks[position] = (start + 1 + end) / 2
        start = end
    return ranks


def signed_rank(diffs: Sequence[float]) -> SignedRank:
    """Wilcoxon's signed-rank test with an exact two-sided p-value.

    Zero differences are dropped (Wilcoxon's original method). Tied absolute differences get the
    average of their ranks, and the null distribution is enumerated over all 2^m sign flips of
    those same average ranks, so the p-value is exact given the ties (no normal approximation and
    no separate tie correction is needed). Meant for small m: the enumeration doubles per person.
    """
    used = [d for d in diffs if abs(d) > EQUAL_WITHIN]
    n_zero = len(diffs) - len(used)
    dropped = f"{n_zero} with no change left out, as Wilcoxon's method does." if n_zero else ""
    if not used:
        return SignedRank(
            0, n_zero, None, None, None, "No one changed, so there is nothing to rank."
        )
    # Average ranks are whole or halves: doubled, the enumeration stays in exact integers.
    doubled = [round(2 * r) for r in _average_ranks([abs(d) for d in used])]
    observed = sum(r for r, d in zip(doubled, used, strict=True) if d > 0)
    all_ranks = sum(doubled)
    distance = abs(2 * observed - all_ranks)  # how far W+ is from its null mean, times 4
    as_extreme = 0
    for signs in range(2 ** len(used)):
        plus = sum(r for i, r in enumerate(doubled) if signs >> i & 1)
        as_extreme += abs(2 * plus - all_ranks) >= distance
    p_value = as_extreme / 2 ** len(used)
    w_plus = observed / 2
    return SignedRank(len(used), n_zero, w_plus, (all_ranks - observed) / 2, p_value, dropped)


def paired_change(
    before: Sequence[float | None], after: Sequence[float | None], *, confidence: float = 0.95
) -> PairedChange:
    """Change from before to after for the same people (lists in the same order).

    Keeps the people with both measures. The interval is the paired t interval for the mean
    difference; d_z = mean(diff) / sd(diff) and Hedges' g_z = d_z * (1 - 3 / (4 df - 1)),
    df = n - 1. With two people that correction is exactly 0, so g_z is left as None below n = 3.
    With no spread in the differences the interval is (mean, mean) and d_z is None."""
    if len(before) != len(after):
        raise ValueError("before and after must list the same people in the same order.")
    if not 0.0 < confidence < 1.0:
        raise ValueError("confidence must be between 0 and 1, such as 0.95.")
    pairs = [(b, a) for b, a in zip(before, after, strict=True) if is_present(b) and is_present(a)]
    n, n_dropped = len(pairs), len(before) - len(pairs)
    if n == 0:
        note = "No one has both measures yet."
        return PairedChange(0, n_dropped, *[None] * 8, None, False, note)
    diffs = [a - b for b, a in pairs]
    mean_diff = statistics.fmean(diffs)
    sd = ci_low = ci_high = d_z = g_z = None
    notes = [] if n >= ENOUGH_PAIRS else [too_few(n)]
    if n >= 2 and no_spread(diffs):
        sd, ci_low, ci_high = 0.0, mean_diff, mean_diff
        notes.append(
            "Everyone changed by the same amount, so there is no spread to judge the size of the"
            " effect against."
        )
    elif n >= 2:
        sd = statistics.stdev(diffs)
        half_width = t_quantile(0.5 + confidence / 2, n - 1) * sd / math.sqrt(n)
        ci_low, ci_high = mean_diff - half_width, mean_diff + half_width
        d_z = mean_diff / sd
        g_z = d_z * (1 - 3 / (4 * (n - 1) - 1)) if n >= 3 else None
    return PairedChange(
        n=n,
        n_dropped=n_dropped,
        mean_before=statistics.fmean(b for b, _ in pairs),
        mean_after=statistics.fmean(a for _, a in pairs),
        mean_diff=mean_diff,
        sd_diff=sd,
        ci_low=ci_low,
        ci_high=ci_high,
        d_z=d_z,
        g_z=g_z,
        wilcoxon=signed_rank(diffs) if n < WILCOXON_BELOW else None,
        enough=n >= ENOUGH_PAIRS,
        note=join_notes(notes),
    )
