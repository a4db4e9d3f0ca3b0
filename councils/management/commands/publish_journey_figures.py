"""Publishes this month's council-wide journey figures for every council that has none yet.
The clock runs it every hour; running it again changes nothing."""

from django.core.management.base import BaseCommand

from councils.publishing import journey_snapshots_publish_due


class Command(BaseCommand):
    help = "Publishes this month's journey figures for each council that has none yet."

    def handle(self, *args, **options):
        published = journey_snapshots_publish_due()
        self.stdout.write(f"Journey figures published for {published} councils.")
