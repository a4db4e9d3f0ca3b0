"""Builds the demo: the content (through the same loader as `load_curriculum`), then councils,
cohorts, people and their histories. Every write goes through the same services the product
uses. Safe to run again."""

import random
from datetime import date, timedelta

from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import TOTP
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from wagtail.models import Locale

from champions.accounts.constants import Position, Role
from champions.accounts.models import Council, User
from champions.accounts.services import (
    council_leader_assign,
    councillor_profile_upsert,
    role_grant,
    user_upsert,
)
from champions.pages.models import ServiceContacts
from cohorts.services import cohort_member_add, cohort_upsert
from councils.publishing import journey_snapshots_publish_due
from courses.models import LessonPage, LessonProgress, ModulePage, ProgrammePage
from courses.services import lesson_mark_complete, lesson_visit
from curriculum.files import CONTENT_DIR, read_content
from curriculum.services import EditedPagesRefused, curriculum_load

from . import people
from .journeys import seed_journeys
from .seed_enrolment import seed_enrolment
from .seed_recognition import seed_recognition
from .seed_reminders import seed_reminders
from .seed_roster import seed_roster
from .seed_sessions import seed_sessions

DEMO_PASSWORD = "correct-horse-battery-staple"  # noqa: S105 - documented demo password
DEMO_TOTP_SECRET = "JBSWY3DPEHPK3PXP"  # noqa: S105 - documented demo secret, demo data only
PROGRAMME_SLUG = "digital-champions"  # the slug in content/programme.md


def seed_content(say=lambda msg: None) -> ProgrammePage:
    """The content from content/, exactly as `load_curriculum` loads it. Pages edited in the
    CMS are kept, as the demo always has; `load_curriculum --overwrite-edited` resets them."""
    content = read_content()
    try:
        return curriculum_load(content=content, welsh_from=CONTENT_DIR).programme
    except EditedPagesRefused as refused:
        say(f"Content left as it is: {refused}")
        return ProgrammePage.objects.get(slug=content.programme.slug, locale=Locale.get_default())


@transaction.atomic
def seed_councils() -> dict[str, Council]:
    councils = {}
    for slug, name, council_type, nation, region in people.COUNCILS:
        council, _ = Council.objects.update_or_create(
            slug=slug,
            defaults={"name": name, "type": council_type, "nation": nation, "region": region},
        )
        councils[slug] = council
    return councils


def seed_contacts() -> None:
    """Example service contacts for the help page, the privacy notice and the accessibility
    statement (councils' own contacts come from seed_enrolment). Fills only what is empty."""
    contacts = ServiceContacts.load()
    for field, value in people.SERVICE_CONTACTS.items():
        if not getattr(contacts, field):
            setattr(contacts, field, value)
    contacts.full_clean()
    contacts.save()


def _staff(email: str, first: str, last: str, role: Role | None) -> User:
    user = user_upsert(email=email, first_name=first, last_name=last, password=DEMO_PASSWORD)
    if role is not None:
        role_grant(user=user, role=role)
    # Staff roles need two-step sign-in; the demo accounts share a published TOTP secret so
    # people and tests can sign in with an authenticator code. Demo data only.
    if not Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists():
        TOTP.activate(user, DEMO_TOTP_SECRET)
    return user


POSITION_MIX = [
    Position.BACKBENCH, Position.BACKBENCH, Position.BACKBENCH, Position.SCRUTINY,
    Position.SCRUTINY, Position.CHAIR, Position.CABINET, Position.BACKBENCH,
]  # fmt: skip


