"""Two workers sending the same queue at the same moment on PostgreSQL (each thread its own
database connection, as two `db_worker` processes would have), and a worker process killed in
the middle of a batch: every message goes exactly once. SQLite serialises writers, and the
killed worker needs a database another process can open, so these run on PostgreSQL only (CI's
second pass)."""

import os
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from datetime import timedelta

import pytest
from django.db import connection, connections
from django.utils import timezone

from reminders.constants import Rule, Status
from reminders.models import OutboxMessage
from reminders.services import (
    outbox_requeue_stale,
    outbox_send,
    outbox_sendable_ids,
)
from tests.factories.people import UserFactory

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(connection.vendor != "postgresql", reason="needs PostgreSQL"),
]


def queued_messages(count: int) -> list[int]:
    """Queued reminders to ``count`` new people. Built directly, not through a cohort: an
    earlier transactional test may have emptied the database of the pages a cohort needs."""
    people = [UserFactory() for _ in range(count)]
    rows = OutboxMessage.objects.bulk_create(
        OutboxMessage(user=p, rule=Rule.STALLED, occasion="test-1", to_email=p.email,
                      subject="Your next lesson is waiting", body="Pick up where you left off.")
        for p in people
    )  # fmt: skip
    return sorted(row.pk for row in rows)


def test_two_workers_on_one_queue_send_each_message_once(notify):
    ids = queued_messages(15)
    start = threading.Barrier(2)
    outcomes: list[str] = []

    def worker():
        try:
            start.wait()
            for pk in ids:
                outcomes.append(outbox_send(message_id=pk))
        finally:
            connections.close_all()

    threads = [threading.Thread(target=worker) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert Counter(outcomes)[Status.SENT] == len(ids)
    assert Counter(outcomes)[""] == len(ids)  # the other worker found each one taken
    references = Counter(r["reference"] for r in notify.received)
    assert len(references) == len(ids) and set(references.values()) == {1}
    assert set(OutboxMessage.objects.filter(pk__in=ids).values_list("status", flat=True)) == {
        Status.SENT
    }


def test_a_worker_killed_mid_batch_loses_nothing_and_sends_nothing_twice(notify, settings):
    """A real worker process sends a batch; Notify accepts the third message but the worker is
    killed before it hears back. The next run (after the stale claim times out) asks Notify by
    reference, records the third as sent, and sends the rest: each message exactly once."""
    ids = queued_messages(5)
    notify.hang_on = 3
    db = connection.settings_dict
    env = os.environ | {
        "DJANGO_SETTINGS_MODULE": "champions.settings.dev",
        "DATABASE_URL": f"postgres://{db['USER']}@{db['HOST']}:{db['PORT']}/{db['NAME']}",
        "NOTIFY_API_KEY": settings.NOTIFY_API_KEY,
        "NOTIFY_BASE_URL": settings.NOTIFY_BASE_URL,
        "NOTIFY_TEMPLATE_ID": settings.NOTIFY_TEMPLATE_ID,
        "TASKS_BACKEND": "django_tasks.backends.immediate.ImmediateBackend",
    }
    worker = subprocess.Popen(  # noqa: S603 - this interpreter, fixed arguments
        [sys.executable, "manage.py", "shell", "-c",
         "from reminders.services import outbox_send\n"
         f"for pk in {ids!r}:\n    outbox_send(message_id=pk)\n"],
        env=env, cwd=settings.BASE_DIR,
    )  # fmt: skip
    deadline = time.monotonic() + 60
    while len(notify.received) < 3 and time.monotonic() < deadline:
        time.sleep(0.1)
    assert len(notify.received) == 3
    worker.send_signal(signal.SIGKILL)
    worker.wait()
    statuses = Counter(OutboxMessage.objects.filter(pk__in=ids).values_list("status", flat=True))
    assert statuses == {Status.SENT: 2, Status.SENDING: 1, Status.QUEUED: 2}
    later = timezone.now() + timedelta(minutes=16)
    outbox_requeue_stale(now=later)
    for pk in set(outbox_sendable_ids(now=later)) & set(ids):
        outbox_send(message_id=pk, now=later)
    references = Counter(r["reference"] for r in notify.received)
    assert len(notify.received) == 5 and set(references.values()) == {1}
    for message in OutboxMessage.objects.filter(pk__in=ids):
        assert message.status == Status.SENT
        assert message.provider_id == notify.accepted[f"outbox-{message.pk}"]
