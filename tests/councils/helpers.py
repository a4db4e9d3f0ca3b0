"""Small builders for council tests. They go through the same services as the product."""

from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import TOTP

from champions.accounts.constants import Position, Role
from champions.accounts.models import Council, CouncillorProfile, User
from champions.accounts.services import (
    council_leader_assign,
    councillor_profile_upsert,
    role_grant,
    user_upsert,
)
from demo.seed import DEMO_PASSWORD, DEMO_TOTP_SECRET

HEADER = "name,email,position,ward,year first elected\n"
POSITIONS = [Position.BACKBENCH, Position.BACKBENCH, Position.SCRUTINY, Position.CHAIR,
             Position.CABINET]  # fmt: skip


def make_council(slug: str, council_type: str = "district") -> Council:
    return Council.objects.create(
        name=f"{slug.title()} Council", slug=slug, type=council_type, nation="england"
    )


PASSWORD = DEMO_PASSWORD


def _two_step(user: User) -> User:
    """Staff pages need two-step sign-in set up; tests use the demo's authenticator secret."""
    if not Authenticator.objects.filter(user=user).exists():
        TOTP.activate(user, DEMO_TOTP_SECRET)
    return user


def make_leader(council: Council, email: str | None = None) -> User:
    leader = user_upsert(email=email or f"leader@{council.slug}.example.org", password=PASSWORD)
    council_leader_assign(user=leader, council=council)
    return _two_step(leader)


def make_facilitator(email: str) -> User:
    user = user_upsert(email=email, password=PASSWORD)
    role_grant(user=user, role=Role.FACILITATOR)
    return _two_step(user)


def add_councillors(council: Council, count: int, *, start: int = 0) -> list[User]:
    people = []
    for i in range(start, start + count):
        user = user_upsert(
            email=f"c{i}@{council.slug}.example.org", first_name=f"Cllr{i}", last_name="Test"
        )
        councillor_profile_upsert(
            user=user,
            council=council,
            position=POSITIONS[i % len(POSITIONS)],
            ward=f"Ward {i}",
            year_first_elected=2016 if i % 2 else 2024,
        )
        people.append(user)
    return people


def roster_csv(rows: list[tuple]) -> bytes:
    lines = [",".join(str(cell) for cell in row) for row in rows]
    return (HEADER + "\n".join(lines) + "\n").encode()


def counts() -> tuple[int, int, int]:
    from allauth.account.models import EmailAddress

    return (
        User.objects.count(),
        CouncillorProfile.objects.count(),
        EmailAddress.objects.count(),
    )
