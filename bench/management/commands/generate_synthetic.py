"""The ``generate_synthetic`` command; the generator itself is in ``bench.synthetic``:

python manage.py generate_synthetic --size small|medium|national [--seed 9]
"""

import time

from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from bench.synthetic import SIZES, SLUG_PREFIX, Generator
from champions.accounts.models import Council
from demo.seed import seed_all


class Command(BaseCommand):
    help = "Generates synthetic councils, councillors, cohorts and histories (fixed seed)."

    def add_arguments(self, parser):
        parser.add_argument("--size", choices=sorted(SIZES), default="small")
        parser.add_argument("--seed", type=int, default=9)
        parser.add_argument(
            "--force", action="store_true", help="Run with DEBUG off (throwaway databases only)."
        )

    def handle(self, *args, size, seed, force, **options):
        from django.conf import settings

        if not settings.DEBUG and not force:
            raise CommandError(
                "generate_synthetic fills the database with made-up people. It refuses to run "
                "with DEBUG off unless given --force (only ever on a throwaway database)."
            )
        if Council.objects.filter(slug__startswith=SLUG_PREFIX).exists():
            self.stdout.write("Synthetic data is already here; nothing to do.")
            return
        started = time.perf_counter()
        self.say("Seeding the demo (curriculum, quizzes, instrument, demo accounts)...")
        seed_all()
        generator = Generator(SIZES[size], seed=seed, say=self.say)
        counts = generator.run()
        elapsed = time.perf_counter() - started
        self.say(
            f"Generated {size} ({connection.vendor}) in {elapsed:.0f} s: "
            + ", ".join(f"{n:,} {what}" for what, n in counts.items())
        )

    def say(self, message: str) -> None:
        self.stdout.write(message)
        self.stdout.flush()
