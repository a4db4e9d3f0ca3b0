"""`make loadtest`: 200 councillors (1-3 s think time) and 5 facilitators, simulated by Locust
(headless) for 2 minutes against gunicorn (2 workers, production settings) on 127.0.0.1 and a
throwaway PostgreSQL clone of the synthetic data. Afterwards the attempts the clients started
and submitted are compared with what the database holds, and the server's log is searched for
errors. Prints a Markdown report; writes bench-results/loadtest-<size>-<time>.json.

    .venv/bin/python bench/loadtest.py [--size medium] [--users 200] [--duration 2m]

With --cluster the same people visit the cluster instead (bench/cluster.py: two hosts of 2
workers behind HAProxy, its own Redis, two task workers, the clock); with --compare, one host
and then the cluster, each on its own clone, and the two are printed side by side."""

import argparse
import csv
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import common  # noqa: E402

BENCH = Path(__file__).resolve().parent
LOCUST = str(common.ROOT / ".venv" / "bin" / "locust")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", default=os.environ.get("BENCH_SIZE", "medium"),
                        choices=["small", "medium", "national"])  # fmt: skip
    parser.add_argument("--users", type=int, default=200, help="Simulated councillors.")
    parser.add_argument("--facilitators", type=int, default=5)
    parser.add_argument("--duration", default=os.environ.get("LOADTEST_DURATION", "2m"))
    parser.add_argument("--spawn-rate", type=float, default=4)
    parser.add_argument("--keep", action="store_true", help="Keep the run's database.")
    parser.add_argument("--cluster", action="store_true", help="Run against the cluster.")
    parser.add_argument("--compare", action="store_true",
                        help="One host, then the cluster; print both side by side.")  # fmt: skip
    parser.add_argument(
        "--stop-timeout",
        type=int,
        default=10,
        help="Seconds a person may finish what they were doing at the end.",
    )
    parser.add_argument("--report-json", help="Also write the report to this file.")  # fmt: skip
    args = parser.parse_args()
    if args.compare:
        return compare(args)
    template = common.ensure_template(args.size)
    database = common.clone(template, "loadtest")
    common.say(f"Load-test database {database} (a clone of {template})")
    try:
        code, report = run(args, database)
    finally:
        if not args.keep:
            common.drop(database)
    if args.report_json:
        Path(args.report_json).write_text(json.dumps(report, default=str))
    return code


def compare(args) -> int:
    """One host, then the cluster, each in a process of its own on a fresh clone."""
    codes, reports = [], []
    for where in ([], ["--cluster"]):
        out = Path(tempfile.mkstemp(suffix=".json")[1])
        argv = [sys.executable, __file__, "--size", args.size, "--users", str(args.users),
                "--facilitators", str(args.facilitators), "--duration", args.duration,
                "--spawn-rate", str(args.spawn_rate), "--stop-timeout", str(args.stop_timeout),
                "--report-json", str(out), *where]  # fmt: skip
        codes.append(subprocess.run(argv, check=False).returncode)
        reports.append(json.loads(out.read_text() or "{}"))
        out.unlink()
    print()
    print(comparison(reports))
    return max(codes)


