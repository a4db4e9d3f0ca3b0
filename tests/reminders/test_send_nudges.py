"""`send_nudges`: what is due is queued once however often it runs; a council in its
pre-election period gets nothing that is not transactional while its cohort-mates from another
council get theirs; people who turned reminders off or left get nothing; no stage or score."""

import io
from datetime import date, timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone

from champions.accounts.models import CouncillorProfile
from courses.models import Enrolment
from reminders.constants import Rule, SkipReason, Status
from reminders.models import OutboxMessage, PreElectionPeriod
from reminders.services import nudges_queue, outbox_send, reminders_set

pytestmark = pytest.mark.django_db


def run(**kwargs) -> str:
    out = io.StringIO()
    call_command("send_nudges", queue_only=True, stdout=out, **kwargs)
    return out.getvalue()


def keys():
    return sorted(OutboxMessage.objects.values_list("rule", "user_id", "occasion"))


def test_running_twice_queues_each_message_once(world):
    first = run()
    queued = keys()
    assert "Queued 5 message(s)." in first
    second = run()
    assert keys() == queued
    assert "Queued 0 message(s)." in second
    assert "Skipped 5: already queued." in second


def test_the_stalled_reminder_waits_then_repeats_at_most_three_times(world):
    councillor = world.councillors[0]
    nudges_queue(now=timezone.now())  # welcomes
    stalled = OutboxMessage.objects.filter(rule=Rule.STALLED, user=councillor)
    nudges_queue(now=timezone.now() + timedelta(days=13))
    assert not stalled.exists()
    for day in (15, 20, 29, 44, 59, 74, 89):
        nudges_queue(now=timezone.now() + timedelta(days=day))
    # Days 15, 29 and 44 (each at least 14 days after the last); then the cap.
    assert stalled.count() == 3
    assert sorted(o.rsplit("-", 1)[1] for o in stalled.values_list("occasion", flat=True)) == [
        "1", "2", "3"
    ]  # fmt: skip


def test_activity_starts_a_fresh_count_of_stalled_reminders(world):
    councillor = world.councillors[0]
    later = timezone.now() + timedelta(days=15)
    nudges_queue(now=later)
    Enrolment.objects.filter(user=councillor).update(last_active_at=later)
    nudges_queue(now=later + timedelta(days=1))
    nudges_queue(now=later + timedelta(days=15))
    assert OutboxMessage.objects.filter(rule=Rule.STALLED, user=councillor).count() == 2


def test_a_pre_election_council_gets_nothing_while_its_cohort_mates_do(world):
    home, other = world.councils
    PreElectionPeriod.objects.create(
        council=home, starts=timezone.localdate() - timedelta(days=3),
        ends=timezone.localdate() + timedelta(days=30),
    )  # fmt: skip
    report = nudges_queue(now=timezone.now())
    in_home = {world.councillors[0].pk, world.councillors[1].pk, world.leader.pk}
    reached = set(OutboxMessage.objects.values_list("user_id", flat=True))
    assert reached.isdisjoint(in_home)
    assert world.councillors[2].pk in reached  # the other council's cohort-mate
    assert world.facilitator.pk in reached
    assert report.skipped[SkipReason.PRE_ELECTION] == 3  # two welcomes, the leader's summary


def test_a_message_queued_before_the_pre_election_period_is_not_sent_in_it(world, outbox):
    nudges_queue(now=timezone.now())
    message = OutboxMessage.objects.get(rule=Rule.WELCOME, user=world.councillors[0])
    PreElectionPeriod.objects.create(
        council=world.councils[0], starts=timezone.localdate(), ends=timezone.localdate()
    )
    assert outbox_send(message_id=message.pk) == Status.CANCELLED
    assert outbox == []


def test_a_pre_election_period_in_the_past_pauses_nothing(world):
    PreElectionPeriod.objects.create(
        council=world.councils[0], starts=date(2026, 4, 1), ends=date(2026, 5, 7)
    )
    nudges_queue(now=timezone.now())
    assert OutboxMessage.objects.filter(user=world.councillors[0]).exists()


def test_reminders_off_or_left_the_council_gets_nothing(world):
    reminders_set(user=world.councillors[0], off=True)
    CouncillorProfile.objects.filter(user=world.councillors[1]).update(left_at=timezone.now())
    out = run()
    reached = set(OutboxMessage.objects.values_list("user_id", flat=True))
    assert world.councillors[0].pk not in reached and world.councillors[1].pk not in reached
    assert "Skipped 1: turned reminders off." in out
    assert "Skipped 1: left the council." in out


