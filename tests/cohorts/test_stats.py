"""Dashboard statistics: pure, so tested without the database, by table and by property.

Every expected value is worked out by hand in the comments (sums of squares written out), taken
from a published table, or computed here by an independent route (a closed form, or numerical
integration of the t density); none is produced by the code under test."""

import math
from fractions import Fraction

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from cohorts.stats import (
    cronbach_alpha,
    item_analysis,
    mean_normalised_gain,
    median,
    normalised_gain,
    paired_change,
    signed_rank,
    stage_transitions,
    t_quantile,
)

approx = pytest.approx

# --- Student's t quantile ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("p", "df", "table"),
    [
        # Two-sided 95% column of any printed t table (4 decimals).
        (0.975, 1, 12.7062),
        (0.975, 2, 4.3027),
        (0.975, 4, 2.7764),
        (0.975, 5, 2.5706),
        (0.975, 10, 2.2281),
        (0.975, 30, 2.0423),
        (0.975, 120, 1.9799),
        # Other columns of the same tables.
        (0.95, 10, 1.8125),
        (0.995, 10, 3.1693),
        (0.99, 5, 3.3649),
        (0.90, 3, 1.6377),
        (0.995, 1, 63.6567),
    ],
)
def test_t_quantile_matches_the_printed_table(p, df, table):
    assert t_quantile(p, df) == approx(table, abs=5e-5)
    assert t_quantile(1 - p, df) == approx(-table, abs=5e-5)


@pytest.mark.parametrize("df", [1e8, 1e9, math.inf])
def test_t_quantile_tends_to_the_normal_for_large_df(df):
    assert t_quantile(0.975, df) == approx(1.959964, abs=1e-6)


def test_t_quantile_is_continuous_where_it_switches_to_the_expansion():
    assert t_quantile(0.975, 99_999) == approx(t_quantile(0.975, 100_001), abs=1e-9)


def _closed_form(p, df):
    # Closed forms of the t quantile (e.g. Hill 1970; Wikipedia "Student's t-distribution").
    if df == 1:
        return math.tan(math.pi * (p - 0.5))
    if df == 2:
        return (2 * p - 1) / math.sqrt(2 * p * (1 - p))
    a = 4 * p * (1 - p)  # df == 4
    q = math.cos(math.acos(math.sqrt(a)) / 3) / math.sqrt(a)
    return math.copysign(2 * math.sqrt(q - 1), p - 0.5)


@pytest.mark.parametrize("df", [1, 2, 4])
@pytest.mark.parametrize("p", [1e-6, 0.001, 0.01, 0.05, 0.2, 0.45, 0.55, 0.8, 0.95, 0.999])
def test_t_quantile_agrees_with_the_closed_forms(p, df):
    assert t_quantile(p, df) == approx(_closed_form(p, df), rel=1e-9, abs=1e-12)


def _t_cdf_by_simpson(t, df, steps=4000):
    """P(T <= t) by Simpson's rule on the t density: independent of the incomplete beta."""
    log_c = math.lgamma((df + 1) / 2) - math.lgamma(df / 2) - 0.5 * math.log(df * math.pi)

    def density(x):
        return math.exp(log_c - (df + 1) / 2 * math.log1p(x * x / df))

    h = t / steps
    inner = sum((4 if i % 2 else 2) * density(i * h) for i in range(1, steps))
    return 0.5 + h / 3 * (density(0) + inner + density(t))


@pytest.mark.parametrize("df", [3, 7, 7.5, 25])
@pytest.mark.parametrize("p", [0.6, 0.9, 0.975, 0.995])
def test_t_quantile_inverts_the_integrated_density(p, df):
    assert _t_cdf_by_simpson(t_quantile(p, df), df) == approx(p, abs=1e-9)


@pytest.mark.parametrize(
    ("p", "df"), [(0, 5), (1, 5), (-0.1, 5), (0.5, 0), (0.5, -3), (None, 5), (0.9, None)]
)
def test_t_quantile_outside_its_domain_is_none(p, df):
    assert t_quantile(p, df) is None


def test_t_quantile_of_a_half_is_zero():
    assert t_quantile(0.5, 3) == 0.0


@given(st.floats(1e-4, 1 - 1e-4), st.floats(1, 500))  # 1 - p itself loses digits for tiny p
def test_t_quantile_is_symmetric(p, df):
    assert t_quantile(p, df) == approx(-t_quantile(1 - p, df), rel=1e-9, abs=1e-9)


