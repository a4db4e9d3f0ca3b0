"""The benchmark command runs against the demo and prints its table; timings are not asserted."""

import io

import pytest
from django.core.management import CommandError, call_command

# bench_pages measures the demo's pages, so this reads the demo (see tests/conftest.py).
pytestmark = [pytest.mark.django_db, pytest.mark.demo]


def test_bench_pages_prints_a_row_per_page_with_times_and_queries():
    out = io.StringIO()
    call_command("bench_pages", runs=3, warmup=1, force=True, stdout=out)
    lines = out.getvalue().splitlines()
    assert "| page | runs | median ms | p95 ms | queries per request |" in lines
    rows = [line.split("|")[1:-1] for line in lines if line.startswith(("| lesson", "| my"))]
    assert [row[0].split(" (")[0].strip() for row in rows] == ["lesson page", "my learning"]
    for _, runs, median, p95, queries in rows:
        assert int(runs) == 3
        assert 0 < float(median) <= float(p95)
        assert int(queries) > 0
    assert "/learn/" in rows[1][0]


def test_bench_pages_refuses_to_run_with_debug_off_unless_forced():
    with pytest.raises(CommandError, match="DEBUG off"):
        call_command("bench_pages", runs=1, stdout=io.StringIO())


def test_bench_pages_says_when_the_demo_is_missing():
    with pytest.raises(CommandError, match="seed_demo"):
        call_command("bench_pages", email="nobody@example.org", force=True, stdout=io.StringIO())
