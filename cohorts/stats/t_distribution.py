"""Student's t: quantiles for confidence intervals, from the regularised incomplete beta
function (standard library only)."""

import math
import statistics
import sys

from .basics import is_present
from .thresholds import LARGE_DF


def _beta_continued_fraction(a: float, b: float, x: float) -> float:
    """The continued fraction for the incomplete beta, by the modified Lentz method
    (Numerical Recipes, 3rd ed., section 6.4)."""
    tiny = 1e-300
    c, d = 1.0, 1.0 - (a + b) * x / (a + 1.0)
    d = 1.0 / (d if abs(d) > tiny else tiny)
    h = d
    for m in range(1, 10_000):
        for numerator in (
            m * (b - m) * x / ((a + 2 * m - 1) * (a + 2 * m)),
            -(a + m) * (a + b + m) * x / ((a + 2 * m) * (a + 2 * m + 1)),
        ):
            d = 1.0 + numerator * d
            d = 1.0 / (d if abs(d) > tiny else tiny)
            c = 1.0 + numerator / c
            c = c if abs(c) > tiny else tiny
            h *= d * c
        if abs(d * c - 1.0) < 1e-16:
            break
    return h


def _stirling_remainder(x: float) -> float:
    """log Gamma(x) less its Stirling approximation, (x - 1/2) log x - x + log(2 pi) / 2, by the
    asymptotic series; the first term left out is below 1e-15 for x >= 10."""
    x2 = x * x
    series = (
        1 / 12
        - (1 / 360 - (1 / 1260 - (1 / 1680 - (1 / 1188 - 691 / 360360 / x2) / x2) / x2) / x2) / x2
    )
    return series / x


def _log_beta_half(a: float) -> float:
    """log B(a, 1/2) = log Gamma(a) + log Gamma(1/2) - log Gamma(a + 1/2).

    For large a the two log-gammas are big and nearly equal (about 5e5 at a = 5e4, so their
    rounding alone is 5e-11): there the difference comes from Stirling's series instead, where
    every term is small."""
    half_log_pi = 0.5 * math.log(math.pi)
    if a < 10:
        return math.lgamma(a) + half_log_pi - math.lgamma(a + 0.5)
    log_ratio = 0.5 * math.log(a) + (a * math.log1p(0.5 / a) - 0.5)
    log_ratio += _stirling_remainder(a + 0.5) - _stirling_remainder(a)
    return half_log_pi - log_ratio


def _incomplete_beta(
    a: float, b: float, x: float, y: float, log_x: float, log_y: float, log_beta: float
) -> float:
    """The regularised incomplete beta I_x(a, b). y = 1 - x, and the logs of both, are passed
    in to keep their precision (x may even underflow to 0 while its log is still usable)."""
    if y <= 0.0:
        return 1.0
    front = math.exp(a * log_x + b * log_y - log_beta)
    if x < (a + 1.0) / (a + b + 2.0):
        return front * _beta_continued_fraction(a, b, x) / a
    return 1.0 - front * _beta_continued_fraction(b, a, y) / b


def _log1p_t2_over_df(t: float, df: float) -> float:
    """log(1 + t^2 / df), without squaring a t near the largest float."""
    root = math.sqrt(df)
    if t <= root:
        return math.log1p((t / root) ** 2)
    return 2.0 * (math.log(t) - math.log(root)) + math.log1p((root / t) ** 2)


def _t_upper_tail(t: float, df: float) -> float:
    """P(T > t) for t >= 0: half of I_x(df/2, 1/2) with x = df / (df + t^2), from logs so that
    neither a huge t (the far tail at df <= 2) nor a huge df loses it."""
    if t == 0.0:
        return 0.5
    root = math.sqrt(df)
    log_1p = _log1p_t2_over_df(t, df)
    if t <= root:
        r2 = (t / root) ** 2
        x, y = 1.0 / (1.0 + r2), r2 / (1.0 + r2)
        log_x, log_y = -log_1p, 2.0 * (math.log(t) - math.log(root)) - log_1p
    else:
        s2 = (root / t) ** 2  # may underflow to 0: the logs still carry x
        x, y = s2 / (1.0 + s2), 1.0 / (1.0 + s2)
        log_x, log_y = -2.0 * (math.log(t) - math.log(root)) - math.log1p(s2), -math.log1p(s2)
    a = df / 2.0
    return 0.5 * _incomplete_beta(a, 0.5, x, y, log_x, log_y, _log_beta_half(a))


