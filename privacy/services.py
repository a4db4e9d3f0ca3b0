"""Writes for privacy: a person's copy of their data, deleting an account (or only a learner's
records), the retention schedule and the staff access log. Keyword-only; erasure happens in
one transaction, so a failure leaves everything as it was."""

from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import partial
from importlib import import_module

from allauth.usersessions.models import UserSession
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.contrib.sessions.models import Session
from django.db import models, transaction
from django.db.models import Q, Value
from django.db.models.functions import Replace
from django.utils import timezone
from django.utils.translation import gettext
from django_tasks_db.models import DBTaskResult
from wagtail.models import ModelLogEntry, Revision
from wagtail.search.models import IndexEntry

from cohort_sessions.models import Attendance, CalendarFeed, Reply, SessionFeedback
from cohorts.constants import DepartureReason
from cohorts.models import Cohort, CohortDeparture, CohortMembership
from councils.constants import ROSTER_UPLOAD_KEEP, RosterUploadStatus
from councils.models import RosterUpload
from courses.models import AssessmentPass, Enrolment, LessonProgress, Reflection
from quizzes.constants import Occasion
from quizzes.models import QuizAttempt, SelfAssessment, StageSnapshot
from recognition.models import Certificate, Commitment, DevelopmentPlan, DevelopmentPlanShare
from reminders.models import OutboxMessage

from . import files
from .constants import EXPORT_KEEP, EXPORT_STUCK_AFTER, AccessAction, ExportStatus
from .models import AccessLogEntry, DataExport
from .queries import SECTIONS, personal_data
from .tasks import build_data_export, send_departure_emails

# --- The access log ------------------------------------------------------------------------


def access_record(
    *,
    actor,
    action: AccessAction,
    path: str,
    subject=None,
    cohort: Cohort | None = None,
    council=None,
    at: datetime | None = None,
) -> AccessLogEntry:
    """Records that a member of staff looked at or exported individual learners' records.
    Call it after the scope check has passed, so the log holds only what really happened."""
    name = actor.get_full_name()
    entry = AccessLogEntry(
        actor=actor,
        actor_name=f"{name} <{actor.email}>" if name else actor.email,
        action=action,
        subject=subject,
        cohort=cohort,
        council=council,
        path=path[:500],
        at=at or timezone.now(),
    )
    entry.full_clean()
    entry.save()
    return entry


# --- Download my data ----------------------------------------------------------------------


def data_export_request(*, user, now: datetime | None = None) -> DataExport:
    """Asks for a copy of everything held about ``user``; a background task builds it. A request
    already being prepared is returned as it is. Earlier copies are deleted: one at a time."""
    now = now or timezone.now()
    with transaction.atomic():
        pending = DataExport.objects.filter(
            user=user, status=ExportStatus.PENDING, requested_at__gte=now - EXPORT_STUCK_AFTER
        ).first()
        if pending is not None:
            return pending
        DataExport.objects.filter(user=user).delete()
        export = DataExport(user=user, requested_at=now)
        export.full_clean()
        export.save()
        transaction.on_commit(partial(build_data_export.enqueue, export_id=export.pk))
    return export


def data_export_build(*, export: DataExport, now: datetime | None = None) -> DataExport:
    now = now or timezone.now()
    data = personal_data(user=export.user)
    generated_at = now.isoformat()
    export.json_content = files.as_json(data, about=SECTIONS, generated_at=generated_at)
    export.zip_content = files.as_zip(data, about=SECTIONS, generated_at=generated_at)
    export.status = ExportStatus.READY
    export.finished_at = now
    export.expires_at = now + EXPORT_KEEP
    export.full_clean()
    export.save()
    return export


def data_export_fail(*, export: DataExport) -> None:
    DataExport.objects.filter(pk=export.pk).update(status=ExportStatus.FAILED)


# --- Erasure -------------------------------------------------------------------------------


class ErasureRefused(Exception):
    """The account cannot be deleted this way; the message says why. Nothing was changed."""


def _departure(*, user, membership: CohortMembership, reason: str, now: datetime):
    programme_path = membership.cohort.programme.path
    return CohortDeparture(
        cohort=membership.cohort,
        left_at=now,
        reason=reason,
        had_baseline=SelfAssessment.objects.filter(user=user, occasion=Occasion.BASELINE).exists(),
        lessons_completed=LessonProgress.objects.filter(
            user=user, completed_at__isnull=False, lesson__path__startswith=programme_path
        ).count(),
        quizzes_passed=AssessmentPass.objects.filter(
            user=user, page__path__startswith=programme_path
        ).count(),
    )


