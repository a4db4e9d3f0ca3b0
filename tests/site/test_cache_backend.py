"""The Redis cache used in production (champions.cache): Django's, keeping one client per
connection pool. Runs against the Redis on 127.0.0.1 (database 15), as the benchmarks do."""

import pytest
import redis

from champions.cache import ReusingRedisCache

LOCATION = "redis://127.0.0.1:6379/15"


@pytest.fixture
def redis_cache():
    try:
        redis.Redis.from_url(LOCATION).ping()
    except redis.ConnectionError:
        pytest.skip("no Redis on 127.0.0.1:6379")
    cache = ReusingRedisCache(LOCATION, {"KEY_PREFIX": "test-cache-backend"})
    yield cache
    cache.clear()


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
