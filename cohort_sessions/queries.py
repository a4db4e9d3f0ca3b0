"""Reads for sessions. Facilitator pages start from ``cohorts_visible_to``; a councillor sees
only the sessions of the cohorts they are a member of."""

from collections import Counter
from dataclasses import dataclass
from datetime import datetime

from django.db.models import Count, Q, QuerySet
from django.utils import timezone

from champions.accounts.models import User
from cohorts.models import Cohort, CohortMembership
from cohorts.queries import cohorts_visible_to
from courses.models import LessonPage, LessonProgress, ModulePage

from .constants import AttendanceStatus, ReplyAnswer, SessionStatus
from .models import Attendance, CalendarFeed, Reply, Session


def sessions_of_cohort(*, cohort: Cohort) -> QuerySet[Session]:
    """The facilitator's list: every session with its reply and attendance counts."""
    return cohort.sessions.annotate(
        going=Count("replies", filter=Q(replies__answer=ReplyAnswer.GOING), distinct=True),
        apologies=Count("replies", filter=Q(replies__answer=ReplyAnswer.NOT_GOING), distinct=True),
        present=Count(
            "attendance", filter=Q(attendance__status=AttendanceStatus.PRESENT), distinct=True
        ),
    ).order_by("starts_at", "pk")


def session_for_facilitator(*, user, cohort_id: int, session_id: int) -> Session | None:
    return (
        Session.objects.filter(cohort__in=cohorts_visible_to(user), cohort_id=cohort_id)
        .select_related("cohort__programme")
        .filter(pk=session_id)
        .first()
    )


def is_member(*, user, cohort_id: int) -> bool:
    return CohortMembership.objects.filter(user=user, cohort_id=cohort_id).exists()


def sessions_visible_to(user) -> QuerySet[Session]:
    """A councillor's own cohorts' sessions, and a facilitator's cohorts' (admins: all)."""
    if not user.is_authenticated:
        return Session.objects.none()
    return Session.objects.filter(
        Q(cohort__memberships__user=user) | Q(cohort__in=cohorts_visible_to(user))
    ).distinct()


def prework_pages(*, cohort: Cohort) -> list:
    """The modules and lessons of the cohort's programme, in programme order, for the form."""
    return list(
        cohort.programme.get_descendants()
        .type(ModulePage, LessonPage)
        .live()
        .specific()
        .order_by("path")
    )


@dataclass(frozen=True)
class PreworkItem:
    title: str
    url: str
    done: bool


def prework_status(*, user, sessions: list[Session]) -> dict[int, list[PreworkItem]]:
    """For each session, its pre-work and whether this person has done it: a lesson when it
    is completed, a module when every live lesson in it is. Three queries however many."""
    pages = {}
    for session in sessions:
        for page in session.prework.all():
            pages[page.pk] = page
    modules = [p for p in pages.values() if p.depth and p.content_type.model == "modulepage"]
    lesson_paths = {}
    if modules:
        module_q = Q()
        for module in modules:
            module_q |= Q(path__startswith=module.path)
        for lesson in LessonPage.objects.live().filter(module_q).only("pk", "path"):
            lesson_paths[lesson.pk] = lesson.path
    completed = set(
        LessonProgress.objects.filter(user=user, completed_at__isnull=False).values_list(
            "lesson_id", flat=True
        )
    )
    status = {}
    for session in sessions:
        items = []
        for page in session.prework.all():
            if page.content_type.model == "modulepage":
                lessons = [pk for pk, path in lesson_paths.items() if path.startswith(page.path)]
                done = bool(lessons) and all(pk in completed for pk in lessons)
            else:
                done = page.pk in completed
            items.append(PreworkItem(title=page.title, url=page.url or "", done=done))
        status[session.pk] = items
    return status


@dataclass(frozen=True)
class UpcomingSession:
    session: Session
    prework: list[PreworkItem]
    reply: str


def upcoming_for(*, user, now: datetime | None = None, limit: int = 3) -> list[UpcomingSession]:
    """My learning: the next sessions of this person's cohorts, with their pre-work."""
    now = now or timezone.now()
    sessions = list(
        Session.objects.filter(cohort__memberships__user=user, ends_at__gt=now)
        .select_related("cohort")
        .prefetch_related("prework__content_type")
        .order_by("starts_at", "pk")[:limit]
    )
    if not sessions:
        return []
    replies = dict(
        Reply.objects.filter(user=user, session__in=sessions).values_list("session_id", "answer")
    )
    prework = prework_status(user=user, sessions=sessions)
    return [
        UpcomingSession(
            session=s,
            prework=prework[s.pk],
            reply=ReplyAnswer(replies[s.pk]).label if s.pk in replies else "",
        )
        for s in sessions
    ]


@dataclass(frozen=True)
class RegisterRow:
    user_id: int
    name: str
    reply: str
    status: str


def register_rows(*, session: Session) -> list[RegisterRow]:
    """Every current member, their reply and what the register says (blank: not marked)."""
    members = (
        User.objects.filter(cohort_memberships__cohort_id=session.cohort_id)
        .only("pk", "first_name", "last_name", "email")
        .order_by("last_name", "first_name", "pk")
    )
    replies = dict(session.replies.values_list("user_id", "answer"))
    marks = dict(session.attendance.values_list("user_id", "status"))
    return [
        RegisterRow(
            user_id=m.pk,
            name=m.get_full_name() or m.email,
            reply=replies.get(m.pk, ""),
            status=marks.get(m.pk, ""),
        )
        for m in members
    ]


def sessions_attended(*, user_ids, cohort: Cohort | None = None) -> Counter:
    """How many sessions each person was marked present at (cancelled ones never count)."""
    rows = Attendance.objects.filter(
        user_id__in=user_ids,
        status=AttendanceStatus.PRESENT,
        session__status=SessionStatus.SCHEDULED,
    )
    if cohort is not None:
        rows = rows.filter(session__cohort=cohort)
    return Counter(rows.values_list("user_id", flat=True))


@dataclass(frozen=True)
class SessionsAttended:
    attendances: int  # present marks, in total
    councillors: int  # councillors present at one session or more


def council_sessions_attended(*, council) -> SessionsAttended:
    """Participation for the council's leader: how often the council's councillors (on its
    roster now) were marked present at sessions that went ahead. One query."""
    totals = Attendance.objects.filter(
        status=AttendanceStatus.PRESENT,
        session__status=SessionStatus.SCHEDULED,
        user__councillor_profile__council=council,
        user__councillor_profile__left_at__isnull=True,
    ).aggregate(attendances=Count("pk"), councillors=Count("user", distinct=True))
    return SessionsAttended(**totals)


def feed_for_token(token: str) -> CalendarFeed | None:
    if not token:
        return None
    return CalendarFeed.objects.select_related("user").filter(token=token).first()


def feed_sessions(*, user) -> QuerySet[Session]:
    """Everything a person's calendar should hold: their cohorts' sessions, cancelled ones too
    (so calendars remove them), from the last 60 days on."""
    since = timezone.now() - timezone.timedelta(days=60)
    return (
        Session.objects.filter(cohort__memberships__user=user, ends_at__gte=since)
        .select_related("cohort")
        .order_by("starts_at", "pk")
    )
