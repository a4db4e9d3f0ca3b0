"""The window rules as a learner meets them: for each state of their programme, the words the
"not open yet" page shows, or nothing when the measurement is open. The pages and services use
these same functions (tests/quizzes/test_measurement_windows.py walks them through the site)."""

from datetime import UTC, datetime, timedelta

import pytest

from quizzes.constants import Occasion, QuizKind
from quizzes.measurement import (
    FOLLOW_UP_CLOSES,
    FOLLOW_UP_OPENS,
    KnowledgeCheck,
    MeasurementState,
    knowledge_check_refusal,
    self_assessment_refusal,
)

MARCH = datetime(2027, 3, 1, 10, tzinfo=UTC)


def _check(kind: str, taken_at=None) -> KnowledgeCheck:
    return KnowledgeCheck(id=1, title="Check", url="/check/", kind=kind, taken_at=taken_at)


def _state(**changes) -> MeasurementState:
    values = {
        "baseline_at": None,
        "end_at": None,
        "follow_up_at": None,
        "pre_test": _check(QuizKind.PRE_TEST),
        "post_test": _check(QuizKind.POST_TEST),
        "core_total": 10,
        "core_done": 0,
    }
    return MeasurementState(**(values | changes))


def test_the_end_self_assessment_waits_for_the_start_then_for_every_core_module():
    assert self_assessment_refusal(_state(), Occasion.END, now=MARCH) == (
        "The end-of-programme self-assessment opens after your starting self-assessment and "
        "all the core modules."
    )
    started = _state(baseline_at=MARCH, core_done=7)
    assert self_assessment_refusal(started, Occasion.END, now=MARCH) == (
        "The end-of-programme self-assessment opens when you have completed all 10 core "
        "modules. You have completed 7."
    )
    assert (
        self_assessment_refusal(_state(baseline_at=MARCH, core_done=10), Occasion.END, now=MARCH)
        == ""
    )


def test_each_self_assessment_is_done_once_and_says_when():
    done = _state(baseline_at=MARCH, end_at=MARCH, follow_up_at=MARCH, core_done=10)
    assert self_assessment_refusal(done, Occasion.BASELINE, now=MARCH) == (
        "You did your starting self-assessment on 1 March 2027."
    )
    assert self_assessment_refusal(done, Occasion.END, now=MARCH) == (
        "You did your end-of-programme self-assessment on 1 March 2027."
    )
    assert self_assessment_refusal(done, Occasion.FOLLOW_UP, now=MARCH) == (
        "You did your follow-up check-in on 1 March 2027."
    )
    assert self_assessment_refusal(_state(), Occasion.BASELINE, now=MARCH) == ""


@pytest.mark.parametrize(
    ("after_the_end", "message"),
    [
        (FOLLOW_UP_OPENS - timedelta(minutes=1), "Your follow-up check-in opens on 30 May 2027."),
        (FOLLOW_UP_OPENS, ""),
        (FOLLOW_UP_CLOSES, ""),
        (
            FOLLOW_UP_CLOSES + timedelta(minutes=1),
            "Your follow-up check-in closed on 31 August 2027.",
        ),
    ],
)
def test_the_follow_up_is_open_from_3_to_6_months_after_the_end(after_the_end, message):
    state = _state(baseline_at=MARCH, end_at=MARCH, core_done=10)
    assert self_assessment_refusal(state, Occasion.FOLLOW_UP, now=MARCH + after_the_end) == message


def test_the_follow_up_needs_an_end_sitting_and_other_occasions_are_not_windowed():
    assert self_assessment_refusal(_state(baseline_at=MARCH), Occasion.FOLLOW_UP, now=MARCH) == (
        "The follow-up check-in opens 3 months after your end-of-programme self-assessment."
    )
    assert self_assessment_refusal(_state(), Occasion.PULSE, now=MARCH) == ""


def test_the_final_knowledge_check_is_taken_once_and_only_after_the_core_modules():
    not_yet = _state(baseline_at=MARCH, core_done=3)
    assert knowledge_check_refusal(not_yet, QuizKind.POST_TEST) == (
        "The final check opens when you have completed all 10 core modules. You have completed 3."
    )
    ready = _state(baseline_at=MARCH, core_done=10)
    assert knowledge_check_refusal(ready, QuizKind.POST_TEST) == ""
    taken = _state(core_done=10, post_test=_check(QuizKind.POST_TEST, taken_at=MARCH))
    assert knowledge_check_refusal(taken, QuizKind.POST_TEST) == (
        "You took the final knowledge check on 1 March 2027. It is taken once."
    )
    assert taken.answers_revealed and not ready.answers_revealed
