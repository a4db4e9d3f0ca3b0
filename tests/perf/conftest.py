from tests.quizzes.conftest import learner  # noqa: F401 - a fresh councillor in the regional cohort
