"""Checks recorded learner histories against the measurement rules (quizzes.measurement) and
the roster's: the demo must obey the same rules as the product, so the demo never shows
something the product would refuse. Reads only; ``check_demo_history`` prints what it finds.

Each rule has a short name, printed with the learner's email so a failure says who and what."""

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime

from wagtail.models import Page

from champions.accounts.models import CouncillorProfile, User
from cohorts.models import CohortMembership
from councils.constants import RosterUploadStatus
from councils.models import Invitation, RosterUpload
from courses.models import AssessmentPass, Enrolment, LessonProgress
from courses.queries import programme_structure
from quizzes.constants import Occasion, QuizKind
from quizzes.measurement import FOLLOW_UP_CLOSES, FOLLOW_UP_OPENS
from quizzes.models import QuizAttempt, SelfAssessment

RULES = {
    "one-pre-test": "the knowledge starting check is taken once",
    "one-post-test": "the final knowledge check is taken once",
    "pre-test-after-self-assessment": "the starting check comes after the starting self-assessment",
    "post-test-after-core-modules": "the final check opens when every core module is complete",
    "end-after-core-modules": "the end-of-programme self-assessment (T1) opens when every core "
    "module is complete",
    "follow-up-in-window": "the follow-up (T2) is 3 to 6 months after the end sitting",
    "check-in-after-quiz-passed": "a module's check-in opens when its quiz is passed",
    "no-activity-after-leaving": "someone who has left their council is not active in a cohort",
    "invited-before-signing-in": "a councillor on an imported roster signs in only once invited",
}


@dataclass(frozen=True)
class Violation:
    email: str
    rule: str
    detail: str

    def __str__(self):
        return f"{self.email}: {self.rule} ({RULES[self.rule]}): {self.detail}"


def _core_modules(programme_path: str) -> list[tuple[set[int], set[int]]]:
    """Each core module of a programme as (its lesson ids, its quiz ids)."""
    structure = programme_structure(path=programme_path)
    steplen = Page.steplen
    modules = []
    for module in structure["modules"]:
        if not module["is_core"]:
            continue
        mine = [c for c in structure["children"] if c["path"][:-steplen] == module["path"]]
        modules.append(
            (
                {c["id"] for c in mine if c["is_lesson"]},
                {c["id"] for c in mine if not c["is_lesson"]},
            )
        )
    return modules


def _core_complete_at(modules, done: dict[int, datetime], passed: dict[int, datetime]):
    """When the learner's last core module became complete, or None if one is not."""
    moments = []
    for lesson_ids, quiz_ids in modules:
        times = [done.get(i) for i in lesson_ids] + [passed.get(i) for i in quiz_ids]
        if any(t is None for t in times):
            return None
        moments.extend(times)
    return max(moments, default=None)


