"""Scheduling, rescheduling, cancelling, replying, the register and feedback: every refusal
says why and writes nothing; emails about a change go once."""

import socket
from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone

from cohort_sessions.constants import AttendanceStatus, ReplyAnswer, SessionStatus
from cohort_sessions.models import Attendance, Reply, Session, SessionFeedback
from cohort_sessions.services import (
    SessionRefused,
    calendar_feed_reset,
    feedback_submit,
    register_mark,
    register_mark_everyone_present,
    reply_set,
    session_cancel,
    session_update,
)
from cohort_sessions.tasks import send_change_emails
from tests.factories import build_world
from tests.helpers import subject_of

pytestmark = pytest.mark.django_db


def test_scheduling_stores_the_session_with_its_prework(world, schedule):
    module = world.programme.modules[0]
    session = schedule(prework=[module])
    assert list(session.prework.all()) == [module.page_ptr]
    assert session.sequence == 0 and session.status == SessionStatus.SCHEDULED


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"hours": -1}, "must end after it starts"),
        ({"days": -1}, "must start in the future"),
        ({"joining_url": "http://meet.example.org/x"}, "must start with https://"),
    ],
)
def test_bad_sessions_are_refused_and_nothing_is_written(world, schedule, fields, message):
    with pytest.raises(SessionRefused, match=message):
        schedule(**fields)
    assert not Session.objects.filter(cohort=world.cohort).exists()


def test_prework_from_another_programme_is_refused(world, schedule):
    elsewhere = build_world().programme.modules[0]
    with pytest.raises(SessionRefused, match="this cohort's programme"):
        schedule(prework=[elsewhere])
    assert not Session.objects.filter(cohort=world.cohort).exists()


def test_reschedule_raises_the_sequence_and_emails_members_once(
    world, schedule, django_capture_on_commit_callbacks
):
    session = schedule()
    uid = session.uid
    with django_capture_on_commit_callbacks(execute=True):
        moved = session_update(
            session=session, starts_at=session.starts_at + timedelta(days=1),
            ends_at=session.ends_at + timedelta(days=1),
        )  # fmt: skip
    assert moved.uid == uid and moved.sequence == 1
    assert sorted(m.to[0] for m in mail.outbox) == sorted(c.email for c in world.councillors)
    assert "Changed:" in mail.outbox[0].subject
    # The same task again (a retry) sends nothing more.
    assert send_change_emails.call(session_id=session.pk, sequence=1) == 0
    assert len(mail.outbox) == len(world.councillors)


def test_a_title_change_raises_the_sequence_without_emailing(
    schedule, django_capture_on_commit_callbacks
):
    session = schedule()
    with django_capture_on_commit_callbacks(execute=True):
        edited = session_update(session=session, title="Session 1: open data (new title)")
    assert edited.sequence == 1 and mail.outbox == []


def test_cancel_marks_the_session_cancelled_once(
    world, schedule, django_capture_on_commit_callbacks
):
    session = schedule()
    with django_capture_on_commit_callbacks(execute=True):
        session_cancel(session=session)
        again = session_cancel(session=session)
    assert again.status == SessionStatus.CANCELLED and again.sequence == 1
    assert len(mail.outbox) == len(world.councillors)
    assert subject_of(mail.outbox[0]).startswith("Wedi'i chanslo: ")  # Welsh first, then
    assert " / Cancelled: " in subject_of(mail.outbox[0])  # English: no language chosen


def test_an_edit_to_a_cancelled_session_is_refused(world, schedule):
    session = session_cancel(session=schedule())
    with pytest.raises(SessionRefused, match="has been cancelled"):
        session_update(session=session, title="New")
    assert Session.objects.get(cohort=world.cohort).title == "Session 1: open data"


def test_reply_is_one_per_person_and_can_change(world, schedule):
    session, person = schedule(), world.councillors[0]
    reply_set(session=session, user=person, answer=ReplyAnswer.GOING)
    reply_set(session=session, user=person, answer=ReplyAnswer.NOT_GOING)
    assert Reply.objects.get(session__cohort=world.cohort).answer == ReplyAnswer.NOT_GOING


def test_a_reply_after_the_session_started_is_refused(world, schedule):
    session = schedule()
    with pytest.raises(SessionRefused, match="already started"):
        reply_set(
            session=session, user=world.councillors[0], answer=ReplyAnswer.GOING,
            now=session.starts_at + timedelta(minutes=5),
        )  # fmt: skip
    assert not Reply.objects.filter(session__cohort=world.cohort).exists()


def test_someone_outside_the_cohort_cannot_reply(world, schedule):
    with pytest.raises(SessionRefused, match="Only members"):
        reply_set(session=schedule(), user=world.outsider, answer=ReplyAnswer.GOING)
    assert not Reply.objects.filter(session__cohort=world.cohort).exists()


