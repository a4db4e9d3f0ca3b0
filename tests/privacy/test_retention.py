"""The retention schedule (`manage.py apply_retention`): learners' records go a set time after
their last cohort ends; old copies of people's data, old access-log entries, unconfirmed roster
uploads and finished background-task results are pruned."""

from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import timezone
from django_tasks_db.compat import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from champions.accounts.constants import Role
from champions.accounts.models import Council, User
from champions.accounts.services import role_grant
from cohorts.constants import DepartureReason
from cohorts.models import Cohort, CohortDeparture, CohortMembership
from cohorts.services import cohort_member_add, cohort_upsert
from councils.constants import RosterUploadStatus
from councils.services import roster_upload_stage
from privacy.models import AccessLogEntry, DataExport
from privacy.services import (
    access_record,
    data_export_build,
    data_export_request,
)
from privacy.tasks import send_departure_emails
from quizzes.models import QuizAttempt
from tests.factories import CouncillorFactory
from tests.helpers import roster_csv

from .conftest import EMAIL

pytestmark = pytest.mark.django_db


@pytest.fixture
def old_cohort(world, council, people) -> Cohort:
    """A cohort on the learner's council that ended about 2 years and 3 months ago."""
    today = timezone.localdate()
    return cohort_upsert(
        name="Long-ago cohort",
        programme=world.programme.page,
        start_date=today - timedelta(days=900),
        end_date=today - timedelta(days=800),
        councils=[council],
        facilitators=[people["facilitator"]],
    )


def councillor(email: str, council: Council) -> User:
    return CouncillorFactory(email=email, first_name="Old", last_name="Member", council=council)


def run(*args) -> str:
    out = StringIO()
    call_command("apply_retention", *args, stdout=out)
    return out.getvalue()


def test_learners_whose_every_cohort_ended_long_ago_are_deleted(
    learner, history, old_cohort, cohort, outbox, django_capture_on_commit_callbacks, council
):
    gone = councillor("gone@riverside.example.org", council)
    cohort_member_add(cohort=old_cohort, user=gone)
    # Still in a running cohort as well: kept, with every record.
    cohort_member_add(cohort=old_cohort, user=learner)
    attempts = QuizAttempt.objects.filter(user=learner).count()

    with django_capture_on_commit_callbacks(execute=True):
        output = run()

    assert not User.objects.filter(email="gone@riverside.example.org").exists()
    assert User.objects.filter(email=EMAIL).exists()
    assert QuizAttempt.objects.filter(user=learner).count() == attempts
    assert "Deleted:\n  learner accounts: 1\n" in output
    departure = CohortDeparture.objects.get(cohort=old_cohort)
    assert departure.reason == DepartureReason.RETENTION
    assert outbox == []  # a cohort that ended two years ago is not news to its facilitator


def test_staff_who_were_learners_keep_their_account_but_not_their_learner_records(
    old_cohort, council
):
    leader = councillor("leader.and.learner@riverside.example.org", council)
    role_grant(user=leader, role=Role.COUNCIL_LEADER)
    cohort_member_add(cohort=old_cohort, user=leader)
    output = run()
    assert User.objects.filter(pk=leader.pk).exists()
    assert not CohortMembership.objects.filter(user=leader).exists()
    assert "staff members' learner records: 1" in output


def test_a_dry_run_counts_and_deletes_nothing(old_cohort, council):
    cohort_member_add(cohort=old_cohort, user=councillor("dry@riverside.example.org", council))
    output = run("--dry-run")
    assert "Would delete:\n  learner accounts: 1\n" in output
    assert User.objects.filter(email="dry@riverside.example.org").exists()
    assert not CohortDeparture.objects.exists()


def test_the_period_is_configurable(old_cohort, settings, council):
    cohort_member_add(cohort=old_cohort, user=councillor("kept@riverside.example.org", council))
    settings.RETENTION_DAYS_AFTER_COHORT_END = 1000
    run()
    assert User.objects.filter(email="kept@riverside.example.org").exists()
    run("--days", "799")
    assert not User.objects.filter(email="kept@riverside.example.org").exists()


def test_copies_of_people_s_data_go_after_seven_days(learner, people):
    old = data_export_build(
        export=data_export_request(user=learner, now=timezone.now() - timedelta(days=8)),
        now=timezone.now() - timedelta(days=8),
    )
    fresh = data_export_build(export=data_export_request(user=people["councillor"]))
    assert "copies of people's data: 1" in run()
    assert not DataExport.objects.filter(pk=old.pk).exists()
    assert DataExport.objects.filter(pk=fresh.pk).exists()


def test_old_access_log_entries_and_stale_roster_uploads_are_pruned(
    people, learner, council, settings
):
    settings.ACCESS_LOG_RETENTION_DAYS = 365
    for days in (400, 10):
        access_record(
            actor=people["facilitator"],
            action="viewed_learner",
            subject=learner,
            path="/cohorts/1/learners/1/",
            at=timezone.now() - timedelta(days=days),
        )
    upload = roster_upload_stage(
        council=council,
        uploaded_by=people["leader"],
        filename="r.csv",
        data=roster_csv([("Ann Example", "ann@example.org", "backbench", "", "")]),
        now=timezone.now() - timedelta(days=8),
    )
    run()
    assert AccessLogEntry.objects.count() == 1
    upload.refresh_from_db()
    assert upload.status == RosterUploadStatus.DISCARDED and upload.rows == []


def test_finished_task_results_older_than_thirty_days_are_pruned(settings):
    settings.TASKS = {
        "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
        "queue": {"BACKEND": "django_tasks_db.DatabaseBackend"},
    }
    for _ in range(3):
        send_departure_emails.using(backend="queue").enqueue(cohort_ids=[])
    old, recent, waiting = DBTaskResult.objects.order_by("enqueued_at")
    now = timezone.now()
    DBTaskResult.objects.filter(pk=old.pk).update(
        status=TaskResultStatus.SUCCESSFUL, finished_at=now - timedelta(days=31)
    )
    DBTaskResult.objects.filter(pk=recent.pk).update(
        status=TaskResultStatus.SUCCESSFUL, finished_at=now - timedelta(days=2)
    )
    run()
    assert set(DBTaskResult.objects.values_list("pk", flat=True)) == {recent.pk, waiting.pk}
