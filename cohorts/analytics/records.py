"""Reading what a cohort's members have done, as plain data: the programme's modules, and each
member's lessons, quiz passes, sittings, stages and pre/post tests. A fixed number of queries
whatever the cohort's size (none for the modules while the programme structure is cached)."""

from collections import defaultdict

from django.db.models import Q
from django.utils.translation import gettext as _
from wagtail.models import Page

from courses.models import AssessmentPass, LessonProgress
from courses.queries import programme_structure
from quizzes.constants import Occasion, QuizKind
from quizzes.models import QuizAttempt, SelfAssessment, StageSnapshot

from .rows import ModuleInfo


def module_infos(programme) -> list[ModuleInfo]:
    """The programme's live modules with their live lessons and quiz, from the programme
    structure every learner page reads (cached until a page is published, unpublished, moved
    or deleted), so no query once the cache holds it."""
    structure = programme_structure(path=programme.path)
    children = structure["children"]  # the live pages under the modules, in tree order
    infos, core_number = [], 0
    for module in structure["modules"]:
        mine = [c for c in children if c["path"][: -Page.steplen] == module["path"]]
        if module["is_core"]:
            core_number += 1
        infos.append(
            ModuleInfo(
                id=module["id"],
                title=module["title"],
                label=_("Module %(number)s") % {"number": core_number}
                if module["is_core"]
                else _("Elective"),
                is_core=module["is_core"],
                lesson_ids=frozenset(c["id"] for c in mine if c["is_lesson"]),
                quiz_id=next((c["id"] for c in mine if not c["is_lesson"]), None),
            )
        )
    return infos


def learner_records(*, user_ids: list[int], lesson_ids: list[int]) -> dict:
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
    sat: dict[int, dict[str, tuple]] = defaultdict(dict)
    for user_id, kind, percent, started_at, submitted_at in (
        QuizAttempt.objects.filter(
            user_id__in=user_ids,
            quiz_kind__in=[QuizKind.PRE_TEST, QuizKind.POST_TEST],
            submitted_at__isnull=False,
        )
        .order_by("submitted_at")
        .values_list("user_id", "quiz_kind", "percent", "started_at", "submitted_at")
    ):
        sat[user_id].setdefault(kind, (percent, started_at, submitted_at))  # the first counts
    tests: dict[int, dict[str, float]] = defaultdict(dict)
    for user_id, kinds in sat.items():
        pre, post = kinds.get(QuizKind.PRE_TEST), kinds.get(QuizKind.POST_TEST)
        if pre is not None:
            tests[user_id][QuizKind.PRE_TEST] = pre[0]
        # A post-test pairs with a pre-test only when it was started after the pre-test was
        # done (older histories may break the rule; the report also asks for every core module).
        if post is not None and pre is not None and post[1] >= pre[2]:
            tests[user_id][QuizKind.POST_TEST] = post[0]
    return {
        "done_lessons": done_lessons,
        "started_lessons": started_lessons,
        "passes": passes,
        "sittings": sittings,
        "snapshots": snapshots,
        "tests": tests,
    }