def test_a_register_for_someone_not_in_the_cohort_saves_nothing(world, schedule):
    session = schedule(days=0.01)
    marks = {world.councillors[0].pk: "present", world.outsider.pk: "present"}
    with pytest.raises(SessionRefused, match="only include members"):
        register_mark(session=session, marks=marks, recorded_by=world.facilitator)
    assert not Attendance.objects.filter(session__cohort=world.cohort).exists()


def test_the_register_opens_on_the_day(world, schedule):
    session = schedule(days=3)
    with pytest.raises(SessionRefused, match="opens on the day"):
        register_mark_everyone_present(session=session, recorded_by=world.facilitator)
    assert not Attendance.objects.filter(session__cohort=world.cohort).exists()


def test_mark_everyone_present_keeps_marks_already_made_and_corrections_work(world, schedule):
    session = schedule(days=0.01)
    first, *others = world.councillors
    register_mark(session=session, marks={first.pk: "apologies"}, recorded_by=world.facilitator)
    assert register_mark_everyone_present(session=session, recorded_by=world.facilitator) == 2
    assert register_mark_everyone_present(session=session, recorded_by=world.facilitator) == 0
    register_mark(session=session, marks={first.pk: "present"}, recorded_by=world.facilitator)
    statuses = dict(
        Attendance.objects.filter(session__cohort=world.cohort).values_list("user_id", "status")
    )
    assert statuses == {p.pk: AttendanceStatus.PRESENT for p in world.councillors}


def test_feedback_is_for_people_who_were_there(world, schedule):
    session = schedule(days=0.01)
    there, away = world.councillors[:2]
    register_mark(session=session, marks={there.pk: "present", away.pk: "absent"},
                  recorded_by=world.facilitator)  # fmt: skip
    feedback_submit(session=session, user=there, usefulness="very", next_step="Ask for data")
    with pytest.raises(SessionRefused, match="marked present"):
        feedback_submit(session=session, user=away, usefulness="very")
    assert list(
        SessionFeedback.objects.filter(session__cohort=world.cohort).values_list(
            "user_id", "next_step"
        )
    ) == [(there.pk, "Ask for data")]


def test_resetting_the_feed_replaces_the_secret(world):
    person = world.councillors[0]
    old = calendar_feed_reset(user=person).token
    new = calendar_feed_reset(user=person).token
    assert old != new and len(new) >= 40


def test_the_session_was_not_reachable_before_now(schedule):
    # A session scheduled "now" is in the past by the time anyone sees it.
    with pytest.raises(SessionRefused, match="future"):
        schedule(starts_at=timezone.now())


# --- Refusals the forms catch first, kept for any other caller --------------------------


def test_times_without_a_time_zone_are_refused(world, schedule):
    naive = (timezone.localtime() + timedelta(days=3)).replace(tzinfo=None)
    with pytest.raises(SessionRefused, match="as UK times"):
        schedule(starts_at=naive, ends_at=naive + timedelta(hours=2))
    assert not Session.objects.filter(cohort=world.cohort).exists()


def test_a_format_that_is_not_a_choice_is_refused_for_that_field(world, schedule):
    with pytest.raises(SessionRefused, match="not a valid choice") as refused:
        schedule(format="carrier pigeon")
    assert refused.value.field == "format"
    assert not Session.objects.filter(cohort=world.cohort).exists()


def test_only_the_editable_fields_can_be_changed(world, schedule):
    session = schedule()
    with pytest.raises(TypeError, match="Not editable"):
        session_update(session=session, cohort=build_world().cohort)
    assert Session.objects.get(pk=session.pk).cohort == world.cohort


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda s, u: reply_set(session=s, user=u, answer="maybe"), "Select going"),
        (lambda s, u: feedback_submit(session=s, user=u, usefulness="great"), "how useful"),
        (
            lambda s, u: register_mark(session=s, marks={u.pk: "late"}, recorded_by=u),
            "Choose present, absent or apologies",
        ),
    ],
)
def test_answers_that_are_not_a_choice_are_refused(world, schedule, call, message):
    session, person = schedule(days=0.01), world.councillors[0]
    with pytest.raises(SessionRefused, match=message):
        call(session, person)
    assert not Reply.objects.filter(session=session).exists()
    assert not Attendance.objects.filter(session=session).exists()
    assert not SessionFeedback.objects.filter(session=session).exists()


def test_a_change_email_that_fails_to_send_is_sent_on_the_retry(world, schedule, settings):
    session = schedule()
    session_update(session=session, place="Room 2")  # the emails' task is not run here
    with socket.socket() as probe:  # a port on this machine with nothing listening
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", port, 5
    with pytest.raises(OSError):
        send_change_emails.call(session_id=session.pk, sequence=1)
    assert Session.objects.get(pk=session.pk).notified_sequence == 0  # released, not lost
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    assert send_change_emails.call(session_id=session.pk, sequence=1) == len(world.councillors)
    assert send_change_emails.call(session_id=session.pk, sequence=1) == 0
    assert len(mail.outbox) == len(world.councillors)
