"""Tasks whose worker died. The database queue's worker marks a task RUNNING when it claims it
and never hears of it again if the process is killed (a deploy, an out-of-memory kill, a lost
host). The clock calls ``requeue_lost_tasks`` so such a task runs again on another worker.

A task counts as lost once it has been running for longer than TASK_LOST_AFTER_SECONDS: set
it well above the longest task (exports and email batches take seconds). A task that is merely
slow may then run twice at once, so every task must be safe to run again: ours claim their
rows in a transaction before acting (see councils.tasks and privacy.tasks)."""

import logging
from datetime import datetime, timedelta

from django.utils import timezone
from django_tasks.base import TaskResultStatus
from django_tasks_db.models import DBTaskResult

logger = logging.getLogger(__name__)


def requeue_lost_tasks(*, lost_after: timedelta, now: datetime | None = None) -> int:
    now = now or timezone.now()
    lost = DBTaskResult.objects.filter(
        status=TaskResultStatus.RUNNING, started_at__lt=now - lost_after
    )
    count = lost.update(status=TaskResultStatus.READY, started_at=None)
    if count:
        logger.warning("requeued %d task(s) left running by a worker that stopped", count)
    return count
