"""Times, dates and durations as GOV.UK writes them."""

from datetime import UTC, date, datetime, time

import pytest

from champions.templatetags.champions_format import duration, govuk_date, govuk_datetime, govuk_time


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (time(3, 37), "3:37am"),
        (time(15, 37), "3:37pm"),
        (time(12, 0), "12pm"),
        (time(0, 0), "12am"),
        (time(0, 5), "12:05am"),
        (time(9, 0), "9am"),
        (None, ""),
    ],
)
def test_times_read_like_3_37am_with_no_dots_or_space(value, expected):
    assert govuk_time(value) == expected


def test_a_stored_time_is_shown_in_uk_time():
    summer = datetime(2026, 7, 1, 14, 37, tzinfo=UTC)  # 3:37pm in London (BST)
    assert govuk_time(summer) == "3:37pm"
    assert govuk_datetime(summer) == "1 July 2026 at 3:37pm"


def test_dates_read_like_6_december_2026():
    assert govuk_date(date(2026, 12, 6)) == "6 December 2026"
    assert govuk_date("not a date") == ""


@pytest.mark.parametrize(
    ("minutes", "expected"),
    [
        (0, "0 minutes"),
        (1, "1 minute"),
        (25, "25 minutes"),
        (60, "1 hour"),
        (61, "1 hour 1 minute"),
        (70, "1 hour 10 minutes"),
        (120, "2 hours"),
        (185, "3 hours 5 minutes"),
        ("45", "45 minutes"),
        (None, ""),
    ],
)
def test_time_estimates_are_in_hours_and_minutes(minutes, expected):
    assert duration(minutes) == expected
