"""The "you have been added to a cohort" email goes in the person's language: Welsh only, English
only, or both in one email (Welsh first) while they have not said. Each copy's links lead to
the pages in that copy's language, and the facilitators' names are joined with its own "and"."""

import pytest
from django.core import mail
from django.utils import translation
from django.utils.dates import MONTHS

from champions.languages import TEXT_DIVIDER
from cohorts.services import cohort_member_add
from cohorts.tasks import names_of, send_added_emails
from tests.factories import CohortFactory, CouncillorFactory, FacilitatorFactory
from tests.helpers import subject_of

pytestmark = pytest.mark.django_db

SITE = "http://testserver"


def added_email_to(world, language: str):
    person = CouncillorFactory(council=world.councils[0], first_name="Nia")
    person.language = language
    person.save(update_fields=["language"])
    membership = cohort_member_add(cohort=world.cohort, user=person)
    mail.outbox = []
    assert send_added_emails.call(membership_ids=[membership.pk]) == 1
    (message,) = mail.outbox
    assert message.to == [person.email]
    return message


def test_a_councillor_who_chose_welsh_gets_welsh_only(world, settings):
    settings.SITE_URL = SITE
    message = added_email_to(world, "cy")
    assert subject_of(message) == f"Rydych chi wedi cael eich ychwanegu at {world.cohort.name}"
    assert message.body.startswith("Annwyl Nia,")
    assert "Gallwch chi ddechrau nawr:" in message.body
    assert "Dear" not in message.body and TEXT_DIVIDER not in message.body
    # Its links are the Welsh pages.
    assert f"{SITE}/cy/learn/" in message.body and f"{SITE}/cy/accounts/login/" in message.body
    assert f"{SITE}/learn/" not in message.body


def test_a_councillor_who_chose_english_gets_english_only(world, settings):
    settings.SITE_URL = SITE
    with translation.override("cy"):  # even when the facilitator was reading in Welsh
        message = added_email_to(world, "en-gb")
    assert subject_of(message) == f"You have been added to {world.cohort.name}"
    assert message.body.startswith("Dear Nia,")
    assert "Annwyl" not in message.body and "/cy/" not in message.body
    assert f"{SITE}/learn/" in message.body and f"{SITE}/accounts/login/" in message.body


def test_with_no_language_chosen_one_email_has_both_welsh_first(world, settings):
    settings.SITE_URL = SITE
    message = added_email_to(world, "")
    name = world.cohort.name
    assert subject_of(message) == (
        f"Rydych chi wedi cael eich ychwanegu at {name} / You have been added to {name}"
    )
    welsh, english = message.body.split(TEXT_DIVIDER)
    assert welsh.startswith("Annwyl Nia,") and english.startswith("Dear Nia,")
    assert f"{SITE}/cy/learn/" in welsh and f"{SITE}/cy/accounts/login/" in welsh
    assert "/cy/" not in english and f"{SITE}/learn/" in english


def test_the_start_date_is_written_in_each_copys_language(world):
    message = added_email_to(world, "")
    welsh, english = message.body.split(TEXT_DIVIDER)
    start = world.cohort.start_date
    with translation.override("cy"):
        welsh_month = str(MONTHS[start.month])  # "Rhagfyr"
    assert welsh_month != start.strftime("%B")
    assert f"{start.day} {start.strftime('%B')} {start.year}" in english
    assert f"{start.day} {welsh_month} {start.year}" in welsh
    assert start.strftime("%B") not in welsh


def test_facilitators_are_joined_with_each_languages_and(world):
    cohort = CohortFactory(
        councils=[world.councils[0]],
        facilitators=[
            FacilitatorFactory(first_name="Ann", last_name="Jones"),
            FacilitatorFactory(first_name="Bob", last_name="Price"),
        ],
    )
    person = CouncillorFactory(council=world.councils[0])
    mail.outbox = []
    send_added_emails.call(membership_ids=[cohort_member_add(cohort=cohort, user=person).pk])
    welsh, english = mail.outbox[0].body.split(TEXT_DIVIDER)
    assert "Ann Jones a Bob Price" in welsh and " and " not in welsh
    assert "Ann Jones and Bob Price" in english


def test_welsh_says_ac_before_a_name_that_begins_with_a_vowel(world):
    people = [
        FacilitatorFactory(first_name="Bob", last_name="Price"),
        FacilitatorFactory(first_name="Cai", last_name="Rees"),
        FacilitatorFactory(first_name="Eleri", last_name="Wyn"),
    ]
    names = names_of(people)
    with translation.override("cy"):
        assert str(names) == "Bob Price, Cai Rees ac Eleri Wyn"
    with translation.override("en-gb"):
        assert str(names) == "Bob Price, Cai Rees and Eleri Wyn"
    assert names_of(people[:1]) == "Bob Price" and names_of([]) == ""
