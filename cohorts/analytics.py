"""The facilitator's cohort report, read in a fixed number of queries whatever the cohort size.

``cohort_report(cohort)`` gathers plain data once (members, progress, sittings, stages, quiz
responses) and hands it to the pure functions in ``cohorts.stats``. Nothing here renders;
the dashboard, the printable plan and the exports all use the same report."""

import hashlib
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.db.models import Count, Max, Q
from django.utils import timezone
from wagtail.models import Page

from courses.models import AssessmentPass, Enrolment, LessonPage, LessonProgress, ModulePage
from quizzes.constants import STAGE_LABELS, Occasion, QuizKind
from quizzes.models import (
    InstrumentItem,
    ItemAnswer,
    QuestionResponse,
    QuizAttempt,
    QuizPage,
    SelfAssessment,
    StageSnapshot,
)

from . import stats
from .models import Cohort, CohortDeparture

INACTIVE_AFTER = timedelta(days=14)
CACHE_SECONDS = 6 * 60 * 60
BASELINE_GRACE = timedelta(days=7)


@dataclass(frozen=True)
class ModuleInfo:
    id: int
    title: str
    label: str
    is_core: bool
    lesson_ids: frozenset[int]
    quiz_id: int | None


@dataclass
class Learner:
    user_id: int
    name: str
    email: str
    council: str
    position: str
    position_label: str
    joined_at: datetime
    last_active_at: datetime | None = None
    lessons_done: int = 0
    modules_done: int = 0
    started: bool = False
    baseline_done: bool = False
    programme_complete: bool = False
    baseline_stage: int | None = None
    current_stage: int | None = None
    last_move: str = ""  # "up", "down", "same" or ""
    follow_up: list[str] = field(default_factory=list)

    @property
    def status(self) -> str:
        if self.programme_complete:
            return "completed"
        if self.started:
            return "in progress"
        return "not started"

    @property
    def baseline_label(self) -> str:
        return STAGE_LABELS.get(self.baseline_stage, "")

    @property
    def current_label(self) -> str:
        return STAGE_LABELS.get(self.current_stage, "")

    @property
    def needs_follow_up(self) -> bool:
        return bool(self.follow_up)


@dataclass(frozen=True)
class FunnelRow:
    module: ModuleInfo
    started: int
    lessons_completed: int
    quiz_passed: int


@dataclass(frozen=True)
class ChangeRow:
    label: str
    scale: str
    change: object  # stats.PairedChange
    gain: object = None  # knowledge only: stats.GainSummary


@dataclass(frozen=True)
class ItemRow:
    quiz_title: str
    module_label: str
    question_id: str
    text: str
    stats: object  # stats.ItemStats
    wrong_option_text: str


@dataclass(frozen=True)
class ConfidenceItemRow:
    key: str
    text: str
    mean: float
    n: int


@dataclass(frozen=True)
class CohortReport:
    cohort: Cohort
    learners: list[Learner]
    modules: list[ModuleInfo]
    funnel: list[FunnelRow]
    stage_baseline: dict[int, int]
    stage_now: dict[int, int]
    transitions: object  # stats.Transitions
    changes: list[ChangeRow]
    retrospective: object  # stats.PairedChange: "thinking back" C vs T1 C
    reliability: dict[str, tuple]  # dimension -> (this cohort, pooled, item keys)
    items: list[ItemRow]
    low_confidence: list[ConfidenceItemRow]
    headline: dict[str, object]


def _module_infos(programme) -> list[ModuleInfo]:
    modules = list(ModulePage.objects.child_of(programme).live().order_by("path"))
    lesson_type = ContentType.objects.get_for_model(LessonPage)
    children = list(
        Page.objects.descendant_of(programme)
        .filter(depth=programme.depth + 2)
        .live()
        .values_list("id", "path", "content_type_id")
    )
    infos, core_number = [], 0
    for module in modules:
        mine = [c for c in children if c[1][: -Page.steplen] == module.path]
        if module.is_core:
            core_number += 1
        infos.append(
            ModuleInfo(
                id=module.id,
                title=module.title,
                label=f"Module {core_number}" if module.is_core else "Elective",
                is_core=module.is_core,
                lesson_ids=frozenset(c[0] for c in mine if c[2] == lesson_type.id),
                quiz_id=next((c[0] for c in mine if c[2] != lesson_type.id), None),
            )
        )
    return infos


