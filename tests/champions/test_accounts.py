"""Signing in: passwords, emailed codes, rate limits, no account enumeration, one login for
Wagtail too."""

import pytest
from django.core.cache import cache

from tests.helpers import PASSWORD, emailed_code, sign_in

pytestmark = pytest.mark.django_db

LANDING = {
    "councillor": "/journey/start/",  # first sign-in: the starting point task list
    "trainer": "/admin/",
    "lead.trainer": "/admin/",
    "facilitator": "/cohorts/",
    "leader": "/council/",
    "admin": "/admin/",
}
NAV = {
    "councillor": ["My learning", "My journey"],
    "trainer": ["Admin"],
    "lead.trainer": ["Admin"],
    "facilitator": ["Cohorts"],
    "leader": ["Council uptake"],
    "admin": ["Cohorts", "Council uptake", "Admin"],
}
ALL_NAV = ["My learning", "My journey", "Cohorts", "Council uptake", "Admin"]


@pytest.fixture(autouse=True)
def _fresh_rate_limits():
    cache.clear()
    yield
    cache.clear()


def nav_links(html: str) -> list[str]:
    import re

    return [
        re.sub(r"<[^>]+>", "", text).strip()
        for text in re.findall(
            r'class="govuk-service-navigation__link" href="[^"]+"[^>]*>(.*?)</a>', html, re.S
        )
    ]


@pytest.mark.parametrize("role", LANDING)
def test_each_account_lands_on_its_page_with_only_its_navigation(client, cast, role):
    response = sign_in(client, cast[role].email)
    assert response.url == "/after-login/"
    landing = client.get("/after-login/")
    assert landing.status_code == 302
    assert landing.url == LANDING[role]
    home = client.get("/")  # a page every role can open
    links = nav_links(home.content.decode())
    assert [link for link in links if link in ALL_NAV] == NAV[role]
    assert "Sign out" in links


@pytest.mark.parametrize("path", ["/cohorts/", "/council/"])
def test_councillor_gets_403_on_other_roles_pages(client, path, cast):
    sign_in(client, cast["councillor"].email)
    response = client.get(path)
    assert response.status_code == 403
    assert "You cannot see this page" in response.content.decode()


def test_councillor_cannot_open_the_wagtail_admin(client, cast):
    sign_in(client, cast["councillor"].email)
    response = client.get("/admin/")
    assert response.status_code in (302, 403)
    assert "Dashboard" not in response.content.decode()


@pytest.mark.parametrize("path", ["/learn/", "/journey/"])
def test_staff_without_the_councillor_role_get_403_on_learner_pages(client, path, cast):
    sign_in(client, cast["facilitator"].email)
    assert client.get(path).status_code == 403


def test_sign_in_by_emailed_code_end_to_end(client, outbox, cast):
    page = client.get("/accounts/login/")
    assert "Email me a sign-in code" in page.content.decode()
    response = client.post("/accounts/login/code/", {"email": cast["councillor"].email})
    assert response.status_code == 302
    assert len(outbox) == 1
    code = emailed_code(outbox[0])
    confirm = client.post(response.url, {"code": code})
    assert confirm.status_code == 302
    assert client.get("/learn/").status_code == 200


def test_a_wrong_emailed_code_does_not_sign_in(client, outbox, cast):
    response = client.post("/accounts/login/code/", {"email": cast["councillor"].email})
    client.post(response.url, {"code": "WRONG1"})
    assert client.get("/learn/").status_code == 302  # still sent to sign in


def test_unknown_email_and_wrong_password_look_the_same(client, cast):
    wrong_password = client.post(
        "/accounts/login/", {"login": cast["councillor"].email, "password": "not-the-password"}
    )
    unknown_email = client.post(
        "/accounts/login/", {"login": "nobody@example.org", "password": "not-the-password"}
    )
    assert wrong_password.status_code == unknown_email.status_code == 200
    assert "email address or password is not right" in wrong_password.content.decode()
    assert wrong_password.context["form"].errors == unknown_email.context["form"].errors


def test_asking_for_a_code_for_an_unknown_email_looks_the_same_as_for_a_known_one(
    client, outbox, cast
):
    known = client.post("/accounts/login/code/", {"email": cast["councillor"].email})
    unknown = client.post("/accounts/login/code/", {"email": "nobody@example.org"})
    assert known.status_code == unknown.status_code == 302
    assert known.url == unknown.url


def test_ten_wrong_passwords_in_a_minute_are_rate_limited(client, cast):
    pages = [
        client.post(
            "/accounts/login/", {"login": cast["councillor"].email, "password": f"wrong-{i}"}
        ).content.decode()
        for i in range(10)
    ]
    limited = ["Too many attempts to sign in" in page for page in pages]
    assert limited[0] is False
    assert limited[-1] is True
    # Even the right password is refused while the limit holds.
    right = client.post(
        "/accounts/login/",
        {"login": cast["councillor"].email, "password": PASSWORD},
    )
    assert "Too many attempts to sign in" in right.content.decode()
    assert client.get("/learn/").status_code == 302  # not signed in


def test_many_sign_in_requests_from_one_address_get_a_429(client):
    statuses = [
        client.post("/accounts/login/", {"login": f"x{i}@example.org", "password": "x"}).status_code
        for i in range(31)
    ]
    assert statuses[0] == 200
    assert statuses[-1] == 429


def test_wagtail_admin_login_is_allauths_sign_in(client):
    response = client.get("/admin/login/?next=/admin/pages/", follow=True)
    html = response.content.decode()
    assert response.redirect_chain[-1][0].startswith("/accounts/login/")
    assert "Email me a sign-in code" in html
    assert "wagtail" not in response.templates[0].name


def test_admin_sends_anonymous_people_to_allauth(client):
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response.url.startswith("/accounts/login/")


def test_public_sign_up_is_closed(client):
    response = client.post(
        "/accounts/signup/",
        {
            "email": "new@example.org",
            "password1": "a-long-pass-phrase",
            "password2": "a-long-pass-phrase",
        },
    )
    from champions.accounts.models import User

    assert not User.objects.filter(email="new@example.org").exists()
    assert response.status_code == 200
    assert "closed" in response.content.decode().lower()


def test_the_first_admin_made_by_createsuperuser_can_sign_in_with_their_email(client, monkeypatch):
    """docs/operators.md: "Create the first admin: python manage.py createsuperuser"."""
    from django.core.management import call_command

    from champions.accounts.models import User

    monkeypatch.setenv("DJANGO_SUPERUSER_PASSWORD", PASSWORD)
    call_command("createsuperuser", interactive=False, email="First.Admin@Example.org")
    admin = User.objects.get(email="first.admin@example.org")
    assert admin.is_staff and admin.is_superuser
    response = client.post(
        "/accounts/login/", {"login": "first.admin@example.org", "password": PASSWORD}
    )
    assert response.status_code == 302


def test_an_account_cannot_be_made_without_an_email_address():
    from champions.accounts.models import User

    with pytest.raises(ValueError, match="An email address is required"):
        User.objects.create_user(email="", password=PASSWORD)
    assert User.objects.create_user(email="Someone@Example.org").email == "someone@example.org"
