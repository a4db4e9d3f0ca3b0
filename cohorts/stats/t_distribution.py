"""Student's t: quantiles for confidence intervals, from the regularised incomplete beta
function (standard library only)."""

import math
import statistics

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


def _incomplete_beta(a: float, b: float, x: float, y: float) -> float:
    """The regularised incomplete beta I_x(a, b); y = 1 - x is passed in to keep its precision."""
    if x <= 0.0:
        return 0.0
    if y <= 0.0:
        return 1.0
    log_front = a * math.log(x) + b * math.log(y) + math.lgamma(a + b)
    front = math.exp(log_front - math.lgamma(a) - math.lgamma(b))
    if x < (a + 1.0) / (a + b + 2.0):
        return front * _beta_continued_fraction(a, b, x) / a
    return 1.0 - front * _beta_continued_fraction(b, a, y) / b


def _t_upper_tail(t: float, df: float) -> float:
    """P(T > t) for t >= 0: half of I_x(df/2, 1/2) with x = df / (df + t^2)."""
    if t == 0.0:
        return 0.5
    r2 = (t / math.sqrt(df)) ** 2
    return 0.5 * _incomplete_beta(df / 2.0, 0.5, 1.0 / (1.0 + r2), 1.0 / (1.0 + 1.0 / r2))


def _t_density(t: float, df: float) -> float:
    log_density = math.lgamma((df + 1.0) / 2.0) - math.lgamma(df / 2.0)
    log_density -= 0.5 * math.log(df * math.pi) + (df + 1.0) / 2.0 * math.log1p(t * t / df)
    return math.exp(log_density)


def _cornish_fisher(z: float, df: float) -> float:
    """The t quantile from the normal one z (Abramowitz and Stegun 26.7.5)."""
    g1 = (z**3 + z) / 4
    g2 = (5 * z**5 + 16 * z**3 + 3 * z) / 96
    g3 = (3 * z**7 + 19 * z**5 + 17 * z**3 - 15 * z) / 384
    g4 = (79 * z**9 + 776 * z**7 + 1482 * z**5 - 1920 * z**3 - 945 * z) / 92160
    return z + g1 / df + g2 / df**2 + g3 / df**3 + g4 / df**4


def t_quantile(p: float, df: float) -> float | None:
    """Student's t inverse CDF: the t with P(T <= t) = p on df degrees of freedom.

    Newton's method, kept inside a bisection bracket, on the upper tail computed from the
    regularised incomplete beta (continued fraction); accurate to about 1e-12 for df >= 1.
    Above 1e5 degrees of freedom it uses the Cornish-Fisher expansion, and the normal quantile for
    df = infinity. None unless 0 < p < 1 and df > 0."""
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
    low, high = 0.0, 1.0
    while _t_upper_tail(high, df) > tail and high < 1e300:
        low, high = high, high * 2.0
    t = _cornish_fisher(z, df) if df > 4 else z + (z**3 + z) / (4 * df)
    if not low < t < high:
        t = (low + high) / 2.0
    for _ in range(300):
        excess = _t_upper_tail(t, df) - tail
        if excess == 0.0:
            return sign * t
        if excess > 0.0:  # the tail beyond t is too big: the quantile is further out
            low = t
        else:
            high = t
        density = _t_density(t, df)
        candidate = t + excess / density if density > 0.0 else math.inf
        if not low < candidate < high:
            candidate = (low + high) / 2.0
        if abs(candidate - t) <= 1e-15 * max(1.0, t) or high - low <= 1e-15 * max(1.0, high):
            return sign * candidate
        t = candidate
    return sign * t
