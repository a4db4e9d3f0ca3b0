"""``cohort_report``: the facilitator's report on one cohort, in a fixed number of queries
whatever the cohort's size. Nothing here renders.

The report is built in parts, each the first time a page reads it, so every page computes only
what it shows: the overview reads the headline, who needs following up, the funnel, the stages
and the hardest questions, never the change from baseline or the reliability; the measurement
quality page reads the reliability and nothing of the learners. The parts, and what each reads:

- ``members`` (with ``user_ids`` and ``last_active``) and ``modules``: who is in the cohort
  and when each last did anything, as plain values in one query, and the programme's outline
  (from the cached programme structure).
- ``progress``: each member's lessons, modules, stages and baseline as small tuples, with what
  follows from them alone (the funnel, the stage counts and transitions, the headline's counts
  that do not depend on the clock), cached under the activity key (below); built from
  ``records``, the members' raw lessons, quiz passes, sittings, stages and tests, cached under
  the same key and otherwise read only for the change from baseline.
- ``follow_up``, ``headline``, ``learners``, ``follow_up_learners``: who needs following up and
  why, the headline counts, and rows per learner. These depend on the clock, so they are
  worked out on every request, from ``members`` and ``progress``.
- ``funnel``, ``stage_baseline``, ``stage_now``, ``transitions``; ``changes``,
  ``retrospective``; ``reliability``, ``items``, ``hardest``, ``low_confidence``: the figures.

Every cached part is keyed by what it was computed from and moves with new answers: see
``activity_key``. The parts that hold words (module labels) are kept per language."""

from collections import Counter
from datetime import datetime, timedelta
from functools import cached_property

from django.conf import settings
from django.core.cache import cache
from django.db.models import Count, Max, OuterRef, Subquery
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from champions.accounts.constants import Position
from champions.cache import fingerprint
from courses.models import Enrolment
from quizzes.constants import Occasion, QuizKind
from quizzes.models import InstrumentItem, QuizAttempt, SelfAssessment

from .. import stats
from ..models import Cohort, CohortDeparture
from .figures import item_analysis, low_confidence, reliability
from .minimums import MIN_LANGUAGE_COUNT
from .records import learner_records, module_infos
from .rows import ChangeRow, FunnelRow, Learner, ModuleInfo

INACTIVE_AFTER = timedelta(days=14)
CACHE_SECONDS = 6 * 60 * 60
BASELINE_GRACE = timedelta(days=7)
POSITION_LABELS = dict(Position.choices)


def cohort_report(*, cohort: Cohort, now: datetime | None = None) -> "CohortReport":
    """The report on ``cohort`` as it stands at ``now``; nothing is read until a part is."""
    return CohortReport(cohort, now=now or timezone.now())


