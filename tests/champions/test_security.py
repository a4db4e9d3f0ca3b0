"""Two-step sign-in for staff, session timeouts, re-authentication and single sign-on."""

import time

import pytest
from allauth.mfa.models import Authenticator
from django.test import Client, override_settings
from django.utils.html import escape
from django.utils.http import urlencode

from champions.accounts.constants import Role
from champions.accounts.services import role_grant, user_upsert
from cohorts.models import Cohort
from tests.helpers import PASSWORD, sign_in, totp_code

pytestmark = pytest.mark.django_db


@pytest.fixture
def cohort(db, shared_world) -> Cohort:
    """Run by ``cast["facilitator"]``."""
    return Cohort.objects.get(pk=shared_world.cohort.pk)


@pytest.fixture
def new_facilitator(cohort):
    user = user_upsert(email="fresh.facilitator@example.org", password="a-long-pass-phrase-123")
    role_grant(user=user, role=Role.FACILITATOR)
    cohort.facilitators.add(user)
    return user


@pytest.mark.parametrize(
    ("path", "set_up"),
    [
        ("/cohorts/", "/accounts/2fa/"),
        ("/council/", "/accounts/2fa/"),
        # The same pages in Welsh are staff pages too.
        ("/cy/cohorts/", "/cy/accounts/2fa/"),
        ("/cy/council/", "/cy/accounts/2fa/"),
    ],
)
def test_a_staff_account_without_two_step_sign_in_cannot_reach_staff_pages(
    client, new_facilitator, path, set_up
):
    sign_in(client, new_facilitator.email, "a-long-pass-phrase-123")
    response = client.get(path)
    assert response.status_code == 302 and response.url == set_up
    page = client.get(set_up).content.decode()
    assert ("dau gam" if path.startswith("/cy/") else "two-step sign-in") in page


def test_a_trainer_without_two_step_sign_in_is_sent_to_set_it_up_before_the_admin(client):
    trainer = user_upsert(email="fresh.trainer@example.org", password="a-long-pass-phrase-123")
    role_grant(user=trainer, role=Role.TRAINER)
    sign_in(client, trainer.email, "a-long-pass-phrase-123")
    response = client.get("/admin/")
    assert response.status_code == 302 and response.url == "/accounts/2fa/"


def test_a_facilitator_without_two_step_sign_in_opening_the_admin_is_told_it_is_not_for_them(
    client, new_facilitator
):
    # A facilitator has no admin access at all: the plain page, not a set-up they do not need
    # for it (their own staff pages still ask for it, above).
    sign_in(client, new_facilitator.email, "a-long-pass-phrase-123")
    response = client.get("/admin/")
    assert response.status_code == 403
    assert "This area is for trainers and administrators" in response.content.decode()


def test_setting_up_an_authenticator_opens_the_staff_pages_end_to_end(client, new_facilitator):
    sign_in(client, new_facilitator.email, "a-long-pass-phrase-123")
    # Adding a second factor is itself sensitive: allauth asks for the password again first.
    gate = client.get("/accounts/2fa/totp/activate/")
    assert gate.status_code == 302 and gate.url.startswith("/accounts/reauthenticate/")
    client.post(gate.url, {"password": "a-long-pass-phrase-123"})
    activate = client.get("/accounts/2fa/totp/activate/")
    secret = activate.context["form"].secret
    response = client.post("/accounts/2fa/totp/activate/", {"code": totp_code(secret)})
    assert response.status_code == 302
    assert Authenticator.objects.filter(user=new_facilitator, type="totp").exists()
    assert client.get("/cohorts/").status_code == 200
    # From now on the code is asked for at every sign-in.
    client.logout()
    first = client.post(
        "/accounts/login/", {"login": new_facilitator.email, "password": "a-long-pass-phrase-123"}
    )
    assert first.url.startswith("/accounts/2fa/authenticate/")
    assert client.get("/cohorts/").status_code == 302  # not signed in yet


