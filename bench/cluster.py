"""Several app hosts on one machine, as a council would run them on several: `make cluster`.

    .venv/bin/python bench/cluster.py start   # prints the balancer's URL, returns
    .venv/bin/python bench/cluster.py stop    # ends exactly what `start` started

Starts, on loopback only: Redis (a server of its own), a fresh PostgreSQL database (on the
local server, or on a PostgreSQL server of its own with --own-postgres), two app hosts
(gunicorn with deploy/gunicorn.conf.py, production settings, each on its own port), HAProxy
with deploy/haproxy.cfg in front, two task workers and the clock. A supervisor restarts any app
process that exits, as systemd's Restart=always does. Everything it starts is recorded in
var/cluster/state.json with its process id; `stop` ends those and nothing else.

The cluster test suite (tests/cluster) and `make loadtest CLUSTER=1` use the Cluster class."""

import argparse
import contextlib
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))


import common  # noqa: E402

ROOT = common.ROOT
BENCH = ROOT / "bench"
DEPLOY = ROOT / "deploy"
STATE = ROOT / "var" / "cluster" / "state.json"
PG_BIN = Path("/usr/lib/postgresql/15/bin")
HOST = common.HOST


@dataclass
class Service:
    name: str
    argv: list[str]
    env: dict
    log: Path
    process: subprocess.Popen | None = None
    keep_running: bool = True
    restarts: int = 0


