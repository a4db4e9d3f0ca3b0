"""Writes: publishing the council-wide journey figures, once a period (a calendar month) for
each council. The clock runs ``publish_journey_figures`` every hour; anything already published
for the period is left exactly as it is, so running it twice, or again after a crash, leaves
one snapshot per council and period."""

from datetime import datetime

from django.utils import timezone

from champions.accounts.models import Council

from .journey import council_journey_figures, journey_period
from .models import CouncilJourneySnapshot


def journey_snapshot_publish(
    *, council: Council, now: datetime | None = None
) -> tuple[CouncilJourneySnapshot, bool]:
    """This period's snapshot for the council, published now if it has none. Returns the
    snapshot and whether it was made now."""
    now = now or timezone.now()
    period = journey_period(timezone.localdate(now))
    existing = CouncilJourneySnapshot.objects.filter(council=council, period=period).first()
    if existing is not None:
        return existing, False
    figures = council_journey_figures(council=council).as_json()
    # get_or_create: if another process published in between, its row wins and ours is dropped.
    return CouncilJourneySnapshot.objects.get_or_create(
        council=council, period=period, defaults={"published_at": now, "figures": figures}
    )


def journey_snapshots_publish_due(*, now: datetime | None = None) -> int:
    """Publishes this period's snapshot for every council that has none yet; returns how many
    were published."""
    now = now or timezone.now()
    period = journey_period(timezone.localdate(now))
    due = Council.objects.exclude(journey_snapshots__period=period).order_by("pk")
    return sum(journey_snapshot_publish(council=council, now=now)[1] for council in due)
