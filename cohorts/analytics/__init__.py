"""The facilitator's cohort report, read in a fixed number of queries whatever the cohort size.

``cohort_report(cohort=...)`` (report.py) gathers plain data once (records.py: members,
progress, sittings, stages; figures.py: reliability, quiz questions, low confidence) and hands
it to the pure functions in ``cohorts.stats``. The rows it returns are in rows.py. Nothing here
renders; the dashboard, the printable plan and the exports all use the same report."""

from .report import CACHE_SECONDS, INACTIVE_AFTER, cohort_report
from .rows import (
    ChangeRow,
    CohortReport,
    ConfidenceItemRow,
    FunnelRow,
    ItemRow,
    Learner,
    ModuleInfo,
)

__all__ = [
    "CACHE_SECONDS",
    "INACTIVE_AFTER",
    "ChangeRow",
    "CohortReport",
    "ConfidenceItemRow",
    "FunnelRow",
    "ItemRow",
    "Learner",
    "ModuleInfo",
    "cohort_report",
]
