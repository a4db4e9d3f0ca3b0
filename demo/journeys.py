"""Believable journeys for the demo councillors: baselines, quiz attempts, check-ins and
end-of-programme sittings. Written through the quizzes services, with fixed seeds, so the demo
is the same every time."""

import random
from datetime import timedelta

from django.utils import timezone

from courses.models import LessonPage, LessonProgress, ModulePage, ProgrammePage
from quizzes.constants import Occasion, QuizKind
from quizzes.models import InstrumentItem, QuizAttempt, QuizPage, SelfAssessment
from quizzes.services import attempt_start, attempt_submit, self_assessment_submit


def _answer_quiz(rng: random.Random, attempt: QuizAttempt, skill: float) -> dict[str, list[str]]:
    answers = {}
    for q in attempt.snapshot["questions"]:
        right = [o["id"] for o in q["options"] if o["correct"]]
        wrong = [o["id"] for o in q["options"] if not o["correct"]]
        if rng.random() < skill:
            answers[q["id"]] = right
        elif q["kind"] == "multiple" and len(right) > 1 and rng.random() < 0.5:
            answers[q["id"]] = right[:1]  # half right: partial credit
        else:
            answers[q["id"]] = [rng.choice(wrong)]
    return answers


def instrument_answers(rng, items, *, a: float, c: float, b: float, ic: float) -> dict:
    """Simulated self-assessment answers around a person's true attitude, confidence,
    behaviour and confidence in their role (the demo and generate_synthetic both use it)."""
    answers = {}
    for item in items:
        if item.dimension == "A":
            value = a + rng.gauss(0, 0.6)
            value = 6 - value if item.reverse_coded else value
            answers[item.key] = None if rng.random() < 0.04 else min(5, max(1, round(value)))
        elif item.dimension == "IC":
            answers[item.key] = min(5, max(1, round(ic + rng.gauss(0, 0.5))))
        elif item.dimension == "C":
            answers[item.key] = min(10, max(0, round(c + rng.gauss(0, 1.2))))
        else:
            answers[item.key] = 1 if rng.random() < b / 8 else 0
    return answers


def _take_quiz(rng, user, quiz: QuizPage, *, skill: float, at) -> QuizAttempt:
    attempt = attempt_start(user=user, quiz=quiz, at=at, seed=rng.randrange(2**32))
    return attempt_submit(
        user=user,
        attempt_id=attempt.pk,
        answers=_answer_quiz(rng, attempt, skill),
        at=at + timedelta(minutes=9),
    )


def seed_journeys(programme: ProgrammePage, councillors: list) -> int:
    """Baselines, quiz attempts, check-ins and, for those who completed every core module, the
    end-of-programme sitting and final knowledge check. Only for people
    with no self-assessment yet, so a re-run adds nothing."""
    items = list(InstrumentItem.objects.originals().filter(active=True).order_by("sort_order"))
    pre = QuizPage.objects.child_of(programme).get(kind=QuizKind.PRE_TEST)
    post = QuizPage.objects.child_of(programme).get(kind=QuizKind.POST_TEST)
    modules = list(ModulePage.objects.child_of(programme).live().order_by("path"))
    quizzes = {
        q.get_parent().id: q
        for q in QuizPage.objects.descendant_of(programme).filter(kind=QuizKind.MODULE)
    }
    module_lessons = {
        m.id: set(LessonPage.objects.child_of(m).live().values_list("id", flat=True))
        for m in modules
    }
    core_total = sum(1 for m in modules if m.kind == "core")
    started = set(SelfAssessment.objects.values_list("user_id", flat=True))
    now = timezone.now()
    done = 0
    for user, _cohort in councillors:
        if user.pk in started:
            continue
        rng = random.Random(f"journey:{user.email}")
        progress = dict(
            LessonProgress.objects.filter(user=user, completed_at__isnull=False).values_list(
                "lesson_id", "completed_at"
            )
        )
        if not progress or rng.random() < 0.1:
            continue  # never started, or started without the baseline
        first = min(progress.values())
        # A mix of starting points: some sceptics, many cautious, most positive.
        kind = rng.random()
        a0 = 2.2 if kind < 0.2 else 3.1 if kind < 0.5 else 3.9
        c0 = min(9, max(1, rng.gauss(4.6, 1.4)))
        b0 = rng.choice([0, 1, 1, 2, 3])
        ic = rng.choice([3, 4, 4, 5])
        skill = min(0.97, max(0.55, rng.gauss(0.78, 0.1)))
        baseline_at = first - timedelta(hours=2)
        self_assessment_submit(
            user=user,
            occasion=Occasion.BASELINE,
            answers=instrument_answers(rng, items, a=a0, c=c0, b=b0, ic=ic),
            at=baseline_at,
        )
        _take_quiz(rng, user, pre, skill=skill - 0.2, at=baseline_at + timedelta(minutes=20))
        lessons_done = set(progress)
        core_done = 0
        last_at = baseline_at
        for module in modules:
            lesson_ids = module_lessons[module.id]
            if not lesson_ids or not lesson_ids <= lessons_done or module.id not in quizzes:
                continue
            at = max(progress[i] for i in lesson_ids) + timedelta(hours=1)
            attempt = _take_quiz(rng, user, quizzes[module.id], skill=skill, at=at)
            tries = 1
            while not attempt.passed and tries < 3:
                retake_at = at + timedelta(days=rng.choice([1, 2, 4]))
                if retake_at > now - timedelta(hours=1):
                    break  # not yet: nobody retakes a quiz in the future
                at = retake_at
                attempt = _take_quiz(
                    rng, user, quizzes[module.id], skill=min(0.98, skill + 0.1 * tries), at=at
                )
                tries += 1
            last_at = max(last_at, at)
            if attempt.passed and module.kind == "core":
                core_done += 1
            if attempt.passed and rng.random() < 0.6:
                pulse_items = list(quizzes[module.id].pulse_items.all())
                self_assessment_submit(
                    user=user, occasion=Occasion.PULSE, quiz=quizzes[module.id],
                    answers=instrument_answers(rng, pulse_items, a=a0 + 0.2, c=c0 + 0.3 * core_done, b=b0, ic=ic),
                    at=at + timedelta(minutes=15),
                )  # fmt: skip
        if core_done == core_total:
            # The end of the programme opens only when every core module is complete (the
            # rule check_demo_history checks): most move up; some stay put; a few go down.
            drift = rng.choice([0.5, 0.4, 0.3, 0.0, -0.5])
            end_at = max(
                last_at + timedelta(minutes=30),
                min(now - timedelta(hours=1), last_at + timedelta(days=2)),
            )
            retro = {
                i.key: min(10, max(0, round(c0 - 0.8 + rng.gauss(0, 1))))
                for i in items
                if i.dimension == "C"
            }
            self_assessment_submit(
                user=user, occasion=Occasion.END, at=end_at, retro_answers=retro,
                answers=instrument_answers(rng, items, a=a0 + drift, c=min(10, c0 + 1.8 + drift), b=min(8, b0 + 3), ic=ic),
            )  # fmt: skip
            _take_quiz(rng, user, post, skill=skill, at=end_at + timedelta(minutes=20))
        done += 1
    return done
