"""Factories for the tests' own worlds: people, councils, cohorts and a small programme of pages.

Writes go through the product's services (``user_upsert``, ``councillor_profile_upsert``,
``role_grant``, ``council_leader_assign``, ``cohort_upsert``, ``cohort_member_add``), as views,
commands and the demo seeder do. Pages are built with wagtail-factories and published with a
revision, as the seeder publishes them; their StreamField JSON has the seeder's shapes and stable
block ids, so a quiz question keeps its id however often a test builds it.

Nothing here reads the demo: every name, slug and email is made up per test, so a test that
builds its world here passes with or without the demo in the database."""

import json
import uuid
from dataclasses import dataclass, field
from datetime import timedelta

import factory
import wagtail_factories
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import TOTP
from django.utils import timezone
from factory.django import DjangoModelFactory
from wagtail.models import Page, Site

from champions.accounts.constants import CouncilType, Nation, Position, Role
from champions.accounts.models import Council, CouncillorProfile, User
from champions.accounts.services import (
    council_leader_assign,
    councillor_profile_upsert,
    role_grant,
    user_upsert,
)
from champions.pages.models import HomePage
from cohorts.models import Cohort
from cohorts.services import cohort_member_add, cohort_upsert
from courses.authoring import programme_authoring_setup
from courses.constants import ModuleKind
from courses.models import LessonPage, ModulePage, ProgrammePage
from quizzes.constants import Dimension, QuizKind
from quizzes.models import InstrumentItem, QuizPage
from tests.helpers import PASSWORD, TOTP_SECRET


def stable_id(*parts) -> str:
    """A block id that is the same every time for the same parts (as the seeder's ids are)."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, "champions-tests:" + ":".join(map(str, parts))))


# --- councils and people ------------------------------------------------------------------------


class CouncilFactory(DjangoModelFactory):
    class Meta:
        model = Council
        django_get_or_create = ("slug",)

    name = factory.Sequence(lambda n: f"Testford {n} District Council")
    slug = factory.Sequence(lambda n: f"testford-{n}")
    type = CouncilType.DISTRICT
    nation = Nation.ENGLAND
    region = "North West"


def grant_roles(user: User, roles) -> None:
    for role in roles or ():
        role_grant(user=user, role=role)


def set_up_two_step(user: User) -> None:
    """An authenticator app with the tests' secret, as staff must have."""
    if not Authenticator.objects.filter(user=user).exists():
        TOTP.activate(user, TOTP_SECRET)


def with_roles(*defaults):
    """A ``roles`` declaration for a factory whose people have these roles unless told."""
    return factory.PostGeneration(
        lambda user, create, roles, **kw: grant_roles(user, defaults if roles is None else roles)
    )


class UserFactory(factory.Factory):
    """A person, through ``user_upsert``. ``roles`` grants roles through ``role_grant``;
    ``two_step=True`` sets up an authenticator app with the tests' secret (staff need one)."""

    class Meta:
        model = User

    email = factory.Sequence(lambda n: f"person.{n}@tests.example.org")
    first_name = "Test"
    last_name = factory.Sequence(lambda n: f"Person{n}")
    password = None

    @classmethod
    def _build(cls, model_class, **kwargs):
        raise NotImplementedError("people are only ever created, through user_upsert")

    @classmethod
    def _create(cls, model_class, **kwargs):
        return user_upsert(**kwargs)

    roles = factory.PostGeneration(lambda user, create, roles, **kw: grant_roles(user, roles))
    two_step = factory.PostGeneration(lambda user, create, on, **kw: on and set_up_two_step(user))


class StaffFactory(UserFactory):
    """Someone who signs in with the tests' password and authenticator code."""

    password = PASSWORD
    two_step = factory.PostGeneration(
        lambda user, create, on, **kw: on is False or set_up_two_step(user)
    )


class TrainerFactory(StaffFactory):
    roles = with_roles(Role.TRAINER)


class LeadTrainerFactory(StaffFactory):
    roles = with_roles(Role.LEAD_TRAINER)


class FacilitatorFactory(StaffFactory):
    roles = with_roles(Role.FACILITATOR)


class AdminFactory(StaffFactory):
    roles = with_roles(Role.PLATFORM_ADMIN)


