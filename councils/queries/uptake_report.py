"""The uptake dashboard, report and export: every figure for one council, in one object."""

from dataclasses import dataclass
from datetime import date, datetime

from django.utils import timezone

from champions.accounts.models import Council

from ..constants import TREND_MONTHS
from ..uptake import (
    Breakdown,
    ComparisonRow,
    CouncilCounts,
    Participant,
    TrendRow,
    compare,
    first_term_from,
    headline,
    monthly_trend,
    months_back,
    participation_rows,
    position_breakdown,
    tenure_breakdown,
)
from .comparison import similar_council_counts
from .participation import council_active_months, council_participants
from .required_steps import required_steps


@dataclass(frozen=True)
class CouncilUptake:
    council: Council
    today: date
    participants: tuple[Participant, ...]
    headline: CouncilCounts
    by_position: Breakdown
    by_tenure: Breakdown
    trend: tuple[TrendRow, ...]
    comparison: tuple[ComparisonRow, ...] | None

    @property
    def first_term_from(self) -> int:
        return first_term_from(self.today)

    @property
    def participation(self) -> list[tuple[str, ...]]:
        return participation_rows(self.participants)


def council_uptake(*, council: Council, now: datetime) -> CouncilUptake:
    """Everything the uptake pages show, in a fixed number of queries (3 for the programme's
    steps, 1 roster, 1 trend, 1 comparison) whatever the council's size. The steps, the
    comparison and the trend's active months come from the cache while they hold."""
    today = timezone.localdate(now)
    steps = required_steps()
    participants = council_participants(council=council, now=now, steps=steps)
    months = months_back(today, TREND_MONTHS)
    since = timezone.make_aware(datetime(months[0].year, months[0].month, 1))
    active = council_active_months(council=council, since=since, participants=participants)
    ours = headline(participants)
    return CouncilUptake(
        council=council,
        today=today,
        participants=participants,
        headline=ours,
        by_position=position_breakdown(participants),
        by_tenure=tenure_breakdown(participants, today),
        trend=monthly_trend(
            months,
            active,
            [p.completed_at.date() for p in participants if p.completed_at],
            roster=len(participants),
        ),
        comparison=compare(ours, similar_council_counts(council=council, now=now, steps=steps)),
    )