def _learner_records(*, user_ids: list[int], lesson_ids: list[int]) -> dict:
    """What the cohort's members have done: lessons, quiz passes, sittings, stages and the
    pre/post tests, as plain data (cached by ``cohort_report`` until someone does more)."""
    done_lessons: dict[int, set[int]] = defaultdict(set)
    started_lessons: dict[int, set[int]] = defaultdict(set)
    for user_id, lesson_id, completed in (
        LessonProgress.objects.filter(user_id__in=user_ids, lesson_id__in=lesson_ids)
        .annotate(completed=Q(completed_at__isnull=False))  # a flag: no datetimes to parse
        .values_list("user_id", "lesson_id", "completed")
    ):
        started_lessons[user_id].add(lesson_id)
        if completed:
            done_lessons[user_id].add(lesson_id)
    passes: dict[int, set[int]] = defaultdict(set)
    for user_id, page_id in AssessmentPass.objects.filter(user_id__in=user_ids).values_list(
        "user_id", "page_id"
    ):
        passes[user_id].add(page_id)
    sittings: dict[int, dict[str, dict]] = defaultdict(dict)
    for user_id, occasion, scores in (
        SelfAssessment.objects.filter(user_id__in=user_ids)
        .exclude(occasion=Occasion.PULSE)
        .values_list("user_id", "occasion", "scores")
    ):
        sittings[user_id][occasion] = scores
    snapshots: dict[int, list[int]] = defaultdict(list)
    for user_id, stage in (
        StageSnapshot.objects.filter(user_id__in=user_ids)
        .order_by("recorded_at", "pk")
        .values_list("user_id", "stage")
    ):
        snapshots[user_id].append(stage)
    tests: dict[int, dict[str, float]] = defaultdict(dict)
    for user_id, kind, percent in (
        QuizAttempt.objects.filter(
            user_id__in=user_ids,
            quiz_kind__in=[QuizKind.PRE_TEST, QuizKind.POST_TEST],
            submitted_at__isnull=False,
        )
        .order_by("submitted_at")
        .values_list("user_id", "quiz_kind", "percent")
    ):
        tests[user_id].setdefault(kind, percent)  # the first sitting of each test counts
    return {
        "done_lessons": done_lessons,
        "started_lessons": started_lessons,
        "passes": passes,
        "sittings": sittings,
        "snapshots": snapshots,
        "tests": tests,
    }


