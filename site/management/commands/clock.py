"""The clock process (Procfile `clock`): runs the scheduled jobs for as long as it lives.

Every minute (TASK_RECOVERY_EVERY_SECONDS) it puts tasks left running by a dead worker back
in the queue. Every 5 minutes Wagtail's `publish_scheduled` (pages and snippets whose go-live
or expiry time has come); every hour `publish_journey_figures` (this month's council-wide
journey figures, for any council that has none yet: a new month's appear within an hour of
midnight on the 1st) and `send_nudges` (reminders, queued once each, sent outside quiet
hours); once when it starts and then every 24 hours, `apply_retention`, `issue_certificates`
and Django's `clearsessions` (expired sessions). A job that fails is
logged and tried again at its next time; the clock itself keeps going. It stops cleanly,
between jobs, on SIGTERM or SIGINT (what a platform sends on a deploy).

The jobs are called by command name, so this module imports no app."""

import logging
import signal
import threading
import time
from dataclasses import dataclass, field

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import close_old_connections, connection

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Job:
    command: str
    every: float  # seconds


JOBS = (
    Job("publish_scheduled", 5 * 60),
    Job("apply_retention", 24 * 60 * 60),
    # Publishes only what is missing for the month, so running it hourly costs one query.
    Job("publish_journey_figures", 60 * 60),
    # Certificates a pass could not issue (no key then; the last lesson read after the quiz).
    Job("issue_certificates", 24 * 60 * 60),
    # Tasks whose worker died go back in the queue (champions.task_recovery).
    Job("requeue_lost_tasks", settings.TASK_RECOVERY_EVERY_SECONDS),
    # Reminders: queues what is due (once each, by a unique key) and sends outside quiet hours.
    Job("send_nudges", 60 * 60),
    # Django's own: deletes expired sessions from the database (the cache copies expire alone).
    Job("clearsessions", 24 * 60 * 60),
)


@dataclass
class Schedule:
    """When each job is next due, on a monotonic clock. Every job is due at the start."""

    jobs: tuple[Job, ...]
    next_run: dict[str, float] = field(default_factory=dict)

    def due(self, now: float) -> list[Job]:
        return [job for job in self.jobs if self.next_run.get(job.command, now) <= now]

    def ran(self, job: Job, now: float) -> None:
        self.next_run[job.command] = now + job.every

    def seconds_to_next(self, now: float) -> float:
        return max(0.0, min(self.next_run.get(job.command, now) for job in self.jobs) - now)


class Command(BaseCommand):
    help = (
        "Runs scheduled publishing every 5 minutes, the monthly journey figures hourly and the "
        "retention schedule daily."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--once", action="store_true", help="Run every job once now, then stop (for cron)."
        )

    def handle(self, *args, once: bool, **options):
        schedule = Schedule(JOBS)
        stop = threading.Event()
        if not once:
            for signum in (signal.SIGTERM, signal.SIGINT):
                signal.signal(signum, lambda *_: stop.set())
            self.stdout.write("Clock started: " + ", ".join(j.command for j in JOBS))
        while not stop.is_set():
            for job in schedule.due(time.monotonic()):
                self._run(job)
                schedule.ran(job, time.monotonic())
                if stop.is_set():
                    break
            if once:
                return
            stop.wait(schedule.seconds_to_next(time.monotonic()))
        self.stdout.write("Clock stopped.")

    def _run(self, job: Job) -> None:
        started = time.monotonic()
        # A connection the database dropped (a restart, a failover) is closed here and made
        # afresh, as Django does around each web request; otherwise every later job would fail.
        # Not inside a transaction (a caller's, or a test's): closing would end it.
        if not connection.in_atomic_block:
            close_old_connections()
        try:
            call_command(job.command, stdout=self.stdout, stderr=self.stderr)
        except Exception:  # one failed run must not stop the others
            logger.exception("clock: %s failed; it runs again at its next time", job.command)
            return
        logger.info("clock: %s took %.1f s", job.command, time.monotonic() - started)
