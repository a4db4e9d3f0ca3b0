"""The retention schedule, run daily by the clock (`manage.py clock`). What is kept and for
how long: docs/information-governance.md."""

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django_tasks import task_backends
from django_tasks_db.backend import DatabaseBackend

from privacy.constants import TASK_RESULTS_KEEP_DAYS
from privacy.services import retention_apply


class Command(BaseCommand):
    help = (
        "Deletes learners' records a set time after their last cohort ends "
        "(RETENTION_DAYS_AFTER_COHORT_END), old copies of people's data, old access-log "
        "entries and unconfirmed roster uploads, and prunes finished background-task results."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run", action="store_true", help="Count what would go; delete nothing."
        )
        parser.add_argument(
            "--days",
            type=int,
            default=None,
            help="Override RETENTION_DAYS_AFTER_COHORT_END for this run.",
        )

    def handle(self, *args, dry_run: bool, days: int | None, **options):
        result = retention_apply(dry_run=dry_run, days=days)
        self.stdout.write("Would delete:" if dry_run else "Deleted:")
        for label, count in (
            ("learner accounts", result.accounts_deleted),
            ("staff members' learner records", result.learners_cleared),
            ("copies of people's data", result.exports_deleted),
            ("access-log entries", result.access_log_deleted),
            ("unconfirmed roster uploads (emptied)", result.roster_uploads_cleared),
        ):
            self.stdout.write(f"  {label}: {count}")
        queues = self._database_task_backends()
        if not queues:
            self.stdout.write("No database task queue is configured: no task results to prune.")
        for alias in queues:
            # django-tasks-db's own command: finished results older than the limit go.
            call_command(
                "prune_db_task_results",
                # As text: the command turns the alias into a backend (and would otherwise
                # try its own default, "default", which need not be a database queue).
                f"--backend={alias}",
                queue_name="*",
                min_age_days=TASK_RESULTS_KEEP_DAYS,
                dry_run=dry_run,
                verbosity=options["verbosity"],
                stdout=self.stdout,
            )

    @staticmethod
    def _database_task_backends() -> list[str]:
        return [
            alias for alias in settings.TASKS if isinstance(task_backends[alias], DatabaseBackend)
        ]