def cohort_report(*, cohort: Cohort, now: datetime | None = None) -> CohortReport:
    now = now or timezone.now()
    programme = cohort.programme
    memberships = list(
        cohort.memberships.select_related("user__councillor_profile__council").order_by(
            "user__last_name", "user__first_name"
        )
    )
    user_ids = [m.user_id for m in memberships]
    modules = _module_infos(programme)
    lesson_ids = [i for m in modules for i in m.lesson_ids]

    last_active = dict(
        Enrolment.objects.filter(user_id__in=user_ids, programme=programme).values_list(
            "user_id", "last_active_at"
        )
    )
    # Every new result (a lesson opened or completed, a quiz or a self-assessment submitted,
    # a note saved) writes its moment to the learner's last_active_at, so every member's time,
    # with who the members are and what the programme holds, versions everything read from
    # the records below: the cached copy is replaced as soon as anyone in the cohort does
    # anything (a hash of all the times, not their maximum, so a clock behind another's still
    # changes it).
    members_key = hashlib.sha256(",".join(map(str, sorted(user_ids))).encode()).hexdigest()[:16]
    content_key = hashlib.sha256(repr(modules).encode()).hexdigest()[:16]
    times = ",".join(
        f"{uid}:{at.timestamp() if at else ''}" for uid, at in sorted(last_active.items())
    )
    activity = hashlib.sha256(times.encode()).hexdigest()[:24]
    activity_key = f"{cohort.pk}:{members_key}:{content_key}:{activity}"
    records = cache.get_or_set(
        f"cohort-records:{activity_key}",
        lambda: _learner_records(user_ids=user_ids, lesson_ids=lesson_ids),
        timeout=CACHE_SECONDS,
    )
    done_lessons = records["done_lessons"]
    started_lessons = records["started_lessons"]
    passes = records["passes"]
    sittings = records["sittings"]
    snapshots = records["snapshots"]
    tests = records["tests"]

    # --- per learner ----------------------------------------------------------------------
    learners = []
    for m in memberships:
        profile = getattr(m.user, "councillor_profile", None)
        uid = m.user_id
        done = done_lessons.get(uid, set())
        module_done = [
            bool(mod.lesson_ids)
            and mod.lesson_ids <= done
            and (mod.quiz_id is None or mod.quiz_id in passes[uid])
            for mod in modules
        ]
        stages = snapshots.get(uid, [])
        learner = Learner(
            user_id=uid,
            name=m.user.get_full_name() or m.user.email,
            email=m.user.email,
            council=profile.council.name if profile else "",
            position=profile.position if profile else "",
            position_label=profile.get_position_display() if profile else "",
            joined_at=m.joined_at,
            last_active_at=last_active.get(uid),
            lessons_done=len(done),
            modules_done=sum(module_done),
            started=bool(started_lessons.get(uid)),
            baseline_done=Occasion.BASELINE in sittings.get(uid, {}),
            programme_complete=all(
                d for d, mod in zip(module_done, modules, strict=True) if mod.is_core
            ),
            baseline_stage=stages[0] if stages else None,
            current_stage=stages[-1] if stages else None,
            last_move=_move(stages),
        )
        if learner.last_active_at is None or now - learner.last_active_at > INACTIVE_AFTER:
            learner.follow_up.append("no activity for 14 days")
        if not learner.baseline_done and now - m.joined_at > BASELINE_GRACE:
            learner.follow_up.append("no baseline a week after joining")
        if learner.last_move == "down" or (
            learner.current_stage
            and learner.baseline_stage
            and learner.current_stage < learner.baseline_stage
        ):
            learner.follow_up.append("stage went down")
        learners.append(learner)

    funnel = [
        FunnelRow(
            module=mod,
            started=sum(1 for uid in user_ids if mod.lesson_ids & started_lessons.get(uid, set())),
            lessons_completed=sum(
                1
                for uid in user_ids
                if mod.lesson_ids and mod.lesson_ids <= done_lessons.get(uid, set())
            ),
            quiz_passed=sum(1 for uid in user_ids if mod.quiz_id in passes.get(uid, set())),
        )
        for mod in modules
    ]

    # --- stages ----------------------------------------------------------------------------
    stage_baseline = Counter(row.baseline_stage for row in learners if row.baseline_stage)
    stage_now = Counter(row.current_stage for row in learners if row.current_stage)
    transitions = stats.stage_transitions(
        [(row.baseline_stage, row.current_stage) for row in learners]
    )

    # --- pre/post change ---------------------------------------------------------------------
    def paired(dimension):
        before = [sittings[uid].get(Occasion.BASELINE, {}).get(dimension) for uid in user_ids]
        after = [sittings[uid].get(Occasion.END, {}).get(dimension) for uid in user_ids]
        return stats.paired_change(before, after)

    pre = [tests[uid].get(QuizKind.PRE_TEST) for uid in user_ids]
    post = [tests[uid].get(QuizKind.POST_TEST) for uid in user_ids]
    changes = [
        ChangeRow("Attitude", "1 to 5", paired("A")),
        ChangeRow("Confidence", "0 to 10", paired("C")),
        ChangeRow("Leadership behaviour", "0 to 8 actions", paired("B")),
        ChangeRow(
            "Knowledge (pre-test to post-test)",
            "percent",
            stats.paired_change(pre, post),
            stats.mean_normalised_gain(
                [(a, b) for a, b in zip(pre, post, strict=True)], maximum=100
            ),
        ),
    ]
    retrospective = stats.paired_change(
        [sittings[uid].get(Occasion.END, {}).get("C_then") for uid in user_ids],
        [sittings[uid].get(Occasion.END, {}).get("C") for uid in user_ids],
    )

    # --- reliability and item analysis: heavy, and they change only when new answers arrive,
    # so they are cached under a key that moves with every new sitting or quiz submission.
    items = list(InstrumentItem.objects.filter(active=True).order_by("sort_order", "key"))
    sittings_version = SelfAssessment.objects.filter(occasion=Occasion.BASELINE).aggregate(
        n=Count("pk"), last=Max("pk")
    )
    items_key = hashlib.sha256(
        repr([(i.key, i.dimension, i.reverse_coded) for i in items]).encode()
    ).hexdigest()[:16]
    reliability = cache.get_or_set(
        f"cohort-reliability:{members_key}:{items_key}:{sittings_version['n']}:{sittings_version['last']}",
        lambda: _reliability(items=items, cohort_user_ids=set(user_ids)),
        timeout=CACHE_SECONDS,
    )
    item_rows = cache.get_or_set(
        f"cohort-items:{activity_key}",
        lambda: _item_analysis(user_ids=user_ids, modules=modules),
        timeout=CACHE_SECONDS,
    )

    # --- lowest-confidence items (each learner's latest full sitting) --------------------------
    low_confidence = cache.get_or_set(
        f"cohort-low-confidence:{activity_key}:{items_key}",
        lambda: _low_confidence(items=items, user_ids=user_ids),
        timeout=CACHE_SECONDS,
    )

    started = sum(1 for row in learners if row.started)
    headline = {
        "members": len(learners),
        "started": started,
        "baseline_done": sum(1 for row in learners if row.baseline_done),
        "active_14_days": sum(
            1
            for row in learners
            if row.last_active_at and now - row.last_active_at <= INACTIVE_AFTER
        ),
        "median_modules": stats.median([row.modules_done for row in learners]),
        "completed": sum(1 for row in learners if row.programme_complete),
        "completion_rate": round(
            100 * sum(1 for row in learners if row.programme_complete) / len(learners)
        )
        if learners
        else None,
        "follow_up": sum(1 for row in learners if row.needs_follow_up),
        # Members who deleted their account: an anonymous count, never who.
        "left": CohortDeparture.objects.filter(cohort=cohort).count(),
    }
    return CohortReport(
        cohort=cohort,
        learners=learners,
        modules=modules,
        funnel=funnel,
        stage_baseline=dict(stage_baseline),
        stage_now=dict(stage_now),
        transitions=transitions,
        changes=changes,
        retrospective=retrospective,
        reliability=reliability,
        items=item_rows,
        low_confidence=low_confidence,
        headline=headline,
    )


