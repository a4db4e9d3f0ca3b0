"""Synthetic data at scale, with a fixed seed, for benchmarks and load tests:

    python manage.py generate_synthetic --size small|medium|national [--seed 9]

small: 1 council, 50 learners. medium: 50 councils, 2,000 learners, cohorts of up to 500.
national: 400 councils, 20,000 learners, about 3 million quiz responses (use PostgreSQL).

Shapes are meant to look real: not everyone starts, completion tails off, most fail a quiz or
two before passing, and stages move mostly up, some down. The demo (curriculum, quizzes,
instrument, demo accounts) is seeded first through the demo seeder.

Writes use the product's own code: people, councils, leaders, cohorts and invitations go
through the services; quiz attempts are drawn and scored by ``attempt_draw`` and
``attempt_score`` (what ``attempt_start`` and ``attempt_submit`` run), self-assessments by
``scoring.subscale_scores`` and stages by ``stages.stage_for``, exactly as the services do.
Only the inserting is different: rows are bulk-inserted per chunk of learners, after field
validation, and every database constraint (unique, check, foreign key) still applies.
"""

import random
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import TOTP
from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from django.utils import timezone

from champions.accounts.constants import ROLE_GROUPS, CouncilType, Nation, Position, Role
from champions.accounts.models import Council, CouncillorProfile, User
from champions.accounts.services import council_leader_assign, role_grant, user_upsert
from cohorts.models import Cohort, CohortMembership
from cohorts.services import cohort_upsert
from councils.services import invitations_create
from courses.models import (
    AssessmentPass,
    Enrolment,
    LessonPage,
    LessonProgress,
    ModulePage,
    ProgrammePage,
)
from demo import people
from demo.journeys import instrument_answers
from demo.seed import DEMO_PASSWORD, DEMO_TOTP_SECRET, PROGRAMME_SLUG, seed_all
from quizzes import scoring
from quizzes.constants import Occasion, QuizKind
from quizzes.models import (
    InstrumentItem,
    ItemAnswer,
    MeasurementSettings,
    QuestionResponse,
    QuizAttempt,
    QuizPage,
    SelfAssessment,
    StageSnapshot,
)
from quizzes.services import attempt_draw, attempt_score, question_snapshot
from quizzes.stages import stage_for

# Bump when the generated data changes shape: the benchmark keeps a copy per version.
GENERATOR_VERSION = 2
DOMAIN = "synthetic.example.org"
SLUG_PREFIX = "synthetic-"
BENCH_COHORT_SIZE = 500  # the first cohort always has exactly this many (or every) learner


@dataclass(frozen=True)
class Size:
    councils: int
    learners: int
    cohort_max: int
    retakes: float  # chance of another practice round after passing with less than 100%


SIZES = {
    "small": Size(councils=1, learners=50, cohort_max=50, retakes=0.8),
    "medium": Size(councils=50, learners=2_000, cohort_max=500, retakes=0.8),
    "national": Size(councils=400, learners=20_000, cohort_max=500, retakes=0.8),
}
COUNCIL_TYPES = [
    (CouncilType.DISTRICT, Nation.ENGLAND, 40),
    (CouncilType.COUNTY, Nation.ENGLAND, 6),
    (CouncilType.UNITARY, Nation.ENGLAND, 16),
    (CouncilType.METROPOLITAN, Nation.ENGLAND, 9),
    (CouncilType.LONDON_BOROUGH, Nation.ENGLAND, 8),
    (CouncilType.SCOTTISH, Nation.SCOTLAND, 8),
    (CouncilType.WELSH, Nation.WALES, 6),
    (CouncilType.NORTHERN_IRISH, Nation.NORTHERN_IRELAND, 3),
]
POSITIONS = [Position.BACKBENCH] * 10 + [Position.SCRUTINY] * 4 + [Position.CHAIR] * 2 + [
    Position.CABINET
] * 2  # fmt: skip
CHUNK = 500  # learners per transaction


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


