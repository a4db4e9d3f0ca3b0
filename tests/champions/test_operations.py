"""Health check, settings safety, demo data and the pages every visitor sees."""

import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.db import OperationalError, connection
from django.test import override_settings

from champions.accounts.models import Council, User
from cohorts.models import Cohort, CohortMembership
from councils.models import CouncilJourneySnapshot
from courses.models import LessonPage, LessonProgress, ModulePage
from tests.helpers import h1_count

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.django_db
def test_healthz_reports_ok_when_the_database_answers(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok"}


@pytest.mark.django_db
def test_healthz_reports_503_when_the_database_does_not_answer(client):
    def refuse(execute, sql, params, many, context):
        raise OperationalError("connection refused")

    with connection.execute_wrapper(refuse):
        response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["database"] == "unavailable"


@pytest.mark.django_db
@pytest.mark.demo  # about seed_demo itself: a second run over the demo adds nothing
def test_seed_demo_twice_in_a_row_changes_nothing_the_second_time():
    call_command("seed_demo", force=True, stdout=open(os.devnull, "w"))  # noqa: SIM115
    counts = lambda: (  # noqa: E731
        User.objects.count(),
        Council.objects.count(),
        Cohort.objects.count(),
        CohortMembership.objects.count(),
        ModulePage.objects.filter(locale__language_code="en-gb").count(),
        LessonPage.objects.count(),
        LessonProgress.objects.count(),
        CouncilJourneySnapshot.objects.count(),
    )
    first = counts()
    call_command("seed_demo", force=True, stdout=open(os.devnull, "w"))  # noqa: SIM115
    assert counts() == first


@pytest.mark.django_db
@pytest.mark.demo  # about the demo itself
def test_the_demo_has_what_the_brief_describes():
    assert ModulePage.objects.filter(locale__language_code="en-gb").count() == 11
    assert Council.objects.values("type").distinct().count() >= 4
    regional = Cohort.objects.get(name="North West regional cohort")
    assert regional.councils.count() == 2
    councillors = User.objects.filter(councillor_profile__isnull=False)
    assert 38 <= councillors.count() <= 45
    # Every council's journey figures for this month are published, and the demo leader's
    # council has enough councillors in cohorts for some stage counts to show.
    assert CouncilJourneySnapshot.objects.count() == Council.objects.count()
    leaders = Council.objects.get(leaderships__user__email="leader@example.org")
    stages = leaders.journey_snapshots.get().figures["stages"]
    assert any(count is not None for _, count in stages)
    assert councillors.values("councillor_profile__position").distinct().count() == 5
    for email in ["councillor", "trainer", "lead.trainer", "facilitator", "leader", "admin"]:
        assert User.objects.get(email=f"{email}@example.org").check_password(
            "correct-horse-battery-staple"
        )


@pytest.mark.django_db
@override_settings(DEBUG=False)
def test_seed_demo_refuses_to_run_with_debug_off():
    with pytest.raises(CommandError, match="DEBUG off"):
        call_command("seed_demo")


def _run_settings(module: str, *command: str, **env) -> subprocess.CompletedProcess:
    """``manage.py check --deploy`` (or ``command``) in a process of its own with these settings."""
    arguments = command or ("check", "--deploy", "--fail-level", "WARNING")
    return subprocess.run(  # noqa: S603 - our own manage.py with fixed arguments
        [sys.executable, "manage.py", *arguments],
        cwd=ROOT,
        env={**os.environ, "DJANGO_SETTINGS_MODULE": module, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_settings_refuse_to_start_without_a_secret_key():
    result = _run_settings("champions.settings.production", SECRET_KEY="")
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_production_settings_refuse_a_short_or_development_secret_key():
    result = _run_settings("champions.settings.production", SECRET_KEY="dev-" + "x" * 60)
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_production_settings_with_a_real_secret_pass_check_deploy_with_no_issues(tmp_path):
    live = {
        "SECRET_KEY": secrets.token_urlsafe(64),
        "SITE_URL": "https://learn.example.gov.uk",
        # The key that signs certificates' credentials, made as docs/operators.md says.
        "CREDENTIAL_KEY_PATH": str(tmp_path / "credential-keys.json"),
    }
    keys = _run_settings("champions.settings.production", "credential_keys", "generate", **live)
    assert keys.returncode == 0, keys.stdout + keys.stderr
    result = _run_settings("champions.settings.production", **live)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_check_deploy_warns_when_there_is_no_key_to_sign_credentials():
    result = _run_settings(
        "champions.settings.production",
        SECRET_KEY=secrets.token_urlsafe(64),
        SITE_URL="https://learn.example.gov.uk",
        CREDENTIAL_KEY_PATH="",
    )
    assert result.returncode != 0
    assert "recognition.W001" in result.stderr + result.stdout


def test_check_deploy_warns_when_links_in_emails_would_point_at_this_machine():
    result = _run_settings("champions.settings.production", SECRET_KEY=secrets.token_urlsafe(64))
    assert result.returncode != 0
    assert "champions.W001" in result.stderr + result.stdout


def test_links_in_development_emails_follow_the_port_make_run_serves_on():
    code = "from django.conf import settings; print(settings.SITE_URL)"
    result = subprocess.run(  # noqa: S603 - our own interpreter and code
        [sys.executable, "-c", f"import django; django.setup(); {code}"],
        cwd=ROOT,
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "champions.settings.dev", "PORT": "8123"},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.stdout.strip() == "http://127.0.0.1:8123", result.stderr


@pytest.mark.django_db
@pytest.mark.demo  # the site's own pages as content/ publishes them (seed_demo loads it)
@pytest.mark.parametrize(
    "path", ["/", "/accessibility-statement/", "/privacy-notice/", "/accounts/login/"]
)
def test_public_pages_have_one_h1_a_skip_link_and_the_footer_links(client, path):
    response = client.get(path)
    html = response.content.decode()
    assert response.status_code == 200
    assert h1_count(html) == 1
    assert 'href="#main-content"' in html and 'id="main-content"' in html
    assert 'href="/accessibility-statement/"' in html and 'href="/privacy-notice/"' in html
    assert "Beta" in html  # phase banner


@pytest.mark.django_db
@pytest.mark.demo  # the home page and programme as content/ publishes them
def test_the_home_page_explains_the_programme_and_lists_the_modules(client):
    html = client.get("/").content.decode()
    assert "Sign in" in html
    assert "Designing services around residents" in html
    assert "Elective" in html


@pytest.mark.django_db
def test_every_request_is_logged_once_as_json_with_an_id(client, caplog):
    caplog.set_level("INFO", logger="champions.request")
    response = client.get("/healthz")
    records = [r for r in caplog.records if r.name == "champions.request"]
    assert len(records) == 1
    assert records[0].status == 200 and records[0].path == "/healthz"
    assert response["X-Request-Id"] == records[0].request_id
