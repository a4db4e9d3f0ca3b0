"""bench_cohort builds a small benchmark cohort on the demo and times the facilitator's pages,
the exports among them: it confirms who it is on allauth's "Confirm it's you" page first, as
a facilitator does, so the exports are timed as the real downloads, not as the redirect."""

import io

import pytest
from django.core.management import CommandError, call_command

# bench_cohort builds on the demo (see tests/conftest.py).
pytestmark = [pytest.mark.django_db, pytest.mark.demo]


def test_bench_cohort_times_every_facilitator_page_with_the_exports_downloaded():
    out = io.StringIO()
    call_command("bench_cohort", learners=3, runs=1, stdout=out)
    rows = {
        line.split("|")[1].strip(): line.split("|")[2:-1]
        for line in out.getvalue().splitlines()
        if line.startswith("| ") and not line.startswith("| page")
    }
    assert list(rows) == [
        "cohort overview",
        "learners",
        "journey and change",
        "knowledge and questions",
        "measurement quality",
        "session plan",
        "learner table export (CSV)",
        "learner page",
    ]
    # The command stops unless every page answered 200: the export was the file itself.
    median, p95, queries = rows["learner table export (CSV)"]
    assert 0 <= float(median) <= float(p95)
    assert int(queries) > 0


def test_bench_cohort_says_so_when_it_cannot_confirm_who_it_is():
    with pytest.raises(CommandError, match="Confirm it's you"):
        call_command("bench_cohort", learners=2, runs=1, password="wrong", stdout=io.StringIO())
