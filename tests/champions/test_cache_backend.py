"""The Redis cache used in production (champions.cache): Django's, keeping one client per
connection pool. Runs against the Redis on 127.0.0.1 (database 15) under a prefix of its own,
and removes only its own keys afterwards: never FLUSHDB on a Redis it shares."""

import uuid

import pytest
import redis
from django.conf import settings

from champions.cache import ResilientRedisCache, ReusingRedisCache

LOCATION = "redis://127.0.0.1:6379/15"


def _on_test_redis(backend):
    """A ``backend`` cache on the test Redis under a prefix of its own, removed afterwards."""
    try:
        redis.Redis.from_url(LOCATION).ping()
    except redis.ConnectionError:
        pytest.skip("no Redis on 127.0.0.1:6379")
    prefix = f"test-cache-backend-{uuid.uuid4().hex}"
    yield backend(LOCATION, {"KEY_PREFIX": prefix})
    remove_keys(prefix)


@pytest.fixture
def redis_cache():
    yield from _on_test_redis(ReusingRedisCache)


@pytest.fixture
def resilient_cache():
    yield from _on_test_redis(ResilientRedisCache)


def remove_keys(prefix: str) -> None:
    """Deletes this test's keys only (Django's cache.clear() would FLUSHDB the whole database)."""
    client = redis.Redis.from_url(LOCATION)
    ours = list(client.scan_iter(match=f"{prefix}:*"))
    if ours:
        client.delete(*ours)


def test_the_suite_itself_caches_in_memory_even_with_redis_url_set():
    # CI also runs the suite with REDIS_URL exported and checks a sentinel key survives.
    assert settings.CACHES["default"]["BACKEND"].endswith("LocMemCache")


def test_cleaning_up_removes_our_keys_and_leaves_everyone_elses(redis_cache):
    client = redis.Redis.from_url(LOCATION)
    client.set("someone-elses-key", "kept", ex=60)
    redis_cache.set("ours", 1)
    remove_keys(redis_cache.key_prefix)
    assert redis_cache.get("ours") is None
    assert client.get("someone-elses-key") == b"kept"
    client.delete("someone-elses-key")


def test_values_round_trip_and_expire_as_with_djangos_redis_cache(redis_cache):
    redis_cache.set("structure", {"modules": [1, 2]}, 60)
    assert redis_cache.get("structure") == {"modules": [1, 2]}
    assert redis_cache.get_many(["structure", "missing"]) == {"structure": {"modules": [1, 2]}}
    assert redis_cache.add("structure", "other") is False
    redis_cache.delete("structure")
    assert redis_cache.get("structure") is None


def test_one_client_serves_every_call(redis_cache):
    first = redis_cache._cache.get_client(write=True)
    redis_cache.set("a", 1)
    assert redis_cache._cache.get_client(write=True) is first
    assert redis_cache._cache.get_client() is first  # one server: reads use the same pool


# --- the production cache over a Redis that answers, and one that does not -----------------------


def test_the_resilient_cache_behaves_as_djangos_while_redis_answers(resilient_cache):
    resilient_cache.set_many({"a": 1, "b": 2}, 60)
    assert resilient_cache.has_key("a")
    assert resilient_cache.incr("a", 4) == 5
    assert resilient_cache.touch("b", 120) is True
    resilient_cache.delete_many(["a", "b"])
    assert resilient_cache.get_many(["a", "b"]) == {}
    with pytest.raises(ValueError):
        resilient_cache.incr("a")  # missing, as Django's caches say


def test_every_call_on_a_redis_that_is_down_answers_as_a_miss(caplog):
    down = ResilientRedisCache("redis://127.0.0.1:1/0", {})
    with caplog.at_level("WARNING", logger="champions.cache"):
        assert down.has_key("a") is False
        assert down.set_many({"a": 1}) == ["a"]  # nothing stored
        assert down.touch("a") is False
        down.delete_many(["a"])
        # Probing again (as after PROBE_EVERY seconds) while Redis is still away: still a miss,
        # and the log is not repeated within LOG_EVERY seconds.
        down._next_probe = 0
        assert down.get("a", "default") == "default"
    assert len([r for r in caplog.records if "cache unavailable" in r.getMessage()]) == 1
    assert not [r for r in caplog.records if "available again" in r.getMessage()]