@transaction.atomic
def seed_people(councils: dict[str, Council], programme: ProgrammePage) -> dict[str, object]:
    rng = random.Random(2026)  # fixed seed: the same demo every time
    staff = {
        "trainer": _staff("trainer@example.org", "Tess", "Trainer", Role.TRAINER),
        "lead_trainer": _staff("lead.trainer@example.org", "Lewis", "Lead", Role.LEAD_TRAINER),
        "facilitator": _staff("facilitator@example.org", "Farah", "Facilitator", Role.FACILITATOR),
        "facilitator2": _staff(
            "facilitator2@example.org", "Fergus", "Facilitator", Role.FACILITATOR
        ),
        "leader": _staff("leader@example.org", "Lena", "Leader", None),  # role granted below
        "admin": _staff("admin@example.org", "Ada", "Admin", Role.PLATFORM_ADMIN),
    }
    council_leader_assign(user=staff["leader"], council=councils["riverside"])

    today = timezone.localdate()
    regional = cohort_upsert(
        name="North West regional cohort",
        programme=programme,
        start_date=today - timedelta(days=70),
        end_date=today + timedelta(days=30),
        councils=[councils["riverside"], councils["northmoor"]],
        facilitators=[staff["facilitator"]],
    )
    single = cohort_upsert(
        name="Eastbrook members' cohort",
        programme=programme,
        start_date=today - timedelta(days=40),
        end_date=today + timedelta(days=60),
        councils=[councils["eastbrook"]],
        facilitators=[staff["facilitator2"]],
    )

    # The demo councillor, then about 40 more across the two cohorts (and a few not yet in one).
    councillors = []
    demo = user_upsert(
        email="councillor@example.org",
        first_name="Chris",
        last_name="Councillor",
        password=DEMO_PASSWORD,
    )
    councillor_profile_upsert(
        user=demo, council=councils["riverside"], position=Position.BACKBENCH, ward="Canal Side",
        year_first_elected=2022,
    )  # fmt: skip
    cohort_member_add(cohort=regional, user=demo, joined_at=_at(regional.start_date))
    plan = [("riverside", regional, 14), ("northmoor", regional, 10), ("eastbrook", single, 12),
            ("glenard", None, 3), ("aberwen", None, 2)]  # fmt: skip
    n = 0
    for council_slug, cohort, count in plan:
        for i in range(count):
            first = people.FIRST_NAMES[n % len(people.FIRST_NAMES)]
            last = people.LAST_NAMES[(n * 7) % len(people.LAST_NAMES)]
            n += 1
            user = user_upsert(
                email=f"{slugify(first)}.{slugify(last)}@{council_slug}.example.org",
                first_name=first,
                last_name=last,
            )
            position = Position.LEADER if i == 0 else POSITION_MIX[rng.randrange(len(POSITION_MIX))]
            councillor_profile_upsert(
                user=user,
                council=councils[council_slug],
                position=position,
                ward=people.WARDS[rng.randrange(len(people.WARDS))],
                year_first_elected=rng.choice(
                    [2008, 2012, 2016, 2017, 2019, 2021, 2022, 2022, 2024]
                ),
            )
            if cohort is not None:
                joined = _at(cohort.start_date + timedelta(days=rng.randrange(0, 5)))
                cohort_member_add(cohort=cohort, user=user, joined_at=joined)
                councillors.append((user, cohort))
    return {"staff": staff, "demo": demo, "councillors": councillors, "cohorts": [regional, single]}


def _at(day: date, hour: int = 10):
    return timezone.make_aware(timezone.datetime(day.year, day.month, day.day, hour, 0))


@transaction.atomic
def seed_histories(programme: ProgrammePage, cast: dict) -> int:
    """Lesson progress that tails off: most start, fewer finish. Only for people with no history
    yet, so re-running never duplicates or rewrites anything."""
    lessons = list(LessonPage.objects.live().descendant_of(programme).order_by("path"))
    already = set(LessonProgress.objects.values_list("user_id", flat=True).distinct())
    created = 0
    for user, cohort in cast["councillors"]:
        if user.pk in already:
            continue
        rng = random.Random(user.email)  # per person, so order and re-runs never matter
        engagement = rng.random()
        if engagement < 0.15:
            continue  # invited, never started
        reach = max(1, int(len(lessons) * min(1.0, engagement**1.6 + 0.05)))
        # Keen people are still active this week; others drifted off some time ago.
        today = timezone.localdate()
        elapsed = (today - cohort.start_date).days
        last_day = today - timedelta(days=int((1 - engagement) * elapsed * 0.9))
        span = max(0, (last_day - cohort.start_date).days)
        for n, lesson in enumerate(lessons[:reach]):
            day = cohort.start_date + timedelta(days=round(span * (n + 1) / reach))
            when = _at(day, hour=rng.choice([8, 12, 18, 21]))
            lesson_visit(user=user, lesson=lesson, at=when)
            lesson_mark_complete(user=user, lesson=lesson, at=when + timedelta(minutes=12))
            created += 1
    demo = cast["demo"]
    if demo.pk not in already:
        # The demo councillor has finished module 1 and started module 2.
        for lesson in lessons[:5]:
            when = timezone.now() - timedelta(days=3)
            lesson_visit(user=demo, lesson=lesson, at=when)
            lesson_mark_complete(user=demo, lesson=lesson, at=when + timedelta(minutes=10))
            created += 1
    return created


def seed_all(stdout=None) -> dict:
    def say(msg):
        if stdout is not None:
            stdout.write(msg)

    programme = seed_content(say)
    say(f"Content: {ModulePage.objects.child_of(programme).count()} modules, "
        f"{LessonPage.objects.descendant_of(programme).count()} lessons, quizzes and the "
        "instrument, from content/")  # fmt: skip
    councils = seed_councils()
    seed_contacts()
    cast = seed_people(councils, programme)
    say(
        f"People: {len(cast['councillors']) + 1} councillors in cohorts, demo accounts for every role"
    )
    progress = seed_histories(programme, cast)
    say(f"Histories: {progress} lesson completions added")
    journeys = seed_journeys(programme, cast["councillors"])
    say(f"Journeys: {journeys} councillors given baselines, quiz attempts and check-ins")
    say(seed_roster(cast))
    say(seed_enrolment(cast))
    say(seed_recognition(cast))
    say(seed_sessions(cast))
    say(seed_reminders())
    # What the clock would do on the 1st: this month's council-wide journey figures, so the
    # council pages have some to show. Already published ones are left as they are.
    published = journey_snapshots_publish_due()
    say(f"Journey figures: this month's published for {published} councils")
    return {
        "home": programme.get_parent().specific,
        "programme": programme,
        "councils": councils,
        **cast,
    }
