"""The journey figures a council's pages show: the latest published snapshot, never live
figures (see ``councils.journey`` and docs/disclosure-control.md). One query."""

from dataclasses import dataclass
from datetime import date, datetime

from champions.accounts.models import Council

from ..journey import JourneyFigures, next_period
from ..models import CouncilJourneySnapshot


@dataclass(frozen=True)
class PublishedJourney:
    figures: JourneyFigures | None  # None until the first snapshot is published
    period: date | None
    published_at: datetime | None
    next_update: date | None


def published_journey(*, council: Council, today: date) -> PublishedJourney:
    snapshot = (
        CouncilJourneySnapshot.objects.filter(council=council, period__lte=today)
        .order_by("-period")
        .first()
    )
    if snapshot is None:
        return PublishedJourney(None, None, None, None)
    return PublishedJourney(
        figures=JourneyFigures.from_json(snapshot.figures),
        period=snapshot.period,
        published_at=snapshot.published_at,
        next_update=next_period(snapshot.period),
    )
