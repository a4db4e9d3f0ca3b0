"""Real-browser tests: Debian's Chromium driven by Playwright against the site under gunicorn.

Each test gets its own server process and its own copy of a demo database that is built once
per session (migrate + seed_demo), so tests can change anything without touching each other or
the rest of the suite. These tests never use pytest-django's ``db`` or ``live_server``: the
rest of the suite relies on a test database seeded once, which transactional tests would flush.

Without /usr/bin/chromium or Playwright the whole folder is skipped, with the reason printed.
"""

import importlib.util
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path("/usr/bin/chromium")
# Without the networking flags Chromium keeps trying to reach Google, which fails here.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
SCREENSHOTS = ROOT / "test-artifacts" / "screenshots"
DEMO_PASSWORD = "correct-horse-battery-staple"  # documented demo password (README)
CODE_LINE = re.compile(r"^\s*([A-Z0-9]{4}-[A-Z0-9]{4})\s*$", re.MULTILINE)


def _unavailable() -> str:
    if not CHROMIUM.exists():
        return f"{CHROMIUM} is missing (apt-get install -y chromium)"
    for module in ("playwright", "axe_playwright_python"):
        if importlib.util.find_spec(module) is None:
            return f"the Python package {module} is missing (make setup installs it)"
    return ""


UNAVAILABLE = _unavailable()


class _SkippedModule(pytest.Module):
    """Stands in for a test module when the browser is missing: reported as skipped, and
    never imported (the modules import Playwright)."""

    def collect(self):
        pytest.skip(f"browser tests skipped: {UNAVAILABLE}")


def pytest_pycollect_makemodule(module_path, parent):
    if UNAVAILABLE:
        return _SkippedModule.from_parent(parent, path=module_path)
    return None


def pytest_terminal_summary(terminalreporter):
    if UNAVAILABLE:
        terminalreporter.write_line(f"browser tests skipped: {UNAVAILABLE}", yellow=True)


# --- the server ---------------------------------------------------------------------------


# Settings from the caller's environment that would change how the test server behaves.
_NOT_INHERITED = {
    "DEBUG",
    "REDIS_URL",
    "TASKS_BACKEND",
    "ALLOWED_HOSTS",
    "SECURE_SSL_REDIRECT",
    "SITE_URL",
    "WAGTAILADMIN_BASE_URL",
}


def _env(database: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in _NOT_INHERITED}
    env.update(
        DATABASE_URL=f"sqlite:///{database}",
        DJANGO_SETTINGS_MODULE="champions.settings.dev",
        PYTHONUNBUFFERED="1",
        **extra,
    )
    return env


def _manage(*args: str, env: dict[str, str], log: Path) -> None:
    with log.open("a") as out:
        done = subprocess.run(  # noqa: S603 - our own manage.py with fixed arguments
            [sys.executable, "manage.py", *args],
            cwd=ROOT,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
            timeout=300,
            check=False,
        )
    if done.returncode != 0:
        pytest.fail(f"manage.py {' '.join(args)} failed:\n{log.read_text()[-3000:]}")


@pytest.fixture(scope="session")
def template_db(tmp_path_factory) -> Path:
    """A migrated, seeded demo database, built once per session and copied for each test."""
    folder = tmp_path_factory.mktemp("browser-db")
    database = folder / "template.sqlite3"
    env = _env(database, DEBUG="true")  # seed_demo refuses to run with DEBUG off
    _manage("migrate", "--noinput", env=env, log=folder / "setup.log")
    _manage("seed_demo", env=env, log=folder / "setup.log")
    return database


def _listening_socket() -> socket.socket:
    """A socket on a free port, bound here and handed to the server, so no other process can
    take the port between choosing it and serving on it."""
    sock = socket.socket()
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    sock.listen(64)
    sock.set_inheritable(True)
    return sock


def _wait_until_healthy(url: str, process: subprocess.Popen, log: Path) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"the server stopped on start-up:\n{log.read_text()[-3000:]}")
        try:
            with urllib.request.urlopen(url + "/healthz", timeout=2) as response:  # noqa: S310
                if response.status == 200:
                    return
        except OSError:
            pass
        time.sleep(0.1)
    pytest.fail(f"the server did not answer /healthz within 30 s:\n{log.read_text()[-3000:]}")


@dataclass(frozen=True)
class LiveSite:
    url: str
    mail_dir: Path
    log: Path

    def __call__(self, path: str) -> str:
        return self.url + path


