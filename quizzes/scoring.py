"""Scoring, as pure functions over plain data: no ORM, no request, no clock.

Knowledge quizzes
    single choice and true/false: 1 point when the one right option is chosen, else 0.
    multiple choice ("select all that apply"), partial credit:
        credit = max(0, (right options chosen - wrong options chosen) / right options)
    so choosing every option scores 0, and half the right ones with no wrong ones scores 0.5.
    An attempt's score is the mean credit, as a percentage.

Self-assessment (DOMAIN.md section 3)
    A  attitude: mean of 8 items (1-5) after reverse-coding (6 - x) the items marked R;
       "don't know" counts as missing.
    IC inclusion concern: mean of 2 items (1-5); reported only, never reversed.
    C  confidence: mean of 8 items (0-10).
    B  behaviour: count of the 8 behaviours done at least once (frequency >= 1), 0-8.
    K  knowledge: share of core modules mastered (best quiz attempt >= the mastery mark).
    A subscale score is valid only when at least 75% of its items are answered.
"""

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from math import ceil

VALIDITY_SHARE = 0.75


# --- knowledge quizzes ---------------------------------------------------------------------


def question_credit(*, kind: str, correct: Iterable[str], chosen: Iterable[str]) -> float:
    """Credit between 0 and 1 for one question."""
    correct, chosen = set(correct), set(chosen)
    if not correct:
        raise ValueError("A question needs at least one right option.")
    if kind == "multiple":
        hits = len(chosen & correct)
        misses = len(chosen - correct)
        return max(0.0, (hits - misses) / len(correct))
    return 1.0 if chosen == correct else 0.0


def attempt_percent(credits: Iterable[float]) -> float:
    credits = list(credits)
    if not credits:
        return 0.0
    return round(100 * sum(credits) / len(credits), 1)


def knowledge_share(
    *, best_percent_by_module: Mapping[int, float], core_module_ids: Iterable[int], mastery: float
) -> float:
    """K: the share of core modules whose best quiz attempt reaches the mastery mark."""
    core = list(core_module_ids)
    if not core:
        return 0.0
    mastered = sum(1 for module in core if best_percent_by_module.get(module, 0.0) >= mastery)
    return mastered / len(core)


# --- the self-assessment instrument ----------------------------------------------------------


def reverse(value: float, *, low: int = 1, high: int = 5) -> float:
    """Reverse-code an item: on a 1-5 scale, 6 - x."""
    return low + high - value


def is_valid(*, answered: int, total: int, share: float = VALIDITY_SHARE) -> bool:
    """Valid when at least ``share`` of the items are answered (6 of 8, 2 of 2)."""
    return total > 0 and answered >= ceil(share * total - 1e-9)


@dataclass(frozen=True)
class ItemDefinition:
    key: str
    dimension: str
    reverse: bool = False


def subscale_scores(
    items: Iterable[ItemDefinition],
    answers: Mapping[str, float | None],
    *,
    validity: float = VALIDITY_SHARE,
    totals: Mapping[str, int] | None = None,
) -> dict[str, float | None]:
    """Scores for A, IC, C and B from one sitting. ``answers`` maps item key to a value, or
    None for "don't know" / unanswered. A subscale with too few answers scores None.
    ``totals`` gives each subscale's full length when only some items were asked (a module
    check-in asks 2 of the 8 confidence items, which is never a valid score)."""
    by_dimension: dict[str, list[ItemDefinition]] = {}
    for item in items:
        by_dimension.setdefault(item.dimension, []).append(item)
    scores: dict[str, float | None] = {}
    for dimension, dimension_items in by_dimension.items():
        values = []
        for item in dimension_items:
            value = answers.get(item.key)
            if value is None:
                continue
            values.append(reverse(value) if item.reverse and dimension == "A" else value)
        total = max(len(dimension_items), (totals or {}).get(dimension, 0))
        if not is_valid(answered=len(values), total=total, share=validity):
            scores[dimension] = None
        elif dimension == "B":
            # B is a count out of all 8 behaviours; an unanswered one counts as not done.
            scores[dimension] = float(sum(1 for v in values if v >= 1))
        else:
            scores[dimension] = round(sum(values) / len(values), 3)
    return scores