class LeaderFactory(StaffFactory):
    """A council leader (the officer or member who runs the council's uptake)."""

    council = factory.SubFactory(CouncilFactory)

    @classmethod
    def _create(cls, model_class, *, council, **kwargs):
        leader = user_upsert(**kwargs)
        council_leader_assign(user=leader, council=council)
        return leader


class CouncillorFactory(UserFactory):
    """A councillor: a person with a profile on a council (and so the councillor role), and, if
    ``cohort`` is given, a member of that cohort and enrolled on its programme."""

    council = factory.SubFactory(CouncilFactory)
    position = Position.BACKBENCH
    ward = factory.Sequence(lambda n: f"Ward {n}")
    year_first_elected = 2022
    cohort = None
    joined_at = None

    @classmethod
    def _create(
        cls, model_class, *, council, position, ward, year_first_elected, cohort, joined_at,
        **kwargs,
    ):  # fmt: skip
        user = user_upsert(**kwargs)
        councillor_profile_upsert(
            user=user,
            council=council,
            position=position,
            ward=ward,
            year_first_elected=year_first_elected,
        )
        if cohort is not None:
            cohort_member_add(cohort=cohort, user=user, joined_at=joined_at)
        return user


class CouncillorProfileFactory(factory.Factory):
    """A profile for an existing person, through ``councillor_profile_upsert``."""

    class Meta:
        model = CouncillorProfile

    user = factory.SubFactory(UserFactory)
    council = factory.SubFactory(CouncilFactory)
    position = Position.BACKBENCH
    ward = ""
    year_first_elected = None

    @classmethod
    def _create(cls, model_class, **kwargs):
        return councillor_profile_upsert(**kwargs)


# --- pages --------------------------------------------------------------------------------------


def site_home() -> HomePage:
    """The home page the default site serves. With the demo loaded that is the demo's home;
    without it, a bare home page is made and the default site pointed at it."""
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    if site is not None and isinstance(site.root_page.specific, HomePage):
        return site.root_page.specific
    home = HomePage(title="Home", slug=f"home-{uuid.uuid4().hex[:8]}", lead="A test site.")
    Page.get_first_root_node().add_child(instance=home)
    home.save_revision().publish()
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "localhost", "port": 80, "root_page": home, "site_name": "Tests"},
    )
    return home


class PublishedPageFactory(wagtail_factories.PageFactory):
    """Adds the page under ``parent`` and publishes a revision, as the seeder and an editor do."""

    class Meta:
        abstract = True

    @classmethod
    def _create(cls, model_class, *args, parent=None, **kwargs):
        page = model_class(*args, **kwargs)
        (parent or site_home()).add_child(instance=page)
        page.save_revision().publish()
        page.refresh_from_db()
        return page


def _stream(kind: str, values: list) -> str:
    return json.dumps([{"type": kind, "value": value} for value in values])


def case_study(title: str = "A council that tried something") -> dict:
    return {
        "council": "Testford District Council",
        "year": "2024",
        "title": title,
        "what_happened": "The council moved a service online and kept a phone line.",
        "figures": ["Calls fell by a third"],
        "source_title": "The council's own report",
        "source_url": "https://www.local.gov.uk/",
    }


def lesson_body(key: str, *, reflection: bool = True) -> str:
    """A lesson body in the seeder's shape: a paragraph, a callout, a reflection prompt and the
    key takeaways, each with a stable block id."""
    blocks = [
        {"type": "markdown", "value": f"What every councillor should know about {key}."},
        {
            "type": "callout",
            "value": {"kind": "key_fact", "heading": "A key fact", "text": f"A fact on {key}."},
        },
    ]
    if reflection:
        blocks.append({"type": "reflection", "value": {"prompt": f"What does {key} mean to you?"}})
    blocks.append(
        {"type": "takeaways", "value": {"heading": "Key takeaways", "items": [f"Remember {key}."]}}
    )
    for n, block in enumerate(blocks):
        block["id"] = stable_id(key, "block", n)
    return json.dumps(blocks)


