"""Shared fixtures. The demo (pages, curriculum, councils, cohorts, people) is built once per
test session through the real seeder; each test then runs in a transaction that is rolled back,
so tests can change anything without affecting each other."""

import re
import time

import pytest
from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value
from django.core import mail
from django.core.cache import cache

from champions.accounts.models import User
from demo.seed import DEMO_PASSWORD, DEMO_TOTP_SECRET, seed_all


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        seed_all()


@pytest.fixture(autouse=True)
def _empty_cache():
    """Each test starts with an empty cache (rate limits, cached cohort aggregates): a rolled-back
    test can leave keys that describe rows that no longer exist."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def demo(db):
    """Handy handles on the demo people."""
    return {
        role: User.objects.get(email=f"{role}@example.org")
        for role in ("councillor", "trainer", "lead.trainer", "facilitator", "leader", "admin")
    } | {"facilitator2": User.objects.get(email="facilitator2@example.org")}


def totp_code(secret: str = DEMO_TOTP_SECRET) -> str:
    """What an authenticator app shows now for this secret."""
    return format_hotp_value(hotp_value(secret, int(time.time()) // 30))


def sign_in(client, email: str, password: str = DEMO_PASSWORD):
    """Signs in through allauth's real forms, as a person would: the password, then, for staff,
    the code from their authenticator app."""
    response = client.post("/accounts/login/", {"login": email, "password": password})
    assert response.status_code == 302, f"sign-in as {email} failed"
    if response.url.startswith("/accounts/2fa/authenticate/"):
        code = totp_code()
        # allauth refuses a code already used in this 30-second window; a test that signs the
        # same person in twice would otherwise wait for the authenticator to move on.
        user_id = User.objects.get(email__iexact=email).pk
        cache.delete(f"allauth.mfa.totp.used?user={user_id}&code={code}")
        response = client.post(response.url, {"code": code})
        assert response.status_code == 302, f"two-step sign-in as {email} failed"
    return response


@pytest.fixture
def sign_in_as(client, db):
    def _sign_in(email: str):
        sign_in(client, email)
        return client

    return _sign_in


def emailed_code(message) -> str:
    """The sign-in code from an allauth email."""
    match = re.search(r"^\s*([A-Z0-9]{4}-[A-Z0-9]{4})\s*$", message.body, re.MULTILINE)
    assert match, message.body
    return match.group(1)


@pytest.fixture
def outbox():
    mail.outbox = []
    return mail.outbox


def h1_count(html: str) -> int:
    return len(re.findall(r"<h1[\s>]", html))


def confirm_identity_by_code(client, response, outbox):
    """Follows allauth's confirmation for someone with no password (they sign in by emailed
    code): from the redirect ``response`` to the code page, ask for a code, type it in.
    Returns the response to the code, which redirects back to where they were going."""
    while response.status_code == 302 and "/accounts/reauthenticate/" in response.url:
        page = client.get(response.url)
        if page.status_code != 200:
            response = page
            continue
        assert "Email me a code" in page.content.decode()
        recipient = page.context["form"].fields["recipient"].choices[0][0]
        before = len(outbox)
        step = client.post(response.url, {"recipient": recipient})
        assert step.status_code == 302, "asking for a confirmation code failed"
        assert len(outbox) == before + 1 and outbox[-1].to == [recipient]
        return client.post(step.url, {"code": emailed_code(outbox[-1])})
    raise AssertionError(f"not asked to confirm: {response.status_code}")


def confirm_identity(client, password: str = DEMO_PASSWORD):
    """Re-authenticates, as allauth asks before sensitive actions such as exports."""
    response = client.post("/accounts/reauthenticate/", {"password": password})
    assert response.status_code == 302, "re-authentication failed"