def _t_density(t: float, df: float) -> float:
    log_density = -_log_beta_half(df / 2.0) - 0.5 * math.log(df)
    return math.exp(log_density - (df + 1.0) / 2.0 * _log1p_t2_over_df(t, df))


def _cornish_fisher(z: float, df: float) -> float:
    """The t quantile from the normal one z (Abramowitz and Stegun 26.7.5)."""
    g1 = (z**3 + z) / 4
    g2 = (5 * z**5 + 16 * z**3 + 3 * z) / 96
    g3 = (3 * z**7 + 19 * z**5 + 17 * z**3 - 15 * z) / 384
    g4 = (79 * z**9 + 776 * z**7 + 1482 * z**5 - 1920 * z**3 - 945 * z) / 92160
    return z + g1 / df + g2 / df**2 + g3 / df**3 + g4 / df**4


def _between(low: float, high: float) -> float:
    """The middle of a bracket: geometric when it spans orders of magnitude, as far tails do."""
    if low > 0.0 and high > 4.0 * low:
        return math.sqrt(low) * math.sqrt(high)
    return low + (high - low) / 2.0


def _log_ratio(a: float, b: float) -> float:
    ratio = a / b
    return math.log(ratio) if 0.0 < ratio < math.inf else math.log(a) - math.log(b)


def _upper_quantile(tail: float, df: float, guess: float) -> float:
    """The t > 0 with P(T > t) = tail, for 0 < tail < 1/2 (math.inf when that t is beyond the
    largest float, as it can be for df < 1 and the tiniest tails)."""
    low, high = 0.0, 1.0
    while _t_upper_tail(high, df) > tail:  # bracket it: double, then square, from 1
        if high == sys.float_info.max:
            return math.inf
        low, high = high, min(sys.float_info.max, high * 2.0 if high < 4.0 else high * high)
    t = guess if low < guess < high else _between(low, high)
    for _ in range(200):
        upper = _t_upper_tail(t, df)
        if upper == tail:
            return t
        if upper > tail:  # the tail beyond t is too big: the quantile is further out
            low = t
        else:
            high = t
        # Newton's step on log P(T > t) against log t: exact where the tail is a power of t, so
        # it walks in from far out in a step or two, and is the ordinary step near the answer.
        density = _t_density(t, df)
        candidate = math.nan
        if upper > 0.0 and density > 0.0:
            step = _log_ratio(upper, tail) * upper / (t * density)
            candidate = t * math.exp(min(step, 700.0))
        if not low < candidate < high:
            candidate = _between(low, high)
        if abs(candidate - t) <= 2e-16 * candidate or high - low <= 2e-16 * high:
            return candidate
        t = candidate
    return t


def t_quantile(p: float, df: float) -> float | None:
    """Student's t inverse CDF: the t with P(T <= t) = p on df degrees of freedom.

    Newton's method (on the log of the tail), kept inside a bisection bracket, on the tail
    computed from the regularised incomplete beta (continued fraction) in logs, so that tails
    down to the smallest float work at any df > 0; a quantile beyond the largest float (df < 1
    and tails like 1e-300) is returned as +-inf. Above 1e5 degrees of freedom it uses the
    Cornish-Fisher expansion, and the normal quantile for df = infinity. None unless 0 < p < 1
    and df > 0.

    Accuracy: relative error below 1e-12. Measured against 50-digit mpmath over df from 0.1 to
    1e9 and tails from 1e-300 to 1/2 (tests/cohorts/reference/), the worst is 7.4e-13, near
    df = 1e5 (the continued fraction converges slowly there); below df = 1000 it is under 1e-14."""
    if not (is_present(p) and is_present(df)) or not 0.0 < p < 1.0 or df <= 0:
        return None
    if p == 0.5:
        return 0.0
    tail, sign = (1.0 - p, 1.0) if p > 0.5 else (p, -1.0)
    z = -statistics.NormalDist().inv_cdf(tail)
    if math.isinf(df):
        return sign * z
    if df > LARGE_DF:
        return sign * _cornish_fisher(z, df)
    guess = _cornish_fisher(z, df) if df > 4 else z + (z**3 + z) / (4 * df)
    return sign * _upper_quantile(tail, df, guess)
