"""``cohort_report``: the facilitator's report on one cohort, in a fixed number of queries
whatever the cohort's size, assembled from named steps: read the members and what they did,
make a row per learner, then the funnel, the stages, the change from baseline and the
headline figures. Nothing here renders."""

from collections import Counter
from datetime import datetime, timedelta

from django.core.cache import cache
from django.db.models import Count, Max
from django.utils import timezone

from champions.cache import fingerprint
from courses.models import Enrolment
from quizzes.constants import Occasion, QuizKind
from quizzes.models import InstrumentItem, SelfAssessment

from .. import stats
from ..models import Cohort, CohortDeparture
from .figures import item_analysis, low_confidence, reliability
from .records import learner_records, module_infos
from .rows import ChangeRow, CohortReport, FunnelRow, Learner, ModuleInfo

INACTIVE_AFTER = timedelta(days=14)
CACHE_SECONDS = 6 * 60 * 60
BASELINE_GRACE = timedelta(days=7)


def cohort_report(*, cohort: Cohort, now: datetime | None = None) -> CohortReport:
    now = now or timezone.now()
    memberships = list(
        cohort.memberships.select_related("user__councillor_profile__council").order_by(
            "user__last_name", "user__first_name"
        )
    )
    user_ids = [m.user_id for m in memberships]
    modules = module_infos(cohort.programme)
    last_active = dict(
        Enrolment.objects.filter(user_id__in=user_ids, programme=cohort.programme).values_list(
            "user_id", "last_active_at"
        )
    )
    activity_key = _activity_key(cohort, user_ids, modules, last_active)
    records = cache.get_or_set(
        f"cohort-records:{activity_key}",
        lambda: learner_records(
            user_ids=user_ids, lesson_ids=[i for m in modules for i in m.lesson_ids]
        ),
        timeout=CACHE_SECONDS,
    )
    learners = [
        _learner(membership, modules=modules, records=records, last_active=last_active, now=now)
        for membership in memberships
    ]
    return CohortReport(
        cohort=cohort,
        learners=learners,
        modules=modules,
        funnel=_funnel(modules, user_ids=user_ids, records=records),
        stage_baseline=dict(Counter(r.baseline_stage for r in learners if r.baseline_stage)),
        stage_now=dict(Counter(r.current_stage for r in learners if r.current_stage)),
        transitions=stats.stage_transitions(
            [(r.baseline_stage, r.current_stage) for r in learners]
        ),
        changes=_changes(
            user_ids,
            sittings=records["sittings"],
            tests=records["tests"],
            complete={r.user_id for r in learners if r.programme_complete},
        ),
        retrospective=_retrospective(user_ids, sittings=records["sittings"]),
        **_question_figures(user_ids, modules=modules, activity_key=activity_key),
        headline=_headline(cohort, learners, now=now),
    )


def _activity_key(cohort, user_ids, modules, last_active) -> str:
    """What the cached records are keyed by. Every new result (a lesson opened or completed, a
    quiz or a self-assessment submitted, a note saved) writes its moment to the learner's
    last_active_at, so every member's time, with who the members are and what the programme
    holds, versions everything read from the records: the cached copy is replaced as soon as
    anyone in the cohort does anything (a digest of all the times, not their maximum, so a
    clock behind another's still changes it)."""
    times = [(uid, at.timestamp() if at else None) for uid, at in sorted(last_active.items())]
    return ":".join(
        [
            str(cohort.pk),
            fingerprint(sorted(user_ids)),
            fingerprint(modules),
            fingerprint(times, length=24),
        ]
    )


# --- One row per learner -------------------------------------------------------------------


def _learner(membership, *, modules, records, last_active, now) -> Learner:
    uid = membership.user_id
    user = membership.user
    profile = getattr(user, "councillor_profile", None)
    done = records["done_lessons"].get(uid, set())
    passed = records["passes"].get(uid, set())
    module_done = [
        bool(mod.lesson_ids)
        and mod.lesson_ids <= done
        and (mod.quiz_id is None or mod.quiz_id in passed)
        for mod in modules
    ]
    stages = records["snapshots"].get(uid, [])
    learner = Learner(
        user_id=uid,
        name=user.get_full_name() or user.email,
        email=user.email,
        council=profile.council.name if profile else "",
        position=profile.position if profile else "",
        position_label=profile.get_position_display() if profile else "",
        joined_at=membership.joined_at,
        last_active_at=last_active.get(uid),
        lessons_done=len(done),
        modules_done=sum(module_done),
        started=bool(records["started_lessons"].get(uid)),
        baseline_done=Occasion.BASELINE in records["sittings"].get(uid, {}),
        programme_complete=all(
            d for d, mod in zip(module_done, modules, strict=True) if mod.is_core
        ),
        baseline_stage=stages[0] if stages else None,
        current_stage=stages[-1] if stages else None,
        last_move=_move(stages),
    )
    learner.follow_up.extend(_follow_up_reasons(learner, now=now))
    return learner


