"""Reads for the council leader's pages: the roster, an upload's preview, and council uptake.
Each runs a fixed number of queries whatever the council's size (pinned by tests). Callers
fetch the council through ``councils_visible_to`` or ``councils_managed_by`` first.

Nothing here reads quiz answers, scores or stages: a leader's pages show participation only.
"""

from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime

from django.db.models import (
    Count,
    Exists,
    IntegerField,
    Max,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
    Value,
)
from django.db.models.functions import Coalesce, Lower, TruncMonth
from django.utils import timezone
from wagtail.models import Page

from champions.accounts.models import Council, CouncillorProfile, User
from courses.constants import ModuleKind
from courses.models import (
    AssessmentPass,
    Enrolment,
    LessonPage,
    LessonProgress,
    ModulePage,
    ProgrammePage,
)

from .constants import ACTIVE_WINDOW, TREND_MONTHS
from .models import Invitation, RosterUpload
from .roster import (
    CheckedRow,
    ImportPlan,
    KnownPerson,
    RawRow,
    check_rows,
    normalise_email,
    plan_import,
)
from .uptake import (
    Breakdown,
    ComparisonRow,
    CouncilCounts,
    Participant,
    TrendRow,
    compare,
    first_term_from,
    headline,
    monthly_trend,
    months_back,
    participation_rows,
    position_breakdown,
    tenure_breakdown,
)

# --- Roster -----------------------------------------------------------------------------


@dataclass(frozen=True)
class RosterEntry:
    user_id: int
    name: str
    email: str
    position: str
    ward: str
    year_first_elected: int | None
    invited_at: datetime | None
    invitation_count: int
    signed_in: bool
    left_at: datetime | None


@dataclass(frozen=True)
class Roster:
    current: tuple[RosterEntry, ...]
    left: tuple[RosterEntry, ...]

    @property
    def not_invited(self) -> tuple[RosterEntry, ...]:
        return tuple(e for e in self.current if e.invited_at is None)


def _latest_invitation():
    return Subquery(
        Invitation.objects.filter(user=OuterRef("user_id"))
        .order_by("-created_at")
        .values("created_at")[:1]
    )


def council_roster(*, council: Council) -> Roster:
    """Everyone on the council's roster, current and left, with invitations and sign-in: one
    query."""
    profiles = (
        CouncillorProfile.objects.filter(council=council)
        .select_related("user")
        .annotate(
            invited_at=_latest_invitation(),
            invitation_count=_count(Invitation.objects.filter(user=OuterRef("user_id"))),
        )
        .order_by("user__last_name", "user__first_name", "user__email")
    )
    entries = [
        RosterEntry(
            user_id=p.user_id,
            name=p.user.get_full_name() or p.user.email,
            email=p.user.email,
            position=p.get_position_display(),
            ward=p.ward,
            year_first_elected=p.year_first_elected,
            invited_at=p.invited_at,
            invitation_count=p.invitation_count,
            signed_in=p.user.last_login is not None,
            left_at=p.left_at,
        )
        for p in profiles
    ]
    return Roster(
        current=tuple(e for e in entries if e.left_at is None),
        left=tuple(e for e in entries if e.left_at is not None),
    )


def not_invited_user_ids(*, council: Council) -> list[int]:
    return list(
        CouncillorProfile.objects.filter(council=council, left_at__isnull=True)
        .exclude(Exists(Invitation.objects.filter(user=OuterRef("user_id"))))
        .values_list("user_id", flat=True)
    )


# --- Roster upload preview --------------------------------------------------------------


@dataclass(frozen=True)
class CurrentMember:
    profile_id: int
    user_id: int
    name: str
    email: str