class CohortReport:
    """The facilitator's report on one cohort: each part below is built the first time it is
    read, and only once (see the module's docstring for the parts)."""

    def __init__(self, cohort: Cohort, *, now: datetime):
        self.cohort = cohort
        self.now = now

    # --- Who, what and when: read on every request -----------------------------------------

    @cached_property
    def members(self) -> list[tuple]:
        """(user id, joined at, first name, last name, email, council, position, last active)
        per member, in name order, in one query: plain values, not model instances (for 500
        members those were a good share of a page's time), with the last activity beside
        them rather than looked up again by 500 ids."""
        last_active = Enrolment.objects.filter(
            user_id=OuterRef("user_id"), programme_id=self.cohort.programme_id
        ).values("last_active_at")
        return list(
            self.cohort.memberships.order_by("user__last_name", "user__first_name").values_list(
                "user_id",
                "joined_at",
                "user__first_name",
                "user__last_name",
                "user__email",
                "user__councillor_profile__council__name",
                "user__councillor_profile__position",
                Subquery(last_active),
            )
        )

    @cached_property
    def user_ids(self) -> list[int]:
        return [member[0] for member in self.members]

    @cached_property
    def last_active(self) -> dict:
        """When each member last did anything on the programme (None if never)."""
        return {member[0]: member[-1] for member in self.members}

    @cached_property
    def modules(self) -> list[ModuleInfo]:
        return module_infos(self.cohort.programme)

    @cached_property
    def activity_key(self) -> str:
        """What the cached parts are keyed by. Every new result (a lesson opened or completed,
        a quiz or a self-assessment submitted, a note saved) writes its moment to the learner's
        last_active_at, so every member's time, with who the members are and what the
        programme holds, versions everything read from the records: the cached copy is
        replaced as soon as anyone in the cohort does anything (a digest of all the times, not
        their maximum, so a clock behind another's still changes it)."""
        times = [
            (uid, at.timestamp() if at else None) for uid, at in sorted(self.last_active.items())
        ]
        return ":".join(
            [
                str(self.cohort.pk),
                fingerprint(sorted(self.user_ids)),
                fingerprint(self.modules),
                fingerprint(times, length=24),
            ]
        )

    # --- What the members did: cached until one of them does more --------------------------

    @cached_property
    def records(self) -> dict:
        return cache.get_or_set(
            f"cohort-records:{self.activity_key}",
            lambda: learner_records(
                user_ids=self.user_ids,
                lesson_ids=[i for m in self.modules for i in m.lesson_ids],
            ),
            timeout=CACHE_SECONDS,
        )

    @cached_property
    def progress(self) -> dict:
        """What the pages need from the records, small enough to read on every request:
        "learners", {user id: (lessons done, modules done, started, baseline done, programme
        complete, first stage, latest stage, last move)}; the "funnel"; the stage counts
        ("stage_baseline", "stage_now") and "transitions"; and the headline's counts that do
        not depend on the clock ("totals")."""
        return cache.get_or_set(
            f"cohort-progress:v1:{self.activity_key}:{get_language()}",
            lambda: _progress(self.user_ids, modules=self.modules, records=self.records),
            timeout=CACHE_SECONDS,
        )

    # --- Following up, the headline and the rows: they depend on the clock -----------------

    @cached_property
    def follow_up(self) -> dict[int, list[str]]:
        """Why each member who needs following up does (those who need nothing are left out),
        worked out from the members and their progress without a row per learner."""
        progress = self.progress["learners"]
        reasons = {}
        for uid, joined_at, *_unused, last_active_at in self.members:
            mine = _follow_up_reasons(joined_at, last_active_at,
                                      progress.get(uid, NO_PROGRESS), now=self.now)  # fmt: skip
            if mine:
                reasons[uid] = mine
        return reasons

    @cached_property
    def headline(self) -> dict[str, object]:
        members = len(self.members)
        totals = self.progress["totals"]
        return {
            "members": members,
            "started": totals["started"],
            "baseline_done": totals["baseline_done"],
            "active_14_days": sum(
                1 for at in self.last_active.values() if at and self.now - at <= INACTIVE_AFTER
            ),
            "median_modules": totals["median_modules"],
            "completed": totals["completed"],
            "completion_rate": round(100 * totals["completed"] / members) if members else None,
            "follow_up": len(self.follow_up),
            # Members who deleted their account: an anonymous count, never who.
            "left": CohortDeparture.objects.filter(cohort=self.cohort).count(),
        }

    @cached_property
    def languages(self) -> list[tuple[str, int | None]]:
        """How many of the members' self-assessment sittings and submitted quiz attempts were
        answered in each language: a count only, None when hidden (under MIN_LANGUAGE_COUNT;
        then every count is hidden, as the other would give the small one away)."""

        def by_language(model, **extra):
            return (
                model.objects.filter(user_id__in=self.user_ids, **extra)
                .values_list("language")
                .annotate(n=Count("pk"))
                .order_by()
            )

        # One query for both: a language may appear once from each table, so the counts add up.
        counts = Counter()
        rows = by_language(SelfAssessment).union(
            by_language(QuizAttempt, submitted_at__isnull=False), all=True
        )
        for language, n in rows:
            counts[language] += n
        names = dict(settings.LANGUAGES)
        if any(0 < counts[code] < MIN_LANGUAGE_COUNT for code in names):
            return [(name, None) for name in names.values()]
        return [(name, counts[code]) for code, name in names.items()]

    @cached_property
    def learners(self) -> list[Learner]:
        """A row per member, in name order."""
        return self._rows(self.members)

    @cached_property
    def follow_up_learners(self) -> list[Learner]:
        """A row per member who needs following up, in name order."""
        return self._rows([m for m in self.members if m[0] in self.follow_up])

    def _rows(self, members: list[tuple]) -> list[Learner]:
        progress, follow_up = self.progress["learners"], self.follow_up
        return [
            _learner(
                member,
                progress=progress.get(member[0], NO_PROGRESS),
                follow_up=follow_up.get(member[0], []),
            )
            for member in members
        ]

    # --- The cohort as a whole -------------------------------------------------------------

    @property
    def funnel(self) -> list[FunnelRow]:
        return self.progress["funnel"]

    @property
    def stage_baseline(self) -> dict[int, int]:
        return self.progress["stage_baseline"]

    @property
    def stage_now(self) -> dict[int, int]:
        return self.progress["stage_now"]

    @property
    def transitions(self):
        return self.progress["transitions"]

    @cached_property
    def changes(self) -> list[ChangeRow]:
        progress = self.progress["learners"]
        return _changes(
            self.user_ids,
            sittings=self.records["sittings"],
            tests=self.records["tests"],
            complete={uid for uid in self.user_ids if progress.get(uid, NO_PROGRESS)[4]},
        )

    @cached_property
    def retrospective(self):
        """Confidence "thinking back" against confidence now, both asked at the end."""
        at_end = [
            self.records["sittings"].get(uid, {}).get(Occasion.END, {}) for uid in self.user_ids
        ]
        return stats.paired_change([s.get("C_then") for s in at_end], [s.get("C") for s in at_end])

    # --- Question figures: heavy, each cached under a key that moves with new answers ------

    @cached_property
    def _instrument_items(self) -> list:
        return list(
            InstrumentItem.objects.originals()
            .filter(active=True, live=True)
            .order_by("sort_order", "key")
        )

    @cached_property
    def _items_key(self) -> str:
        return fingerprint([(i.key, i.dimension, i.reverse_coded) for i in self._instrument_items])

    @cached_property
    def reliability(self) -> dict[str, tuple]:
        """Per dimension: (this cohort, pooled, [(key, wording)]), from baseline sittings."""
        sittings = SelfAssessment.objects.filter(occasion=Occasion.BASELINE).aggregate(
            n=Count("pk"), last=Max("pk")
        )
        members_key = fingerprint(sorted(self.user_ids))
        return cache.get_or_set(
            f"cohort-reliability:v2:{members_key}:{self._items_key}:"
            f"{sittings['n']}:{sittings['last']}",
            lambda: reliability(items=self._instrument_items, cohort_user_ids=set(self.user_ids)),
            timeout=CACHE_SECONDS,
        )

    @cached_property
    def items(self) -> list:
        return cache.get_or_set(
            f"cohort-items:v2:{self.activity_key}:{get_language()}",
            lambda: item_analysis(user_ids=self.user_ids, modules=self.modules),
            timeout=CACHE_SECONDS,
        )

    @cached_property
    def hardest(self) -> list:
        """The ``HARDEST_KEPT`` questions the fewest got right, among those with at least
        ``HARDEST_FROM`` answers, hardest first: the overview shows 3 and the plan 5, so they
        are cached on their own rather than read from every question's figures."""
        return cache.get_or_set(
            f"cohort-hardest:v1:{self.activity_key}:{get_language()}",
            lambda: _hardest(self.items),
            timeout=CACHE_SECONDS,
        )

    @cached_property
    def low_confidence(self) -> list:
        """The confidence items with the lowest average, from each learner's latest sitting."""
        return cache.get_or_set(
            f"cohort-low-confidence:{self.activity_key}:{self._items_key}",
            lambda: low_confidence(items=self._instrument_items, user_ids=self.user_ids),
            timeout=CACHE_SECONDS,
        )


