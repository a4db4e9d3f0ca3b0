"""Reminders in the demo: a pre-election period (in the past, so nothing is paused now) for
Northmoor, and an outbox with what `send_nudges` would queue today, a few of them sent (to a
local-memory mailbox, so nothing is printed or leaves the machine): among them the pre-work
reminders for Session 3 (in 5 days, with module 2 as pre-work). Safe to run again."""

from datetime import date

from django.core import mail
from django.utils import timezone

from champions.accounts.models import Council
from reminders.constants import Status
from reminders.models import OutboxMessage, PreElectionPeriod
from reminders.services import nudges_queue, outbox_send


def seed_reminders() -> str:
    council = Council.objects.filter(slug="northmoor").first()
    if council is not None and not PreElectionPeriod.objects.filter(council=council).exists():
        period = PreElectionPeriod(council=council, starts=date(2026, 3, 27), ends=date(2026, 5, 7))
        period.full_clean()
        period.save()
    report = nudges_queue(now=timezone.now())
    mailbox = mail.get_connection("django.core.mail.backends.locmem.EmailBackend")
    queued = OutboxMessage.objects.filter(status=Status.QUEUED).order_by("pk")[:5]
    sent = sum(
        outbox_send(message_id=pk, connection=mailbox) == Status.SENT
        for pk in queued.values_list("pk", flat=True)
    )
    return f"Reminders: {report.queued} queued, {sent} sent, a past pre-election period."
