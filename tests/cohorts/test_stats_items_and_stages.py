"""Dashboard statistics (quiz item analysis, stage transitions and the median):
pure, so tested without the database, by table and by property.

Every expected value is worked out by hand in the comments (sums of squares written out), taken
from a published table, or computed here by an independent route (a closed form, or numerical
integration of the t density); none is produced by the code under test."""

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cohorts.stats import (
    item_analysis,
    median,
    stage_transitions,
)

approx = pytest.approx

# --- quiz item analysis --------------------------------------------------------------------

WORKED_RESPONSES = [
    # credit, attempt %, chosen, correct; 4 questions per attempt.
    (1, 100, ["a"], ["a"]),
    (1, 75, ["a"], ["a"]),
    (0, 50, ["b"], ["a"]),
    (1, 50, ["a"], ["a"]),
    (0, 25, ["b", "c"], ["a"]),
]


def test_item_analysis_worked_example():
    # Rest of the attempt in points: 4 - 1, 3 - 1, 2 - 0, 2 - 1, 1 - 0 = 3 2 2 1 1 (a percentage
    # of the other 3 questions is the same times 100/3, which leaves r unchanged).
    # credit: mean .6, deviations .4 .4 -.6 .4 -.6, SS 1.2
    # rest: mean 1.8, deviations 1.2 .2 .2 -.8 -.8, SS 2.8
    # Sxy = .48 + .08 - .12 - .32 + .48 = .6; r = .6 / sqrt(1.2 * 2.8) = 0.3273.
    # Point-biserial form: (M1 - M0)/s * sqrt(pq) = (2 - 1.5)/sqrt(.56) * sqrt(.24): the same.
    result = item_analysis(WORKED_RESPONSES, questions_per_attempt=4)
    assert result.n == 5
    assert result.difficulty == approx(0.6)
    assert result.discrimination == approx(0.6 / math.sqrt(1.2 * 2.8))
    assert result.discrimination == approx(0.5 / math.sqrt(0.56) * math.sqrt(0.24))
    assert result.corrected is True
    assert result.n_discrimination == 5
    assert (result.most_chosen_wrong, result.most_chosen_wrong_count) == ("b", 2)
    assert result.flags == ()
    assert result.note == "Too few answers to judge discrimination (n = 5)."


def test_item_analysis_takes_the_question_count_from_each_response():
    with_counts = [(*r, 4) for r in WORKED_RESPONSES]
    result = item_analysis(with_counts)
    assert result.corrected is True
    assert result.discrimination == approx(0.6 / math.sqrt(1.2 * 2.8))


def test_item_analysis_without_the_question_count_says_it_is_uncorrected():
    # Against the whole total 100 75 50 50 25: mean 60, deviations 40 15 -10 -10 -35, SS 3250;
    # Sxy = 16 + 6 + 6 - 4 + 21 = 45; r = 45 / sqrt(1.2 * 3250) = 0.7206.
    result = item_analysis(WORKED_RESPONSES)
    assert result.corrected is False
    assert result.discrimination == approx(45 / math.sqrt(1.2 * 3250))
    assert "flatters" in result.note


def _responses(credits, totals, questions=10):
    return [
        (c, t, ["a"] if c else ["b"], ["a"], questions)
        for c, t in zip(credits, totals, strict=True)
    ]


def test_item_analysis_flags_too_easy_and_not_discriminating():
    # 10 of 11 right (p = .909 > .90); the one who got it wrong did best on the rest.
    credits = [1] * 10 + [0]
    totals = [50, 60, 70, 40, 50, 60, 70, 40, 50, 60, 90]
    result = item_analysis(_responses(credits, totals))
    assert result.difficulty == approx(10 / 11)
    assert result.discrimination < 0
    assert result.flags == ("too easy", "not discriminating")
    assert result.note == ""


def test_item_analysis_flags_too_hard():
    credits = [1, 0, 0, 0]
    result = item_analysis(_responses(credits, [80, 40, 30, 20]))
    assert result.difficulty == approx(0.25)
    assert result.flags == ("too hard",)


def test_item_analysis_with_no_answers():
    for responses in ([], [(None, 80, [], ["a"])]):
        result = item_analysis(responses)
        assert (result.n, result.difficulty, result.discrimination) == (0, None, None)
        assert result.most_chosen_wrong is None
        assert result.note == "No one has answered this yet."


