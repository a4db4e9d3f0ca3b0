"""Reads for the council leader's pages: the roster, an upload's preview, and council uptake.
Each runs a fixed number of queries whatever the council's size (pinned by tests). Callers
fetch the council through ``councils_visible_to`` or ``councils_managed_by`` first.

Nothing here reads quiz answers, scores or stages: a leader's pages show participation only.
"""

from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime

from django.core.cache import cache
from django.db.models import (
    Count,
    Exists,
    IntegerField,
    Max,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
)
from django.db.models.functions import Coalesce, Lower, TruncMonth
from django.utils import timezone
from wagtail.models import Page

from champions.accounts.models import Council, CouncillorProfile, User
from champions.cache import fingerprint, versioned_key
from courses.constants import ModuleKind
from courses.models import (
    AssessmentPass,
    Enrolment,
    LessonPage,
    LessonProgress,
    ModulePage,
    ProgrammePage,
)
from courses.queries import STRUCTURE, STRUCTURE_CACHE_SECONDS

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
    """For every live programme: from the cache until a page is published, unpublished, moved
    or deleted; then three queries, whatever the size of the page tree."""
    key = versioned_key(STRUCTURE, "required-steps")
    steps = cache.get(key)
    if steps is None:
        steps = _required_steps()
        cache.set(key, steps, STRUCTURE_CACHE_SECONDS)
    return steps


def _required_steps() -> tuple[RequiredSteps, ...]:
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


@dataclass(frozen=True)
class _Record:
    """One person's participation, as the uptake figures need it."""

    invited: bool
    started: bool
    completed_at: datetime | None
    last_active_at: datetime | None
    active_recently: bool


def _participation(
    people: QuerySet, *, steps: tuple[RequiredSteps, ...], now: datetime
) -> dict[int, _Record]:
    """The participation of everyone whose user id ``people`` (a ``values("user_id")``
    queryset) selects: one GROUP BY per table (invitations, enrolments, lesson progress, quiz
    passes), whatever their number. People with no rows anywhere are simply absent."""
    invited = set(
        Invitation.objects.filter(user_id__in=people)
        .order_by()
        .values_list("user_id", flat=True)
        .distinct()
    )
    enrolled: dict[int, set[int]] = {}
    last_active: dict[int, datetime] = {}
    for user_id, programme_id, at in Enrolment.objects.filter(user_id__in=people).values_list(
        "user_id", "programme_id", "last_active_at"
    ):
        enrolled.setdefault(user_id, set()).add(programme_id)
        if at is not None and (user_id not in last_active or at > last_active[user_id]):
            last_active[user_id] = at
    lessons, passes = {}, {}
    # Count("pk") groups the rows even when no programme asks anything of this table.
    progress_aggregates, pass_aggregates = {"rows": Count("pk")}, {"rows": Count("pk")}
    for step in steps:
        n = step.programme_id
        if step.lesson_ids:
            done = Q(completed_at__isnull=False, lesson_id__in=step.lesson_ids)
            progress_aggregates |= {
                f"n_{n}": Count("pk", filter=done),
                f"at_{n}": Max("completed_at", filter=done),
            }
        if step.assessment_ids:
            passed = Q(page_id__in=step.assessment_ids)
            pass_aggregates |= {
                f"n_{n}": Count("pk", filter=passed),
                f"at_{n}": Max("passed_at", filter=passed),
            }
    for table, aggregates, into in (
        (LessonProgress, progress_aggregates, lessons),
        (AssessmentPass, pass_aggregates, passes),
    ):
        rows = (
            table.objects.filter(user_id__in=people)
            .order_by()
            .values("user_id")
            .annotate(**aggregates)
        )
        into.update((row["user_id"], row) for row in rows)
    since = now - ACTIVE_WINDOW
    return {
        user_id: _Record(
            invited=user_id in invited,
            started=user_id in lessons or user_id in passes,
            completed_at=_completed_at(
                enrolled.get(user_id, set()),
                lessons.get(user_id, {}),
                passes.get(user_id, {}),
                steps,
            ),
            last_active_at=last_active.get(user_id),
            active_recently=user_id in last_active and last_active[user_id] >= since,
        )
        for user_id in invited | enrolled.keys() | lessons.keys() | passes.keys()
    }


