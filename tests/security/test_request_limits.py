"""Limits on what a browser may send: too much text, too many fields or too large a request
gets a plain 400 page that says what the limit is, and nothing is saved."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from councils.constants import ROSTER_MAX_BYTES
from councils.models import RosterUpload
from courses.models import Reflection
from tests.helpers import confirm_identity, h1_count, sign_in

pytestmark = pytest.mark.django_db


@pytest.fixture
def note_url(shared_world) -> str:
    """Where the councillor saves a note on a lesson of their programme."""
    lesson = shared_world.programme.all_lessons[0]
    return f"/learn/lessons/{lesson.pk}/reflections/{sorted(lesson.reflection_block_ids())[0]}/"


def main_text(response) -> str:
    html = response.content.decode()
    assert h1_count(html) == 1, html
    return html


def test_a_form_with_more_text_than_the_limit_gets_a_plain_400_and_saves_nothing(
    client, cast, note_url
):
    client.force_login(cast["councillor"])
    before = Reflection.objects.count()
    response = client.post(note_url, {"text": "x" * (5 * 1024 * 1024 + 1)})
    assert response.status_code == 400
    html = main_text(response)
    assert "Sorry, we could not accept that" in html and "up to 5 MB of text" in html
    assert Reflection.objects.count() == before


def test_a_request_over_the_size_limit_is_refused_before_it_is_read(
    client, cast, shared_world, settings
):
    settings.MAX_REQUEST_BYTES = 1024 * 1024
    sign_in(client, cast["leader"].email)
    confirm_identity(client)
    before = RosterUpload.objects.count()
    big = SimpleUploadedFile("roster.csv", b"name,email\n" + b"a" * (1024 * 1024 + 10))
    council = shared_world.councils[0]  # the leader's
    response = client.post(f"/council/{council.slug}/roster/upload/", {"file": big})
    assert response.status_code == 400
    html = main_text(response)
    assert "We accept up to 1 MB in one go, files included." in html
    assert RosterUpload.objects.count() == before


def test_a_form_with_too_many_fields_gets_a_plain_400(client, cast, note_url):
    client.force_login(cast["councillor"])
    response = client.post(note_url, {f"f{n}": "1" for n in range(1100)})
    assert response.status_code == 400
    assert "more fields or files than we accept" in main_text(response)


def test_the_default_limits_fit_the_largest_roster_we_accept(settings):
    # A roster just over its own limit must reach the form, which explains that limit.
    assert settings.MAX_REQUEST_BYTES > ROSTER_MAX_BYTES * 2
