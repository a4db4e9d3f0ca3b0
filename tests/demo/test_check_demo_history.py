"""check_demo_history: the demo obeys the measurement and roster rules, and a history that
breaks one is named, learner and rule."""

import pytest
from django.core.management import CommandError, call_command

from quizzes.constants import Occasion
from quizzes.services import self_assessment_submit
from tests.factories import CohortFactory, CouncillorFactory, build_programme, instrument_answers


@pytest.mark.demo
def test_the_demo_obeys_every_history_rule(demo, capsys):
    call_command("check_demo_history")
    assert "Every history obeys the" in capsys.readouterr().out


def test_an_end_sitting_before_the_core_modules_are_complete_fails_the_check(db):
    course = build_programme(modules=2, lessons=1, check_in=True)
    cohort = CohortFactory(programme=course.page)
    learner = CouncillorFactory(email="early.finisher@example.org", cohort=cohort)
    self_assessment_submit(
        user=learner, occasion=Occasion.BASELINE, answers=instrument_answers(a=3, c=4, b=1)
    )
    # Straight to the end sitting through the service, which (unlike the page) does not guard
    # the window: exactly the history the checker is there to catch.
    self_assessment_submit(
        user=learner,
        occasion=Occasion.END,
        answers=instrument_answers(a=4, c=6, b=2),
        retro_answers={"C1": 3, "C2": 3, "C3": 3, "C4": 3, "C5": 3, "C6": 3, "C7": 3, "C8": 3},
    )
    with pytest.raises(CommandError, match="break the rules"):
        call_command("check_demo_history")


def test_the_failure_names_the_learner_and_the_rule(db, capsys):
    course = build_programme(modules=1, lessons=1, check_in=True)
    cohort = CohortFactory(programme=course.page)
    learner = CouncillorFactory(email="too.soon@example.org", cohort=cohort)
    self_assessment_submit(
        user=learner, occasion=Occasion.BASELINE, answers=instrument_answers(a=3, c=4, b=1)
    )
    self_assessment_submit(
        user=learner,
        occasion=Occasion.END,
        answers=instrument_answers(a=4, c=6, b=2),
        retro_answers={"C1": 3, "C2": 3, "C3": 3, "C4": 3, "C5": 3, "C6": 3, "C7": 3, "C8": 3},
    )
    with pytest.raises(CommandError):
        call_command("check_demo_history")
    errors = capsys.readouterr().err
    assert "too.soon@example.org: end-after-core-modules" in errors
    assert "core modules still to complete" in errors
