"""A local stand-in for the GOV.UK Notify API: the only thing faked. The real
``notifications-python-client`` talks HTTP to it; each test says what it should answer."""

import json
import threading
import uuid
from datetime import date, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse
from zoneinfo import ZoneInfo

import pytest

SERVICE_ID = str(uuid.uuid4())
SECRET = str(uuid.uuid4())
TEMPLATE_ID = str(uuid.uuid4())
UK = ZoneInfo("Europe/London")


def uk(*args) -> datetime:
    return datetime(*args, tzinfo=UK)


class StandIn:
    def __init__(self):
        self.answers: list[int] = []  # status codes to give, in order; then 201
        self.received: list[dict] = []
        self.headers: list[dict] = []
        self.accepted: dict[str, str] = {}  # reference -> Notify's id
        self.hang_on: int | None = None  # the n-th email (from 1) is accepted, then no answer
        self.released = threading.Event()

    def answer(self) -> tuple[int, dict]:
        status = self.answers.pop(0) if self.answers else 201
        if status == 201:
            notify_id = str(uuid.uuid4())
            self.accepted[self.received[-1].get("reference")] = notify_id
            if self.hang_on == len(self.received):
                self.released.wait(30)  # the sender is killed while waiting for this answer
            return status, {
                "id": notify_id,
                "reference": self.received[-1].get("reference"),
                "content": {"subject": "", "body": "", "from_email": "x@example.org"},
                "uri": "",
                "template": {"id": TEMPLATE_ID, "version": 1, "uri": ""},
            }
        errors = {
            400: ("BadRequestError", "Not a valid email address"),
            403: ("AuthError", "Invalid token"),
            429: ("RateLimitError", "Exceeded rate limit for key type LIVE of 3000 requests"),
            500: ("Exception", "Internal server error"),
        }[status]
        return status, {
            "status_code": status,
            "errors": [{"error": errors[0], "message": errors[1]}],
        }


def put_the_demo_out_of_reach() -> None:
    """When the demo is in the database (the whole suite builds it once for the tests that need
    it), its cohorts, sessions, leaders and outbox would be due reminders too. Each test here
    counts what its own world is sent, so the demo's are put out of reach first (inside the
    test's transaction, or undone by a serialised rollback: nothing outlasts the test)."""
    from champions.accounts.models import CouncilLeadership
    from cohort_sessions.constants import SessionStatus
    from cohort_sessions.models import Session
    from cohorts.models import Cohort
    from reminders.models import OutboxMessage

    OutboxMessage.objects.all().delete()
    long_ago = date(2000, 1, 1)
    Cohort.objects.update(start_date=long_ago, end_date=long_ago)
    Session.objects.update(status=SessionStatus.CANCELLED)
    CouncilLeadership.objects.all().delete()


@pytest.fixture(autouse=True)
def _only_this_tests_people(request):
    marker = request.node.get_closest_marker("django_db")
    if marker is None or marker.kwargs.get("transaction"):
        return  # no database, or a transactional test that calls it itself
    request.getfixturevalue("db")
    put_the_demo_out_of_reach()


@pytest.fixture
def notify(settings):
    stand_in = StandIn()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            query = parse_qs(urlparse(self.path).query)
            reference = query.get("reference", [""])[0]
            found = [
                {"id": notify_id, "reference": ref, "type": "email", "status": "sending"}
                for ref, notify_id in stand_in.accepted.items()
                if ref == reference
            ]
            data = json.dumps({"notifications": found, "links": {}}).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def do_POST(self):
            body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
            stand_in.received.append(body)
            stand_in.headers.append(dict(self.headers))
            if self.path != "/v2/notifications/email":
                status, answer = 404, {"errors": [{"message": "no such path"}]}
            else:
                status, answer = stand_in.answer()
            data = json.dumps(answer).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    settings.EMAIL_BACKEND = "reminders.notify_backend.NotifyEmailBackend"
    settings.NOTIFY_API_KEY = f"test_key-{SERVICE_ID}-{SECRET}"
    settings.NOTIFY_BASE_URL = f"http://127.0.0.1:{server.server_address[1]}"
    settings.NOTIFY_TEMPLATE_ID = TEMPLATE_ID
    yield stand_in
    stand_in.released.set()
    server.shutdown()
    server.server_close()
