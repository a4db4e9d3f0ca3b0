"""Writes: queueing due messages once, sending them (claimed by a conditional UPDATE), Notify's
delivery callbacks, and turning reminders off or on."""

import smtplib
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from django.core import mail, signing
from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone, translation
from django.utils.translation import gettext, pgettext

from champions.languages import ENGLISH, TEXT_DIVIDER, WELSH, message_languages
from champions.links import absolute_reverse, message_reverse, message_url

from . import queries
from .constants import (
    MAX_ATTEMPTS,
    SENDING_STALE_MINUTES,
    TRANSACTIONAL,
    SkipReason,
    Status,
)
from .defaults import DEFAULTS, DEFAULTS_CY
from .models import MessageTemplate, OutboxMessage, PreElectionPeriod, ReminderPreference
from .notify_backend import NotifyPermanentError, NotifyTemporaryError
from .rules import is_quiet_hours, render

UNSUBSCRIBE_SALT = "reminders.unsubscribe"


def unsubscribe_token(user_id: int) -> str:
    """The person's id, signed with the secret key (no expiry: a link in an old email works)."""
    return signing.Signer(salt=UNSUBSCRIBE_SALT).sign(str(user_id))


def unsubscribe_url(user_id: int):
    """Lazy: in a message, the link is in the language of the copy it is written into."""
    return message_reverse("reminders:unsubscribe", unsubscribe_token(user_id))


def user_for_unsubscribe_token(token: str) -> int | None:
    try:
        return int(signing.Signer(salt=UNSUBSCRIBE_SALT).unsign(token))
    except (signing.BadSignature, TypeError, ValueError):
        return None


@dataclass
class QueueReport:
    queued: int = 0
    skipped: Counter = field(default_factory=Counter)
    dispatched: int = 0


@dataclass(frozen=True)
class Words:
    """One rule's words in each language, and the template version they came from."""

    by_language: dict[str, tuple[str, str]]
    version: int


def _templates() -> dict[str, Words]:
    found = {t.rule: t for t in MessageTemplate.objects.all()}
    words = {}
    for rule in DEFAULTS:
        template = found.get(rule)
        if template is None:
            words[rule] = Words({WELSH: DEFAULTS_CY[rule], ENGLISH: DEFAULTS[rule]}, 0)
        else:
            words[rule] = Words(
                {WELSH: template.words(WELSH), ENGLISH: template.words(ENGLISH)}, template.version
            )
    return words


def message_words(
    words: Words, *, languages: list[str], first_name: str, link: str, context: dict
) -> tuple[str, str]:
    """(subject, body) in each of the person's languages, in that order (Welsh first when both):
    subjects joined by " / ", bodies by champions.languages' divider, each body ending with the
    way to stop reminders in its own language. Dates and summaries in ``context`` may be lazy
    and are worded in each language in turn."""
    subjects, bodies = [], []
    for language in languages:
        with translation.override(language):
            subject, body = words.by_language[WELSH if language == WELSH else ENGLISH]
            rendered = render(
                subject=subject,
                body=body,
                context={
                    # The default words put it after "Dear" (Welsh: "Annwyl", which mutates it).
                    "first_name": first_name or pgettext("after Dear", "councillor"),
                    "site_url": message_url("/"),
                    "unsubscribe_url": link,
                    **context,
                },
            )
            subjects.append(rendered.subject)
            stop = gettext("To stop these reminders: %(link)s") % {"link": link}
            bodies.append(f"{rendered.body}\n\n---\n{stop}")
    return " / ".join(subjects), TEXT_DIVIDER.join(bodies)


def _skip_reason(due, person, paused: set[int]) -> str | None:
    if person is None or not person.email:
        return SkipReason.NO_EMAIL
    if person.reminders_off:
        return SkipReason.REMINDERS_OFF
    if person.left:
        return SkipReason.LEFT
    if due.rule not in TRANSACTIONAL and (
        person.council_id in paused or due.about_council_id in paused
    ):
        return SkipReason.PRE_ELECTION
    return None


