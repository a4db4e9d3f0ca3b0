"""Small, strict readers for environment variables."""

import os

from django.core.exceptions import ImproperlyConfigured

TRUE = {"1", "true", "yes", "on"}
FALSE = {"0", "false", "no", "off", ""}


def env_str(name: str, default: str = "") -> str:
    return os.environ.get(name, default)


def env_bool(name: str, default: bool) -> bool:
    raw = os.environ.get(name)
    if raw is None:
        return default
    value = raw.strip().lower()
    if value in TRUE:
        return True
    if value in FALSE:
        return False
    raise ImproperlyConfigured(f"{name} must be true or false, not {raw!r}")


def env_list(name: str, default: list[str]) -> list[str]:
    raw = os.environ.get(name)
    if raw is None:
        return default
    return [item.strip() for item in raw.split(",") if item.strip()]


def env_int(name: str, default: int) -> int:
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        return int(raw)
    except ValueError as exc:
        raise ImproperlyConfigured(f"{name} must be a whole number, not {raw!r}") from exc


# Caches that live in one process's memory (or one machine's disk): never right for production,
# where several processes on several hosts must see the same sessions, limits and versions.
PROCESS_LOCAL_CACHES = (
    "django.core.cache.backends.locmem.LocMemCache",
    "django.core.cache.backends.filebased.FileBasedCache",
    "django.core.cache.backends.dummy.DummyCache",
)


def require_shared_cache(caches: dict) -> None:
    for alias, config in caches.items():
        if config["BACKEND"] in PROCESS_LOCAL_CACHES:
            raise ImproperlyConfigured(
                f"The {alias!r} cache ({config['BACKEND']}) keeps its contents in one process "
                "or machine, but production runs several processes: sessions, sign-in limits "
                "and page versions would differ between them. Set REDIS_URL, or leave it unset "
                "to use the database cache."
            )
