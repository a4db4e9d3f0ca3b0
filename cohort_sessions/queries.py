"""Reads for sessions. Facilitator pages start from ``cohorts_visible_to``; a councillor sees
only the sessions of the cohorts they are a member of."""

from collections import Counter
from dataclasses import dataclass
from datetime import datetime

from django.db.models import Count, Q, QuerySet
from django.utils import timezone
from django.utils.translation import gettext

from champions.accounts.models import User
from cohorts.models import Cohort, CohortMembership
from cohorts.queries import cohorts_visible_to
from courses.models import LessonPage, LessonProgress, ModulePage
from courses.queries import programme_structure
from courses.queries.structure import page_url

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


def sessions_attended(*, user_ids, cohort: Cohort) -> Counter:
    """How many of the cohort's sessions each person was marked present at (cancelled ones
    never count)."""
    rows = Attendance.objects.filter(
        user_id__in=user_ids,
        status=AttendanceStatus.PRESENT,
        session__status=SessionStatus.SCHEDULED,
        session__cohort=cohort,
    )
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


# --- The facilitator's view of the cohort's sessions --------------------------------------


@dataclass(frozen=True)
class CohortAttendance:
    """Participation in a cohort's live sessions, for its facilitator. ``held``: sessions not
    cancelled whose register has been taken (it opens on the day); ``unrecorded``: past ones
    nobody took a register for (not counted, so a forgotten register never reads as nobody
    coming); ``next_session``: the first not yet over and not yet registered."""

    held: int
    unrecorded: int
    by_member: Counter  # user id -> sessions marked present (any user: restrict to members)
    next_session: Session | None

    def attended_text(self, user_id: int) -> str:
        """The learner table's cell: "2 of 3", or "No sessions yet"."""
        if not self.held:
            return gettext("No sessions yet")
        return gettext("%(attended)s of %(held)s") % {
            "attended": self.by_member[user_id],
            "held": self.held,
        }


def cohort_attendance(*, cohort: Cohort, now: datetime | None = None) -> CohortAttendance:
    """The cohort's sessions that were not cancelled, each with how many people the register
    marked, and every present mark at them: two queries however big the cohort."""
    now = now or timezone.now()
    sessions = list(
        cohort.sessions.filter(status=SessionStatus.SCHEDULED)
        .annotate(marked=Count("attendance"))
        .order_by("starts_at", "pk")
    )
    upcoming = [s for s in sessions if s.ends_at > now and not s.marked]
    present = Attendance.objects.filter(
        session__cohort=cohort,
        session__status=SessionStatus.SCHEDULED,
        status=AttendanceStatus.PRESENT,
    ).values_list("user_id", flat=True)
    return CohortAttendance(
        held=sum(1 for s in sessions if s.marked),
        unrecorded=sum(1 for s in sessions if not s.marked and s.ends_at <= now),
        by_member=Counter(present),
        next_session=upcoming[0] if upcoming else None,
    )


@dataclass(frozen=True)
class Member:
    user_id: int
    name: str


def cohort_members(*, cohort: Cohort) -> list[Member]:
    """The cohort's current members by surname, with the name a facilitator knows them by."""
    rows = (
        CohortMembership.objects.filter(cohort=cohort)
        .order_by("user__last_name", "user__first_name", "user_id")
        .values_list("user_id", "user__first_name", "user__last_name", "user__email")
    )
    return [
        Member(user_id=uid, name=f"{first} {last}".strip() or email)
        for uid, first, last, email in rows
    ]


@dataclass(frozen=True)
class PreworkProgress:
    """One piece of a session's pre-work across the cohort: done by ``done`` of ``members``;
    ``not_done`` names the others (for a nudge)."""

    title: str
    url: str
    done: int
    members: int
    not_done: tuple[str, ...]

    @property
    def percent(self) -> int | None:
        return round(100 * self.done / self.members) if self.members else None


def _prework_lessons(*, session: Session, chosen: set[int]) -> tuple[list[dict], dict]:
    """The chosen pre-work pages still published in the cohort's programme, in programme order,
    and the lessons each stands for (a lesson itself; a module's live lessons). From the
    programme's cached structure: no query when it is cached."""
    structure = programme_structure(path=session.cohort.programme.path)
    pages = [m | {"is_lesson": False} for m in structure["modules"] if m["id"] in chosen] + [
        c for c in structure["children"] if c["is_lesson"] and c["id"] in chosen
    ]
    pages.sort(key=lambda page: page["path"])
    lessons_of = {
        page["id"]: [page["id"]]
        if page["is_lesson"]
        else [
            c["id"]
            for c in structure["children"]
            if c["is_lesson"] and c["path"].startswith(page["path"])
        ]
        for page in pages
    }
    return pages, lessons_of


