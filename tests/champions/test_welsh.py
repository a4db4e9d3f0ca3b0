"""The Welsh service: <html lang>, the language switcher, the language preference and messages
in the person's language (docs/welsh.md)."""

import re

import pytest
from django.test import override_settings
from django.utils import translation

from champions.languages import in_language, message_languages, without_language
from tests.helpers import emailed_code, sign_in

SITE = "https://learn.example.gov.uk"


def switcher(html: str) -> str:
    match = re.search(r'<nav class="app-language-switcher".*?</nav>', html, re.DOTALL)
    assert match, "no language switcher"
    return match.group(0)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("path", "lang", "other", "other_lang", "other_name"),
    [
        ("/help/", "en-GB", "/cy/help/", "cy", "Cymraeg"),
        ("/cy/help/", "cy", "/help/", "en-GB", "English"),
    ],
)
def test_each_page_says_its_language_and_links_to_the_same_page_in_the_other(
    client, path, lang, other, other_lang, other_name
):
    html = client.get(path).content.decode()
    assert f'<html lang="{lang}"' in html
    nav = switcher(html)
    assert f'href="{other}" hreflang="{other_lang}" lang="{other_lang}"' in nav
    assert f">{other_name}</a>" in nav
    current = "English" if lang == "en-GB" else "Cymraeg"
    assert f'aria-current="true" lang="{lang}">{current}</span>' in nav


@pytest.mark.django_db
def test_the_welsh_page_is_in_welsh_and_the_switcher_keeps_the_query_string(client):
    english = client.get("/help/?from=email&x=1").content.decode()
    assert 'href="/cy/help/?from=email&amp;x=1"' in switcher(english)
    welsh = client.get("/cy/help/?from=email").content.decode()
    assert "Cwestiynau cyffredin" in welsh  # "Common questions"
    assert "Neidio i'r prif gynnwys" in welsh  # the skip link
    assert 'href="/help/?from=email"' in switcher(welsh)


@pytest.mark.django_db
def test_a_page_not_found_still_offers_the_other_language(client):
    response = client.get("/cy/no-such-page/")
    html = response.content.decode()
    assert response.status_code == 404
    assert '<html lang="cy"' in html
    assert "Heb ddod o hyd i'r dudalen" in html
    assert 'href="/no-such-page/"' in switcher(html)


@pytest.mark.django_db
def test_english_urls_are_unchanged_and_welsh_ones_sit_under_cy(client, cast):
    sign_in(client, cast["councillor"].email)
    assert client.get("/account/").status_code == 200
    welsh = client.get("/cy/account/")
    assert welsh.status_code == 200
    assert "Eich cyfrif" in welsh.content.decode()


def test_message_languages_follow_the_preference_and_both_welsh_first_when_unknown():
    class Person:
        language = ""

    person = Person()
    assert message_languages(None) == ["cy", "en-gb"]
    assert message_languages(person) == ["cy", "en-gb"]
    person.language = "cy"
    assert message_languages(person) == ["cy"]
    person.language = "en-gb"
    assert message_languages(person) == ["en-gb"]


@pytest.mark.parametrize(
    ("path", "english"),
    [
        ("/cy/cohorts/", "/cohorts/"),
        ("/cohorts/", "/cohorts/"),
        ("/cy", "/"),
        ("/cy/", "/"),
        # Only a /cy prefix is taken off, never the letters at the start of a page's name.
        ("/cymraeg-page/", "/cymraeg-page/"),
        ("/cy/cymraeg-page/", "/cymraeg-page/"),
        ("/cy/cohorts/?page=2&q=cy", "/cohorts/?page=2&q=cy"),
        ("/cohorts/?next=/cy/cohorts/", "/cohorts/?next=/cy/cohorts/"),
        # Another spelling of a prefix Django reads as a language is still a prefix, so a rule
        # about /cohorts/ cannot be stepped round.
        ("/CY/cohorts/", "/cohorts/"),
        ("/en-gb/cohorts/", "/cohorts/"),
    ],
)
def test_a_path_without_its_language_is_the_english_sites_path(path, english):
    assert without_language(path) == english


@pytest.mark.parametrize(
    ("path", "welsh", "english"),
    [
        ("/cohorts/", "/cy/cohorts/", "/cohorts/"),
        ("/cy/cohorts/", "/cy/cohorts/", "/cohorts/"),
        ("/help/?page=2", "/cy/help/?page=2", "/help/?page=2"),
        # Pages no URL pattern knows get the prefix added or taken off directly.
        ("/cymraeg-page/", "/cy/cymraeg-page/", "/cymraeg-page/"),
        ("/cy/cymraeg-page/?q=1", "/cy/cymraeg-page/?q=1", "/cymraeg-page/?q=1"),
    ],
)
def test_a_path_in_each_language(path, welsh, english):
    # As the language switcher asks: while the page is read in its own language.
    with translation.override("cy" if path.startswith("/cy/") else "en-gb"):
        assert in_language(path, "cy") == welsh
        assert in_language(path, "en-gb") == english


