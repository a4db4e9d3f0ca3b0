"""Commitments in the demo: some councillors who passed a module quiz set one or two, a few share
them with their facilitator, and those old enough have said how they went. Through the same
services as the product; safe to run again (the services keep one of each)."""

import random
from datetime import timedelta

from django.utils import timezone

from quizzes.constants import QuizKind
from quizzes.models import QuizAttempt
from recognition.constants import CommitmentSource, FollowUpOutcome
from recognition.models import Commitment
from recognition.queries import officer_question_suggestions
from recognition.services import NewCommitment, commitments_set, follow_up_record

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
    seen = set()
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
    return f"Commitments: {total} set by {len({u for u, _ in seen})} councillors"
