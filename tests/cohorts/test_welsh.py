"""The facilitator's cohort pages in Welsh (under /cy/): headings, tables, form errors and the
"you have been added" email come out in Welsh, and the English pages are unchanged."""

import html

import pytest
from django.conf import settings
from django.utils import translation

from cohorts.services import cohort_member_add
from cohorts.tasks import added_email
from tests.factories import CouncillorFactory
from tests.helpers import h1_count, main_html, visible_text

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def english_around_each_test():
    """A /cy/ request leaves Welsh active in the thread: start and leave every test in
    English, so nothing after these tests runs in Welsh by accident."""
    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture
def facilitator_client(client, world):
    client.force_login(world.facilitator)
    return client


def text_of(response) -> str:
    return html.unescape(visible_text(main_html(response.content.decode())))


def test_each_facilitator_page_has_its_welsh_heading(facilitator_client, world):
    pk = world.cohort.pk
    pages = {
        f"/cy/cohorts/{pk}/": "Pwy sydd ar y trywydd iawn",
        f"/cy/cohorts/{pk}/learners/": "Dysgwyr",
        f"/cy/cohorts/{pk}/journey/": "Taith a newid",
        f"/cy/cohorts/{pk}/questions/": "Gwybodaeth a chwestiynau",
        f"/cy/cohorts/{pk}/quality/": "Ansawdd y mesur",
        f"/cy/cohorts/{pk}/plan/": "Cynllunio'r sesiwn nesaf",
        f"/cy/cohorts/{pk}/members/": "Aelodau'r garfan",
        f"/cy/cohorts/{pk}/members/add/": "Ychwanegu cynghorwyr",
        "/cy/cohorts/": "Eich carfanau",
    }
    for url, heading in pages.items():
        response = facilitator_client.get(url)
        assert response.status_code == 200, url
        assert h1_count(response.content.decode()) == 1, url
        assert heading in text_of(response), url


def test_the_overview_names_modules_in_the_language_of_the_page(facilitator_client, world):
    """The report's cached parts hold module labels, so each language has its own copy: an
    English visit first must not leave English labels on the Welsh page, nor the reverse."""
    pk = world.cohort.pk
    english = text_of(facilitator_client.get(f"/cohorts/{pk}/"))
    welsh = text_of(facilitator_client.get(f"/cy/cohorts/{pk}/"))
    english_again = text_of(facilitator_client.get(f"/cohorts/{pk}/"))
    assert "Who is on track" in english and "Module 1:" in english
    assert "Modiwl 1:" in welsh and "Module 1:" not in welsh
    assert "Trosolwg o'r garfan" in welsh and "Who is on track" not in welsh
    assert english_again == english


def test_the_learner_filters_and_their_choices_are_in_welsh(facilitator_client, world):
    response = facilitator_client.get(f"/cy/cohorts/{world.cohort.pk}/learners/?status=completed")
    text = text_of(response)
    assert "Trefnu yn ôl" in text
    assert "Angen dilyniant" in text  # a status choice
    assert "Rhoi ar waith" in text  # the Apply button


def test_adding_nobody_says_why_in_welsh_and_adds_nobody(facilitator_client, world):
    members = world.cohort.memberships.count()
    response = facilitator_client.post(f"/cy/cohorts/{world.cohort.pk}/members/add/", {})
    assert response.status_code == 400
    text = text_of(response)
    assert "Mae problem wedi codi" in text or "Gwall:" in text
    assert "Dewiswch o leiaf un cynghorydd i'w ychwanegu" in text
    assert world.cohort.memberships.count() == members


def test_the_added_email_can_be_written_in_welsh(world):
    newcomer = CouncillorFactory(council=world.councils[0], first_name="Nia")
    membership = cohort_member_add(cohort=world.cohort, user=newcomer)
    # The person's own language decides, not the language active when it is sent.
    newcomer.language = "cy"
    newcomer.save(update_fields=["language"])
    message = added_email(membership)
    assert message.subject == f"Rydych chi wedi cael eich ychwanegu at {world.cohort.name}"
    assert message.body.startswith("Annwyl Nia,")
    assert "Gallwch chi ddechrau nawr:" in message.body
    newcomer.language = "en-gb"
    newcomer.save(update_fields=["language"])
    with translation.override("cy"):
        english = added_email(membership)
    assert english.subject == f"You have been added to {world.cohort.name}"
