"""Dashboard statistics (Student's t quantile):
pure, so tested without the database, by table and by property.

Every expected value is worked out by hand in the comments (sums of squares written out), taken
from a published table, or computed here by an independent route (a closed form, or numerical
integration of the t density); none is produced by the code under test."""

import math

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from cohorts.stats import (
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


@pytest.mark.parametrize("df", [0.5, 1, 1.5, 2])
@pytest.mark.parametrize("tail", [1e-17, 1e-20, 1e-100, 1e-200, 1e-300, 5e-324])
def test_t_quantile_in_the_far_tails_at_small_df_does_not_overflow(tail, df):
    lower = t_quantile(tail, df)
    assert lower < -1e8 or math.isinf(lower)
    assert t_quantile(tail * 10, df) >= lower  # still increasing with p


@pytest.mark.parametrize(
    ("tail", "df", "expected"),
    [
        # Closed forms for a tail q: df = 1, t = 1/tan(pi q); df = 2, (1 - 2q)/sqrt(2q(1 - q)).
        (1e-20, 1, 1 / math.tan(math.pi * 1e-20)),
        (1e-300, 1, 1 / math.tan(math.pi * 1e-300)),
        (1e-20, 2, (1 - 2e-20) / math.sqrt(2e-20 * (1 - 1e-20))),
        (1e-300, 2, 1 / math.sqrt(2e-300)),
    ],
)
def test_t_quantile_in_the_far_tails_matches_the_closed_forms(tail, df, expected):
    assert t_quantile(tail, df) == approx(-expected, rel=1e-12)


def test_t_quantile_beyond_the_largest_float_is_infinite():
    # df = 1/2: P(T < t) falls like |t|^(-1/2), so a 1e-300 tail is near 1e600, beyond floats.
    assert t_quantile(1e-300, 0.5) == -math.inf
    assert t_quantile(5e-324, 1) == -math.inf  # 1/(pi * 5e-324) is about 6e322


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
