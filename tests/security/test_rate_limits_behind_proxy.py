"""Sign-in rate limits count per client, also behind a load balancer. With one trusted proxy,
the client is the address the proxy appended to X-Forwarded-For, so one person's lock-out does
not lock out everyone else coming through the same balancer."""

import os
import subprocess
import sys

import pytest
from django.conf import settings
from django.test import Client, override_settings

from tests.factories import UserFactory
from tests.helpers import PASSWORD

pytestmark = pytest.mark.django_db

BALANCER = "10.0.0.1"  # every request reaches the app from here


def through_balancer(client_address: str) -> Client:
    # The browser may send its own X-Forwarded-For; the balancer appends the real address.
    return Client(REMOTE_ADDR=BALANCER, HTTP_X_FORWARDED_FOR=f"203.0.113.99, {client_address}")


def hammer(client: Client) -> list[int]:
    return [
        client.post(
            "/accounts/login/", {"login": f"guess{i}@example.org", "password": "x"}
        ).status_code
        for i in range(31)
    ]


def sign_in_status(client: Client, email: str) -> int:
    return client.post("/accounts/login/", {"login": email, "password": PASSWORD}).status_code


@override_settings(ALLAUTH_TRUSTED_PROXY_COUNT=1)
def test_behind_one_proxy_a_locked_out_client_does_not_lock_out_another():
    person = UserFactory(password=PASSWORD)
    attacker, neighbour = through_balancer("198.51.100.7"), through_balancer("198.51.100.8")
    assert hammer(attacker)[-1] == 429
    assert sign_in_status(attacker, person.email) == 429  # still locked out
    assert sign_in_status(neighbour, person.email) == 302  # signed in
    assert neighbour.get("/account/").status_code == 200


@override_settings(ALLAUTH_TRUSTED_PROXY_COUNT=1)
def test_a_forged_forwarded_address_does_not_escape_the_limit():
    # Changing the part of the header the browser controls does not make a new client.
    statuses = [
        Client(REMOTE_ADDR=BALANCER, HTTP_X_FORWARDED_FOR=f"192.0.2.{i}, 198.51.100.7")
        .post("/accounts/login/", {"login": f"guess{i}@example.org", "password": "x"})
        .status_code
        for i in range(31)
    ]
    assert statuses[-1] == 429


@override_settings(ALLAUTH_TRUSTED_PROXY_COUNT=0)
def test_without_the_setting_behind_a_proxy_everyone_shares_one_limit():
    # Why operators must set TRUSTED_PROXY_COUNT behind a load balancer (docs/operators.md).
    person = UserFactory(password=PASSWORD)
    assert hammer(through_balancer("198.51.100.7"))[-1] == 429
    assert sign_in_status(through_balancer("198.51.100.8"), person.email) == 429


def settings_value(**environ) -> str:
    env = {k: v for k, v in os.environ.items() if k != "TRUSTED_PROXY_COUNT"} | environ
    code = (
        "import django; django.setup(); from django.conf import settings; "
        "print(settings.ALLAUTH_TRUSTED_PROXY_COUNT)"
    )
    env["DJANGO_SETTINGS_MODULE"] = "champions.settings.test"
    result = subprocess.run(  # noqa: S603 (our own interpreter and a fixed script)
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True,
        cwd=settings.BASE_DIR,
    )  # fmt: skip
    return result.stdout.strip().splitlines()[-1]


def test_the_trusted_proxy_count_comes_from_the_environment_and_defaults_to_none():
    assert settings_value() == "0"
    assert settings_value(TRUSTED_PROXY_COUNT="1") == "1"
