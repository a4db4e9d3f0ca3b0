"""Dates, times and durations in GOV.UK style, for every template: "6 December 2026",
"3:37am", "12pm", "1 hour 10 minutes"."""

from datetime import date, datetime, time

from django import template
from django.utils import timezone

register = template.Library()


def _local(value):
    if isinstance(value, datetime) and timezone.is_aware(value):
        return timezone.localtime(value)
    return value


@register.filter
def govuk_time(value) -> str:
    """3:37am, 12pm, 12:30am: no leading zero, no space, no full stops, minutes only when
    they are not zero."""
    if not isinstance(value, datetime | time):
        return ""
    value = _local(value)
    hour = value.hour % 12 or 12
    suffix = "am" if value.hour < 12 else "pm"
    if value.minute:
        return f"{hour}:{value.minute:02d}{suffix}"
    return f"{hour}{suffix}"


@register.filter
def govuk_date(value) -> str:
    if not isinstance(value, date):
        return ""
    value = _local(value)
    return f"{value.day} {value:%B %Y}"


@register.filter
def govuk_datetime(value) -> str:
    """6 December 2026 at 3:37am"""
    if not isinstance(value, datetime):
        return ""
    return f"{govuk_date(value)} at {govuk_time(value)}"


@register.filter
def duration(minutes) -> str:
    """A time estimate in hours and minutes: "25 minutes", "1 hour", "1 hour 10 minutes"."""
    try:
        minutes = int(minutes)
    except (TypeError, ValueError):
        return ""
    minutes = max(minutes, 0)
    hours, rest = divmod(minutes, 60)
    parts = []
    if hours:
        parts.append(f"{hours} hour{'s' if hours != 1 else ''}")
    if rest or not hours:
        parts.append(f"{rest} minute{'s' if rest != 1 else ''}")
    return " ".join(parts)