_NOBODY = _Record(
    invited=False, started=False, completed_at=None, last_active_at=None, active_recently=False
)


def _completed_at(
    enrolled: set[int], lessons: dict, passes: dict, steps: tuple[RequiredSteps, ...]
) -> datetime | None:
    """When they finished a programme (its last step), or None if they have not."""
    finished = []
    for step in steps:
        n = step.programme_id
        if (
            step.total
            and n in enrolled
            and lessons.get(f"n_{n}", 0) == len(step.lesson_ids)
            and passes.get(f"n_{n}", 0) == len(step.assessment_ids)
        ):
            moments = [lessons.get(f"at_{n}"), passes.get(f"at_{n}")]
            finished.append(max(m for m in moments if m is not None))
    return min(finished) if finished else None


def council_participants(
    *, council: Council, now: datetime, steps: tuple[RequiredSteps, ...] | None = None
) -> tuple[Participant, ...]:
    """Each current councillor's participation: five queries (plus three for the steps)."""
    steps = required_steps() if steps is None else steps
    current = CouncillorProfile.objects.filter(council=council, left_at__isnull=True)
    records = _participation(current.values("user_id"), steps=steps, now=now)
    profiles = current.select_related("user").order_by(
        "user__last_name", "user__first_name", "user__email"
    )
    participants = []
    for p in profiles:
        record = records.get(p.user_id, _NOBODY)
        participants.append(
            Participant(
                user_id=p.user_id,
                name=p.user.get_full_name() or p.user.email,
                position=p.position,
                ward=p.ward,
                year_first_elected=p.year_first_elected,
                invited=record.invited,
                signed_in=p.user.last_login is not None,
                started=record.started,
                completed_at=_local(record.completed_at),
                last_active_at=_local(record.last_active_at),
                active_recently=record.active_recently,
            )
        )
    return tuple(participants)


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


COMPARISON_CACHE_SECONDS = 5 * 60


def similar_council_counts(
    *, council: Council, now: datetime, steps: tuple[RequiredSteps, ...] | None = None
) -> tuple[CouncilCounts, ...]:
    """Headline counts for every other council of the same type. The councils are not named;
    only their figures go on. Counted for the whole type at once and cached for a few minutes
    (COMPARISON_CACHE_SECONDS): counts of other councils only, never a person, and a council's
    own figures are always read afresh. A change in what completing takes (a lesson published,
    say) makes a new key at once."""
    steps = required_steps() if steps is None else steps
    shape = fingerprint(
        [(s.programme_id, sorted(s.lesson_ids), sorted(s.assessment_ids)) for s in steps]
    )
    key = f"uptake-type-counts:{council.type}:{shape}"
    by_council = cache.get(key)
    if by_council is None:
        by_council = _counts_by_council(council_type=council.type, now=now, steps=steps)
        cache.set(key, by_council, COMPARISON_CACHE_SECONDS)
    return tuple(counts for pk, counts in sorted(by_council.items()) if pk != council.pk)


def _counts_by_council(
    *, council_type: str, now: datetime, steps: tuple[RequiredSteps, ...]
) -> dict[int, CouncilCounts]:
    """Headline counts for each council of a type: five queries, whatever their size."""
    current = CouncillorProfile.objects.filter(council__type=council_type, left_at__isnull=True)
    records = _participation(current.values("user_id"), steps=steps, now=now)
    tallies: dict[int, Counter] = {}
    for user_id, council_id, last_login in current.values_list(
        "user_id", "council_id", "user__last_login"
    ):
        record = records.get(user_id, _NOBODY)
        tally = tallies.setdefault(council_id, Counter())
        tally["roster"] += 1
        tally["invited"] += record.invited
        tally["signed_in"] += last_login is not None
        tally["active"] += record.active_recently
        tally["completed"] += record.completed_at is not None
    return {
        council_id: CouncilCounts(
            roster=t["roster"],
            invited=t["invited"],
            signed_in=t["signed_in"],
            active=t["active"],
            completed=t["completed"],
        )
        for council_id, t in tallies.items()
    }


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
