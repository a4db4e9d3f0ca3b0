# A new councillor on a programme whose quizzes have the curriculum's shape.
from tests.quizzes.conftest import cohort, course, learner, quiz, shared_course  # noqa: F401
