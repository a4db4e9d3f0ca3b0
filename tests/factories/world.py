"""Whole worlds: a programme of pages, learners' histories, and a cast of one person per role."""

from dataclasses import dataclass, field

from wagtail.models import Page

from champions.accounts.models import Council, User
from cohorts.models import Cohort
from courses.constants import ModuleKind
from courses.models import LessonPage, ModulePage, ProgrammePage
from courses.services import lesson_mark_complete
from quizzes.constants import Dimension, Occasion
from quizzes.models import InstrumentItem, QuizPage
from quizzes.services import attempt_start, attempt_submit, self_assessment_submit
from tests.helpers import PASSWORD, answers_for

from .instrument import CHECK_IN, instrument_answers, instrument_items
from .pages import LessonPageFactory, ModulePageFactory, ProgrammePageFactory, QuizPageFactory
from .people import (
    AdminFactory,
    CohortFactory,
    CouncilFactory,
    CouncillorFactory,
    FacilitatorFactory,
    LeaderFactory,
    LeadTrainerFactory,
    TrainerFactory,
)


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
    check_in: bool = False,
    parent: Page | None = None,
) -> Programme:
    """A published programme: ``modules`` core modules (the last one an elective if
    ``elective``), each with ``lessons`` lessons and a quiz drawing ``questions_per_attempt`` of
    ``bank_size`` questions; with ``check_in``, the instrument and a check-in after each quiz."""
    if check_in:
        instrument_items()
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
            check_in=CHECK_IN if check_in else (),
        )
    return built


def write_history(
    user: User,
    programme: Programme,
    *,
    lessons: int,
    right: list[int],
    baseline: tuple[int, int, int] | None = (4, 5, 1),
    end: tuple[int, int, int] | None = None,
) -> None:
    """A learner's record, through the services: the baseline (attitude, confidence,
    behaviour), the first ``lessons`` lessons completed, one attempt at each module quiz in turn
    with ``right[n]`` right answers, and, with ``end``, the end-of-programme sitting (thinking
    back to a confidence two points lower). Needs the instrument (``instrument_items``)."""
    if baseline:
        a, c, b = baseline
        self_assessment_submit(
            user=user, occasion=Occasion.BASELINE, answers=instrument_answers(a=a, c=c, b=b)
        )
    for lesson in programme.all_lessons[:lessons]:
        lesson_mark_complete(user=user, lesson=lesson)
    for module, score in zip(programme.modules, right, strict=False):
        attempt = attempt_start(user=user, quiz=programme.quizzes[module.pk], seed=user.pk)
        attempt_submit(user=user, attempt_id=attempt.pk, answers=answers_for(attempt, right=score))
    if end:
        a, c, b = end
        thinking_back = {
            item.key: max(c - 2, 0)
            for item in InstrumentItem.objects.originals().filter(
                active=True, dimension=Dimension.CONFIDENCE
            )
        }
        self_assessment_submit(
            user=user,
            occasion=Occasion.END,
            answers=instrument_answers(a=a, c=c, b=b),
            retro_answers=thinking_back,
        )


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

    @property
    def cast(self) -> dict[str, User]:
        """One person per role, under the names the demo's people go by."""
        return {
            "councillor": self.councillors[0],
            "trainer": self.staff["trainer"],
            "lead.trainer": self.staff["lead.trainer"],
            "facilitator": self.facilitator,
            "leader": self.leader,
            "admin": self.staff["admin"],
        }


def build_world(programme: Programme | None = None, facilitator: User | None = None) -> World:
    programme = programme or build_programme(modules=2, lessons=2)
    home_council, other_council = CouncilFactory(), CouncilFactory()
    facilitator = facilitator or FacilitatorFactory()
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
        staff={
            "admin": AdminFactory(),
            "trainer": TrainerFactory(),
            "lead.trainer": LeadTrainerFactory(),
        },
    )
