"""Dashboard statistics (normalised gain, Cronbach's alpha and KR-20):
pure, so tested without the database, by table and by property.

Every expected value is worked out by hand in the comments (sums of squares written out), taken
from a published table, or computed here by an independent route (a closed form, or numerical
integration of the t density); none is produced by the code under test."""

import math
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cohorts.stats import (
    cronbach_alpha,
    kr20,
    mean_normalised_gain,
    normalised_gain,
)
from quizzes.scoring import ItemDefinition, subscale_scores

approx = pytest.approx

# --- normalised gain -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("pre", "post", "maximum", "gain"),
    [
        (40, 70, 100, 30 / 60),
        (20, 40, 100, 20 / 80),
        (50, 40, 100, -10 / 50),
        (0, 100, 100, 1.0),
        (60, 60, 100, 0.0),
        (3, 7, 8, 4 / 5),
        (100, 100, 100, None),  # no room to gain
        (None, 70, 100, None),
        (40, None, 100, None),
    ],
)
def test_normalised_gain(pre, post, maximum, gain):
    assert normalised_gain(pre, post, maximum) == (approx(gain) if gain is not None else None)


def test_mean_normalised_gain_and_gain_of_means():
    result = mean_normalised_gain([(20, 40), (50, 75), (100, 100), (None, 80)], 100)
    # Individual gains: 20/80 = .25, 25/50 = .5, none for the person at the ceiling: mean .375.
    # Means over the 3 complete pairs: pre 170/3, post 215/3; (45/3) / (100 - 170/3) = 45/130.
    assert (result.n, result.n_dropped, result.n_at_ceiling) == (3, 1, 1)
    assert result.mean_gain == approx(0.375)
    assert result.mean_pre == approx(170 / 3)
    assert result.mean_post == approx(215 / 3)
    assert result.gain_of_means == approx(45 / 130)
    assert "full marks" in result.note and "(n = 3)" in result.note


def test_mean_normalised_gain_with_nobody_or_everyone_at_the_ceiling():
    empty = mean_normalised_gain([], 100)
    assert (empty.n, empty.mean_gain, empty.gain_of_means) == (0, None, None)
    assert empty.note
    full = mean_normalised_gain([(100, 100), (100, 90)], 100)
    assert (full.n, full.n_at_ceiling, full.mean_gain, full.gain_of_means) == (2, 2, None, None)


def test_one_fall_from_near_full_marks_swings_the_mean_gain_but_not_the_class_gain():
    # Issue 23: nine learners 50 -> 75 (gain 25/50 = .5 each) and one 95 -> 50 ((50 - 95)/5 = -9).
    # Mean of individual gains (4.5 - 9)/10 = -.45. Class means: pre 545/10 = 54.5, post
    # 725/10 = 72.5, so the gain of the means is 18 / 45.5 = .396, shown as 0.40.
    result = mean_normalised_gain([(50, 75)] * 9 + [(95, 50)], 100)
    assert normalised_gain(95, 50, 100) == approx(-9)
    assert result.mean_gain == approx(-0.45)
    assert result.gain_of_means == approx(18 / 45.5)
    assert f"{result.gain_of_means:.2f}" == "0.40"
    assert result.median_gain == approx(0.5)
    assert (result.n, result.n_at_ceiling, result.note) == (10, 0, "")


def test_median_gain_leaves_out_people_at_the_ceiling():
    # Gains .25 and .5 (the person at 100 has none): median .375.
    result = mean_normalised_gain([(20, 40), (50, 75), (100, 100)], 100)
    assert result.median_gain == approx(0.375)
    assert mean_normalised_gain([(100, 90)], 100).median_gain is None


@given(st.floats(0, 99), st.floats(0, 100))
def test_normalised_gain_is_at_most_one(pre, post):
    assert normalised_gain(pre, post, 100) <= 1 + 1e-12


# --- Cronbach's alpha ----------------------------------------------------------------------

