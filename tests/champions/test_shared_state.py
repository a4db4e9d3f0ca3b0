"""Production never keeps shared state in one process's memory, and a cache or database that
goes away is an answer (a miss, a 503), never a 500. The cluster suite (tests/cluster) proves
the same across real processes and hosts."""

import importlib
import logging
import sys
from datetime import timedelta

import pytest
from django.core.cache.backends.db import DatabaseCache
from django.core.cache.backends.locmem import LocMemCache
from django.core.cache.backends.redis import RedisCache
from django.core.exceptions import ImproperlyConfigured
from django.core.management import call_command
from django.db import OperationalError
from django.test import RequestFactory
from django.utils import timezone
from django_tasks.base import TaskResultStatus
from django_tasks_db.models import DBTaskResult, get_date_max

from champions import cache as cache_module
from champions.cache import ResilientRedisCache
from champions.settings.env import require_shared_cache
from champions.task_recovery import requeue_lost_tasks
from champions.views import server_error
from courses.queries.structure import STRUCTURE, structure_changed

NOBODY_LISTENS = "redis://127.0.0.1:1/0"  # port 1: connection refused at once


def production_settings(monkeypatch, **env):
    for name in ("REDIS_URL", "DJANGO_SETTINGS_MODULE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("SECRET_KEY", "x" * 60)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    for module in ("champions.settings.production", "champions.settings.base"):
        sys.modules.pop(module, None)
    try:
        return importlib.import_module("champions.settings.production")
    finally:
        for module in ("champions.settings.production", "champions.settings.base"):
            sys.modules.pop(module, None)


def test_production_without_redis_shares_its_cache_through_the_database(monkeypatch, capsys):
    settings = production_settings(monkeypatch)
    assert settings.CACHES["default"]["BACKEND"].endswith("DatabaseCache")
    assert settings.SESSION_ENGINE == "django.contrib.sessions.backends.db"
    assert "REDIS_URL is not set" in capsys.readouterr().err


def test_production_with_redis_uses_the_cache_that_survives_an_outage(monkeypatch):
    settings = production_settings(monkeypatch, REDIS_URL="redis://127.0.0.1:6379/3")
    assert settings.CACHES["default"]["BACKEND"] == "champions.cache.ResilientRedisCache"
    assert settings.SESSION_ENGINE == "django.contrib.sessions.backends.cached_db"


@pytest.mark.parametrize("backend", ["locmem.LocMemCache", "filebased.FileBasedCache"])
def test_a_cache_kept_in_one_process_refuses_to_start(backend):
    caches = {"default": {"BACKEND": f"django.core.cache.backends.{backend}"}}
    with pytest.raises(ImproperlyConfigured, match="several processes"):
        require_shared_cache(caches)


def structure_version_seen_by(cache, monkeypatch) -> str:
    monkeypatch.setattr(cache_module, "cache", cache)
    return cache_module.current_version(STRUCTURE)


@pytest.mark.django_db(transaction=True)
def test_a_publish_in_one_process_is_seen_by_the_other_only_with_a_shared_cache(monkeypatch):
    """The measured bug: two gunicorn workers, no REDIS_URL; a module renamed and published in
    one process, and /learn/ in the other kept the old title (its own memory held the old
    structure version, with no expiry). Two cache objects stand for the two processes."""
    first, second = LocMemCache("process-1", {}), LocMemCache("process-2", {})
    before = structure_version_seen_by(second, monkeypatch)
    monkeypatch.setattr(cache_module, "cache", first)
    structure_changed()  # the publish, in the first process
    assert structure_version_seen_by(second, monkeypatch) == before  # stale: the bug

    call_command("createcachetable", "champions_cache_test", verbosity=0)
    first = DatabaseCache("champions_cache_test", {})
    second = DatabaseCache("champions_cache_test", {})
    before = structure_version_seen_by(second, monkeypatch)
    monkeypatch.setattr(cache_module, "cache", first)
    structure_changed()
    assert structure_version_seen_by(second, monkeypatch) != before  # what production uses


def test_a_redis_that_is_down_is_a_miss_and_a_log_line_not_an_error(caplog):
    cache = ResilientRedisCache(NOBODY_LISTENS, {})
    with caplog.at_level(logging.WARNING, logger="champions.cache"):
        assert cache.get("page", "default") == "default"
        cache.set("page", "value")
        assert cache.get_many(["a", "b"]) == {}
        assert cache.delete("page") is False
        # allauth's rate-limit lock is an add: it must not turn every sign-in away.
        assert cache.add("lock", True) is True
        assert cache.get_or_set("x", lambda: 7) == 7
        with pytest.raises(ValueError):
            cache.incr("counter")
    warnings = [r for r in caplog.records if "cache unavailable" in r.getMessage()]
    assert len(warnings) == 1  # one line per outage interval, not one per call


def test_a_versioned_key_still_works_while_redis_is_down(monkeypatch):
    monkeypatch.setattr(cache_module, "cache", ResilientRedisCache(NOBODY_LISTENS, {}))
    first = cache_module.versioned_key(STRUCTURE, "programme", "0001")
    second = cache_module.versioned_key(STRUCTURE, "programme", "0001")
    assert first.startswith("courses:structure:programme:0001:")
    assert first != second  # never found: computed afresh, as every read misses anyway


def test_the_first_call_after_an_outage_clears_what_redis_kept(monkeypatch):
    cleared = []
    monkeypatch.setattr(RedisCache, "clear", lambda self: cleared.append(True))
    monkeypatch.setattr(RedisCache, "get", lambda self, key, default=None, version=None: "v")
    cache = ResilientRedisCache(NOBODY_LISTENS, {})
    cache._failed = True  # as after a failed call
    assert cache.get("key") == "v"
    assert cache.get("key") == "v"
    assert cleared == [True]


def test_a_database_outage_is_a_503_page_that_needs_no_database(rf: RequestFactory):
    request = rf.get("/learn/")
    try:
        raise OperationalError("connection refused")
    except OperationalError:
        response = server_error(request)
    assert response.status_code == 503
    assert response["Retry-After"] == "10"
    assert b"unavailable for a moment" in response.content


def test_other_errors_stay_500(rf: RequestFactory):
    try:
        raise ValueError("a bug")
    except ValueError:
        response = server_error(rf.get("/"))
    assert response.status_code == 500


def running_task(started_at) -> DBTaskResult:
    return DBTaskResult.objects.create(
        status=TaskResultStatus.RUNNING,
        started_at=started_at,
        args_kwargs={"args": [], "kwargs": {"export_id": 1}},
        task_path="privacy.tasks.build_data_export",
        backend_name="default",
        run_after=get_date_max(),
        worker_ids=["dead-worker"],
    )


@pytest.mark.django_db
def test_a_task_left_running_by_a_dead_worker_is_queued_again():
    now = timezone.now()
    lost = running_task(now - timedelta(minutes=20))
    busy = running_task(now - timedelta(minutes=1))
    assert requeue_lost_tasks(lost_after=timedelta(minutes=15), now=now) == 1
    lost.refresh_from_db()
    busy.refresh_from_db()
    assert lost.status == TaskResultStatus.READY and lost.started_at is None
    assert busy.status == TaskResultStatus.RUNNING
    assert DBTaskResult.objects.ready().filter(pk=lost.pk).exists()
