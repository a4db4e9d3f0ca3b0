"""The journey, in aggregate only, for a council's leaders: how many have taken the baseline,
how many are at each stage, and the average change from baseline to the end.

Leaders never see these figures live. They are published once a month as a snapshot
(``CouncilJourneySnapshot``, written by ``councils.publishing``), and each snapshot holds only
what this module returns: already suppressed and rounded. The population is every councillor of
the council who is or was in a cohort, whether or not the roster still lists them, so a roster
upload (the one thing a leader controls) cannot change it. The rules, and the attack they
stop, are in docs/disclosure-control.md. No individual's stage, score or answer ever leaves this
module.
"""

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from django.utils.translation import gettext_noop

from champions.accounts.models import Council, CouncillorProfile
from cohorts.stats import paired_change
from quizzes.constants import STAGE_LABELS, Occasion
from quizzes.models import SelfAssessment, StageSnapshot

from .suppression import THRESHOLD, round_to_base, shown_count, suppress

# The labels are stored in English in each published snapshot and translated when shown
# (councils/includes/journey_aggregates.html), so gettext_noop only marks them.
CHANGES = [
    ("A", gettext_noop("Attitude (1 to 5)")),
    ("C", gettext_noop("Confidence (0 to 10)")),
    ("B", gettext_noop("Leadership actions (0 to 8)")),
]
# The stage labels (quizzes.constants.STAGE_LABELS), marked here too so that the council's
# pages can show a published snapshot's stages in Welsh whatever quizzes' catalogue holds.
STAGE_LABELS_FOR_TRANSLATION = (
    gettext_noop("Sceptic"),
    gettext_noop("Cautious"),
    gettext_noop("Exploring"),
    gettext_noop("Capable"),
    gettext_noop("Confident champion"),
)
# An average change is published only when this many councillors answered at the start and the
# end: one person's change then moves the average by at most a tenth of its range.
CHANGE_MIN_PAIRS = 10


@dataclass(frozen=True)
class Change:
    label: str
    mean: float | None  # None when not shown
    n: int | None  # rounded to base 5; None when not shown


@dataclass(frozen=True)
class JourneyFigures:
    """What a leader may see, already suppressed (None) and rounded: the contents of one
    published snapshot."""

    members: int | None  # councillors who are or were in a cohort
    baseline_done: int | None
    with_stage: int | None
    stages: tuple[tuple[str, int | None], ...]  # (stage label, count)
    changes: tuple[Change, ...]

    def as_json(self) -> dict:
        return {
            "members": self.members,
            "baseline_done": self.baseline_done,
            "with_stage": self.with_stage,
            "stages": [[label, count] for label, count in self.stages],
            "changes": [[c.label, c.mean, c.n] for c in self.changes],
        }

    @classmethod
    def from_json(cls, data: Mapping) -> "JourneyFigures":
        return cls(
            members=data["members"],
            baseline_done=data["baseline_done"],
            with_stage=data["with_stage"],
            stages=tuple((label, count) for label, count in data["stages"]),
            changes=tuple(Change(label, mean, n) for label, mean, n in data["changes"]),
        )


def journey_figures(
    *,
    members: int,
    latest_stages: Iterable[int],
    sittings: Iterable[Mapping[str, Mapping[str, float | None]]],
) -> JourneyFigures:
    """The published figures from the true ones: a pure function.

    ``latest_stages``: each person's stage now (1 to 5). ``sittings``: for each person who has
    taken a sitting, their scores by occasion (``{"T0": {"A": 3.4, ...}, "T1": {...}}``)."""
    stages = list(latest_stages)
    sittings = list(sittings)
    counts = Counter(stages)
    raw = {str(STAGE_LABELS[n]): counts.get(n, 0) for n in range(1, 6)}
    kept = suppress(raw, total=len(stages))
    changes = []
    for dimension, label in CHANGES:
        before = [s.get(Occasion.BASELINE, {}).get(dimension) for s in sittings]
        after = [s.get(Occasion.END, {}).get(dimension) for s in sittings]
        change = paired_change(before, after)
        if change.n < max(CHANGE_MIN_PAIRS, THRESHOLD) or change.mean_diff is None:
            changes.append(Change(label, None, None))
        else:
            changes.append(Change(label, round(change.mean_diff, 1), round_to_base(change.n)))
    return JourneyFigures(
        members=shown_count(members),
        baseline_done=shown_count(sum(1 for s in sittings if Occasion.BASELINE in s)),
        with_stage=shown_count(len(stages)),
        stages=tuple(
            (label, None if kept[label] is None else round_to_base(kept[label])) for label in raw
        ),
        changes=tuple(changes),
    )


def journey_population(*, council: Council):
    """User ids of the council's councillors who are or were in a cohort, whatever the roster
    says now (``left_at`` is ignored on purpose). Facilitators and admins put people in cohorts;
    a leader cannot. People who deleted their account are gone with it."""
    return (
        CouncillorProfile.objects.filter(council=council, user__cohort_memberships__isnull=False)
        .values_list("user_id", flat=True)
        .distinct()
    )


def council_journey_figures(*, council: Council) -> JourneyFigures:
    """The figures for one council as they are now, in 3 queries. Only the publishing service
    calls this: pages show the published snapshot."""
    population = list(journey_population(council=council))
    sittings: dict[int, dict[str, dict]] = {}
    for user_id, occasion, scores in SelfAssessment.objects.filter(
        user_id__in=population, occasion__in=[Occasion.BASELINE, Occasion.END]
    ).values_list("user_id", "occasion", "scores"):
        sittings.setdefault(user_id, {})[occasion] = scores or {}
    latest: dict[int, int] = {}
    for user_id, stage in (
        StageSnapshot.objects.filter(user_id__in=population)
        .order_by("recorded_at", "pk")
        .values_list("user_id", "stage")
    ):
        latest[user_id] = stage
    return journey_figures(
        members=len(population), latest_stages=latest.values(), sittings=sittings.values()
    )


# --- Periods: figures are published once a calendar month --------------------------------


def journey_period(today: date) -> date:
    """The period a day falls in: its month, named by its first day."""
    return today.replace(day=1)


def next_period(period: date) -> date:
    return date(period.year + period.month // 12, period.month % 12 + 1, 1)
