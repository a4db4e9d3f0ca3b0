"""Statistics for the facilitator dashboards (DOMAIN.md section 3, "What facilitators need to see").

Pure functions over plain numbers: no ORM, no request, no clock, standard library only. Every
function copes with nobody, one or two people, no spread and missing answers (None or NaN): it
never raises for those, it puts None in whatever it cannot work out and says why in ``note``, in
words a facilitator can read on the dashboard. ``note`` is "" when there is nothing to add.

Thresholds (module constants, so a dashboard can quote them):
    paired change   ``enough`` needs 5 pairs; the exact Wilcoxon test is run below 10 pairs.
    reliability     alpha < .70 "below acceptable"; corrected item-total r < .30 "weak item".
    quiz items      p > .90 "too easy", p < .30 "too hard"; discrimination < .20 "not
                    discriminating", judged only from 10 answers (a common rule of thumb: .20 is
                    the usual floor for a classroom item worth keeping).
Scores are often means of items, so two scores that should be equal can differ in the last bits;
values within 1e-9 of each other count as equal (for "no spread", zero differences and ties).
"""

import math
import statistics
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

ENOUGH_PAIRS = 5
WILCOXON_BELOW = 10
ALPHA_ACCEPTABLE = 0.70
ITEM_TOTAL_WEAK = 0.30
TOO_EASY = 0.90
TOO_HARD = 0.30
DISCRIMINATION_WEAK = 0.20
DISCRIMINATION_MIN_N = 10
STAGES = 5

_EQUAL_WITHIN = 1e-9
_LARGE_DF = 1e5  # beyond this the Cornish-Fisher expansion is exact to double precision


def _present(value) -> bool:
    return value is not None and not (isinstance(value, float) and math.isnan(value))


def _no_spread(values: Sequence[float]) -> bool:
    if len(values) < 2:
        return True
    low, high = min(values), max(values)
    scale = max(1.0, abs(low), abs(high))  # the largest magnitude is at one end
    return high - low <= _EQUAL_WITHIN * scale


def _variance(values: Sequence[float]) -> float:
    """Sample variance (n - 1) in plain floats: two passes with fsum. The standard library's
    ``statistics.variance`` works in exact fractions, which is far too slow for a dashboard
    that runs it over hundreds of people and dozens of items."""
    n = len(values)
    mean = math.fsum(values) / n
    return math.fsum((v - mean) ** 2 for v in values) / (n - 1)


def _pearson(xs: Sequence[float], ys: Sequence[float]) -> float | None:
    if len(xs) < 2 or _no_spread(xs) or _no_spread(ys):
        return None
    mx, my = statistics.fmean(xs), statistics.fmean(ys)
    sxy = math.fsum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True))
    sxx = math.fsum((x - mx) ** 2 for x in xs)
    syy = math.fsum((y - my) ** 2 for y in ys)
    return max(-1.0, min(1.0, sxy / math.sqrt(sxx * syy)))  # clamp rounding just past +-1


def _join(notes: Iterable[str]) -> str:
    return " ".join(note for note in notes if note)


def _too_few(n: int, what: str = "both measures") -> str:
    return f"Too few people with {what} to say anything (n = {n})."


# --- Student's t ---------------------------------------------------------------------------


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
    if not (_present(p) and _present(df)) or not 0.0 < p < 1.0 or df <= 0:
        return None
    if p == 0.5:
        return 0.0
    tail, sign = (1.0 - p, 1.0) if p > 0.5 else (p, -1.0)
    z = -statistics.NormalDist().inv_cdf(tail)
    if math.isinf(df):
        return sign * z
    if df > _LARGE_DF:
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


# --- paired pre/post change ----------------------------------------------------------------


@dataclass(frozen=True)
class SignedRank:
    """Wilcoxon's signed-rank test on the differences."""

    n_used: int  # differences left after dropping the zero ones
    n_zero: int
    w_plus: float | None
    w_minus: float | None
    p_value: float | None  # exact, two-sided
    note: str


