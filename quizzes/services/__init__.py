"""Writes for quizzes, self-assessments and stages. Every check happens before any write, and
each submission is one transaction: it records one result or nothing.

attempts: knowledge quizzes; self_assessment: the instrument; stage_snapshots: a learner's
stage; errors: what the services refuse with.
"""

from .attempts import (
    attempt_draw,
    attempt_save_answers,
    attempt_score,
    attempt_start,
    attempt_submit,
    question_snapshot,
)
from .errors import AttemptClosed, InvalidAnswers, NotAvailable, NotOpen, QuizError
from .self_assessment import instrument_items, self_assessment_submit
from .stage_snapshots import current_inputs, stage_recompute

__all__ = [
    "AttemptClosed",
    "InvalidAnswers",
    "NotAvailable",
    "NotOpen",
    "QuizError",
    "attempt_draw",
    "attempt_save_answers",
    "attempt_score",
    "attempt_start",
    "attempt_submit",
    "current_inputs",
    "instrument_items",
    "question_snapshot",
    "self_assessment_submit",
    "stage_recompute",
]
