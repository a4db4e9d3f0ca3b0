"""Writes for sessions. Keyword-only; every check happens before any write, and a refusal
(``SessionRefused``) says why in plain English with nothing changed."""

import secrets
from collections.abc import Mapping, Sequence
from datetime import datetime
from functools import partial

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext

from champions.accounts.models import User
from cohorts.models import Cohort, CohortMembership

from .constants import AttendanceStatus, ReplyAnswer, SessionStatus, Usefulness
from .models import Attendance, CalendarFeed, Reply, Session, SessionFeedback
from .tasks import send_change_emails


class SessionRefused(Exception):
    """The change cannot be made; the message says why. Nothing was written."""

    def __init__(self, message: str, field: str | None = None):
        super().__init__(message)
        self.field = field


# Fields whose change people's calendars (and inboxes) must hear about.
NOTIFIED_FIELDS = ("starts_at", "ends_at", "place", "joining_url", "format")
EDITABLE_FIELDS = (
    "title", "starts_at", "ends_at", "format", "place", "joining_url", "language", "agenda",
)  # fmt: skip


def _to_the_minute(moment: datetime) -> datetime:
    """Sessions are timed to the minute, as calendars show them."""
    return moment.replace(second=0, microsecond=0)


def _check_times(*, starts_at: datetime, ends_at: datetime, now: datetime) -> None:
    if timezone.is_naive(starts_at) or timezone.is_naive(ends_at):
        raise SessionRefused(gettext("Give the start and end as UK times."), "starts_at")
    if ends_at <= starts_at:
        raise SessionRefused(gettext("The session must end after it starts."), "ends_at")
    if starts_at <= now:
        raise SessionRefused(gettext("The session must start in the future."), "starts_at")


def _check_link(joining_url: str) -> None:
    if joining_url and not joining_url.lower().startswith("https://"):
        raise SessionRefused(
            gettext("The joining link must start with https:// so it is private and secure."),
            "joining_url",
        )


def _check_prework(*, cohort: Cohort, prework: Sequence) -> None:
    programme = cohort.programme
    for page in prework:
        if not page.path.startswith(programme.path) or page.pk == programme.pk:
            raise SessionRefused(
                gettext("Pre-work must be modules or lessons of this cohort's programme."),
                "prework",
            )


def _full_clean(session: Session) -> None:
    try:
        session.full_clean(exclude=["cohort"], validate_constraints=True)
    except ValidationError as error:
        field, messages = next(iter(error.message_dict.items()))
        raise SessionRefused(messages[0], None if field == "__all__" else field) from error


@transaction.atomic
def session_schedule(
    *,
    cohort: Cohort,
    title: str,
    starts_at: datetime,
    ends_at: datetime,
    format: str,
    place: str = "",
    joining_url: str = "",
    language: str = "en",
    agenda: str = "",
    prework: Sequence = (),
    now: datetime | None = None,
) -> Session:
    now = now or timezone.now()
    starts_at, ends_at = _to_the_minute(starts_at), _to_the_minute(ends_at)
    _check_times(starts_at=starts_at, ends_at=ends_at, now=now)
    _check_link(joining_url)
    _check_prework(cohort=cohort, prework=prework)
    session = Session(
        cohort=cohort,
        title=title,
        starts_at=starts_at,
        ends_at=ends_at,
        format=format,
        place=place,
        joining_url=joining_url,
        language=language,
        agenda=agenda,
    )
    _full_clean(session)
    session.save()
    session.prework.set(prework)
    return session


@transaction.atomic
def session_update(
    *, session: Session, prework: Sequence | None = None, now: datetime | None = None, **changes
) -> Session:
    """Edits or reschedules a session. A change to when, where or how raises SEQUENCE and
    emails the members once; a cancelled or finished session cannot be changed."""
    now = now or timezone.now()
    session = Session.objects.select_for_update().get(pk=session.pk)
    if session.is_cancelled:
        raise SessionRefused(gettext("This session has been cancelled, so it cannot be changed."))
    if session.starts_at <= now:
        raise SessionRefused(gettext("This session has already started, so it cannot be changed."))
    unknown = set(changes) - set(EDITABLE_FIELDS)
    if unknown:
        raise TypeError(f"Not editable: {sorted(unknown)}")
    for field in ("starts_at", "ends_at"):
        if field in changes:
            changes[field] = _to_the_minute(changes[field])
    starts_at = changes.get("starts_at", session.starts_at)
    ends_at = changes.get("ends_at", session.ends_at)
    _check_times(starts_at=starts_at, ends_at=ends_at, now=now)
    _check_link(changes.get("joining_url", session.joining_url))
    if prework is not None:
        _check_prework(cohort=session.cohort, prework=prework)
    noticed = any(
        field in changes and changes[field] != getattr(session, field) for field in NOTIFIED_FIELDS
    )
    changed = noticed or any(
        field in changes and changes[field] != getattr(session, field)
        for field in ("title", "agenda", "language")
    )
    for field, value in changes.items():
        setattr(session, field, value)
    if changed:
        session.sequence += 1
    _full_clean(session)
    session.save()
    if prework is not None:
        session.prework.set(prework)
    if noticed:
        _queue_change_emails(session)
    return session


@transaction.atomic
def session_cancel(*, session: Session, now: datetime | None = None) -> Session:
    """Cancels a session and emails the members once. Cancelling twice is cancelling once."""
    now = now or timezone.now()
    session = Session.objects.select_for_update().get(pk=session.pk)
    if session.is_cancelled:
        return session
    if session.starts_at <= now:
        raise SessionRefused(
            gettext("This session has already started, so it cannot be cancelled.")
        )
    session.status = SessionStatus.CANCELLED
    session.sequence += 1
    session.save(update_fields=["status", "sequence", "updated_at"])
    _queue_change_emails(session)
    return session


