"""Shared fixtures. Tests build their own small world with tests/factories.py (``world`` per
test, ``shared_world`` and ``cast`` once per module). Only tests about the demo itself (the
seeder, the curriculum as it publishes it, the browser journeys, the permission matrix, the
benchmark) are marked ``demo`` (using the ``demo`` fixture marks a test too): when any such test
is collected, the demo is built once per session through the real seeder. Each test runs in a
transaction that is rolled back, so tests can change anything without affecting each other."""

import pytest
from django.conf import settings
from django.core import mail
from django.core.cache import cache
from django.utils import translation

from champions.accounts.models import User
from tests.factories import build_world
from tests.helpers import built_once_per_module, sign_in

_needs_demo = False


def pytest_collection_modifyitems(config, items):
    global _needs_demo
    for item in items:
        if "demo" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.demo)
    _needs_demo = any(item.get_closest_marker("demo") for item in items)


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    if _needs_demo:
        from demo.seed import seed_all

        with django_db_blocker.unblock():
            seed_all()


@pytest.fixture(autouse=True)
def _empty_cache():
    """Each test starts with an empty cache (rate limits, cached cohort aggregates): a rolled-back
    test can leave keys that describe rows that no longer exist."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def _english_after_each_test():
    """A request to a /cy/ page leaves Welsh active in the worker's thread (Django's locale
    middleware activates the language and nothing turns it off), so each test ends in English."""
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture
def demo(db):
    """Handy handles on the demo people (marks the test ``demo``, so the demo gets built)."""
    return {
        role: User.objects.get(email=f"{role}@example.org")
        for role in ("councillor", "trainer", "lead.trainer", "facilitator", "leader", "admin")
    } | {"facilitator2": User.objects.get(email="facilitator2@example.org")}


@pytest.fixture
def world(db):
    """A small self-contained world built from factories: see tests.factories.World."""
    return build_world()


# The same world, built once for a whole test module (each test still rolled back on its own).
# A conftest further down may build a different one under the same name.
shared_world = built_once_per_module(build_world)


@pytest.fixture
def cast(db, shared_world) -> dict[str, User]:
    """One person per role from the module's shared world, read afresh for each test: the
    councillor is in the cohort with nothing done, the facilitator runs it, the leader leads
    the first council."""
    return {role: User.objects.get(pk=person.pk) for role, person in shared_world.cast.items()}


@pytest.fixture
def sign_in_as(client, db):
    def _sign_in(email: str):
        sign_in(client, email)
        return client

    return _sign_in


@pytest.fixture
def outbox():
    mail.outbox = []
    return mail.outbox
