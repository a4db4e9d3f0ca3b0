"""Issue 18's bad input, through the pages people use: each gets a clear message and changes
nothing. Also the edges around it: a session that is not there or is another cohort's, repeats
that must change nothing (a second cancel, a second identical edit, the same mark twice), and
the members being emailed about a change once."""

from datetime import timedelta

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core import mail
from django.utils import timezone
from icalendar import Calendar

from cohort_sessions.models import Attendance, Reply, Session, SessionFeedback
from cohort_sessions.queries import sessions_visible_to
from cohort_sessions.services import calendar_feed_reset, register_mark, session_cancel
from courses.services import lesson_mark_complete
from tests.helpers import subject_of

from .conftest import uk
from .test_pages import form_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def as_facilitator(client, world):
    client.force_login(world.facilitator)
    return client


def pages(world, session) -> dict[str, str]:
    base = f"/cohorts/{world.cohort.pk}/sessions/{session.pk}/"
    return {"edit": base + "edit/", "cancel": base + "cancel/", "register": base + "register/"}


def started(session: Session, minutes: int = 10) -> Session:
    """The session as it is once it has begun (the services refuse to schedule one so)."""
    Session.objects.filter(pk=session.pk).update(
        starts_at=timezone.now() - timedelta(minutes=minutes)
    )
    session.refresh_from_db()
    return session


def snapshot(session: Session) -> tuple:
    row = Session.objects.get(pk=session.pk)
    return (row.title, row.starts_at, row.ends_at, row.sequence, row.status,
            list(row.prework.values_list("pk", flat=True)))  # fmt: skip


# --- The facilitator: schedule, edit, cancel ----------------------------------------------


def test_an_end_time_the_march_clock_change_skips_is_refused(as_facilitator, world):
    response = as_facilitator.post(
        f"/cohorts/{world.cohort.pk}/sessions/new/",
        form_data(date="2030-03-31", start_time="00:15", end_time="01:30"),
    )
    assert response.status_code == 400
    assert "That time does not exist in the UK on that day." in response.content.decode()
    assert not Session.objects.filter(cohort=world.cohort).exists()


def test_a_schedule_without_a_date_asks_for_one_and_saves_nothing(as_facilitator, world):
    response = as_facilitator.post(f"/cohorts/{world.cohort.pk}/sessions/new/", form_data(date=""))
    assert response.status_code == 400
    assert "This field is required" in response.content.decode()
    assert not Session.objects.filter(cohort=world.cohort).exists()


def test_an_in_person_session_needs_no_joining_link(as_facilitator, world):
    response = as_facilitator.post(
        f"/cohorts/{world.cohort.pk}/sessions/new/",
        form_data(format="in_person", joining_url=""),
    )
    assert response.status_code == 302
    session = Session.objects.get(cohort=world.cohort)
    assert (session.format, session.joining_url) == ("in_person", "")


def test_an_edit_through_the_form_moves_the_session_and_emails_members_once(
    as_facilitator, world, schedule, django_capture_on_commit_callbacks
):
    session = schedule(prework=[world.programme.modules[0]])
    module = world.programme.modules[1]
    data = form_data(title="Session 1: open data (moved)", prework=[module.pk])
    with django_capture_on_commit_callbacks(execute=True):
        response = as_facilitator.post(pages(world, session)["edit"], data, follow=True)
    assert "has been updated" in response.content.decode()
    session.refresh_from_db()
    assert session.title == "Session 1: open data (moved)" and session.sequence == 1
    assert timezone.localtime(session.starts_at).strftime("%H:%M") == "18:30"
    assert list(session.prework.values_list("pk", flat=True)) == [module.pk]
    assert sorted(m.to[0] for m in mail.outbox) == sorted(c.email for c in world.councillors)
    # The same form sent again (a double click, the back button) changes and sends nothing.
    with django_capture_on_commit_callbacks(execute=True):
        assert as_facilitator.post(pages(world, session)["edit"], data).status_code == 302
    session.refresh_from_db()
    assert session.sequence == 1
    assert len(mail.outbox) == len(world.councillors)


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"end_time": "18:00"}, "must end after it starts"),
        ({"date": "2020-01-01"}, "must start in the future"),
        ({"joining_url": "http://meet.example.org/s3"}, "must start with https://"),
    ],
)
def test_a_bad_edit_shows_the_problem_and_changes_nothing(
    as_facilitator, world, schedule, overrides, message
):
    session = schedule()
    before = snapshot(session)
    response = as_facilitator.post(pages(world, session)["edit"], form_data(**overrides))
    assert response.status_code == 400
    html = response.content.decode()
    assert "There is a problem" in html and message in html
    assert snapshot(session) == before


def test_an_edit_to_a_session_that_has_started_is_refused(
    as_facilitator, world, schedule, django_capture_on_commit_callbacks
):
    session = started(schedule(days=0.01))
    before = snapshot(session)
    with django_capture_on_commit_callbacks(execute=True):
        response = as_facilitator.post(pages(world, session)["edit"], form_data(title="New"))
    assert response.status_code == 400
    assert "already started, so it cannot be changed" in response.content.decode()
    assert snapshot(session) == before and mail.outbox == []