@dataclass
class Cluster:
    workdir: Path
    lb_port: int
    app_ports: tuple[int, ...]
    redis_port: int
    postgres_port: int | None = None  # a PostgreSQL server of our own, or the local one
    database: str | None = None  # an existing database to serve (the load test's clone)
    seed: bool = True
    extra_env: dict = field(default_factory=dict)
    services: dict[str, Service] = field(default_factory=dict)
    _stop: threading.Event = field(default_factory=threading.Event)
    _owns_database: bool = False

    # --- addresses ----------------------------------------------------------------------------
    @property
    def url(self) -> str:
        return f"http://{HOST}:{self.lb_port}"

    def host_url(self, index: int) -> str:
        return f"http://{HOST}:{self.app_ports[index]}"

    @property
    def pg_server(self) -> str:
        if self.postgres_port:
            return f"postgres://postgres@{HOST}:{self.postgres_port}"
        return common.PG

    @property
    def database_url(self) -> str:
        return f"{self.pg_server}/{self.database}"

    @property
    def redis_url(self) -> str:
        return f"redis://{HOST}:{self.redis_port}/0"

    @property
    def mail_dir(self) -> Path:
        return self.workdir / "mail"

    def env(self) -> dict:
        env = common.server_env(self.database) | {
            # Production settings plus what plain HTTP on loopback behind one proxy needs
            # (bench/loadtest_settings.py: cookies without Secure, one trusted proxy).
            "DJANGO_SETTINGS_MODULE": "loadtest_settings",
            "PYTHONPATH": str(BENCH),
            "DATABASE_URL": self.database_url,
            "REDIS_URL": self.redis_url,
            "ALLOWED_HOSTS": f"{HOST},localhost",
            "SITE_URL": self.url,
            "MEDIA_ROOT": str(self.workdir / "media"),
            "EMAIL_BACKEND": "django.core.mail.backends.filebased.EmailBackend",
            "EMAIL_FILE_PATH": str(self.mail_dir),
            "FORWARDED_ALLOW_IPS": HOST,
            "TASK_LOST_AFTER_SECONDS": "20",
            "TASK_RECOVERY_EVERY_SECONDS": "2",
        }
        return env | self.extra_env

    # --- start --------------------------------------------------------------------------------
    def start(self) -> "Cluster":
        for folder in ("logs", "mail", "media"):
            (self.workdir / folder).mkdir(parents=True, exist_ok=True)
        self.start_redis()
        if self.postgres_port:
            self.init_postgres()
            self.start_postgres()
        if self.database is None:
            self.database = f"champions_cluster_{os.getpid()}"
            self.psql(f'DROP DATABASE IF EXISTS "{self.database}" WITH (FORCE)')
            self.psql(f'CREATE DATABASE "{self.database}"')
            self._owns_database = True
        common.say(f"Cluster database {self.database_url}; migrating...")
        self.manage("migrate", "--noinput", "-v0")
        self.manage("createcachetable")
        if self.seed:
            self.manage("seed_demo", "--force", "-v0")  # a throwaway database
        self.manage("collectstatic", "--noinput", "-v0")
        python = str(ROOT / ".venv/bin/python")
        for index, port in enumerate(self.app_ports, start=1):
            self.add(
                f"app{index}",
                [common.GUNICORN, "-c", str(DEPLOY / "gunicorn.conf.py"), "champions.wsgi"],
                {"GUNICORN_BIND": f"{HOST}:{port}", "GUNICORN_NAME": f"champions-app{index}"},
            )
        for index in (1, 2):
            self.add(
                f"worker{index}",
                [python, "manage.py", "db_worker", "--worker-id", f"worker{index}",
                 "--interval", "0.5", "--no-startup-delay"],
            )  # fmt: skip
        self.add("clock", [python, "manage.py", "clock"])
        for service in self.services.values():
            self.launch(service)
        for index in range(len(self.app_ports)):
            wait_for(f"{self.host_url(index)}/healthz", 90)
        self.start_haproxy()
        wait_for(f"{self.url}/healthz", 30)
        threading.Thread(target=self.supervise, daemon=True).start()
        return self

    def add(self, name: str, argv: list[str], env: dict | None = None) -> None:
        log = self.workdir / "logs" / f"{name}.log"
        self.services[name] = Service(name, argv, self.env() | (env or {}), log)

    def launch(self, service: Service) -> None:
        with service.log.open("a") as log:
            service.process = subprocess.Popen(
                service.argv, cwd=ROOT, env=service.env, stdout=log, stderr=subprocess.STDOUT,
                start_new_session=True,  # its own process group: a kill takes its children too
            )  # fmt: skip

    def supervise(self) -> None:
        """Restarts app processes that exit, as systemd's Restart=always would."""
        while not self._stop.wait(0.5):
            for service in list(self.services.values()):
                if service.keep_running and service.process.poll() is not None:
                    service.restarts += 1
                    common.say(f"cluster: {service.name} exited; starting it again")
                    self.launch(service)

    # --- the data stores ------------------------------------------------------------------------
    def start_redis(self) -> None:
        subprocess.run(
            ["redis-server", "--port", str(self.redis_port), "--bind", HOST, "--save", "",
             "--appendonly", "no", "--daemonize", "yes", "--dir", str(self.workdir),
             "--pidfile", str(self.workdir / "redis.pid"),
             "--logfile", str(self.workdir / "logs" / "redis.log")],
            check=True,
        )  # fmt: skip
        for _ in range(50):
            if self.redis_cli("ping") == "PONG":
                return
            time.sleep(0.1)
        raise RuntimeError("Redis did not start")

    def stop_redis(self) -> None:
        self.redis_cli("shutdown", "nosave")
        pid_file = self.workdir / "redis.pid"
        for _ in range(50):
            if not pid_file.exists():
                return
            time.sleep(0.1)

    def redis_cli(self, *args: str) -> str:
        result = subprocess.run(
            ["redis-cli", "-h", HOST, "-p", str(self.redis_port), *args],
            capture_output=True, text=True, check=False,
        )  # fmt: skip
        return result.stdout.strip()

    @property
    def pg_data(self) -> Path:
        return self.workdir / "pgdata"

    def as_postgres_user(self, argv: list[str]) -> list[str]:
        # initdb refuses to run as root; the machine's postgres account runs our server.
        return ["runuser", "-u", "postgres", "--", *argv] if os.geteuid() == 0 else argv

    def init_postgres(self) -> None:
        self.workdir.chmod(0o755)
        self.pg_data.mkdir()
        if os.geteuid() == 0:
            shutil.chown(self.pg_data, "postgres", "postgres")
        subprocess.run(
            self.as_postgres_user([str(PG_BIN / "initdb"), "-D", str(self.pg_data), "-A",
                                   "trust", "-U", "postgres", "--no-sync", "-E", "UTF8"]),
            check=True, stdout=subprocess.DEVNULL,
        )  # fmt: skip

    def pg_ctl(self, *args: str) -> None:
        options = (
            f"-p {self.postgres_port} -k {self.pg_data} -c listen_addresses={HOST} "
            "-c fsync=off -c max_connections=100"
        )
        subprocess.run(
            self.as_postgres_user([str(PG_BIN / "pg_ctl"), "-D", str(self.pg_data), "-w",
                                   "-l", str(self.pg_data / "server.log"), "-o", options, *args]),
            check=True, stdout=subprocess.DEVNULL,
        )  # fmt: skip

    def start_postgres(self) -> None:
        self.pg_ctl("start")

    def restart_postgres(self) -> None:
        self.pg_ctl("restart", "-m", "fast")

    def stop_postgres(self) -> None:
        if self.pg_data.exists() and (self.pg_data / "postmaster.pid").exists():
            self.pg_ctl("stop", "-m", "fast")

    def psql(self, sql: str, database: str = "postgres") -> str:
        return subprocess.run(
            ["psql", f"{self.pg_server}/{database}", "-v", "ON_ERROR_STOP=1", "-Atq", "-c", sql],
            check=True, capture_output=True, text=True,
        ).stdout.strip()  # fmt: skip

    def manage(self, *args: str, check: bool = True) -> str:
        result = subprocess.run(
            [str(ROOT / ".venv/bin/python"), "manage.py", *args],
            cwd=ROOT, env=self.env() | {"SHARED_CACHE_WARNING_OFF": "1"},
            capture_output=True, text=True,
        )  # fmt: skip
        if check and result.returncode != 0:
            raise RuntimeError(f"manage.py {args[0]} failed:\n{result.stderr[-3000:]}")
        return result.stdout

    # --- the balancer ---------------------------------------------------------------------------
    def start_haproxy(self) -> None:
        if shutil.which("haproxy") is None:
            raise RuntimeError("haproxy is not installed (apt-get install haproxy)")
        env = os.environ | {
            "LB_BIND": f"{HOST}:{self.lb_port}",
            "LB_STATS_BIND": f"{HOST}:{self.lb_port + 1}",
            "APP1": f"{HOST}:{self.app_ports[0]}",
            "APP2": f"{HOST}:{self.app_ports[1]}",
            "ERROR_DIR": str(DEPLOY),
        }
        log = self.workdir / "logs" / "haproxy.log"
        self.services["haproxy"] = Service(
            "haproxy", ["haproxy", "-W", "-db", "-f", str(DEPLOY / "haproxy.cfg")], env, log
        )
        self.launch(self.services["haproxy"])

    # --- faults ---------------------------------------------------------------------------------
    def kill(self, name: str, *, restart: bool = True) -> None:
        """SIGKILL a process and its children, as a lost machine or an OOM kill would."""
        service = self.services[name]
        service.keep_running = restart
        os.killpg(service.process.pid, signal.SIGKILL)
        service.process.wait()

    def revive(self, name: str) -> None:
        service = self.services[name]
        service.keep_running = True
        if service.process.poll() is not None:
            self.launch(service)

    # --- stop -----------------------------------------------------------------------------------
    def stop(self) -> None:
        self._stop.set()
        for service in self.services.values():
            service.keep_running = False
            end_group(service.process)
        self.stop_redis()
        if self._owns_database and not self.postgres_port:
            with contextlib.suppress(subprocess.CalledProcessError):
                self.psql(f'DROP DATABASE IF EXISTS "{self.database}" WITH (FORCE)')
        if self.postgres_port:
            self.stop_postgres()

    def pids(self) -> dict:
        found = {name: s.process.pid for name, s in self.services.items() if s.process}
        pid_file = self.workdir / "redis.pid"
        if pid_file.exists():
            found["redis"] = int(pid_file.read_text())
        return found


