"""The sceptic-to-confident stage model (DOMAIN.md section 3), as pure functions.

Thresholds are data (``Thresholds``), loaded from the site settings a lead trainer edits, so
nothing here hard-codes a calibration. The rule, in order:

    A < a_sceptic                                     -> 1 Sceptic
    A < a_positive, or (K < k_exploring and C < c_cautious) -> 2 Cautious
    K < k_capable or C < c_capable                    -> 3 Exploring
    K < k_champion or C < c_champion or B < b_champion -> 4 Capable
    otherwise                                         -> 5 Confident champion

A Sceptic with K >= k_informed is flagged an "informed sceptic".
"""

from dataclasses import dataclass
from math import ceil, floor

from django.utils.translation import gettext as _
from django.utils.translation import ngettext


@dataclass(frozen=True)
class Thresholds:
    a_sceptic: float = 2.75
    a_positive: float = 3.5
    k_exploring: float = 0.3
    c_cautious: float = 5.0
    k_capable: float = 0.6
    c_capable: float = 6.5
    k_champion: float = 0.8
    c_champion: float = 7.5
    b_champion: float = 3.0
    k_informed: float = 0.5


@dataclass(frozen=True)
class Stage:
    number: int
    informed_sceptic: bool = False


def stage_for(*, a: float, k: float, c: float, b: float, t: Thresholds = Thresholds()) -> Stage:
    if a < t.a_sceptic:
        return Stage(1, informed_sceptic=k >= t.k_informed)
    if a < t.a_positive or (k < t.k_exploring and c < t.c_cautious):
        return Stage(2)
    if k < t.k_capable or c < t.c_capable:
        return Stage(3)
    if k < t.k_champion or c < t.c_champion or b < t.b_champion:
        return Stage(4)
    return Stage(5)


def _modules_needed(k: float, target: float, core_modules: int) -> int:
    mastered = floor(k * core_modules + 1e-9)
    return max(1, ceil(target * core_modules - 1e-9) - mastered)


def next_steps(
    *, a: float, k: float, c: float, b: float, core_modules: int, t: Thresholds = Thresholds()
) -> list[str]:
    """What would move a learner to the next stage, in plain English, most concrete first."""
    stage = stage_for(a=a, k=k, c=c, b=b, t=t).number
    steps: list[str] = []
    if stage == 5:
        return [_("Keep going: share what you have learned with colleagues, and take the "
                  "follow-up check-in when it is offered.")]  # fmt: skip
    if stage in (1, 2) and a < t.a_positive:
        steps.append(
            _(
                "Work through the case studies and test them against your own doubts. Your views "
                "are measured again in the end-of-programme self-assessment."
            )
        )
    k_target = {3: t.k_capable, 4: t.k_champion}.get(stage)
    if stage == 2 and a >= t.a_positive:
        k_target = t.k_exploring  # positive, but not yet the knowledge or the confidence
    if k_target is not None and k < k_target:
        needed = _modules_needed(k, k_target, core_modules)
        steps.append(
            ngettext(
                "Pass %(count)s more core module quiz with at least the mastery mark.",
                "Pass %(count)s more core module quizzes with at least the mastery mark.",
                needed,
            )
            % {"count": needed}
        )
    c_target = {3: t.c_capable, 4: t.c_champion}.get(stage)
    if c_target is not None and c < c_target:
        steps.append(
            _(
                "Build your confidence (now %(now)s out of 10; the next stage needs %(target)s): "
                "try the questions to ask officers in a real meeting."
            )
            % {"now": f"{c:.1f}", "target": f"{c_target:g}"}
        )
    if stage == 4 and b < t.b_champion:
        steps.append(
            _(
                "Put it into practice: %(count)s more of the leadership actions in the "
                "self-assessment, such as raising inclusion in a decision."
            )
            % {"count": int(t.b_champion - b)}
        )
    return steps
