"""Council uptake figures: pure functions, tested without the database."""

from datetime import date, datetime

import pytest

from councils.uptake import (
    CouncilCounts,
    Participant,
    compare,
    headline,
    monthly_trend,
    months_back,
    participation_rows,
    participation_status,
    percent,
    position_breakdown,
    tenure,
    tenure_breakdown,
)


def person(i=0, **changes) -> Participant:
    values = {
        "user_id": i, "name": f"Person {i}", "position": "backbench", "ward": "",
        "year_first_elected": 2016, "invited": True, "signed_in": True, "started": True,
        "completed_at": None, "last_active_at": None, "active_recently": False,
    }  # fmt: skip
    return Participant(**(values | changes))


@pytest.mark.parametrize(
    ("changes", "status"),
    [
        ({"invited": True, "signed_in": False, "started": False}, "invited"),
        ({"invited": True, "signed_in": True, "started": False}, "not_started"),
        ({"invited": False, "signed_in": False, "started": False}, "not_started"),
        ({"started": True}, "in_progress"),
        ({"started": True, "completed_at": datetime(2026, 3, 1)}, "completed"),
        # Progress without a recorded sign-in still counts as progress.
        ({"invited": True, "signed_in": False, "started": True}, "in_progress"),
    ],
)
def test_participation_status_follows_the_documented_rules(changes, status):
    assert participation_status(person(**changes)) == status


@pytest.mark.parametrize(
    ("year", "today", "expected"),
    [
        (2023, date(2026, 11, 25), "first_term"),  # last elections May 2026: 2023-2026
        (2022, date(2026, 11, 25), "returning"),
        (2022, date(2026, 4, 30), "first_term"),  # before May 2026, the latest was May 2025
        (2021, date(2026, 4, 30), "returning"),
        (None, date(2026, 11, 25), "unknown"),
    ],
)
def test_first_term_means_first_elected_at_one_of_the_last_four_may_elections(
    year, today, expected
):
    assert tenure(year, today) == expected


def test_the_headline_counts_each_measure():
    people = [
        person(1, invited=False, signed_in=False, started=False),
        person(2, active_recently=True),
        person(3, completed_at=datetime(2026, 10, 2), active_recently=True),
    ]
    counts = headline(people)
    assert counts == CouncilCounts(
        roster=3, invited=2, signed_in=2, started=2, completed=1, active=2
    )
    assert counts.rows[0] == ("Invited", 2, 67)  # 2 of 3, rounded half up
    assert [label for label, _, _ in counts.rows] == [
        "Invited", "Signed in", "Started the programme", "Completed the programme",
        "Active in the last 30 days",
    ]  # fmt: skip


def test_an_empty_roster_has_counts_but_no_shares():
    counts = headline([])
    assert counts.roster == 0
    assert all(share is None for _, _, share in counts.rows)


@pytest.mark.parametrize(
    ("count", "of", "expected"),
    [(7, 15, 47), (1, 8, 13), (1, 200, 1), (1, 201, 0), (0, 15, 0), (15, 15, 100), (3, 0, None)],
)
def test_shares_are_whole_percentages_rounded_half_up(count, of, expected):
    assert percent(count, of) == expected


def test_breakdowns_show_every_count_with_its_share_of_the_group_however_small():
    people = [person(i, position="backbench", completed_at=datetime(2026, 1, 1)) for i in range(9)]
    people += [person(20, position="leader", completed_at=datetime(2026, 1, 1))]
    people += [person(30 + i, position="scrutiny", started=False) for i in range(6)]
    table = position_breakdown(people)
    rows = {row.key: row for row in table.rows}
    # Groups nobody is in are left out; the others keep the positions' order.
    assert [row.key for row in table.rows] == ["leader", "scrutiny", "backbench"]
    assert (rows["leader"].roster, rows["leader"].cells["completed"].text) == (1, "1 (100%)")
    assert rows["scrutiny"].cells["completed"].text == "0 (0%)"
    assert rows["scrutiny"].cells["started"].text == "0 (0%)"
    assert rows["backbench"].cells["signed_in"].text == "9 (100%)"
    assert (
        rows["backbench"].cells["completed"].count,
        rows["backbench"].cells["completed"].percent,
    ) == (9, 100)


def test_tenure_groups_are_shared_out_of_their_own_size():
    people = [person(i, year_first_elected=2024, started=i < 2) for i in range(3)]
    people += [person(10 + i, year_first_elected=2010, started=i < 3) for i in range(12)]
    table = tenure_breakdown(people, date(2026, 11, 25))
    cells = {row.key: row.cells["started"].text for row in table.rows}
    assert cells == {"first_term": "2 (67%)", "returning": "3 (25%)"}
    assert "unknown" not in cells  # an empty "not known" group is left out


def test_the_trend_counts_completions_per_month_and_cumulatively():
    months = months_back(date(2026, 2, 10), 4)
    assert months == [date(2025, 11, 1), date(2025, 12, 1), date(2026, 1, 1), date(2026, 2, 1)]
    rows = monthly_trend(
        months,
        {date(2025, 12, 1): 7, date(2026, 2, 1): 3},
        [date(2025, 6, 3), date(2025, 12, 30), date(2026, 2, 1), date(2026, 2, 9)],
        roster=20,
    )
    assert [(r.active, r.completed, r.completed_total) for r in rows] == [
        (0, 0, 1), (7, 1, 2), (0, 0, 2), (3, 2, 4),
    ]  # fmt: skip
    assert [(r.active_percent, r.completed_total_percent) for r in rows] == [
        (0, 5), (35, 10), (0, 10), (15, 20),
    ]  # fmt: skip


def test_the_comparison_needs_three_similar_councils_with_five_on_the_roster():
    ours = CouncilCounts(roster=10, invited=10, signed_in=5, started=4, active=2, completed=1)
    others = [
        CouncilCounts(roster=20, invited=20, signed_in=10, started=8, active=4, completed=2),
        CouncilCounts(roster=10, invited=10, signed_in=8, started=2, active=1, completed=0),
        CouncilCounts(
            roster=4, invited=4, signed_in=4, started=4, active=4, completed=4
        ),  # too small
    ]
    assert compare(ours, others) is None
    others.append(CouncilCounts(roster=5, invited=5, signed_in=1, started=1, active=0, completed=0))
    rows = {row.label: row for row in compare(ours, others)}
    assert rows["Signed in"].ours == 50
    assert rows["Signed in"].median == 50  # 50, 80, 20 -> 50
    assert rows["Completed the programme"].median == 0


def test_the_participation_list_is_status_and_last_active_month_only():
    rows = participation_rows(
        [
            person(
                1,
                name="Ann Able",
                ward="Mill",
                position="chair",
                last_active_at=datetime(2026, 10, 3, 9),
            )
        ]  # fmt: skip
    )
    assert rows == [("Ann Able", "Committee chair", "Mill", "In progress", "October 2026")]