@dataclass(frozen=True)
class PairedChange:
    n: int  # people with both measures
    n_dropped: int  # people missing one or both
    mean_before: float | None
    mean_after: float | None
    mean_diff: float | None  # after - before
    sd_diff: float | None
    ci_low: float | None
    ci_high: float | None
    d_z: float | None
    g_z: float | None
    wilcoxon: SignedRank | None  # only for 1 <= n < 10
    enough: bool  # n >= 5
    note: str


def _average_ranks(values: Sequence[float]) -> list[float]:
    """Ranks 1..n, ties (within 1e-9) sharing the average of the ranks they span."""
    order = sorted(range(len(values)), key=values.__getitem__)
    ranks = [0.0] * len(values)
    start = 0
    while start < len(order):
        end = start + 1
        while end < len(order) and values[order[end]] - values[order[end - 1]] <= _EQUAL_WITHIN:
            end += 1
        for position in order[start:end]:
            ranks[position] = (start + 1 + end) / 2
        start = end
    return ranks


def signed_rank(diffs: Sequence[float]) -> SignedRank:
    """Wilcoxon's signed-rank test with an exact two-sided p-value.

    Zero differences are dropped (Wilcoxon's original method). Tied absolute differences get the
    average of their ranks, and the null distribution is enumerated over all 2^m sign flips of
    those same average ranks, so the p-value is exact given the ties (no normal approximation and
    no separate tie correction is needed). Meant for small m: the enumeration doubles per person.
    """
    used = [d for d in diffs if abs(d) > _EQUAL_WITHIN]
    n_zero = len(diffs) - len(used)
    dropped = f"{n_zero} with no change left out, as Wilcoxon's method does." if n_zero else ""
    if not used:
        return SignedRank(
            0, n_zero, None, None, None, "No one changed, so there is nothing to rank."
        )
    # Average ranks are whole or halves: doubled, the enumeration stays in exact integers.
    doubled = [round(2 * r) for r in _average_ranks([abs(d) for d in used])]
    observed = sum(r for r, d in zip(doubled, used, strict=True) if d > 0)
    all_ranks = sum(doubled)
    distance = abs(2 * observed - all_ranks)  # how far W+ is from its null mean, times 4
    as_extreme = 0
    for signs in range(2 ** len(used)):
        plus = sum(r for i, r in enumerate(doubled) if signs >> i & 1)
        as_extreme += abs(2 * plus - all_ranks) >= distance
    p_value = as_extreme / 2 ** len(used)
    w_plus = observed / 2
    return SignedRank(len(used), n_zero, w_plus, (all_ranks - observed) / 2, p_value, dropped)


def paired_change(
    before: Sequence[float | None], after: Sequence[float | None], *, confidence: float = 0.95
) -> PairedChange:
    """Change from before to after for the same people (lists in the same order).

    Keeps the people with both measures. The interval is the paired t interval for the mean
    difference; d_z = mean(diff) / sd(diff) and Hedges' g_z = d_z * (1 - 3 / (4 df - 1)),
    df = n - 1. With two people that correction is exactly 0, so g_z is left as None below n = 3.
    With no spread in the differences the interval is (mean, mean) and d_z is None."""
    if len(before) != len(after):
        raise ValueError("before and after must list the same people in the same order.")
    if not 0.0 < confidence < 1.0:
        raise ValueError("confidence must be between 0 and 1, such as 0.95.")
    pairs = [(b, a) for b, a in zip(before, after, strict=True) if _present(b) and _present(a)]
    n, n_dropped = len(pairs), len(before) - len(pairs)
    if n == 0:
        note = "No one has both measures yet."
        return PairedChange(0, n_dropped, *[None] * 8, None, False, note)
    diffs = [a - b for b, a in pairs]
    mean_diff = statistics.fmean(diffs)
    sd = ci_low = ci_high = d_z = g_z = None
    notes = [] if n >= ENOUGH_PAIRS else [_too_few(n)]
    if n >= 2 and _no_spread(diffs):
        sd, ci_low, ci_high = 0.0, mean_diff, mean_diff
        notes.append(
            "Everyone changed by the same amount, so there is no spread to judge the size of the"
            " effect against."
        )
    elif n >= 2:
        sd = statistics.stdev(diffs)
        half_width = t_quantile(0.5 + confidence / 2, n - 1) * sd / math.sqrt(n)
        ci_low, ci_high = mean_diff - half_width, mean_diff + half_width
        d_z = mean_diff / sd
        g_z = d_z * (1 - 3 / (4 * (n - 1) - 1)) if n >= 3 else None
    return PairedChange(
        n=n,
        n_dropped=n_dropped,
        mean_before=statistics.fmean(b for b, _ in pairs),
        mean_after=statistics.fmean(a for _, a in pairs),
        mean_diff=mean_diff,
        sd_diff=sd,
        ci_low=ci_low,
        ci_high=ci_high,
        d_z=d_z,
        g_z=g_z,
        wilcoxon=signed_rank(diffs) if n < WILCOXON_BELOW else None,
        enough=n >= ENOUGH_PAIRS,
        note=_join(notes),
    )


