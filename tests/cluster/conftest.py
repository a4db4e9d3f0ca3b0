"""The cluster suite: starts bench/cluster.py's cluster once for the session (two app hosts
behind HAProxy, Redis and PostgreSQL servers of its own, two task workers, the clock) and ends
every process it started afterwards. Runs only when asked for (`make cluster-test`, i.e.
`pytest -m cluster`), and skips, saying why, when HAProxy or PostgreSQL's server is missing."""

import shutil
import sys
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bench"))

from cluster import PG_BIN, Cluster, free_ports  # noqa: E402


def pytest_collection_modifyitems(config, items):
    """Leaves the cluster tests out of every run that does not select them with -m cluster."""
    if "cluster" in (config.getoption("markexpr") or "") and "not cluster" not in (
        config.getoption("markexpr") or ""
    ):
        return
    kept, dropped = [], []
    for item in items:
        (dropped if item.get_closest_marker("cluster") else kept).append(item)
    if dropped:
        config.hook.pytest_deselected(items=dropped)
        items[:] = kept


def missing_tools() -> list[str]:
    needed = {"haproxy": "apt-get install haproxy", "redis-server": "apt-get install redis"}
    missing = [f"{tool} ({how})" for tool, how in needed.items() if shutil.which(tool) is None]
    if not (PG_BIN / "initdb").exists():
        missing.append(f"{PG_BIN}/initdb (apt-get install postgresql-15)")
    return missing


@pytest.fixture(scope="session")
def cluster():
    missing = missing_tools()
    if missing:
        pytest.skip("the cluster suite needs " + ", ".join(missing))
    workdir = Path(tempfile.mkdtemp(prefix="champions-cluster-test-"))
    lb, app1, app2, redis, postgres = free_ports(5)
    running = Cluster(
        workdir=workdir,
        lb_port=lb,
        app_ports=(app1, app2),
        redis_port=redis,
        postgres_port=postgres,
        extra_env={
            "EMAIL_BACKEND": "tests.cluster.crash_mail.EmailBackend",
            "CLUSTER_CRASH_MARKER": str(workdir / "crash-after-send"),
            # Quick recovery for the killed-worker test (production: 15 minutes, every minute).
            "TASK_LOST_AFTER_SECONDS": "5",
            "TASK_RECOVERY_EVERY_SECONDS": "1",
        },
    )
    try:
        running.start()
        yield running
    finally:
        running.stop()
        # The processes' logs outlive the run, for a failure's post-mortem (var/ is ignored).
        kept = ROOT / "var" / "cluster-test-logs"
        shutil.rmtree(kept, ignore_errors=True)
        shutil.copytree(workdir / "logs", kept, dirs_exist_ok=True)
        shutil.rmtree(workdir, ignore_errors=True)
