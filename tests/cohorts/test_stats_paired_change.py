"""Dashboard statistics (paired change and the signed-rank test):
pure, so tested without the database, by table and by property.

Every expected value is worked out by hand in the comments (sums of squares written out), taken
from a published table, or computed here by an independent route (a closed form, or numerical
integration of the t density); none is produced by the code under test."""

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cohorts.stats import (
    paired_change,
    signed_rank,
)

approx = pytest.approx

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
