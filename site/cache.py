"""The cache: versioned keys, content fingerprints, and the Redis backend.

Versioned keys: a cached value derived from something that changes rarely (the page tree, the
sites) is stored under a key that ends with its namespace's version. ``bump`` gives the
namespace a new version, so every older key is simply never read again; nothing needs to know
which keys exist. ``fingerprint`` is the other way to key a copy: by a digest of what it was
computed from.

The production backend (``ResilientRedisCache``, below) treats a Redis that fails as a miss.
It builds on Django's Redis cache with one change: it keeps a client per connection pool
instead of building a new ``redis.Redis`` for every cache call (each one copies the library's
table of response callbacks, which was a measurable share of a page that makes several cache
calls). A client is safe to share between threads: it takes a connection from the pool per
command."""

import hashlib
import logging
import secrets
import threading
import time

from django.core.cache import cache
from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.redis import RedisCache, RedisCacheClient
from django.db import transaction
from redis.exceptions import RedisError


def _version_key(namespace: str) -> str:
    return f"{namespace}:version"


def current_version(namespace: str) -> str:
    version = cache.get(_version_key(namespace))
    if version is None:
        # add, not set: when two processes start a namespace at once, both keep the first.
        cache.add(_version_key(namespace), secrets.token_hex(8), None)
        version = cache.get(_version_key(namespace))
    # None when the cache is unavailable (a miss, see ResilientRedisCache): a version of its own
    # then, so the key is never found and the value is computed afresh, as every read misses.
    return version or secrets.token_hex(8)


def versioned_key(namespace: str, *parts) -> str:
    """``namespace:part:...:version``: a key that goes out of date when the namespace is bumped."""
    return ":".join([namespace, *map(str, parts), current_version(namespace)])


def _renew(namespace: str) -> None:
    cache.set(_version_key(namespace), secrets.token_hex(8), None)


def bump(namespace: str) -> None:
    """Every key of the namespace goes out of date: at once, and again when the transaction
    commits, so that nothing read before the commit stays under the newer key."""
    _renew(namespace)
    transaction.on_commit(lambda: _renew(namespace))


def fingerprint(*values, length: int = 16) -> str:
    """A short digest of the values' ``repr``, for keying a copy by what it was computed from."""
    return hashlib.blake2b(repr(values).encode(), digest_size=length // 2).hexdigest()


class ReusingRedisCacheClient(RedisCacheClient):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        index = self._get_connection_pool_index(write)
        client = self._clients.get(index)
        if client is None:
            client = self._clients[index] = self._client(
                connection_pool=self._get_connection_pool(write)
            )
        return client


class ReusingRedisCache(RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = ReusingRedisCacheClient


logger = logging.getLogger(__name__)


class ResilientRedisCache(ReusingRedisCache):
    """The production cache: a Redis that is down or slow is a cache miss, never a 500.

    Every failed call is logged (at most once every ``LOG_EVERY`` seconds per process, so an
    outage does not flood the logs) and answers as a miss would: ``get`` returns the default,
    ``set`` and ``delete`` report nothing stored or deleted. Callers then read from the
    database, which is the source of truth for everything kept here.

    ``add`` answers True: allauth takes its rate-limit lock with ``add``, and a False would
    turn every sign-in into "too many attempts" for as long as Redis is away. So rate limits
    fail open during an outage (the log says so); see docs/deployment.md for why.

    While Redis is away, writes that should have replaced or removed a cached value (a page
    published, a session ended, a version bumped) are lost, so the values Redis still holds
    may be stale when it comes back. The first call that reaches Redis again, in a process
    that saw a failure, therefore clears this cache's database once. Give the cache a Redis
    database of its own (``redis://host:6379/1``): clearing is ``FLUSHDB``."""

    LOG_EVERY = 10.0
    PROBE_EVERY = 1.0

    def __init__(self, server, params):
        options = dict(params.get("OPTIONS") or {})
        # A Redis that does not answer must fail fast: a page makes several cache calls.
        options.setdefault("socket_connect_timeout", 0.5)
        options.setdefault("socket_timeout", 0.5)
        super().__init__(server, {**params, "OPTIONS": options})
        self._failed = False
        self._next_probe = 0.0
        self._last_logged = -self.LOG_EVERY
        self._lock = threading.Lock()

    def _call(self, operation: str, miss, *args, **kwargs):
        if self._failed:
            if time.monotonic() < self._next_probe:
                return miss
            self._recover()
        try:
            return getattr(super(), operation)(*args, **kwargs)
        except RedisError as error:
            self._note_failure(operation, error)
            return miss

    def _note_failure(self, operation: str, error: Exception) -> None:
        now = time.monotonic()
        with self._lock:
            self._failed = True
            self._next_probe = now + self.PROBE_EVERY
            if now - self._last_logged < self.LOG_EVERY:
                return
            self._last_logged = now
        logger.warning(
            "cache unavailable: %s treated as a miss, rate limits not applied (%s: %s)",
            operation,
            type(error).__name__,
            error,
        )

    def _recover(self) -> None:
        """Clears what Redis kept from before the outage, once it answers again."""
        try:
            super().clear()
        except RedisError:
            with self._lock:
                self._next_probe = time.monotonic() + self.PROBE_EVERY
            return
        with self._lock:
            self._failed = False
        logger.warning("cache available again: cleared what it held from before the outage")

    def get(self, key, default=None, version=None):
        return self._call("get", default, key, default, version)

    def get_many(self, keys, version=None):
        return self._call("get_many", {}, keys, version)

    def has_key(self, key, version=None):
        return self._call("has_key", False, key, version)

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call("add", True, key, value, timeout, version)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        self._call("set", None, key, value, timeout, version)

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call("set_many", list(data), data, timeout, version)

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call("touch", False, key, timeout, version)

    def delete(self, key, version=None):
        return self._call("delete", False, key, version)

    def delete_many(self, keys, version=None):
        self._call("delete_many", None, keys, version)

    def incr(self, key, delta=1, version=None):
        missing = object()
        value = self._call("incr", missing, key, delta, version)
        if value is missing:
            raise ValueError(f"Key {key!r} not found (the cache is unavailable)")
        return value