def test_staff_sign_in_needs_the_right_authenticator_code(client, cast):
    first = client.post(
        "/accounts/login/",
        {"login": cast["facilitator"].email, "password": PASSWORD},
    )
    assert first.url.startswith("/accounts/2fa/authenticate/")
    wrong = client.post(first.url, {"code": "000000" if totp_code() != "000000" else "111111"})
    assert wrong.status_code == 200
    assert client.get("/cohorts/").url.startswith("/accounts/login/")
    right = client.post(first.url, {"code": totp_code()})
    assert right.status_code == 302
    assert client.get("/cohorts/").status_code == 200


def test_councillors_are_not_asked_for_a_second_step(client, cast):
    response = client.post(
        "/accounts/login/",
        {"login": cast["councillor"].email, "password": PASSWORD},
    )
    assert response.url == "/after-login/"


def test_signing_in_gives_a_new_session_key(client, cast):
    client.get("/accounts/login/")
    client.cookies["sessionid"] = "attacker-chosen"
    sign_in(client, cast["councillor"].email)
    assert client.cookies["sessionid"].value != "attacker-chosen"


@pytest.mark.parametrize(
    ("role", "idle_minutes", "signed_out"),
    [
        ("facilitator", 29, False),
        ("facilitator", 31, True),
        ("councillor", 60 * 7, False),
        ("councillor", 60 * 8 + 1, True),
    ],
)
def test_sessions_end_after_inactivity_sooner_for_staff(
    client, cast, role, idle_minutes, signed_out
):
    sign_in(client, cast[role].email)
    page = "/cohorts/" if role == "facilitator" else "/learn/"
    client.get(page)
    session = client.session
    session["last_seen"] = int(time.time()) - idle_minutes * 60
    session.save()
    response = client.get(page)
    if signed_out:
        assert response.status_code == 302 and response.url.startswith("/accounts/login/")
        assert client.get(page).status_code == 302
    else:
        assert response.status_code == 200


def test_sessions_end_after_their_absolute_lifetime_even_when_active(client, cast):
    sign_in(client, cast["councillor"].email)
    session = client.session
    session["signed_in_at"] = int(time.time()) - 13 * 60 * 60
    session.save()
    assert client.get("/learn/").status_code == 302


def test_sign_out_everywhere_is_offered(client, cast):
    sign_in(client, cast["councillor"].email)
    page = client.get("/accounts/sessions/").content.decode()
    assert "Sign Out Other Sessions" in page or "sign out" in page.lower()


def test_signing_out_other_sessions_ends_them_at_once_though_sessions_are_cached(client, cast):
    elsewhere = Client()
    sign_in(elsewhere, cast["councillor"].email)
    sign_in(client, cast["councillor"].email)
    assert elsewhere.get("/learn/").status_code == 200  # its session is in the cache now
    assert client.post("/accounts/sessions/").status_code == 302
    assert elsewhere.get("/learn/").status_code == 302
    assert client.get("/learn/").status_code == 200


def test_exporting_personal_data_asks_the_facilitator_to_confirm_who_they_are(client, cast, cohort):
    sign_in(client, cast["facilitator"].email)
    council = urlencode({"council": cohort.councils.order_by("pk").first().name})
    export = f"/cohorts/{cohort.pk}/export/learners.csv?{council}"
    gate = client.get(export)
    assert gate.status_code == 302 and gate.url.startswith("/accounts/reauthenticate/")
    wrong = client.post(gate.url, {"password": "not-the-password"})
    assert wrong.status_code == 200 and client.get(export).status_code == 302
    confirmed = client.post(gate.url, {"password": PASSWORD})
    # Back to the learners page the list came from, which offers the file (a browser sent
    # straight to a file saves it and leaves the person looking at the password form).
    assert confirmed.status_code == 302
    assert confirmed.url == (
        f"/cohorts/{cohort.pk}/learners/?{council}&" + urlencode({"download": export})
    )
    dashboard = client.get(confirmed.url).content.decode()
    assert "Thank you for confirming it's you." in dashboard
    assert f'href="{escape(export)}">Download the learner list (CSV)</a>' in dashboard
    download = client.get(export)
    assert download.status_code == 200 and download["Content-Type"].startswith("text/csv")


