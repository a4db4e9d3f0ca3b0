"""Two workers sending the same queue at the same moment on PostgreSQL (each thread its own
database connection, as two `db_worker` processes would have): every message goes exactly once.
SQLite serialises writers, so this runs on PostgreSQL only (CI's second pass)."""

import threading
from collections import Counter

import pytest
from django.db import connection, connections
from django.utils import timezone

from reminders.constants import Status
from reminders.models import OutboxMessage
from reminders.services import nudges_queue, outbox_send, outbox_sendable_ids
from tests.factories.people import CouncillorFactory
from tests.factories.world import build_world

pytestmark = [
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.skipif(connection.vendor != "postgresql", reason="needs PostgreSQL"),
]


def test_two_workers_on_one_queue_send_each_message_once(notify):
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
