"""Each quiz attempt and self-assessment sitting records the language it was answered in; an
attempt started on a Welsh quiz page belongs to the English quiz; the facilitator's dashboard
counts how many answered in each language, hiding small counts."""

import pytest
from django.utils import translation
from wagtail.models import Locale

from cohorts.analytics import cohort_report
from quizzes.constants import Occasion
from quizzes.models import QuizAttempt, SelfAssessment
from quizzes.services import attempt_start, attempt_submit, self_assessment_submit
from tests.factories import CouncillorFactory
from tests.factories.instrument import instrument_answers, instrument_items
from tests.helpers import answers_for

pytestmark = pytest.mark.django_db


def baseline(user, language: str) -> SelfAssessment:
    with translation.override(language):
        return self_assessment_submit(
            user=user, occasion=Occasion.BASELINE, answers=instrument_answers(a=4, c=6, b=2)
        )


def test_a_sitting_records_the_language_it_was_answered_in(learner):
    instrument_items()
    other = CouncillorFactory(cohort=learner.cohort_memberships.first().cohort)

    assert baseline(learner, "cy").language == "cy"
    assert baseline(other, "en-gb").language == "en-gb"


def test_an_attempt_records_its_language(learner, quiz):
    with translation.override("cy"):
        attempt = attempt_start(user=learner, quiz=quiz, seed=3)
    assert attempt.language == "cy"
    attempt_submit(user=learner, attempt_id=attempt.pk, answers=answers_for(attempt, right=8))
    with translation.override("en-gb"):
        again = attempt_start(user=learner, quiz=quiz, seed=4)
    assert again.language == "en-gb"


def test_starting_a_welsh_quiz_page_makes_an_attempt_at_the_english_quiz(client, learner, quiz):
    welsh = quiz.copy_for_translation(Locale.objects.get(language_code="cy"), copy_parents=True)
    welsh.save_revision().publish()
    client.force_login(learner)

    response = client.post(f"/cy/quizzes/{welsh.pk}/start/")

    attempt = QuizAttempt.objects.get(user=learner)
    assert response.status_code == 302
    assert response["Location"] == f"/cy/quizzes/attempts/{attempt.pk}/"
    assert (attempt.quiz_id, attempt.language) == (quiz.pk, "cy")


def test_the_facilitator_sees_how_many_answered_in_each_language_small_counts_hidden(
    learner, cohort
):
    instrument_items()
    people = [learner] + [CouncillorFactory(cohort=cohort) for _ in range(9)]
    for person in people[:4]:
        baseline(person, "cy")
    for person in people[4:]:
        baseline(person, "en-gb")

    assert cohort_report(cohort=cohort).languages == [("English", None), ("Cymraeg", None)]

    baseline_more = people[4]
    SelfAssessment.objects.filter(user=baseline_more).update(language="cy")
    assert cohort_report(cohort=cohort).languages == [("English", 5), ("Cymraeg", 5)]
