import pytest

from champions.accounts.models import Council
from champions.accounts.services import councillor_profile_upsert, user_upsert
from cohorts.models import Cohort
from cohorts.services import cohort_member_add
from quizzes.models import QuizPage

MODULE_1 = "digital-leadership-is-political-leadership"


@pytest.fixture
def learner(db):
    """A new councillor in the regional cohort, with no history."""
    user = user_upsert(email="new.learner@riverside.example.org", first_name="Nia", last_name="New",
                       password="correct-horse-battery-staple")  # fmt: skip
    councillor_profile_upsert(
        user=user, council=Council.objects.get(slug="riverside"), position="backbench"
    )
    cohort_member_add(cohort=Cohort.objects.get(name="North West regional cohort"), user=user)
    return user


@pytest.fixture
def quiz(db) -> QuizPage:
    return QuizPage.objects.get(kind="module", url_path__contains=f"/{MODULE_1}/")


def answers_for(attempt, *, right: int) -> dict[str, list[str]]:
    """The right answer to the first ``right`` questions, a wrong one to the rest."""
    answers = {}
    for n, q in enumerate(attempt.snapshot["questions"]):
        good = [o["id"] for o in q["options"] if o["correct"]]
        bad = [o["id"] for o in q["options"] if not o["correct"]]
        answers[q["id"]] = good if n < right else bad[:1]
    return answers


def post_data(answers: dict[str, list[str]]) -> dict[str, list[str]]:
    return {f"q-{qid}": chosen for qid, chosen in answers.items()}
