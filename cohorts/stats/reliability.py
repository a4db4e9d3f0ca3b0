"""Reliability of a scale: Cronbach's alpha, KR-20 for the behaviour count, and corrected
item-total correlations."""

import math
from collections.abc import Sequence
from dataclasses import dataclass

from quizzes.scoring import is_valid

from .basics import is_present, join_notes, no_spread, pearson, sample_variance
from .thresholds import ALPHA_ACCEPTABLE, ITEM_TOTAL_WEAK

ALPHA = "Cronbach's alpha"
KR20 = "KR-20"


@dataclass(frozen=True)
class Reliability:
    k: int  # items
    n: int  # people used
    n_dropped: int  # people left out (alpha: any item missing; KR-20: no valid score)
    alpha: float | None  # the coefficient named in ``coefficient``
    alpha_if_deleted: tuple[float | None, ...]  # one per item
    item_total: tuple[float | None, ...]  # corrected: each item against the sum of the others
    flags: tuple[str, ...]  # ("below acceptable",) when alpha < .70
    item_flags: tuple[str | None, ...]  # "weak item" when item_total < .30
    note: str
    coefficient: str = ALPHA  # ALPHA on the answers as given, KR20 on the 0/1 scored form


def _alpha(columns: Sequence[Sequence[float]]) -> float | None:
    k = len(columns)
    totals = [math.fsum(row) for row in zip(*columns, strict=True)]
    if k < 2 or len(totals) < 2 or no_spread(totals):
        return None
    item_variance = math.fsum(0.0 if no_spread(c) else sample_variance(c) for c in columns)
    return k / (k - 1) * (1 - item_variance / sample_variance(totals))


def _reliability(
    used: list[list[float]], *, k: int, n_dropped: int, notes: list[str], too_few: str, name: str
) -> Reliability:
    """The coefficient, alpha if deleted and item-total correlations over the rows ``used``."""
    n = len(used)
    nothing = (None,) * k
    if k < 2 or n < 2:
        reason = f"Reliability needs at least two items (k = {k})." if k < 2 else too_few
        return Reliability(
            k, n, n_dropped, None, nothing, nothing, (), nothing, join_notes([reason, *notes]), name
        )
    columns = [[row[j] for row in used] for j in range(k)]
    alpha = _alpha(columns)
    if_deleted = tuple(_alpha(columns[:j] + columns[j + 1 :]) for j in range(k))
    totals = [math.fsum(row) for row in used]
    item_total = tuple(
        pearson(columns[j], [t - x for t, x in zip(totals, columns[j], strict=True)])
        for j in range(k)
    )
    if alpha is None:
        notes = ["Everyone has the same total, so reliability cannot be estimated.", *notes]
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
        coefficient=name,
    )


def cronbach_alpha(rows: Sequence[Sequence[float | None]]) -> Reliability:
    """Cronbach's alpha = k/(k-1) * (1 - sum of item variances / variance of the totals), with
    sample (n - 1) variances, over people who answered every item (rows are people, columns
    items; a short row counts as missing its last items). Also alpha with each item left out and
    each item's correlation with the total of the other items."""
    k = max((len(row) for row in rows), default=0)
    complete = [list(row) for row in rows if len(row) == k and all(is_present(v) for v in row)]
    n, n_dropped = len(complete), len(rows) - len(complete)
    dropped = f"{n_dropped} left out for missing answers." if n_dropped else ""
    too_few = f"Too few people answered every item to estimate reliability (n = {n})."
    return _reliability(
        complete, k=k, n_dropped=n_dropped, notes=[dropped], too_few=too_few, name=ALPHA
    )


def kr20(rows: Sequence[Sequence[float | None]]) -> Reliability:
    """KR-20 (Kuder-Richardson 20): the reliability of the behaviour score B, which counts the
    behaviours done at least once, worked out on that scored form rather than on the answers.

    Takes the same rows as ``cronbach_alpha``: people by items, each answer a frequency (0 never,
    1 once, 2 two-three times, 3 monthly or more; None or NaN unanswered; a short row is missing
    its last items). Each answer is dichotomised exactly as ``quizzes.scoring`` scores B: 1 when
    the frequency is at least 1, else 0, and an unanswered item counts as not done (0). A person
    who answered too few items to get a score (under 75%, so fewer than 6 of 8) is left out,
    as the score leaves them out. KR-20 = k/(k-1) * (1 - sum of p(1 - p) / variance of the
    counts), with the same variance convention in both parts, so it equals Cronbach's alpha of
    the 0/1 items. Alpha if deleted and the corrected item-total correlations (point-biserial
    here) are worked out on the same 0/1 form. The result has ``coefficient`` = "KR-20"."""
    k = max((len(row) for row in rows), default=0)
    used, unanswered = [], 0
    for row in rows:
        padded = [*row, *[None] * (k - len(row))]
        answered = sum(1 for v in padded if is_present(v))
        if is_valid(answered=answered, total=k):
            used.append([1.0 if is_present(v) and v >= 1 else 0.0 for v in padded])
            unanswered += k - answered
    n, n_dropped = len(used), len(rows) - len(used)
    notes = [
        f"{n_dropped} left out for answering too few items to have a score." if n_dropped else "",
        f"{unanswered} unanswered counted as not done, as the score counts them."
        if unanswered
        else "",
    ]
    too_few = f"Too few people with a score to estimate reliability (n = {n})."
    return _reliability(used, k=k, n_dropped=n_dropped, notes=notes, too_few=too_few, name=KR20)
