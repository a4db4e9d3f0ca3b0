"""Pure rules: when a stalled reminder is due, quiet hours, and filling in a template. No ORM,
no clock (the caller passes "now")."""

import string
from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from .constants import (
    QUIET_FROM_HOUR,
    QUIET_UNTIL_HOUR,
    STALLED_AFTER_DAYS,
    STALLED_MAX_TIMES,
)

UK = ZoneInfo("Europe/London")


def is_quiet_hours(now: datetime) -> bool:
    hour = now.astimezone(UK).hour
    return hour >= QUIET_FROM_HOUR or hour < QUIET_UNTIL_HOUR


def stalled_occasion(
    *,
    last_activity: datetime,
    reminders_sent: int,
    last_reminder_at: datetime | None,
    now: datetime,
    after_days: int = STALLED_AFTER_DAYS,
    max_times: int = STALLED_MAX_TIMES,
) -> str | None:
    """The occasion key of the next stalled reminder ("stalled-<n>" for the n-th since the last
    activity, which the caller encodes with the activity's date), or None when none is due:
    not idle long enough, one sent less than ``after_days`` ago, or ``max_times`` already."""
    if reminders_sent >= max_times:
        return None
    if now - last_activity < timedelta(days=after_days):
        return None
    if last_reminder_at is not None and now - last_reminder_at < timedelta(days=after_days):
        return None
    return f"{reminders_sent + 1}"


def placeholders_in(text: str) -> list[str]:
    """The {names} a template uses; raises ValueError on a malformed brace."""
    return [name for _, name, _, _ in string.Formatter().parse(text) if name is not None]


def unknown_placeholders(text: str, allowed: tuple[str, ...]) -> list[str]:
    return sorted({n for n in placeholders_in(text) if n not in allowed})


@dataclass(frozen=True)
class Rendered:
    subject: str
    body: str


def render(*, subject: str, body: str, context: dict[str, object]) -> Rendered:
    """Fills the {placeholders}; names were checked when the template was saved."""
    values = {k: "" if v is None else str(v) for k, v in context.items()}
    return Rendered(
        subject=subject.format_map(_Blank(values)), body=body.format_map(_Blank(values))
    )


class _Blank(dict):
    def __missing__(self, key):
        return ""
