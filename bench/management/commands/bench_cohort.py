"""Benchmark: a 500-learner cohort with full histories, and the server time of the pages a
facilitator uses. Prints numbers; asserts nothing. Run after seed_demo, on SQLite or PostgreSQL:

    python manage.py bench_cohort [--learners 500] [--runs 30]

The exports ask for a recent confirmation of who is there, so the platform admin confirms with
their password on allauth's "Confirm it's you" page, as a facilitator does (the demo's
password unless ``--password`` says otherwise), first and again every 4 minutes (allauth
accepts a confirmation for 5); that POST is not timed.
"""

import random
import statistics
import time
from datetime import timedelta

from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from champions.accounts.models import Council, CouncillorProfile, User
from cohorts.models import Cohort, CohortMembership
from courses.models import AssessmentPass, Enrolment, LessonPage, LessonProgress, ModulePage
from demo.seed import DEMO_PASSWORD
from quizzes.constants import Occasion, QuizKind
from quizzes.models import InstrumentItem, QuizPage
from quizzes.services import attempt_start, attempt_submit, self_assessment_submit

REAUTHENTICATE = "/accounts/reauthenticate/"
CONFIRM_AGAIN_AFTER = 4 * 60  # seconds: allauth accepts a confirmation for 5 minutes


class Command(BaseCommand):
    help = "Builds a large benchmark cohort (once) and times the facilitator's pages."

    def add_arguments(self, parser):
        parser.add_argument("--learners", type=int, default=500)
        parser.add_argument("--runs", type=int, default=30)
        parser.add_argument(
            "--password",
            default=DEMO_PASSWORD,
            help="The platform admin's password, to confirm who they are before the exports "
            "(the demo's by default).",
        )

    def handle(self, *, learners, runs, password, **options):
        name = f"Benchmark cohort ({learners})"
        cohort = Cohort.objects.filter(name=name).first()
        if cohort is None:
            started = time.perf_counter()
            cohort = self.build(name, learners)
            self.stdout.write(f"Built {name} in {time.perf_counter() - started:.0f} s")
        admin = User.objects.filter(is_superuser=True).first()
        client = Client(HTTP_HOST="127.0.0.1")  # an allowed host in every settings module
        client.force_login(admin)
        member = cohort.memberships.order_by("pk").first().user_id
        pages = {
            "cohort overview": f"/cohorts/{cohort.pk}/",
            "learners": f"/cohorts/{cohort.pk}/learners/",
            "journey and change": f"/cohorts/{cohort.pk}/journey/",
            "knowledge and questions": f"/cohorts/{cohort.pk}/questions/",
            "measurement quality": f"/cohorts/{cohort.pk}/quality/",
            "session plan": f"/cohorts/{cohort.pk}/plan/",
            "learner table export (CSV)": f"/cohorts/{cohort.pk}/export/learners.csv",
            "learner page": f"/cohorts/{cohort.pk}/learners/{member}/",
        }
        timings = {label: [] for label in pages}
        queries = {}
        confirmed = confirm_who_you_are(client, password)
        for path in pages.values():
            client.get(path)  # warm up
        for round_number in range(runs):
            # allauth accepts a confirmation for 5 minutes, and limits how often it is asked.
            if time.monotonic() - confirmed > CONFIRM_AGAIN_AFTER:
                confirmed = confirm_who_you_are(client, password)
            order = list(pages.items())
            if round_number % 2:
                order.reverse()  # the machine drifts: alternate the order
            for label, path in order:
                with CaptureQueriesContext(connection) as captured:
                    t0 = time.perf_counter()
                    response = client.get(path)
                    timings[label].append((time.perf_counter() - t0) * 1000)
                assert response.status_code == 200, (path, response.status_code)
                queries[label] = len(captured)
        vendor = connection.vendor
        self.stdout.write(f"\n{learners} learners, {runs} runs each, database: {vendor}\n")
        self.stdout.write("| page | median ms | p95 ms | queries |")
        self.stdout.write("|---|---:|---:|---:|")
        for label, values in timings.items():
            values.sort()
            p95 = values[min(len(values) - 1, round(0.95 * (len(values) - 1)))]
            self.stdout.write(
                f"| {label} | {statistics.median(values):.0f} | {p95:.0f} | {queries[label]} |"
            )

    @transaction.atomic
    def build(self, name: str, size: int) -> Cohort:
        """Learners with a baseline, progress through a share of the 11 modules, quiz attempts
        (some failed first), check-ins and, for those who finished, the end sitting. Lesson
        progress is bulk-inserted; quiz attempts and self-assessments go through the services."""
        rng = random.Random(500)
        council = Council.objects.order_by("pk").first()
        programme = Cohort.objects.exclude(name__startswith="Benchmark").first().programme
        start = timezone.now() - timedelta(days=80)
        cohort = Cohort.objects.create(
            name=name,
            programme=programme,
            start_date=start.date(),
            end_date=start.date() + timedelta(days=120),
        )
        cohort.councils.add(council)
        users = User.objects.bulk_create(
            [
                User(
                    email=f"bench-{i}@bench.example.org",
                    first_name="Bench",
                    last_name=f"Learner {i}",
                )
                for i in range(size)
            ]
        )
        Group.objects.get(name="Councillors").user_set.add(*users)
        positions = ["backbench", "backbench", "scrutiny", "chair", "cabinet"]
        CouncillorProfile.objects.bulk_create(
            [
                CouncillorProfile(user=u, council=council, position=rng.choice(positions))
                for u in users
            ]
        )
        CohortMembership.objects.bulk_create(
            [CohortMembership(cohort=cohort, user=u, joined_at=start) for u in users]
        )
        Enrolment.objects.bulk_create(
            [Enrolment(user=u, programme=programme, last_active_at=start) for u in users]
        )
        modules = list(ModulePage.objects.child_of(programme).live().order_by("path"))
        lessons = {
            m.pk: list(LessonPage.objects.child_of(m).live().order_by("path")) for m in modules
        }
        quizzes = {
            q.get_parent().pk: q
            for q in QuizPage.objects.descendant_of(programme).filter(kind=QuizKind.MODULE)
        }
        items = list(InstrumentItem.objects.originals().filter(active=True))
        progress = []
        for n, user in enumerate(users):
            reach = rng.randint(1, len(modules))
            when = start + timedelta(hours=n % 48)
            answers = {
                i.key: (
                    rng.randint(2, 5)
                    if i.dimension in ("A", "IC")
                    else rng.randint(0, 10)
                    if i.dimension == "C"
                    else rng.randint(0, 3)
                )
                for i in items
            }
            self_assessment_submit(user=user, occasion=Occasion.BASELINE, answers=answers, at=when)
            for module in modules[:reach]:
                for lesson in lessons[module.pk]:
                    when += timedelta(hours=5)
                    progress.append(
                        LessonProgress(
                            user=user,
                            lesson=lesson,
                            started_at=when,
                            last_seen_at=when,
                            completed_at=when,
                        )
                    )
                quiz = quizzes.get(module.pk)
                if quiz is None:
                    continue
                for attempt_number in range(rng.choice([1, 1, 2])):
                    attempt = attempt_start(
                        user=user, quiz=quiz, at=when, seed=rng.randrange(2**32)
                    )
                    skill = 0.6 if attempt_number == 0 else 0.95
                    chosen = {
                        q["id"]: [
                            o["id"] for o in q["options"] if o["correct"] == (rng.random() < skill)
                        ][:1]
                        or [q["options"][0]["id"]]
                        for q in attempt.snapshot["questions"]
                    }
                    attempt_submit(user=user, attempt_id=attempt.pk, answers=chosen, at=when)
                if rng.random() < 0.5 and quiz.pulse_items.exists():
                    pulse = {
                        i.key: (4 if i.dimension == "A" else 7) for i in quiz.pulse_items.all()
                    }
                    self_assessment_submit(
                        user=user, occasion=Occasion.PULSE, quiz=quiz, answers=pulse, at=when
                    )
            if reach == len(modules):
                answers = {
                    k: (min(5, v + 1) if k.startswith(("A", "I")) else v)
                    for k, v in answers.items()
                }
                retro = {i.key: rng.randint(0, 8) for i in items if i.dimension == "C"}
                self_assessment_submit(
                    user=user, occasion=Occasion.END, answers=answers, retro_answers=retro, at=when
                )
        LessonProgress.objects.bulk_create(progress, batch_size=2000)
        Enrolment.objects.filter(user__in=users).update(
            last_active_at=timezone.now() - timedelta(days=3)
        )
        self.stdout.write(
            f"{len(progress)} lesson completions, "
            f"{AssessmentPass.objects.filter(user__in=users).count()} quiz passes"
        )
        return cohort


def confirm_who_you_are(client: Client, password: str) -> float:
    """Posts the password to allauth's "Confirm it's you" page, as a facilitator does when an
    export sends them there, so the exports that follow are the real downloads. Returns when
    (``time.monotonic``)."""
    response = client.post(REAUTHENTICATE, {"password": password})
    if response.status_code != 302:
        raise CommandError(
            'Could not confirm who the platform admin is on the "Confirm it\'s you" page '
            f"(HTTP {response.status_code}): pass their password with --password."
        )
    return time.monotonic()