FOUR_BY_THREE = [[1, 2, 3], [2, 3, 3], [3, 3, 4], [4, 5, 5]]
# item 1: 1 2 3 4, mean 2.5, SS = 2.25 + .25 + .25 + 2.25 = 5
# item 2: 2 3 3 5, mean 3.25, SS = 1.5625 + .0625 + .0625 + 3.0625 = 4.75
# item 3: 3 3 4 5, mean 3.75, SS = .5625 + .5625 + .0625 + 1.5625 = 2.75
# totals: 6 8 10 14, mean 9.5, SS = 12.25 + 2.25 + .25 + 20.25 = 35
# alpha = 3/2 * (1 - (5 + 4.75 + 2.75)/35) = 3/2 * 22.5/35 = 27/28   (the n - 1 cancels)
# without item 1: totals 5 6 7 10, SS 14: 2 * (1 - 7.5/14) = 13/14
# without item 2: totals 4 5 7 9, SS 14.75: 2 * (1 - 7.75/14.75) = 56/59
# without item 3: totals 3 5 6 9, SS 18.75: 2 * (1 - 9.75/18.75) = 24/25
# item 1 vs 5 6 7 10: Sxy = 3 + .5 + 0 + 4.5 = 8, r = 8 / sqrt(5 * 14)
# item 2 vs 4 5 7 9: Sxy = 2.8125 + .3125 - .1875 + 4.8125 = 7.75, r = 7.75 / sqrt(4.75 * 14.75)
# item 3 vs 3 5 6 9: Sxy = 2.0625 + .5625 + .0625 + 4.0625 = 6.75, r = 6.75 / sqrt(2.75 * 18.75)

FIVE_BY_FOUR = [[3, 4, 3, 3], [4, 4, 5, 2], [2, 3, 2, 3], [5, 5, 4, 4], [1, 2, 2, 3]]
# item 1: 3 4 2 5 1, mean 3, deviations 0 1 -1 2 -2, SS 10
# item 2: 4 4 3 5 2, mean 3.6, deviations .4 .4 -.6 1.4 -1.6, SS 5.2
# item 3: 3 5 2 4 2, mean 3.2, deviations -.2 1.8 -1.2 .8 -1.2, SS 6.8
# item 4: 3 2 3 4 3, mean 3, deviations 0 -1 0 1 0, SS 2
# totals: 13 15 10 18 8, mean 12.8, SS .04 + 4.84 + 7.84 + 27.04 + 23.04 = 62.8
# alpha = 4/3 * (1 - 24/62.8) = 388/471
# without item 1 (rest 10 11 8 13 7, SS 22.8): 3/2 * (1 - 14/22.8) = 11/19
# without item 2 (rest 9 11 7 13 6, SS 32.8): 3/2 * (1 - 18.8/32.8) = 105/164
# without item 3 (rest 10 10 8 14 6, SS 35.2): 3/2 * (1 - 17.2/35.2) = 135/176
# without item 4 (rest 10 13 7 14 5, SS 58.8): 3/2 * (1 - 22/58.8) = 46/49
# corrected item-total, Sxy against those rests: 15, 12.4, 10.4 and 1.0 (item 4: -3.2 + 4.2)


@pytest.mark.parametrize(
    ("rows", "alpha", "if_deleted", "item_total", "flags", "item_flags"),
    [
        (
            FOUR_BY_THREE,
            Fraction(27, 28),
            [Fraction(13, 14), Fraction(56, 59), Fraction(24, 25)],
            [8 / math.sqrt(70), 7.75 / math.sqrt(4.75 * 14.75), 6.75 / math.sqrt(2.75 * 18.75)],
            (),
            (None, None, None),
        ),
        (
            FIVE_BY_FOUR,
            Fraction(388, 471),
            [Fraction(11, 19), Fraction(105, 164), Fraction(135, 176), Fraction(46, 49)],
            [
                15 / math.sqrt(10 * 22.8),
                12.4 / math.sqrt(5.2 * 32.8),
                10.4 / math.sqrt(6.8 * 35.2),
                1.0 / math.sqrt(2 * 58.8),  # 0.092: a weak item
            ],
            (),
            (None, None, None, "weak item"),
        ),
    ],
)
def test_cronbach_alpha_worked_examples(rows, alpha, if_deleted, item_total, flags, item_flags):
    result = cronbach_alpha(rows)
    assert (result.k, result.n, result.n_dropped) == (len(rows[0]), len(rows), 0)
    assert result.alpha == approx(float(alpha))
    assert result.alpha_if_deleted == approx([float(a) for a in if_deleted])
    assert result.item_total == approx(item_total)
    assert result.flags == flags
    assert result.item_flags == item_flags
    assert result.note == ""


