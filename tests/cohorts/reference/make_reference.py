"""Write reference.json: inputs and expected outputs for cohorts.stats, from independent
implementations. Run once by hand, then commit the JSON; the tests read it without scipy.

Needs scipy, pingouin, numpy and mpmath, which the project does not depend on, so run it from a
throwaway virtual environment outside the repository, from the repository's root:

    python3 -m venv /tmp/refvenv
    /tmp/refvenv/bin/pip install scipy pingouin numpy mpmath
    /tmp/refvenv/bin/python tests/cohorts/reference/make_reference.py

The JSON was last written with Python 3.11+, scipy 1.17.1, pingouin 0.7.0, numpy 2.4.6,
mpmath 1.4.1, pandas 3.1.1 (the versions are also stored in the file). Nothing here calls
cohorts.stats; quizzes.scoring (pure) is imported only to check that the behaviour items are
dichotomised exactly as the B score counts them.

Where each expected value comes from:
    t quantiles         mpmath at 50 digits (root of the regularised incomplete beta, in log t),
                        checked against scipy.stats.t.ppf
    paired change       the interval from scipy.stats.ttest_rel(...).confidence_interval();
                        d_z = mean / sd (numpy); g_z = d_z * (1 - 3 / (4 df - 1)), DOMAIN.md's
                        approximation (pingouin's Hedges correction is the exact gamma form)
    Wilcoxon            scipy.stats.wilcoxon, zeros dropped (zero_method="wilcox"), p from the
                        exact enumeration of every sign flip of the average ranks
                        (PermutationMethod with n_resamples=inf), so exact given ties
    Cronbach's alpha    pingouin.cronbach_alpha(nan_policy="listwise"), alpha if deleted from
                        pingouin on the other items, item-total from numpy.corrcoef
    KR-20               the textbook formula sum p q / population variance of the counts (numpy)
                        and pingouin's alpha of the 0/1 items, which must agree
    Hake's gain         numpy, from the definition g = (post - pre) / (max - pre): each
                        person's, their mean and median, and the gain of the mean scores
Where the statistics module says a figure cannot be worked out (fewer than 2 people or items, no
spread) the expected value is null; those rules are restated here, not imported.
"""

import json
import math
import sys
import warnings
from importlib.metadata import version
from pathlib import Path

import mpmath
import numpy as np
import pandas as pd
import pingouin
import scipy
from scipy import stats

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))  # the repository root, for quizzes.scoring

from quizzes.scoring import ItemDefinition, subscale_scores  # noqa: E402

SEED = 2323
MAXIMUM = 100  # knowledge scores are percentages
rng = np.random.default_rng(SEED)
mpmath.mp.dps = 50


def clean(value):
    """JSON has no NaN or infinity: None for NaN, "inf"/"-inf" for the infinities."""
    if value is None:
        return None
    value = float(value)
    if math.isnan(value):
        return None
    if math.isinf(value):
        return "inf" if value > 0 else "-inf"
    return value


# --- Student's t quantiles ----------------------------------------------------------------


def t_upper_tail(t, df):
    """P(T > t) = I_x(df/2, 1/2) / 2 with x = df / (df + t^2), from the hypergeometric series
    I_x(a, b) = x^a 2F1(a, 1 - b; a + 1; x) / (a B(a, b)) with room to raise the working
    precision (mpmath's own betainc gives up on tails below about 1e-280 at large df)."""
    a, b = mpmath.mpf(df) / 2, mpmath.mpf(1) / 2
    x = mpmath.mpf(df) / (df + t * t)
    series = mpmath.hyp2f1(a, 1 - b, a + 1, x, maxprec=50_000)
    return x**a * series / (a * mpmath.beta(a, b)) / 2