@dataclass(frozen=True)
class RosterPreview:
    upload: RosterUpload
    plan: ImportPlan
    known: dict[str, KnownPerson]
    current: dict[str, CurrentMember]  # by lower-case email

    @property
    def rows(self) -> tuple[CheckedRow, ...]:
        return self.plan.rows

    @property
    def invalid_rows(self) -> tuple[CheckedRow, ...]:
        return self.plan.skipped

    @property
    def valid_rows(self) -> tuple[CheckedRow, ...]:
        return tuple(row for row in self.plan.rows if row.valid)

    @property
    def leaving(self) -> tuple[CurrentMember, ...]:
        return tuple(self.current[email] for email in self.plan.leaving)


def roster_preview(*, upload: RosterUpload, this_year: int) -> RosterPreview:
    """The upload's rows checked against today's accounts and roster: two queries. Run again
    at confirmation, so the preview is never stale."""
    raw = [RawRow.from_dict(data) for data in upload.rows]
    emails = {normalise_email(row.email) for row in raw if row.email.strip()}
    known = {
        row["email_lower"]: KnownPerson(
            user_id=row["id"],
            council_id=row["councillor_profile__council_id"],
            left=row["councillor_profile__left_at"] is not None,
        )
        for row in User.objects.annotate(email_lower=Lower("email"))
        .filter(email_lower__in=emails)
        .values(
            "id", "email_lower", "councillor_profile__council_id", "councillor_profile__left_at"
        )
    }
    current = {
        row["email_lower"]: CurrentMember(
            profile_id=row["id"],
            user_id=row["user_id"],
            name=" ".join(filter(None, [row["user__first_name"], row["user__last_name"]]))
            or row["email_lower"],
            email=row["email_lower"],
        )
        for row in CouncillorProfile.objects.filter(council=upload.council, left_at__isnull=True)
        .annotate(email_lower=Lower("user__email"))
        .values("id", "user_id", "email_lower", "user__first_name", "user__last_name")
    }
    elsewhere = {
        email
        for email, person in known.items()
        if person.council_id is not None and person.council_id != upload.council_id
    }
    checked = check_rows(raw, emails_elsewhere=elsewhere, this_year=this_year)
    plan = plan_import(
        checked, council_id=upload.council_id, known=known, current_emails=current.keys()
    )
    return RosterPreview(upload=upload, plan=plan, known=known, current=current)


# --- Uptake -----------------------------------------------------------------------------


@dataclass(frozen=True)
class RequiredSteps:
    """What completing a programme takes: every live lesson and every other live page (the
    module quiz) under each live core module."""

    programme_id: int
    lesson_ids: frozenset[int]
    assessment_ids: frozenset[int]

    @property
    def total(self) -> int:
        return len(self.lesson_ids) + len(self.assessment_ids)


def required_steps() -> tuple[RequiredSteps, ...]:
    """For every live programme: three queries, whatever the size of the page tree."""
    steplen = Page.steplen
    programmes = dict(ProgrammePage.objects.live().values_list("path", "id"))
    modules = {
        path: (programmes[path[:-steplen]], depth)
        for path, depth in ModulePage.objects.live()
        .filter(kind=ModuleKind.CORE)
        .values_list("path", "depth")
        if path[:-steplen] in programmes
    }
    lessons: dict[int, set[int]] = {pid: set() for pid in programmes.values()}
    others: dict[int, set[int]] = {pid: set() for pid in programmes.values()}
    if modules:
        under_modules = Q()
        for path, (_, depth) in modules.items():
            under_modules |= Q(path__startswith=path, depth=depth + 1)
        children = (
            Page.objects.live()
            .filter(under_modules)
            .annotate(is_lesson=Exists(LessonPage.objects.filter(pk=OuterRef("pk"))))
            .values_list("id", "path", "is_lesson")
        )
        for page_id, path, is_lesson in children:
            programme_id = modules[path[:-steplen]][0]
            (lessons if is_lesson else others)[programme_id].add(page_id)
    return tuple(
        RequiredSteps(pid, frozenset(lessons[pid]), frozenset(others[pid]))
        for pid in sorted(programmes.values())
    )


