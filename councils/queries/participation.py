"""Each councillor's participation (invited, started, completed, last active) and the months
they were active, read in a fixed number of queries for a whole council."""

from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime

from django.core.cache import cache
from django.db.models import Count, DateField, Max, Q, QuerySet
from django.db.models.functions import TruncMonth
from django.utils import timezone

from champions.accounts.models import Council, CouncillorProfile
from champions.cache import fingerprint
from courses.models import AssessmentPass, Enrolment, LessonProgress

from ..constants import ACTIVE_WINDOW
from ..models import Invitation
from ..uptake import Participant
from .required_steps import RequiredSteps, required_steps

# How long the figures cached under the councillors' last activity are kept (a new key replaces
# them as soon as anyone does anything).
UPTAKE_CACHE_SECONDS = 6 * 60 * 60


@dataclass(frozen=True)
class _Record:
    """One person's participation, as the uptake figures need it."""

    invited: bool
    started: bool
    completed_at: datetime | None
    last_active_at: datetime | None
    active_recently: bool


def participation_records(
    people: QuerySet,
    *,
    steps: tuple[RequiredSteps, ...],
    now: datetime,
    cache_as: str | None = None,
) -> dict[int, _Record]:
    """The participation of everyone whose user id ``people`` (a ``values("user_id")``
    queryset) selects: one GROUP BY per table (invitations, enrolments, lesson progress, quiz
    passes), whatever their number. People with no rows anywhere are simply absent.

    With ``cache_as`` (a key prefix), the lesson and quiz figures are cached under a key made
    from everyone's enrolments and last activity, which every lesson opened or completed and
    every quiz passed moves (as for the facilitator's cohort figures), and from what completing
    takes: two queries fewer while nobody does anything. Invitations and enrolments are always
    read afresh."""
    invited = set(
        Invitation.objects.filter(user_id__in=people)
        .order_by()
        .values_list("user_id", flat=True)
        .distinct()
    )
    enrolments = list(
        Enrolment.objects.filter(user_id__in=people).values_list(
            "user_id", "programme_id", "last_active_at"
        )
    )
    enrolled: dict[int, set[int]] = {}
    last_active: dict[int, datetime] = {}
    for user_id, programme_id, at in enrolments:
        enrolled.setdefault(user_id, set()).add(programme_id)
        if at is not None and (user_id not in last_active or at > last_active[user_id]):
            last_active[user_id] = at
    if cache_as is None:
        lessons, passes = _progress_figures(people, steps=steps)
    else:
        activity = fingerprint(sorted(enrolments), length=24)
        shape = fingerprint(
            [(s.programme_id, sorted(s.lesson_ids), sorted(s.assessment_ids)) for s in steps]
        )
        lessons, passes = cache.get_or_set(
            f"{cache_as}:{shape}:{activity}",
            lambda: _progress_figures(people, steps=steps),
            timeout=UPTAKE_CACHE_SECONDS,
        )
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


def _progress_figures(people: QuerySet, *, steps: tuple[RequiredSteps, ...]) -> tuple[dict, dict]:
    """Per person, lessons completed and quiz passes (how many and the latest) for each
    programme's steps: one GROUP BY per table."""
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
    return lessons, passes


NOBODY = _Record(
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
    records = participation_records(
        current.values("user_id"), steps=steps, now=now, cache_as=f"uptake-progress:{council.pk}"
    )
    # Plain values, not model instances: at a national council's size (260 councillors) the
    # profiles and their users were a good share of the uptake page's time.
    profiles = current.order_by("user__last_name", "user__first_name", "user__email").values_list(
        "user_id",
        "user__first_name",
        "user__last_name",
        "user__email",
        "user__last_login",
        "position",
        "ward",
        "year_first_elected",
    )
    participants = []
    for row in profiles:
        user_id, first_name, last_name, email, last_login, position, ward, first_elected = row
        record = records.get(user_id, NOBODY)
        participants.append(
            Participant(
                user_id=user_id,
                name=f"{first_name} {last_name}".strip() or email,  # as User.get_full_name
                position=position,
                ward=ward,
                year_first_elected=first_elected,
                invited=record.invited,
                signed_in=last_login is not None,
                started=record.started,
                completed_at=_local(record.completed_at),
                last_active_at=_local(record.last_active_at),
                active_recently=record.active_recently,
            )
        )
    return tuple(participants)


def _local(moment: datetime | None) -> datetime | None:
    return timezone.localtime(moment) if moment is not None else None


def council_active_months(
    *, council: Council, since: datetime, participants: tuple[Participant, ...] | None = None
) -> dict[date, int]:
    """How many current councillors opened, revisited or completed a lesson, or passed a
    quiz, in each month from ``since``: one query (a UNION of person-month pairs), the
    heaviest of the uptake page. Given the council's ``participants`` (just read), the answer
    is cached under a key that moves with them: every lesson opened or completed and every
    quiz passed writes its moment to the learner's last activity, which each participant
    carries, so a new month of activity, a councillor joining or leaving the roster, or an
    account erased (its enrolments go) reads afresh, as the facilitator's cohort figures do."""
    if participants is None:
        return _active_months(council=council, since=since)
    activity = fingerprint([(p.user_id, p.last_active_at) for p in participants], length=24)
    return cache.get_or_set(
        f"uptake-active-months:{council.pk}:{since.isoformat()}:{activity}",
        lambda: _active_months(council=council, since=since),
        timeout=UPTAKE_CACHE_SECONDS,
    )


def _active_months(*, council: Council, since: datetime) -> dict[date, int]:
    roster = CouncillorProfile.objects.filter(council=council, left_at__isnull=True).values(
        "user_id"
    )
    # Months as dates (truncated in the local time zone by the database): no aware datetime
    # to build for each of the thousands of pairs a large council has in a year.
    parts = [
        LessonProgress.objects.filter(user_id__in=roster, **{f"{field}__gte": since})
        .annotate(month=TruncMonth(field, output_field=DateField()))
        .values_list("user_id", "month")
        for field in ("started_at", "last_seen_at", "completed_at")
    ]
    parts.append(
        AssessmentPass.objects.filter(user_id__in=roster, passed_at__gte=since)
        .annotate(month=TruncMonth("passed_at", output_field=DateField()))
        .values_list("user_id", "month")
    )
    pairs = parts[0].union(*parts[1:])  # UNION drops repeated (person, month) pairs
    return dict(Counter(_as_date(month) for _, month in pairs))


def _as_date(value) -> date:
    return value.date() if isinstance(value, datetime) else value