def t_quantile_reference(p, df):
    p = mpmath.mpf(p)
    tail, sign = (1 - p, 1) if p > 0.5 else (p, -1)
    if t_upper_tail(mpmath.mpf(sys.float_info.max), df) > tail:
        return sign * math.inf  # beyond the largest float
    guess = abs(stats.t.ppf(float(tail), df))
    if not math.isfinite(guess) or guess <= 0:
        guess = 1e150
    u0 = mpmath.log(mpmath.mpf(guess))

    def excess(u):
        return mpmath.log(t_upper_tail(mpmath.exp(u), df)) - mpmath.log(tail)

    lo, hi = u0 - 1, u0 + 1
    while excess(lo) <= 0:
        lo -= 4
    while excess(hi) >= 0:
        hi += 4
    u = mpmath.findroot(excess, (lo, hi), solver="anderson", tol=mpmath.mpf(10) ** -45)
    return sign * float(mpmath.exp(u))


def t_quantile_cases():
    dfs = [
        0.1,
        0.5,
        1,
        1.5,
        2,
        3,
        4,
        5,
        7.5,
        10,
        29,
        100,
        1000,
        1e4,
        5e4,
        99_999,
        100_001,
        1e6,
        1e9,
    ]
    ps = [1e-300, 1e-100, 1e-20, 1e-17, 1e-12, 1e-6, 0.001, 0.025, 0.2, 0.49]
    ps += [1 - p for p in ps if p > 1e-16]
    grid = [(p, df) for df in dfs for p in ps]
    drawn = [
        (float(10 ** rng.uniform(-15, math.log10(0.5))), float(10 ** rng.uniform(-1, 5.3)))
        for _ in range(60)
    ]
    cases = []
    for p, df in grid + drawn:
        expected = t_quantile_reference(p, df)
        scipy_value = stats.t.ppf(p, df)
        if not math.isclose(scipy_value, expected, rel_tol=1e-9):
            print(
                f"scipy differs: p={p:g} df={df:g} mpmath {expected:.15g} scipy {scipy_value:.15g}"
            )
        cases.append({"p": p, "df": df, "t": clean(expected)})
    return cases


# --- paired change and the signed-rank test ------------------------------------------------


def scores_with_ties(n):
    """Means of eight 1-5 items (steps of 1/8, exact in binary): many ties, some missing."""
    values = rng.integers(8, 41, size=n) / 8
    return [None if rng.random() < 0.1 else float(v) for v in values]


def wilcoxon_reference(diffs):
    used = [d for d in diffs if d != 0]
    if not used:
        return {"n_used": 0, "n_zero": len(diffs), "w_plus": None, "p_value": None}
    ranks = stats.rankdata(np.abs(used))
    w_plus = float(sum(r for r, d in zip(ranks, used, strict=True) if d > 0))
    if len(used) == 1:  # scipy needs two; with one, + and - are the only two patterns: p = 1
        p_value = 1.0
    else:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            result = stats.wilcoxon(
                used, zero_method="wilcox", method=stats.PermutationMethod(n_resamples=np.inf)
            )
        p_value = float(min(1.0, result.pvalue))
    return {
        "n_used": len(used),
        "n_zero": len(diffs) - len(used),
        "w_plus": w_plus,
        "p_value": p_value,
    }


def paired_reference(before, after):
    pairs = [(b, a) for b, a in zip(before, after, strict=True) if b is not None and a is not None]
    n = len(pairs)
    expected = {"n": n, "n_dropped": len(before) - n}
    diffs = np.array([a - b for b, a in pairs])
    spread = n >= 2 and np.ptp(diffs) > 0
    expected["mean_diff"] = float(diffs.mean()) if n else None
    expected["sd_diff"] = float(diffs.std(ddof=1)) if n >= 2 else None
    if spread:
        interval = stats.ttest_rel(
            [a for _, a in pairs], [b for b, _ in pairs]
        ).confidence_interval(0.95)
        expected["ci_low"], expected["ci_high"] = float(interval.low), float(interval.high)
        d_z = diffs.mean() / diffs.std(ddof=1)
        expected["d_z"] = float(d_z)
        expected["g_z"] = float(d_z * (1 - 3 / (4 * (n - 1) - 1))) if n >= 3 else None
    elif n >= 2:  # everyone changed alike: the interval is the point, no effect size
        expected["ci_low"] = expected["ci_high"] = float(diffs.mean())
        expected["d_z"] = expected["g_z"] = None
    else:
        expected["ci_low"] = expected["ci_high"] = expected["d_z"] = expected["g_z"] = None
    expected["wilcoxon"] = wilcoxon_reference(list(diffs)) if 1 <= n < 10 else None
    return expected


