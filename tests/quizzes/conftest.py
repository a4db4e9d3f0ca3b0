"""The quizzes tests' world: a programme whose quizzes have the curriculum's shape (eight of
twelve questions drawn, a pass mark of 80%, a check-in after passing), and a new councillor on
it with no history."""

import pytest

from quizzes.models import QuizPage
from tests.factories import (
    CohortFactory,
    CouncillorFactory,
    Programme,
    build_programme,
)
from tests.helpers import PASSWORD


@pytest.fixture
def course(db) -> Programme:
    """Two core modules, each with a lesson and a quiz."""
    return build_programme(
        modules=2, lessons=1, bank_size=12, questions_per_attempt=8, check_in=True
    )


@pytest.fixture
def cohort(course):
    return CohortFactory(programme=course.page)


@pytest.fixture
def learner(cohort):
    """A new councillor in the cohort, with no history."""
    return CouncillorFactory(first_name="Nia", last_name="New", cohort=cohort, password=PASSWORD)


@pytest.fixture
def quiz(course) -> QuizPage:
    return course.quizzes[course.modules[0].pk]