@pytest.mark.parametrize(
    "offered",
    ["https://evil.example/cohorts/1/export/learners.csv", "//evil.example/x",
     "/cohorts/999/export/learners.csv", "/account/delete/", "/cohorts/{id}/export/secret.csv"],
)  # fmt: skip
def test_a_dashboard_offers_only_its_own_exports_as_the_confirmed_download(
    client, offered, cast, cohort
):
    sign_in(client, cast["facilitator"].email)
    offered = offered.replace("{id}", str(cohort.pk))
    html = client.get(f"/cohorts/{cohort.pk}/?" + urlencode({"download": offered})).content
    assert b"Thank you for confirming" not in html
    # Nothing links there (the language switcher keeps the query string, encoded, in its link
    # to the same page in Welsh: that is not an offer to download).
    assert b'href="https://evil.example' not in html
    assert b'href="//evil.example' not in html


def test_single_sign_on_is_off_by_default(client):
    html = client.get("/accounts/login/").content.decode()
    assert "openid" not in html.lower()


@override_settings(
    SOCIALACCOUNT_PROVIDERS={
        "openid_connect": {
            "APPS": [
                {
                    "provider_id": "council-sso",
                    "name": "Riverside Council account",
                    "client_id": "id",
                    "secret": "secret",
                    "settings": {"server_url": "https://login.example.org"},
                }
            ]
        }
    }
)
def test_single_sign_on_appears_when_configured_and_never_creates_accounts(client):
    from champions.accounts.adapter import SocialAccountAdapter

    html = client.get("/accounts/login/").content.decode()
    assert "Riverside Council account" in html
    assert SocialAccountAdapter().is_open_for_signup(None, None) is False


def test_your_account_page_shows_sign_in_settings(client, cast):
    sign_in(client, cast["facilitator"].email)
    html = client.get("/account/").content.decode()
    assert "Two-step sign-in" in html and ">On<" in html.replace("\n", "")
    assert "/accounts/sessions/" in html and "/accounts/2fa/" in html
    assert client.get("/").content.decode().count("Your account") == 1


def test_your_account_needs_sign_in(client):
    assert client.get("/account/").status_code == 302


def _age_session(client, *, idle_seconds: int) -> None:
    session = client.session
    session["last_seen"] = int(time.time()) - idle_seconds
    session.save()


def test_the_timeout_warning_is_on_signed_in_pages_only_with_the_persons_idle_limit(client, cast):
    assert 'id="timeout-warning"' not in client.get("/").content.decode()
    sign_in(client, cast["councillor"].email)
    html = client.get("/learn/").content.decode()
    assert 'data-idle-seconds="28800"' in html and 'data-warn-seconds="120"' in html
    assert "Stay signed in" in html and html.count("<h1") == 1  # the dialog's heading is an h2
    client.logout()
    sign_in(client, cast["facilitator"].email)
    assert 'data-idle-seconds="1800"' in client.get("/cohorts/").content.decode()


def test_asking_how_long_is_left_does_not_count_as_activity(client, cast):
    sign_in(client, cast["facilitator"].email)
    _age_session(client, idle_seconds=29 * 60)
    status = client.get("/account/session/").json()
    assert status["signed_in"] and 50 <= status["seconds_left"] <= 60
    assert client.session["last_seen"] <= int(time.time()) - 29 * 60  # unchanged
    assert client.get("/account/session/")["Cache-Control"] == "no-store"


def test_staying_signed_in_restarts_the_idle_time(client, cast):
    sign_in(client, cast["facilitator"].email)
    _age_session(client, idle_seconds=29 * 60)
    status = client.post("/account/session/").json()
    assert status["signed_in"] and status["seconds_left"] >= 29 * 60
    assert client.session["last_seen"] >= int(time.time()) - 2


def test_after_the_idle_limit_the_status_says_signed_out_and_the_next_page_signs_out(client, cast):
    sign_in(client, cast["facilitator"].email)
    _age_session(client, idle_seconds=31 * 60)
    assert client.get("/account/session/").json() == {"signed_in": False, "seconds_left": 0}
    assert client.post("/account/session/").url.startswith("/accounts/login/")  # too late
    assert client.get("/cohorts/").status_code == 302


def test_the_status_of_a_signed_out_visitor(client):
    assert client.get("/account/session/").json() == {"signed_in": False, "seconds_left": 0}