def paired_cases():
    cases = []
    for index in range(160):
        n = int(rng.integers(0, 10)) if index < 100 else int(rng.integers(10, 26))
        before = scores_with_ties(n)
        if index % 4 == 0:  # small whole-number changes: many zero and tied differences
            after = [None if b is None else b + float(rng.integers(-2, 3)) / 8 for b in before]
        else:
            after = scores_with_ties(n)
        cases.append(
            {"before": before, "after": after, "expected": paired_reference(before, after)}
        )
    return cases


# --- reliability ---------------------------------------------------------------------------


def alpha_table(matrix, k):
    """Alpha, alpha if deleted and corrected item-total r over complete rows, or None where the
    module cannot work them out (fewer than 2 rows or items, no spread in the totals). k is the
    number of items as the module sees it: the longest row, so 0 when there are no rows."""
    n = len(matrix)
    if n < 2 or k < 2:
        return {"k": k, "alpha": None, "alpha_if_deleted": [None] * k, "item_total": [None] * k}
    matrix = np.asarray(matrix, dtype=float)

    def alpha_of(columns):
        if columns.shape[1] < 2 or n < 2 or np.ptp(columns.sum(axis=1)) == 0:
            return None
        value, _interval = pingouin.cronbach_alpha(pd.DataFrame(columns), nan_policy="listwise")
        return float(value)

    totals = matrix.sum(axis=1)
    item_total = []
    for j in range(k):
        rest = totals - matrix[:, j]
        ok = np.ptp(matrix[:, j]) > 0 and np.ptp(rest) > 0
        item_total.append(float(np.corrcoef(matrix[:, j], rest)[0, 1]) if ok else None)
    return {
        "k": k,
        "alpha": alpha_of(matrix),
        "alpha_if_deleted": [alpha_of(np.delete(matrix, j, axis=1)) for j in range(k)],
        "item_total": item_total,
    }


def answer_rows(n, k, low, high, missing):
    """People answering k items on a low-high scale, driven by one trait (so alpha is
    sensible), with some answers missing."""
    trait = rng.normal(size=n)
    rows = []
    for person in range(n):
        row = np.clip(np.round(trait[person] + rng.normal(size=k) + (low + high) / 2), low, high)
        rows.append([None if rng.random() < missing else int(v) for v in row])
    return rows


def alpha_cases():
    cases = []
    for index in range(110):
        k = int(rng.integers(1, 9)) if index % 10 else 8
        n = int(rng.integers(0, 6)) if index < 20 else int(rng.integers(6, 26))
        rows = answer_rows(n, k, 1, 5, missing=0.08)
        complete = [r for r in rows if all(v is not None for v in r)]
        expected = alpha_table(complete, k if rows else 0)
        expected.update(n=len(complete), n_dropped=n - len(complete))
        cases.append({"rows": rows, "expected": expected})
    return cases


B_ITEMS = [ItemDefinition(key=f"b{j}", dimension="B") for j in range(8)]


def dichotomise(rows, k):
    """The behaviour rule restated: an item counts when done at least once; an unanswered one
    counts as not done; a person needs 75% of the items answered to have a score."""
    needed = math.ceil(0.75 * k - 1e-9)
    kept = []
    for row in rows:
        if sum(v is not None for v in row) >= needed:
            kept.append([1 if v is not None and v >= 1 else 0 for v in row])
    return kept


