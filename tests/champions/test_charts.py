"""The one chart module: geometry from numbers, without a template or a database."""

import pytest
from django.template.loader import render_to_string

from champions.charts import (
    BLUE,
    GREEN,
    bar_chart,
    line_chart,
    nice_ceiling,
    number,
    stacked_bars,
    wrap_label,
)


@pytest.mark.parametrize(
    ("value", "places", "expected"),
    [(2.25, 1, "2.3"), (2.35, 1, "2.4"), (0.5, 0, "1"), (1.5, 0, "2"), (3, 2, "3.00")],
)
def test_numbers_round_half_up_as_the_tables_do(value, places, expected):
    assert number(value, places) == expected


@pytest.mark.parametrize(
    ("largest", "ceiling"), [(0, 4), (3, 4), (4, 4), (5, 8), (9, 10), (11, 20), (401, 500)]
)
def test_a_count_s_scale_tops_out_at_a_round_number(largest, ceiling):
    assert nice_ceiling(largest) == ceiling


def test_bars_share_one_scale_and_a_hidden_count_draws_only_its_text():
    chart = bar_chart(
        [("Leaders", [(10, "10"), (5, "5")]), ("Backbench", [(None, "fewer than 5"), (0, "0")])],
        series=[("Signed in", BLUE), ("Completed", GREEN)],
        maximum=10,
        width=420,
        label_width=110,
    )
    plot = 420 - 110 - 110
    leaders, backbench = chart.groups
    assert [bar.width for bar in leaders.bars] == [plot, plot / 2]
    assert [bar.width for bar in backbench.bars] == [0.0, 0.0]
    assert backbench.bars[0].text == "fewer than 5"
    assert [item.label for item in chart.legend] == ["Signed in", "Completed"]
    assert leaders.bars[0].y < leaders.bars[1].y < backbench.bars[0].y < chart.height
    assert chart.summary == (
        "Leaders: Signed in 10, Completed 5; Backbench: Signed in fewer than 5, Completed 0"
    )


def test_bars_without_a_legend_start_at_the_top_and_summarise_plainly():
    chart = bar_chart(
        [("Started", [(4, "4")]), ("Quiz passed", [(1, "1")])],
        series=[("Members", BLUE)],
        maximum=0,
        legend=False,
    )
    assert chart.legend == ()
    assert chart.groups[0].bars[0].y == 4
    assert [g.bars[0].width for g in chart.groups] == [0.0, 0.0]  # no members: no bars
    assert chart.summary == "Started: 4; Quiz passed: 1"


def test_stacked_bars_split_the_full_length_in_proportion_and_skip_empty_keys():
    baseline, now = stacked_bars(
        [("At baseline", {1: 1, 2: 3}), ("Now", {})], keys=range(1, 6), left=100, length=400
    )
    assert [(s.key, s.count, s.x, s.width) for s in baseline.segments] == [
        (1, 1, 100.0, 100.0),
        (2, 3, 200.0, 300.0),
    ]
    assert (baseline.total, now.total, now.segments) == (4, 0, ())
    assert now.y > baseline.y


def test_a_line_on_a_fixed_scale_clamps_values_and_labels_only_the_ends_of_a_long_series():
    labels = ["a", "b", "c", "d", "e", "f"]
    chart = line_chart(
        labels,
        [("Confidence", BLUE, [0, 5, 10, 12, -1, 7.25])],
        low=0,
        high=10,
        divisions=1,
        places=1,
        width=320,
        height=120,
        margins=(36, 20, 36, 24),
        legend=False,
        label_all_up_to=5,
    )
    (line,) = chart.series
    ys = [p.y for p in line.points]
    assert ys[0] == ys[4] == chart.bottom == 96  # 0 and -1 both sit on the floor
    assert ys[2] == ys[3] == chart.top == 20  # 10 and 12 both on the ceiling
    assert ys[1] == 58.0
    assert [p.labelled for p in line.points] == [True, False, False, False, False, True]
    assert [t.text for t in chart.x_ticks] == ["a", "f"]
    assert [t.text for t in chart.y_ticks] == ["0.0", "10.0"]
    assert line.points[3].value == "12.0"  # the value itself, not the clamped one
    assert line.path.startswith("M36.0,96.0 L85.6,58.0")
    assert chart.summary.startswith("a: 0.0; b: 5.0; c: 10.0")


def test_lines_of_counts_scale_to_a_round_ceiling_with_a_legend_and_every_month_labelled():
    chart = line_chart(
        ["Jan", "Feb", "Mar"], [("Active", BLUE, [1, 7, 3]), ("Completed", GREEN, [0, 1, 2])]
    )
    assert [t.text for t in chart.y_ticks] == ["0", "2", "4", "6", "8"]
    assert [t.text for t in chart.x_ticks] == ["Jan", "Feb", "Mar"]
    assert [item.label for item in chart.legend] == ["Active", "Completed"]
    assert chart.summary == "Active: Jan: 1; Feb: 7; Mar: 3. Completed: Jan: 0; Feb: 1; Mar: 2."


def test_a_single_point_sits_in_the_middle():
    chart = line_chart(["Start"], [("Attitude", BLUE, [3])], low=1, high=5, width=320)
    assert chart.series[0].points[0].x == (chart.left + chart.right) / 2


def test_a_long_bar_label_wraps_onto_more_lines_and_is_never_cut():
    label = "Using AI safely in casework and the council's data protection duties"
    chart = bar_chart(
        [(label, [(3, "3")]), ("Short", [(1, "1")])],
        series=[("Members", BLUE)],
        maximum=4,
        width=400,
        label_width=130,
        legend=False,
    )
    long, short = chart.groups
    assert len(long.lines) > 1
    assert " ".join(line.text for line in long.lines) == label  # every word, in order
    assert len(short.lines) == 1 and short.lines[0].text == "Short"
    # The next group starts below the last line of the wrapped label.
    assert short.bars[0].y > long.lines[-1].y
    assert chart.height > short.bars[0].y
    html = render_to_string(
        "charts/bar_chart.html", {"chart": chart, "id": "wrap", "title": "Funnel"}
    )
    assert html.count("<tspan") == len(long.lines) + 1 and "…" not in html


def test_a_word_wider_than_the_room_is_split_with_a_hyphen_and_kept_whole():
    lines = wrap_label("Supercalifragilisticexpialidocious", width=60)
    assert len(lines) > 1 and "".join(line.rstrip("-") for line in lines) == (
        "Supercalifragilisticexpialidocious"
    )
