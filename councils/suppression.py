"""Small-number suppression for figures shown to council leaders: a pure function, no ORM.

Any cell under the threshold (5) is hidden. Hidden cells are then topped up with the
next-smallest visible cells until they add up to at least the threshold, so that neither one
hidden cell nor a combination of hidden cells can be worked out by subtracting the visible ones
from the total. (With exactly one hidden cell this hides the next-smallest too, the usual rule;
the top-up also catches several tiny cells, such as three zeros.) A group whose total is under
the threshold is hidden entirely.
"""

from collections.abc import Mapping

THRESHOLD = 5


def suppress(
    counts: Mapping[str, int], total: int, threshold: int = THRESHOLD
) -> dict[str, int | None]:
    """The counts with hidden cells replaced by None. Keys keep their order.

    ``total`` is the figure published for the whole group (usually ``sum(counts)``)."""
    if total < threshold:
        return dict.fromkeys(counts)
    hidden = {key for key, value in counts.items() if value < threshold}
    # Smallest first; ties broken by the caller's key order, so the result is deterministic.
    order = {key: i for i, key in enumerate(counts)}
    visible = sorted((k for k in counts if k not in hidden), key=lambda k: (counts[k], order[k]))
    while hidden and visible and sum(counts[k] for k in hidden) < threshold:
        hidden.add(visible.pop(0))
    return {key: (None if key in hidden else value) for key, value in counts.items()}


def cell_text(count: int, shown: int | None, threshold: int = THRESHOLD) -> str:
    """What a table shows for one cell: the number, "fewer than 5", or "not shown" for a cell
    hidden only so that a smaller one cannot be worked out."""
    if shown is not None:
        return f"{shown:,}"
    return f"fewer than {threshold}" if count < threshold else "not shown"
