"""Writes for quizzes, self-assessments and stages. Every check happens before any write, and
each submission is one transaction: it records one result or nothing."""

import random
from collections.abc import Mapping

from django.db import IntegrityError, transaction
from django.db.models import Count
from django.utils import timezone

from courses.models import AssessmentPass, Enrolment, ModulePage
from courses.queries import programme_structure

from . import scoring
from .constants import SCALES, Dimension, Occasion, QuizKind
from .models import (
    InstrumentItem,
    ItemAnswer,
    QuestionResponse,
    QuizAttempt,
    QuizPage,
    SelfAssessment,
    StageSnapshot,
)
from .queries import measurement_settings
from .stages import stage_for


class QuizError(Exception):
    """Something a learner can be told in plain English; nothing was written."""


class NotAvailable(QuizError):
    pass


class AttemptClosed(QuizError):
    pass


class InvalidAnswers(QuizError):
    def __init__(self, message: str, errors: Mapping[str, str]):
        super().__init__(message)
        self.errors = dict(errors)


# --- knowledge quizzes ---------------------------------------------------------------------


def _check_enrolled(*, user, quiz: QuizPage) -> None:
    if not quiz.live:
        raise NotAvailable("This quiz is not published.")
    if not Enrolment.objects.filter(user=user, programme__path=quiz.programme_path).exists():
        raise NotAvailable("This quiz is not part of a programme you are enrolled on.")


def question_snapshot(quiz: QuizPage) -> list[dict]:
    """The quiz's questions as plain data, keyed by their stable block and option ids."""
    questions = []
    for block in quiz.questions:
        value = block.value
        questions.append(
            {
                "id": block.id,
                "kind": value["kind"],
                "text": value["text"],
                "explanation": value["explanation"],
                "options": [
                    {
                        "id": child.id,
                        "text": child.value["text"],
                        "correct": bool(child.value["correct"]),
                        "feedback": child.value["feedback"] or "",
                    }
                    for child in value["options"].bound_blocks
                ],
            }
        )
    return questions


def attempt_draw(
    *, user, quiz: QuizPage, module: ModulePage | None, bank: list[dict], seed: int, at=None
) -> QuizAttempt:
    """A new (unsaved) attempt: questions drawn from ``bank`` (``question_snapshot(quiz)``) in
    an order fixed by ``seed``. Writes nothing; ``attempt_start`` saves one."""
    drawn = random.Random(seed).sample(bank, k=min(quiz.questions_per_attempt, len(bank)))
    return QuizAttempt(
        user=user,
        quiz=quiz,
        quiz_kind=quiz.kind,
        module=module,
        title=quiz.title,
        revision_id=quiz.live_revision_id,
        seed=seed,
        snapshot={"questions": drawn},
        pass_mark=quiz.pass_mark,
        started_at=at or timezone.now(),
    )


def attempt_start(*, user, quiz: QuizPage, at=None, seed: int | None = None) -> QuizAttempt:
    """Returns the learner's open attempt at this quiz, or starts one: N questions drawn at
    random, in an order fixed by the attempt's seed."""
    _check_enrolled(user=user, quiz=quiz)
    # Two tabs may race: the database's one-open-attempt constraint decides, and the loser
    # uses the winner's attempt, or starts again if that was submitted in the meantime.
    for _ in range(3):
        existing = QuizAttempt.objects.filter(
            user=user, quiz=quiz, submitted_at__isnull=True
        ).first()
        if existing is not None:
            return existing
        attempt = _attempt_new(user=user, quiz=quiz, at=at, seed=seed)
        try:
            with transaction.atomic():
                attempt.save()
        except IntegrityError:
            continue
        return attempt
    raise NotAvailable("Too many attempts were started at once. Try again.")


