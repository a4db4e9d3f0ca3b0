"""The journey, in aggregate only, for a council's leaders: how many have taken the baseline,
how many are at each stage now, and the average change from baseline to the end. Every group
smaller than 5 is hidden (with the subtraction rule in ``suppression``); no individual's stage,
score or answer ever leaves this module."""

from collections import Counter
from dataclasses import dataclass

from champions.accounts.models import Council, CouncillorProfile
from cohorts.stats import ENOUGH_PAIRS, paired_change
from quizzes.constants import STAGE_LABELS, Occasion
from quizzes.models import SelfAssessment, StageSnapshot

from .suppression import THRESHOLD, cell_text, suppress

CHANGES = [
    ("A", "Attitude (1 to 5)"),
    ("C", "Confidence (0 to 10)"),
    ("B", "Leadership actions (0 to 8)"),
]


@dataclass(frozen=True)
class JourneyAggregates:
    members: int
    baseline_done: int
    with_stage: int
    stages: tuple[tuple[str, str], ...]  # (stage label, what the table shows)
    changes: tuple[tuple[str, str], ...]  # (measure, average change or why it is not shown)


def council_journey(*, council: Council) -> JourneyAggregates:
    user_ids = list(
        CouncillorProfile.objects.filter(council=council, left_at__isnull=True).values_list(
            "user_id", flat=True
        )
    )
    sittings: dict[int, dict[str, dict]] = {}
    for user_id, occasion, scores in SelfAssessment.objects.filter(
        user_id__in=user_ids, occasion__in=[Occasion.BASELINE, Occasion.END]
    ).values_list("user_id", "occasion", "scores"):
        sittings.setdefault(user_id, {})[occasion] = scores
    latest: dict[int, int] = {}
    for user_id, stage in (
        StageSnapshot.objects.filter(user_id__in=user_ids)
        .order_by("recorded_at", "pk")
        .values_list("user_id", "stage")
    ):
        latest[user_id] = stage
    counts = Counter(latest.values())
    raw = {STAGE_LABELS[n]: counts.get(n, 0) for n in range(1, 6)}
    shown = suppress(raw, total=len(latest))
    stages = tuple((label, cell_text(raw[label], shown[label])) for label in raw)
    changes = []
    for dimension, label in CHANGES:
        pairs = [
            (s.get(Occasion.BASELINE, {}).get(dimension), s.get(Occasion.END, {}).get(dimension))
            for s in sittings.values()
        ]
        change = paired_change([b for b, _ in pairs], [a for _, a in pairs])
        if change.n < max(ENOUGH_PAIRS, THRESHOLD) or change.mean_diff is None:
            changes.append(
                (
                    label,
                    f"Not shown: fewer than {THRESHOLD} councillors answered at the start and end",
                )
            )
        else:
            changes.append((label, f"{change.mean_diff:+.1f} on average ({change.n} councillors)"))
    return JourneyAggregates(
        members=len(user_ids),
        baseline_done=sum(1 for s in sittings.values() if Occasion.BASELINE in s),
        with_stage=len(latest),
        stages=stages,
        changes=tuple(changes),
    )
