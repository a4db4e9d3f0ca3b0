"""Council uptake figures: pure functions over plain data (no ORM, no request, no clock).

The queries read each councillor's participation; these turn it into the headline figures,
the breakdowns by position and tenure, the monthly trend and the comparison with similar
councils. Participation only: there is no score, stage or answer anywhere in here.

A council's own participation figures are counts with the share of the roster beside them, not
suppressed: the people who see them also see the participation list naming every councillor
with their status, so hiding a small count hides nothing from them (docs/disclosure-control.md).
The comparison is different: it is about other councils, so it keeps its own rules (medians
only, enough councils of a size).
"""

import statistics
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from django.utils.formats import date_format
from django.utils.translation import gettext_lazy

from champions.accounts.constants import Position

from .constants import COMPARISON_MIN_COUNCILS, COMPARISON_MIN_ROSTER, ParticipationStatus

# A councillor is in their first term if first elected at one of the last four May elections
# (a council term is four years). Elections are in early May, so until May the latest one is
# last year's.
TERM_YEARS = 4
ELECTION_MONTH = 5


@dataclass(frozen=True)
class Participant:
    user_id: int
    name: str
    position: str
    ward: str
    year_first_elected: int | None
    invited: bool
    signed_in: bool
    started: bool
    completed_at: datetime | None
    last_active_at: datetime | None
    active_recently: bool

    @property
    def completed(self) -> bool:
        return self.completed_at is not None

    @property
    def status(self) -> str:
        return participation_status(self)


def participation_status(p: Participant) -> str:
    """Completed > in progress > invited (never signed in) > not started."""
    if p.completed:
        return ParticipationStatus.COMPLETED
    if p.started:
        return ParticipationStatus.IN_PROGRESS
    if p.invited and not p.signed_in:
        return ParticipationStatus.INVITED
    return ParticipationStatus.NOT_STARTED


def latest_election_year(today: date) -> int:
    return today.year if today.month >= ELECTION_MONTH else today.year - 1


def tenure(year_first_elected: int | None, today: date) -> str:
    if year_first_elected is None:
        return "unknown"
    return "first_term" if year_first_elected >= first_term_from(today) else "returning"


def first_term_from(today: date) -> int:
    """The earliest year first elected that still counts as a first term."""
    return latest_election_year(today) - (TERM_YEARS - 1)


TENURE_GROUPS = [
    ("first_term", gettext_lazy("First term")),
    ("returning", gettext_lazy("Returning")),
    ("unknown", gettext_lazy("Year not known")),
]


# --- Headline ---------------------------------------------------------------------------

MEASURES = [
    ("invited", gettext_lazy("Invited")),
    ("signed_in", gettext_lazy("Signed in")),
    ("started", gettext_lazy("Started the programme")),
    ("completed", gettext_lazy("Completed the programme")),
    ("active", gettext_lazy("Active in the last 30 days")),
]


def percent(count: int, of: int) -> int | None:
    """A whole-number share, or None when there is nobody to take a share of. Rounded half up,
    as people read it (7 of 15 is 47%)."""
    return (200 * count + of) // (2 * of) if of else None


@dataclass(frozen=True)
class CouncilCounts:
    roster: int
    invited: int
    signed_in: int
    started: int
    completed: int
    active: int

    def count(self, measure: str) -> int:
        return getattr(self, measure)

    def rate(self, measure: str) -> float | None:
        return 100 * self.count(measure) / self.roster if self.roster else None

    def percent(self, measure: str) -> int | None:
        return percent(self.count(measure), self.roster)

    @property
    def rows(self) -> list[tuple[str, int, int | None]]:
        """(label, count, whole-number share of the roster) for each measure, in order."""
        return [(label, self.count(m), self.percent(m)) for m, label in MEASURES]


def _has(p: Participant, measure: str) -> bool:
    return p.completed_at is not None if measure == "completed" else getattr(p, HAS[measure])


HAS = {"invited": "invited", "signed_in": "signed_in", "started": "started",
       "active": "active_recently"}  # fmt: skip


def headline(participants: Sequence[Participant]) -> CouncilCounts:
    return CouncilCounts(
        roster=len(participants),
        **{m: sum(1 for p in participants if _has(p, m)) for m, _ in MEASURES},
    )


# --- Breakdowns -------------------------------------------------------------------------


@dataclass(frozen=True)
class Cell:
    count: int
    percent: int | None  # of the group's roster; None for an empty group

    @property
    def text(self) -> str:
        return f"{self.count:,}" if self.percent is None else f"{self.count:,} ({self.percent}%)"


@dataclass(frozen=True)
class GroupRow:
    key: str
    label: str
    roster: int
    cells: dict[str, Cell]


@dataclass(frozen=True)
class Breakdown:
    title: str
    rows: tuple[GroupRow, ...]