def end_group(process: subprocess.Popen | None, timeout: float = 20) -> None:
    if process is None or process.poll() is not None:
        return
    try:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
    except ProcessLookupError:
        pass


def wait_for(url: str, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            pass
        time.sleep(0.3)
    raise RuntimeError(f"{url} did not answer 200 within {timeout:.0f} s")


def free_ports(count: int) -> list[int]:
    ports: list[int] = []
    while len(ports) < count:
        port = common.free_port()
        if port not in ports and port + 1 not in ports:
            ports.append(port)
    return ports


# --- make cluster / make cluster-stop -------------------------------------------------------------


def command_start(args) -> int:
    if STATE.exists():
        print(f"A cluster is already running ({STATE}); `make cluster-stop` first.")
        return 1
    STATE.parent.mkdir(parents=True, exist_ok=True)
    log = STATE.parent / "supervisor.log"
    with log.open("w") as out:
        supervisor = subprocess.Popen(
            [sys.executable, __file__, "run", "--port", str(args.port)],
            cwd=ROOT, stdout=out, stderr=subprocess.STDOUT, start_new_session=True,
        )  # fmt: skip
    deadline = time.monotonic() + 600
    while time.monotonic() < deadline:
        if STATE.exists() and json.loads(STATE.read_text()).get("ready"):
            state = json.loads(STATE.read_text())
            print(f"Cluster up: {state['url']} (balancer statistics: {state['stats']})")
            print(f"Hosts: {', '.join(state['hosts'])}; logs in {state['workdir']}/logs")
            print("Demo accounts are in README.md. Stop it with `make cluster-stop`.")
            return 0
        if supervisor.poll() is not None:
            print(f"The cluster did not start; see {log}")
            return 1
        time.sleep(1)
    print(f"The cluster took too long to start; see {log}")
    return 1


def command_run(args) -> int:
    workdir = Path(tempfile.mkdtemp(prefix="champions-cluster-"))
    cluster = Cluster(
        workdir=workdir, lb_port=args.port, app_ports=(args.port + 2, args.port + 3),
        redis_port=args.port + 4,
    )  # fmt: skip
    state = {"supervisor": os.getpid(), "workdir": str(workdir), "url": cluster.url}
    STATE.write_text(json.dumps(state))
    stopping = threading.Event()
    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, lambda *_: stopping.set())
    try:
        cluster.start()
        state |= {
            "ready": True, "pids": cluster.pids(), "database": cluster.database_url,
            "hosts": [cluster.host_url(i) for i in range(2)],
            "stats": f"http://{HOST}:{cluster.lb_port + 1}/",
        }  # fmt: skip
        STATE.write_text(json.dumps(state, indent=2))
        while not stopping.wait(1):
            state["pids"] = cluster.pids()  # restarted processes have new ids
            STATE.write_text(json.dumps(state, indent=2))
    finally:
        cluster.stop()
        shutil.rmtree(workdir, ignore_errors=True)
        STATE.unlink(missing_ok=True)
    return 0


def command_stop(args) -> int:
    if not STATE.exists():
        print("No cluster is running.")
        return 0
    state = json.loads(STATE.read_text())
    supervisor = state["supervisor"]
    with contextlib.suppress(ProcessLookupError):
        os.kill(supervisor, signal.SIGTERM)
    for _ in range(120):
        if not Path(f"/proc/{supervisor}").exists() or not STATE.exists():
            break
        time.sleep(0.5)
    # Anything recorded that outlived its supervisor (it was killed itself) ends here.
    for name, pid in state.get("pids", {}).items():
        try:
            os.killpg(pid, signal.SIGKILL) if name != "redis" else os.kill(pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            continue
    STATE.unlink(missing_ok=True)
    print("Cluster stopped.")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("command", choices=["start", "stop", "run"])
    parser.add_argument("--port", type=int, default=int(os.environ.get("CLUSTER_PORT", 8400)),
                        help="The balancer's port; the next four serve statistics, the two "
                             "hosts and Redis.")  # fmt: skip
    args = parser.parse_args()
    return {"start": command_start, "stop": command_stop, "run": command_run}[args.command](args)


if __name__ == "__main__":
    sys.exit(main())