def test_a_session_two_days_away_reminds_members_who_have_not_sent_apologies(world):
    from cohort_sessions.services import reply_set, session_schedule

    starts = timezone.now() + timedelta(days=1, hours=20)
    session = session_schedule(
        cohort=world.cohort, title="Session 2: data in committee", format="online",
        joining_url="https://meet.example.org/xyz", starts_at=starts,
        ends_at=starts + timedelta(hours=2),
    )  # fmt: skip
    reply_set(session=session, user=world.councillors[1], answer="not_going")
    nudges_queue(now=timezone.now())
    reminders = OutboxMessage.objects.filter(rule=Rule.SESSION)
    assert set(reminders.values_list("user_id", flat=True)) == {
        world.councillors[0].pk, world.councillors[2].pk
    }  # fmt: skip
    body = reminders.first().body
    assert "Session 2: data in committee" in body and "https://meet.example.org/xyz" in body


def test_digests_and_summaries_hold_no_stage_score_or_answer(world):
    nudges_queue(now=timezone.now())
    for message in OutboxMessage.objects.filter(
        rule__in=[Rule.FACILITATOR_DIGEST, Rule.LEADER_SUMMARY]
    ):
        text = (message.subject + message.body).lower()
        for word in ("stage", "score", "sceptic", "confident", "answer", "%"):
            assert word not in text
    digest = OutboxMessage.objects.get(rule=Rule.FACILITATOR_DIGEST)
    assert "Members: 3" in digest.body
    summary = OutboxMessage.objects.get(rule=Rule.LEADER_SUMMARY)
    assert "Councillors on the roster: 3" in summary.body  # two members and the outsider


def test_working_out_what_is_due_takes_the_same_queries_for_a_bigger_cohort(world):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from tests.factories.people import CouncillorFactory

    later = timezone.now() + timedelta(days=15)  # stalled reminders due for everyone
    with CaptureQueriesContext(connection) as small:
        nudges_queue(now=later)
    OutboxMessage.objects.all().delete()
    for _ in range(10):
        CouncillorFactory(council=world.councils[1], cohort=world.cohort)
    with CaptureQueriesContext(connection) as big:
        report = nudges_queue(now=later)
    assert report.queued == 13 + 2  # stalled for 13 members; the digest; the summary
    assert len(big) == len(small)
    assert len(small) <= 24  # 23 on an empty database, 24 with the demo loaded


def test_the_end_of_programme_check_reminder_goes_once_every_core_module_is_complete(world):
    from tests.factories import instrument_items, write_history

    instrument_items()
    done, halfway = world.councillors[0], world.councillors[1]
    write_history(done, world.programme, lessons=4, right=[4, 4])
    write_history(halfway, world.programme, lessons=2, right=[4])
    nudges_queue(now=timezone.now())
    checks = OutboxMessage.objects.filter(rule=Rule.END_CHECK)
    assert list(checks.values_list("user_id", flat=True)) == [done.pk]
    assert "/journey/self-assessment/" in checks.get().body


def test_the_command_sends_what_it_queued(world, outbox):
    out = io.StringIO()
    call_command("send_nudges", stdout=out)
    text = out.getvalue()
    assert "Queued 5 message(s)." in text
    assert "Handed 5 message(s) to the worker." in text or "quiet hours" in text


def test_a_message_is_not_sent_to_someone_who_turned_reminders_off_or_left_since(world, outbox):
    nudges_queue(now=timezone.now())
    off, left = world.councillors[0], world.councillors[1]
    reminders_set(user=off, off=True)
    CouncillorProfile.objects.filter(user=left).update(left_at=timezone.now())
    for person in (off, left):
        message = OutboxMessage.objects.get(rule=Rule.WELCOME, user=person)
        assert outbox_send(message_id=message.pk) == Status.CANCELLED
        message.refresh_from_db()
        assert message.error.startswith("Not sent:")
    assert outbox == []


def test_someone_who_had_the_added_email_gets_no_second_welcome(world):
    from cohorts.models import CohortMembership

    CohortMembership.objects.filter(user=world.councillors[0]).update(
        welcome_sent_at=timezone.now()
    )
    nudges_queue(now=timezone.now())
    welcomed = set(
        OutboxMessage.objects.filter(rule=Rule.WELCOME).values_list("user_id", flat=True)
    )
    assert welcomed == {world.councillors[1].pk, world.councillors[2].pk}
