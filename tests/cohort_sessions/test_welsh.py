"""Live sessions in Welsh (under /cy/): the facilitator's list, form and its errors, the
councillor's session page and the change email."""

import html

import pytest
from django.conf import settings
from django.utils import translation

from cohort_sessions.tasks import change_email
from tests.helpers import h1_count, main_html, visible_text

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def english_around_each_test():
    """A /cy/ request leaves Welsh active in the thread: start and leave every test in
    English, so nothing after these tests runs in Welsh by accident."""
    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


def text_of(response) -> str:
    return html.unescape(visible_text(main_html(response.content.decode())))


def test_the_facilitator_sees_the_sessions_in_welsh(client, world, schedule):
    schedule(title="Data agored")
    client.force_login(world.facilitator)
    response = client.get(f"/cy/cohorts/{world.cohort.pk}/sessions/")
    assert response.status_code == 200
    assert h1_count(response.content.decode()) == 1
    text = text_of(response)
    assert "Sesiynau" in text and "Ar y gweill" in text and "Trefnu sesiwn" in text
    assert "Data agored" in text  # the session's own title is left as written


def test_a_bad_session_form_says_why_in_welsh_and_saves_nothing(client, world):
    client.force_login(world.facilitator)
    response = client.post(f"/cy/cohorts/{world.cohort.pk}/sessions/new/", {"title": ""})
    assert response.status_code == 400
    text = text_of(response)
    assert "Trefnu sesiwn" in text
    assert "Amser dechrau (amser y DU)" in text  # a field label
    assert world.cohort.sessions.count() == 0


def test_a_councillor_reads_their_session_in_welsh(client, world, schedule):
    session = schedule(title="Data agored", format="online")
    client.force_login(world.councillors[0])
    response = client.get(f"/cy/sessions/{session.pk}/")
    assert response.status_code == 200
    text = text_of(response)
    assert "Pryd (amser y DU)" in text
    assert "Ar-lein" in text  # the format's label
    assert "Ydych chi'n mynd?" in text


def test_the_change_email_can_be_written_in_welsh(world, schedule):
    session = schedule(title="Data agored")
    person = world.councillors[0]
    person.language = "cy"  # their own language decides, whatever is active when it is sent
    person.save(update_fields=["language"])
    message = change_email(session, person)
    assert message.subject == "Wedi newid: Data agored"
    assert "Manylion, gwaith paratoi a'ch ateb:" in message.body
