"""The councillor's measurement pages in Welsh, under /cy/: the starting self-assessment (its
errors too), My journey with its stage and advice, and a module quiz from question to result.
What is stored stays the same whichever language the page was in."""

from html import unescape

import pytest
from django.urls import reverse
from django.utils import translation

from quizzes.models import QuizAttempt, SelfAssessment, StageSnapshot
from tests.helpers import answers_for, h1_count, post_data, visible_text
from tests.quizzes.test_journey import full_answers

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def english_afterwards():
    """A request under /cy/ leaves Welsh active in the test's thread (LocaleMiddleware
    activates, nothing deactivates): put it back so later tests and URLs are English."""
    yield
    translation.deactivate()


def cy_url(name: str, **kwargs) -> str:
    with translation.override("cy"):
        return reverse(name, kwargs=kwargs)


def text_of(response) -> str:
    """What a reader sees, with entities such as &#x27; turned back into characters."""
    return unescape(visible_text(response.content.decode()))


def test_the_starting_self_assessment_in_welsh_with_its_errors(client, learner):
    client.force_login(learner)
    url = cy_url("quizzes:self_assessment", occasion="baseline")
    assert url == "/cy/journey/self-assessment/baseline/"
    page = client.get(url)
    html = page.content.decode()
    assert page.status_code == 200 and h1_count(html) == 1
    assert '<h1 class="govuk-heading-xl">Eich hunanasesiad cychwynnol</h1>' in html
    text = text_of(page)
    assert "Eich barn am newid digidol" in text and "Pa mor hyderus ydych chi?" in text
    assert "Cytuno'n gryf" in text and "Ddim yn gwybod" in text
    assert "Cadw fy atebion" in text

    data = full_answers(a=4, c=6, b=1)
    del data["item-C3"]
    data["item-A1"] = "9"
    refused = client.post(url, data)
    assert refused.status_code == 400
    text = text_of(refused)
    assert "Dewiswch rif cyfan o 1 i 5" in text
    assert "Dewiswch ateb ar gyfer cwestiwn" in text
    assert not SelfAssessment.objects.filter(user=learner).exists()


def test_my_journey_in_welsh_after_a_baseline_taken_in_welsh(client, learner):
    client.force_login(learner)
    done = client.post(
        cy_url("quizzes:self_assessment", occasion="baseline"), full_answers(a=4, c=4, b=1)
    )
    assert done.status_code == 302 and done.url == "/cy/journey/start/"
    # Stored in English whatever the page's language; shown in the reader's.
    snapshot = StageSnapshot.objects.get(user=learner)
    assert (snapshot.stage, snapshot.reason) == (2, "Baseline (start of the programme)")

    start = text_of(client.get(done.url))
    assert "Eich man cychwyn" in start and "1. Eich hunanasesiad cychwynnol" in start

    journey = client.get(cy_url("quizzes:journey"))
    html = journey.content.decode()
    text = text_of(journey)
    assert '<h1 class="govuk-heading-xl">Fy nhaith</h1>' in html
    assert "Yn agored i berswâd (cam 2 o 5)" in text
    assert "Pasiwch 1 cwis modiwl craidd arall gydag o leiaf y marc meistroli." in text
    assert "Hanes eich cam" in text and "Llinell sylfaen (dechrau'r rhaglen)" in text
    assert "Man cychwyn" in text

    english = text_of(client.get("/journey/"))
    assert "Open to persuasion" in english and "Baseline (start of the programme)" in english
    assert "Fy nhaith" not in english


def test_a_module_quiz_in_welsh_from_questions_to_result(client, learner, quiz):
    client.force_login(learner)
    started = client.post(cy_url("quizzes:start_quiz", quiz_id=quiz.pk))
    attempt = QuizAttempt.objects.get(user=learner, quiz=quiz)
    assert started.status_code == 302
    assert started.url == cy_url("quizzes:attempt", attempt_id=attempt.pk)

    page = client.get(started.url)
    text = text_of(page)
    assert "8 cwestiwn. Atebwch bob un, yna cyflwynwch. Rydych chi'n pasio gyda 80%." in text
    assert "Cwestiwn 1 o 8" in text
    assert "Cyflwyno fy atebion" in text and "Cadw a dod yn ôl yn nes ymlaen" in text

    half = answers_for(attempt, right=8)
    first = next(iter(half))
    del half[first]
    refused = client.post(started.url, post_data(half))
    assert refused.status_code == 400
    assert "Atebwch bob cwestiwn cyn i chi gyflwyno. Ni chadwyd dim." in text_of(refused)

    submitted = client.post(started.url, post_data(answers_for(attempt, right=8)))
    assert submitted.status_code == 302
    result = client.get(submitted.url)
    text = text_of(result)
    assert '<h1 class="govuk-panel__title">Rydych chi wedi pasio</h1>' in result.content.decode()
    assert "Eich sgôr: 100% 8 o 8 yn hollol gywir. Marc pasio 80%." in text
    assert "Eich atebion" in text and "Cwestiwn 1: cywir" in text
