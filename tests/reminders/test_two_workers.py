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

from reminders.constants import Status
from reminders.models import OutboxMessage
from reminders.services import (
    nudges_queue,
    outbox_requeue_stale,
    outbox_send,
    outbox_sendable_ids,
)
from tests.factories.people import CouncillorFactory
from tests.factories.world import build_world

from .conftest import put_the_demo_out_of_reach

pytestmark = [
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.skipif(connection.vendor != "postgresql", reason="needs PostgreSQL"),
]


def test_two_workers_on_one_queue_send_each_message_once(notify):
    put_the_demo_out_of_reach()
    world = build_world()
    for _ in range(12):
        CouncillorFactory(council=world.councils[0], cohort=world.cohort)
    nudges_queue(now=timezone.now())
    ids = outbox_sendable_ids(now=timezone.now())
    assert len(ids) > 12
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
    assert set(OutboxMessage.objects.values_list("status", flat=True)) == {Status.SENT}


def test_a_worker_killed_mid_batch_loses_nothing_and_sends_nothing_twice(notify, settings):
    """A real worker process sends a batch; Notify accepts the third message but the worker is
    killed before it hears back. The next run (after the stale claim times out) asks Notify by
    reference, records the third as sent, and sends the rest: each message exactly once."""
    put_the_demo_out_of_reach()
    world = build_world()
    nudges_queue(now=timezone.now())
    ids = outbox_sendable_ids(now=timezone.now())
    assert len(ids) == 5
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
    statuses = Counter(OutboxMessage.objects.values_list("status", flat=True))
    assert statuses == {Status.SENT: 2, Status.SENDING: 1, Status.QUEUED: 2}
    later = timezone.now() + timedelta(minutes=16)
    outbox_requeue_stale(now=later)
    for pk in outbox_sendable_ids(now=later):
        outbox_send(message_id=pk, now=later)
    references = Counter(r["reference"] for r in notify.received)
    assert len(notify.received) == 5 and set(references.values()) == {1}
    for message in OutboxMessage.objects.all():
        assert message.status == Status.SENT
        assert message.provider_id == notify.accepted[f"outbox-{message.pk}"]
    assert world.cohort.memberships.count() == 3
