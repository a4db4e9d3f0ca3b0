"""The session pages as people use them: the facilitator schedules, edits, cancels and takes
the register; the councillor replies, downloads the .ics, gives feedback and manages their
calendar link. Each page has one h1 and a pinned query count; bad input gets a clear message
and changes nothing."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from cohort_sessions.models import Attendance, CalendarFeed, Reply, Session
from cohort_sessions.services import register_mark, session_cancel
from councils.views import council_sessions_attended
from courses.services import lesson_mark_complete
from tests.helpers import h1_count

pytestmark = pytest.mark.django_db

# Pinned. Facilitator pages: the user, their roles, the two-step check and the cohort (4), then
# each page's own reads, the same whatever the cohort's size.
QUERIES = {
    "list": 5,  # + the sessions with their reply and attendance counts
    "new": 7,  # + the programme's pages, then the modules and the lessons for pre-work
    "edit": 9,  # + the session, its pre-work, and the pages to choose from (3)
    "register": 8,  # + the session, members, replies, marks
    # Councillor: user, roles, the session with its pre-work (3), reply, feedback, membership,
    # attendance, what they completed.
    "detail": 11,
    "feed_settings": 3,  # user, roles, their calendar link
}


def count(client, path: str) -> tuple[int, str]:
    client.get(path)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(path)
    assert response.status_code == 200, (path, response.status_code)
    html = response.content.decode()
    assert h1_count(html) == 1
    return len(captured), html


def form_data(**overrides):
    day = timezone.localdate() + timedelta(days=10)
    data = {
        "title": "Session 3: services people can use",
        "date": day.isoformat(),
        "start_time": "18:30",
        "end_time": "20:00",
        "format": "hybrid",
        "place": "Council Chamber",
        "joining_url": "https://meet.example.org/s3",
        "language": "bilingual",
        "agenda": "1. Welcome",
    }
    return data | overrides


@pytest.fixture
def as_facilitator(client, world):
    client.force_login(world.facilitator)
    return client


def test_every_facilitator_page_has_one_h1_and_a_pinned_query_count(
    as_facilitator, world, schedule
):
    session = schedule(prework=[world.programme.modules[0]], days=0.01)
    base = f"/cohorts/{world.cohort.pk}/sessions/"
    pages = {"list": base, "new": base + "new/", "edit": f"{base}{session.pk}/edit/",
             "register": f"{base}{session.pk}/register/"}  # fmt: skip
    counts = {name: count(as_facilitator, path)[0] for name, path in pages.items()}
    assert counts == {name: QUERIES[name] for name in pages}


def test_the_councillor_pages_have_one_h1_and_a_pinned_query_count(client, world, schedule):
    session = schedule(prework=[world.programme.modules[0]])
    client.force_login(world.councillors[0])
    assert count(client, f"/sessions/{session.pk}/")[0] == QUERIES["detail"]
    assert count(client, "/account/calendar/")[0] == QUERIES["feed_settings"]


def test_scheduling_through_the_form_saves_uk_time_with_prework(as_facilitator, world):
    module = world.programme.modules[0]
    response = as_facilitator.post(
        f"/cohorts/{world.cohort.pk}/sessions/new/", form_data(prework=[module.pk])
    )
    assert response.status_code == 302
    session = Session.objects.get(cohort=world.cohort)
    assert timezone.localtime(session.starts_at).strftime("%H:%M") == "18:30"
    assert list(session.prework.values_list("pk", flat=True)) == [module.pk]


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"end_time": "17:00", "start_time": "17:00"}, "must end after it starts"),
        ({"date": "2020-01-01"}, "must start in the future"),
        ({"joining_url": "http://meet.example.org/s3"}, "must start with https://"),
        ({"title": ""}, "This field is required"),
    ],
)
def test_bad_schedules_show_an_error_and_save_nothing(as_facilitator, world, overrides, message):
    response = as_facilitator.post(
        f"/cohorts/{world.cohort.pk}/sessions/new/", form_data(**overrides)
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert "There is a problem" in html and message in html
    assert not Session.objects.filter(cohort=world.cohort).exists()


def test_a_time_the_march_clock_change_skips_is_refused(as_facilitator, world):
    response = as_facilitator.post(
        f"/cohorts/{world.cohort.pk}/sessions/new/",
        form_data(date="2030-03-31", start_time="01:30", end_time="03:00"),
    )
    assert response.status_code == 400
    assert "does not exist in the UK" in response.content.decode()
    assert not Session.objects.filter(cohort=world.cohort).exists()


def test_editing_a_cancelled_session_says_why_and_changes_nothing(as_facilitator, world, schedule):
    session = session_cancel(session=schedule())
    path = f"/cohorts/{world.cohort.pk}/sessions/{session.pk}/edit/"
    response = as_facilitator.post(path, form_data(title="Changed"))
    assert response.status_code == 409
    assert "has been cancelled" in response.content.decode()
    assert Session.objects.get(cohort=world.cohort).title == "Session 1: open data"


def test_the_register_marks_everyone_present_then_takes_a_correction(
    as_facilitator, world, schedule
):
    session = schedule(days=0.01)
    path = f"/cohorts/{world.cohort.pk}/sessions/{session.pk}/register/"
    assert as_facilitator.post(path, {"everyone": "present"}).status_code == 302
    first = world.councillors[0]
    as_facilitator.post(path, {f"mark_{first.pk}": "apologies"})
    statuses = dict(
        Attendance.objects.filter(session__cohort=world.cohort).values_list("user_id", "status")
    )
    assert statuses[first.pk] == "apologies"
    assert sum(1 for s in statuses.values() if s == "present") == len(world.councillors) - 1
    assert "2 of 3 marked present" in as_facilitator.get(path).content.decode()


def test_a_register_naming_someone_outside_the_cohort_saves_nothing(
    as_facilitator, world, schedule
):
    session = schedule(days=0.01)
    path = f"/cohorts/{world.cohort.pk}/sessions/{session.pk}/register/"
    response = as_facilitator.post(
        path, {f"mark_{world.councillors[0].pk}": "present", f"mark_{world.outsider.pk}": "present"}
    )
    assert response.status_code == 400
    assert "only include members" in response.content.decode()
    assert not Attendance.objects.filter(session__cohort=world.cohort).exists()


def test_the_councillor_replies_going_and_sees_it(client, world, schedule):
    session = schedule()
    client.force_login(world.councillors[0])
    response = client.post(f"/sessions/{session.pk}/", {"form": "reply", "answer": "going"})
    assert response.status_code == 302
    assert Reply.objects.get(session__cohort=world.cohort).answer == "going"


def test_a_reply_without_a_choice_gets_a_message(client, world, schedule):
    session = schedule()
    client.force_login(world.councillors[0])
    response = client.post(f"/sessions/{session.pk}/", {"form": "reply"})
    assert response.status_code == 400
    assert "Select going, can" in response.content.decode()
    assert not Reply.objects.filter(session__cohort=world.cohort).exists()


def test_my_learning_shows_the_next_session_and_its_prework_status(client, world, schedule):
    person = world.councillors[0]
    module = world.programme.modules[0]
    session = schedule(title="Session 2: data", prework=[module])
    client.force_login(person)
    html = client.get("/learn/").content.decode()
    assert "Your next sessions" in html and "Session 2: data" in html
    assert f"To do before {timezone.localtime(session.starts_at):%A}" in html
    for lesson in world.programme.lessons[module.pk]:
        lesson_mark_complete(user=person, lesson=lesson)
    html = client.get("/learn/").content.decode()
    assert f'Done: <a class="govuk-link" href="{module.url}">' in html


def test_the_feed_settings_page_shows_a_link_and_reset_replaces_it(client, world):
    client.force_login(world.councillors[0])
    first = client.get("/account/calendar/").content.decode()
    token = CalendarFeed.objects.get(user=world.councillors[0]).token
    assert f"/calendar/{token}.ics" in first
    assert client.post("/account/calendar/").status_code == 302
    assert CalendarFeed.objects.get(user=world.councillors[0]).token != token
    assert client.get(f"/calendar/{token}.ics").status_code == 404


def test_attendance_counts_on_the_leaders_participation_figures(client, world, schedule):
    session = schedule(days=0.01)
    home = world.councils[0]
    register_mark(
        session=session,
        marks={p.pk: "present" for p in world.councillors},
        recorded_by=world.facilitator,
    )
    # Two of the three present are on the leader's council's roster.
    figures = council_sessions_attended(council=home)
    assert (figures.attendances, figures.councillors) == (2, 2)
    client.force_login(world.leader)
    html = client.get(f"/council/{home.slug}/").content.decode()
    assert "Attended a live session (2 attendances in all)" in html
    session_cancel(session=schedule())  # a cancelled session never counts
    assert council_sessions_attended(council=home).attendances == 2


def test_the_learner_page_shows_sessions_attended(as_facilitator, world, schedule):
    person = world.councillors[1]
    for _ in range(2):
        session = schedule(days=0.01)
        register_mark(session=session, marks={person.pk: "present"}, recorded_by=world.facilitator)
    html = as_facilitator.get(f"/cohorts/{world.cohort.pk}/learners/{person.pk}/").content
    assert b"Live sessions attended: 2." in html


def test_the_edit_form_starts_from_the_sessions_uk_date_and_times(as_facilitator, world, schedule):
    session = schedule()
    starts = timezone.localtime(session.starts_at)
    html = as_facilitator.get(
        f"/cohorts/{world.cohort.pk}/sessions/{session.pk}/edit/"
    ).content.decode()
    assert f'value="{starts:%Y-%m-%d}"' in html and f'value="{starts:%H:%M}"' in html