class Generator:
    def __init__(self, size: Size, *, seed: int, say):
        self.size = size
        self.rng = random.Random(seed)
        self.say = say
        self.now = timezone.now()
        self.limit = self.now - timedelta(hours=1)  # the latest moment anything happened
        self.counts = dict.fromkeys(
            ["councils", "learners", "cohorts", "lesson progress rows", "quiz attempts",
             "question responses", "self-assessments", "stage snapshots"], 0,
        )  # fmt: skip

    # --- structure ------------------------------------------------------------------------

    def run(self) -> dict[str, int]:
        t0 = time.perf_counter()
        self.programme = ProgrammePage.objects.get(slug=PROGRAMME_SLUG)
        self._load_curriculum()
        councils = self._councils()
        profiles = self._learners(councils)
        cohorts = self._cohorts(councils, profiles)
        self._leaders(councils)
        self._invitations(councils, profiles)
        self.say(f"  structure done in {time.perf_counter() - t0:.0f} s; histories next")
        self._histories(profiles, cohorts)
        return self.counts

    def _load_curriculum(self) -> None:
        self.modules = list(ModulePage.objects.child_of(self.programme).live().order_by("path"))
        self.core_ids = [m.id for m in self.modules if m.is_core]
        lessons = LessonPage.objects.live().order_by("path")
        self.lessons = {
            m.id: list(lessons.child_of(m).values_list("id", flat=True)) for m in self.modules
        }
        self.quizzes = {}
        for quiz in QuizPage.objects.descendant_of(self.programme).live().specific():
            key = quiz.path[: -QuizPage.steplen] if quiz.kind == QuizKind.MODULE else quiz.kind
            self.quizzes[key] = quiz
        self.module_quiz = {m.id: self.quizzes.get(m.path) for m in self.modules}
        self.module_of = {q.pk: m for m in self.modules if (q := self.module_quiz[m.id])}
        self.banks = {q.pk: question_snapshot(q) for q in self.quizzes.values()}
        self.pulse_items = {
            q.pk: list(q.pulse_items.filter(active=True).order_by("sort_order", "key"))
            for q in self.module_quiz.values()
            if q is not None
        }
        self.items = list(InstrumentItem.objects.filter(active=True).order_by("sort_order", "key"))
        self.totals = {}
        for item in self.items:
            self.totals[item.dimension] = self.totals.get(item.dimension, 0) + 1
        settings_row = MeasurementSettings.load()
        self.thresholds = settings_row.thresholds()
        self.mastery = settings_row.mastery_percent
        self.councillors = Group.objects.get(name=ROLE_GROUPS[Role.COUNCILLOR])

    def _councils(self) -> list[Council]:
        rng = self.rng
        weights = [w for _, _, w in COUNCIL_TYPES]
        councils = []
        for n in range(1, self.size.councils + 1):
            council_type, nation, _ = rng.choices(COUNCIL_TYPES, weights=weights)[0]
            council = Council(
                name=f"Synthetic {council_type.label} {n:03d}",
                slug=f"{SLUG_PREFIX}{n:03d}",
                type=council_type,
                nation=nation,
                region=f"Region {1 + n % 12}",
            )
            council.full_clean()
            councils.append(council)
        councils = Council.objects.bulk_create(councils)
        self.counts["councils"] = len(councils)
        return councils

    def _learners(self, councils: list[Council]) -> list[CouncillorProfile]:
        """Councillors spread unevenly across councils (a county has more than a district)."""
        rng = self.rng
        weights = [rng.uniform(0.5, 1.5) for _ in councils]
        total = sum(weights)
        per_council = [int(self.size.learners * w / total) for w in weights]
        per_council[0] += self.size.learners - sum(per_council)
        users, profiles = [], []
        unusable = make_password(None)  # they sign in by emailed code
        for council, count in zip(councils, per_council, strict=True):
            for i in range(count):
                n = len(users)
                first = people.FIRST_NAMES[n % len(people.FIRST_NAMES)]
                last = people.LAST_NAMES[(n * 7 + n // 40) % len(people.LAST_NAMES)]
                user = User(
                    email=f"{council.slug}.{i:04d}@{DOMAIN}",
                    first_name=first,
                    last_name=f"{last} {n}",
                    password=unusable,
                )
                users.append(user)
                profiles.append(
                    CouncillorProfile(
                        user=user,
                        council=council,
                        position=Position.LEADER if i == 0 else rng.choice(POSITIONS),
                        ward=rng.choice(people.WARDS),
                        year_first_elected=rng.choice(
                            [2008, 2012, 2015, 2017, 2019, 2021, 2022, 2022, 2023, 2024, None]
                        ),
                    )
                )
        for user in users[:50]:  # the field rules hold (the rest are made the same way)
            user.full_clean(exclude=["password"], validate_unique=False, validate_constraints=False)
        with transaction.atomic():
            User.objects.bulk_create(users, batch_size=2000)
            EmailAddress.objects.bulk_create(
                [EmailAddress(user=u, email=u.email, primary=True, verified=True) for u in users],
                batch_size=2000,
            )
            User.groups.through.objects.bulk_create(
                [User.groups.through(user_id=u.pk, group_id=self.councillors.pk) for u in users],
                batch_size=2000,
            )
            for profile in profiles:
                profile.user_id = profile.user.pk
            for profile in profiles[:50]:
                profile.full_clean(exclude=["user", "council"], validate_constraints=False)
            CouncillorProfile.objects.bulk_create(profiles, batch_size=2000)
        self.counts["learners"] = len(users)
        self.say(f"  {len(councils):,} councils, {len(users):,} councillors")
        return profiles

    def _staff_password(self) -> str:
        if not hasattr(self, "_password"):
            self._password = make_password(DEMO_PASSWORD)  # hashed once: it is slow on purpose
        return self._password

    def _staff(self, email: str, first: str, last: str) -> User:
        user = user_upsert(email=email, first_name=first, last_name=last)
        User.objects.filter(pk=user.pk).update(password=self._staff_password())
        if not Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists():
            TOTP.activate(user, DEMO_TOTP_SECRET)  # the demo's published secret: demo data only
        return user

    def _cohorts(self, councils, profiles) -> list[Cohort]:
        """The first cohort has exactly 500 learners (the benchmark's); the rest are regional
        groups of neighbouring councils, up to ``cohort_max`` learners each, started over the
        last year. About one councillor in twenty is in no cohort yet."""
        rng = self.rng
        ordered = [p for p in profiles if rng.random() >= 0.05 or p is profiles[0]]
        sizes = [min(BENCH_COHORT_SIZE, len(ordered))]
        while sum(sizes) < len(ordered):
            sizes.append(min(rng.randint(40, self.size.cohort_max), len(ordered) - sum(sizes)))
        cohorts, memberships, enrolments = [], [], []
        self.cohort_of = {}
        position = 0
        facilitator = None
        for n, count in enumerate(sizes, start=1):
            members = ordered[position : position + count]
            position += count
            if (n - 1) % 4 == 0:
                facilitator = self._staff(
                    f"facilitator.{n:03d}@{DOMAIN}", "Synthetic", f"Facilitator {n}"
                )
                role_grant(user=facilitator, role=Role.FACILITATOR)
            days_ago = 120 if n == 1 else rng.randint(30, 360)
            start = timezone.localdate(self.now) - timedelta(days=days_ago)
            council_ids = sorted({p.council_id for p in members})
            cohort = cohort_upsert(
                name=f"Synthetic cohort {n:03d}" + (" (benchmark)" if n == 1 else ""),
                programme=self.programme,
                start_date=start,
                end_date=start + timedelta(days=180),
                councils=[c for c in councils if c.pk in council_ids],
                facilitators=[facilitator],
            )
            cohorts.append(cohort)
            joined = timezone.make_aware(datetime(start.year, start.month, start.day, 9))
            for profile in members:
                memberships.append(
                    CohortMembership(cohort=cohort, user_id=profile.user_id, joined_at=joined)
                )
                enrolments.append(Enrolment(user_id=profile.user_id, programme=self.programme))
                self.cohort_of[profile.user_id] = cohort
        with transaction.atomic():
            # What cohort_member_add does for each member, in bulk.
            CohortMembership.objects.bulk_create(memberships, batch_size=2000)
            Enrolment.objects.bulk_create(enrolments, batch_size=2000)
        self.counts["cohorts"] = len(cohorts)
        self.say(f"  {len(cohorts):,} cohorts ({len(memberships):,} members)")
        return cohorts

    def _leaders(self, councils) -> None:
        for n, council in enumerate(councils, start=1):
            leader = self._staff(f"leader.{n:03d}@{DOMAIN}", "Synthetic", f"Leader {n}")
            council_leader_assign(user=leader, council=council)
        self.say(f"  {len(councils):,} council leaders")

    def _invitations(self, councils, profiles) -> None:
        by_council: dict[int, list[int]] = {}
        for profile in profiles:
            by_council.setdefault(profile.council_id, []).append(profile.user_id)
        invited = 0
        for council in councils:
            ids = [uid for uid in by_council.get(council.pk, []) if self.rng.random() < 0.9]
            if ids:
                at = self.now - timedelta(days=self.rng.randint(60, 380))
                invitations_create(council=council, user_ids=ids, invited_by=None, at=at, sent=True)
                invited += len(ids)
        self.say(f"  {invited:,} invitations")

    # --- histories ------------------------------------------------------------------------

    def _histories(self, profiles, cohorts) -> None:
        learners = [p.user_id for p in profiles if p.user_id in self.cohort_of]
        started = time.perf_counter()
        for offset in range(0, len(learners), CHUNK):
            chunk = learners[offset : offset + CHUNK]
            with transaction.atomic():
                self._chunk(chunk)
            done = offset + len(chunk)
            rate = done / (time.perf_counter() - started)
            self.say(
                f"  histories: {done:,} of {len(learners):,} learners "
                f"({self.counts['question responses']:,} responses, "
                f"about {(len(learners) - done) / rate:.0f} s to go)"
            )

    def _chunk(self, user_ids: list[int]) -> None:
        rows = ChunkRows()
        for user_id in user_ids:
            self._learner(user_id, rows)
        rows.save(self)

    def _learner(self, user_id: int, rows: "ChunkRows") -> None:
        rng = random.Random(f"{self.rng.random()}:{user_id}")
        cohort = self.cohort_of[user_id]
        # In UTC: adding hours to a London time across a clock change can go backwards.
        day = cohort.start_date
        start = datetime(day.year, day.month, day.day, 9, tzinfo=UTC)
        elapsed = max(1.0, (self.now - start).total_seconds() / 86400)
        engagement = rng.random()
        if engagement < 0.12:
            return  # invited, never signed in
        if engagement < 0.2:
            rows.sign_ins[user_id] = start + timedelta(days=rng.uniform(0, elapsed))
            return  # signed in once, never started
        # Keen people are still going; the rest drifted off some time ago.
        all_lessons = [(m, lid) for m in self.modules for lid in self.lessons[m.id]]
        reach = max(1, round(len(all_lessons) * min(1.0, engagement**0.75 + 0.05)))
        last_day = elapsed * min(1.0, 0.15 + engagement)
        clock = start + timedelta(hours=rng.uniform(1, 48))
        step = timedelta(days=last_day / (reach + 2))
        user = User(pk=user_id)
        skill = min(0.97, max(0.5, rng.gauss(0.74, 0.1)))
        a0 = rng.choice([2.2, 3.1, 3.1, 3.9, 3.9, 3.9])
        c0 = min(9, max(1, rng.gauss(4.6, 1.4)))
        b0 = rng.choice([0, 1, 1, 2, 3])
        ic = rng.choice([3, 4, 4, 5])
        state = LearnerState(rng)

        if rng.random() < 0.9:
            answers = instrument_answers(rng, self.items, a=a0, c=c0, b=b0, ic=ic)
            self._sitting(rows, state, user, Occasion.BASELINE, answers, at=clock)
            self._quiz(rows, state, user, self.quizzes[QuizKind.PRE_TEST], skill - 0.2,
                       at=clock + timedelta(minutes=20))  # fmt: skip
        done_lessons = set()
        for n, (module, lesson_id) in enumerate(all_lessons[:reach]):
            clock += step * rng.uniform(0.5, 1.5)
            if clock > self.limit:
                break  # histories stop today: nothing happens in the future
            completed = clock + timedelta(minutes=rng.randint(6, 25))
            finished = n < reach - 1 or rng.random() < 0.7
            rows.progress.append(
                LessonProgress(
                    user_id=user_id,
                    lesson_id=lesson_id,
                    started_at=clock,
                    last_seen_at=completed if finished else clock,
                    completed_at=completed if finished else None,
                )
            )
            if finished:
                done_lessons.add(lesson_id)
            state.last_active = max(state.last_active or clock, completed)
            last_of_module = self.lessons[module.id][-1] == lesson_id
            quiz = self.module_quiz.get(module.id)
            if not (last_of_module and finished and quiz is not None):
                continue
            if not set(self.lessons[module.id]) <= done_lessons:
                continue
            at = completed + timedelta(hours=1)
            attempt = self._quiz(rows, state, user, quiz, skill, at=at)
            if attempt is None:
                break
            tries = 1
            while not attempt.passed and tries < 4:
                at += timedelta(days=rng.choice([1, 2, 4]))
                retry = self._quiz(rows, state, user, quiz, min(0.98, skill + 0.1 * tries), at)
                if retry is None:
                    break
                attempt, tries = retry, tries + 1
            # Retakes are unlimited, and many practise until they get everything right.
            while attempt.passed and attempt.percent < 100 and rng.random() < self.size.retakes:
                at += timedelta(days=rng.choice([1, 3, 7]))
                retake = self._quiz(rows, state, user, quiz, min(0.99, skill + 0.1), at)
                if retake is None:
                    break
                attempt = retake
            clock = max(clock, at)
            if attempt.passed and rng.random() < 0.6 and self.pulse_items.get(quiz.pk):
                pulse = instrument_answers(
                    rng, self.pulse_items[quiz.pk], a=a0 + 0.2, c=c0 + 0.3 * state.core_mastered,
                    b=b0, ic=ic,
                )  # fmt: skip
                self._sitting(rows, state, user, Occasion.PULSE, pulse, at=at, quiz=quiz)
        if state.core_mastered == len(self.core_ids) and Occasion.BASELINE in state.sittings:
            # The end of the programme: most move up, some stay put, a few go down.
            drift = rng.choice([0.6, 0.5, 0.4, 0.3, 0.0, 0.0, -0.8, -1.1])
            end_at = min(self.now - timedelta(hours=1), clock + timedelta(days=2))
            answers = instrument_answers(
                rng, self.items, a=a0 + drift, c=min(10, c0 + 1.8 + drift), b=min(8, b0 + 3), ic=ic
            )
            retro = {
                i.key: min(10, max(0, round(c0 - 0.8 + rng.gauss(0, 1))))
                for i in self.items
                if i.dimension == "C" and i.retro_text
            }
            self._sitting(rows, state, user, Occasion.END, answers, at=end_at, retro=retro)
            self._quiz(rows, state, user, self.quizzes[QuizKind.POST_TEST], skill,
                       at=end_at + timedelta(minutes=20))  # fmt: skip
        rows.sign_ins[user_id] = state.last_active
        rows.last_active[user_id] = state.last_active

    def _quiz(self, rows, state, user, quiz, skill, at):
        """One attempt, drawn and scored as the services do; None if it would be in the future."""
        if at > self.limit:
            return None
        rng = state.rng
        module = self.module_of.get(quiz.pk)
        attempt = attempt_draw(
            user=user, quiz=quiz, module=module, bank=self.banks[quiz.pk],
            seed=rng.randrange(2**32), at=at,
        )  # fmt: skip
        answers = {}
        for q in attempt.snapshot["questions"]:
            right = [o["id"] for o in q["options"] if o["correct"]]
            wrong = [o["id"] for o in q["options"] if not o["correct"]]
            if rng.random() < skill or not wrong:
                answers[q["id"]] = right
            elif q["kind"] == "multiple" and len(right) > 1 and rng.random() < 0.5:
                answers[q["id"]] = right[:1]
            else:
                answers[q["id"]] = [rng.choice(wrong)]
        submitted = at + timedelta(minutes=rng.randint(4, 15))
        responses = attempt_score(attempt, answers, at=submitted)
        rows.attempts.append((attempt, responses))
        state.last_active = max(state.last_active or submitted, submitted)
        if quiz.kind == QuizKind.MODULE:
            state.best[module.id] = max(state.best.get(module.id, 0.0), attempt.percent)
            if attempt.passed and quiz.pk not in state.passed:
                state.passed.add(quiz.pk)
                rows.passes.append(
                    AssessmentPass(user_id=user.pk, page_id=quiz.pk, passed_at=submitted)
                )
            state.core_mastered = sum(
                1 for m in self.core_ids if state.best.get(m, 0.0) >= self.mastery
            )
            self._stage(rows, state, user, f"{attempt.title} ({attempt.percent:g}%)", submitted)
        return attempt

    def _sitting(self, rows, state, user, occasion, answers, *, at, quiz=None, retro=None):
        """What self_assessment_submit scores and stores for one sitting."""
        items = self.pulse_items[quiz.pk] if occasion == Occasion.PULSE else self.items
        snapshot = [
            {"key": i.key, "dimension": i.dimension, "text": i.text, "reverse": i.reverse_coded,
             "retro_text": i.retro_text}
            for i in items
        ]  # fmt: skip
        definitions = [scoring.ItemDefinition(i.key, i.dimension, i.reverse_coded) for i in items]
        scores = scoring.subscale_scores(definitions, answers, totals=self.totals)
        if retro:
            then = scoring.subscale_scores([d for d in definitions if d.dimension == "C"], retro)
            scores["C_then"] = then.get("C")
        module = self.module_of[quiz.pk] if quiz is not None else None
        assessment = SelfAssessment(
            user=user, occasion=occasion, module=module, submitted_at=at, snapshot=snapshot,
            scores=scores,
        )  # fmt: skip
        answer_rows = [ItemAnswer(item_key=k, value=v) for k, v in answers.items()] + [
            ItemAnswer(item_key=k, value=v, retrospective=True) for k, v in (retro or {}).items()
        ]
        rows.sittings.append((assessment, answer_rows))
        state.last_active = max(state.last_active or at, at)
        if occasion != Occasion.PULSE:
            state.sittings[occasion] = scores
            state.sitting_order.append(scores)
            self._stage(rows, state, user, assessment.get_occasion_display(), at)

    def _stage(self, rows, state, user, reason, at) -> None:
        """stage_recompute's rule: A, C and B from the latest sitting where each was valid,
        K from the best quiz results; a snapshot only when something changed."""
        latest = {}
        for scores in reversed(state.sitting_order):
            for dimension in ("A", "C", "B"):
                if dimension not in latest and scores.get(dimension) is not None:
                    latest[dimension] = scores[dimension]
        if len(latest) < 3:
            return
        k = scoring.knowledge_share(
            best_percent_by_module=state.best, core_module_ids=self.core_ids, mastery=self.mastery
        )
        stage = stage_for(a=latest["A"], k=k, c=latest["C"], b=latest["B"], t=self.thresholds)
        rounded = (round(latest["A"], 3), round(k, 3), round(latest["C"], 3), round(latest["B"], 3))
        if state.last_stage == (stage.number, rounded):
            return
        state.last_stage = (stage.number, rounded)
        rows.snapshots.append(
            StageSnapshot(
                user=user, stage=stage.number, informed_sceptic=stage.informed_sceptic,
                a=rounded[0], k=rounded[1], c=rounded[2], b=rounded[3], reason=reason[:120],
                thresholds=self.thresholds.__dict__, recorded_at=at,
            )
        )  # fmt: skip


class LearnerState:
    def __init__(self, rng: random.Random):
        self.rng = rng
        self.best: dict[int, float] = {}
        self.passed: set[int] = set()
        self.core_mastered = 0
        self.sittings: dict[str, dict] = {}
        self.sitting_order: list[dict] = []
        self.last_stage = None
        self.last_active = None


def _create_with_children(pairs: list[tuple], *, link: str) -> tuple[int, int]:
    """Inserts the parents of (parent, children) pairs, then the children pointing at them
    through ``link``; returns how many of each."""
    if not pairs:
        return 0, 0
    parents = [parent for parent, _ in pairs]
    type(parents[0]).objects.bulk_create(parents, batch_size=2000)
    children = []
    for parent, rows in pairs:
        for row in rows:
            setattr(row, link, parent.pk)
            children.append(row)
    if children:
        type(children[0]).objects.bulk_create(children, batch_size=10000)
    return len(parents), len(children)


class ChunkRows:
    """Everything one chunk of learners adds, inserted together."""

    def __init__(self):
        self.progress: list[LessonProgress] = []
        self.attempts: list[tuple[QuizAttempt, list[QuestionResponse]]] = []
        self.passes: list[AssessmentPass] = []
        self.sittings: list[tuple[SelfAssessment, list[ItemAnswer]]] = []
        self.snapshots: list[StageSnapshot] = []
        self.sign_ins: dict[int, datetime] = {}
        self.last_active: dict[int, datetime] = {}

    def save(self, generator: Generator) -> None:
        counts = generator.counts
        LessonProgress.objects.bulk_create(self.progress, batch_size=5000)
        counts["lesson progress rows"] += len(self.progress)

        if self.attempts:
            # Field checks for a sample (every attempt is built by the same code), then the
            # database's own constraints for every row.
            self.attempts[0][0].full_clean(
                exclude=["user", "quiz", "module"], validate_constraints=False
            )
        attempts, responses = _create_with_children(self.attempts, link="attempt_id")
        counts["quiz attempts"] += attempts
        counts["question responses"] += responses
        AssessmentPass.objects.bulk_create(self.passes, batch_size=5000)

        sittings, _ = _create_with_children(self.sittings, link="assessment_id")
        counts["self-assessments"] += sittings
        StageSnapshot.objects.bulk_create(self.snapshots, batch_size=5000)
        counts["stage snapshots"] += len(self.snapshots)

        by_user = {uid: when for uid, when in self.last_active.items() if when is not None}
        enrolments = list(
            Enrolment.objects.filter(user_id__in=by_user, programme=generator.programme)
        )
        for enrolment in enrolments:
            enrolment.last_active_at = by_user[enrolment.user_id]
        Enrolment.objects.bulk_update(enrolments, ["last_active_at"], batch_size=2000)
        users = [User(pk=uid, last_login=when) for uid, when in self.sign_ins.items() if when]
        User.objects.bulk_update(users, ["last_login"], batch_size=2000)