def _count(queryset):
    return Coalesce(
        Subquery(
            queryset.order_by().values("user").annotate(n=Count("pk")).values("n")[:1],
            output_field=IntegerField(),
        ),
        0,
    )


def _latest(queryset, field: str):
    return Subquery(queryset.order_by().values("user").annotate(at=Max(field)).values("at")[:1])


def _with_participation(
    profiles: QuerySet, *, steps: tuple[RequiredSteps, ...], now: datetime
) -> QuerySet:
    """Annotates each councillor profile with what the uptake figures need, as subqueries so
    the whole roster is read in one query."""
    user = OuterRef("user_id")
    profiles = profiles.annotate(
        invited_at=_latest_invitation(),
        last_active_at=_latest(Enrolment.objects.filter(user=user), "last_active_at"),
        active_recently=Exists(
            Enrolment.objects.filter(user=user, last_active_at__gte=now - ACTIVE_WINDOW)
        ),
        started=Exists(LessonProgress.objects.filter(user=user))
        | Exists(AssessmentPass.objects.filter(user=user)),
    )
    for step in steps:
        n = step.programme_id
        done_lessons = LessonProgress.objects.filter(
            user=user, completed_at__isnull=False, lesson_id__in=step.lesson_ids
        )
        passes = AssessmentPass.objects.filter(user=user, page_id__in=step.assessment_ids)
        profiles = profiles.annotate(
            **{
                f"enrolled_{n}": Exists(Enrolment.objects.filter(user=user, programme_id=n)),
                f"lessons_{n}": _count(done_lessons) if step.lesson_ids else Value(0),
                f"lessons_at_{n}": _latest(done_lessons, "completed_at")
                if step.lesson_ids
                else Value(None),
                f"passes_{n}": _count(passes) if step.assessment_ids else Value(0),
                f"passes_at_{n}": _latest(passes, "passed_at")
                if step.assessment_ids
                else Value(None),
            }
        )
    return profiles


def _completed_q(steps: tuple[RequiredSteps, ...]) -> Q:
    done = Q(pk__in=[])
    for step in steps:
        if step.total:
            n = step.programme_id
            done |= Q(
                **{
                    f"enrolled_{n}": True,
                    f"lessons_{n}": len(step.lesson_ids),
                    f"passes_{n}": len(step.assessment_ids),
                }
            )
    return done


def _completed_at(profile, steps: tuple[RequiredSteps, ...]) -> datetime | None:
    """When they finished a programme (its last step), or None if they have not."""
    finished = []
    for step in steps:
        n = step.programme_id
        if (
            step.total
            and getattr(profile, f"enrolled_{n}")
            and getattr(profile, f"lessons_{n}") == len(step.lesson_ids)
            and getattr(profile, f"passes_{n}") == len(step.assessment_ids)
        ):
            moments = [getattr(profile, f"lessons_at_{n}"), getattr(profile, f"passes_at_{n}")]
            finished.append(max(m for m in moments if m is not None))
    return min(finished) if finished else None


def council_participants(
    *, council: Council, now: datetime, steps: tuple[RequiredSteps, ...] | None = None
) -> tuple[Participant, ...]:
    """Each current councillor's participation: one query (plus three for the steps)."""
    steps = required_steps() if steps is None else steps
    profiles = _with_participation(
        CouncillorProfile.objects.filter(council=council, left_at__isnull=True).select_related(
            "user"
        ),
        steps=steps,
        now=now,
    ).order_by("user__last_name", "user__first_name", "user__email")
    return tuple(
        Participant(
            user_id=p.user_id,
            name=p.user.get_full_name() or p.user.email,
            position=p.position,
            ward=p.ward,
            year_first_elected=p.year_first_elected,
            invited=p.invited_at is not None,
            signed_in=p.user.last_login is not None,
            started=p.started,
            completed_at=_local(_completed_at(p, steps)),
            last_active_at=_local(p.last_active_at),
            active_recently=p.active_recently,
        )
        for p in profiles
    )


