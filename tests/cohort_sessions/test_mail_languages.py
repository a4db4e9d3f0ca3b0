"""A moved or cancelled session's email goes in each member's language: Welsh only, English
only, or both in one email (Welsh first) while they have not said; the time is written in that
copy's language and its links lead to the pages in that language."""

import pytest
from django.core import mail
from django.utils import translation
from django.utils.formats import date_format

from champions.languages import TEXT_DIVIDER
from cohort_sessions.services import session_cancel, session_update
from tests.helpers import subject_of

pytestmark = pytest.mark.django_db

SITE = "http://testserver"


@pytest.fixture
def members(world):
    """The world's three councillors: one chose Welsh, one English, one has not said."""
    welsh, english, unknown = world.councillors
    for person, language in ((welsh, "cy"), (english, "en-gb"), (unknown, "")):
        person.language = language
        person.save(update_fields=["language"])
    return {"cy": welsh, "en-gb": english, "": unknown}


def sent_to(person):
    (message,) = [m for m in mail.outbox if m.to == [person.email]]
    return message


def test_a_moved_session_tells_each_member_in_their_language(
    members, schedule, django_capture_on_commit_callbacks
):
    session = schedule(title="Data agored")
    with translation.override("cy"), django_capture_on_commit_callbacks(execute=True):
        # The facilitator reads in Welsh: the English-speaking member still gets English.
        session_update(
            session=session, starts_at=session.starts_at.replace(hour=10, minute=0),
            ends_at=session.starts_at.replace(hour=11, minute=0),
        )  # fmt: skip
    session.refresh_from_db()
    path = f"/sessions/{session.pk}/"

    welsh = sent_to(members["cy"])
    assert subject_of(welsh) == "Wedi newid: Data agored"
    assert "Manylion, gwaith paratoi a'ch ateb:" in welsh.body and "Details" not in welsh.body
    assert f"{SITE}/cy{path}" in welsh.body and f"{SITE}{path}" not in welsh.body

    english = sent_to(members["en-gb"])
    assert subject_of(english) == "Changed: Data agored"
    assert "Details, pre-work and your reply:" in english.body and "Manylion" not in english.body
    assert f"{SITE}{path}" in english.body and "/cy/" not in english.body

    both = sent_to(members[""])
    assert subject_of(both) == "Wedi newid: Data agored / Changed: Data agored"
    welsh_copy, english_copy = both.body.split(TEXT_DIVIDER)
    assert welsh_copy.startswith("Annwyl") and english_copy.startswith("Dear")
    assert f"{SITE}/cy{path}" in welsh_copy and f"{SITE}{path}" in english_copy
    assert "/cy/" not in english_copy
    # The day and month in each copy's own language.
    with translation.override("cy"):
        when_cy = date_format(session.starts_at.astimezone(), "l j F Y")
    when_en = date_format(session.starts_at.astimezone(), "l j F Y")
    assert when_cy in welsh_copy and when_cy not in english_copy
    assert when_en in english_copy and when_en not in welsh_copy


def test_a_cancelled_session_tells_each_member_in_their_language(
    members, schedule, django_capture_on_commit_callbacks
):
    session = schedule(title="Data agored")
    with django_capture_on_commit_callbacks(execute=True):
        session_cancel(session=session)
    assert subject_of(sent_to(members["cy"])) == "Wedi'i chanslo: Data agored"
    assert subject_of(sent_to(members["en-gb"])) == "Cancelled: Data agored"
    assert subject_of(sent_to(members[""])) == (
        "Wedi'i chanslo: Data agored / Cancelled: Data agored"
    )
    assert "has been cancelled" not in sent_to(members["cy"]).body
    assert "has been cancelled" in sent_to(members["en-gb"]).body
