"""Shared plumbing for the benchmark and the load test: throwaway PostgreSQL databases cloned
from a generated template, a production-settings gunicorn on 127.0.0.1, and its memory.

Nothing here talks to anything but 127.0.0.1."""

import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PYTHON = str(ROOT / ".venv" / "bin" / "python")
GUNICORN = str(ROOT / ".venv" / "bin" / "gunicorn")
RESULTS = ROOT / "bench-results"
PG = os.environ.get("BENCH_PG", "postgres://postgres@127.0.0.1:5432")
REDIS = os.environ.get("BENCH_REDIS", "redis://127.0.0.1:6379/9")
HOST = "127.0.0.1"


def say(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def psql(sql: str, database: str = "postgres") -> str:
    return subprocess.run(
        ["psql", f"{PG}/{database}", "-v", "ON_ERROR_STOP=1", "-Atq", "-c", sql],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()


def database_exists(name: str) -> bool:
    return psql(f"SELECT 1 FROM pg_database WHERE datname = '{name}'") == "1"


def generator_version() -> int:
    source = (ROOT / "bench/synthetic/shape.py").read_text()
    line = next(x for x in source.splitlines() if x.startswith("GENERATOR_VERSION"))
    return int(line.split("=")[1])


def manage(*args: str, database: str, settings: str = "champions.settings.dev", quiet=False):
    # DEBUG off even with the dev settings: with it on, Django keeps every query's SQL, and
    # the generator's bulk inserts would take gigabytes.
    env = server_env(database) | {"DJANGO_SETTINGS_MODULE": settings, "DEBUG": "false"}
    subprocess.run(
        [PYTHON, "manage.py", *args],
        cwd=ROOT,
        env=env,
        check=True,
        stdout=subprocess.DEVNULL if quiet else None,
    )


def ensure_template(size: str) -> str:
    """A database holding the synthetic data for ``size``, generated once per generator
    version and then only cloned (generation of the national size takes many minutes)."""
    name = f"champions_synth_{size}_v{generator_version()}"
    if database_exists(name):
        say(f"Using the generated {size} data in {name} (drop it to regenerate).")
        return name
    building = f"{name}_building"
    psql(f'DROP DATABASE IF EXISTS "{building}"')
    psql(f'CREATE DATABASE "{building}"')
    say(f"Generating the {size} data set into {building} (once; later runs clone it)...")
    manage("migrate", "--noinput", "-v0", database=building)
    manage("generate_synthetic", "--size", size, "--force", database=building)
    psql(f'ALTER DATABASE "{building}" RENAME TO "{name}"')
    return name


def clone(template: str, label: str) -> str:
    name = f"champions_{label}_{os.getpid()}"
    psql(f'DROP DATABASE IF EXISTS "{name}"')
    psql(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
    # Planner statistics, as autovacuum keeps them on a live database: the generator's bulk
    # inserts leave none, and without them PostgreSQL chose sequential scans (a council's stage
    # snapshots: 17 ms instead of 1 ms).
    psql("ANALYZE", database=name)
    return name


def drop(name: str) -> None:
    psql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


_SECRET = secrets.token_urlsafe(64)


def server_env(database: str) -> dict:
    """Production settings as a deployment would run them, but on plain HTTP at 127.0.0.1."""
    env = {k: v for k, v in os.environ.items() if k not in ("DEBUG", "DJANGO_SETTINGS_MODULE")}
    return env | {
        "DJANGO_SETTINGS_MODULE": "champions.settings.production",
        "SECRET_KEY": _SECRET,
        "SECURE_SSL_REDIRECT": "false",
        "ALLOWED_HOSTS": HOST,
        "DATABASE_URL": f"{PG}/{database}",
        "REDIS_URL": REDIS,
        "EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend",
        "PYTHONUNBUFFERED": "1",
    }


def prepare_static(database: str) -> None:
    """Production settings serve hashed static files collected into var/static."""
    manage("collectstatic", "--noinput", "-v0", database=database,
           settings="champions.settings.production", quiet=True)  # fmt: skip


def redis_flush() -> None:
    import redis

    redis.Redis.from_url(REDIS).flushdb()


@contextmanager
def gunicorn(
    database: str, *, port: int, workers: int = 2, log_name: str = "gunicorn", extra_env=None
):
    """gunicorn with sync workers, as the Procfile runs it (without --max-requests, so the
    peak memory measured is the real growth over the run)."""
    RESULTS.mkdir(exist_ok=True)
    log = open(RESULTS / f"{log_name}.log", "w")  # noqa: SIM115 - closed below
    process = subprocess.Popen(
        [GUNICORN, "champions.wsgi", "--workers", str(workers), "--bind", f"{HOST}:{port}",
         "--timeout", "60", "--graceful-timeout", "5"],
        cwd=ROOT, env=server_env(database) | (extra_env or {}), stdout=log,
        stderr=subprocess.STDOUT,
    )  # fmt: skip
    try:
        wait_until_up(f"http://{HOST}:{port}/healthz", process)
        yield process
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
        log.close()


def free_port() -> int:
    """A port nobody on this machine is listening on (other servers come and go here)."""
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        return probe.getsockname()[1]


def wait_until_up(url: str, process, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    time.sleep(0.5)
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"gunicorn exited ({process.returncode}); see bench-results/")
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise RuntimeError(f"{url} did not answer within {timeout:.0f} s")


def worker_pids(master_pid: int) -> list[int]:
    children = Path(f"/proc/{master_pid}/task/{master_pid}/children")
    return [int(p) for p in children.read_text().split()] if children.exists() else []


def peak_rss_mb(pid: int) -> float | None:
    """The process's high-water resident set size (VmHWM), in MB."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except FileNotFoundError:
        return None
    return None


def machine() -> dict:
    cpu = "unknown"
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            cpu = line.split(":", 1)[1].strip()
            break
    memory = Path("/proc/meminfo").read_text().splitlines()[0].split()[1]
    postgres = psql("SHOW server_version")
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "memory_gb": round(int(memory) / 1024 / 1024, 1),
        "python": sys.version.split()[0],
        "postgresql": postgres,
        "wrk": shutil.which("wrk") is not None,
        # Other work on the machine skews everything; the report says how busy it was.
        "load_average": [round(x, 2) for x in os.getloadavg()],
    }