def _attempt_new(*, user, quiz: QuizPage, at, seed: int | None) -> QuizAttempt:
    seed = seed if seed is not None else random.SystemRandom().randrange(2**40)
    module = None
    if quiz.kind == QuizKind.MODULE:
        module = ModulePage.objects.filter(path=quiz.path[: -QuizPage.steplen]).first()
    attempt = attempt_draw(
        user=user, quiz=quiz, module=module, bank=question_snapshot(quiz), seed=seed, at=at
    )
    # The one-open-attempt constraint is the database's to check (above): checked here too, a
    # row another tab committed in between made this a ValidationError, a 500 (found by the
    # cluster suite's concurrent load).
    attempt.full_clean(validate_constraints=False)
    return attempt


def _validate_answers(snapshot: dict, answers: Mapping[str, list[str]]) -> dict[str, set[str]]:
    questions = {q["id"]: q for q in snapshot["questions"]}
    unknown = set(answers) - set(questions)
    if unknown:
        raise InvalidAnswers(
            "Your answers included a question that is not in this attempt. Nothing was saved.",
            {},
        )
    errors, cleaned = {}, {}
    for qid, question in questions.items():
        chosen = set(answers.get(qid) or [])
        valid_ids = {o["id"] for o in question["options"]}
        if not chosen:
            errors[qid] = (
                "Select an answer."
                if question["kind"] != "multiple"
                else "Select at least one answer."
            )
        elif not chosen <= valid_ids:
            errors[qid] = "That answer is not one of this question's options."
        elif question["kind"] != "multiple" and len(chosen) > 1:
            errors[qid] = "Select only one answer."
        cleaned[qid] = chosen
    if errors:
        raise InvalidAnswers("Answer every question before you submit. Nothing was saved.", errors)
    return cleaned


def attempt_score(
    attempt: QuizAttempt, answers: Mapping[str, list[str]], *, at
) -> list[QuestionResponse]:
    """Validates and scores answers against the attempt's snapshot: fills in the attempt's
    percent, pass and submission time and returns its (unsaved) responses. Writes nothing:
    ``attempt_submit`` saves one attempt; the synthetic-data generator bulk-inserts many."""
    cleaned = _validate_answers(attempt.snapshot, answers)
    responses = []
    for question in attempt.snapshot["questions"]:
        chosen = cleaned[question["id"]]
        credit = scoring.question_credit(
            kind=question["kind"],
            correct=[o["id"] for o in question["options"] if o["correct"]],
            chosen=chosen,
        )
        ordered = [o["id"] for o in question["options"] if o["id"] in chosen]
        wrong = [o["id"] for o in question["options"] if o["id"] in chosen and not o["correct"]]
        responses.append(
            QuestionResponse(
                attempt=attempt,
                question_id=question["id"],
                chosen=ordered,
                wrong=wrong,
                credit=credit,
            )
        )
    attempt.percent = scoring.attempt_percent(r.credit for r in responses)
    attempt.passed = attempt.percent >= attempt.pass_mark
    attempt.submitted_at = at
    return responses


def attempt_submit(
    *, user, attempt_id: int, answers: Mapping[str, list[str]], at=None
) -> QuizAttempt:
    """Scores and closes an attempt. Submitting it again (a double click, the back button, a
    replayed request) raises AttemptClosed and writes nothing."""
    now = at or timezone.now()
    with transaction.atomic():
        attempt = QuizAttempt.objects.select_for_update().filter(pk=attempt_id, user=user).first()
        if attempt is None:
            raise NotAvailable("We could not find that quiz attempt.")
        if not attempt.is_open:
            raise AttemptClosed("You have already submitted this attempt. Here is your result.")
        responses = attempt_score(attempt, answers, at=now)
        QuestionResponse.objects.bulk_create(responses)
        # Field checks only: the row's links were read just now under a lock, and the database
        # enforces the check and unique constraints on save (validating them first cost a
        # query each, ten in all).
        attempt.full_clean(exclude=["user", "quiz", "module"], validate_constraints=False)
        attempt.save(update_fields=["percent", "passed", "submitted_at"])
        if attempt.passed and attempt.quiz_kind == QuizKind.MODULE and attempt.quiz_id:
            # The first pass counts; a later one changes nothing (one statement, no race).
            AssessmentPass.objects.bulk_create(
                [AssessmentPass(user=user, page_id=attempt.quiz_id, passed_at=now)],
                ignore_conflicts=True,
            )
        Enrolment.objects.filter(user=user).update(last_active_at=now)
        if attempt.quiz_kind == QuizKind.MODULE:
            stage_recompute(user=user, reason=f"{attempt.title} ({attempt.percent:g}%)", at=now)
    return attempt


