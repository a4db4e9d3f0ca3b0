"""A councillor with a full history, built through the product's own services, for the
privacy tests: every kind of record that "download my data" and "delete my account" cover."""

import pytest

from champions.accounts.models import Council, User
from champions.accounts.services import councillor_profile_upsert, user_upsert
from cohorts.models import Cohort
from cohorts.services import cohort_member_add
from councils.services import invitations_send
from courses.models import LessonPage
from courses.services import lesson_mark_complete, lesson_visit, reflection_save
from demo.seed import DEMO_PASSWORD
from quizzes.constants import Occasion
from quizzes.models import InstrumentItem, QuizPage
from quizzes.services import attempt_start, attempt_submit, self_assessment_submit

FIRST_NAME = "Philippa"
LAST_NAME = "Quillfeather-Zanzibar"
EMAIL = "philippa.quillfeather@riverside.example.org"
WARD = "Quillfeather Marsh"
NOTE = "=HYPERLINK(1) My private worry about the Quillfeather budget"
MODULE_1 = "digital-leadership-is-political-leadership"


@pytest.fixture
def cohort(db) -> Cohort:
    return Cohort.objects.get(name="North West regional cohort")


@pytest.fixture
def learner(db, cohort) -> User:
    """A councillor in the regional cohort (run by facilitator@example.org) with a password."""
    user = user_upsert(
        email=EMAIL, first_name=FIRST_NAME, last_name=LAST_NAME, password=DEMO_PASSWORD
    )
    councillor_profile_upsert(
        user=user,
        council=Council.objects.get(slug="riverside"),
        position="cabinet",
        ward=WARD,
        year_first_elected=2019,
    )
    cohort_member_add(cohort=cohort, user=user)
    return user


def reflection_lesson() -> LessonPage:
    for lesson in LessonPage.objects.live().filter(url_path__contains=f"/{MODULE_1}/"):
        if lesson.reflection_block_ids():
            return lesson
    raise AssertionError("the demo's first module has no reflection prompt")


@pytest.fixture
def history(learner, demo, django_capture_on_commit_callbacks):
    """Progress, a note, a passed quiz, a baseline, a stage, an invitation: one of everything."""
    lesson = reflection_lesson()
    lesson_visit(user=learner, lesson=lesson)
    lesson_mark_complete(user=learner, lesson=lesson)
    block_id = sorted(lesson.reflection_block_ids())[0]
    reflection_save(user=learner, lesson=lesson, block_id=block_id, text=NOTE)
    self_assessment_submit(
        user=learner,
        occasion=Occasion.BASELINE,
        answers={
            i.key: {"A": 4, "IC": 4, "C": 6, "B": 1}[i.dimension]
            for i in InstrumentItem.objects.filter(active=True)
        },
    )
    quiz = QuizPage.objects.get(kind="module", url_path__contains=f"/{MODULE_1}/")
    attempt = attempt_start(user=learner, quiz=quiz, seed=7)
    answers = {
        q["id"]: [o["id"] for o in q["options"] if o["correct"]]
        for q in attempt.snapshot["questions"]
    }
    attempt_submit(user=learner, attempt_id=attempt.pk, answers=answers)
    with django_capture_on_commit_callbacks(execute=True):
        invitations_send(
            council=Council.objects.get(slug="riverside"),
            user_ids=[learner.pk],
            invited_by=demo["leader"],
        )
    return {"lesson": lesson, "block_id": block_id, "quiz": quiz, "attempt": attempt}
