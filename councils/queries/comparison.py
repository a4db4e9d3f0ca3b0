"""Headline counts of similar councils (same type), never named, for the comparison."""

from collections import Counter
from datetime import datetime

from django.core.cache import cache

from champions.accounts.models import Council, CouncillorProfile
from champions.cache import fingerprint

from ..uptake import CouncilCounts
from .participation import NOBODY, participation_records
from .required_steps import RequiredSteps, required_steps

COMPARISON_CACHE_SECONDS = 5 * 60


def similar_council_counts(
    *, council: Council, now: datetime, steps: tuple[RequiredSteps, ...] | None = None
) -> tuple[CouncilCounts, ...]:
    """Headline counts for every other council of the same type. The councils are not named;
    only their figures go on. Counted for the whole type at once and cached for a few minutes
    (COMPARISON_CACHE_SECONDS): counts of other councils only, never a person, and a council's
    own figures are always read afresh. A change in what completing takes (a lesson published,
    say) makes a new key at once."""
    steps = required_steps() if steps is None else steps
    shape = fingerprint(
        [(s.programme_id, sorted(s.lesson_ids), sorted(s.assessment_ids)) for s in steps]
    )
    key = f"uptake-type-counts:{council.type}:{shape}"
    by_council = cache.get(key)
    if by_council is None:
        by_council = _counts_by_council(council_type=council.type, now=now, steps=steps)
        cache.set(key, by_council, COMPARISON_CACHE_SECONDS)
    return tuple(counts for pk, counts in sorted(by_council.items()) if pk != council.pk)


def _counts_by_council(
    *, council_type: str, now: datetime, steps: tuple[RequiredSteps, ...]
) -> dict[int, CouncilCounts]:
    """Headline counts for each council of a type: five queries, whatever their size."""
    current = CouncillorProfile.objects.filter(council__type=council_type, left_at__isnull=True)
    records = participation_records(current.values("user_id"), steps=steps, now=now)
    tallies: dict[int, Counter] = {}
    for user_id, council_id, last_login in current.values_list(
        "user_id", "council_id", "user__last_login"
    ):
        record = records.get(user_id, NOBODY)
        tally = tallies.setdefault(council_id, Counter())
        tally["roster"] += 1
        tally["invited"] += record.invited
        tally["signed_in"] += last_login is not None
        tally["started"] += record.started
        tally["active"] += record.active_recently
        tally["completed"] += record.completed_at is not None
    return {
        council_id: CouncilCounts(
            roster=t["roster"],
            invited=t["invited"],
            signed_in=t["signed_in"],
            started=t["started"],
            active=t["active"],
            completed=t["completed"],
        )
        for council_id, t in tallies.items()
    }
