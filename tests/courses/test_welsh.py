"""The councillor's learning pages in Welsh, under /cy/: My learning, a lesson (its blocks and
buttons), My notes and the page for someone not in a cohort yet. English pages stay English."""

import re
from html import unescape

import pytest
from django.urls import reverse
from django.utils import translation

from courses.models import Reflection
from quizzes.services import self_assessment_submit
from tests.courses.conftest import lessons_of, new_councillor, visible_text
from tests.factories import instrument_answers, instrument_items
from tests.helpers import h1_count

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def english_afterwards():
    """A request under /cy/ leaves Welsh active in the test's thread (LocaleMiddleware
    activates, nothing deactivates): put it back so later tests and URLs are English."""
    yield
    translation.deactivate()


def text_of(response) -> str:
    """What a reader sees, with entities such as &#x27; turned back into characters."""
    return unescape(visible_text(response.content.decode()))


@pytest.fixture
def learner_client(client, cast):
    """The cohort's councillor with the starting point done (the programme has no knowledge
    check), signed in."""
    instrument_items()
    self_assessment_submit(
        user=cast["councillor"], occasion="T0", answers=instrument_answers(a=4, c=5, b=1)
    )
    client.force_login(cast["councillor"])
    return client


def test_my_learning_in_welsh_names_the_modules_and_the_next_step(learner_client, modules):
    response = learner_client.get("/cy/learn/")
    html = response.content.decode()
    text = visible_text(html)
    assert response.status_code == 200
    assert h1_count(html) == 1
    assert '<h1 class="govuk-heading-xl">Fy nysgu</h1>' in html
    assert "Rydych chi wedi cwblhau 0 o 6 gwers a 0 o 2 modiwl craidd" in text
    assert "Beth i'w wneud nesaf" in text
    assert f"Dechrau {modules[0].title}:" in text  # the next step's button
    assert "Modiwl 1" in text and "Modiwl 2" in text
    assert "Heb ddechrau" in text
    # The same page in English is unchanged.
    english = visible_text(learner_client.get("/learn/").content.decode())
    assert "My learning" in english and "Fy nysgu" not in english
    assert "Module 1" in english and "Not started" in english


def test_a_lesson_in_welsh_and_then_in_english_each_in_its_own_words(learner_client, modules):
    lesson = lessons_of(modules[0])[0]
    english_url = lesson.url
    assert not english_url.startswith("/cy/")
    html = learner_client.get("/cy" + english_url).content.decode()
    text = visible_text(html)
    assert f'<h1 class="govuk-heading-xl">{lesson.title}</h1>' in html  # content stays as written
    assert "gwers 1 o 3" in text
    assert "Marcio'n gyflawn a pharhau" in text
    assert "Ffaith allweddol:" in text  # the callout's kind, read out before its heading
    assert "Myfyrio" in text and "Cadw fy nodyn" in text
    assert "Dim ond chi sy'n gallu gweld hwn." in text
    # The lesson body is cached per revision: the English page must not get the Welsh copy.
    english = visible_text(learner_client.get(english_url).content.decode())
    assert "Key fact:" in english and "Reflect" in english
    assert "Ffaith allweddol" not in english and "Myfyrio" not in english


def cy_url(name: str, *args) -> str:
    """The Welsh address of a named page (its English one under /cy/)."""
    with translation.override("cy"):
        return reverse(name, args=args)


def test_saving_a_note_from_the_welsh_lesson_says_so_in_welsh(learner_client, modules):
    lesson = lessons_of(modules[0])[0]
    block_id = next(b.id for b in lesson.body if b.block_type == "reflection")
    url = cy_url("courses:reflection_save", lesson.id, block_id)
    assert url.startswith("/cy/")
    response = learner_client.post(url, {"text": "Fy syniad"})
    assert response.status_code == 302
    assert Reflection.objects.filter(lesson=lesson, text="Fy syniad").exists()
    assert response.url.startswith("/cy/")  # back to the Welsh lesson
    page = text_of(learner_client.get(response.url))
    assert "Mae eich nodyn wedi'i gadw. Dim ond chi sy'n gallu ei weld." in page

    html = learner_client.get(cy_url("courses:notes")).content.decode()
    assert re.search(r"<h1[^>]*>Fy nodiadau</h1>", html)
    assert "Newidiwyd ddiwethaf" in visible_text(html)


def test_someone_not_in_a_cohort_is_told_so_in_welsh(client):
    client.force_login(new_councillor())
    text = visible_text(client.get("/cy/learn/").content.decode())
    assert "Dydych chi ddim mewn carfan eto" in text
    assert "cysylltwch â thîm y rhaglen:" in text or "cysylltwch â chyswllt rhaglen" in text
