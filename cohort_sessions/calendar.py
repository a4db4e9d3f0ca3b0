"""iCalendar files for sessions, built with the ``icalendar`` library (never by hand). Each
session is one event whose UID never changes; SEQUENCE rises with every change and a cancelled
session stays in the feed as STATUS:CANCELLED, so calendars update the event they already
hold instead of adding a second one. Times are written in Europe/London with its VTIMEZONE."""

from collections.abc import Iterable
from datetime import date, datetime
from zoneinfo import ZoneInfo

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext
from icalendar import Calendar, Event

from champions.links import absolute_reverse

from .models import Session

UK = ZoneInfo("Europe/London")
PRODID = "-//Digital Champions for Councillors//Live sessions//EN"


def uid_of(session: Session) -> str:
    return f"{session.uid}@digital-champions"


def _description(session: Session, *, with_joining_link: bool) -> str:
    lines = [
        gettext("%(cohort)s: %(language)s session.")
        % {"cohort": session.cohort.name, "language": session.get_language_display()}
    ]
    if with_joining_link and session.joining_url:
        lines.append(gettext("Join online: %(url)s") % {"url": session.joining_url})
    if session.agenda:
        lines += ["", session.agenda]
    details = absolute_reverse("cohort_sessions:detail", session.pk)
    lines += ["", gettext("Details and pre-work: %(url)s") % {"url": details}]
    return "\n".join(lines)


def session_event(session: Session, *, stamp: datetime, with_joining_link: bool) -> Event:
    event = Event()
    event.add("uid", uid_of(session))
    event.add("sequence", session.sequence)
    event.add("dtstamp", stamp)
    event.add("last-modified", session.updated_at or stamp)
    event.add("dtstart", session.starts_at.astimezone(UK))
    event.add("dtend", session.ends_at.astimezone(UK))
    event.add("summary", session.title)
    location = session.place or (session.joining_url if with_joining_link else "")
    if location:
        event.add("location", location)
    event.add("description", _description(session, with_joining_link=with_joining_link))
    event.add("url", absolute_reverse("cohort_sessions:detail", session.pk))
    event.add("status", "CANCELLED" if session.is_cancelled else "CONFIRMED")
    return event


def calendar_for(
    sessions: Iterable[Session], *, name: str, with_joining_link: bool = True
) -> bytes:
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", name)
    cal.add("x-wr-timezone", settings.TIME_ZONE)
    stamp = timezone.now()
    sessions = list(sessions)
    for session in sessions:
        cal.add_component(session_event(session, stamp=stamp, with_joining_link=with_joining_link))
    # Europe/London's rules only for the years the sessions need. The library's default (1970
    # to 2038) includes 1968-71's year-round "British Standard Time", which some parsers
    # (dateutil's, under vobject) misread as BST all year round: an hour out every winter.
    years = [s.starts_at.astimezone(UK).year for s in sessions] or [stamp.year]
    cal.add_missing_timezones(
        first_date=date(min(years) - 1, 1, 1), last_date=date(max(years) + 2, 1, 1)
    )
    return cal.to_ical()
