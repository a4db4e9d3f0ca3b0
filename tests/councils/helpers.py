"""Small builders for council tests, over tests.factories (so through the product's services):
a council with a slug the test picks, its leader, a facilitator, and councillors whose emails
are ``c{i}@{slug}.example.org`` and whose positions cycle through the common ones."""

from champions.accounts.constants import Position
from champions.accounts.models import Council, User
from tests.factories import CouncilFactory, CouncillorFactory, FacilitatorFactory, LeaderFactory
from tests.helpers import PASSWORD, people_counts, roster_csv  # noqa: F401 - for the tests

counts = people_counts
POSITIONS = [Position.BACKBENCH, Position.BACKBENCH, Position.SCRUTINY, Position.CHAIR,
             Position.CABINET]  # fmt: skip


def make_council(slug: str, council_type: str = "district") -> Council:
    return CouncilFactory(name=f"{slug.title()} Council", slug=slug, type=council_type)


def make_leader(council: Council, email: str | None = None) -> User:
    return LeaderFactory(council=council, email=email or f"leader@{council.slug}.example.org")


def make_facilitator(email: str) -> User:
    return FacilitatorFactory(email=email)


def add_councillors(council: Council, count: int, *, start: int = 0) -> list[User]:
    return [
        CouncillorFactory(
            email=f"c{i}@{council.slug}.example.org",
            first_name=f"Cllr{i}",
            last_name="Test",
            council=council,
            position=POSITIONS[i % len(POSITIONS)],
            ward=f"Ward {i}",
            year_first_elected=2016 if i % 2 else 2024,
        )
        for i in range(start, start + count)
    ]
