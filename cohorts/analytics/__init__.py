"""The facilitator's cohort report, read in a fixed number of queries whatever the cohort size.

``cohort_report(cohort=...)`` (report.py) returns a report whose parts are each built the first
time a page reads them, so each page computes only what it shows. The parts gather plain data
(records.py: members, progress, sittings, stages; figures.py: reliability, quiz questions, low
confidence) and hand it to the pure functions in ``cohorts.stats``. The rows are in rows.py.
Nothing here renders; the dashboard pages, the printable plan and the exports all use it."""

from .report import CACHE_SECONDS, INACTIVE_AFTER, CohortReport, cohort_report
from .rows import (
    ChangeRow,
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