def nudges_queue(*, now: datetime | None = None) -> QueueReport:
    """Works out every due message and queues each once. A message skipped for a pre-election
    period or reminders being off is not queued, so it goes later if still due (a stalled
    reminder) and never if its moment has passed (a session reminder)."""
    now = now or timezone.now()
    report = QueueReport()
    due = [d for rule_due in queries.RULES.values() for d in rule_due(now=now)]
    people = queries.recipients({d.user_id for d in due})
    paused = queries.councils_in_pre_election(on=timezone.localdate(now))
    existing = queries.existing_keys({d.rule for d in due})
    templates = _templates()
    rows, seen = [], set()
    for d in due:
        key = (d.rule, d.user_id, d.occasion)
        if key in existing or key in seen:
            report.skipped[SkipReason.ALREADY_QUEUED] += 1
            continue
        person = people.get(d.user_id)
        reason = _skip_reason(d, person, paused)
        if reason:
            report.skipped[reason] += 1
            continue
        seen.add(key)
        link = unsubscribe_url(d.user_id)
        subject, body = message_words(
            templates[d.rule],
            languages=message_languages(person),
            first_name=person.first_name,
            link=link,
            context=d.context,
        )
        rows.append(
            OutboxMessage(
                user_id=d.user_id,
                rule=d.rule,
                occasion=d.occasion,
                cohort_id=d.cohort_id,
                template_version=templates[d.rule].version,
                to_email=person.email,
                subject=subject[:200],
                body=body,
                queued_at=now,
            )
        )
    # The constraint makes a second run (or a second clock) a no-op for rows already there.
    OutboxMessage.objects.bulk_create(rows, ignore_conflicts=True, batch_size=500)
    report.queued = len(rows)
    return report


INTERRUPTED = "Interrupted: the worker stopped while sending"


def outbox_requeue_stale(*, now: datetime) -> int:
    """A message left "sending" by a worker that died goes back in the queue, marked as
    interrupted: before sending it again, the sender asks Notify whether it had already accepted
    it (by its reference), so it is neither lost nor sent twice. (By SMTP there is no such
    question to ask: it is sent again.)"""
    return OutboxMessage.objects.filter(
        status=Status.SENDING, claimed_at__lt=now - timedelta(minutes=SENDING_STALE_MINUTES)
    ).update(status=Status.QUEUED, claimed_at=None, error=INTERRUPTED)


def _sendable(now: datetime) -> Q:
    return Q(status=Status.QUEUED) | Q(status=Status.FAILED_TEMPORARY, next_attempt_at__lte=now)


def outbox_sendable_ids(*, now: datetime) -> list[int]:
    return list(
        OutboxMessage.objects.filter(_sendable(now))
        .order_by("queued_at", "pk")
        .values_list("pk", flat=True)
    )


def outbox_dispatch(*, now: datetime | None = None) -> int:
    """Puts a send task in the queue for every message that may go now; none in quiet hours
    (they wait until 08:00 UK time)."""
    from .tasks import send_outbox_message

    now = now or timezone.now()
    if is_quiet_hours(now):
        return 0
    outbox_requeue_stale(now=now)
    ids = outbox_sendable_ids(now=now)
    for pk in ids:
        send_outbox_message.enqueue(message_id=pk)
    return len(ids)


def outbox_claim(*, message_id: int, now: datetime) -> bool:
    """One conditional UPDATE: of any number of workers, exactly one moves the message from
    queued (or due for a retry) to sending."""
    return bool(
        OutboxMessage.objects.filter(_sendable(now), pk=message_id).update(
            status=Status.SENDING, claimed_at=now, attempts=F("attempts") + 1
        )
    )


def _still_wanted(message: OutboxMessage, now: datetime) -> str:
    person = queries.recipients([message.user_id]).get(message.user_id)
    if person is None:
        return "no longer has an account"
    if person.reminders_off:
        return "turned reminders off"
    if person.left:
        return "left the council"
    paused = queries.councils_in_pre_election(on=timezone.localdate(now))
    if message.rule not in TRANSACTIONAL and person.council_id in paused:
        return "council in a pre-election period"
    return ""


def _email(message: OutboxMessage) -> mail.EmailMessage:
    link = absolute_reverse("reminders:unsubscribe", unsubscribe_token(message.user_id))
    return mail.EmailMessage(
        subject=message.subject,
        body=message.body,
        to=[message.to_email],
        headers={
            "List-Unsubscribe": f"<{link}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            "X-Reference": f"outbox-{message.pk}",
        },
    )


