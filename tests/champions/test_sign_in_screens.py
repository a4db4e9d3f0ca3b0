"""The sign-in screens and emails in the service's words: one primary button, Cancel as a
link, one error summary, and emails from the service with links on the address people use."""

import re

import pytest
from django.test import override_settings

from tests.helpers import PASSWORD, emailed_code, main_html, sign_in


def english(user):
    """Their messages in English only (with no preference they come in Welsh and English)."""
    user.language = "en-gb"
    user.save(update_fields=["language"])


pytestmark = pytest.mark.django_db

SITE = "http://127.0.0.1:8101"  # what `make run` sets SITE_URL to, from PORT


def primary_buttons(html: str) -> int:
    return len(re.findall(r'class="govuk-button"', main_html(html)))


def test_a_wrong_password_shows_one_error_summary_and_one_forgotten_password_link(client, cast):
    response = client.post(
        "/accounts/login/", {"login": cast["councillor"].email, "password": "not-it"}
    )
    page = main_html(response.content.decode())
    assert page.count("govuk-error-summary__title") == 1
    assert page.count("/accounts/password/reset/") == 1
    assert "Forgotten your password?" in page
    assert "placeholder=" not in page
    assert primary_buttons(response.content.decode()) == 1


def test_asking_for_a_code_has_one_button_and_cancel_as_a_link(client):
    page = client.get("/accounts/login/code/").content.decode()
    assert '<h1 class="govuk-heading-l">Sign in with a code</h1>' in page
    assert primary_buttons(page) == 1
    assert re.search(r'<a class="govuk-link" href="/accounts/login/">Cancel</a>', page)


def test_a_wrong_code_says_so_once_in_plain_english(client, outbox, cast):
    step = client.post("/accounts/login/code/", {"email": cast["councillor"].email})
    response = client.post(step.url, {"code": "AAAA-AAAA"})
    page = main_html(response.content.decode())
    assert page.count("govuk-error-summary__title") == 1
    assert "That code is not right." in page
    assert "Incorrect code" not in page
    assert "Success" not in page  # no "code sent" banner over the error
    assert primary_buttons(response.content.decode()) == 1
    assert ">Cancel</a>" in page


@override_settings(SITE_URL=SITE)
def test_the_sign_in_code_email_comes_from_the_service_with_links_on_site_url(client, outbox, cast):
    english(cast["councillor"])
    client.post("/accounts/login/code/", {"email": cast["councillor"].email}, HTTP_HOST="localhost")
    (message,) = outbox
    assert message.subject == "Your sign-in code for Digital Champions for Councillors"
    assert message.from_email.startswith("Digital Champions for Councillors")
    assert "Hello from" not in message.body
    assert "localhost" not in message.body
    links = re.findall(r"https?://\S+", message.body)
    assert links and all(link.startswith(SITE + "/") for link in links)
    assert f"{SITE}/accounts/login/" in links
    assert emailed_code(message)


@override_settings(SITE_URL=SITE)
def test_the_password_reset_link_is_on_site_url_and_works(client, outbox, cast):
    english(cast["councillor"])
    client.post("/accounts/password/reset/", {"email": cast["councillor"].email})
    (message,) = outbox
    assert message.subject == "Reset your password for Digital Champions for Councillors"
    link = re.search(rf"{re.escape(SITE)}(/accounts/password/reset/key/\S+)", message.body)
    assert link, message.body
    page = client.get(link.group(1), follow=True).content.decode()
    assert "Choose a new password" in page


def test_a_reset_for_an_unknown_address_offers_no_sign_up(client, outbox):
    client.post("/accounts/password/reset/", {"email": "nobody@example.org"})
    (message,) = outbox
    assert "we have no account for it" in message.body
    assert "signup" not in message.body


def test_signing_in_says_so_in_our_words(client, cast):
    response = client.post(
        "/accounts/login/", {"login": cast["councillor"].email, "password": PASSWORD}, follow=True
    )
    page = response.content.decode()
    assert "You are signed in." in page
    assert "Successfully signed in" not in page


def test_two_step_sign_in_is_in_plain_english_with_one_button(client, cast):
    response = client.post(
        "/accounts/login/", {"login": cast["trainer"].email, "password": PASSWORD}
    )
    page = client.get(response.url).content.decode()
    assert '<h1 class="govuk-heading-l">Two-step sign-in</h1>' in page
    assert "Code from your authenticator app" in page
    assert primary_buttons(page) == 1
    assert ">Cancel</a>" in page
    wrong = client.post(response.url, {"code": "000000"}).content.decode()
    assert main_html(wrong).count("govuk-error-summary__title") == 1
    assert "That code is not right." in wrong


def test_confirming_its_you_by_password_has_one_button_and_cancel(client, cast):
    sign_in(client, cast["councillor"].email)
    page = client.get("/accounts/reauthenticate/").content.decode()
    assert "Confirm it's you" in page
    assert primary_buttons(page) == 1
    assert ">Cancel</a>" in page
    wrong = client.post("/accounts/reauthenticate/", {"password": "not-it"}).content.decode()
    assert main_html(wrong).count("govuk-error-summary__title") == 1
    assert "That password is not right." in wrong


def test_staff_confirm_its_them_with_their_authenticator_app_in_the_same_words(client, cast):
    sign_in(client, cast["facilitator"].email)
    page = client.get("/accounts/2fa/reauthenticate/").content.decode()
    assert "Confirm it's you" in page
    assert "Code from your authenticator app" in page
    assert primary_buttons(page) == 1
    assert ">Cancel</a>" in page
    wrong = client.post("/accounts/2fa/reauthenticate/", {"code": "000000"}).content.decode()
    assert main_html(wrong).count("govuk-error-summary__title") == 1
    assert "That code is not right." in wrong