def test_cronbach_alpha_flags_an_unreliable_scale():
    # As FIVE_BY_FOUR but item 4 is 2 1 4 3 5 (SS 10), running against the others.
    # Totals 12 14 11 17 10: mean 12.8, SS .64 + 1.44 + 3.24 + 17.64 + 7.84 = 30.8.
    # alpha = 4/3 * (1 - (10 + 5.2 + 6.8 + 10)/30.8) = 4/3 * (-1.2/30.8) = -4/77.
    rows = [[3, 4, 3, 2], [4, 4, 5, 1], [2, 3, 2, 4], [5, 5, 4, 3], [1, 2, 2, 5]]
    result = cronbach_alpha(rows)
    assert result.alpha == approx(-4 / 77)
    assert result.flags == ("below acceptable",)
    assert result.item_flags[3] == "weak item"


def test_cronbach_alpha_uses_complete_cases_only():
    rows = [*FOUR_BY_THREE, [1, None, 2], [None, None, None], [5, 5]]
    result = cronbach_alpha(rows)
    assert (result.n, result.n_dropped) == (4, 3)
    assert result.alpha == approx(27 / 28)
    assert result.note == "3 left out for missing answers."


@pytest.mark.parametrize(
    ("rows", "k", "n", "note"),
    [
        ([], 0, 0, "Reliability needs at least two items (k = 0)."),
        ([[1], [2], [3]], 1, 3, "Reliability needs at least two items (k = 1)."),
        ([[1, 2, 3]], 3, 1, "Too few people answered every item to estimate reliability (n = 1)."),
        ([[1, 2], [None, 3]], 2, 1, "Too few people answered every item"),
    ],
)
def test_cronbach_alpha_with_too_little_data(rows, k, n, note):
    result = cronbach_alpha(rows)
    assert (result.k, result.n, result.alpha) == (k, n, None)
    assert result.alpha_if_deleted == (None,) * k
    assert result.item_total == (None,) * k
    assert result.note.startswith(note)


def test_cronbach_alpha_with_two_people():
    # Totals 3 and 7; item variances (1-2)^2/2 = .5 and (2-5)^2/2 = 4.5; total variance 8.
    # alpha = 2 * (1 - 5/8) = .75. Deleting either item leaves one: no alpha. r = 1.
    result = cronbach_alpha([[1, 2], [2, 5]])
    assert result.alpha == approx(0.75)
    assert result.alpha_if_deleted == (None, None)
    assert result.item_total == approx([1.0, 1.0])


def test_cronbach_alpha_with_everyone_giving_the_same_total():
    result = cronbach_alpha([[1, 3], [2, 2], [3, 1]])
    assert result.alpha is None
    assert result.note == "Everyone has the same total, so reliability cannot be estimated."


def test_cronbach_alpha_with_an_item_everyone_answered_alike():
    # Item 3 constant: variance 0, no correlation. Items 1, 2 as 1 2 3 / 1 2 4 (SS 2, 14/3).
    result = cronbach_alpha([[1, 1, 4], [2, 2, 4], [3, 4, 4]])
    assert result.item_total[2] is None
    assert result.item_flags[2] is None
    # Totals 6 8 11: mean 25/3, SS = 49/9 + 1/9 + 64/9 = 38/3; items SS 2 + 14/3 + 0 = 20/3.
    assert result.alpha == approx(3 / 2 * (1 - (20 / 3) / (38 / 3)))


item_matrices = st.integers(1, 6).flatmap(
    lambda k: st.lists(
        st.lists(st.one_of(st.none(), st.integers(1, 5)), min_size=k, max_size=k), max_size=20
    )
)


@given(item_matrices)
def test_cronbach_alpha_properties(rows):
    result = cronbach_alpha(rows)
    k = max((len(r) for r in rows), default=0)
    assert result.n + result.n_dropped == len(rows)
    assert len(result.alpha_if_deleted) == k
    assert len(result.item_total) == k
    assert len(result.item_flags) == k
    if result.alpha is not None:
        assert result.alpha <= 1 + 1e-9
    for r in result.item_total:
        assert r is None or -1 <= r <= 1
    if result.alpha is None:
        assert result.note


# --- KR-20 for the behaviour count ---------------------------------------------------------