@pytest.fixture
def live_site(template_db, tmp_path, request):
    """The site served by gunicorn (DEBUG off, so the real error pages; WhiteNoise serves the
    static files) on its own copy of the demo database, with emails written to ``mail_dir``.
    A test marked ``@pytest.mark.server_env(NAME="value")`` sets more of the environment
    variables in the README's configuration table for its server."""
    marker = request.node.get_closest_marker("server_env")
    database = tmp_path / "db.sqlite3"
    shutil.copyfile(template_db, database)
    mail_dir = tmp_path / "mail"
    mail_dir.mkdir()
    log = tmp_path / "server.log"
    # One worker (the rate limits and sign-in codes live in its local-memory cache) with a few
    # threads, since a browser fetches a page's CSS and JavaScript at once.
    gunicorn = Path(sys.executable).with_name("gunicorn")
    with _listening_socket() as sock, log.open("w") as out:
        # PORT as `make run` sets it, so the links in emails point at this server (SITE_URL's
        # default), as they do for someone trying the demo.
        env = _env(
            database,
            DEBUG="false",
            PORT=str(sock.getsockname()[1]),
            EMAIL_BACKEND="django.core.mail.backends.filebased.EmailBackend",
            EMAIL_FILE_PATH=str(mail_dir),
            LOG_LEVEL="WARNING",
            **(marker.kwargs if marker else {}),
        )
        process = subprocess.Popen(  # noqa: S603 - our own WSGI app with fixed arguments
            [
                str(gunicorn),
                "champions.wsgi",
                f"--bind=fd://{sock.fileno()}",
                "--workers=1",
                "--threads=4",
                "--graceful-timeout=2",
            ],  # fmt: skip
            cwd=ROOT,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
            pass_fds=(sock.fileno(),),
            start_new_session=True,  # its own process group, so we can end all of it
        )
        port = sock.getsockname()[1]
    site = LiveSite(url=f"http://127.0.0.1:{port}", mail_dir=mail_dir, log=log)
    try:
        _wait_until_healthy(site.url, process, log)
        yield site
    finally:
        try:
            os.killpg(process.pid, signal.SIGINT)  # gunicorn's quick shutdown
            process.wait(timeout=10)
        except ProcessLookupError:
            pass
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()


# --- the browser --------------------------------------------------------------------------


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import expect, sync_playwright

    # Generous waits: CI machines are small and other suites may be running beside these.
    expect.set_options(timeout=10_000)
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
        )
        yield chromium
        chromium.close()


@pytest.fixture
def new_page(browser):
    """Opens pages in fresh browser contexts (no shared cookies); closes them afterwards."""
    contexts = []
    violations = []

    def _watch(page):
        # The strict Content Security Policy must never block anything on our own pages; the
        # browser reports each blocked script, style or image on the console.
        def on_console(message):
            if "Content Security Policy" in message.text and "/admin/" not in page.url:
                violations.append(f"{page.url}: {message.text}")

        page.on("console", on_console)

    def _open(*, javascript: bool = True, **options):
        context = browser.new_context(java_script_enabled=javascript, **options)
        context.set_default_timeout(15_000)
        context.on("page", _watch)
        contexts.append(context)
        return context.new_page()

    yield _open
    for context in contexts:
        context.close()
    assert not violations, "Content Security Policy violations:\n" + "\n".join(violations)


# --- helpers ------------------------------------------------------------------------------


def newest_sign_in_code(mail_dir: Path, *, timeout: float = 10) -> str:
    """The sign-in code (ABCD-EFGH on a line of its own) in the newest email written."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        files = sorted(mail_dir.glob("*.log"), key=lambda f: f.stat().st_mtime_ns)
        for message in reversed(files):
            codes = CODE_LINE.findall(message.read_text())
            if codes:
                return codes[-1]
        time.sleep(0.1)
    raise AssertionError(f"no sign-in code was emailed to {mail_dir}")


def shoot(page, name: str) -> Path:
    """A full-page screenshot in test-artifacts/screenshots/<name>.png (git-ignored)."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    """On a failure, attach the end of the server's log to the report."""
    report = yield
    site = item.funcargs.get("live_site") if hasattr(item, "funcargs") else None
    if report.failed and isinstance(site, LiveSite) and site.log.exists():
        report.sections.append(("server log (last lines)", site.log.read_text()[-4000:]))
    return report