def questions_json(key: str, count: int) -> str:
    """``count`` questions in the seeder's StreamField shape, ids stable per ``key``: each has
    one right option and two wrong ones; every third allows several answers (two right)."""
    blocks = []
    for q in range(count):
        several = q % 3 == 2
        options = [
            {"text": f"The right answer to question {q + 1}", "correct": True},
            {"text": f"Also right for question {q + 1}", "correct": several},
            {"text": f"A wrong answer to question {q + 1}", "correct": False},
        ]
        blocks.append(
            {
                "type": "question",
                "id": stable_id(key, q),
                "value": {
                    "kind": "multiple" if several else "single",
                    "text": f"Question {q + 1} about {key}: what would you do?",
                    "explanation": f"Why the right answer to question {q + 1} is right.",
                    "options": [
                        {
                            "type": "item",
                            "id": stable_id(key, q, n),
                            "value": {**option, "feedback": f"Feedback on option {n + 1}."},
                        }
                        for n, option in enumerate(options)
                    ],
                },
            }
        )
    return json.dumps(blocks)


class ProgrammePageFactory(PublishedPageFactory):
    class Meta:
        model = ProgrammePage

    title = factory.Sequence(lambda n: f"Test programme {n}")
    slug = factory.Sequence(lambda n: f"test-programme-{n}")
    introduction = "<p>A short programme for the tests.</p>"

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        programme = super()._create(model_class, *args, **kwargs)
        programme_authoring_setup(programme=programme)  # trainers' rights and the review workflow
        return programme


class ModulePageFactory(PublishedPageFactory):
    class Meta:
        model = ModulePage

    title = factory.Sequence(lambda n: f"Test module {n}")
    slug = factory.Sequence(lambda n: f"test-module-{n}")
    summary = "What this module is for."
    kind = ModuleKind.CORE
    estimated_minutes = 30
    outcomes = factory.LazyFunction(lambda: _stream("outcome", ["Know", "Ask", "Decide"]))
    case_studies = factory.LazyFunction(lambda: _stream("case_study", [case_study()]))
    questions_for_officers = factory.LazyFunction(
        lambda: _stream("question", ["Who decides what goes online?"])
    )


class LessonPageFactory(PublishedPageFactory):
    class Meta:
        model = LessonPage

    title = factory.Sequence(lambda n: f"Test lesson {n}")
    slug = factory.Sequence(lambda n: f"test-lesson-{n}")
    summary = "A short lesson."
    estimated_minutes = 10
    body = factory.LazyAttribute(lambda page: lesson_body(page.slug))


class QuizPageFactory(PublishedPageFactory):
    """A module quiz (pass ``parent=module``) or, with ``kind``, a programme's pre- or
    post-test. ``bank_size`` questions, ``questions_per_attempt`` drawn each time."""

    class Meta:
        model = QuizPage

    class Params:
        bank_size = 6

    title = factory.Sequence(lambda n: f"Test quiz {n}")
    slug = factory.Sequence(lambda n: f"test-quiz-{n}")
    kind = QuizKind.MODULE
    introduction = "Check what you have learned."
    questions_per_attempt = 4
    pass_mark = 80
    questions = factory.LazyAttribute(lambda quiz: questions_json(quiz.slug, quiz.bank_size))


# --- the self-assessment instrument -------------------------------------------------------------


class InstrumentItemFactory(DjangoModelFactory):
    class Meta:
        model = InstrumentItem
        django_get_or_create = ("key",)

    key = factory.Sequence(lambda n: f"T{n}")
    dimension = Dimension.CONFIDENCE
    text = factory.LazyAttribute(lambda item: f"Item {item.key}")
    retro_text = ""
    reverse_coded = False
    sort_order = factory.Sequence(lambda n: n)


# A small instrument with every dimension and one reverse-coded attitude item. Keys follow the
# product's scheme; with the demo loaded its items of the same keys are used as they are.
INSTRUMENT = [
    ("A1", Dimension.ATTITUDE, False),
    ("A2", Dimension.ATTITUDE, False),
    ("A3", Dimension.ATTITUDE, True),
    ("IC1", Dimension.INCLUSION, False),
    ("C1", Dimension.CONFIDENCE, False),
    ("C2", Dimension.CONFIDENCE, False),
    ("B1", Dimension.BEHAVIOUR, False),
    ("B2", Dimension.BEHAVIOUR, False),
]