def outbox_send(*, message_id: int, now: datetime | None = None, connection=None) -> str:
    """Claims one message and sends it through Django's email API (Notify or SMTP by settings,
    or the ``connection`` given), recording the outcome. Returns the new status ("" when another
    worker had it)."""
    now = now or timezone.now()
    if not outbox_claim(message_id=message_id, now=now):
        return ""
    message = OutboxMessage.objects.get(pk=message_id)
    mine = OutboxMessage.objects.filter(pk=message_id, status=Status.SENDING, claimed_at=now)
    reason = _still_wanted(message, now)
    if reason:
        mine.update(status=Status.CANCELLED, error=f"Not sent: {reason}"[:300])
        return Status.CANCELLED
    email = _email(message)
    connection = connection or mail.get_connection()
    try:
        accepted = (
            connection.accepted_id(f"outbox-{message.pk}")
            if message.error == INTERRUPTED and hasattr(connection, "accepted_id")
            else None
        )
        if accepted:
            mine.update(status=Status.SENT, sent_at=now, provider_id=accepted, error="")
            return Status.SENT
        connection.send_messages([email])
    except (NotifyPermanentError, smtplib.SMTPRecipientsRefused) as exc:
        mine.update(status=Status.FAILED_PERMANENT, failed_at=now, error=str(exc)[:300])
        return Status.FAILED_PERMANENT
    except Exception as exc:  # a rate limit, a server error, no answer: try again later
        kind = exc if isinstance(exc, NotifyTemporaryError) else type(exc).__name__
        if message.attempts >= MAX_ATTEMPTS:
            mine.update(status=Status.FAILED_PERMANENT, failed_at=now, error=str(kind)[:300])
            return Status.FAILED_PERMANENT
        mine.update(
            status=Status.FAILED_TEMPORARY,
            next_attempt_at=now + timedelta(minutes=2**message.attempts),
            error=str(kind)[:300],
        )
        return Status.FAILED_TEMPORARY
    mine.update(
        status=Status.SENT, sent_at=now, provider_id=getattr(email, "notify_id", ""), error=""
    )
    return Status.SENT


# Notify's delivery statuses for an email.
CALLBACK_STATUSES = {
    "delivered": Status.DELIVERED,
    "permanent-failure": Status.FAILED_PERMANENT,
    "temporary-failure": Status.FAILED_TEMPORARY,  # Notify gave up on an inbox: not retried
    "technical-failure": Status.FAILED_TEMPORARY,
}


class CallbackRefused(ValueError):
    pass


def delivery_callback_apply(*, payload: dict, now: datetime | None = None) -> int:
    """Applies one of Notify's delivery receipts to the message it is about (by Notify's id)."""
    now = now or timezone.now()
    if not isinstance(payload, dict):
        raise CallbackRefused("The callback is not a JSON object.")
    given = payload.get("status")
    provider_id = payload.get("id")
    status = CALLBACK_STATUSES.get(given) if isinstance(given, str) else None
    if not provider_id or not isinstance(provider_id, str) or status is None:
        raise CallbackRefused("The callback has no id or an unknown status.")
    changes = {"status": status}
    if status == Status.DELIVERED:
        changes["delivered_at"] = now
    else:
        changes |= {"failed_at": now, "error": f"Notify: {payload.get('status')}"}
    return OutboxMessage.objects.filter(provider_id=provider_id).update(**changes)


@transaction.atomic
def reminders_set(*, user, off: bool, now: datetime | None = None) -> ReminderPreference:
    preference, _ = ReminderPreference.objects.select_for_update().get_or_create(user=user)
    preference.reminders_off = off
    preference.changed_at = now or timezone.now()
    preference.full_clean()
    preference.save()
    return preference


def pre_election_period_add(*, council, starts, ends) -> PreElectionPeriod:
    """A council's pre-election period (its leader's page or the admin). An end before the
    start is refused (ValidationError) and nothing is written."""
    period = PreElectionPeriod(council=council, starts=starts, ends=ends)
    period.full_clean()
    period.save()
    return period


def pre_election_period_delete(*, council, period_id: int) -> bool:
    """Deletes one of this council's periods; another council's (or none) deletes nothing."""
    deleted, _ = PreElectionPeriod.objects.filter(council=council, pk=period_id).delete()
    return bool(deleted)
