from datetime import timedelta

from django.conf import settings
from django.core.management.base import BaseCommand

from champions.task_recovery import requeue_lost_tasks


class Command(BaseCommand):
    help = "Puts tasks left running by a stopped worker back in the queue (the clock runs it)."

    def handle(self, *args, **options):
        count = requeue_lost_tasks(lost_after=timedelta(seconds=settings.TASK_LOST_AFTER_SECONDS))
        if options["verbosity"] > 1 or count:
            self.stdout.write(f"Requeued {count} lost task(s).")
