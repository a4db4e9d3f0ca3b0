"""When a commitment's follow-ups are due: pure, no clock and no database."""

from datetime import date, timedelta

from .constants import FOLLOW_UP_DAYS


def follow_up_due_on(set_on: date, days: int) -> date:
    return set_on + timedelta(days=days)


def follow_ups_due(*, set_on: date, today: date, answered: frozenset[int] | set[int]) -> list[int]:
    """The follow-ups (30, 90) open on ``today`` and not yet answered. The 30-day one stays open
    after day 90 until it is answered, so nobody loses the chance to say what happened."""
    return [
        days
        for days in FOLLOW_UP_DAYS
        if days not in answered and today >= follow_up_due_on(set_on, days)
    ]