def test_the_edit_page_of_a_cancelled_session_says_why(as_facilitator, world, schedule):
    session = session_cancel(session=schedule())
    response = as_facilitator.get(pages(world, session)["edit"])
    assert response.status_code == 409
    assert "has been cancelled, so it cannot be changed" in response.content.decode()


def test_cancelling_asks_first_then_cancels_and_emails_members_once(
    as_facilitator, world, schedule, django_capture_on_commit_callbacks
):
    session = schedule(title="Session 4: cyber")
    path = pages(world, session)["cancel"]
    asked = as_facilitator.get(path)
    assert asked.status_code == 200 and "Cancel Session 4: cyber?" in asked.content.decode()
    assert not Session.objects.get(pk=session.pk).is_cancelled
    with django_capture_on_commit_callbacks(execute=True):
        response = as_facilitator.post(path, follow=True)
    assert "has been cancelled and members told" in response.content.decode()
    # A second click cancels nothing more and emails nobody again.
    with django_capture_on_commit_callbacks(execute=True):
        assert as_facilitator.post(path).status_code == 302
    session.refresh_from_db()
    assert session.is_cancelled and session.sequence == 1
    assert len(mail.outbox) == len(world.councillors)
    # Members who have not chosen a language get Welsh, then English.
    assert all(
        subject_of(m) == f"Wedi'i chanslo: {session.title} / Cancelled: {session.title}"
        for m in mail.outbox
    )


def test_a_session_that_has_started_cannot_be_cancelled(as_facilitator, world, schedule):
    session = started(schedule(days=0.01))
    response = as_facilitator.post(pages(world, session)["cancel"])
    assert response.status_code == 400
    assert "already started, so it cannot be cancelled" in response.content.decode()
    session.refresh_from_db()
    assert not session.is_cancelled and session.sequence == 0


def test_a_session_that_does_not_exist_is_not_found_on_every_facilitator_page(
    as_facilitator, world
):
    base = f"/cohorts/{world.cohort.pk}/sessions/999999/"
    for rest in ("edit/", "cancel/", "register/"):
        assert as_facilitator.get(base + rest).status_code == 404
        assert as_facilitator.post(base + rest).status_code == 404


# --- The register ---------------------------------------------------------------------------


def test_a_cancelled_session_has_no_register(as_facilitator, world, schedule):
    session = session_cancel(session=schedule(days=0.01))
    response = as_facilitator.post(pages(world, session)["register"], {"everyone": "present"})
    assert response.status_code == 400
    assert "was cancelled, so it has no register" in response.content.decode()
    assert not Attendance.objects.filter(session=session).exists()


def test_the_register_of_a_later_day_is_not_open_yet(as_facilitator, world, schedule):
    session = schedule(days=3)
    mark = {f"mark_{world.councillors[0].pk}": "present"}
    response = as_facilitator.post(pages(world, session)["register"], mark)
    assert response.status_code == 400
    assert "The register opens on the day of the session." in response.content.decode()
    assert not Attendance.objects.filter(session=session).exists()


def test_a_mark_that_is_not_a_choice_is_refused_and_saves_nothing(as_facilitator, world, schedule):
    session = schedule(days=0.01)
    first, second = world.councillors[:2]
    marks = {f"mark_{first.pk}": "present", f"mark_{second.pk}": "late"}
    response = as_facilitator.post(pages(world, session)["register"], marks)
    assert response.status_code == 400
    assert "Choose present, absent or apologies for each person." in response.content.decode()
    assert not Attendance.objects.filter(session=session).exists()


def test_saving_the_same_register_again_keeps_who_recorded_it_and_when(
    as_facilitator, world, schedule
):
    session = schedule(days=0.01)
    person = world.councillors[0]
    mark = {f"mark_{person.pk}": "absent"}
    assert as_facilitator.post(pages(world, session)["register"], mark).status_code == 302
    first = Attendance.objects.get(session=session, user=person)
    assert (first.status, first.recorded_by) == ("absent", world.facilitator)
    assert (
        register_mark(
            session=session, marks={person.pk: "absent"}, recorded_by=world.staff["admin"]
        )
        == 0
    )
    again = Attendance.objects.get(session=session, user=person)
    assert (again.recorded_by, again.recorded_at) == (world.facilitator, first.recorded_at)


# --- The councillor: replies, feedback, calendar ------------------------------------------


def test_a_session_that_does_not_exist_is_not_found_for_a_councillor(client, world):
    client.force_login(world.councillors[0])
    for path in ("/sessions/999999/", "/sessions/999999/calendar.ics"):
        assert client.get(path).status_code == 404


