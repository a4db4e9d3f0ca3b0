"""Reliability of a scale: Cronbach's alpha and corrected item-total correlations."""

import math
from collections.abc import Sequence
from dataclasses import dataclass

from .basics import is_present, join_notes, no_spread, pearson, sample_variance
from .thresholds import ALPHA_ACCEPTABLE, ITEM_TOTAL_WEAK


@dataclass(frozen=True)
class Reliability:
    k: int  # items
    n: int  # complete cases used
    n_dropped: int  # people with any item missing
    alpha: float | None
    alpha_if_deleted: tuple[float | None, ...]  # one per item
    item_total: tuple[float | None, ...]  # corrected: each item against the sum of the others
    flags: tuple[str, ...]  # ("below acceptable",) when alpha < .70
    item_flags: tuple[str | None, ...]  # "weak item" when item_total < .30
    note: str


def _alpha(columns: Sequence[Sequence[float]]) -> float | None:
    k = len(columns)
    totals = [math.fsum(row) for row in zip(*columns, strict=True)]
    if k < 2 or len(totals) < 2 or no_spread(totals):
        return None
    item_variance = math.fsum(0.0 if no_spread(c) else sample_variance(c) for c in columns)
    return k / (k - 1) * (1 - item_variance / sample_variance(totals))


def cronbach_alpha(rows: Sequence[Sequence[float | None]]) -> Reliability:
    """Cronbach's alpha = k/(k-1) * (1 - sum of item variances / variance of the totals), with
    sample (n - 1) variances, over people who answered every item (rows are people, columns
    items; a short row counts as missing its last items). Also alpha with each item left out and
    each item's correlation with the total of the other items."""
    k = max((len(row) for row in rows), default=0)
    complete = [list(row) for row in rows if len(row) == k and all(is_present(v) for v in row)]
    n, n_dropped = len(complete), len(rows) - len(complete)
    nothing = (None,) * k
    dropped = f"{n_dropped} left out for missing answers." if n_dropped else ""
    if k < 2 or n < 2:
        reason = (
            f"Reliability needs at least two items (k = {k})."
            if k < 2
            else f"Too few people answered every item to estimate reliability (n = {n})."
        )
        return Reliability(
            k, n, n_dropped, None, nothing, nothing, (), nothing, join_notes([reason, dropped])
        )
    columns = [[row[j] for row in complete] for j in range(k)]
    alpha = _alpha(columns)
    if_deleted = tuple(_alpha(columns[:j] + columns[j + 1 :]) for j in range(k))
    totals = [math.fsum(row) for row in complete]
    item_total = tuple(
        pearson(columns[j], [t - x for t, x in zip(totals, columns[j], strict=True)])
        for j in range(k)
    )
    notes = [dropped]
    if alpha is None:
        notes.insert(0, "Everyone has the same total, so reliability cannot be estimated.")
    return Reliability(
        k=k,
        n=n,
        n_dropped=n_dropped,
        alpha=alpha,
        alpha_if_deleted=if_deleted,
        item_total=item_total,
        flags=("below acceptable",) if alpha is not None and alpha < ALPHA_ACCEPTABLE else (),
        item_flags=tuple(
            "weak item" if r is not None and r < ITEM_TOTAL_WEAK else None for r in item_total
        ),
        note=join_notes(notes),
    )
