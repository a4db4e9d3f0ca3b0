"""`make bench`: serve the project with gunicorn (2 sync workers, production settings, DEBUG
off) on a throwaway PostgreSQL database cloned from the generated synthetic data, load each
page with wrk at concurrency 8 and 32, and write a Markdown table to stdout and the numbers
to bench-results/bench-<size>-<time>.json.

    .venv/bin/python bench/run.py [--size medium|national|small] [--duration 10] [--rounds 2]

Every page is compared with /healthz measured in the same run (the in-run floor): this machine
drifts by up to a third over tens of minutes, so ratios travel and absolute numbers do not.
Each round visits the pages in the opposite order to the one before."""

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import common  # noqa: E402

LUA = str(Path(__file__).resolve().parent / "report.lua")

TARGETS = """\
- lesson page, /learn/, /journey/: throughput at least 15% of /healthz's, p95 under 40 ms (c=8)
- quiz submission: p95 under 100 ms (c=8)
- 500-learner cohort overview (the facilitator's dashboard): median under 300 ms, throughput
  at least 5% of /healthz's (c=8)
- council uptake dashboard: median under 200 ms, throughput at least 5% of /healthz's (c=8)
- admin overview of all councils: under 1 s (c=8, median)
- peak RSS per worker: under 250 MB"""


def pages(s: dict) -> dict[str, dict]:
    sessions = s["sessions"]

    def page(path, who=None, **extra):
        return {"path": path, "cookie": common_cookie(sessions[who]) if who else ""} | extra

    return {
        "/healthz (floor)": page("/healthz"),
        "lesson page": page(s["lesson_url"], "councillor"),
        "/learn/": page("/learn/", "councillor"),
        "/journey/": page("/journey/", "councillor"),
        "quiz page": page(s["quiz_url"], "councillor"),
        "quiz submission": {"path": "(POST, a fresh attempt each)", "method": "POST"},
        f"facilitator overview ({s['cohort_size']} learners)": page(
            f"/cohorts/{s['cohort_id']}/", "facilitator"
        ),
        f"council uptake ({s['council_size']} councillors)": page(
            f"/council/{s['council']}/", "leader"
        ),
        f"CSV export ({s['cohort_size']} learners)": page(
            f"/cohorts/{s['cohort_id']}/export/learners.csv", "facilitator", reauth=True
        ),
        "admin: all councils": page("/council/", "admin"),
        "admin: all cohorts": page("/cohorts/", "admin"),
    }


def common_cookie(session_key: str) -> str:
    import prepare

    return prepare.cookie(session_key)


def wrk(url: str, *, connections: int, duration: int, cookie: str = "", posts=None) -> dict:
    threads = 2
    env = os.environ | {"WRK_THREADS": str(threads), "WRK_EXPECT": "302" if posts else "200"}
    if posts:
        env["WRK_POSTS"] = posts
    command = ["wrk", f"-t{threads}", f"-c{connections}", f"-d{duration}s", "--timeout", "10s",
               "-s", LUA]  # fmt: skip
    if cookie:
        command += ["-H", f"Cookie: {cookie}"]
    output = subprocess.run(
        [*command, url], capture_output=True, text=True, env=env, check=True, timeout=duration + 60
    ).stdout
    line = next(x for x in output.splitlines() if x.startswith("JSON "))
    result = json.loads(line[5:])
    result["rps"] = result["requests"] / (result["duration_us"] / 1e6)
    return result


