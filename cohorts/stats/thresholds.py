"""The thresholds the statistics judge by (see the package's docstring), as constants a
dashboard can quote."""

ENOUGH_PAIRS = 5
WILCOXON_BELOW = 10
ALPHA_ACCEPTABLE = 0.70
ITEM_TOTAL_WEAK = 0.30
TOO_EASY = 0.90
TOO_HARD = 0.30
DISCRIMINATION_WEAK = 0.20
DISCRIMINATION_MIN_N = 10
STAGES = 5

EQUAL_WITHIN = 1e-9
LARGE_DF = 1e5  # beyond this the Cornish-Fisher expansion is exact to double precision
