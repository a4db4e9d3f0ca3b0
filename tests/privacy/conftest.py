"""The privacy tests' world, built once per test module (each test is still rolled back on its
own): the factories' world on a programme whose quizzes have the curriculum's shape, a second
cohort run by another facilitator, and a classmate with a history of their own. And a councillor
with a full history, built through the product's own services: every kind of record that
"download my data" and "delete my account" cover."""

import pytest

from champions.accounts.models import Council, User
from cohorts.models import Cohort
from councils.services import invitations_send
from courses.services import lesson_mark_complete, lesson_visit, reflection_save
from quizzes.constants import Occasion
from quizzes.models import InstrumentItem, QuizPage
from quizzes.services import attempt_start, attempt_submit, self_assessment_submit
from tests.factories import (
    CohortFactory,
    CouncillorFactory,
    FacilitatorFactory,
    build_programme,
    build_world,
)
from tests.helpers import PASSWORD, built_once_per_module

FIRST_NAME = "Philippa"
LAST_NAME = "Quillfeather-Zanzibar"
EMAIL = "philippa.quillfeather@riverside.example.org"
WARD = "Quillfeather Marsh"
NOTE = "=HYPERLINK(1) My private worry about the Quillfeather budget"
FACILITATOR_NAME = "Farah Facilitator"
FACILITATOR_EMAIL = "farah.facilitator@tests.example.org"


def _privacy_world():
    programme = build_programme(
        modules=1, lessons=1, bank_size=12, questions_per_attempt=8, check_in=True
    )
    facilitator = FacilitatorFactory(
        first_name="Farah", last_name="Facilitator", email=FACILITATOR_EMAIL
    )
    world = build_world(programme, facilitator=facilitator)
    world.staff["facilitator2"] = FacilitatorFactory()  # runs another cohort
    CohortFactory(
        programme=programme.page, councils=[world.councils[1]],
        facilitators=[world.staff["facilitator2"]],
    )  # fmt: skip
    classmate = world.councillors[1]
    write_history(classmate, programme.all_lessons[0], programme.quizzes, note="My own note.")
    return world


shared_world = built_once_per_module(_privacy_world)


@pytest.fixture
def world(db, shared_world):
    return shared_world


@pytest.fixture
def people(world) -> dict[str, User]:
    """One person per role (and ``facilitator2``, who runs another cohort), read afresh."""
    cast = world.cast | {"facilitator2": world.staff["facilitator2"]}
    return {role: User.objects.get(pk=person.pk) for role, person in cast.items()}


@pytest.fixture
def cohort(world) -> Cohort:
    """Run by Farah Facilitator, over the learner's council and one other."""
    return Cohort.objects.get(pk=world.cohort.pk)


@pytest.fixture
def council(world) -> Council:
    """The learner's council, whose leader is ``people["leader"]``."""
    return Council.objects.get(pk=world.councils[0].pk)


@pytest.fixture
def learner(cohort, council) -> User:
    """A councillor in the cohort with a password."""
    return CouncillorFactory(
        email=EMAIL,
        first_name=FIRST_NAME,
        last_name=LAST_NAME,
        password=PASSWORD,
        council=council,
        position="cabinet",
        ward=WARD,
        year_first_elected=2019,
        cohort=cohort,
    )


def write_history(user, lesson, quizzes, note: str = NOTE) -> dict:
    """Progress, a note, a passed quiz, a baseline and so a stage."""
    lesson_visit(user=user, lesson=lesson)
    lesson_mark_complete(user=user, lesson=lesson)
    block_id = sorted(lesson.reflection_block_ids())[0]
    reflection_save(user=user, lesson=lesson, block_id=block_id, text=note)
    self_assessment_submit(
        user=user,
        occasion=Occasion.BASELINE,
        answers={
            i.key: {"A": 4, "IC": 4, "C": 6, "B": 1}[i.dimension]
            for i in InstrumentItem.objects.originals().filter(active=True)
        },
    )
    quiz = QuizPage.objects.get(pk=next(iter(quizzes.values())).pk)
    attempt = attempt_start(user=user, quiz=quiz, seed=7)
    answers = {
        q["id"]: [o["id"] for o in q["options"] if o["correct"]]
        for q in attempt.snapshot["questions"]
    }
    attempt_submit(user=user, attempt_id=attempt.pk, answers=answers)
    return {"lesson": lesson, "block_id": block_id, "quiz": quiz, "attempt": attempt}


@pytest.fixture
def history(learner, world, council, people, django_capture_on_commit_callbacks):
    """One of everything: progress, a note, a passed quiz, a baseline, a stage, an invitation."""
    records = write_history(learner, world.programme.all_lessons[0], world.programme.quizzes)
    with django_capture_on_commit_callbacks(execute=True):
        invitations_send(council=council, user_ids=[learner.pk], invited_by=people["leader"])
    return records
