"""Statistics for the facilitator dashboards (DOMAIN.md section 3, "What facilitators need to see").

Pure functions over plain numbers: no ORM, no request, no clock; the standard library only, and
the scores' validity rule from quizzes.scoring (also pure), so KR-20 counts whom the B score
counts. Every function copes with nobody, one or two people, no spread and missing answers (None
or NaN): it never raises for those, it puts None in whatever it cannot work out and says why in
``note``, in words a facilitator can read on the dashboard. ``note`` is "" when there is nothing
to add.

Thresholds (module constants, so a dashboard can quote them):
    paired change   ``enough`` needs 5 pairs; the exact Wilcoxon test is run below 10 pairs.
    reliability     alpha (or KR-20) < .70 "below acceptable"; corrected item-total r < .30
                    "weak item".
    quiz items      p > .90 "too easy", p < .30 "too hard"; discrimination < .20 "not
                    discriminating", judged only from 10 answers (a common rule of thumb: .20 is
                    the usual floor for a classroom item worth keeping).
Scores are often means of items, so two scores that should be equal can differ in the last bits;
values within 1e-9 of each other count as equal (for "no spread", zero differences and ties).

One module a concept: t_distribution (Student's t), paired (pre/post change), gain (knowledge
gain), reliability (Cronbach's alpha, and KR-20 for the behaviour count), items (quiz item
analysis), stages (transitions and the median); thresholds and basics are what they share.
Import from the package. Tests compare them with stored scipy/pingouin/mpmath reference values
(tests/cohorts/reference/).
"""

from .gain import Gain, mean_normalised_gain, normalised_gain
from .items import ItemStats, item_analysis
from .paired import PairedChange, SignedRank, paired_change, signed_rank
from .reliability import Reliability, cronbach_alpha, kr20
from .stages import Transitions, median, stage_transitions
from .t_distribution import t_quantile
from .thresholds import (
    ALPHA_ACCEPTABLE,
    DISCRIMINATION_MIN_N,
    DISCRIMINATION_WEAK,
    ENOUGH_PAIRS,
    ITEM_TOTAL_WEAK,
    STAGES,
    TOO_EASY,
    TOO_HARD,
    WILCOXON_BELOW,
)

__all__ = [
    "ALPHA_ACCEPTABLE",
    "DISCRIMINATION_MIN_N",
    "DISCRIMINATION_WEAK",
    "ENOUGH_PAIRS",
    "ITEM_TOTAL_WEAK",
    "STAGES",
    "TOO_EASY",
    "TOO_HARD",
    "WILCOXON_BELOW",
    "Gain",
    "ItemStats",
    "PairedChange",
    "Reliability",
    "SignedRank",
    "Transitions",
    "cronbach_alpha",
    "item_analysis",
    "kr20",
    "mean_normalised_gain",
    "median",
    "normalised_gain",
    "paired_change",
    "signed_rank",
    "stage_transitions",
    "t_quantile",
]
