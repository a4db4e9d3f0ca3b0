from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from demo.seed import DEMO_PASSWORD, seed_all


class Command(BaseCommand):
    help = "Builds (or tops up) the demo: pages, curriculum, councils, cohorts, people, histories."

    def add_arguments(self, parser):
        parser.add_argument(
            "--force", action="store_true", help="Run even with DEBUG off (never on a live site)."
        )

    def handle(self, *args, force=False, **options):
        if not settings.DEBUG and not force:
            raise CommandError(
                "seed_demo creates accounts with a published password, so it refuses to run with "
                "DEBUG off. Use --force only on a throwaway or demo deployment."
            )
        seed_all(stdout=self.stdout)
        self.stdout.write(
            self.style.SUCCESS(
                "Demo ready. Sign in as councillor@, trainer@, lead.trainer@, facilitator@, "
                f"leader@ or admin@example.org with the password {DEMO_PASSWORD}"
            )
        )