def _queue_change_emails(session: Session) -> None:
    transaction.on_commit(
        partial(send_change_emails.enqueue, session_id=session.pk, sequence=session.sequence)
    )


def change_emails_claim(*, session_id: int, sequence: int) -> bool:
    """Marks the change as emailed *before* sending (as invitations are claimed): a task run
    twice, or two tasks for the same change, email the members at most once."""
    return bool(
        Session.objects.filter(
            pk=session_id, sequence=sequence, notified_sequence__lt=sequence
        ).update(notified_sequence=sequence)
    )


def change_emails_release(*, session_id: int, sequence: int, previous: int) -> None:
    Session.objects.filter(pk=session_id, notified_sequence=sequence).update(
        notified_sequence=previous
    )


# --- Councillors -----------------------------------------------------------------------


@transaction.atomic
def reply_set(*, session: Session, user: User, answer: str, now: datetime | None = None) -> Reply:
    now = now or timezone.now()
    if answer not in ReplyAnswer.values:
        raise SessionRefused(gettext("Select going, can't go or not sure."), "answer")
    if not CohortMembership.objects.filter(cohort_id=session.cohort_id, user=user).exists():
        raise SessionRefused(gettext("Only members of this cohort can reply."))
    if session.is_cancelled:
        raise SessionRefused(gettext("This session has been cancelled."))
    if session.starts_at <= now:
        raise SessionRefused(
            gettext(
                "This session has already started, so replies are closed. Tell your facilitator "
                "directly if you need to."
            )
        )
    reply, _ = Reply.objects.update_or_create(
        session=session, user=user, defaults={"answer": answer, "updated_at": now}
    )
    return reply


@transaction.atomic
def feedback_submit(
    *, session: Session, user: User, usefulness: str = "", next_step: str = "", now=None
) -> SessionFeedback:
    """The two optional questions, for people marked present. Answering again replaces."""
    if usefulness and usefulness not in Usefulness.values:
        raise SessionRefused(gettext("Select how useful the session was."), "usefulness")
    if not Attendance.objects.filter(
        session=session, user=user, status=AttendanceStatus.PRESENT
    ).exists():
        raise SessionRefused(
            gettext("Only people marked present at this session can give feedback.")
        )
    feedback, _ = SessionFeedback.objects.update_or_create(
        session=session,
        user=user,
        defaults={
            "usefulness": usefulness,
            "next_step": next_step.strip(),
            "submitted_at": now or timezone.now(),
        },
    )
    feedback.full_clean()
    return feedback


# --- The register ----------------------------------------------------------------------


def _check_register_open(session: Session, now: datetime) -> None:
    if session.is_cancelled:
        raise SessionRefused(gettext("This session was cancelled, so it has no register."))
    if timezone.localdate(session.starts_at) > timezone.localdate(now):
        raise SessionRefused(gettext("The register opens on the day of the session."))


@transaction.atomic
def register_mark(
    *,
    session: Session,
    marks: Mapping[int, str],
    recorded_by: User,
    now: datetime | None = None,
) -> int:
    """Records present / absent / apologies for members, all or none; a blank mark leaves
    that person unmarked. Marking again corrects. Returns how many marks changed."""
    now = now or timezone.now()
    _check_register_open(session, now)
    marks = {int(uid): status for uid, status in marks.items() if status}
    if any(status not in AttendanceStatus.values for status in marks.values()):
        raise SessionRefused(gettext("Choose present, absent or apologies for each person."))
    members = set(
        CohortMembership.objects.filter(
            cohort_id=session.cohort_id, user_id__in=list(marks)
        ).values_list("user_id", flat=True)
    )
    if set(marks) - members:
        raise SessionRefused(
            gettext("The register can only include members of this cohort. Nothing was saved.")
        )
    existing = dict(session.attendance.values_list("user_id", "status"))
    changed = 0
    for user_id, status in marks.items():
        if existing.get(user_id) == status:
            continue
        Attendance.objects.update_or_create(
            session=session,
            user_id=user_id,
            defaults={"status": status, "recorded_by": recorded_by, "recorded_at": now},
        )
        changed += 1
    return changed


@transaction.atomic
def register_mark_everyone_present(
    *, session: Session, recorded_by: User, now: datetime | None = None
) -> int:
    """Marks every member not yet marked as present; marks already made stay as they are."""
    now = now or timezone.now()
    _check_register_open(session, now)
    marked = set(session.attendance.values_list("user_id", flat=True))
    unmarked = CohortMembership.objects.filter(cohort_id=session.cohort_id).exclude(
        user_id__in=marked
    )
    return register_mark(
        session=session,
        marks={m.user_id: AttendanceStatus.PRESENT for m in unmarked},
        recorded_by=recorded_by,
        now=now,
    )


# --- Calendar feeds --------------------------------------------------------------------


def calendar_feed_reset(*, user: User) -> CalendarFeed:
    """Creates the person's feed link, or replaces it: the old link stops working at once."""
    feed, _ = CalendarFeed.objects.update_or_create(
        user=user, defaults={"token": secrets.token_urlsafe(32), "created_at": timezone.now()}
    )
    return feed


def calendar_feed_ensure(*, user: User) -> CalendarFeed:
    feed = CalendarFeed.objects.filter(user=user).first()
    return feed or calendar_feed_reset(user=user)


def calendar_feed_used(*, feed: CalendarFeed) -> None:
    CalendarFeed.objects.filter(pk=feed.pk).update(last_used_at=timezone.now())
