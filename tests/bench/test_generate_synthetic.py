"""The synthetic-data generator: the small size, on the test database, through the real code."""

import io

import pytest
from django.core.management import CommandError, call_command

from champions.accounts.models import Council, CouncillorProfile
from cohorts.models import Cohort
from courses.models import LessonProgress
from quizzes.models import QuestionResponse, QuizAttempt, StageSnapshot

pytestmark = pytest.mark.django_db


def test_generate_synthetic_refuses_to_run_with_debug_off_unless_forced():
    with pytest.raises(CommandError, match="--force"):
        call_command("generate_synthetic", size="small", stdout=io.StringIO())


def test_the_small_size_makes_one_council_of_50_with_histories_that_tail_off_once():
    out = io.StringIO()
    call_command("generate_synthetic", size="small", force=True, stdout=out)
    assert "Generated small" in out.getvalue()
    council = Council.objects.get(slug__startswith="synthetic-")
    learners = CouncillorProfile.objects.filter(council=council)
    assert learners.count() == 50
    cohort = Cohort.objects.get(name__startswith="Synthetic cohort 001")
    members = set(cohort.memberships.values_list("user_id", flat=True))
    started = set(
        LessonProgress.objects.filter(user_id__in=members).values_list("user_id", flat=True)
    )
    assert 0 < len(started) < len(members)  # not everyone starts
    attempts = QuizAttempt.objects.filter(user_id__in=members)
    assert attempts.filter(submitted_at__isnull=True).count() == 0
    per_attempt = {a.pk: len(a.snapshot["questions"]) for a in attempts}
    responses = QuestionResponse.objects.filter(attempt_id__in=per_attempt)
    assert responses.count() == sum(per_attempt.values())
    assert attempts.filter(passed=False).exists() and attempts.filter(passed=True).exists()
    assert StageSnapshot.objects.filter(user_id__in=members).exists()

    again = io.StringIO()
    call_command("generate_synthetic", size="small", force=True, stdout=again)
    assert "already here" in again.getvalue()
    assert QuizAttempt.objects.filter(user_id__in=members).count() == len(per_attempt)