# --- knowledge gain ------------------------------------------------------------------------


@dataclass(frozen=True)
class Gain:
    n: int  # people with both scores
    n_dropped: int
    n_at_ceiling: int  # full marks before: no room to gain, so no individual gain
    mean_pre: float | None
    mean_post: float | None
    mean_gain: float | None  # the mean of the individual gains
    gain_of_means: float | None  # Hake's class gain, from the mean scores of all n
    note: str


def normalised_gain(pre: float | None, post: float | None, maximum: float) -> float | None:
    """Hake's g = (post - pre) / (maximum - pre): the share of the possible gain achieved.
    Negative when the score fell. None when a score is missing or pre is already the maximum."""
    if not (_present(pre) and _present(post) and _present(maximum)) or pre >= maximum:
        return None
    return (post - pre) / (maximum - pre)


def mean_normalised_gain(
    pairs: Iterable[tuple[float | None, float | None]], maximum: float
) -> Gain:
    """The mean of the individual gains (people at full marks before have none, and are counted
    in ``n_at_ceiling``), and Hake's gain of the means: the gain from the mean pre score to the
    mean post score of everyone with both, those at the ceiling included."""
    pairs = list(pairs)
    complete = [(pre, post) for pre, post in pairs if _present(pre) and _present(post)]
    n = len(complete)
    if n == 0:
        note = "No one has both a pre-test and a post-test score yet."
        return Gain(0, len(pairs), 0, None, None, None, None, note)
    gains = [g for pre, post in complete if (g := normalised_gain(pre, post, maximum)) is not None]
    mean_pre = statistics.fmean(pre for pre, _ in complete)
    mean_post = statistics.fmean(post for _, post in complete)
    at_ceiling = n - len(gains)
    notes = [] if n >= ENOUGH_PAIRS else [_too_few(n, "both scores")]
    if at_ceiling:
        notes.append(
            f"{at_ceiling} scored full marks before, so had no room to gain; they are left out"
            " of the mean of individual gains."
        )
    return Gain(
        n=n,
        n_dropped=len(pairs) - n,
        n_at_ceiling=at_ceiling,
        mean_pre=mean_pre,
        mean_post=mean_post,
        mean_gain=statistics.fmean(gains) if gains else None,
        gain_of_means=normalised_gain(mean_pre, mean_post, maximum),
        note=_join(notes),
    )


# --- reliability ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Reliability:
    k: int  # items
    n: int  # complete cases used
    n_dropped: int  # people with any item missing
    alpha: float | None
    alpha_if_deleted: tuple[float | None, ...]  # one per item
    item_total: tuple[float | None, ...]  # corrected: each item against the sum of the others
    flags: tuple[str, ...]  # ("below acceptable",) when alpha < .70
    item_flags: tuple[str | None, ...]  # "weak item" when item_total < .30
    note: str