@given(st.floats(0.5, 1 - 1e-6), st.floats(1, 200), st.floats(1.01, 10))
def test_t_quantile_shrinks_as_df_grows(p, df, factor):
    assert t_quantile(p, df * factor) <= t_quantile(p, df) + 1e-12


@given(st.floats(1e-6, 1 - 1e-6), st.floats(1e-6, 1 - 1e-6), st.floats(1, 200))
def test_t_quantile_increases_with_p(p, q, df):
    assume(p < q)
    lower, upper = t_quantile(p, df), t_quantile(q, df)
    assert lower <= upper + 1e-12 * abs(upper)  # allowing for rounding in the last digits


# --- paired change -------------------------------------------------------------------------


def test_paired_change_on_a_small_worked_example():
    # diffs 2, 3, 0, 3, 3: mean 2.2; deviations -.2, .8, -2.2, .8, .8;
    # SS = .04 + .64 + 4.84 + .64 + .64 = 6.8; variance 6.8/4 = 1.7; sd = sqrt(1.7).
    # t(.975, 4) = 2.7764 from the table; half-width = 2.7764 * sqrt(1.7) / sqrt(5).
    result = paired_change([10, 12, 9, 14, 11], [12, 15, 9, 17, 14])
    half = 2.7764 * math.sqrt(1.7) / math.sqrt(5)
    assert result.n == 5
    assert result.n_dropped == 0
    assert result.mean_before == approx(56 / 5)
    assert result.mean_after == approx(67 / 5)
    assert result.mean_diff == approx(2.2)
    assert result.sd_diff == approx(math.sqrt(1.7))
    assert result.ci_low == approx(2.2 - half, abs=1e-4)  # 0.5811
    assert result.ci_high == approx(2.2 + half, abs=1e-4)  # 3.8189
    # d_z = 2.2 / sqrt(1.7) = 1.6873; df = 4 so g_z = d_z * (1 - 3/15) = 0.8 d_z.
    assert result.d_z == approx(2.2 / math.sqrt(1.7))
    assert result.g_z == approx(0.8 * 2.2 / math.sqrt(1.7))
    assert result.enough is True
    assert result.note == ""
    # Signed rank: the zero is dropped; |d| = 2, 3, 3, 3 rank 1, then 3 (average of 2, 3, 4)
    # three times. W+ = 1 + 9 = 10, W- = 0. Only "all +" and "all -" are as extreme: 2/16.
    w = result.wilcoxon
    assert (w.n_used, w.n_zero, w.w_plus, w.w_minus) == (4, 1, 10, 0)
    assert w.p_value == approx(2 / 16)
    assert "left out" in w.note


def test_paired_change_drops_people_missing_either_measure():
    result = paired_change([1, None, 3, 4, float("nan"), 6], [2, 5, None, 6, 7, 9])
    # Pairs kept: (1, 2), (4, 6), (6, 9): diffs 1, 2, 3.
    assert (result.n, result.n_dropped) == (3, 3)
    assert result.mean_diff == approx(2)
    assert result.mean_before == approx(11 / 3)


@pytest.mark.parametrize(
    ("diffs", "w_plus", "p_value"),
    [
        # n = 5, all positive: W+ = 15; only all + or all - of 2^5 sign patterns: 2/32.
        ([1, 2, 3, 4, 5], 15, 2 / 32),
        # n = 6, all positive: 2/64.
        ([1, 2, 3, 4, 5, 6], 21, 2 / 64),
        # W+ = 1 + 3 + 4 + 5 = 13. Subsets of {1..5} with sum <= 2: {}, {1}, {2}: 3 of 32 each
        # tail, so p = 6/32.
        ([1, -2, 3, 4, 5], 13, 6 / 32),
        # W+ = 20; subsets of {1..6} with sum <= 1: {}, {1}: p = 2 * 2/64.
        ([-1, 2, 3, 4, 5, 6], 20, 4 / 64),
        # All four tied at rank 2.5: W+ = 2.5 * (number positive) = 7.5, centre 5. Numbers of +
        # signs 0, 1, 3, 4 are as far from the centre: (1 + 4 + 4 + 1)/16.
        ([1, 1, -1, 1], 7.5, 10 / 16),
        # One person: + or - equally likely, so p = 1.
        ([2], 1, 1.0),
    ],
)
def test_signed_rank_exact_p_values(diffs, w_plus, p_value):
    result = signed_rank(diffs)
    assert result.w_plus == w_plus
    assert result.w_plus + result.w_minus == len(diffs) * (len(diffs) + 1) / 2
    assert result.p_value == approx(p_value)