def instrument_items() -> list[InstrumentItem]:
    """A self-assessment instrument to answer: the small one above (or the demo's, if loaded)."""
    for order, (key, dimension, reverse) in enumerate(INSTRUMENT):
        InstrumentItemFactory(
            key=key,
            dimension=dimension,
            reverse_coded=reverse,
            sort_order=order,
            retro_text=f"Thinking back, item {key}" if dimension == Dimension.CONFIDENCE else "",
        )
    return list(InstrumentItem.objects.filter(active=True))


# --- cohorts ------------------------------------------------------------------------------------


class CohortFactory(factory.Factory):
    """A cohort through ``cohort_upsert``; ``members`` are added through ``cohort_member_add``."""

    class Meta:
        model = Cohort

    name = factory.Sequence(lambda n: f"Test cohort {n}")
    programme = factory.SubFactory(ProgrammePageFactory)
    start_date = factory.LazyFunction(lambda: timezone.localdate() - timedelta(days=30))
    end_date = factory.LazyFunction(lambda: timezone.localdate() + timedelta(days=60))
    councils = factory.LazyFunction(list)
    facilitators = factory.LazyFunction(list)

    @classmethod
    def _create(cls, model_class, **kwargs):
        return cohort_upsert(**kwargs)

    @factory.post_generation
    def members(cohort, create, members, **kwargs):
        for user in members or ():
            cohort_member_add(cohort=cohort, user=user)


# --- a small programme and a small world --------------------------------------------------------


@dataclass
class Programme:
    page: ProgrammePage
    modules: list[ModulePage]
    lessons: dict[int, list[LessonPage]]  # module page id -> its lessons, in order
    quizzes: dict[int, QuizPage]  # module page id -> its quiz

    @property
    def all_lessons(self) -> list[LessonPage]:
        return [lesson for module in self.modules for lesson in self.lessons[module.pk]]


def build_programme(
    *,
    modules: int = 2,
    lessons: int = 2,
    bank_size: int = 6,
    questions_per_attempt: int = 4,
    elective: bool = False,
    parent: Page | None = None,
) -> Programme:
    """A published programme: ``modules`` core modules (the last one an elective if
    ``elective``), each with ``lessons`` lessons and a quiz drawing ``questions_per_attempt`` of
    ``bank_size`` questions."""
    programme = ProgrammePageFactory(parent=parent)
    built = Programme(page=programme, modules=[], lessons={}, quizzes={})
    for m in range(modules):
        kind = ModuleKind.ELECTIVE if elective and m == modules - 1 else ModuleKind.CORE
        module = ModulePageFactory(parent=programme, kind=kind)
        built.modules.append(module)
        built.lessons[module.pk] = [LessonPageFactory(parent=module) for _ in range(lessons)]
        built.quizzes[module.pk] = QuizPageFactory(
            parent=module,
            title=f"Quiz: {module.title}",
            bank_size=bank_size,
            questions_per_attempt=questions_per_attempt,
        )
    return built


@dataclass
class World:
    """A self-contained world: a programme, two councils, a cohort over both run by one
    facilitator, a council leader for the first council, and councillors in the cohort (two
    from the first council, one from the second) plus one on the first council not in it."""

    programme: Programme
    councils: list[Council]
    cohort: Cohort
    facilitator: User
    leader: User
    councillors: list[User]
    outsider: User
    staff: dict[str, User] = field(default_factory=dict)


def build_world() -> World:
    programme = build_programme(modules=2, lessons=2)
    home_council, other_council = CouncilFactory(), CouncilFactory()
    facilitator = FacilitatorFactory()
    cohort = CohortFactory(
        programme=programme.page,
        councils=[home_council, other_council],
        facilitators=[facilitator],
    )
    councillors = [
        CouncillorFactory(council=home_council, cohort=cohort, password=PASSWORD),
        CouncillorFactory(council=home_council, cohort=cohort),
        CouncillorFactory(council=other_council, cohort=cohort),
    ]
    return World(
        programme=programme,
        councils=[home_council, other_council],
        cohort=cohort,
        facilitator=facilitator,
        leader=LeaderFactory(council=home_council),
        councillors=councillors,
        outsider=CouncillorFactory(council=home_council),
        staff={"admin": AdminFactory(), "trainer": TrainerFactory()},
    )
