"""The test suite: fast hashing, in-memory email, tasks run immediately."""

from .base import *  # noqa: F403
from .base import TASKS
from .env import env_str

DEBUG = False
SECRET_KEY = "test-only-insecure-key"  # noqa: S105
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
TASKS["default"]["BACKEND"] = "django_tasks.backends.immediate.ImmediateBackend"
STORAGES["staticfiles"]["BACKEND"] = "django.contrib.staticfiles.storage.StaticFilesStorage"  # noqa: F405
# The suite's cache is always this process's memory, whatever REDIS_URL says: a test run must
# never read, write or flush a Redis it did not create (tests of the Redis backend make their own).
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# One process, so its memory cache is shared by every request: test production's session engine.
SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
SITE_URL = WAGTAILADMIN_BASE_URL = "http://testserver"
LOGGING["root"]["level"] = "WARNING"  # noqa: F405
# The benchmark data generators and timers (never installed in production).
INSTALLED_APPS = [*INSTALLED_APPS, "bench"]  # noqa: F405
# A throwaway signing key for certificates' credentials, made in var/ on first use (never in
# production, which refuses to issue without a key of its own).
CREDENTIAL_KEY_PATH = env_str("CREDENTIAL_KEY_PATH", str(VAR_DIR / "test-credential-keys.json"))  # noqa: F405
CREDENTIAL_KEY_AUTOGENERATE = True
