"""Knowledge quizzes: drawing the questions, starting an attempt, scoring and submitting it.
Every check happens before any write; a submission records one result or nothing."""

import random
from collections.abc import Mapping

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext
from wagtail import hooks

from courses.models import AssessmentPass, Enrolment, ModulePage, ProgrammePage
from courses.queries import programme_overview

from .. import scoring
from ..constants import QuizKind
from ..measurement import knowledge_check_refusal, measurement_state
from ..models import QuestionResponse, QuizAttempt, QuizPage, answered_in
from .errors import AttemptClosed, InvalidAnswers, NotAvailable, NotOpen
from .stage_snapshots import stage_recompute


def _check_enrolled(*, user, quiz: QuizPage) -> None:
    if not quiz.live:
        raise NotAvailable(gettext("This quiz is not published."))
    if not Enrolment.objects.filter(user=user, programme__path=quiz.programme_path).exists():
        raise NotAvailable(gettext("This quiz is not part of a programme you are enrolled on."))


def _check_window(*, user, quiz: QuizPage) -> None:
    """The knowledge pre-test and post-test are taken once each, in their windows: the pre-test
    after the starting self-assessment, the post-test once every core module is complete."""
    if quiz.kind == QuizKind.MODULE:
        return
    programme = ProgrammePage.objects.get(path=quiz.programme_path)
    state = measurement_state(
        user=user, overview=programme_overview(programme=programme, user=user)
    )
    refusal = knowledge_check_refusal(state, quiz.kind)
    if refusal:
        raise NotOpen(refusal)


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
    existing = QuizAttempt.objects.filter(user=user, quiz=quiz, submitted_at__isnull=True).first()
    if existing is not None:
        return existing  # coming back to an open attempt: its answers so far are kept
    _check_window(user=user, quiz=quiz)
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
    raise NotAvailable(gettext("Too many attempts were started at once. Try again."))


def _attempt_new(*, user, quiz: QuizPage, at, seed: int | None) -> QuizAttempt:
    seed = seed if seed is not None else random.SystemRandom().randrange(2**40)
    module = None
    if quiz.kind == QuizKind.MODULE:
        module = ModulePage.objects.filter(path=quiz.path[: -QuizPage.steplen]).first()
    # The questions as worded in the active language (a Welsh translation keeps every
    # question's and option's id, so scoring and item analysis are the same).
    asked = quiz.localized if quiz.live else quiz
    attempt = attempt_draw(
        user=user, quiz=quiz, module=module, bank=question_snapshot(asked), seed=seed, at=at
    )
    attempt.language = answered_in()
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
            gettext(
                "Your answers included a question that is not in this attempt. Nothing was saved."
            ),
            {},
        )
    errors, cleaned = {}, {}
    for qid, question in questions.items():
        chosen = set(answers.get(qid) or [])
        valid_ids = {o["id"] for o in question["options"]}
        if not chosen:
            errors[qid] = (
                gettext("Select an answer.")
                if question["kind"] != "multiple"
                else gettext("Select at least one answer.")
            )
        elif not chosen <= valid_ids:
            errors[qid] = gettext("That answer is not one of this question's options.")
        elif question["kind"] != "multiple" and len(chosen) > 1:
            errors[qid] = gettext("Select only one answer.")
        cleaned[qid] = chosen
    if errors:
        raise InvalidAnswers(
            gettext("Answer every question before you submit. Nothing was saved."), errors
        )
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
            raise NotAvailable(gettext("We could not find that quiz attempt."))
        if not attempt.is_open:
            raise AttemptClosed(
                gettext("You have already submitted this attempt. Here is your result.")
            )
        responses = attempt_score(attempt, answers, at=now)
        QuestionResponse.objects.bulk_create(responses)
        # Field checks only: the row's links were read just now under a lock, and the database
        # enforces the check and unique constraints on save (validating them first cost a
        # query each, ten in all).
        attempt.full_clean(exclude=["user", "quiz", "module"], validate_constraints=False)
        attempt.draft_answers = {}  # the responses now hold the answers
        attempt.save(update_fields=["percent", "passed", "submitted_at", "draft_answers"])
        if attempt.passed and attempt.quiz_kind == QuizKind.MODULE and attempt.quiz_id:
            # The first pass counts; a later one changes nothing (one statement, no race).
            AssessmentPass.objects.bulk_create(
                [AssessmentPass(user=user, page_id=attempt.quiz_id, passed_at=now)],
                ignore_conflicts=True,
            )
        Enrolment.objects.filter(user=user).update(last_active_at=now)
        if attempt.quiz_kind == QuizKind.MODULE:
            stage_recompute(user=user, reason=f"{attempt.title} ({attempt.percent:g}%)", at=now)
    if attempt.passed and attempt.quiz_kind == QuizKind.MODULE:
        # Later apps act on a pass (recognition issues the certificate when it completes the
        # programme) through this hook, after the pass is committed: quizzes never imports them.
        for hook in hooks.get_hooks("module_quiz_passed"):
            hook(user=user, at=now)
    return attempt


def attempt_save_answers(*, user, attempt_id: int, answers: Mapping[str, list[str]]) -> QuizAttempt:
    """Keeps the answers chosen so far on an open attempt, so a learner who leaves half-way
    finds them chosen when they come back. Only options of the attempt's own questions are
    kept; saving again replaces them (twice is the same as once). Nothing is scored."""
    with transaction.atomic():
        attempt = QuizAttempt.objects.select_for_update().filter(pk=attempt_id, user=user).first()
        if attempt is None:
            raise NotAvailable(gettext("We could not find that quiz attempt."))
        if not attempt.is_open:
            raise AttemptClosed(
                gettext("You have already submitted this attempt. Here is your result.")
            )
        kept = {}
        for question in attempt.snapshot["questions"]:
            valid = [o["id"] for o in question["options"]]
            chosen = [
                option for option in valid if option in set(answers.get(question["id"]) or [])
            ]
            if question["kind"] != "multiple":
                chosen = chosen[:1]
            if chosen:
                kept[question["id"]] = chosen
        attempt.draft_answers = kept
        attempt.save(update_fields=["draft_answers"])
    return attempt
