"""Works out which reminders are due, queues each once, then (outside quiet hours) hands every
queued message to the task worker. Run hourly by the clock; safe to run again at any time."""

from django.core.management.base import BaseCommand

from reminders.constants import SkipReason
from reminders.services import nudges_queue, outbox_dispatch


class Command(BaseCommand):
    help = "Queues due reminders once each and sends queued ones (not in quiet hours)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--queue-only", action="store_true", help="Queue what is due; send nothing now."
        )

    def handle(self, *args, queue_only: bool, **options):
        report = nudges_queue()
        self.stdout.write(f"Queued {report.queued} message(s).")
        for reason in SkipReason:
            if report.skipped[reason]:
                self.stdout.write(f"Skipped {report.skipped[reason]}: {reason.label}.")
        if not queue_only:
            sent = outbox_dispatch()
            self.stdout.write(
                f"Handed {sent} message(s) to the worker."
                if sent
                else "Nothing handed to the worker (none waiting, or quiet hours 21:00-08:00)."
            )
