"""Replies, registers, feedback and calendar links are personal data: in "download my data",
gone when the person's learner records are erased (and so at retention), and a facilitator's
register marks about others stay out of the facilitator's own copy."""

import pytest

from cohort_sessions.models import Attendance, CalendarFeed, Reply, SessionFeedback
from cohort_sessions.services import (
    calendar_feed_reset,
    feedback_submit,
    register_mark,
    reply_set,
)
from cohorts.constants import DepartureReason
from privacy.queries import personal_data
from privacy.services import learner_records_erase

pytestmark = pytest.mark.django_db


@pytest.fixture
def history(world, schedule):
    person = world.councillors[0]
    later = schedule(title="Later session")
    reply_set(session=later, user=person, answer="not_going")
    today = schedule(title="Today's session", days=0.01)
    register_mark(session=today, marks={person.pk: "present"}, recorded_by=world.facilitator)
    feedback_submit(session=today, user=person, usefulness="quite", next_step="Map our data")
    calendar_feed_reset(user=person)
    return person


def test_download_my_data_holds_replies_attendance_feedback_and_the_feed(history):
    data = personal_data(user=history)
    assert [(r["session"], r["reply"]) for r in data["session_replies"]] == [
        ("Later session", "not_going")
    ]
    assert [(r["session"], r["status"]) for r in data["session_attendance"]] == [
        ("Today's session", "present")
    ]
    assert data["session_feedback"][0]["next_step"] == "Map our data"
    assert len(data["calendar_feed"]) == 1
    assert "token" not in data["calendar_feed"][0]  # the secret itself is not copied out


def test_the_facilitators_copy_does_not_hold_the_marks_they_made(world, history):
    assert personal_data(user=world.facilitator)["session_attendance"] == []


def test_erasing_learner_records_removes_every_session_trace(history):
    learner_records_erase(user=history, reason=DepartureReason.RETENTION, notify=False)
    for model in (Reply, Attendance, SessionFeedback, CalendarFeed):
        assert not model.objects.filter(user=history).exists(), model.__name__