@transaction.atomic
def learner_records_erase(
    *, user, reason: str, notify: bool = True, now: datetime | None = None
) -> list[Cohort]:
    """Deletes everything ``user`` did as a learner: cohort memberships, enrolments, progress,
    notes, commitments, plans and their shares, certificates, quiz attempts and answers,
    self-assessments, stages, session replies, registers, feedback and calendar links, the
    reminders sent them, and copies of their data (their choice to have no reminders stays
    while the account does). Each cohort they were in keeps an anonymous departure row (so its
    figures can say "N members have left"), and, when ``notify``, its facilitators are emailed
    that a member left."""
    now = now or timezone.now()
    memberships = list(
        CohortMembership.objects.filter(user=user).select_related("cohort__programme")
    )
    departures = [_departure(user=user, membership=m, reason=reason, now=now) for m in memberships]
    for departure in departures:
        departure.full_clean()
    CohortDeparture.objects.bulk_create(departures)
    for model in (
        CohortMembership,
        Enrolment,
        LessonProgress,
        Reflection,
        Commitment,  # and, by cascade, its follow-ups
        DevelopmentPlan,
        DevelopmentPlanShare,
        Certificate,  # its verification page then says "not found"
        AssessmentPass,
        QuizAttempt,  # and, by cascade, every answer
        SelfAssessment,  # and every statement answered
        StageSnapshot,
        Reply,
        Attendance,
        SessionFeedback,
        CalendarFeed,
        DataExport,
        OutboxMessage,  # the reminders sent them, with their words
    ):
        model.objects.filter(user=user).delete()
    # The log keeps that a learner's page was viewed, but no longer says whose.
    AccessLogEntry.objects.filter(subject=user).update(
        subject=None,
        path=Replace("path", Value(f"/learners/{user.pk}/"), Value("/learners/deleted/")),
    )
    cohorts = [m.cohort for m in memberships]
    if notify and cohorts:
        transaction.on_commit(
            partial(send_departure_emails.enqueue, cohort_ids=[c.pk for c in cohorts])
        )
    return cohorts


def _forget_in_pending_rosters(user) -> None:
    """A roster upload waiting for confirmation holds the file's cells: drop this person's row."""
    email = user.email.strip().lower()
    for upload in RosterUpload.objects.filter(status=RosterUploadStatus.PENDING):
        kept = [r for r in upload.rows if str(r.get("email", "")).strip().lower() != email]
        if len(kept) != len(upload.rows):
            upload.rows = kept
            upload.save(update_fields=["rows"])


def _unlink_unconstrained_references(user) -> None:
    """Some third-party logs (Wagtail's) point at users without a database constraint and do
    nothing on delete; empty those pointers so no row names a deleted id."""
    for relation in get_user_model()._meta.get_fields(include_hidden=True):
        if (
            relation.one_to_many
            and relation.auto_created
            and getattr(relation, "on_delete", None) is models.DO_NOTHING
            and relation.field.null
        ):
            relation.related_model._base_manager.filter(**{relation.field.name: user}).update(
                **{relation.field.name: None}
            )


@transaction.atomic
def account_erase(
    *, user, reason: str = DepartureReason.DELETED, notify: bool = True, now=None
) -> list[Cohort]:
    """Deletes a person and everything that identifies them. Their learner records go first
    (leaving anonymous departure counts); then their sessions everywhere, their row in any
    roster upload waiting for confirmation, and the account itself (the database cascades to
    their profile, email addresses, authenticators and invitations). Staff accounts are
    refused: the programme team removes those, so the log of who saw what stays whole."""
    if user.is_staff_member:
        raise ErasureRefused(
            gettext(
                "Accounts with a staff role are closed by the programme team. Ask a platform admin."
            )
        )
    rows = _rows_about(user)  # before anything goes, so the logs about them can be found
    export_ids = list(DataExport.objects.filter(user=user).values_list("pk", flat=True))
    cohorts = learner_records_erase(user=user, reason=reason, notify=notify, now=now)
    for session in UserSession.objects.filter(user=user):
        session.end()
    _forget_in_sessions(user)
    _forget_in_pending_rosters(user)
    _forget_in_wagtail(rows)
    _forget_in_task_results(user, export_ids)
    _unlink_unconstrained_references(user)
    user.delete()
    return cohorts


def _rows_about(user) -> Q:
    """The person's own rows (their account, and every row that belongs to it and is deleted
    with it: profile, email addresses, invitations, ...), as Wagtail's generic references
    (content type and object id) name them in its history, revisions and search index."""
    refs = {(ContentType.objects.get_for_model(user, for_concrete_model=False).pk, user.pk)}
    for relation in get_user_model()._meta.get_fields(include_hidden=True):
        if (
            relation.auto_created
            and (relation.one_to_many or relation.one_to_one)
            and getattr(relation, "on_delete", None) is models.CASCADE
        ):
            model = relation.related_model
            content_type = ContentType.objects.get_for_model(model, for_concrete_model=False)
            pks = model._base_manager.filter(**{relation.field.name: user}).values_list(
                "pk", flat=True
            )
            refs |= {(content_type.pk, pk) for pk in pks}
    by_type: dict[int, list[str]] = {}
    for content_type_id, pk in refs:
        by_type.setdefault(content_type_id, []).append(str(pk))
    match = Q(pk__in=[])
    for content_type_id, object_ids in by_type.items():
        match |= Q(content_type_id=content_type_id, object_id__in=object_ids)
    return match


