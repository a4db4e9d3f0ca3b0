"""champions.cache: versioned keys, bumping a namespace (at once and on commit), fingerprints."""

import pytest
from django.core.cache import cache

from champions.cache import bump, current_version, fingerprint, versioned_key


@pytest.fixture(autouse=True)
def _empty_cache():
    cache.clear()
    yield
    cache.clear()


def test_a_key_holds_its_namespace_its_parts_and_the_namespace_s_version():
    key = versioned_key("things", "a", 2)
    assert key.startswith("things:a:2:")
    assert key == f"things:a:2:{current_version('things')}"
    assert versioned_key("things", "a", 2) == key  # stable until bumped


@pytest.mark.django_db
def test_bumping_a_namespace_changes_its_keys_and_no_other_namespace_s():
    mine, other = versioned_key("mine", "x"), versioned_key("other", "x")
    bump("mine")
    assert versioned_key("mine", "x") != mine
    assert versioned_key("other", "x") == other


@pytest.mark.django_db(transaction=True)
def test_a_bump_inside_a_transaction_changes_the_key_again_on_commit():
    from django.db import transaction

    before = versioned_key("tree")
    with transaction.atomic():
        bump("tree")
        during = versioned_key("tree")
        assert during != before
    assert versioned_key("tree") not in (before, during)


def test_a_fingerprint_depends_on_the_values_only():
    assert fingerprint([1, 2], "a") == fingerprint([1, 2], "a")
    assert fingerprint([1, 2], "a") != fingerprint([2, 1], "a")
    assert len(fingerprint("x")) == 16 and len(fingerprint("x", length=24)) == 24