def _move(stages: list[int]) -> str:
    if len(stages) < 2:
        return ""
    before, after = stages[-2], stages[-1]
    return "up" if after > before else "down" if after < before else "same"


def _reliability(*, items, cohort_user_ids: set[int]) -> dict[str, tuple]:
    """Cronbach's alpha per subscale from baseline sittings, for this cohort and pooled over
    every cohort (small cohorts rarely give a stable alpha on their own)."""
    by_key = {i.key: i for i in items}
    rows: dict[int, dict[str, float]] = defaultdict(dict)
    for user_id, key, value in ItemAnswer.objects.filter(
        assessment__occasion=Occasion.BASELINE, retrospective=False, item_key__in=list(by_key)
    ).values_list("assessment__user_id", "item_key", "value"):
        if value is not None and by_key[key].reverse_coded:
            value = 6 - value
        rows[user_id][key] = value
    result = {}
    for dimension in ("A", "C", "B"):
        keys = [i.key for i in items if i.dimension == dimension]
        mine = [[rows[u].get(k) for k in keys] for u in rows if u in cohort_user_ids]
        pooled = [[rows[u].get(k) for k in keys] for u in rows]
        result[dimension] = (
            stats.cronbach_alpha(mine),
            stats.cronbach_alpha(pooled),
            keys,
        )
    return result


