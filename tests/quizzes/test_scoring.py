"""Scoring and stages: pure functions, tested table-driven at every boundary and with
hypothesis properties. Expected values are worked out by hand in the tables."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quizzes.scoring import (
    ItemDefinition,
    attempt_percent,
    is_valid,
    knowledge_share,
    question_credit,
    reverse,
    subscale_scores,
)
from quizzes.stages import Thresholds, next_steps, stage_for


@pytest.mark.parametrize(
    ("kind", "correct", "chosen", "credit"),
    [
        ("single", ["a"], ["a"], 1.0),
        ("single", ["a"], ["b"], 0.0),
        ("single", ["a"], [], 0.0),
        ("single", ["a"], ["a", "b"], 0.0),
        ("true_false", ["t"], ["t"], 1.0),
        ("true_false", ["t"], ["f"], 0.0),
        ("multiple", ["a", "b"], ["a", "b"], 1.0),
        ("multiple", ["a", "b"], ["a"], 0.5),
        ("multiple", ["a", "b"], ["a", "c"], 0.0),
        ("multiple", ["a", "b", "c"], ["a", "b"], 2 / 3),
        ("multiple", ["a", "b", "c"], ["a", "b", "d"], 1 / 3),
        ("multiple", ["a", "b"], ["a", "b", "c", "d"], 0.0),
        ("multiple", ["a", "b"], ["c"], 0.0),
    ],
)
def test_question_credit_follows_the_documented_rule(kind, correct, chosen, credit):
    assert question_credit(kind=kind, correct=correct, chosen=chosen) == pytest.approx(credit)


def test_a_question_without_a_right_option_is_refused():
    with pytest.raises(ValueError, match="right option"):
        question_credit(kind="single", correct=[], chosen=["a"])


@pytest.mark.parametrize(
    ("credits", "percent"),
    [([], 0.0), ([1, 1, 1, 1], 100.0), ([1, 0, 0, 0], 25.0), ([1, 1, 1, 1, 1, 1, 0.5, 0], 81.2)],
)
def test_attempt_percent_is_the_mean_credit(credits, percent):
    assert attempt_percent(credits) == percent


@given(
    options=st.sets(st.sampled_from("abcdef"), min_size=2),
    data=st.data(),
)
def test_a_questions_credit_always_lies_between_0_and_1(options, data):
    correct = data.draw(st.sets(st.sampled_from(sorted(options)), min_size=1))
    chosen = data.draw(st.sets(st.sampled_from(sorted(options))))
    kind = data.draw(st.sampled_from(["single", "multiple", "true_false"]))
    assert 0.0 <= question_credit(kind=kind, correct=correct, chosen=chosen) <= 1.0


@given(st.lists(st.floats(min_value=0, max_value=1), max_size=50))
def test_an_attempts_percent_lies_between_0_and_100(credits):
    assert 0.0 <= attempt_percent(credits) <= 100.0


@given(st.integers(min_value=1, max_value=5))
def test_reverse_coding_twice_is_the_identity(value):
    assert reverse(reverse(value)) == value


@pytest.mark.parametrize(("value", "reversed_value"), [(1, 5), (2, 4), (3, 3), (4, 2), (5, 1)])
def test_reverse_coding_is_six_minus_the_score(value, reversed_value):
    assert reverse(value) == reversed_value


@pytest.mark.parametrize(
    ("answered", "total", "valid"),
    [
        (8, 8, True),
        (6, 8, True),
        (5, 8, False),
        (0, 8, False),
        (2, 2, True),
        (1, 2, False),
        (0, 0, False),
    ],
)
def test_a_subscale_needs_three_quarters_of_its_items_answered(answered, total, valid):
    assert is_valid(answered=answered, total=total) is valid


ATTITUDE = [ItemDefinition(f"A{i}", "A", reverse=i in (3, 6, 8)) for i in range(1, 9)]
CONFIDENCE = [ItemDefinition(f"C{i}", "C") for i in range(1, 9)]
BEHAVIOUR = [ItemDefinition(f"B{i}", "B") for i in range(1, 9)]
INCLUSION = [ItemDefinition("IC1", "IC"), ItemDefinition("IC2", "IC")]


def test_attitude_is_the_mean_after_reverse_coding_the_marked_items():
    answers = {"A1": 4, "A2": 4, "A3": 2, "A4": 5, "A5": 3, "A6": 1, "A7": 4, "A8": 2}
    # Reversed: A3 2->4, A6 1->5, A8 2->4. Mean of 4,4,4,5,3,5,4,4 = 33/8.
    assert subscale_scores(ATTITUDE, answers)["A"] == pytest.approx(33 / 8)


def test_dont_know_is_missing_and_two_missing_of_eight_is_still_valid():
    answers = {"A1": 4, "A2": 4, "A3": None, "A4": 5, "A5": 3, "A6": None, "A7": 4, "A8": 2}
    # Six answered: 4,4,5,3,4 and A8 reversed 2->4: mean 24/6 = 4.0
    assert subscale_scores(ATTITUDE, answers)["A"] == pytest.approx(4.0)


def test_three_missing_of_eight_makes_the_subscale_invalid():
    answers = {"A1": 4, "A2": 4, "A4": 5, "A5": 3, "A7": 4}
    assert subscale_scores(ATTITUDE, answers)["A"] is None


def test_inclusion_concern_is_never_reversed_and_needs_both_items():
    assert subscale_scores(INCLUSION, {"IC1": 5, "IC2": 4})["IC"] == 4.5
    assert subscale_scores(INCLUSION, {"IC1": 5})["IC"] is None


def test_behaviour_counts_the_actions_done_at_least_once():
    answers = {"B1": 0, "B2": 1, "B3": 2, "B4": 3, "B5": 0, "B6": 0, "B7": 1, "B8": 0}
    assert subscale_scores(BEHAVIOUR, answers)["B"] == 4


def test_confidence_is_the_plain_mean():
    answers = {f"C{i}": v for i, v in enumerate([0, 10, 5, 5, 6, 7, 8, 3], start=1)}
    assert subscale_scores(CONFIDENCE, answers)["C"] == pytest.approx(44 / 8)


@given(
    st.dictionaries(
        st.sampled_from([f"A{i}" for i in range(1, 9)]), st.one_of(st.none(), st.integers(1, 5))
    )
)
def test_attitude_scores_lie_within_the_scale_or_are_invalid(answers):
    score = subscale_scores(ATTITUDE, answers)["A"]
    answered = sum(1 for v in answers.values() if v is not None)
    if answered < 6:
        assert score is None
    else:
        assert 1.0 <= score <= 5.0


@given(st.dictionaries(st.sampled_from([f"C{i}" for i in range(1, 9)]), st.integers(0, 10)))
def test_confidence_below_75_percent_answered_is_invalid(answers):
    score = subscale_scores(CONFIDENCE, answers)["C"]
    assert (score is None) == (len(answers) < 6)
    if score is not None:
        assert 0.0 <= score <= 10.0


@given(
    st.dictionaries(st.sampled_from([f"B{i}" for i in range(1, 9)]), st.integers(0, 3), min_size=6)
)
def test_behaviour_lies_between_0_and_8(answers):
    assert 0 <= subscale_scores(BEHAVIOUR, answers)["B"] <= 8


@pytest.mark.parametrize(
    ("best", "mastery", "share"),
    [
        ({}, 80, 0.0),
        ({1: 80.0}, 80, 0.1),
        ({1: 79.9}, 80, 0.0),
        (dict.fromkeys(range(1, 11), 100.0), 80, 1.0),
        ({1: 90.0, 99: 100.0}, 80, 0.1),  # module 99 is not core
    ],
)
def test_knowledge_is_the_share_of_core_modules_mastered(best, mastery, share):
    assert (
        knowledge_share(best_percent_by_module=best, core_module_ids=range(1, 11), mastery=mastery)
        == share
    )


# --- stages at every threshold boundary --------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "k", "c", "b", "stage"),
    [
        (1.0, 0.0, 0.0, 0, 1),
        (2.74, 1.0, 10, 8, 1),  # just below the sceptic line, whatever else
        (2.75, 0.0, 0.0, 0, 2),  # on the line: Cautious
        (3.49, 1.0, 10, 8, 2),  # not yet positive
        (3.5, 0.29, 4.99, 8, 2),  # positive, but low knowledge and low confidence
        (3.5, 0.3, 4.99, 0, 3),  # knowledge lifts to Exploring
        (3.5, 0.29, 5.0, 0, 3),  # confidence lifts to Exploring
        (3.5, 0.59, 10, 8, 3),  # Capable needs K 0.6
        (3.5, 0.6, 6.49, 8, 3),  # Capable needs C 6.5
        (3.5, 0.6, 6.5, 0, 4),
        (3.5, 0.79, 10, 8, 4),  # Champion needs K 0.8
        (3.5, 0.8, 7.49, 8, 4),  # Champion needs C 7.5
        (3.5, 0.8, 7.5, 2, 4),  # Champion needs B 3
        (3.5, 0.8, 7.5, 3, 5),
        (5.0, 1.0, 10, 8, 5),
    ],
)
def test_stage_at_each_threshold(a, k, c, b, stage):
    assert stage_for(a=a, k=k, c=c, b=b).number == stage


@pytest.mark.parametrize(("k", "informed"), [(0.49, False), (0.5, True), (1.0, True)])
def test_a_sceptic_with_half_the_knowledge_is_an_informed_sceptic(k, informed):
    result = stage_for(a=2.0, k=k, c=5, b=1)
    assert result.number == 1 and result.informed_sceptic is informed


def test_only_sceptics_are_flagged_informed():
    assert stage_for(a=3.0, k=1.0, c=5, b=1).informed_sceptic is False


def test_thresholds_are_data_a_lead_trainer_can_change():
    stricter = Thresholds(a_sceptic=3.0)
    assert stage_for(a=2.9, k=0, c=0, b=0).number == 2
    assert stage_for(a=2.9, k=0, c=0, b=0, t=stricter).number == 1


@given(
    a=st.floats(1, 5),
    k=st.floats(0, 1),
    c=st.floats(0, 10),
    b=st.integers(0, 8),
    da=st.floats(0, 2),
)
def test_more_positive_attitude_never_lowers_the_stage(a, k, c, b, da):
    assert stage_for(a=min(5, a + da), k=k, c=c, b=b).number >= stage_for(a=a, k=k, c=c, b=b).number


@given(a=st.floats(1, 5), k=st.floats(0, 1), c=st.floats(0, 10), b=st.integers(0, 8))
def test_every_stage_below_the_top_says_what_would_move_you_on(a, k, c, b):
    steps = next_steps(a=a, k=k, c=c, b=b, core_modules=10)
    assert steps and all(step.strip() for step in steps)


def test_next_steps_count_the_quizzes_still_needed():
    # Exploring with 4 of 10 core modules mastered: Capable needs 6.
    steps = next_steps(a=4.0, k=0.4, c=7.0, b=0, core_modules=10)
    assert "Pass 2 more core module quizzes" in steps[0]
    one = next_steps(a=4.0, k=0.5, c=7.0, b=0, core_modules=10)
    assert "Pass 1 more core module quiz " in one[0]


def test_a_check_in_of_two_confidence_items_is_not_a_valid_confidence_score():
    asked = [ItemDefinition("C1", "C"), ItemDefinition("C2", "C")]
    assert subscale_scores(asked, {"C1": 7, "C2": 8}, totals={"C": 8})["C"] is None
    assert subscale_scores(asked, {"C1": 7, "C2": 8})["C"] == 7.5
