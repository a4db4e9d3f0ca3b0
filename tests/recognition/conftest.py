import pytest

from quizzes.services import attempt_start, attempt_submit
from tests.helpers import answers_for


def pass_module_quiz(user, programme, module) -> None:
    """Passes ``module``'s quiz through the real services (every question drawn right)."""
    quiz = programme.quizzes[module.pk]
    attempt = attempt_start(user=user, quiz=quiz, seed=user.pk)
    attempt_submit(user=user, attempt_id=attempt.pk, answers=answers_for(attempt, right=99))


@pytest.fixture
def passed(world):
    """The world's first councillor has passed the first module's quiz."""
    module = world.programme.modules[0]
    pass_module_quiz(world.councillors[0], world.programme, module)
    return module
