"""Local development: DEBUG on, a fixed throwaway key, tasks run immediately."""

from .base import *  # noqa: F403
from .base import STORAGES, TASKS
from .env import env_bool, env_str

DEBUG = env_bool("DEBUG", True)
SECRET_KEY = env_str("SECRET_KEY", "dev-only-insecure-key-never-use-in-production")
TASKS["default"]["BACKEND"] = env_str(
    "TASKS_BACKEND", "django_tasks.backends.immediate.ImmediateBackend"
)
STORAGES["staticfiles"]["BACKEND"] = "django.contrib.staticfiles.storage.StaticFilesStorage"
# Serve static files straight from static/ (no collectstatic) even with DEBUG off, so the dev
# settings can show the real error pages; the browser tests run them that way under gunicorn.
WHITENOISE_USE_FINDERS = True
# The benchmark data generators and timers (never installed in production).
INSTALLED_APPS = [*INSTALLED_APPS, "bench"]  # noqa: F405
# A throwaway signing key for certificates' credentials, made in var/ on first use (never in
# production, which refuses to issue without a key of its own).
CREDENTIAL_KEY_PATH = env_str("CREDENTIAL_KEY_PATH", str(VAR_DIR / "credential-keys.json"))  # noqa: F405
CREDENTIAL_KEY_AUTOGENERATE = True
