"""The quiz pages when a learner arrives by an old link, a second tab or a typed address: each
goes somewhere sensible with a plain message, never an error or a second sitting."""

import pytest

from quizzes.services import attempt_start, attempt_submit
from tests.factories import CouncillorFactory
from tests.helpers import answers_for

pytestmark = pytest.mark.django_db


def test_the_starting_point_sends_someone_not_yet_in_a_cohort_to_my_learning(client):
    client.force_login(CouncillorFactory())
    response = client.get("/journey/start/")
    assert response.status_code == 302 and response.url == "/learn/"


def test_an_unknown_self_assessment_is_a_plain_not_found_page(client, learner):
    client.force_login(learner)
    response = client.get("/journey/self-assessment/halfway/")
    assert response.status_code == 404
    assert "There is no such self-assessment." in response.content.decode()


def test_an_open_attempts_result_link_goes_back_to_the_questions(client, learner, quiz):
    attempt = attempt_start(user=learner, quiz=quiz, seed=5)
    client.force_login(learner)
    response = client.get(f"/quizzes/attempts/{attempt.pk}/result/")
    assert response.status_code == 302
    assert response.url == f"/quizzes/attempts/{attempt.pk}/"


def test_a_finished_attempt_opened_again_shows_its_result_and_cannot_be_saved_over(
    client, learner, quiz
):
    attempt = attempt_start(user=learner, quiz=quiz, seed=6)
    attempt_submit(user=learner, attempt_id=attempt.pk, answers=answers_for(attempt, right=8))
    client.force_login(learner)
    result_url = f"/quizzes/attempts/{attempt.pk}/result/"
    assert client.get(f"/quizzes/attempts/{attempt.pk}/").url == result_url
    # "Save and come back later" from a second tab left open on the questions.
    saved = client.post(f"/quizzes/attempts/{attempt.pk}/", {"save": "1"}, follow=True)
    assert saved.redirect_chain[0] == (result_url, 302)
    attempt.refresh_from_db()
    assert attempt.draft_answers in (None, {})
    assert "Your answers so far are saved" not in saved.content.decode()


def test_saving_someone_elses_attempt_is_not_found(client, learner, quiz, cohort):
    attempt = attempt_start(user=learner, quiz=quiz, seed=7)
    client.force_login(CouncillorFactory(cohort=cohort))
    response = client.post(f"/quizzes/attempts/{attempt.pk}/", {"save": "1"})
    assert response.status_code == 404
