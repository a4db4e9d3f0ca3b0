"""The statistics module against reference values from independent implementations.

reference/reference.json holds random data sets (fixed seed, with ties, zero changes and
missing answers) and what scipy, pingouin, numpy and 50-digit mpmath made of them; it was
written once by reference/make_reference.py (its docstring says how and with which versions),
so these tests need none of those packages. Where the module says a figure cannot be worked
out, the reference holds null, by the module's documented rules restated in that script.

Tolerances: the t quantile to a relative 1e-12 (its docstring's claim; the worst seen is
7.4e-13, near df = 1e5); everything else to a relative 1e-9 (absolute 1e-12 near zero), far
looser than the rounding either side makes but tight enough to catch any wrong formula.
"""

import json
import math
from pathlib import Path

import pytest

from cohorts.stats import (
    cronbach_alpha,
    kr20,
    mean_normalised_gain,
    normalised_gain,
    paired_change,
    t_quantile,
)

REFERENCE = json.loads((Path(__file__).parent / "reference" / "reference.json").read_text())
T_RELATIVE = 1e-12
RELATIVE, ABSOLUTE = 1e-9, 1e-12


def _ids(cases):
    return [str(i) for i in range(len(cases))]


def _same(actual, expected):
    """Equal within the tolerance, or both None."""
    if expected is None:
        return actual is None
    return actual is not None and math.isclose(actual, expected, rel_tol=RELATIVE, abs_tol=ABSOLUTE)


def _all_same(actual, expected):
    return len(actual) == len(expected) and all(map(_same, actual, expected))


def test_the_reference_file_is_small_and_covers_every_statistic():
    path = Path(__file__).parent / "reference" / "reference.json"
    assert path.stat().st_size < 300_000
    counts = {name: len(REFERENCE[name]) for name in REFERENCE if isinstance(REFERENCE[name], list)}
    assert counts.keys() == {"t_quantile", "paired_change", "cronbach_alpha", "kr20", "gain"}
    assert all(count >= 100 for count in counts.values())


@pytest.mark.parametrize("case", REFERENCE["t_quantile"], ids=_ids(REFERENCE["t_quantile"]))
def test_t_quantile_matches_mpmath(case):
    expected = float(case["t"])  # "inf" where the quantile is beyond the largest float
    actual = t_quantile(case["p"], case["df"])
    if math.isinf(expected):
        assert actual == expected
    else:
        assert math.isclose(actual, expected, rel_tol=T_RELATIVE)


def test_t_quantile_reference_reaches_the_far_tails_at_small_df():
    far = [c for c in REFERENCE["t_quantile"] if c["p"] < 1e-16 and c["df"] <= 2]
    assert len(far) >= 10


@pytest.mark.parametrize("case", REFERENCE["paired_change"], ids=_ids(REFERENCE["paired_change"]))
def test_paired_change_matches_scipy(case):
    result = paired_change(case["before"], case["after"])
    expected = case["expected"]
    assert (result.n, result.n_dropped) == (expected["n"], expected["n_dropped"])
    for field in ("mean_diff", "sd_diff", "ci_low", "ci_high", "d_z", "g_z"):
        assert _same(getattr(result, field), expected[field]), field
    if expected["wilcoxon"] is None:
        assert result.wilcoxon is None
    else:
        w, reference = result.wilcoxon, expected["wilcoxon"]
        assert (w.n_used, w.n_zero) == (reference["n_used"], reference["n_zero"])
        assert _same(w.w_plus, reference["w_plus"])
        assert _same(w.p_value, reference["p_value"])


def test_paired_change_reference_has_ties_zeros_and_missing_answers():
    cases = REFERENCE["paired_change"]
    with_wilcoxon = [c["expected"]["wilcoxon"] for c in cases if c["expected"]["wilcoxon"]]
    assert sum(w["n_zero"] > 0 for w in with_wilcoxon) >= 10
    assert sum(c["expected"]["n_dropped"] > 0 for c in cases) >= 20

    def tied(case):
        diffs = [
            abs(a - b)
            for b, a in zip(case["before"], case["after"], strict=True)
            if a is not None and b is not None and a != b
        ]
        return len(set(diffs)) < len(diffs)

    assert sum(tied(c) for c in cases if c["expected"]["wilcoxon"]) >= 10


@pytest.mark.parametrize("case", REFERENCE["cronbach_alpha"], ids=_ids(REFERENCE["cronbach_alpha"]))
def test_cronbach_alpha_matches_pingouin(case):
    result = cronbach_alpha(case["rows"])
    expected = case["expected"]
    assert (result.k, result.n, result.n_dropped) == (
        expected["k"],
        expected["n"],
        expected["n_dropped"],
    )
    assert result.coefficient == "Cronbach's alpha"
    assert _same(result.alpha, expected["alpha"])
    assert _all_same(result.alpha_if_deleted, expected["alpha_if_deleted"])
    assert _all_same(result.item_total, expected["item_total"])


@pytest.mark.parametrize("case", REFERENCE["kr20"], ids=_ids(REFERENCE["kr20"]))
def test_kr20_matches_the_textbook_formula_and_pingouin(case):
    result = kr20(case["rows"])
    expected = case["expected"]
    assert (result.k, result.n, result.n_dropped) == (
        expected["k"],
        expected["n"],
        expected["n_dropped"],
    )
    assert result.coefficient == "KR-20"
    assert _same(result.alpha, expected["alpha"])
    assert _all_same(result.alpha_if_deleted, expected["alpha_if_deleted"])
    assert _all_same(result.item_total, expected["item_total"])


def test_reliability_references_have_missing_answers_and_computed_values():
    for name in ("cronbach_alpha", "kr20"):
        cases = REFERENCE[name]
        assert sum(c["expected"]["n_dropped"] > 0 for c in cases) >= 20
        assert sum(c["expected"]["alpha"] is not None for c in cases) >= 60
    unanswered_but_scored = [
        c
        for c in REFERENCE["kr20"]
        if any(None in row for row in c["rows"]) and c["expected"]["n"] > 0
    ]
    assert len(unanswered_but_scored) >= 20


@pytest.mark.parametrize("case", REFERENCE["gain"], ids=_ids(REFERENCE["gain"]))
def test_normalised_gains_match_the_definition(case):
    maximum = REFERENCE["gain_maximum"]
    pairs = [tuple(pair) for pair in case["pairs"]]
    result = mean_normalised_gain(pairs, maximum)
    expected = case["expected"]
    assert (result.n, result.n_at_ceiling) == (expected["n"], expected["n_at_ceiling"])
    assert _same(result.gain_of_means, expected["gain_of_means"])
    assert _same(result.mean_gain, expected["mean_gain"])
    assert _same(result.median_gain, expected["median_gain"])
    complete = [(b, a) for b, a in pairs if b is not None and a is not None]
    individual = [normalised_gain(b, a, maximum) for b, a in complete]
    assert _all_same(individual, expected["individual"])