@pytest.mark.django_db
def test_the_start_page_asks_which_language_until_answered_then_the_account_page_shows_it(
    client, cast
):
    facilitator = cast["facilitator"]
    sign_in(client, facilitator.email)
    start = client.get("/cohorts/", follow=True)
    assert "Which language should we write to you in?" in start.content.decode()
    help_page = client.get("/help/").content.decode()
    assert "Which language should we write to you in?" not in help_page
    where = start.request["PATH_INFO"]
    answer = client.post("/account/language/", {"language": "cy", "next": where})
    assert answer.status_code == 302 and answer.url == "/cy" + where
    facilitator.refresh_from_db()
    assert facilitator.language == "cy"
    again = client.get(where).content.decode()
    assert "Which language should we write to you in?" not in again
    account = client.get("/account/").content.decode()
    assert '<span lang="cy">Cymraeg</span>' in account


@pytest.mark.django_db
def test_changing_the_language_needs_a_choice_and_saves_nothing_without_one(client, cast):
    councillor = cast["councillor"]
    sign_in(client, councillor.email)
    page = client.get("/account/language/")
    assert page.status_code == 200
    bad = client.post("/account/language/", {"language": "fr"})
    assert bad.status_code == 400
    assert "Choose English or Cymraeg" in bad.content.decode()
    councillor.refresh_from_db()
    assert councillor.language == ""
    away = client.post("/account/language/", {"language": "en-gb", "next": "https://evil.example/"})
    assert away.status_code == 302 and away.url == "/account/"


@pytest.mark.django_db
@override_settings(SITE_URL=SITE)
def test_a_councillor_who_chose_welsh_gets_the_sign_in_code_in_welsh(client, outbox, cast):
    councillor = cast["councillor"]
    councillor.language = "cy"
    councillor.save(update_fields=["language"])
    client.post("/accounts/login/code/", {"email": councillor.email})
    (message,) = outbox
    assert message.subject == "Eich cod mewngofnodi ar gyfer Hyrwyddwyr Digidol i Gynghorwyr"
    assert "Eich cod yw:" in message.body
    assert "Your code is" not in message.body
    assert emailed_code(message)


@pytest.mark.django_db
@override_settings(SITE_URL=SITE)
def test_with_no_preference_the_sign_in_code_comes_in_welsh_then_english(client, outbox, cast):
    councillor = cast["councillor"]
    assert councillor.language == ""
    client.post("/accounts/login/code/", {"email": councillor.email})
    (message,) = outbox
    assert message.subject == (
        "Eich cod mewngofnodi ar gyfer Hyrwyddwyr Digidol i Gynghorwyr"
        " / Your sign-in code for Digital Champions for Councillors"
    )
    welsh, divider, english = message.body.partition("-" * 40)
    assert divider
    assert "Eich cod yw:" in welsh and "Your code is:" in english
    code = emailed_code(message)
    assert welsh.count(code) == 1 and english.count(code) == 1


@pytest.mark.django_db
def test_an_unknown_address_is_answered_in_both_languages(client, outbox):
    client.post("/accounts/password/reset/", {"email": "nobody@example.org"})
    (message,) = outbox
    assert message.subject.startswith("Ynglŷn â'ch cais i ")
    assert message.subject.endswith(" / About your request to Digital Champions for Councillors")


@pytest.mark.django_db
def test_after_signing_in_someone_who_chose_welsh_lands_in_welsh_others_where_they_signed_in(
    client, cast
):
    facilitator = cast["facilitator"]
    sign_in(client, facilitator.email)
    assert client.get("/after-login/").url == "/cohorts/"
    assert client.get("/cy/after-login/").url == "/cy/cohorts/"
    facilitator.language = "cy"
    facilitator.save(update_fields=["language"])
    assert client.get("/after-login/").url == "/cy/cohorts/"


@pytest.mark.django_db
@override_settings(SITE_URL=SITE)
def test_each_copy_of_the_sign_in_code_email_links_to_its_own_language(client, outbox, cast):
    councillor = cast["councillor"]
    assert councillor.language == ""
    client.post("/cy/accounts/login/code/", {"email": councillor.email})  # asked in Welsh
    (message,) = outbox
    welsh, divider, english = message.body.partition("-" * 40)
    assert divider
    assert f"{SITE}/cy/accounts/login/" in welsh and f"{SITE}/cy/help/" in welsh
    assert f"{SITE}/accounts/login/" in english and f"{SITE}/help/" in english
    assert "/cy/" not in english


@pytest.mark.django_db
@override_settings(SITE_URL=SITE)
def test_a_welsh_speakers_password_reset_link_opens_the_welsh_page(client, outbox, cast):
    councillor = cast["councillor"]
    councillor.language = "cy"
    councillor.save(update_fields=["language"])
    client.post("/accounts/password/reset/", {"email": councillor.email})
    (message,) = outbox
    link = re.search(rf"{re.escape(SITE)}(/cy/accounts/password/reset/key/\S+)", message.body)
    assert link, message.body
    assert f"{SITE}/accounts/password/reset/key/" not in message.body
    assert client.get(link.group(1), follow=True).status_code == 200
