"""Knowledge gain: Hake's normalised gain, per person and for a group."""

import statistics
from collections.abc import Iterable
from dataclasses import dataclass

from .basics import is_present, join_notes, too_few
from .thresholds import ENOUGH_PAIRS


@dataclass(frozen=True)
class Gain:
    n: int  # people with both scores
    n_dropped: int
    n_at_ceiling: int  # full marks before: no room to gain, so no individual gain
    mean_pre: float | None
    mean_post: float | None
    mean_gain: float | None  # the mean of the individual gains
    gain_of_means: float | None  # Hake's class gain, from the mean scores of all n
    note: str
    median_gain: float | None = None  # the median of the individual gains


def normalised_gain(pre: float | None, post: float | None, maximum: float) -> float | None:
    """Hake's g = (post - pre) / (maximum - pre): the share of the possible gain achieved.
    Negative when the score fell. None when a score is missing or pre is already the maximum."""
    if not (is_present(pre) and is_present(post) and is_present(maximum)) or pre >= maximum:
        return None
    return (post - pre) / (maximum - pre)


def mean_normalised_gain(
    pairs: Iterable[tuple[float | None, float | None]], maximum: float
) -> Gain:
    """The mean and the median of the individual gains (people at full marks before have none,
    and are counted in ``n_at_ceiling``), and Hake's gain of the means: the gain from the mean
    pre score to the mean post score of everyone with both, those at the ceiling included.

    Hake's benchmarks (0.3 or more a good result) are for the gain of the means. The mean of
    individual gains is not the same figure and one person can swing it: nine learners going
    50 -> 75 and one going 95 -> 50 give a class gain of 0.40 but a mean individual gain of
    -0.45 (that one fall counts as -9), while the median individual gain is 0.5."""
    pairs = list(pairs)
    complete = [(pre, post) for pre, post in pairs if is_present(pre) and is_present(post)]
    n = len(complete)
    if n == 0:
        note = "No one has both a pre-test and a post-test score yet."
        return Gain(0, len(pairs), 0, None, None, None, None, note)
    gains = [g for pre, post in complete if (g := normalised_gain(pre, post, maximum)) is not None]
    mean_pre = statistics.fmean(pre for pre, _ in complete)
    mean_post = statistics.fmean(post for _, post in complete)
    at_ceiling = n - len(gains)
    notes = [] if n >= ENOUGH_PAIRS else [too_few(n, "both scores")]
    if at_ceiling:
        notes.append(
            f"{at_ceiling} scored full marks before, so had no room to gain; they are left out"
            " of the mean of individual gains."
        )
    return Gain(
        n=n,
        n_dropped=len(pairs) - n,
        n_at_ceiling=at_ceiling,
        mean_pre=mean_pre,
        mean_post=mean_post,
        mean_gain=statistics.fmean(gains) if gains else None,
        gain_of_means=normalised_gain(mean_pre, mean_post, maximum),
        note=join_notes(notes),
        median_gain=statistics.median(gains) if gains else None,
    )
