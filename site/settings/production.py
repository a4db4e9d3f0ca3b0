"""Production: refuses to start without a real secret; HTTPS everywhere."""

import sys

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import REDIS_URL, SECRET_KEY
from .env import env_bool, env_int, require_shared_cache

DEBUG = False
if not SECRET_KEY or len(SECRET_KEY) < 50 or SECRET_KEY.startswith(("dev-", "test-")):
    raise ImproperlyConfigured(
        "SECRET_KEY must be set to a long random value in production "
        '(python -c "import secrets; print(secrets.token_urlsafe(64))").'
    )

SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 31536000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True

# Shared state must be shared. Several processes (gunicorn workers, hosts, the task workers and
# the clock) each keep their own memory, so a cache there would hold sessions, rate limits and
# the versions that page caches are keyed by for one process only: a page published in one
# process stays stale in the others. Redis when REDIS_URL is set; otherwise the database,
# which every process already shares (slower, but correct). A process-local cache refuses.
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "champions.cache.ResilientRedisCache",
            "LOCATION": REDIS_URL,
        }
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "champions_cache",  # made by `manage.py createcachetable` (release)
        }
    }
    SESSION_ENGINE = "django.contrib.sessions.backends.db"
    if not env_bool("SHARED_CACHE_WARNING_OFF", False):
        sys.stderr.write(
            "WARNING: REDIS_URL is not set, so the cache, sessions and sign-in rate limits use "
            "the database (table champions_cache) to stay shared between processes. Set "
            "REDIS_URL for speed with more than a few users at once.\n"
        )
require_shared_cache(CACHES)
