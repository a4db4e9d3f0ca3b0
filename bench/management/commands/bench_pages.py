"""Times the two pages a councillor opens most: a lesson and "My learning". Prints numbers for
people to compare between changes; it asserts nothing (query counts are pinned by tests)."""

import logging
import statistics
import time

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from champions.accounts.models import User
from courses import queries
from courses.models import LessonPage

DEMO_COUNCILLOR = "councillor@example.org"


def percentile(samples: list[float], pct: float) -> float:
    """Nearest-rank percentile: the smallest sample with at least pct% of samples at or below."""
    ordered = sorted(samples)
    rank = max(1, -(-len(ordered) * pct // 100))  # ceiling without floats
    return ordered[int(rank) - 1]


class Command(BaseCommand):
    help = (
        "Signs in the demo councillor and requests a lesson page and /learn/ N times each, "
        "then prints median and p95 times and queries per request. Run after seed_demo. Like a "
        "real visit, opening the lesson records a visit for that councillor. The per-request "
        "log line is switched off while it runs, so only the table is printed."
    )

    def add_arguments(self, parser):
        parser.add_argument("--runs", type=int, default=200, help="Requests per page (200).")
        parser.add_argument("--warmup", type=int, default=20, help="Untimed requests first (20).")
        parser.add_argument("--email", default=DEMO_COUNCILLOR, help="Whose pages to request.")
        parser.add_argument(
            "--force", action="store_true", help="Run even with DEBUG off (never on a live site)."
        )

    def handle(self, *args, runs, warmup, email, force, **options):
        if not settings.DEBUG and not force:
            raise CommandError(
                "bench_pages signs in as a learner and records visits, so it refuses to run with "
                "DEBUG off. Use --force only on a throwaway or demo database."
            )
        if runs < 1:
            raise CommandError("--runs must be at least 1.")
        user = User.objects.filter(email__iexact=email).first()
        if user is None:
            raise CommandError(f"No account for {email}. Run `python manage.py seed_demo` first.")

        pages = {"lesson page": self._lesson_url(user), "my learning": "/learn/"}
        # The site's own host name, so Wagtail finds the site and ALLOWED_HOSTS lets it in.
        client = Client(SERVER_NAME=settings.ALLOWED_HOSTS[0] if settings.ALLOWED_HOSTS else "")
        client.force_login(user)
        secure = bool(getattr(settings, "SECURE_SSL_REDIRECT", False))
        request_log = logging.getLogger("champions.request")
        was_disabled, request_log.disabled = request_log.disabled, True
        try:
            for url in pages.values():
                for _ in range(warmup):
                    self._get(client, url, secure)

            timings = {name: [] for name in pages}
            names = list(pages)
            for round_number in range(runs):
                # Alternate the order each round so drift in the machine hits both pages alike.
                for name in names if round_number % 2 == 0 else reversed(names):
                    started = time.perf_counter()
                    self._get(client, pages[name], secure)
                    timings[name].append((time.perf_counter() - started) * 1000)

            queries = {}
            for name, url in pages.items():
                with CaptureQueriesContext(connection) as captured:
                    self._get(client, url, secure)
                queries[name] = len(captured)
        finally:
            client.logout()
            request_log.disabled = was_disabled

        self.stdout.write(f"bench_pages: {runs} runs per page after {warmup} warm-up, as {email}")
        self.stdout.write("")
        self.stdout.write("| page | runs | median ms | p95 ms | queries per request |")
        self.stdout.write("|---|---:|---:|---:|---:|")
        for name, url in pages.items():
            samples = timings[name]
            self.stdout.write(
                f"| {name} (`{url}`) | {len(samples)} | {statistics.median(samples):.1f} "
                f"| {percentile(samples, 95):.1f} | {queries[name]} |"
            )

    def _get(self, client, url, secure):
        response = client.get(url, secure=secure)
        if response.status_code != 200:
            raise CommandError(f"GET {url} answered {response.status_code}, not 200.")
        return response

    def _lesson_url(self, user) -> str:
        """The lesson "Continue" opens for this learner, or the first lesson if there is none."""
        for programme in queries.learner_programmes(user=user):
            overview = queries.programme_overview(programme=programme, user=user)
            if overview.next_lesson is not None:
                return overview.next_lesson.url
        lesson = LessonPage.objects.live().order_by("path").first()
        if lesson is None:
            raise CommandError("There are no published lessons. Run seed_demo first.")
        return lesson.url
