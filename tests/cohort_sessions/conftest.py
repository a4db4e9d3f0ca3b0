from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.utils import timezone

from cohort_sessions.services import session_schedule

UK = ZoneInfo("Europe/London")


def uk(*args) -> datetime:
    return datetime(*args, tzinfo=UK)


@pytest.fixture
def schedule(world):
    """Schedules a session for the world's cohort, starting ``days`` from now."""

    def make(days: float = 3, hours: float = 2, **fields):
        starts = fields.pop("starts_at", timezone.now() + timedelta(days=days))
        fields.setdefault("title", "Session 1: open data")
        fields.setdefault("format", "online")
        fields.setdefault("joining_url", "https://meet.example.org/abc")
        return session_schedule(
            cohort=fields.pop("cohort", world.cohort),
            starts_at=starts,
            ends_at=fields.pop("ends_at", starts + timedelta(hours=hours)),
            **fields,
        )

    return make