BEHAVIOUR_ROWS = [
    [0, 2, 3, 1],  # done: 0 1 1 1
    [1, 0, 0, 0],  # 1 0 0 0
    [3, 3, 2, 2],  # 1 1 1 1
    [0, 0, 1, 0],  # 0 0 1 0
    [2, 1, 0, None],  # 1 1 0 0: 3 of 4 answered is enough for a score; unanswered is not done
    [None, None, 3, 3],  # 2 of 4 answered: no score, left out
]
# Items done by 3, 3, 3 and 2 of the 5: p = .6 .6 .6 .4, so p(1 - p) = .24 each, sum .96.
# Counts 3 1 4 1 2: mean 2.2, deviations .8 -1.2 1.8 -1.2 -.2, SS 6.8, variance 6.8/5 = 1.36.
# KR-20 = 4/3 * (1 - .96/1.36) = 4/3 * 5/17 = 20/51.
# Without item 4: counts 2 1 3 1 2, SS 2.8, variance .56; 3/2 * (1 - .72/.56) = -3/7.
# Item 4 (1 0 1 0 0, SS 1.2) against those counts (SS 2.8): Sxy = .12 + .32 + .72 + .32 - .08
# = 1.4, r = 1.4 / sqrt(1.2 * 2.8).


def test_kr20_works_on_the_behaviours_done_at_least_once():
    result = kr20(BEHAVIOUR_ROWS)
    assert result.coefficient == "KR-20"
    assert (result.k, result.n, result.n_dropped) == (4, 5, 1)
    assert result.alpha == approx(20 / 51)
    assert result.alpha_if_deleted[3] == approx(-3 / 7)
    assert result.item_total[3] == approx(1.4 / math.sqrt(1.2 * 2.8))
    assert result.flags == ("below acceptable",)
    assert "1 left out" in result.note
    assert "1 unanswered counted as not done" in result.note


def test_kr20_differs_from_alpha_on_the_frequencies():
    # The same four complete answers scored 0-3 give a different coefficient: the point of KR-20.
    complete = BEHAVIOUR_ROWS[:4]
    assert cronbach_alpha(complete).coefficient == "Cronbach's alpha"
    assert cronbach_alpha(complete).alpha != approx(kr20(complete).alpha)


@pytest.mark.parametrize(
    ("rows", "k", "n", "note"),
    [
        ([], 0, 0, "Reliability needs at least two items (k = 0)."),
        ([[1], [0]], 1, 2, "Reliability needs at least two items (k = 1)."),
        ([[1, 2, 3, 0]], 4, 1, "Too few people with a score to estimate reliability (n = 1)."),
        ([[1, 2, 3, 0], [None, None, 1, 1]], 4, 1, "Too few people with a score"),
    ],
)
def test_kr20_with_too_little_data(rows, k, n, note):
    result = kr20(rows)
    assert (result.k, result.n, result.alpha) == (k, n, None)
    assert result.item_total == (None,) * k
    assert result.note.startswith(note)


def test_kr20_when_everyone_did_the_same_number_of_behaviours():
    result = kr20([[3, 0], [0, 2], [1, 0]])
    assert result.alpha is None
    assert result.note == "Everyone has the same total, so reliability cannot be estimated."


BEHAVIOURS = [ItemDefinition(key=f"b{j}", dimension="B") for j in range(8)]
behaviour_rows = st.lists(
    st.lists(st.one_of(st.none(), st.integers(0, 3)), min_size=8, max_size=8), max_size=25
)


@given(behaviour_rows)
def test_kr20_counts_the_people_the_behaviour_score_counts(rows):
    scores = [subscale_scores(BEHAVIOURS, {f"b{j}": v for j, v in enumerate(r)}) for r in rows]
    result = kr20(rows)
    assert result.n == sum(score["B"] is not None for score in scores)
    assert result.n + result.n_dropped == len(rows)


@given(behaviour_rows)
def test_kr20_is_alpha_of_the_done_or_not_answers(rows):
    # With every answer given, the 0/1 form is plain: alpha of it must equal KR-20.
    complete = [r for r in rows if None not in r]
    done = [[1 if v >= 1 else 0 for v in r] for r in complete]
    expected, result = cronbach_alpha(done), kr20(complete)
    assert result.n == expected.n
    assert result.alpha == (approx(expected.alpha) if expected.alpha is not None else None)
    assert result.item_total == approx(expected.item_total)
    if result.alpha is not None:
        assert result.alpha <= 1 + 1e-9