def plan(args, mail_dir: Path) -> dict:
    """Who the simulated people are: councillors of the synthetic cohorts, spread across them,
    and facilitators of different cohorts (with the councils their cohorts include)."""
    from allauth.account.models import EmailAddress
    from django.conf import settings
    from django.db.models import Count

    from champions.accounts.models import User
    from cohorts.models import Cohort
    from demo.seed import DEMO_TOTP_SECRET
    from quizzes.models import QuizPage

    cohorts = list(
        Cohort.objects.filter(name__startswith="Synthetic")
        .annotate(n=Count("memberships"))
        .order_by("pk")
    )
    members = list(
        User.objects.filter(cohort_memberships__cohort__in=cohorts, is_active=True)
        .order_by("cohort_memberships__cohort_id", "pk")
        .values_list("email", flat=True)
    )
    step = max(1, len(members) // args.users)
    councillors = members[::step][: args.users]
    assert EmailAddress.objects.filter(email__in=councillors).count() == len(councillors)
    facilitators = []
    seen = set()
    for cohort in cohorts:
        person = cohort.facilitators.first()
        if person is None or person.pk in seen:
            continue
        seen.add(person.pk)
        facilitators.append(
            {"email": person.email, "cohort": cohort.pk,
             "council": cohort.councils.order_by("pk").first().slug}
        )  # fmt: skip
    while len(facilitators) < args.facilitators:  # the same person on two devices
        facilitators.append(facilitators[len(facilitators) % max(1, len(seen))])
    english = {"locale__language_code": settings.LANGUAGE_CODE}  # not the Welsh copies
    quizzes = list(
        QuizPage.objects.live().filter(kind="module", **english).values_list("pk", flat=True)
    )
    return {
        "councillors": councillors,
        "facilitators": facilitators[: args.facilitators],
        "quizzes": quizzes,
        "mail_dir": str(mail_dir),
        "totp_secret": DEMO_TOTP_SECRET,
    }


@contextmanager
def one_host(database: str, log_name: str, server_env: dict):
    port = common.free_port()
    with common.gunicorn(database, port=port, log_name=log_name, extra_env=server_env) as server:
        yield {
            "url": f"http://{common.HOST}:{port}",
            "logs": [common.RESULTS / f"{log_name}.log"],
            "rss": lambda: {p: common.peak_rss_mb(p) for p in common.worker_pids(server.pid)},
        }


@contextmanager
def the_cluster(database: str, server_env: dict):
    from cluster import Cluster, free_ports

    workdir = Path(tempfile.mkdtemp(prefix="loadtest-cluster-"))
    lb, app1, app2, redis_port = free_ports(4)
    cluster = Cluster(
        workdir=workdir, lb_port=lb, app_ports=(app1, app2), redis_port=redis_port,
        database=database, seed=False,
        # The simulated person's own proxy, then HAProxy: two in X-Forwarded-For.
        extra_env={"EMAIL_FILE_PATH": server_env["EMAIL_FILE_PATH"],
                   "TRUSTED_PROXY_COUNT": "2", "LOG_LEVEL": "INFO"},
    )  # fmt: skip
    try:
        cluster.start()

        def rss():
            return {
                pid: common.peak_rss_mb(pid)
                for name in ("app1", "app2")
                for pid in common.worker_pids(cluster.services[name].process.pid)
            }

        yield {
            "url": cluster.url,
            "logs": [workdir / "logs" / "app1.log", workdir / "logs" / "app2.log"],
            "balancer_log": workdir / "logs" / "haproxy.log",
            "rss": rss,
        }
    finally:
        cluster.stop()
        for log in (workdir / "logs").glob("*.log"):
            shutil.copy(log, common.RESULTS / f"cluster-{log.name}")
        shutil.rmtree(workdir, ignore_errors=True)


def run(args, database: str) -> tuple[int, dict]:
    common.manage("migrate", "--noinput", "-v0", database=database,
                  settings="champions.settings.production")  # fmt: skip
    common.prepare_static(database)
    common.redis_flush()
    work = Path(tempfile.mkdtemp(prefix="loadtest-"))
    mail_dir = work / "mail"
    mail_dir.mkdir()
    os.environ.update(common.server_env(database) | {"LOG_LEVEL": "WARNING"})
    import django

    django.setup()
    people = plan(args, mail_dir)
    plan_file = work / "plan.json"
    plan_file.write_text(json.dumps(people))
    records_file = work / "records.json"
    common.RESULTS.mkdir(exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    prefix = common.RESULTS / f"loadtest-{args.size}-{stamp}"
    started_at = datetime.now(UTC)
    server_env = {
        "DJANGO_SETTINGS_MODULE": "loadtest_settings",
        "PYTHONPATH": str(BENCH),
        "EMAIL_BACKEND": "django.core.mail.backends.filebased.EmailBackend",
        "EMAIL_FILE_PATH": str(mail_dir),
    }
    log_name = f"gunicorn-loadtest-{args.size}"
    users = len(people["councillors"]) + len(people["facilitators"])
    where = "the cluster (2 hosts behind HAProxy)" if args.cluster else "one host"
    common.say(
        f"Load test on {where}: {len(people['councillors'])} councillors and "
        f"{len(people['facilitators'])} facilitators for {args.duration}"
    )
    serving = (
        the_cluster(database, server_env)
        if args.cluster
        else one_host(database, log_name, server_env)
    )
    with serving as server:
        locust = subprocess.run(
            [LOCUST, "-f", str(BENCH / "locustfile.py"), "--headless", "-u", str(users),
             "-r", str(args.spawn_rate), "-t", args.duration, "--host", server["url"],
             "--csv", str(prefix), "--only-summary", "--stop-timeout", str(args.stop_timeout),
             "--loglevel", "WARNING"],
            env=os.environ | {"LOADTEST_PLAN": str(plan_file),
                              "LOADTEST_RECORDS": str(records_file),
                              "LOADTEST_FACILITATORS": str(len(people["facilitators"]))},
            capture_output=True, text=True, timeout=3600,
        )  # fmt: skip
        rss = server["rss"]()
        errors = server_errors(server["logs"])
        if "balancer_log" in server:
            errors["balancer_5xx"] = balancer_errors(server["balancer_log"])
    (Path(str(prefix) + "-locust.log")).write_text(locust.stdout + locust.stderr)
    if not records_file.exists():
        common.say(f"Locust failed (exit {locust.returncode}); see {prefix.name}-locust.log")
        return 2, {}
    records = json.loads(records_file.read_text())
    report = {
        "when": started_at.isoformat(timespec="seconds"),
        "size": args.size,
        "where": "cluster" if args.cluster else "one host",
        "duration": args.duration,
        "councillors": len(people["councillors"]),
        "facilitators": len(people["facilitators"]),
        "machine": common.machine(),
        "requests": locust_stats(Path(str(prefix) + "_stats.csv")),
        "server_errors": errors,
        "peak_rss_mb": rss,
        "check": check_attempts(records, people["councillors"], started_at),
        "locust_exit_code": locust.returncode,
    }
    out = Path(str(prefix) + ".json")
    out.write_text(json.dumps(report, indent=2, default=str))
    print(markdown(report))
    common.say(f"Report written to {out.relative_to(common.ROOT)}")
    check = report["check"]
    ok = (
        report["server_errors"]["5xx"] == 0
        and report["server_errors"].get("balancer_5xx", 0) == 0
        and check["lost"] == 0
        and check["duplicated"] == 0
        and check["unknown_to_clients"] == 0
    )
    return (0 if ok else 1), report


def locust_stats(path: Path) -> list[dict]:
    rows = []
    with path.open() as f:
        for row in csv.DictReader(f):
            rows.append(
                {
                    "name": f"{row['Type']} {row['Name']}".strip(),
                    "requests": int(row["Request Count"]),
                    "failures": int(row["Failure Count"]),
                    "median_ms": float(row["50%"] or 0),
                    "p95_ms": float(row["95%"] or 0),
                    "p99_ms": float(row["99%"] or 0),
                    "rps": float(row["Requests/s"] or 0),
                }
            )
    return rows


def balancer_errors(log: Path) -> int:
    """Answers of 500 and above that HAProxy gave (its own 503 when no host could take a
    request in time included): the status follows the timers in its HTTP log line."""
    pattern = re.compile(r" -?\d+/-?\d+/-?\d+/-?\d+/-?\d+ (5\d\d) ")
    return sum(1 for line in log.read_text(errors="replace").splitlines() if pattern.search(line))


def server_errors(logs: list[Path]) -> dict:
    counts = {"5xx": 0, "4xx": 0, "tracebacks": 0}
    lines = [line for log in logs for line in log.read_text(errors="replace").splitlines()]
    for line in lines:
        if '"status": 5' in line:
            counts["5xx"] += 1
        elif '"status": 4' in line:
            counts["4xx"] += 1
        if "Traceback" in line:
            counts["tracebacks"] += 1
    return counts


def check_attempts(records: dict, emails: list[str], since: datetime) -> dict:
    """What the clients started and submitted against what the database holds: every attempt
    a client saw submitted is recorded exactly once with one response per question; the
    database holds no attempt that no client started."""
    from django.db.models import Count

    from quizzes.models import QuizAttempt

    started = {int(k) for k in records["started"]}
    submitted = {int(k) for k in records["submitted"]}
    rows = {
        a.pk: a
        for a in QuizAttempt.objects.filter(user__email__in=emails, started_at__gte=since)
        .annotate(n=Count("responses"))
        .only("pk", "submitted_at", "snapshot")
    }
    lost = [
        pk
        for pk in submitted
        if pk not in rows
        or rows[pk].submitted_at is None
        or rows[pk].n != len(rows[pk].snapshot["questions"])
    ]
    duplicated = [
        pk
        for pk, a in rows.items()
        if a.n > len(a.snapshot["questions"]) or (a.submitted_at is None and a.n)
    ]
    unknown = [pk for pk in rows if pk not in started]
    return {
        "attempts_started_by_clients": len(started),
        "attempts_submitted_by_clients": len(submitted),
        "double_submissions_sent": records["double_submissions"],
        "attempts_in_database": len(rows),
        "submitted_in_database": sum(1 for a in rows.values() if a.submitted_at),
        "lost": len(lost),
        "duplicated": len(duplicated),
        "unknown_to_clients": len(unknown),
        "sign_in_failures": records["sign_in_failures"],
    }


def markdown(report: dict) -> str:
    m = report["machine"]
    check = report["check"]
    total = next((r for r in report["requests"] if r["name"] == "Aggregated"), None)
    lines = [
        f"Load test: size **{report['size']}**, {report['when']}, {report['councillors']} "
        f"councillors and {report['facilitators']} facilitators for {report['duration']} "
        f"(Locust, headless) on {report['where']}, gunicorn 2 sync workers per host, production "
        f"settings, PostgreSQL "
        f"{m['postgresql']}; {m['cores']} cores, {m['memory_gb']} GB; load average after the "
        f"run {m['load_average']}.",
        "",
        "| request | count | failures | req/s | median ms | p95 ms | p99 ms |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for r in report["requests"]:
        lines.append(
            f"| {r['name']} | {r['requests']} | {r['failures']} | {r['rps']:.1f} | "
            f"{r['median_ms']:.0f} | {r['p95_ms']:.0f} | {r['p99_ms']:.0f} |"
        )
    errors = report["server_errors"]
    rss = ", ".join(f"{v:.0f} MB" for v in report["peak_rss_mb"].values() if v)
    lines += [
        "",
        f"Overall p95: **{total['p95_ms']:.0f} ms** over {total['requests']} requests "
        f"({total['failures']} failures)."
        if total
        else "",
        f"Server errors (5xx): **{errors['5xx']}**"
        + (f", from the balancer: **{errors['balancer_5xx']}**" if "balancer_5xx" in errors else "")
        + f"; 4xx: {errors['4xx']}. "
        f"Peak RSS per worker: {rss}.",
        f"Attempts: {check['attempts_started_by_clients']} started and "
        f"{check['attempts_submitted_by_clients']} submitted by clients "
        f"({check['double_submissions_sent']} sent twice at once); the database holds "
        f"{check['attempts_in_database']} ({check['submitted_in_database']} submitted). "
        f"Lost: **{check['lost']}**, duplicated: **{check['duplicated']}**, unknown to the "
        f"clients: **{check['unknown_to_clients']}**. Sign-in failures: "
        f"{check['sign_in_failures']}.",
    ]
    return "\n".join(lines)


def comparison(reports: list[dict]) -> str:
    """One host against the cluster, on the same machine, one after the other."""
    lines = [
        "| where | requests | req/s | p95 ms | failures | 5xx (app+balancer) | lost | duplicated |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for report in reports:
        if not report:
            continue
        total = next(r for r in report["requests"] if r["name"] == "Aggregated")
        check = report["check"]
        lines.append(
            f"| {report['where']} | {total['requests']} | {total['rps']:.1f} | "
            f"{total['p95_ms']:.0f} | {total['failures']} | "
            f"{report['server_errors']['5xx'] + report['server_errors'].get('balancer_5xx', 0)} | "
            f"{check['lost']} | {check['duplicated']} |"
        )
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