# --- the self-assessment instrument ----------------------------------------------------------


def instrument_items(*, occasion: str, quiz: QuizPage | None = None) -> list[InstrumentItem]:
    if occasion == Occasion.PULSE:
        if quiz is None:
            raise NotAvailable("A check-in belongs to a module.")
        return list(quiz.pulse_items.filter(active=True).order_by("sort_order", "key"))
    return list(InstrumentItem.objects.filter(active=True).order_by("sort_order", "key"))


def _check_value(item: dict, value) -> int | None:
    low, high, dont_know = SCALES[item["dimension"]]
    if value is None:
        if dont_know:
            return None
        raise ValueError("Choose an answer.")
    if not isinstance(value, int) or not low <= value <= high:
        raise ValueError(f"Choose a whole number from {low} to {high}.")
    return value


def self_assessment_submit(
    *,
    user,
    occasion: str,
    answers: Mapping[str, int | None],
    retro_answers: Mapping[str, int | None] | None = None,
    quiz: QuizPage | None = None,
    at=None,
) -> SelfAssessment:
    """Records one sitting of the instrument. ``answers`` maps item key to a value (None for
    "don't know" on attitude items). Every item must be answered or marked don't know; the
    end-of-programme sitting also asks the 'thinking back' confidence ratings."""
    now = at or timezone.now()
    items = instrument_items(occasion=occasion, quiz=quiz)
    if not items:
        raise NotAvailable("There are no questions to answer here yet.")
    snapshot = [
        {"key": i.key, "dimension": i.dimension, "text": i.text, "reverse": i.reverse_coded,
         "retro_text": i.retro_text}
        for i in items
    ]  # fmt: skip
    keys = {i["key"] for i in snapshot}
    if set(answers) - keys or set(retro_answers or {}) - keys:
        raise InvalidAnswers("Your answers included a question that is not in this form.", {})
    errors: dict[str, str] = {}
    cleaned: dict[str, int | None] = {}
    for item in snapshot:
        if item["key"] not in answers:
            errors[item["key"]] = "Choose an answer."
            continue
        try:
            cleaned[item["key"]] = _check_value(item, answers[item["key"]])
        except ValueError as exc:
            errors[item["key"]] = str(exc)
    retro: dict[str, int] = {}
    if occasion == Occasion.END:
        for item in snapshot:
            if item["dimension"] != Dimension.CONFIDENCE or not item["retro_text"]:
                continue
            key = item["key"]
            try:
                value = (retro_answers or {}).get(key)
                if value is None:
                    raise ValueError("Choose an answer.")
                retro[key] = _check_value(item, value)
            except ValueError as exc:
                errors[f"then-{key}"] = str(exc)
    if errors:
        raise InvalidAnswers("Answer every question before you submit. Nothing was saved.", errors)

    definitions = [scoring.ItemDefinition(i["key"], i["dimension"], i["reverse"]) for i in snapshot]
    totals = dict(
        InstrumentItem.objects.filter(active=True)
        .values("dimension")
        .annotate(n=Count("pk"))
        .values_list("dimension", "n")
    )
    scores = scoring.subscale_scores(definitions, cleaned, totals=totals)
    if retro:
        then = scoring.subscale_scores([d for d in definitions if d.dimension == "C"], retro)
        scores["C_then"] = then.get("C")
    module = quiz.get_parent().specific if occasion == Occasion.PULSE else None
    with transaction.atomic():
        assessment = SelfAssessment(
            user=user,
            occasion=occasion,
            module=module,
            submitted_at=now,
            snapshot=snapshot,
            scores=scores,
        )
        assessment.full_clean(validate_constraints=False)
        try:
            with transaction.atomic():
                assessment.save()
        except IntegrityError as exc:
            raise AttemptClosed("You have already answered this self-assessment.") from exc
        ItemAnswer.objects.bulk_create(
            [ItemAnswer(assessment=assessment, item_key=k, value=v) for k, v in cleaned.items()]
            + [
                ItemAnswer(assessment=assessment, item_key=k, value=v, retrospective=True)
                for k, v in retro.items()
            ]
        )
        Enrolment.objects.filter(user=user).update(last_active_at=now)
        if occasion != Occasion.PULSE:
            stage_recompute(user=user, reason=assessment.get_occasion_display(), at=now)
    return assessment