def test_signed_rank_with_every_difference_zero_has_no_p_value():
    result = signed_rank([0, 0, 0])
    assert (result.n_used, result.n_zero, result.p_value) == (0, 3, None)
    assert result.note


def test_signed_rank_treats_rounding_noise_as_a_tie_and_as_zero():
    result = signed_rank([0.1 + 0.2, 0.3, 1e-12])
    assert (result.n_used, result.n_zero, result.w_plus) == (2, 1, 3)


def test_paired_change_with_nobody():
    result = paired_change([], [])
    assert result.n == 0
    assert result.mean_diff is None and result.ci_low is None and result.wilcoxon is None
    assert result.enough is False
    assert result.note == "No one has both measures yet."


def test_paired_change_with_everyone_missing_a_measure():
    result = paired_change([1, None], [None, 2])
    assert (result.n, result.n_dropped, result.mean_diff) == (0, 2, None)


def test_paired_change_with_one_person():
    result = paired_change([3], [5])
    assert result.n == 1
    assert result.mean_diff == 2
    assert result.sd_diff is None and result.ci_low is None and result.d_z is None
    assert result.enough is False
    assert result.note == "Too few people with both measures to say anything (n = 1)."


def test_paired_change_with_two_people():
    # diffs 1, 2: mean 1.5; variance ((-.5)^2 + .5^2)/1 = .5; t(.975, 1) = 12.7062 (table);
    # half-width = 12.7062 * sqrt(.5) / sqrt(2) = 12.7062 / 2.
    result = paired_change([1, 2], [2, 4])
    assert result.mean_diff == approx(1.5)
    assert result.ci_low == approx(1.5 - 6.3531, abs=1e-4)
    assert result.ci_high == approx(1.5 + 6.3531, abs=1e-4)
    assert result.d_z == approx(1.5 / math.sqrt(0.5))
    assert result.g_z is None  # the correction 1 - 3/(4*1 - 1) is 0 at df = 1
    assert result.enough is False
    assert result.note == "Too few people with both measures to say anything (n = 2)."
    # Ranks 1, 2 both positive: W+ = 3; all + or all - of 4 patterns: p = 1/2.
    assert (result.wilcoxon.w_plus, result.wilcoxon.p_value) == (3, 0.5)


def test_paired_change_with_no_spread_in_the_differences():
    result = paired_change([1, 2, 3, 4, 5, 6], [2, 3, 4, 5, 6, 7])
    assert result.mean_diff == 1
    assert result.sd_diff == 0
    assert (result.ci_low, result.ci_high) == (1, 1)
    assert result.d_z is None and result.g_z is None
    assert "same amount" in result.note


def test_paired_change_runs_wilcoxon_only_below_ten_people():
    assert paired_change(list(range(9)), list(range(1, 10))).wilcoxon is not None
    assert paired_change(list(range(10)), [x * 2 for x in range(10)]).wilcoxon is None


def test_paired_change_refuses_lists_of_different_people():
    with pytest.raises(ValueError, match="same people"):
        paired_change([1, 2], [1])


scores = st.floats(0, 10, allow_nan=False)
maybe_scores = st.one_of(st.none(), scores)


@given(st.lists(maybe_scores, max_size=30))
def test_paired_change_of_identical_lists_is_no_change(values):
    result = paired_change(values, values)
    if result.n:
        assert result.mean_diff == 0
        assert result.d_z is None


@given(st.lists(st.tuples(maybe_scores, maybe_scores), max_size=30))
def test_paired_change_interval_contains_the_mean_difference(pairs):
    result = paired_change([b for b, _ in pairs], [a for _, a in pairs])
    assert result.n + result.n_dropped == len(pairs)
    assert result.enough == (result.n >= 5)
    if result.ci_low is not None:
        assert result.ci_low <= result.mean_diff <= result.ci_high
    if result.wilcoxon is not None and result.wilcoxon.p_value is not None:
        assert 0 < result.wilcoxon.p_value <= 1


@given(st.lists(st.tuples(scores, scores), min_size=2, max_size=30))
def test_paired_change_swapped_is_the_mirror_image(pairs):
    forward = paired_change([b for b, _ in pairs], [a for _, a in pairs])
    backward = paired_change([a for _, a in pairs], [b for b, _ in pairs])
    assert backward.mean_diff == approx(-forward.mean_diff, abs=1e-9)
    assert backward.ci_high == approx(-forward.ci_low, abs=1e-9)


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
