"""The rules added to the first set: on the day of an online session, its joining link; the
pre-work still to do a few days before a session; and the 3-month follow-up once its window
opens. Each is queued once however often send_nudges runs."""

from datetime import timedelta

import pytest
from django.utils import timezone

from champions.accounts.models import User
from cohort_sessions.services import reply_set, session_schedule
from courses.services import lesson_mark_complete
from quizzes.constants import Occasion
from quizzes.models import SelfAssessment
from reminders.constants import Rule
from reminders.models import OutboxMessage
from reminders.services import nudges_queue

from .conftest import uk

pytestmark = pytest.mark.django_db


def schedule(world, *, starts, format="online", joining_url="https://meet.example.org/abc",
             prework=(), title="Session 3: open data"):  # fmt: skip
    return session_schedule(
        cohort=world.cohort, title=title, format=format, joining_url=joining_url,
        place="Committee room 2" if format != "online" else "", starts_at=starts,
        ends_at=starts + timedelta(hours=1, minutes=30), prework=prework,
    )  # fmt: skip


def chose_english(world) -> None:
    """These tests read the English words: the councillors chose English for their messages
    (with no choice they get Welsh then English: tests/reminders/test_languages.py)."""
    User.objects.filter(pk__in=[c.pk for c in world.councillors]).update(language="en-gb")


def sent_to(rule) -> set[int]:
    return set(OutboxMessage.objects.filter(rule=rule).values_list("user_id", flat=True))


# --- on the day of an online session ---------------------------------------------------------


def test_on_the_day_of_an_online_session_members_get_its_joining_link_once(world):
    chose_english(world)
    morning = uk(2026, 12, 8, 9, 0)
    session = schedule(world, starts=uk(2026, 12, 8, 18, 30), title="Session 3: open data")
    reply_set(session=session, user=world.councillors[1], answer="not_going")
    nudges_queue(now=morning)
    nudges_queue(now=morning + timedelta(hours=1))  # the clock runs hourly
    today = OutboxMessage.objects.filter(rule=Rule.SESSION_DAY)
    assert sent_to(Rule.SESSION_DAY) == {world.councillors[0].pk, world.councillors[2].pk}
    assert today.count() == 2
    message = today.get(user=world.councillors[0])
    assert message.subject == "Today: Session 3: open data at 6:30pm"
    assert "Join here: https://meet.example.org/abc" in message.body
    assert f"/sessions/{session.pk}/" in message.body


def test_the_day_before_or_once_it_has_started_there_is_no_on_the_day_reminder(world):
    schedule(world, starts=uk(2026, 12, 8, 18, 30))
    nudges_queue(now=uk(2026, 12, 7, 18, 0))  # the day before (the 2-day reminder goes)
    nudges_queue(now=uk(2026, 12, 8, 18, 45))  # started
    assert not OutboxMessage.objects.filter(rule=Rule.SESSION_DAY).exists()
    assert OutboxMessage.objects.filter(rule=Rule.SESSION).count() == 3


def test_an_in_person_session_gets_no_joining_link_reminder_but_a_hybrid_one_does(world):
    schedule(world, starts=uk(2026, 12, 8, 18, 0), format="in_person", joining_url="")
    hybrid = schedule(world, starts=uk(2026, 12, 8, 14, 0), format="hybrid", title="Hybrid")
    nudges_queue(now=uk(2026, 12, 8, 9, 0))
    occasions = set(
        OutboxMessage.objects.filter(rule=Rule.SESSION_DAY).values_list("occasion", flat=True)
    )
    assert occasions == {f"session-{hybrid.pk}-{hybrid.starts_at:%Y%m%d%H%M}"}


def test_a_cancelled_online_session_sends_nothing_on_the_day(world):
    from cohort_sessions.services import session_cancel

    session = schedule(world, starts=uk(2026, 12, 8, 18, 30))
    session_cancel(session=session)
    nudges_queue(now=uk(2026, 12, 8, 9, 0))
    assert not OutboxMessage.objects.filter(rule=Rule.SESSION_DAY).exists()


# --- pre-work ---------------------------------------------------------------------------------