def history_violations() -> list[Violation]:
    """Every learner's history against every rule, in a fixed number of queries."""
    found: list[Violation] = []
    enrolments = list(Enrolment.objects.select_related("user", "programme"))
    learners = {e.user_id: e.user for e in enrolments}
    structure = {}
    done: dict[int, dict[int, datetime]] = defaultdict(dict)
    for user_id, lesson_id, at in LessonProgress.objects.filter(
        completed_at__isnull=False
    ).values_list("user_id", "lesson_id", "completed_at"):
        done[user_id][lesson_id] = at
    passed: dict[int, dict[int, datetime]] = defaultdict(dict)
    for user_id, page_id, at in AssessmentPass.objects.values_list(
        "user_id", "page_id", "passed_at"
    ):
        passed[user_id][page_id] = at
    sittings: dict[int, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    for user_id, occasion, module_id, at in SelfAssessment.objects.values_list(
        "user_id", "occasion", "module_id", "submitted_at"
    ):
        sittings[user_id][occasion].append((module_id, at))
    tests: dict[int, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    for user_id, kind, started, submitted in QuizAttempt.objects.filter(
        quiz_kind__in=[QuizKind.PRE_TEST, QuizKind.POST_TEST]
    ).values_list("user_id", "quiz_kind", "started_at", "submitted_at"):
        tests[user_id][kind].append((started, submitted))
    module_quiz_passes: dict[int, dict[int, datetime]] = defaultdict(dict)
    for user_id, module_id, at in (
        QuizAttempt.objects.filter(quiz_kind=QuizKind.MODULE, passed=True)
        .order_by("submitted_at")
        .values_list("user_id", "module_id", "submitted_at")
    ):
        module_quiz_passes[user_id].setdefault(module_id, at)

    for enrolment in enrolments:
        uid, email = enrolment.user_id, enrolment.user.email
        path = enrolment.programme.path
        if path not in structure:
            structure[path] = _core_modules(path)
        core_at = _core_complete_at(structure[path], done[uid], passed[uid])
        mine = sittings[uid]
        baseline = min((at for _, at in mine[Occasion.BASELINE]), default=None)
        end = min((at for _, at in mine[Occasion.END]), default=None)

        def bad(rule, detail, email=email):
            found.append(Violation(email, rule, detail))

        pre, post = tests[uid][QuizKind.PRE_TEST], tests[uid][QuizKind.POST_TEST]
        if sum(1 for _, submitted in pre if submitted) > 1:
            bad("one-pre-test", f"{len(pre)} sittings")
        if sum(1 for _, submitted in post if submitted) > 1:
            bad("one-post-test", f"{len(post)} sittings")
        for started, _ in pre:
            if baseline is None or started < baseline:
                bad("pre-test-after-self-assessment", f"started {started:%Y-%m-%d %H:%M}")
        for started, _ in post:
            if core_at is None or started < core_at:
                bad("post-test-after-core-modules", _when(started, core_at))
        if end is not None and (core_at is None or end < core_at):
            bad("end-after-core-modules", _when(end, core_at))
        for _, at in mine[Occasion.FOLLOW_UP]:
            if end is None or not end + FOLLOW_UP_OPENS <= at <= end + FOLLOW_UP_CLOSES:
                bad("follow-up-in-window", f"taken {at:%Y-%m-%d}, end sitting {end or 'never'}")
        for module_id, at in mine[Occasion.PULSE]:
            passed_at = module_quiz_passes[uid].get(module_id)
            if passed_at is None or at < passed_at:
                bad("check-in-after-quiz-passed", f"module {module_id} check-in {at:%Y-%m-%d}")

    found += _left_but_active(learners)
    found += _signed_in_never_invited()
    return found


def _when(at, core_at) -> str:
    if core_at is None:
        return f"taken {at:%Y-%m-%d %H:%M} with core modules still to complete"
    return f"taken {at:%Y-%m-%d %H:%M}, core modules complete {core_at:%Y-%m-%d %H:%M}"


def _left_but_active(learners) -> list[Violation]:
    """Someone marked as having left their council who is still in a cohort for it."""
    left = {
        p.user_id: p
        for p in CouncillorProfile.objects.filter(left_at__isnull=False).select_related("user")
    }
    found = []
    for membership in CohortMembership.objects.filter(user_id__in=left).select_related("cohort"):
        profile = left[membership.user_id]
        found.append(
            Violation(
                profile.user.email,
                "no-activity-after-leaving",
                f"left on {profile.left_at:%Y-%m-%d}, still in {membership.cohort.name}",
            )
        )
    return found


def _signed_in_never_invited() -> list[Violation]:
    councils = RosterUpload.objects.filter(status=RosterUploadStatus.IMPORTED).values("council_id")
    invited = Invitation.objects.values("user_id")
    people = User.objects.filter(
        councillor_profile__council_id__in=councils, last_login__isnull=False
    ).exclude(pk__in=invited)
    return [
        Violation(u.email, "invited-before-signing-in", f"signed in {u.last_login:%Y-%m-%d}")
        for u in people.order_by("email")
    ]