def test_a_reply_after_the_session_started_says_replies_are_closed(client, world, schedule):
    session = started(schedule(days=0.01))
    client.force_login(world.councillors[0])
    response = client.post(f"/sessions/{session.pk}/", {"form": "reply", "answer": "going"})
    assert response.status_code == 400
    assert "already started, so replies are closed" in response.content.decode()
    assert not Reply.objects.filter(session=session).exists()


def test_a_reply_to_a_cancelled_session_is_refused(client, world, schedule):
    session = session_cancel(session=schedule())
    client.force_login(world.councillors[0])
    response = client.post(f"/sessions/{session.pk}/", {"form": "reply", "answer": "going"})
    assert response.status_code == 400
    assert "This session has been cancelled." in response.content.decode()
    assert not Reply.objects.filter(session=session).exists()


def test_someone_who_attended_gives_feedback_and_can_change_it(client, world, schedule):
    session = schedule(days=0.01)
    person = world.councillors[0]
    register_mark(session=session, marks={person.pk: "present"}, recorded_by=world.facilitator)
    client.force_login(person)
    path = f"/sessions/{session.pk}/"
    assert "Send your feedback" in client.get(path).content.decode()
    data = {"form": "feedback", "usefulness": "very", "next_step": "  Ask for the data  "}
    response = client.post(path, data, follow=True)
    assert "Thank you for your feedback." in response.content.decode()
    client.post(path, data | {"usefulness": "quite"})
    assert list(
        SessionFeedback.objects.filter(session=session).values_list("usefulness", "next_step")
    ) == [("quite", "Ask for the data")]


def test_feedback_with_an_answer_that_is_not_offered_is_refused(client, world, schedule):
    session = schedule(days=0.01)
    person = world.councillors[0]
    register_mark(session=session, marks={person.pk: "present"}, recorded_by=world.facilitator)
    client.force_login(person)
    response = client.post(f"/sessions/{session.pk}/", {"form": "feedback", "usefulness": "great"})
    assert response.status_code == 400
    assert "Select a valid choice" in response.content.decode()
    assert not SessionFeedback.objects.filter(session=session).exists()


def test_feedback_from_someone_not_marked_present_is_refused(client, world, schedule):
    session = schedule(days=0.01)
    person = world.councillors[1]
    register_mark(session=session, marks={person.pk: "absent"}, recorded_by=world.facilitator)
    client.force_login(person)
    response = client.post(f"/sessions/{session.pk}/", {"form": "feedback", "usefulness": "very"})
    assert response.status_code == 400
    assert "Only people marked present" in response.content.decode()
    assert not SessionFeedback.objects.filter(session=session).exists()


def test_a_feed_link_that_was_reset_says_so_and_gives_no_sessions(client, world, schedule):
    schedule(title="Session 5: the secret one")
    old = calendar_feed_reset(user=world.councillors[0]).token
    calendar_feed_reset(user=world.councillors[0])
    response = client.get(f"/calendar/{old}.ics")
    assert response.status_code == 404
    body = response.content.decode()
    assert "no longer works: it was reset" in body and "secret one" not in body


def test_an_online_session_without_its_link_yet_has_no_location_in_the_calendar(
    client, world, schedule
):
    session = schedule(joining_url="", agenda="1. Welcome\n2. Open data")
    client.force_login(world.councillors[0])
    body = client.get(f"/sessions/{session.pk}/calendar.ics").content
    (event,) = Calendar.from_ical(body).walk("VEVENT")
    assert "location" not in event
    description = str(event["description"])
    assert "Join online" not in description and "2. Open data" in description


def test_a_lesson_set_as_prework_shows_done_once_the_councillor_completes_it(
    client, world, schedule
):
    lesson = world.programme.lessons[world.programme.modules[0].pk][0]
    session = schedule(prework=[lesson])
    person = world.councillors[0]
    client.force_login(person)
    path = f"/sessions/{session.pk}/"
    assert f"{lesson.title}</a>: <strong>to do</strong>" in client.get(path).content.decode()
    lesson_mark_complete(user=person, lesson=lesson)
    assert f"{lesson.title}</a>: done" in client.get(path).content.decode()


def test_my_learning_has_no_sessions_panel_when_none_are_coming(client, world, schedule):
    over = schedule(days=0.01)
    Session.objects.filter(pk=over.pk).update(
        starts_at=timezone.now() - timedelta(hours=3), ends_at=timezone.now() - timedelta(hours=1)
    )
    client.force_login(world.councillors[0])
    response = client.get("/learn/")
    assert response.status_code == 200
    assert "Your next sessions" not in response.content.decode()


def test_nobody_signed_out_can_see_a_session(client, schedule):
    session = schedule()
    assert not sessions_visible_to(AnonymousUser()).exists()
    response = client.get(f"/sessions/{session.pk}/")
    assert response.status_code == 302 and "/login" in response["Location"]


def test_a_session_is_named_with_its_uk_time_in_lists(schedule):
    session = schedule(starts_at=uk(2030, 7, 2, 18, 30), ends_at=uk(2030, 7, 2, 20, 0))
    assert str(session) == "Session 1: open data (02 Jul 2030 18:30)"
