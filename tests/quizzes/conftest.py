"""The quizzes tests' world: a programme whose quizzes have the curriculum's shape (eight of
twelve questions drawn, a pass mark of 80%, a check-in after passing) and a cohort on it, built
once per test module (each test is still rolled back on its own); and a new councillor in the
cohort with no history."""

import pytest

from cohorts.models import Cohort
from quizzes.models import QuizPage
from tests.factories import CohortFactory, CouncillorFactory, build_programme
from tests.helpers import PASSWORD, built_once_per_module


def _course_and_cohort():
    course = build_programme(
        modules=2, lessons=1, bank_size=12, questions_per_attempt=8, check_in=True
    )
    return course, CohortFactory(programme=course.page)


shared_course = built_once_per_module(_course_and_cohort)


@pytest.fixture
def course(db, shared_course):
    """Two core modules, each with a lesson and a quiz."""
    return shared_course[0]


@pytest.fixture
def cohort(db, shared_course) -> Cohort:
    return Cohort.objects.get(pk=shared_course[1].pk)


@pytest.fixture
def learner(cohort):
    """A new councillor in the cohort, with no history."""
    return CouncillorFactory(first_name="Nia", last_name="New", cohort=cohort, password=PASSWORD)


@pytest.fixture
def quiz(course) -> QuizPage:
    return QuizPage.objects.get(pk=course.quizzes[course.modules[0].pk].pk)