HARDEST_FROM = 3
HARDEST_KEPT = 5


def _hardest(items) -> list:
    answered = [
        row for row in items if row.stats.n >= HARDEST_FROM and row.stats.difficulty is not None
    ]
    return sorted(answered, key=lambda r: (r.stats.difficulty, r.text))[:HARDEST_KEPT]


# --- One row per learner -------------------------------------------------------------------

NO_PROGRESS = (0, 0, False, False, False, None, None, "")


def _progress(user_ids, *, modules: list[ModuleInfo], records) -> dict:
    learners = {}
    for uid in user_ids:
        done = records["done_lessons"].get(uid, set())
        passed = records["passes"].get(uid, set())
        module_done = [
            bool(mod.lesson_ids)
            and mod.lesson_ids <= done
            and (mod.quiz_id is None or mod.quiz_id in passed)
            for mod in modules
        ]
        stages = records["snapshots"].get(uid, [])
        learners[uid] = (
            len(done),
            sum(module_done),
            bool(records["started_lessons"].get(uid)),
            Occasion.BASELINE in records["sittings"].get(uid, {}),
            all(d for d, mod in zip(module_done, modules, strict=True) if mod.is_core),
            stages[0] if stages else None,
            stages[-1] if stages else None,
            _move(stages),
        )
    rows = [learners[uid] for uid in user_ids]
    return {
        "learners": learners,
        "funnel": _funnel(modules, user_ids=user_ids, records=records),
        "stage_baseline": dict(Counter(row[5] for row in rows if row[5])),
        "stage_now": dict(Counter(row[6] for row in rows if row[6])),
        "transitions": stats.stage_transitions([(row[5], row[6]) for row in rows]),
        "totals": {
            "started": sum(1 for row in rows if row[2]),
            "baseline_done": sum(1 for row in rows if row[3]),
            "completed": sum(1 for row in rows if row[4]),
            "median_modules": stats.median([row[1] for row in rows]),
        },
    }