def prework_progress(*, session: Session, members: list[Member]) -> list[PreworkProgress]:
    """Who has done the session's pre-work (a lesson completed; a module when every live lesson
    in it is). The pages come from the programme's cached structure, so two queries: the
    session's pre-work and the members' completions of those lessons. Pre-work no longer
    published in the cohort's programme is left out."""
    chosen = set(session.prework.values_list("pk", flat=True))
    pages, lessons_of = _prework_lessons(session=session, chosen=chosen)
    wanted = {pk for ids in lessons_of.values() for pk in ids}
    completed: dict[int, set[int]] = {}
    if wanted:
        rows = LessonProgress.objects.filter(
            user__cohort_memberships__cohort_id=session.cohort_id,
            completed_at__isnull=False,
            lesson_id__in=wanted,
        ).values_list("user_id", "lesson_id")
        for user_id, lesson_id in rows:
            completed.setdefault(user_id, set()).add(lesson_id)
    progress = []
    for page in pages:
        lessons = set(lessons_of[page["id"]])
        done = [m for m in members if lessons and lessons <= completed.get(m.user_id, set())]
        done_ids = {m.user_id for m in done}
        progress.append(
            PreworkProgress(
                title=page["title"],
                url=page_url(page["url_path"]),
                done=len(done),
                members=len(members),
                not_done=tuple(m.name for m in members if m.user_id not in done_ids),
            )
        )
    return progress


@dataclass(frozen=True)
class SessionsOverview:
    """The dashboard's and the session plan's sessions figures."""

    members: int
    attendance: CohortAttendance
    present: int  # present marks of current members at the sessions held
    prework: list[PreworkProgress]  # the next session's

    @property
    def average(self) -> int | None:
        """On average, how many members attended each session held (rounded)."""
        return round(self.present / self.attendance.held) if self.attendance.held else None

    @property
    def percent(self) -> int | None:
        possible = self.attendance.held * self.members
        return round(100 * self.present / possible) if possible else None


def sessions_overview(
    *, cohort: Cohort, members: list[Member] | None = None, now: datetime | None = None
) -> SessionsOverview:
    """Sessions held and how many members came, and the next session's pre-work done by whom:
    three queries, two more when a session is coming up (its pre-work and who completed it).
    A page that has read the members already passes them (``members``): one query fewer."""
    if members is None:
        members = cohort_members(cohort=cohort)
    attendance = cohort_attendance(cohort=cohort, now=now)
    upcoming = attendance.next_session
    return SessionsOverview(
        members=len(members),
        attendance=attendance,
        present=sum(attendance.by_member[m.user_id] for m in members),
        prework=prework_progress(session=upcoming, members=members) if upcoming else [],
    )


def prework_not_done(
    *, sessions: list[Session], people: dict[int, list[int]]
) -> dict[tuple[int, int], list[str]]:
    """For each session and each of its ``people`` (session id -> user ids), the titles of the
    pre-work they have not done yet, keyed (session id, user id); those with nothing left to do
    are left out. Two queries however many: the sessions' pre-work and the completions (the
    sessions come with ``cohort__programme``)."""
    chosen: dict[int, set[int]] = {}
    through = Session.prework.through
    for session_id, page_id in through.objects.filter(
        session_id__in=[s.pk for s in sessions]
    ).values_list("session_id", "page_id"):
        chosen.setdefault(session_id, set()).add(page_id)
    plans = {
        s.pk: _prework_lessons(session=s, chosen=chosen[s.pk]) for s in sessions if s.pk in chosen
    }
    wanted = {pk for _, lessons_of in plans.values() for ids in lessons_of.values() for pk in ids}
    user_ids = {u for s_id in plans for u in people.get(s_id, ())}
    completed: dict[int, set[int]] = {}
    if wanted and user_ids:
        for user_id, lesson_id in LessonProgress.objects.filter(
            user_id__in=user_ids, completed_at__isnull=False, lesson_id__in=wanted
        ).values_list("user_id", "lesson_id"):
            completed.setdefault(user_id, set()).add(lesson_id)
    to_do = {}
    for session_id, (pages, lessons_of) in plans.items():
        for user_id in people.get(session_id, ()):
            done = completed.get(user_id, set())
            titles = [
                page["title"]
                for page in pages
                if not (lessons_of[page["id"]] and set(lessons_of[page["id"]]) <= done)
            ]
            if titles:
                to_do[(session_id, user_id)] = titles
    return to_do
