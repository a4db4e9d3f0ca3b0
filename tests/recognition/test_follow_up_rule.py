"""When the 30- and 90-day follow-ups are due: a pure rule, tested day by day."""

from datetime import date, timedelta

import pytest

from recognition.rules import follow_ups_due

SET_ON = date(2026, 1, 15)


@pytest.mark.parametrize(
    ("days_later", "answered", "expected"),
    [
        (0, set(), []),
        (29, set(), []),
        (30, set(), [30]),
        (31, set(), [30]),
        (31, {30}, []),
        (89, {30}, []),
        (90, {30}, [90]),
        (90, set(), [30, 90]),
        (120, {30, 90}, []),
        (400, {90}, [30]),
    ],
)
def test_follow_ups_open_on_day_30_and_day_90_until_answered(days_later, answered, expected):
    today = SET_ON + timedelta(days=days_later)
    assert follow_ups_due(set_on=SET_ON, today=today, answered=answered) == expected