def _learner(member: tuple, *, progress: tuple, follow_up: list[str]) -> Learner:
    uid, joined_at, first_name, last_name, email, council, position, last_active_at = member
    (lessons_done, modules_done, started, baseline_done, complete,
     baseline_stage, current_stage, last_move) = progress  # fmt: skip
    return Learner(
        user_id=uid,
        name=f"{first_name} {last_name}".strip() or email,  # as User.get_full_name
        email=email,
        council=council or "",
        position=position or "",
        position_label=POSITION_LABELS.get(position, position or ""),
        joined_at=joined_at,
        last_active_at=last_active_at,
        lessons_done=lessons_done,
        modules_done=modules_done,
        started=started,
        baseline_done=baseline_done,
        programme_complete=complete,
        baseline_stage=baseline_stage,
        current_stage=current_stage,
        last_move=last_move,
        follow_up=follow_up,
    )


def _move(stages: list[int]) -> str:
    if len(stages) < 2:
        return ""
    before, after = stages[-2], stages[-1]
    return "up" if after > before else "down" if after < before else "same"


def _follow_up_reasons(joined_at, last_active_at, progress: tuple, *, now: datetime) -> list:
    baseline_done, baseline_stage, current_stage, last_move = (
        progress[3], progress[5], progress[6], progress[7]
    )  # fmt: skip
    reasons = []
    # Quiet since they joined or last did something, whichever is later: someone added today
    # has not been inactive for 14 days, however long ago they signed up elsewhere.
    quiet_since = max(filter(None, [joined_at, last_active_at]))
    if now - quiet_since > INACTIVE_AFTER:
        reasons.append(_("no activity for 14 days"))
    if not baseline_done and now - joined_at > BASELINE_GRACE:
        reasons.append(_("no baseline a week after joining"))
    if last_move == "down" or (current_stage and baseline_stage and current_stage < baseline_stage):
        reasons.append(_("stage went down"))
    return reasons


# --- The cohort as a whole -----------------------------------------------------------------


def _funnel(modules: list[ModuleInfo], *, user_ids, records) -> list[FunnelRow]:
    started, done = records["started_lessons"], records["done_lessons"]
    passes = records["passes"]
    return [
        FunnelRow(
            module=mod,
            started=sum(1 for uid in user_ids if mod.lesson_ids & started.get(uid, set())),
            lessons_completed=sum(
                1 for uid in user_ids if mod.lesson_ids and mod.lesson_ids <= done.get(uid, set())
            ),
            quiz_passed=sum(1 for uid in user_ids if mod.quiz_id in passes.get(uid, set())),
        )
        for mod in modules
    ]


def _changes(user_ids, *, sittings, tests, complete: set[int]) -> list[ChangeRow]:
    """Baseline to end of programme for each self-assessed dimension, and pre-test to
    post-test for knowledge: only pairs that obey the rules (the post-test after the pre-test,
    by someone who has completed every core module) count towards knowledge gain."""

    def paired(dimension):
        return stats.paired_change(
            [sittings.get(uid, {}).get(Occasion.BASELINE, {}).get(dimension) for uid in user_ids],
            [sittings.get(uid, {}).get(Occasion.END, {}).get(dimension) for uid in user_ids],
        )

    pre = [tests.get(uid, {}).get(QuizKind.PRE_TEST) for uid in user_ids]
    post = [
        tests.get(uid, {}).get(QuizKind.POST_TEST) if uid in complete else None for uid in user_ids
    ]
    gains = [stats.normalised_gain(a, b, 100) for a, b in zip(pre, post, strict=True)]
    return [
        ChangeRow(_("Attitude"), _("1 to 5"), paired("A")),
        ChangeRow(_("Confidence"), _("0 to 10"), paired("C")),
        ChangeRow(_("Leadership behaviour"), _("0 to 8 actions"), paired("B")),
        ChangeRow(
            _("Knowledge (pre-test to post-test)"),
            _("percent"),
            stats.paired_change(pre, post),
            stats.mean_normalised_gain(list(zip(pre, post, strict=True)), maximum=100),
            stats.median(gains),
        ),
    ]