def _local(moment: datetime | None) -> datetime | None:
    return timezone.localtime(moment) if moment is not None else None


def council_active_months(*, council: Council, since: datetime) -> dict[date, int]:
    """How many current councillors opened, revisited or completed a lesson, or passed a
    quiz, in each month from ``since``: one query (a UNION of person-month pairs)."""
    roster = CouncillorProfile.objects.filter(council=council, left_at__isnull=True).values(
        "user_id"
    )
    parts = [
        LessonProgress.objects.filter(user_id__in=roster, **{f"{field}__gte": since})
        .annotate(month=TruncMonth(field))
        .values_list("user_id", "month")
        for field in ("started_at", "last_seen_at", "completed_at")
    ]
    parts.append(
        AssessmentPass.objects.filter(user_id__in=roster, passed_at__gte=since)
        .annotate(month=TruncMonth("passed_at"))
        .values_list("user_id", "month")
    )
    pairs = parts[0].union(*parts[1:])  # UNION drops repeated (person, month) pairs
    return dict(Counter(_as_date(month) for _, month in pairs))


def _as_date(value) -> date:
    return value.date() if isinstance(value, datetime) else value


def similar_council_counts(
    *, council: Council, now: datetime, steps: tuple[RequiredSteps, ...] | None = None
) -> tuple[CouncilCounts, ...]:
    """Headline counts for every other council of the same type: one aggregate query. The
    councils are not named; only their figures go on."""
    steps = required_steps() if steps is None else steps
    profiles = _with_participation(
        CouncillorProfile.objects.filter(council__type=council.type, left_at__isnull=True).exclude(
            council=council
        ),
        steps=steps,
        now=now,
    )
    rows = (
        profiles.order_by()
        .values("council_id")
        .annotate(
            n_roster=Count("pk"),
            n_invited=Count("pk", filter=Q(invited_at__isnull=False)),
            n_signed_in=Count("pk", filter=Q(user__last_login__isnull=False)),
            n_active=Count("pk", filter=Q(active_recently=True)),
            n_completed=Count("pk", filter=_completed_q(steps)),
        )
        .order_by("council_id")
    )
    return tuple(
        CouncilCounts(
            roster=row["n_roster"],
            invited=row["n_invited"],
            signed_in=row["n_signed_in"],
            active=row["n_active"],
            completed=row["n_completed"],
        )
        for row in rows
    )


# --- The uptake dashboard, report and export --------------------------------------------


@dataclass(frozen=True)
class CouncilUptake:
    council: Council
    today: date
    participants: tuple[Participant, ...]
    headline: CouncilCounts
    by_position: Breakdown
    by_tenure: Breakdown
    trend: tuple[TrendRow, ...]
    comparison: tuple[ComparisonRow, ...] | None

    @property
    def first_term_from(self) -> int:
        return first_term_from(self.today)

    @property
    def participation(self) -> list[tuple[str, ...]]:
        return participation_rows(self.participants)


def council_uptake(*, council: Council, now: datetime) -> CouncilUptake:
    """Everything the uptake pages show, in a fixed number of queries (3 for the programme's
    steps, 1 roster, 1 trend, 1 comparison) whatever the council's size."""
    today = timezone.localdate(now)
    steps = required_steps()
    participants = council_participants(council=council, now=now, steps=steps)
    months = months_back(today, TREND_MONTHS)
    since = timezone.make_aware(datetime(months[0].year, months[0].month, 1))
    active = council_active_months(council=council, since=since)
    ours = headline(participants)
    return CouncilUptake(
        council=council,
        today=today,
        participants=participants,
        headline=ours,
        by_position=position_breakdown(participants),
        by_tenure=tenure_breakdown(participants, today),
        trend=monthly_trend(
            months, active, [p.completed_at.date() for p in participants if p.completed_at]
        ),
        comparison=compare(ours, similar_council_counts(council=council, now=now, steps=steps)),
    )
