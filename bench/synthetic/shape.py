"""What the synthetic data looks like at each size: how many councils, learners and cohorts,
the mix of council types and positions, and the generator's version."""

from dataclasses import dataclass

from champions.accounts.constants import CouncilType, Nation, Position

# Bump when the generated data changes shape: the benchmark keeps a copy per version.
GENERATOR_VERSION = 2
DOMAIN = "synthetic.example.org"
SLUG_PREFIX = "synthetic-"
BENCH_COHORT_SIZE = 500  # the first cohort always has exactly this many (or every) learner


@dataclass(frozen=True)
class Size:
    councils: int
    learners: int
    cohort_max: int
    retakes: float  # chance of another practice round after passing with less than 100%


SIZES = {
    "small": Size(councils=1, learners=50, cohort_max=50, retakes=0.8),
    "medium": Size(councils=50, learners=2_000, cohort_max=500, retakes=0.8),
    "national": Size(councils=400, learners=20_000, cohort_max=500, retakes=0.8),
}
COUNCIL_TYPES = [
    (CouncilType.DISTRICT, Nation.ENGLAND, 40),
    (CouncilType.COUNTY, Nation.ENGLAND, 6),
    (CouncilType.UNITARY, Nation.ENGLAND, 16),
    (CouncilType.METROPOLITAN, Nation.ENGLAND, 9),
    (CouncilType.LONDON_BOROUGH, Nation.ENGLAND, 8),
    (CouncilType.SCOTTISH, Nation.SCOTLAND, 8),
    (CouncilType.WELSH, Nation.WALES, 6),
    (CouncilType.NORTHERN_IRISH, Nation.NORTHERN_IRELAND, 3),
]
POSITIONS = [Position.BACKBENCH] * 10 + [Position.SCRUTINY] * 4 + [Position.CHAIR] * 2 + [
    Position.CABINET
] * 2  # fmt: skip
CHUNK = 500  # learners per transaction
