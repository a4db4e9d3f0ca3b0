"""The 404 page says why when the reason is ours to give, and nothing more otherwise."""

import pytest

from tests.helpers import h1_count

pytestmark = pytest.mark.django_db


def _reason(html: str) -> str:
    return html.split("</h1>")[1].split("</p>")[0]


def test_a_facilitator_opening_someone_outside_their_cohort_is_told_why(client, cast, shared_world):
    client.force_login(cast["facilitator"])
    cohort = shared_world.cohort
    response = client.get(f"/cohorts/{cohort.pk}/learners/{cast['trainer'].pk}/")
    html = response.content.decode()
    assert response.status_code == 404 and h1_count(html) == 1
    assert "This person is not a member of this cohort." in _reason(html)


def test_a_check_in_before_the_quiz_is_passed_says_when_it_opens(client, cast, shared_world):
    client.force_login(cast["councillor"])  # on the programme, no quiz passed yet
    quiz = next(iter(shared_world.programme.quizzes.values()))
    response = client.get(f"/journey/check-in/{quiz.pk}/")
    # Not open yet: a plain page that says when it opens (not a "not found").
    assert response.status_code == 403
    assert "opens when you have passed its quiz." in response.content.decode()


def test_an_unknown_address_gets_the_plain_page(client, db):
    html = client.get("/no-such-page/").content.decode()
    assert '<p class="govuk-body-l">' not in html
    assert "If you typed the web address, check it is correct." in html