def _item_analysis(*, user_ids: list[int], modules: list[ModuleInfo]) -> list[ItemRow]:
    quiz_ids = [m.quiz_id for m in modules if m.quiz_id]
    label_for = {m.quiz_id: m.label for m in modules}
    banks = {}
    for quiz in QuizPage.objects.filter(pk__in=quiz_ids).only("id", "title", "questions"):
        for block in quiz.questions:
            options = {
                child.id: child.value["text"] for child in block.value["options"].bound_blocks
            }
            banks[block.id] = (quiz.id, quiz.title, block.value["text"], options)
    answered = QuestionResponse.objects.filter(
        attempt__user_id__in=user_ids,
        attempt__quiz_id__in=quiz_ids,
        attempt__submitted_at__isnull=False,
    )
    scored = list(answered.values_list("question_id", "credit", "attempt__percent", "attempt_id"))
    # Only wrong answers carry option ids worth decoding (most answers are right).
    wrong_by_response: dict[tuple[str, int], list[str]] = {
        (question_id, attempt_id): wrong
        for question_id, attempt_id, wrong in answered.filter(credit__lt=1)
        .exclude(wrong=[])
        .values_list("question_id", "attempt_id", "wrong")
    }
    per_attempt = Counter(row[3] for row in scored)  # questions in each attempt
    grouped: dict[str, list] = defaultdict(list)
    for question_id, credit, percent, attempt_id in scored:
        wrong = wrong_by_response.get((question_id, attempt_id), ())
        # item_analysis counts chosen-but-not-correct options; passing the wrong ones as
        # chosen with nothing marked correct gives exactly those.
        grouped[question_id].append((credit, percent, wrong, (), per_attempt[attempt_id]))
    rows = []
    for question_id, responses in grouped.items():
        quiz_id, quiz_title, text, options = banks.get(
            question_id, (None, "", "(no longer in the bank)", {})
        )
        figures = stats.item_analysis(responses)
        rows.append(
            ItemRow(
                quiz_title=quiz_title,
                module_label=label_for.get(quiz_id, ""),
                question_id=question_id,
                text=text,
                stats=figures,
                wrong_option_text=options.get(figures.most_chosen_wrong or "", ""),
            )
        )
    order = {m.quiz_id: n for n, m in enumerate(modules)}
    rows.sort(key=lambda r: (order.get(banks.get(r.question_id, (None,))[0], 99), r.text))
    return rows


def _low_confidence(*, items, user_ids: list[int], top: int = 3) -> list[ConfidenceItemRow]:
    confidence = {i.key: i for i in items if i.dimension == "C"}
    latest: dict[int, tuple] = {}
    for user_id, key, value, when in (
        ItemAnswer.objects.filter(
            assessment__user_id__in=user_ids,
            retrospective=False,
            item_key__in=list(confidence),
        )
        .filter(~Q(assessment__occasion=Occasion.PULSE))
        .values_list("assessment__user_id", "item_key", "value", "assessment__submitted_at")
    ):
        if value is None:
            continue
        current = latest.get((user_id, key))
        if current is None or when > current[1]:
            latest[(user_id, key)] = (value, when)
    values: dict[str, list[int]] = defaultdict(list)
    for (_, key), (value, _) in latest.items():
        values[key].append(value)
    rows = [
        ConfidenceItemRow(key, confidence[key].text, round(sum(v) / len(v), 1), len(v))
        for key, v in values.items()
        if v
    ]
    return sorted(rows, key=lambda r: (r.mean, r.key))[:top]
