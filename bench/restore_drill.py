"""`make restore-drill`: a backup is only a backup once it has been restored. Dumps a database
with pg_dump (the custom format the deployment docs schedule nightly), restores it into a new
database with pg_restore, and checks the copy:

- every table holds exactly as many rows as in the original;
- the copy has every migration applied (`migrate --check`) and passes `manage.py check`;
- the data still hangs together: the page tree (treebeard's own check), live pages with a live
  revision, every submitted quiz attempt with one answer per question it drew, no answers on
  an attempt never submitted, every finished data export with its files.

    .venv/bin/python bench/restore_drill.py                       # a fresh demo database
    .venv/bin/python bench/restore_drill.py --database champions  # an existing one (read only)

Talks only to the PostgreSQL on 127.0.0.1 (BENCH_PG). Prints a report; exits 1 on any
difference. The dump is kept in var/backups/ with --keep."""

import argparse
import json
import os
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import common  # noqa: E402

BACKUPS = common.ROOT / "var" / "backups"


def row_counts(database: str) -> dict[str, int]:
    """Exact row counts of every table in the public schema, in one query."""
    tables = common.psql(
        "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename",
        database=database,
    ).split()
    if not tables:
        return {}
    union = " UNION ALL ".join(f"SELECT '{t}', count(*) FROM \"{t}\"" for t in tables)
    rows = common.psql(union, database=database).splitlines()
    return {name: int(count) for name, count in (row.split("|") for row in rows)}


def integrity() -> dict:
    """Run inside Django against the restored database (see ``check_copy``)."""
    from django.db.models import Count, F, Q
    from wagtail.models import Page

    from privacy.constants import ExportStatus
    from privacy.models import DataExport
    from quizzes.models import QuizAttempt

    submitted = QuizAttempt.objects.filter(submitted_at__isnull=False).annotate(
        n=Count("responses")
    )
    short = [a.pk for a in submitted.only("pk", "snapshot") if a.n != len(a.snapshot["questions"])]
    return {
        "page_tree_problems": sum(len(p) for p in Page.find_problems()),
        "live_pages_without_live_revision": Page.objects.filter(
            live=True, live_revision__isnull=True
        )
        .exclude(depth=1)
        .count(),
        "submitted_attempts": submitted.count(),
        "submitted_attempts_with_missing_or_extra_answers": len(short),
        "answers_on_unsubmitted_attempts": QuizAttempt.objects.filter(
            submitted_at__isnull=True, responses__isnull=False
        ).count(),
        "ready_exports_without_files": DataExport.objects.filter(status=ExportStatus.READY)
        .filter(
            Q(json_content="") | Q(finished_at__isnull=True) | Q(expires_at__lt=F("finished_at"))
        )
        .count(),
    }


def check_copy(database: str) -> tuple[dict, list[str]]:
    env = common.server_env(database) | {"SHARED_CACHE_WARNING_OFF": "1", "PYTHONPATH": str(
        common.ROOT / "bench"), "REDIS_URL": ""}  # fmt: skip
    failures = []
    for args in (["migrate", "--check"], ["check"]):
        result = subprocess.run(
            [common.PYTHON, "manage.py", *args], cwd=common.ROOT, env=env,
            capture_output=True, text=True,
        )  # fmt: skip
        if result.returncode != 0:
            failures.append(f"manage.py {' '.join(args)}: {result.stdout[-500:]}")
    code = "import json; from restore_drill import integrity; print(json.dumps(integrity()))"
    result = subprocess.run(
        [common.PYTHON, "manage.py", "shell", "-c", code], cwd=common.ROOT, env=env,
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    found = json.loads(result.stdout.strip().splitlines()[-1])
    for name, value in found.items():
        if value and name != "submitted_attempts":
            failures.append(f"{name}: {value}")
    return found, failures


def make_demo_database() -> str:
    name = f"champions_drill_source_{os.getpid()}"
    common.psql(f'CREATE DATABASE "{name}"')
    common.say(f"Building a demo database to back up: {name}")
    common.manage("migrate", "--noinput", "-v0", database=name, quiet=True)
    common.manage("seed_demo", "--force", "-v0", database=name, quiet=True)
    return name


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--database", help="Back up this database (default: a fresh demo one).")
    parser.add_argument("--keep", action="store_true", help="Keep the dump and the copy.")
    args = parser.parse_args()
    source = args.database or make_demo_database()
    copy = f"champions_drill_restored_{os.getpid()}"
    BACKUPS.mkdir(parents=True, exist_ok=True)
    dump = BACKUPS / f"{source}-{datetime.now(UTC):%Y%m%dT%H%M%SZ}.dump"
    try:
        started = time.monotonic()
        subprocess.run(
            ["pg_dump", "--format=custom", "--no-owner", f"--file={dump}", f"{common.PG}/{source}"],
            check=True,
        )
        dumped = time.monotonic()
        common.psql(f'CREATE DATABASE "{copy}"')
        subprocess.run(
            ["pg_restore", "--no-owner", "--exit-on-error", f"--dbname={common.PG}/{copy}",
             str(dump)],
            check=True,
        )  # fmt: skip
        restored = time.monotonic()
        before, after = row_counts(source), row_counts(copy)
        differences = {
            t: (before.get(t), after.get(t)) for t in before.keys() | after.keys()
            if before.get(t) != after.get(t)
        }  # fmt: skip
        found, failures = check_copy(copy)
        failures += [f"rows in {t}: {b} in the original, {a} in the copy"
                     for t, (b, a) in sorted(differences.items())]  # fmt: skip
        print(f"Restore drill of {source}: dump {dump.stat().st_size / 1e6:.1f} MB in "
              f"{dumped - started:.1f} s, restored in {restored - dumped:.1f} s")  # fmt: skip
        if differences:
            print(f"Tables whose row counts differ: {len(differences)}")
        else:
            print(f"Tables: {len(before)}, rows: {sum(before.values()):,} in both")
        print("Integrity of the copy: " + ", ".join(f"{k} {v}" for k, v in found.items()))
        if failures:
            print("FAILED:\n  " + "\n  ".join(failures))
            return 1
        print("Restore drill passed: the copy is complete and consistent.")
        return 0
    finally:
        if not args.keep:
            common.drop(copy)
            dump.unlink(missing_ok=True)
            if not args.database:
                common.drop(source)


if __name__ == "__main__":
    sys.exit(main())