def _alpha(columns: Sequence[Sequence[float]]) -> float | None:
    k = len(columns)
    totals = [math.fsum(row) for row in zip(*columns, strict=True)]
    if k < 2 or len(totals) < 2 or _no_spread(totals):
        return None
    item_variance = math.fsum(0.0 if _no_spread(c) else _variance(c) for c in columns)
    return k / (k - 1) * (1 - item_variance / _variance(totals))


def cronbach_alpha(rows: Sequence[Sequence[float | None]]) -> Reliability:
    """Cronbach's alpha = k/(k-1) * (1 - sum of item variances / variance of the totals), with
    sample (n - 1) variances, over people who answered every item (rows are people, columns
    items; a short row counts as missing its last items). Also alpha with each item left out and
    each item's correlation with the total of the other items."""
    k = max((len(row) for row in rows), default=0)
    complete = [list(row) for row in rows if len(row) == k and all(_present(v) for v in row)]
    n, n_dropped = len(complete), len(rows) - len(complete)
    nothing = (None,) * k
    dropped = f"{n_dropped} left out for missing answers." if n_dropped else ""
    if k < 2 or n < 2:
        reason = (
            f"Reliability needs at least two items (k = {k})."
            if k < 2
            else f"Too few people answered every item to estimate reliability (n = {n})."
        )
        return Reliability(
            k, n, n_dropped, None, nothing, nothing, (), nothing, _join([reason, dropped])
        )
    columns = [[row[j] for row in complete] for j in range(k)]
    alpha = _alpha(columns)
    if_deleted = tuple(_alpha(columns[:j] + columns[j + 1 :]) for j in range(k))
    totals = [math.fsum(row) for row in complete]
    item_total = tuple(
        _pearson(columns[j], [t - x for t, x in zip(totals, columns[j], strict=True)])
        for j in range(k)
    )
    notes = [dropped]
    if alpha is None:
        notes.insert(0, "Everyone has the same total, so reliability cannot be estimated.")
    return Reliability(
        k=k,
        n=n,
        n_dropped=n_dropped,
        alpha=alpha,
        alpha_if_deleted=if_deleted,
        item_total=item_total,
        flags=("below acceptable",) if alpha is not None and alpha < ALPHA_ACCEPTABLE else (),
        item_flags=tuple(
            "weak item" if r is not None and r < ITEM_TOTAL_WEAK else None for r in item_total
        ),
        note=_join(notes),
    )


# --- quiz item analysis --------------------------------------------------------------------


@dataclass(frozen=True)
class ItemStats:
    n: int  # answers with a credit
    difficulty: float | None  # p: mean credit, the share correct
    discrimination: float | None  # point-biserial r with the rest of the attempt
    corrected: bool  # True when this question was taken out of the total first
    n_discrimination: int  # answers that went into the discrimination
    most_chosen_wrong: str | None
    most_chosen_wrong_count: int
    flags: tuple[str, ...]  # "too easy", "too hard", "not discriminating"
    note: str