def breakdown(
    participants: Sequence[Participant],
    *,
    title: str,
    groups: Sequence[tuple[str, str]],
    group_of: Callable[[Participant], str],
) -> Breakdown:
    """Each measure for each group, as a count and a share of the group's roster. Not
    suppressed: see the module's docstring. Groups nobody is in are left out."""
    grouped: dict[str, list[Participant]] = {key: [] for key, _ in groups}
    for p in participants:
        grouped.setdefault(group_of(p), []).append(p)
    rows = []
    for key, label in groups:
        members = grouped[key]
        if not members:
            continue
        cells = {}
        for measure, _ in MEASURES:
            count = sum(1 for p in members if _has(p, measure))
            cells[measure] = Cell(count, percent(count, len(members)))
        rows.append(GroupRow(key=key, label=label, roster=len(members), cells=cells))
    return Breakdown(title=title, rows=tuple(rows))


def position_breakdown(participants: Sequence[Participant]) -> Breakdown:
    return breakdown(
        participants,
        title=gettext_lazy("By position"),
        groups=[(p.value, p.label) for p in Position],
        group_of=lambda p: p.position,
    )


def tenure_breakdown(participants: Sequence[Participant], today: date) -> Breakdown:
    return breakdown(
        participants,
        title=gettext_lazy("By tenure"),
        groups=TENURE_GROUPS,
        group_of=lambda p: tenure(p.year_first_elected, today),
    )


# --- Trend ------------------------------------------------------------------------------


@dataclass(frozen=True)
class TrendRow:
    month: date
    active: int
    completed: int  # finished the programme that month
    completed_total: int  # finished by the end of that month
    roster: int  # today's roster, the base of the shares

    @property
    def active_percent(self) -> int | None:
        return percent(self.active, self.roster)

    @property
    def completed_total_percent(self) -> int | None:
        return percent(self.completed_total, self.roster)


def months_back(today: date, count: int) -> list[date]:
    """The first day of each of the last ``count`` months, oldest first, ending this month."""
    months = []
    year, month = today.year, today.month
    for _ in range(count):
        months.append(date(year, month, 1))
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return months[::-1]


def monthly_trend(
    months: Sequence[date],
    active_by_month: dict[date, int],
    completions: Iterable[date],
    roster: int = 0,
) -> tuple[TrendRow, ...]:
    """Month by month, oldest first. Shares are of ``roster`` (today's): the roster as it
    stood in past months is not kept."""
    finished = Counter(date(d.year, d.month, 1) for d in completions)
    before = sum(n for month, n in finished.items() if months and month < months[0])
    rows = []
    for month in months:
        before += finished.get(month, 0)
        rows.append(
            TrendRow(month, active_by_month.get(month, 0), finished.get(month, 0), before, roster)
        )
    return tuple(rows)


# --- Comparison -------------------------------------------------------------------------


@dataclass(frozen=True)
class ComparisonRow:
    label: str
    ours: float | None
    median: float


def compare(
    ours: CouncilCounts,
    others: Iterable[CouncilCounts],
    *,
    min_roster: int = COMPARISON_MIN_ROSTER,
    min_councils: int = COMPARISON_MIN_COUNCILS,
) -> tuple[ComparisonRow, ...] | None:
    """Our rates beside the median of other councils' rates, or None when fewer than
    ``min_councils`` other councils have at least ``min_roster`` councillors on their roster.
    Medians only: no other council's own figure ever leaves this function."""
    with_data = [c for c in others if c.roster >= min_roster]
    if len(with_data) < min_councils:
        return None
    return tuple(
        ComparisonRow(
            label=label,
            ours=ours.rate(measure),
            median=statistics.median(c.rate(measure) for c in with_data),
        )
        for measure, label in MEASURES
    )


# --- Participation list -----------------------------------------------------------------

PARTICIPATION_COLUMNS = (
    gettext_lazy("Name"),
    gettext_lazy("Position"),
    gettext_lazy("Ward"),
    gettext_lazy("Status"),
    gettext_lazy("Last active"),
)


def participation_rows(participants: Sequence[Participant]) -> list[tuple[str, ...]]:
    """The participation list, as shown on the page and exported as CSV: status and last
    active month only."""
    # Plain strings once, not a translation lookup per councillor and column.
    labels = {value: str(label) for value, label in ParticipationStatus.choices}
    positions = {value: str(label) for value, label in Position.choices}
    months: dict[tuple[int, int], str] = {}  # "November 2026", in the active language

    def month(when: datetime) -> str:
        key = (when.year, when.month)
        if key not in months:
            months[key] = date_format(when, "F Y")
        return months[key]

    return [
        (
            p.name,
            positions.get(p.position, p.position),
            p.ward,
            labels[p.status],
            month(p.last_active_at) if p.last_active_at else "",
        )
        for p in participants
    ]
