"""The query-count tests' world, built once per test module: the factories' world on a
programme whose quizzes have the curriculum's shape, where the cast's councillor has the demo
councillor's history (module 1's lessons done and module 2 begun; no baseline, no attempts), so
the pinned counts hold for the same shape of world; and a new councillor in the cohort with
none."""

import pytest

from champions.accounts.models import User
from cohorts.models import Cohort
from quizzes.models import QuizPage
from tests.factories import CouncillorFactory, build_programme, build_world, write_history
from tests.helpers import PASSWORD, built_once_per_module


def _world_with_a_veteran():
    programme = build_programme(
        modules=2, lessons=2, bank_size=12, questions_per_attempt=8, check_in=True
    )
    world = build_world(programme)
    write_history(world.councillors[0], programme, lessons=3, right=[], baseline=None)
    return world


shared_world = built_once_per_module(_world_with_a_veteran)


@pytest.fixture
def cohort(db, shared_world) -> Cohort:
    return Cohort.objects.get(pk=shared_world.cohort.pk)


@pytest.fixture
def learner(cohort, shared_world) -> User:
    """A new councillor in the cohort, with no history."""
    return CouncillorFactory(council=shared_world.councils[0], cohort=cohort, password=PASSWORD)


@pytest.fixture
def quiz(shared_world) -> QuizPage:
    return QuizPage.objects.get(
        pk=shared_world.programme.quizzes[shared_world.programme.modules[0].pk].pk
    )