def test_item_analysis_with_one_answer():
    result = item_analysis([(0, 40, ["c"], ["a"], 5)])
    assert (result.n, result.difficulty, result.discrimination) == (1, 0, None)
    assert (result.most_chosen_wrong, result.most_chosen_wrong_count) == ("c", 1)
    assert result.flags == ("too hard",)


def test_item_analysis_when_everyone_got_the_same_credit():
    result = item_analysis(_responses([1, 1, 1], [90, 70, 50]))
    assert result.difficulty == 1
    assert result.discrimination is None
    assert "Everyone scored alike" in result.note


def test_item_analysis_ties_in_wrong_options_go_to_the_smallest_id():
    responses = [(0, 50, ["c"], ["a"]), (0, 50, ["b"], ["a"]), (1, 90, ["a"], ["a"])]
    result = item_analysis(responses)
    assert (result.most_chosen_wrong, result.most_chosen_wrong_count) == ("b", 1)


def test_item_analysis_skips_missing_totals_for_discrimination():
    responses = [*_responses([1, 0, 1], [80, 40, 60]), (1, None, ["a"], ["a"], 10)]
    result = item_analysis(responses)
    assert (result.n, result.n_discrimination) == (4, 3)
    assert result.difficulty == approx(0.75)


answers = st.tuples(
    st.floats(0, 1),
    st.one_of(st.none(), st.floats(0, 100)),
    st.lists(st.sampled_from("abcd"), max_size=4),
    st.lists(st.sampled_from("abcd"), min_size=1, max_size=2),
    st.integers(1, 20),
)


@given(st.lists(answers, max_size=40))
def test_item_analysis_properties(responses):
    result = item_analysis(responses)
    assert result.n == len(responses)
    if result.n:
        assert 0 <= result.difficulty <= 1
    if result.discrimination is not None:
        assert -1 <= result.discrimination <= 1
    assert ("not discriminating" in result.flags) <= (result.n_discrimination >= 10)


# --- stage transitions ---------------------------------------------------------------------


def test_stage_transitions_hand_counted():
    pairs = [(1, 2), (1, 1), (2, 3), (3, 3), (3, 2), (4, 5), (2, 2), (None, 3), (5, None), (5, 4)]
    result = stage_transitions(pairs)
    assert result.counts == (
        (1, 1, 0, 0, 0),
        (0, 1, 1, 0, 0),
        (0, 1, 1, 0, 0),
        (0, 0, 0, 0, 1),
        (0, 0, 0, 1, 0),
    )
    assert (result.n, result.n_dropped) == (8, 2)
    assert result.baseline_totals == (2, 2, 2, 1, 1)
    assert result.current_totals == (1, 3, 2, 1, 1)
    # Up: 1->2, 2->3, 4->5. Same: 1->1, 3->3, 2->2. Down: 3->2, 5->4.
    assert (result.moved_up, result.stayed, result.moved_down) == (3, 3, 2)
    assert (result.share_up, result.share_stayed, result.share_down) == (3 / 8, 3 / 8, 2 / 8)
    assert result.note == ""


def test_stage_transitions_with_nobody_and_with_stages_out_of_range():
    result = stage_transitions([(None, None), (0, 3), (2, 6)])
    assert (result.n, result.n_dropped) == (0, 3)
    assert result.share_up is None
    assert result.note == "No one has both a baseline and a latest stage yet."


def test_stage_transitions_with_two_people():
    result = stage_transitions([(1, 3), (4, 4)])
    assert (result.moved_up, result.stayed, result.share_up) == (1, 1, 0.5)
    assert result.note == "Too few people with both stages to say anything (n = 2)."


stage = st.one_of(st.none(), st.integers(1, 5))


@given(st.lists(st.tuples(stage, stage), max_size=50))
def test_stage_transitions_properties(pairs):
    result = stage_transitions(pairs)
    assert result.n + result.n_dropped == len(pairs)
    assert sum(map(sum, result.counts)) == result.n
    assert result.moved_up + result.stayed + result.moved_down == result.n
    if result.n:
        shares = result.share_up + result.share_stayed + result.share_down
        assert shares == approx(1)


# --- median --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        ([], None),
        ([None, None], None),
        ([4], 4),
        ([3, 1, 2], 2),
        ([4, 1, 3, 2], 2.5),
        ([5, None, 1, 3], 3),
    ],
)
def test_median(values, expected):
    assert median(values) == expected


@given(st.lists(st.integers(0, 12), min_size=1))
def test_median_splits_the_values_in_half(values):
    m = median(values)
    assert sum(v <= m for v in values) >= len(values) / 2
    assert sum(v >= m for v in values) >= len(values) / 2