def _forget_in_wagtail(rows: Q) -> None:
    """Wagtail's admin history (whose labels carry the name as it was, "Jo Bloggs
    (Riverside)"), revisions and search index entries for the person's own rows."""
    ModelLogEntry.objects.filter(rows).delete()
    Revision.objects.filter(rows).delete()
    IndexEntry.objects.filter(rows).delete()


def _forget_in_sessions(user) -> None:
    """Sessions that are not signed in as them can still hold their email address: a sign-in
    code asked for, a half-finished sign-in. Delete any that mention them."""
    email = user.email.lower()
    store = import_module(settings.SESSION_ENGINE).SessionStore
    for session in Session.objects.iterator():
        data = session.get_decoded()
        if str(data.get("_auth_user_id")) == str(user.pk) or email in str(data).lower():
            store(session_key=session.session_key).delete()  # the cache's copy too


def _forget_in_task_results(user, export_ids: list[int]) -> None:
    """Background-task results that were about them: building their copies of their data,
    and any whose arguments or result hold their email address."""
    DBTaskResult.objects.filter(
        Q(task_path__endswith=".build_data_export", args_kwargs__kwargs__export_id__in=export_ids)
        | Q(args_kwargs__icontains=user.email)
        | Q(return_value__icontains=user.email)
    ).delete()


# --- Retention -----------------------------------------------------------------------------


@dataclass(frozen=True)
class RetentionResult:
    accounts_deleted: int
    learners_cleared: int
    exports_deleted: int
    access_log_deleted: int
    roster_uploads_cleared: int


def retention_due(*, now: datetime | None = None, days: int | None = None):
    """People with at least one cohort, every one of which ended more than ``days`` ago."""
    now = now or timezone.now()
    days = settings.RETENTION_DAYS_AFTER_COHORT_END if days is None else days
    cutoff = timezone.localdate(now) - timedelta(days=days)
    return (
        get_user_model()
        .objects.filter(cohort_memberships__isnull=False)
        .exclude(cohort_memberships__cohort__end_date__gte=cutoff)
        .distinct()
    )


def retention_apply(
    *, now: datetime | None = None, days: int | None = None, dry_run: bool = False
) -> RetentionResult:
    """The retention schedule (see the README): learners whose cohorts all ended more than
    ``RETENTION_DAYS_AFTER_COHORT_END`` days ago are deleted (staff who were also learners
    keep their account but lose their learner records); copies of people's data go after 7
    days; the access log after ``ACCESS_LOG_RETENTION_DAYS``; unconfirmed roster uploads are
    emptied after 7 days. With ``dry_run`` it only counts."""
    now = now or timezone.now()
    due = list(retention_due(now=now, days=days))
    staff = [u for u in due if u.is_staff_member]
    exports = DataExport.objects.filter(
        models.Q(requested_at__lt=now - EXPORT_KEEP) | models.Q(expires_at__lt=now)
    )
    log = AccessLogEntry.objects.filter(
        at__lt=now - timedelta(days=settings.ACCESS_LOG_RETENTION_DAYS)
    )
    uploads = RosterUpload.objects.filter(
        status=RosterUploadStatus.PENDING, uploaded_at__lt=now - ROSTER_UPLOAD_KEEP
    )
    if dry_run:
        return RetentionResult(
            accounts_deleted=len(due) - len(staff),
            learners_cleared=len(staff),
            exports_deleted=exports.count(),
            access_log_deleted=log.count(),
            roster_uploads_cleared=uploads.count(),
        )
    for person in due:
        # One transaction each: a long run never holds every lock at once.
        if person in staff:
            learner_records_erase(
                user=person, reason=DepartureReason.RETENTION, notify=False, now=now
            )
        else:
            account_erase(user=person, reason=DepartureReason.RETENTION, notify=False, now=now)
    exports_deleted, _ = exports.delete()
    log_deleted, _ = log.delete()
    uploads_cleared = uploads.update(status=RosterUploadStatus.DISCARDED, rows=[])
    return RetentionResult(
        accounts_deleted=len(due) - len(staff),
        learners_cleared=len(staff),
        exports_deleted=exports_deleted,
        access_log_deleted=log_deleted,
        roster_uploads_cleared=uploads_cleared,
    )