def test_pre_work_reminds_only_those_booked_who_have_not_done_it_once(world):
    chose_english(world)
    first_module = world.programme.modules[0]
    lessons = world.programme.lessons[first_module.pk]
    session = schedule(world, starts=timezone.now() + timedelta(days=3), prework=[first_module])
    done, halfway, apologies = world.councillors
    for lesson in lessons:
        lesson_mark_complete(user=done, lesson=lesson)
    lesson_mark_complete(user=halfway, lesson=lessons[0])
    reply_set(session=session, user=apologies, answer="not_going")
    nudges_queue(now=timezone.now())
    nudges_queue(now=timezone.now() + timedelta(hours=5))
    assert sent_to(Rule.PREWORK) == {halfway.pk}
    message = OutboxMessage.objects.get(rule=Rule.PREWORK)
    assert message.subject == "Before Session 3: open data: your pre-work"
    assert f"- {first_module.title}" in message.body


def test_pre_work_is_not_reminded_too_early_or_for_a_session_without_any(world):
    lesson = world.programme.all_lessons[0]
    schedule(world, starts=timezone.now() + timedelta(days=9), prework=[lesson])
    schedule(world, starts=timezone.now() + timedelta(days=1), title="No pre-work")
    nudges_queue(now=timezone.now())
    assert not OutboxMessage.objects.filter(rule=Rule.PREWORK).exists()
    nudges_queue(now=timezone.now() + timedelta(days=2, hours=1))  # now a week before or less
    assert sent_to(Rule.PREWORK) == {c.pk for c in world.councillors}
    assert lesson.title in OutboxMessage.objects.filter(rule=Rule.PREWORK).first().body


# --- the 3-month follow-up --------------------------------------------------------------------


def sit(user, occasion, at):
    return SelfAssessment.objects.create(
        user=user, occasion=occasion, submitted_at=at, snapshot={}, scores={}
    )


def test_the_follow_up_reminder_goes_once_when_its_window_opens(world):
    chose_english(world)
    ended = timezone.now() - timedelta(days=89)
    finished, also_did_it = world.councillors[0], world.councillors[1]
    sit(finished, Occasion.END, ended)
    sit(also_did_it, Occasion.END, ended)
    sit(also_did_it, Occasion.FOLLOW_UP, timezone.now())  # already done: nothing to remind
    nudges_queue(now=timezone.now())
    assert not OutboxMessage.objects.filter(rule=Rule.FOLLOW_UP).exists()  # opens at 90 days
    for days in (2, 3, 30):
        nudges_queue(now=timezone.now() + timedelta(days=days))
    message = OutboxMessage.objects.get(rule=Rule.FOLLOW_UP)
    assert message.user == finished
    assert message.subject == "Your 3-month follow-up is open"
    assert "/journey/self-assessment/follow-up/" in message.body
    for word in ("stage", "score", "%"):
        assert word not in message.body.lower()


def test_no_follow_up_reminder_once_the_window_has_closed(world):
    sit(world.councillors[0], Occasion.END, timezone.now() - timedelta(days=200))
    nudges_queue(now=timezone.now())
    assert not OutboxMessage.objects.filter(rule=Rule.FOLLOW_UP).exists()


def test_the_end_check_reminder_links_to_a_page_that_exists(world, client):
    from tests.factories import instrument_items, write_history

    instrument_items()
    write_history(world.councillors[0], world.programme, lessons=4, right=[4, 4])
    nudges_queue(now=timezone.now())
    body = OutboxMessage.objects.get(rule=Rule.END_CHECK).body
    assert "/journey/self-assessment/end/" in body
    client.force_login(world.councillors[0])
    assert client.get("/journey/self-assessment/end/").status_code == 200


def reads(captured) -> int:
    return sum(q["sql"].startswith("SELECT") for q in captured.captured_queries)


def test_the_new_rules_take_the_same_queries_for_a_bigger_cohort(world):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from tests.factories.people import CouncillorFactory

    morning = uk(2026, 12, 8, 9, 0)
    module = world.programme.modules[0]
    schedule(world, starts=uk(2026, 12, 8, 18, 0), prework=[module])
    schedule(world, starts=uk(2026, 12, 10, 18, 0), prework=[world.programme.all_lessons[-1]],
             title="Session 4")  # fmt: skip
    nudges_queue(now=morning)  # the programme's structure is cached from then on
    OutboxMessage.objects.all().delete()
    with CaptureQueriesContext(connection) as small:
        nudges_queue(now=morning)
    OutboxMessage.objects.all().delete()
    for _ in range(10):
        CouncillorFactory(council=world.councils[1], cohort=world.cohort)
    with CaptureQueriesContext(connection) as big:
        nudges_queue(now=morning)
    assert len(sent_to(Rule.PREWORK)) == 13 and len(sent_to(Rule.SESSION_DAY)) == 13
    # Reads only: SQLite splits a big insert into batches (its limit on parameters).
    assert reads(big) == reads(small)
