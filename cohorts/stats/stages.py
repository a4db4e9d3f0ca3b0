"""Stage transitions from baseline to now, and the median."""

import statistics
from collections.abc import Iterable
from dataclasses import dataclass

from .basics import is_present, too_few
from .thresholds import ENOUGH_PAIRS, STAGES


@dataclass(frozen=True)
class Transitions:
    counts: tuple[tuple[int, ...], ...]  # counts[baseline - 1][current - 1], 5 x 5
    n: int
    n_dropped: int  # a stage missing (or not 1-5)
    baseline_totals: tuple[int, ...]  # row sums
    current_totals: tuple[int, ...]  # column sums
    moved_up: int
    stayed: int
    moved_down: int
    share_up: float | None
    share_stayed: float | None
    share_down: float | None
    note: str


def stage_transitions(pairs: Iterable[tuple[int | None, int | None]]) -> Transitions:
    """The baseline x current stage matrix and how many moved up, stayed or moved down."""
    counts = [[0] * STAGES for _ in range(STAGES)]
    n_dropped = 0
    for baseline, current in pairs:
        if baseline in range(1, STAGES + 1) and current in range(1, STAGES + 1):
            counts[int(baseline) - 1][int(current) - 1] += 1
        else:
            n_dropped += 1
    n = sum(map(sum, counts))
    up = sum(counts[i][j] for i in range(STAGES) for j in range(i + 1, STAGES))
    same = sum(counts[i][i] for i in range(STAGES))
    down = n - up - same
    if n == 0:
        note = "No one has both a baseline and a latest stage yet."
    else:
        note = too_few(n, "both stages") if n < ENOUGH_PAIRS else ""
    return Transitions(
        counts=tuple(tuple(row) for row in counts),
        n=n,
        n_dropped=n_dropped,
        baseline_totals=tuple(sum(row) for row in counts),
        current_totals=tuple(sum(column) for column in zip(*counts, strict=True)),
        moved_up=up,
        stayed=same,
        moved_down=down,
        share_up=up / n if n else None,
        share_stayed=same / n if n else None,
        share_down=down / n if n else None,
        note=note,
    )


def median(values: Iterable[float | None]) -> float | None:
    """The median of the values present; None when there are none."""
    present = [v for v in values if is_present(v)]
    return float(statistics.median(present)) if present else None
