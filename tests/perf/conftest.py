from tests.quizzes.conftest import cohort, course, learner, quiz  # noqa: F401 - a new councillor on a programme