def item_analysis(
    responses: Iterable[Sequence], *, questions_per_attempt: int | None = None
) -> ItemStats:
    """Difficulty, discrimination and the favourite wrong answer for one quiz question.

    Each response is (credit 0..1, attempt total 0..100, chosen option ids, correct option ids),
    optionally with a fifth element: how many questions that attempt had (else
    ``questions_per_attempt``). Discrimination is the point-biserial (Pearson) correlation of the
    credit with the attempt's score on the *other* questions, (total * q / 100 - credit) / (q - 1)
    as a percentage: corrected, so the question does not correlate with itself. If the number of
    questions is unknown for any answer, it falls back to the whole total and says so.
    Each person counts once per wrong option chosen; ties go to the smallest id."""
    answered = [r for r in responses if _present(r[0])]
    n = len(answered)
    if n == 0:
        return ItemStats(0, None, None, False, 0, None, 0, (), "No one has answered this yet.")
    difficulty = statistics.fmean(r[0] for r in answered)
    scored = [r for r in answered if _present(r[1])]
    counts = [r[4] if len(r) > 4 and r[4] is not None else questions_per_attempt for r in scored]
    corrected = all(q is not None for q in counts)
    credits, others = [], []
    for response, q in zip(scored, counts, strict=True):
        credit, total = response[0], response[1]
        if not corrected:
            credits.append(credit)
            others.append(total)
        elif q >= 2:  # with one question there is no rest of the attempt
            credits.append(credit)
            others.append((total * q / 100 - credit) / (q - 1) * 100)
    discrimination = _pearson(credits, others)
    wrong = Counter(option for r in answered for option in set(r[2] or ()) - set(r[3] or ()))
    favourite = min(wrong.items(), key=lambda item: (-item[1], str(item[0])), default=(None, 0))
    flags = []
    if difficulty > TOO_EASY:
        flags.append("too easy")
    if difficulty < TOO_HARD:
        flags.append("too hard")
    judged = len(credits) >= DISCRIMINATION_MIN_N
    if judged and discrimination is not None and discrimination < DISCRIMINATION_WEAK:
        flags.append("not discriminating")
    notes = []
    if not corrected:
        notes.append(
            "Discrimination uses the whole score, this question included (the question count"
            " was not given), which flatters it."
        )
    if discrimination is None and len(credits) >= 2:
        notes.append("Everyone scored alike, so discrimination cannot be worked out.")
    if not judged:
        notes.append(f"Too few answers to judge discrimination (n = {len(credits)}).")
    return ItemStats(
        n=n,
        difficulty=difficulty,
        discrimination=discrimination,
        corrected=corrected,
        n_discrimination=len(credits),
        most_chosen_wrong=favourite[0],
        most_chosen_wrong_count=favourite[1],
        flags=tuple(flags),
        note=_join(notes),
    )


# --- stages and medians --------------------------------------------------------------------


@dataclass(frozen=True)
class Transitions:
    counts: tuple[tuple[int, ...], ...]  # counts[baseline - 1][current - 1], 5 x 5
    n: int
    n_dropped: int  # a stage missing (or not 1-5)
    baseline_totals: tuple[int, ...]  # row sums
    current_totals: tuple[int, ...]  # column sums
    moved_up: int
    stayed: int
    moved_down: int
    share_up: float | None
    share_stayed: float | None
    share_down: float | None
    note: str


def stage_transitions(pairs: Iterable[tuple[int | None, int | None]]) -> Transitions:
    """The baseline x current stage matrix and how many moved up, stayed or moved down."""
    counts = [[0] * STAGES for _ in range(STAGES)]
    n_dropped = 0
    for baseline, current in pairs:
        if baseline in range(1, STAGES + 1) and current in range(1, STAGES + 1):
            counts[int(baseline) - 1][int(current) - 1] += 1
        else:
            n_dropped += 1
    n = sum(map(sum, counts))
    up = sum(counts[i][j] for i in range(STAGES) for j in range(i + 1, STAGES))
    same = sum(counts[i][i] for i in range(STAGES))
    down = n - up - same
    if n == 0:
        note = "No one has both a baseline and a latest stage yet."
    else:
        note = _too_few(n, "both stages") if n < ENOUGH_PAIRS else ""
    return Transitions(
        counts=tuple(tuple(row) for row in counts),
        n=n,
        n_dropped=n_dropped,
        baseline_totals=tuple(sum(row) for row in counts),
        current_totals=tuple(sum(column) for column in zip(*counts, strict=True)),
        moved_up=up,
        stayed=same,
        moved_down=down,
        share_up=up / n if n else None,
        share_stayed=same / n if n else None,
        share_down=down / n if n else None,
        note=note,
    )


def median(values: Iterable[float | None]) -> float | None:
    """The median of the values present; None when there are none."""
    present = [v for v in values if _present(v)]
    return float(statistics.median(present)) if present else None
