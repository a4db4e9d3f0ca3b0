"""Small-number suppression and rounding for figures shown to council leaders: pure functions,
no ORM. The rules, and why, are in docs/disclosure-control.md.

Any cell under the threshold (5) is hidden, zero included. Hidden cells are then topped up with
the next-smallest visible cells until they add up to at least the threshold, so that neither one
hidden cell nor a combination of hidden cells can be worked out by subtracting the visible ones
from the total. (With exactly one hidden cell this hides the next-smallest too, the usual rule;
the top-up also catches several tiny cells, such as three zeros.) A group whose total is under
the threshold is hidden entirely.

Every hidden cell reads the same (``HIDDEN``): were a cell hidden because it is small to read
differently from one hidden only to protect a small one, the wording would give away which
cells are small.
"""

from collections.abc import Mapping

from django.utils.translation import gettext_lazy as _

THRESHOLD = 5
# Journey figures (stages, change) are rounded to the nearest multiple of this, as UK official
# statistics often do, so that a change of one person is not visible in a published total.
ROUNDING_BASE = 5
HIDDEN = _("Not shown")


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


def round_to_base(count: int, base: int = ROUNDING_BASE) -> int:
    """The nearest multiple of ``base``; halves go up (12.5 is not possible for whole counts
    with base 5, so only even bases meet a tie)."""
    return (count + base // 2) // base * base


def shown_count(count: int, threshold: int = THRESHOLD, base: int = ROUNDING_BASE) -> int | None:
    """One figure standing alone (a total): None when under the threshold, else rounded."""
    return None if count < threshold else round_to_base(count, base)


def cell_text(shown: int | None) -> str:
    """What a table shows for one cell: the number, or ``HIDDEN`` whatever the reason it is
    hidden."""
    return HIDDEN if shown is None else f"{shown:,}"
