"""The clock process: which jobs are due when, and one real pass over the database."""

import io
from datetime import timedelta

import pytest
from django.contrib.sessions.models import Session
from django.core.management import call_command
from django.utils import timezone

from champions.management.commands.clock import JOBS, Job, Schedule
from tests.factories import CouncilFactory, StandardPageFactory

EVERY_5_MIN = Job("publish_scheduled", 300)
DAILY = Job("apply_retention", 86_400)


def test_every_job_is_due_when_the_clock_starts():
    schedule = Schedule((EVERY_5_MIN, DAILY))
    assert schedule.due(1000.0) == [EVERY_5_MIN, DAILY]


def test_after_running_each_job_waits_its_own_interval():
    schedule = Schedule((EVERY_5_MIN, DAILY))
    for job in schedule.due(0.0):
        schedule.ran(job, 0.0)
    assert schedule.due(299.0) == []
    assert schedule.seconds_to_next(299.0) == 1.0
    assert schedule.due(300.0) == [EVERY_5_MIN]
    schedule.ran(EVERY_5_MIN, 300.0)
    assert schedule.due(86_400.0) == [EVERY_5_MIN, DAILY]


def test_the_procfile_schedule_is_five_minutes_an_hour_and_a_day():
    assert {job.command: job.every for job in JOBS} == {
        "publish_scheduled": 300,
        "apply_retention": 86_400,
        "publish_journey_figures": 3_600,
        "issue_certificates": 86_400,
        "requeue_lost_tasks": 60,
        "send_nudges": 3_600,
        "clearsessions": 86_400,
    }


@pytest.mark.django_db
def test_one_pass_publishes_pages_and_journey_figures_and_applies_retention():
    council = CouncilFactory()
    page = StandardPageFactory()
    page.title = "Published by the clock"
    revision = page.save_revision(approved_go_live_at=timezone.now() - timedelta(minutes=1))
    out = io.StringIO()
    call_command("clock", once=True, stdout=out)
    page.refresh_from_db()
    assert page.title == "Published by the clock"
    assert page.live_revision_id == revision.pk
    assert "Deleted:" in out.getvalue()  # apply_retention ran and reported
    assert council.journey_snapshots.count() == 1  # this month's figures, published once
    call_command("clock", once=True, stdout=out)
    assert council.journey_snapshots.count() == 1


@pytest.mark.django_db
def test_one_pass_deletes_expired_sessions_and_keeps_live_ones():
    now = timezone.now()
    Session.objects.create(session_key="e" * 32, session_data="", expire_date=now - timedelta(1))
    Session.objects.create(session_key="l" * 32, session_data="", expire_date=now + timedelta(1))
    call_command("clock", once=True, stdout=io.StringIO())
    assert list(Session.objects.values_list("session_key", flat=True)) == ["l" * 32]


@pytest.mark.django_db
def test_a_failing_job_does_not_stop_the_others(monkeypatch, caplog):
    monkeypatch.setattr(
        "champions.management.commands.clock.JOBS", (Job("no_such_command", 300), DAILY)
    )
    out = io.StringIO()
    call_command("clock", once=True, stdout=out)
    assert "no_such_command failed" in caplog.text
    assert "Deleted:" in out.getvalue()


def test_each_job_starts_by_dropping_a_connection_the_database_closed(monkeypatch):
    # Without this, after a PostgreSQL restart every later job failed with "the connection is
    # closed" until the clock was restarted by hand (found by the cluster suite). Django's own
    # close_old_connections is watched; the job is one that needs no database.
    calls = []
    monkeypatch.setattr(
        "champions.management.commands.clock.close_old_connections", lambda: calls.append(1)
    )
    monkeypatch.setattr("champions.management.commands.clock.JOBS", (Job("check", 300),))
    call_command("clock", once=True, stdout=io.StringIO())
    assert calls == [1]


@pytest.mark.django_db
def test_inside_a_transaction_the_clock_leaves_the_connection_alone(monkeypatch):
    # Closing would end the caller's transaction (PostgreSQL closes, SQLite in memory does not).
    calls = []
    monkeypatch.setattr(
        "champions.management.commands.clock.close_old_connections", lambda: calls.append(1)
    )
    monkeypatch.setattr("champions.management.commands.clock.JOBS", (DAILY,))
    call_command("clock", once=True, stdout=io.StringIO())
    assert calls == []
