"""The invitation goes in the councillor's language (Welsh only, English only, or both in one
email, Welsh first, while they have not said), and each copy's links lead to the sign-in page
and the site in that copy's language."""

import pytest
from django.core import mail
from django.utils import translation

from champions.languages import TEXT_DIVIDER
from councils.services import invitations_send
from councils.tasks import send_invitation_emails
from tests.councils.helpers import add_councillors, make_council, make_leader
from tests.helpers import subject_of

pytestmark = pytest.mark.django_db

SITE = "http://testserver"
WELSH_SUBJECT = "Gwahoddiad i Hyrwyddwyr Digidol i Gynghorwyr"
ENGLISH_SUBJECT = "You are invited to Digital Champions for Councillors"


def invite(language: str, *, active: str = "en-gb"):
    council = make_council("caerwen")
    person = add_councillors(council, 1)[0]
    person.language = language
    person.save(update_fields=["language"])
    mail.outbox = []
    # Whatever the leader was reading in, the councillor's own language decides.
    with translation.override(active):
        invitations_send(council=council, user_ids=[person.pk], invited_by=make_leader(council))
        send_invitation_emails.call(
            invitation_ids=list(person.invitations.values_list("pk", flat=True))
        )
    (message,) = mail.outbox
    assert message.to == [person.email]
    return message


def test_welsh_only_with_welsh_links():
    message = invite("cy", active="en-gb")
    assert subject_of(message) == WELSH_SUBJECT
    assert "SUT I FEWNGOFNODI" in message.body and "HOW TO SIGN IN" not in message.body
    assert f"{SITE}/cy/accounts/login/" in message.body
    assert f"{SITE}/accounts/login/" not in message.body
    assert message.body.rstrip().endswith(f"{SITE}/cy/")


def test_english_only_with_english_links():
    message = invite("en-gb", active="cy")
    assert subject_of(message) == ENGLISH_SUBJECT
    assert "HOW TO SIGN IN" in message.body and "SUT I FEWNGOFNODI" not in message.body
    assert f"{SITE}/accounts/login/" in message.body and "/cy/" not in message.body


def test_both_welsh_first_each_with_its_own_links():
    message = invite("", active="cy")
    assert subject_of(message) == f"{WELSH_SUBJECT} / {ENGLISH_SUBJECT}"
    welsh, english = message.body.split(TEXT_DIVIDER)
    assert "SUT I FEWNGOFNODI" in welsh and "HOW TO SIGN IN" in english
    assert f"1. Ewch i {SITE}/cy/accounts/login/" in welsh
    assert f"1. Go to {SITE}/accounts/login/" in english
    assert "/cy/" not in english
