"""The privacy emails go in the reader's language: "your copy of your data is ready" in the
councillor's, "a member has left" in each facilitator's. Welsh only, English only, or both in
one email (Welsh first) while they have not said; links lead to that copy's language."""

import pytest

from champions.accounts.models import User
from champions.languages import TEXT_DIVIDER
from privacy.services import account_erase, data_export_request
from tests.helpers import subject_of

from .conftest import EMAIL, FACILITATOR_EMAIL

pytestmark = pytest.mark.django_db

SITE = "http://testserver"
READY_CY = "Mae eich copi o’ch data yn barod"
READY_EN = "Your copy of your data is ready"


def choose(person: User, language: str) -> None:
    person.language = language
    person.save(update_fields=["language"])


def export_email(learner, outbox, capture):
    outbox.clear()
    with capture(execute=True):
        data_export_request(user=learner)
    (message,) = [m for m in outbox if m.to == [EMAIL]]
    return message


def departure_email(learner, outbox, capture):
    outbox.clear()
    with capture(execute=True):
        account_erase(user=learner)
    (message,) = [m for m in outbox if m.to == [FACILITATOR_EMAIL]]
    return message


def test_the_data_export_email_in_welsh(learner, outbox, django_capture_on_commit_callbacks):
    choose(learner, "cy")
    message = export_email(learner, outbox, django_capture_on_commit_callbacks)
    assert subject_of(message) == READY_CY
    assert message.body.startswith(f"Annwyl {learner.first_name},")
    assert "Dear" not in message.body and TEXT_DIVIDER not in message.body
    assert f"{SITE}/cy/account/data/" in message.body
    assert f"{SITE}/account/data/" not in message.body


def test_the_data_export_email_in_english(learner, outbox, django_capture_on_commit_callbacks):
    choose(learner, "en-gb")
    message = export_email(learner, outbox, django_capture_on_commit_callbacks)
    assert subject_of(message) == READY_EN
    assert message.body.startswith(f"Dear {learner.first_name},")
    assert "Annwyl" not in message.body and "/cy/" not in message.body
    assert f"{SITE}/account/data/" in message.body


def test_the_data_export_email_in_both_welsh_first(
    learner, outbox, django_capture_on_commit_callbacks
):
    assert learner.language == ""
    message = export_email(learner, outbox, django_capture_on_commit_callbacks)
    assert subject_of(message) == f"{READY_CY} / {READY_EN}"
    welsh, english = message.body.split(TEXT_DIVIDER)
    assert welsh.startswith("Annwyl") and english.startswith("Dear")
    assert f"{SITE}/cy/account/data/" in welsh
    assert f"{SITE}/account/data/" in english and "/cy/" not in english


@pytest.mark.parametrize("language", ["cy", "en-gb", ""])
def test_a_facilitator_is_told_a_member_left_in_their_language(
    language, learner, cohort, outbox, django_capture_on_commit_callbacks
):
    choose(User.objects.get(email=FACILITATOR_EMAIL), language)
    message = departure_email(learner, outbox, django_capture_on_commit_callbacks)
    welsh_subject = f"Mae aelod wedi gadael {cohort.name}"
    english_subject = f"A member has left {cohort.name}"
    dashboard = f"/cohorts/{cohort.pk}/"
    if language == "cy":
        assert subject_of(message) == welsh_subject
        assert f"{SITE}/cy{dashboard}" in message.body and "has deleted" not in message.body
    elif language == "en-gb":
        assert subject_of(message) == english_subject
        assert "has deleted their account" in message.body and "/cy/" not in message.body
        assert f"{SITE}{dashboard}" in message.body
    else:
        assert subject_of(message) == f"{welsh_subject} / {english_subject}"
        welsh, english = message.body.split(TEXT_DIVIDER)
        assert f"{SITE}/cy{dashboard}" in welsh and "has deleted" not in welsh
        assert f"{SITE}{dashboard}" in english and "has deleted their account" in english