def _move(stages: list[int]) -> str:
    if len(stages) < 2:
        return ""
    before, after = stages[-2], stages[-1]
    return "up" if after > before else "down" if after < before else "same"


def _follow_up_reasons(learner: Learner, *, now: datetime) -> list[str]:
    reasons = []
    # Quiet since they joined or last did something, whichever is later: someone added today
    # has not been inactive for 14 days, however long ago they signed up elsewhere.
    quiet_since = max(filter(None, [learner.joined_at, learner.last_active_at]))
    if now - quiet_since > INACTIVE_AFTER:
        reasons.append("no activity for 14 days")
    if not learner.baseline_done and now - learner.joined_at > BASELINE_GRACE:
        reasons.append("no baseline a week after joining")
    if learner.last_move == "down" or (
        learner.current_stage
        and learner.baseline_stage
        and learner.current_stage < learner.baseline_stage
    ):
        reasons.append("stage went down")
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
        ChangeRow("Attitude", "1 to 5", paired("A")),
        ChangeRow("Confidence", "0 to 10", paired("C")),
        ChangeRow("Leadership behaviour", "0 to 8 actions", paired("B")),
        ChangeRow(
            "Knowledge (pre-test to post-test)",
            "percent",
            stats.paired_change(pre, post),
            stats.mean_normalised_gain(list(zip(pre, post, strict=True)), maximum=100),
            stats.median(gains),
        ),
    ]


def _retrospective(user_ids, *, sittings):
    """Confidence "thinking back" against confidence now, both asked at the end."""
    at_end = [sittings.get(uid, {}).get(Occasion.END, {}) for uid in user_ids]
    return stats.paired_change([s.get("C_then") for s in at_end], [s.get("C") for s in at_end])


def _question_figures(user_ids, *, modules, activity_key: str) -> dict:
    """Reliability, item analysis and lowest confidence: heavy, and they change only when new
    answers arrive, so each is cached under a key that moves with new sittings or results."""
    items = list(
        InstrumentItem.objects.filter(active=True, live=True).order_by("sort_order", "key")
    )
    sittings = SelfAssessment.objects.filter(occasion=Occasion.BASELINE).aggregate(
        n=Count("pk"), last=Max("pk")
    )
    items_key = fingerprint([(i.key, i.dimension, i.reverse_coded) for i in items])
    members_key = fingerprint(sorted(user_ids))
    return {
        "reliability": cache.get_or_set(
            f"cohort-reliability:v2:{members_key}:{items_key}:{sittings['n']}:{sittings['last']}",
            lambda: reliability(items=items, cohort_user_ids=set(user_ids)),
            timeout=CACHE_SECONDS,
        ),
        "items": cache.get_or_set(
            f"cohort-items:v2:{activity_key}",
            lambda: item_analysis(user_ids=user_ids, modules=modules),
            timeout=CACHE_SECONDS,
        ),
        # each learner's latest full sitting
        "low_confidence": cache.get_or_set(
            f"cohort-low-confidence:{activity_key}:{items_key}",
            lambda: low_confidence(items=items, user_ids=user_ids),
            timeout=CACHE_SECONDS,
        ),
    }


def _headline(cohort, learners: list[Learner], *, now: datetime) -> dict[str, object]:
    completed = sum(1 for row in learners if row.programme_complete)
    return {
        "members": len(learners),
        "started": sum(1 for row in learners if row.started),
        "baseline_done": sum(1 for row in learners if row.baseline_done),
        "active_14_days": sum(
            1
            for row in learners
            if row.last_active_at and now - row.last_active_at <= INACTIVE_AFTER
        ),
        "median_modules": stats.median([row.modules_done for row in learners]),
        "completed": completed,
        "completion_rate": round(100 * completed / len(learners)) if learners else None,
        "follow_up": sum(1 for row in learners if row.needs_follow_up),
        # Members who deleted their account: an anonymous count, never who.
        "left": CohortDeparture.objects.filter(cohort=cohort).count(),
    }
