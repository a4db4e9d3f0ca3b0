"""The load test's people (run by bench/loadtest.py; it writes the plan this reads).

Councillors sign in with a code sent by email (read from the server's mail folder, as a
person reads their inbox), then read lessons, mark some complete, open My learning and My
journey, and take module quizzes, sometimes submitting the same attempt twice at once (a
double click). Facilitators sign in with a code and their authenticator app, then refresh
their cohort's dashboard and a council's uptake page. Every attempt a client started or
submitted is written down, so the database can be checked against it afterwards."""

import base64
import hashlib
import hmac
import json
import os
import random
import re
import struct
import time
from pathlib import Path

import gevent
from locust import HttpUser, between, events, task

PLAN = json.loads(Path(os.environ["LOADTEST_PLAN"]).read_text())
MAIL = Path(PLAN["mail_dir"])
CODE = re.compile(r"^\s*([A-Z0-9]{4}-[A-Z0-9]{4})\s*$", re.MULTILINE)
QUESTION = re.compile(r'name="q-([^"]+)" type="(radio|checkbox)" value="([^"]+)"')
councillors = iter(PLAN["councillors"])
facilitators = iter(PLAN["facilitators"])
RECORDS = {"started": {}, "submitted": {}, "double_submissions": 0, "sign_in_failures": 0}
_addresses = iter(range(1, 60000))


def authenticator_code(secret: str, window: int) -> str:
    """What an authenticator app shows (RFC 6238: HMAC-SHA1, 30 s steps, 6 digits)."""
    digest = hmac.new(base64.b32decode(secret), struct.pack(">Q", window), hashlib.sha1).digest()
    offset = digest[-1] & 0x0F
    value = struct.unpack(">I", digest[offset : offset + 4])[0] & 0x7FFFFFFF
    return f"{value % 1_000_000:06d}"


def _csrf(client) -> str:
    token = client.cookies.get("csrftoken")
    if token is None:
        client.get("/accounts/login/", name="/accounts/login/")
        token = client.cookies.get("csrftoken", "")
    return token


class Person(HttpUser):
    abstract = True

    def on_start(self):
        # Each person arrives from their own address, through one (trusted) proxy.
        n = next(_addresses)
        self.client.headers["X-Forwarded-For"] = f"10.{n // 65536}.{n // 256 % 256}.{n % 256}"
        self.signed_in = self.sign_in()

    def sign_in(self) -> bool:
        token = _csrf(self.client)
        asked = time.time()
        with self.client.post(
            "/accounts/login/code/",
            {"email": self.email, "csrfmiddlewaretoken": token},
            name="sign in: ask for a code",
            allow_redirects=False,
            catch_response=True,
        ) as response:
            if response.status_code != 302:
                response.failure(f"asking for a code answered {response.status_code}")
                RECORDS["sign_in_failures"] += 1
                return False
            confirm = response.headers["Location"]
        code = self.read_code(asked)
        if code is None:
            RECORDS["sign_in_failures"] += 1
            return False
        response = self.client.post(
            confirm,
            {"code": code, "csrfmiddlewaretoken": _csrf(self.client)},
            name="sign in: enter the code",
        )
        for _ in range(3):
            if "/accounts/2fa/authenticate/" not in response.url:
                break
            # A code counts once per person: a second device waits for the app's next code.
            window = int(time.time()) // 30
            if window == getattr(self, "_last_window", None):
                gevent.sleep(30 - time.time() % 30 + 0.5)
                window = int(time.time()) // 30
            self._last_window = window
            response = self.client.post(
                "/accounts/2fa/authenticate/",
                {"code": authenticator_code(PLAN["totp_secret"], window),
                 "csrfmiddlewaretoken": _csrf(self.client)},
                name="sign in: authenticator code",
            )  # fmt: skip
        ok = "/accounts/" not in response.url
        if not ok:
            RECORDS["sign_in_failures"] += 1
        return ok

    def read_code(self, since: float) -> str | None:
        """The newest sign-in code emailed to this person (the server writes mail to files)."""
        for _ in range(50):
            for path in sorted(MAIL.glob("*.log"), key=lambda p: p.stat().st_mtime, reverse=True):
                if path.stat().st_mtime < since - 1:
                    break
                text = path.read_text(errors="replace")
                if f"To: {self.email}" in text:
                    match = CODE.search(text)
                    if match:
                        return match.group(1)
            gevent.sleep(0.2)
        return None


class Councillor(Person):
    weight = 200
    wait_time = between(1, 3)

    def on_start(self):
        self.email = next(councillors)
        super().on_start()

    @task(4)
    def read_a_lesson(self):
        if not self.signed_in:
            return
        learn = self.client.get("/learn/", name="/learn/").text
        match = re.search(r'href="(/[^"]+/)"[^>]*>\s*Continue', learn)
        if not match:
            return
        lesson = self.client.get(match.group(1), name="lesson page").text
        complete = re.search(r'action="(/learn/lessons/\d+/complete/)"', lesson)
        if complete and random.random() < 0.6:
            self.client.post(
                complete.group(1),
                {"csrfmiddlewaretoken": _csrf(self.client)},
                name="mark lesson complete",
            )

    @task(1)
    def my_journey(self):
        if self.signed_in:
            self.client.get("/journey/", name="/journey/")

    @task(2)
    def take_a_quiz(self):
        if not self.signed_in:
            return
        quiz = random.choice(PLAN["quizzes"])
        token = _csrf(self.client)
        started = self.client.post(
            f"/quizzes/{quiz}/start/", {"csrfmiddlewaretoken": token}, name="start a quiz"
        )
        match = re.search(r"/quizzes/attempts/(\d+)/$", started.url)
        if not match:
            return
        attempt = int(match.group(1))
        RECORDS["started"][attempt] = self.email
        answers: dict[str, list[str]] = {}
        for qid, _kind, option in QUESTION.findall(started.text):
            answers.setdefault(qid, []).append(option)
        data = [("csrfmiddlewaretoken", token)]
        for qid, options in answers.items():
            data.append((f"q-{qid}", random.choice(options)))
        path = f"/quizzes/attempts/{attempt}/"

        def submit():
            return self.client.post(path, data, name="submit a quiz", allow_redirects=False)

        if random.random() < 0.25:  # a double click: two submissions at once
            RECORDS["double_submissions"] += 1
            first, second = gevent.spawn(submit), gevent.spawn(submit)
            gevent.joinall([first, second])
            responses = [first.value, second.value]
        else:
            responses = [submit()]
        if any(r is not None and r.status_code == 302 for r in responses):
            RECORDS["submitted"][attempt] = self.email


class Facilitator(Person):
    fixed_count = int(os.environ.get("LOADTEST_FACILITATORS", "5"))
    wait_time = between(3, 8)

    def on_start(self):
        person = next(facilitators)
        self.email, self.cohort, self.council = person["email"], person["cohort"], person["council"]
        super().on_start()

    @task(3)
    def dashboard(self):
        if self.signed_in:
            self.client.get(f"/cohorts/{self.cohort}/", name="cohort dashboard")

    @task(1)
    def uptake(self):
        if self.signed_in:
            self.client.get(f"/council/{self.council}/", name="council uptake")


@events.quitting.add_listener
def write_records(environment, **kwargs):
    Path(os.environ["LOADTEST_RECORDS"]).write_text(json.dumps(RECORDS))
