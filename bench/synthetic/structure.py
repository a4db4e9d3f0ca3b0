"""The generator: councils, councillors, staff, cohorts, leaders and invitations, made through
the product's services, then every learner's history in chunks."""

import random
import time
from datetime import datetime, timedelta

from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import TOTP
from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import Group
from django.db import transaction
from django.utils import timezone
from wagtail.models import Locale

from champions.accounts.constants import ROLE_GROUPS, Position, Role
from champions.accounts.models import Council, CouncillorProfile, User
from champions.accounts.services import council_leader_assign, role_grant, user_upsert
from cohorts.models import Cohort, CohortMembership
from cohorts.services import cohort_upsert
from councils.services import invitations_create
from courses.models import Enrolment, LessonPage, ModulePage, ProgrammePage
from demo import people
from demo.seed import DEMO_PASSWORD, DEMO_TOTP_SECRET, PROGRAMME_SLUG
from quizzes.constants import QuizKind
from quizzes.models import InstrumentItem, MeasurementSettings, QuizPage
from quizzes.services import question_snapshot

from .histories import LearnerHistories
from .shape import BENCH_COHORT_SIZE, CHUNK, COUNCIL_TYPES, DOMAIN, POSITIONS, SLUG_PREFIX, Size


class Generator(LearnerHistories):
    """Builds the councils, people, cohorts, leaders and invitations through the services, then
    each learner's history (LearnerHistories) in chunks."""

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

    def run(self) -> dict[str, int]:
        t0 = time.perf_counter()
        self.programme = ProgrammePage.objects.get(slug=PROGRAMME_SLUG, locale=Locale.get_default())
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
        lessons = LessonPage.objects.live().filter(locale=Locale.get_default()).order_by("path")
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
        self.items = list(
            InstrumentItem.objects.originals().filter(active=True).order_by("sort_order", "key")
        )
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