def kr20_cases():
    cases = []
    for index in range(110):
        k = 8 if index % 5 else int(rng.integers(2, 9))
        n = int(rng.integers(0, 6)) if index < 20 else int(rng.integers(6, 26))
        rows = answer_rows(n, k, 0, 3, missing=0.12 if index % 3 else 0.3)
        kept = dichotomise(rows, k)
        if k == 8:  # the restated rule gives every person exactly their B score
            scored = [
                subscale_scores(B_ITEMS, {f"b{j}": v for j, v in enumerate(row)})["B"]
                for row in rows
            ]
            assert sorted(sum(r) for r in kept) == sorted(s for s in scored if s is not None)
        matrix = np.array(kept, dtype=float).reshape(len(kept), k)
        expected = alpha_table(matrix, k if rows else 0)
        if expected["alpha"] is not None:
            p = matrix.mean(axis=0)
            textbook = k / (k - 1) * (1 - (p * (1 - p)).sum() / matrix.sum(axis=1).var())
            assert math.isclose(textbook, expected["alpha"], rel_tol=1e-9, abs_tol=1e-12)
        expected.update(n=len(kept), n_dropped=n - len(kept))
        cases.append({"rows": rows, "expected": expected})
    return cases


# --- Hake's normalised gain ----------------------------------------------------------------


def gain_reference(pairs):
    complete = np.array(
        [(b, a) for b, a in pairs if b is not None and a is not None], dtype=float
    ).reshape(-1, 2)
    n = len(complete)
    if n == 0:
        return {"n": 0, "n_at_ceiling": 0, "individual": [], "mean_gain": None,
                "median_gain": None, "gain_of_means": None}  # fmt: skip
    room = complete[:, 0] < MAXIMUM
    individual = (complete[room, 1] - complete[room, 0]) / (MAXIMUM - complete[room, 0])
    mean_pre, mean_post = complete.mean(axis=0)
    return {
        "n": n,
        "n_at_ceiling": int(n - room.sum()),
        "individual": [
            float((a - b) / (MAXIMUM - b)) if b < MAXIMUM else None
            for b, a in pairs
            if b is not None and a is not None
        ],
        "mean_gain": float(individual.mean()) if room.any() else None,
        "median_gain": float(np.median(individual)) if room.any() else None,
        "gain_of_means": (
            float((mean_post - mean_pre) / (MAXIMUM - mean_pre)) if mean_pre < MAXIMUM else None
        ),
    }


def gain_cases():
    cases = []
    for _ in range(110):
        n = int(rng.integers(0, 25))
        pre = rng.choice(np.arange(0, 101, 5), size=n, p=None)
        post = np.clip(pre + rng.choice(np.arange(-30, 51, 5), size=n), 0, 100)
        pairs = [
            (None if rng.random() < 0.05 else int(b), None if rng.random() < 0.05 else int(a))
            for b, a in zip(pre, post, strict=True)
        ]
        cases.append({"pairs": pairs, "expected": gain_reference(pairs)})
    return cases


def main():
    data = {
        "about": "Made by make_reference.py (see its docstring); do not edit by hand.",
        "seed": SEED,
        "versions": {
            "python": sys.version.split()[0],
            "scipy": scipy.__version__,
            "pingouin": pingouin.__version__,
            "numpy": np.__version__,
            "pandas": pd.__version__,
            "mpmath": version("mpmath"),
        },
        "gain_maximum": MAXIMUM,
        "t_quantile": t_quantile_cases(),
        "paired_change": paired_cases(),
        "cronbach_alpha": alpha_cases(),
        "kr20": kr20_cases(),
        "gain": gain_cases(),
    }
    text = json.dumps(data, separators=(",", ":"), allow_nan=False)
    (HERE / "reference.json").write_text(text + "\n")
    print(f"wrote {len(text) / 1024:.0f} KB")


if __name__ == "__main__":
    main()
