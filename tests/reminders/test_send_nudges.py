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