# --- stages --------------------------------------------------------------------------------


def current_inputs(*, user, mastery: float) -> dict[str, float] | None:
    """A, C and B from the latest sitting where each was valid; K from quiz results now.
    None until the learner has a valid baseline for A, C and B."""
    latest: dict[str, float] = {}
    for scores in (
        SelfAssessment.objects.filter(user=user)
        .exclude(occasion=Occasion.PULSE)
        .order_by("-submitted_at")
        .values_list("scores", flat=True)
    ):
        for dimension in ("A", "C", "B"):
            if dimension not in latest and scores.get(dimension) is not None:
                latest[dimension] = scores[dimension]
    if len(latest) < 3:
        return None
    best = {}
    for module_id, percent in QuizAttempt.objects.filter(
        user=user, quiz_kind=QuizKind.MODULE, submitted_at__isnull=False, module__isnull=False
    ).values_list("module_id", "percent"):
        best[module_id] = max(best.get(module_id, 0.0), percent)
    programme_path = (
        Enrolment.objects.filter(user=user).order_by("pk").values_list("programme__path", flat=True)
    ).first()
    core_ids = []
    if programme_path is not None:  # its live core modules, from the cached structure
        structure = programme_structure(path=programme_path)
        core_ids = [m["id"] for m in structure["modules"] if m["is_core"]]
    latest["K"] = scoring.knowledge_share(
        best_percent_by_module=best, core_module_ids=core_ids, mastery=mastery
    )
    return latest


def stage_recompute(*, user, reason: str, at=None) -> StageSnapshot | None:
    """Stores a stage snapshot when the stage or any of its inputs changed."""
    settings_row = measurement_settings()
    thresholds = settings_row.thresholds()
    inputs = current_inputs(user=user, mastery=settings_row.mastery_percent)
    if inputs is None:
        return None
    stage = stage_for(a=inputs["A"], k=inputs["K"], c=inputs["C"], b=inputs["B"], t=thresholds)
    last = StageSnapshot.objects.filter(user=user).order_by("-recorded_at", "-pk").first()
    rounded = {d: round(inputs[d], 3) for d in ("A", "K", "C", "B")}
    if last is not None and (
        last.stage == stage.number
        and {
            "A": round(last.a, 3),
            "K": round(last.k, 3),
            "C": round(last.c, 3),
            "B": round(last.b, 3),
        }
        == rounded
    ):
        return last
    snapshot = StageSnapshot(
        user=user,
        stage=stage.number,
        informed_sceptic=stage.informed_sceptic,
        a=rounded["A"],
        k=rounded["K"],
        c=rounded["C"],
        b=rounded["B"],
        reason=reason[:120],
        thresholds=thresholds.__dict__,
        recorded_at=at or timezone.now(),
    )
    snapshot.full_clean()
    snapshot.save()
    return snapshot
