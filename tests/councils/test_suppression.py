"""Small-number suppression: pure, so tested without the database, by table and by property."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from councils.suppression import HIDDEN, cell_text, round_to_base, shown_count, suppress


@pytest.mark.parametrize(
    ("counts", "expected"),
    [
        # Nothing small: nothing hidden.
        ({"a": 5, "b": 9, "c": 12}, {"a": 5, "b": 9, "c": 12}),
        # One small cell: it and the next-smallest are hidden, so a - b cannot be recovered.
        ({"a": 2, "b": 9, "c": 12}, {"a": None, "b": None, "c": 12}),
        # Two small cells adding up to 5 or more: only they are hidden.
        ({"a": 2, "b": 3, "c": 12}, {"a": None, "b": None, "c": 12}),
        # Two small cells adding up to under 5: topped up with the next-smallest.
        ({"a": 1, "b": 2, "c": 10, "d": 12}, {"a": None, "b": None, "c": None, "d": 12}),
        # Zeros are small cells too (a zero would show that nobody in the group did it).
        ({"a": 0, "b": 0, "c": 7}, {"a": None, "b": None, "c": None}),
        # Ties: the first key in the caller's order is hidden first.
        ({"a": 3, "b": 8, "c": 8}, {"a": None, "b": None, "c": 8}),
    ],
)
def test_suppress_hides_small_cells_and_any_cell_that_would_reveal_them(counts, expected):
    assert suppress(counts, sum(counts.values())) == expected


def test_a_single_hidden_cell_cannot_be_recovered_by_subtraction():
    counts = {"leader": 1, "cabinet": 6, "chair": 7, "scrutiny": 8, "backbench": 20}
    shown = suppress(counts, total=42)
    hidden = [k for k, v in shown.items() if v is None]
    assert hidden == ["leader", "cabinet"]
    # What a reader can work out: the hidden cells' sum, which is not under 5.
    assert 42 - sum(v for v in shown.values() if v is not None) == 7


def test_a_group_whose_total_is_under_five_is_hidden_entirely():
    assert suppress({"first_term": 1, "returning": 3}, total=4) == {
        "first_term": None,
        "returning": None,
    }
    assert suppress({}, total=0) == {}


def test_a_threshold_other_than_five_can_be_chosen():
    assert suppress({"a": 8, "b": 20}, total=28, threshold=10) == {"a": None, "b": None}


def test_every_hidden_cell_reads_the_same_whatever_the_reason():
    # Were a small cell to read differently from one hidden only to protect it, the wording
    # would say which is which.
    assert cell_text(None) == HIDDEN == "Not shown"
    assert cell_text(1234) == "1,234"


@pytest.mark.parametrize(
    ("count", "rounded"),
    [(0, 0), (2, 0), (3, 5), (5, 5), (7, 5), (8, 10), (12, 10), (13, 15), (1002, 1000)],
)
def test_rounding_is_to_the_nearest_five(count, rounded):
    assert round_to_base(count) == rounded


def test_a_figure_standing_alone_is_hidden_under_five_and_rounded_otherwise():
    assert [shown_count(n) for n in (0, 4, 5, 7, 8)] == [None, None, 5, 5, 10]


@given(st.dictionaries(st.text(min_size=1, max_size=3), st.integers(0, 40), max_size=8))
def test_suppression_properties_hold_for_any_table(counts):
    total = sum(counts.values())
    shown = suppress(counts, total)
    assert list(shown) == list(counts)
    visible = {k: v for k, v in shown.items() if v is not None}
    hidden = [k for k, v in shown.items() if v is None]
    # Visible cells are the true numbers and never small.
    assert all(counts[k] == v and v >= 5 for k, v in visible.items())
    # Whatever is hidden adds up to 5 or more, unless everything is hidden.
    if hidden and visible:
        assert sum(counts[k] for k in hidden) >= 5
        assert len(hidden) >= 2 or counts[hidden[0]] >= 5
    if total < 5:
        assert not visible
