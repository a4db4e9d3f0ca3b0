"""A new edition never changes a past score. Every attempt stores the questions it drew, with
their right answers, as scored (its snapshot); loading changed content over the demo must leave
every stored score, and every score re-computed from its snapshot, exactly as it was, even when
a question is reworded and its right answer moved."""

import re
import shutil
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command

from curriculum.files import CONTENT_DIR
from quizzes import scoring
from quizzes.models import QuizAttempt, QuizPage

pytestmark = [pytest.mark.django_db, pytest.mark.demo]


def rescored(attempt: QuizAttempt) -> float:
    """The attempt's score from its snapshot and stored choices, through the scoring rules."""
    chosen = {r.question_id: r.chosen for r in attempt.responses.all()}
    credits = [
        scoring.question_credit(
            kind=q["kind"],
            correct=[o["id"] for o in q["options"] if o["correct"]],
            chosen=chosen[q["id"]],
        )
        for q in attempt.snapshot["questions"]
    ]
    return scoring.attempt_percent(credits)


def scores() -> dict[int, tuple[float, bool, float]]:
    return {
        a.pk: (a.percent, a.passed, rescored(a))
        for a in QuizAttempt.objects.filter(submitted_at__isnull=False).prefetch_related(
            "responses"
        )
    }


def changed_edition(tmp_path: Path) -> Path:
    """content/ with every question reworded, and the right answer of m01-q01 moved to an
    option that was wrong."""
    root = tmp_path / "content"
    shutil.copytree(CONTENT_DIR, root)
    for bank in root.glob("modules/*/questions.yaml"):
        text = bank.read_text()
        bank.write_text(re.sub(r"(?m)^  text: >-\n", "  text: >-\n    (Reworded.)\n", text))
    bank = next(root.glob("modules/01-*/questions.yaml"))
    text = bank.read_text()
    start = text.index("- key: m01-q01")
    end = text.index("- key: m01-q02")
    question = text[start:end]
    question = question.replace("correct: true", "correct: WAS", 1)
    question = question.replace("correct: false", "correct: true", 1)
    question = question.replace("correct: WAS", "correct: false", 1)
    bank.write_text(text[:start] + question + text[end:])
    return root


def test_a_new_edition_leaves_every_past_score_as_it_was(tmp_path):
    before = scores()
    assert len(before) >= 20, "the demo should hold submitted attempts"
    assert all(stored == again for stored, _, again in before.values())
    quiz = QuizPage.objects.get(
        locale__language_code="en-gb", slug="quiz", url_path__contains="political-leadership"
    )
    old_right = [
        o.id for o in quiz.questions[0].value["options"].bound_blocks if o.value["correct"]
    ]

    out = StringIO()
    call_command(
        "load_curriculum",
        "--overwrite-edited",
        "--content",
        str(changed_edition(tmp_path)),
        stdout=out,
        stderr=out,
    )

    quiz.refresh_from_db()
    assert quiz.questions[0].value["text"].startswith("(Reworded.)")
    new_right = [
        o.id for o in quiz.questions[0].value["options"].bound_blocks if o.value["correct"]
    ]
    assert new_right != old_right
    assert scores() == before