def warm(url: str, cookie: str, count: int = 5) -> None:
    for _ in range(count):
        request = urllib.request.Request(url, headers={"Cookie": cookie} if cookie else {})
        with urllib.request.urlopen(request, timeout=30) as response:
            response.read()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", default=os.environ.get("BENCH_SIZE", "medium"),
                        choices=["small", "medium", "national"])  # fmt: skip
    parser.add_argument("--duration", type=int, default=int(os.environ.get("BENCH_DURATION", 10)))
    parser.add_argument("--rounds", type=int, default=int(os.environ.get("BENCH_ROUNDS", 2)))
    parser.add_argument("--concurrency", default="8,32")
    parser.add_argument("--keep", action="store_true", help="Keep the run's database.")
    args = parser.parse_args()
    levels = [int(c) for c in args.concurrency.split(",")]

    template = common.ensure_template(args.size)
    database = common.clone(template, "bench")
    common.say(f"Benchmark database {database} (a clone of {template})")
    try:
        return run(args, levels, database)
    finally:
        if not args.keep:
            common.drop(database)


def run(args, levels: list[int], database: str) -> int:
    common.manage("migrate", "--noinput", "-v0", database=database,
                  settings="champions.settings.production")  # fmt: skip
    common.prepare_static(database)
    common.redis_flush()
    os.environ.update(common.server_env(database) | {"LOG_LEVEL": "WARNING"})
    import django

    django.setup()
    import prepare

    runs_needing_posts = args.rounds * len(levels)
    # Enough fresh attempts for 250 submissions a second in every run (a quiet machine served
    # about 200); if a run uses them all, its later POSTs are repeats and the report says so.
    per_run = 250 * args.duration
    common.say("Preparing sessions, the scenario and open quiz attempts...")
    scenario = prepare.scenario(submissions=per_run * runs_needing_posts + 1)
    extra = scenario["submissions"].pop()
    page_list = pages(scenario)
    queries, alone = prepare.query_counts(page_list, extra)
    posts_by_run = []
    subs = scenario["submissions"]
    share = len(subs) // runs_needing_posts
    tmp = Path(tempfile.mkdtemp(prefix="bench-"))
    for n in range(runs_needing_posts):
        path = tmp / f"posts-{n}.tsv"
        chunk = subs[n * share : (n + 1) * share]
        path.write_text("".join(f"{r['cookie']}\t{r['path']}\t{r['body']}\n" for r in chunk))
        posts_by_run.append((path, [r["attempt_id"] for r in chunk]))

    port = common.free_port()
    base = f"http://{common.HOST}:{port}"
    results = {name: {c: [] for c in levels} for name in page_list}
    posted_ids: list[int] = []
    first_posts = 0
    started = time.time()
    load_before = [round(x, 2) for x in os.getloadavg()]
    with common.gunicorn(database, port=port, log_name=f"gunicorn-{args.size}") as server:
        for page in page_list.values():
            if page.get("method") != "POST":
                warm(base + page["path"], page["cookie"])
        post_run = 0
        for round_number in range(args.rounds):
            order = list(page_list.items())
            if round_number % 2:
                order.reverse()
            for connections in levels:
                for name, page in order:
                    if page.get("reauth"):
                        prepare.renew_reauthentication(page["cookie"].split(";")[0].split("=")[1])
                    if page.get("method") == "POST":
                        path, ids = posts_by_run[post_run]
                        post_run += 1
                        result = wrk(base + "/", connections=connections,
                                     duration=args.duration, posts=str(path))  # fmt: skip
                        result["attempts_available"] = len(ids)
                        posted_ids += ids
                        first_posts += result["posts_sent"] - result["posts_reused"]
                    else:
                        result = wrk(base + page["path"], connections=connections,
                                     duration=args.duration, cookie=page["cookie"])  # fmt: skip
                    results[name][connections].append(result)
                    common.say(
                        f"  round {round_number + 1} c={connections:<3} {name:<40} "
                        f"{result['rps']:7.1f} req/s  p50 {result['p50_us'] / 1000:6.1f} ms  "
                        f"p95 {result['p95_us'] / 1000:6.1f} ms  "
                        f"bad {result['unexpected_status'] + result['socket_errors']}"
                    )
        workers = common.worker_pids(server.pid)
        rss = {pid: common.peak_rss_mb(pid) for pid in workers}
    elapsed = time.time() - started
    submitted = prepare.submitted(posted_ids)
    report = summarise(args, levels, scenario, page_list, results, queries, rss, elapsed, alone)
    report["machine"]["load_average_before"] = load_before
    reused = sum(r["posts_reused"] for runs in results["quiz submission"].values() for r in runs)
    report["submissions"] = {
        "first_posts_sent": first_posts,
        "recorded_as_submitted": submitted,
        "repeat_posts": reused,
    }
    common.RESULTS.mkdir(exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    out = common.RESULTS / f"bench-{args.size}-{stamp}.json"
    out.write_text(json.dumps(report, indent=2, default=str))
    print(markdown(report))
    common.say(f"Numbers written to {out.relative_to(common.ROOT)}")
    return 0


def summarise(args, levels, scenario, page_list, results, queries, rss, elapsed, alone) -> dict:
    rows = []
    floors = {c: [r["rps"] for r in results["/healthz (floor)"][c]] for c in levels}
    for name, page in page_list.items():
        for c in levels:
            runs = results[name][c]
            ratios = [r["rps"] / f for r, f in zip(runs, floors[c], strict=True)]
            rows.append(
                {
                    "page": name,
                    "path": page["path"],
                    "concurrency": c,
                    "rps": statistics.mean(r["rps"] for r in runs),
                    "p50_ms": statistics.mean(r["p50_us"] for r in runs) / 1000,
                    "p95_ms": statistics.mean(r["p95_us"] for r in runs) / 1000,
                    "p99_ms": statistics.mean(r["p99_us"] for r in runs) / 1000,
                    "errors": sum(
                        r["unexpected_status"] + r["socket_errors"] + r["timeouts"] for r in runs
                    ),  # fmt: skip
                    "requests": sum(r["requests"] for r in runs),
                    "queries": queries.get(name),
                    "alone_ms": alone.get(name),
                    "ratio_to_floor": statistics.mean(ratios),
                    "runs": runs,
                }
            )
    return {
        "when": datetime.now(UTC).isoformat(timespec="seconds"),
        "size": args.size,
        "duration_s": args.duration,
        "rounds": args.rounds,
        "elapsed_s": round(elapsed),
        "machine": common.machine(),
        "scenario": {k: v for k, v in scenario.items() if k not in ("sessions", "submissions")},
        "rows": rows,
        "peak_rss_mb": rss,
        "targets": check_targets(rows, rss),
    }


def check_targets(rows, rss) -> list[dict]:
    def row(prefix, c=8):
        return next((r for r in rows if r["page"].startswith(prefix) and r["concurrency"] == c),
                    None)  # fmt: skip

    checks = []

    def check(what, value, limit, unit, ok):
        checks.append({"target": what, "value": value, "limit": limit, "unit": unit, "met": ok})

    for prefix in ("lesson page", "/learn/", "/journey/"):
        r = row(prefix)
        check(f"{prefix}: share of /healthz throughput", round(100 * r["ratio_to_floor"], 1),
              15, "% (at least)", r["ratio_to_floor"] >= 0.15)  # fmt: skip
        check(f"{prefix}: p95", round(r["p95_ms"], 1), 40, "ms", r["p95_ms"] < 40)
    r = row("quiz submission")
    check("quiz submission: p95", round(r["p95_ms"], 1), 100, "ms", r["p95_ms"] < 100)
    r = row("facilitator overview")
    check("facilitator overview: median", round(r["p50_ms"], 1), 300, "ms", r["p50_ms"] < 300)
    check("facilitator overview: share of /healthz throughput",
          round(100 * r["ratio_to_floor"], 1), 5, "% (at least)",
          r["ratio_to_floor"] >= 0.05)  # fmt: skip
    r = row("council uptake")
    check("council uptake: median", round(r["p50_ms"], 1), 200, "ms", r["p50_ms"] < 200)
    check("council uptake: share of /healthz throughput", round(100 * r["ratio_to_floor"], 1),
          5, "% (at least)", r["ratio_to_floor"] >= 0.05)  # fmt: skip
    for prefix in ("admin: all councils", "admin: all cohorts"):
        r = row(prefix)
        check(f"{prefix}: median", round(r["p50_ms"], 1), 1000, "ms", r["p50_ms"] < 1000)
    peak = max((v for v in rss.values() if v is not None), default=0)
    check("peak RSS per worker", round(peak, 1), 250, "MB", peak < 250)
    return checks


def markdown(report: dict) -> str:
    m = report["machine"]
    lines = [
        f"Benchmark: size **{report['size']}**, {report['when']}, {report['rounds']} rounds of "
        f"{report['duration_s']} s per page and concurrency (wrk, 2 threads), gunicorn 2 sync "
        f"workers, production settings, PostgreSQL {m['postgresql']}; {m['cores']} cores "
        f"({m['cpu']}), {m['memory_gb']} GB. Load average (1, 5, 15 min) before the run "
        f"{m.get('load_average_before')}, after {m['load_average']}.",
        "",
        "| page | c | req/s | p50 ms | p95 ms | p99 ms | errors | queries | vs /healthz "
        "| alone ms |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in report["rows"]:
        q = "" if r["queries"] is None else r["queries"]
        alone = "" if r.get("alone_ms") is None else f"{r['alone_ms']:.0f}"
        lines.append(
            f"| {r['page']} | {r['concurrency']} | {r['rps']:.1f} | {r['p50_ms']:.1f} | "
            f"{r['p95_ms']:.1f} | {r['p99_ms']:.1f} | {r['errors']} | {q} | "
            f"{100 * r['ratio_to_floor']:.1f}% | {alone} |"
        )
    rss = ", ".join(f"{v:.0f} MB" for v in report["peak_rss_mb"].values() if v)
    lines += [
        "",
        "c: connections (wrk). vs /healthz: throughput as a share of /healthz's in the same "
        "run. alone ms: median time in-process, one request at a time (no queue).",
        f"Peak RSS per worker after the run: {rss}.",
    ]
    subs = report.get("submissions", {})
    if subs:
        lines.append(
            f"Quiz submissions: {subs['first_posts_sent']} first submissions sent by wrk, "
            f"{subs['recorded_as_submitted']} attempts recorded as submitted (wrk counts a "
            "request as sent when it writes it; one still unanswered when a run stops may never "
            "be processed)."
        )
        if subs.get("repeat_posts"):
            lines.append(
                f"**{subs['repeat_posts']} submission requests repeated an attempt already "
                "submitted** (the prepared attempts ran out), so the quiz submission rows mix "
                "first submissions with cheaper repeats."
            )
    lines += ["", *issue_17_lines(report["rows"])]
    lines += ["", "| target | measured | limit | met |", "|---|---:|---:|---|"]
    for t in report["targets"]:
        lines.append(
            f"| {t['target']} | {t['value']} {t['unit'].split(' ')[0]} | {t['limit']} "
            f"{t['unit']} | {'yes' if t['met'] else '**no**'} |"
        )
    return "\n".join(lines)


def issue_17_lines(rows) -> list[str]:
    """Issue 17's two ratios, each on a line of its own: the facilitator overview and the
    council uptake page at c=8, as shares of /healthz's throughput in the same run."""
    floor = next(r for r in rows if r["page"].startswith("/healthz") and r["concurrency"] == 8)
    lines = []
    for prefix in ("facilitator overview", "council uptake"):
        r = next(r for r in rows if r["page"].startswith(prefix) and r["concurrency"] == 8)
        share = 100 * r["ratio_to_floor"]
        lines.append(
            f"{r['page']}: {r['rps']:.1f} req/s = {share:.1f}% of /healthz "
            f"({floor['rps']:.1f} req/s) at c=8 (target 5%: {'met' if share >= 5 else 'missed'})"
        )
    return lines


if __name__ == "__main__":
    sys.exit(main())
