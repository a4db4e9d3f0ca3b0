"""The cache: versioned keys, content fingerprints, and the Redis backend.

Versioned keys: a cached value derived from something that changes rarely (the page tree, the
sites) is stored under a key that ends with its namespace's version. ``bump`` gives the
namespace a new version, so every older key is simply never read again; nothing needs to know
which keys exist. ``fingerprint`` is the other way to key a copy: by a digest of what it was
computed from.

The backend is Django's Redis cache with one change: it keeps a client per connection pool
instead of building a new ``redis.Redis`` for every cache call (each one copies the library's
table of response callbacks, which was a measurable share of a page that makes several cache
calls). A client is safe to share between threads: it takes a connection from the pool per
command."""

import hashlib
import secrets

from django.core.cache import cache
from django.core.cache.backends.redis import RedisCache, RedisCacheClient
from django.db import transaction


def _version_key(namespace: str) -> str:
    return f"{namespace}:version"


def current_version(namespace: str) -> str:
    version = cache.get(_version_key(namespace))
    if version is None:
        # add, not set: when two processes start a namespace at once, both keep the first.
        cache.add(_version_key(namespace), secrets.token_hex(8), None)
        version = cache.get(_version_key(namespace))
    return version


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
