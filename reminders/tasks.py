"""Background tasks (django-tasks): sending one outbox message. The claim is a conditional
UPDATE in ``services.outbox_claim``, so a task run twice, or by two workers, sends once."""

from django_tasks import task


@task()
def send_outbox_message(*, message_id: int) -> str:
    from .services import outbox_send

    return outbox_send(message_id=message_id)
