"""Reads for the council leader's pages: the roster, an upload's preview, and council uptake.
Each runs a fixed number of queries whatever the council's size (pinned by tests). Callers
fetch the council through ``councils_visible_to`` or ``councils_managed_by`` first.

Nothing here reads quiz answers, scores or stages: a leader's pages show participation, and
the journey only as published (already suppressed and rounded) in a monthly snapshot.

rosters: the roster and an upload's preview; required_steps: what completing takes;
participation: each councillor's participation and active months; comparison: similar
councils' counts; journey: the latest published journey figures; uptake_report: all of a
council's uptake figures together.
"""

from .comparison import COMPARISON_CACHE_SECONDS, similar_council_counts
from .journey import PublishedJourney, published_journey
from .participation import council_active_months, council_participants
from .required_steps import RequiredSteps, required_steps
from .rosters import (
    CurrentMember,
    Roster,
    RosterEntry,
    RosterPreview,
    council_roster,
    current_member,
    not_invited_user_ids,
    roster_preview,
)
from .uptake_report import CouncilUptake, council_uptake

__all__ = [
    "COMPARISON_CACHE_SECONDS",
    "CouncilUptake",
    "CurrentMember",
    "PublishedJourney",
    "RequiredSteps",
    "Roster",
    "RosterEntry",
    "RosterPreview",
    "council_active_months",
    "council_participants",
    "council_roster",
    "current_member",
    "council_uptake",
    "not_invited_user_ids",
    "published_journey",
    "required_steps",
    "roster_preview",
    "similar_council_counts",
]
