"""Dates, times and durations in GOV.UK style, for every template: "6 December 2026",
"3:37am", "12pm", "1 hour 10 minutes"."""

from datetime import date, datetime, time

from django import template
from django.utils import dateformat, timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext, pgettext

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
    suffix = pgettext("time of day", "am") if value.hour < 12 else pgettext("time of day", "pm")
    if value.minute:
        return f"{hour}:{value.minute:02d}{suffix}"
    return f"{hour}{suffix}"


@register.filter
def govuk_date(value) -> str:
    if not isinstance(value, date):
        return ""
    value = _local(value)
    # Django's own month names, so a Welsh page says "6 Rhagfyr 2026".
    return dateformat.format(value, "j F Y")


@register.filter
def govuk_datetime(value) -> str:
    """6 December 2026 at 3:37am"""
    if not isinstance(value, datetime):
        return ""
    return _("%(date)s at %(time)s") % {"date": govuk_date(value), "time": govuk_time(value)}


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
        parts.append(ngettext("%(count)d hour", "%(count)d hours", hours) % {"count": hours})
    if rest or not hours:
        parts.append(ngettext("%(count)d minute", "%(count)d minutes", rest) % {"count": rest})
    return " ".join(parts)
