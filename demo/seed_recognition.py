"""Commitments in the demo: some councillors who passed a module quiz set one or two, a few share
them with their facilitator, and those old enough have said how they went. Everyone who
completed the programme has their certificate (issued when they passed their last quiz; issued
here if that pass came before their last lesson). Through the same services as the product;
safe to run again (the services keep one of each)."""

import random
from datetime import timedelta

from django.db.models import Count
from django.utils import timezone

from courses.models import AssessmentPass, Enrolment, LessonPage, LessonProgress, ModulePage
from courses.services import lesson_mark_complete
from quizzes.constants import QuizKind
from quizzes.models import QuizAttempt, QuizPage, SelfAssessment
from quizzes.services import attempt_start, attempt_submit
from recognition.constants import CommitmentSource, FollowUpOutcome
from recognition.keys import NoSigningKey
from recognition.models import Certificate, Commitment
from recognition.queries import officer_question_suggestions
from recognition.services import (
    NewCommitment,
    certificates_issue_due,
    commitments_set,
    follow_up_record,
)

OWN_WORDS = [
    "Ask at the next scrutiny meeting who owns the council's website data.",
    "Visit the library's digital help session in my ward and report back to officers.",
    "Ask the cabinet member for the digital strategy's measures of success.",
]
OUTCOMES = [FollowUpOutcome.DONE, FollowUpOutcome.PARTLY, FollowUpOutcome.NOT_YET]


def seed_recognition(cast: dict) -> str:
    rng = random.Random(20)  # the same demo every time
    now = timezone.now()
    councillors = [user for user, _cohort in cast["councillors"]]
    passes = (
        QuizAttempt.objects.filter(user__in=councillors, quiz_kind=QuizKind.MODULE, passed=True)
        .select_related("module", "user")
        .order_by("user_id", "submitted_at")
    )
    # Seeding again leaves what is there: the passes seen may differ the second time (a
    # councillor finishing the programme below adds some), and would draw other words.
    seen = set(
        Commitment.objects.filter(user__in=councillors, module__isnull=False).values_list(
            "user_id", "module_id"
        )
    )
    for attempt in passes:
        key = (attempt.user_id, attempt.module_id)
        if attempt.module is None or key in seen or attempt.user_id % 3 == 0:
            continue  # a third of councillors set none: commitments are optional
        seen.add(key)
        suggestions = officer_question_suggestions(module=attempt.module)
        items = [NewCommitment(text=rng.choice(OWN_WORDS), source=CommitmentSource.OWN_WORDS)]
        if suggestions:
            items.insert(
                0,
                NewCommitment(
                    text=rng.choice(suggestions), source=CommitmentSource.OFFICER_QUESTION
                ),
            )
        made = commitments_set(
            user=attempt.user,
            module=attempt.module,
            commitments=items,
            shared=attempt.user_id % 2 == 0,
            now=attempt.submitted_at,
        )
        for commitment in made:
            for days in (30, 90):
                due_at = commitment.set_at + timedelta(days=days)
                if due_at <= now - timedelta(days=3):  # a few days to get round to it
                    follow_up_record(
                        user=attempt.user,
                        commitment_id=commitment.pk,
                        days=days,
                        outcome=OUTCOMES[(commitment.pk + days) % len(OUTCOMES)],
                        now=due_at + timedelta(days=2),
                    )
    total = Commitment.objects.filter(user__in=councillors).count()
    certificates = _certificates(councillors)
    return f"Commitments: {total} set by {len({u for u, _ in seen})} councillors; {certificates}"


def _finish_the_programme(councillors, now) -> None:
    """The demo's histories tail off before anyone finishes all ten core modules, so one
    councillor (the furthest along with a starting point, never the demo councillor) finishes
    them: the lessons left read five days ago, then each quiz passed. Their last pass issues the
    certificate. Nothing is added once they have one."""
    if Certificate.objects.filter(user__in=councillors).exists():
        return
    started = set(SelfAssessment.objects.values_list("user_id", flat=True))
    candidates = [u for u in councillors if u.pk in started]
    if not candidates:
        return
    done = dict(
        LessonProgress.objects.filter(user__in=candidates, completed_at__isnull=False)
        .values("user_id")
        .annotate(n=Count("pk"))
        .values_list("user_id", "n")
    )
    user = max(candidates, key=lambda u: (done.get(u.pk, 0), -u.pk))
    programme = Enrolment.objects.filter(user=user).select_related("programme").first().programme
    at = now - timedelta(days=5)
    for module in ModulePage.objects.child_of(programme).live().order_by("path"):
        for lesson in LessonPage.objects.child_of(module).live().order_by("path"):
            at += timedelta(minutes=15)
            lesson_mark_complete(user=user, lesson=lesson, at=at)
        quiz = QuizPage.objects.child_of(module).live().filter(kind=QuizKind.MODULE).first()
        if quiz is None or AssessmentPass.objects.filter(user=user, page=quiz).exists():
            continue
        at += timedelta(minutes=30)
        attempt = attempt_start(user=user, quiz=quiz, at=at, seed=20)
        right = {
            q["id"]: [o["id"] for o in q["options"] if o["correct"]]
            for q in attempt.snapshot["questions"]
        }
        attempt_submit(
            user=user, attempt_id=attempt.pk, answers=right, at=at + timedelta(minutes=8)
        )


def _certificates(councillors) -> str:
    try:
        _finish_the_programme(councillors, timezone.now())
        for user in councillors:
            certificates_issue_due(user=user)
    except NoSigningKey as exc:
        return f"no certificates ({exc} Run `manage.py credential_keys generate`.)"
    issued = Certificate.objects.filter(user__in=councillors).count()
    return f"{issued} certificates for completing the programme"
