"""The .ics file and the feed: parsed by icalendar and, independently, by vobject. A
reschedule keeps the UID and raises SEQUENCE; a cancellation is a cancelled event; times are
right on both sides of the March and October clock changes."""

from datetime import UTC, datetime, timedelta
from unittest import mock

import pytest
import vobject
from django.utils import timezone
from icalendar import Calendar

from cohort_sessions.services import calendar_feed_reset, session_cancel, session_update

from .conftest import uk

pytestmark = pytest.mark.django_db


def events_by_icalendar(body: bytes) -> list:
    return list(Calendar.from_ical(body).walk("VEVENT"))


def events_by_vobject(body: bytes) -> list:
    return list(vobject.readOne(body.decode()).vevent_list)


def download(client, session):
    response = client.get(f"/sessions/{session.pk}/calendar.ics")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    return response.content


def test_the_ics_file_parses_with_both_parsers_and_says_the_same(client, world, schedule):
    session = schedule(title="Session 2: data ethics", place="Room 4, County Hall")
    client.force_login(world.councillors[0])
    body = download(client, session)
    (ours,) = events_by_icalendar(body)
    (theirs,) = events_by_vobject(body)
    assert str(ours["uid"]) == theirs.uid.value == f"{session.uid}@digital-champions"
    assert str(ours["summary"]) == theirs.summary.value == "Session 2: data ethics"
    assert ours.decoded("dtstart") == theirs.dtstart.value == session.starts_at
    assert ours.decoded("dtend") == theirs.dtend.value == session.ends_at
    assert theirs.location.value == "Room 4, County Hall"
    assert "https://meet.example.org/abc" in theirs.description.value


def test_a_reschedule_keeps_the_uid_and_raises_sequence_in_the_feed(client, world, schedule):
    session = schedule()
    feed = calendar_feed_reset(user=world.councillors[0])
    before = client.get(f"/calendar/{feed.token}.ics").content
    session_update(
        session=session,
        starts_at=session.starts_at + timedelta(hours=1),
        ends_at=session.ends_at + timedelta(hours=1),
    )
    after = client.get(f"/calendar/{feed.token}.ics").content
    (old,), (new,) = events_by_vobject(before), events_by_vobject(after)
    assert old.uid.value == new.uid.value
    assert int(new.sequence.value) == int(old.sequence.value) + 1
    assert new.dtstart.value == old.dtstart.value + timedelta(hours=1)
    assert len(events_by_icalendar(after)) == 1  # the same event, never a duplicate


def test_a_cancellation_is_a_cancelled_event_with_the_same_uid(client, world, schedule):
    session = schedule()
    feed = calendar_feed_reset(user=world.councillors[0])
    session_cancel(session=session)
    body = client.get(f"/calendar/{feed.token}.ics").content
    (ours,), (theirs,) = events_by_icalendar(body), events_by_vobject(body)
    assert str(ours["status"]) == theirs.status.value == "CANCELLED"
    assert theirs.uid.value == f"{session.uid}@digital-champions"
    assert int(theirs.sequence.value) == 1


@pytest.mark.parametrize(
    ("local", "utc_hour"),
    [
        (uk(2027, 3, 27, 18, 30), 18),  # Saturday before the clocks go forward: GMT
        (uk(2027, 3, 28, 18, 30), 17),  # Sunday after: BST, an hour ahead of UTC
        (uk(2027, 10, 30, 18, 30), 17),  # Saturday before the clocks go back: BST
        (uk(2027, 10, 31, 18, 30), 18),  # Sunday after: GMT again
    ],
)
def test_times_are_right_on_both_sides_of_the_clock_changes(
    client, world, schedule, local, utc_hour
):
    now = datetime(2027, 1, 1, tzinfo=UTC)
    with mock.patch("django.utils.timezone.now", return_value=now):
        session = schedule(starts_at=local, now=now)
    assert session.starts_at.astimezone(UTC).hour == utc_hour
    client.force_login(world.councillors[0])
    body = download(client, session)
    (ours,), (theirs,) = events_by_icalendar(body), events_by_vobject(body)
    for start in (ours.decoded("dtstart"), theirs.dtstart.value):
        assert (start.hour, start.minute) == (18, 30)  # UK wall-clock time
        assert start.astimezone(UTC).hour == utc_hour
    assert "TZID=Europe/London" in body.decode()
    assert b"BEGIN:VTIMEZONE" in body


def test_a_reset_feed_link_stops_working(client, world, schedule):
    schedule()
    old = calendar_feed_reset(user=world.councillors[0]).token
    calendar_feed_reset(user=world.councillors[0])
    response = client.get(f"/calendar/{old}.ics")
    assert response.status_code == 404
    assert "was reset" in response.content.decode()


def test_the_feed_holds_only_the_persons_own_cohorts_sessions(client, world, schedule):
    from tests.factories import build_world

    ours = schedule(title="Ours")
    other = build_world()
    schedule(title="Theirs", cohort=other.cohort)
    body = client.get(f"/calendar/{calendar_feed_reset(user=world.councillors[0]).token}.ics")
    titles = [e.summary.value for e in events_by_vobject(body.content)]
    assert titles == [ours.title]


def test_feed_tokens_are_long_and_random(world):
    tokens = {calendar_feed_reset(user=world.councillors[0]).token for _ in range(5)}
    assert len(tokens) == 5 and all(len(t) >= 40 for t in tokens)
    assert timezone.now()  # the clock is real here
