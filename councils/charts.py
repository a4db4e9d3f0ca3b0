"""SVG chart geometry for the uptake pages: pure functions that turn numbers into shapes.
Templates draw them with SVG attributes only (no inline styles, so a strict CSP is fine), and
every chart has a text alternative and a data table beside it."""

from collections.abc import Sequence
from dataclasses import dataclass

# GOV.UK Frontend colours: blue, green, dark grey for text and axes.
BLUE = "#1d70b8"
GREEN = "#00703c"
TEXT = "#0b0c0c"
AXIS = "#b1b4b6"


@dataclass(frozen=True)
class BarShape:
    x: float
    y: float
    width: float
    height: float
    fill: str
    text: str
    text_x: float
    text_y: float


@dataclass(frozen=True)
class BarGroup:
    label: str
    label_y: float
    bars: tuple[BarShape, ...]


@dataclass(frozen=True)
class LegendItem:
    label: str
    fill: str
    x: float


@dataclass(frozen=True)
class BarChart:
    width: int
    height: int
    label_width: int
    groups: tuple[BarGroup, ...]
    legend: tuple[LegendItem, ...]


def bar_chart(
    groups: Sequence[tuple[str, Sequence[tuple[int | None, str]]]],
    *,
    series: Sequence[tuple[str, str]],
    maximum: int,
    width: int = 640,
    label_width: int = 210,
) -> BarChart:
    """Horizontal bars, one group per row and one bar per series in it. ``groups`` is
    ``[(label, [(count or None if hidden, text), ...]), ...]``; a hidden count draws no bar,
    only its text ("fewer than 5"). Bars share one scale from 0 to ``maximum``."""
    bar_h, gap, group_gap, top = 16, 4, 14, 28
    plot = width - label_width - 110  # room on the right for the value text
    shapes = []
    y = top
    for label, values in groups:
        bars = []
        for (count, text), (_, fill) in zip(values, series, strict=True):
            length = round(plot * count / maximum, 1) if count and maximum else 0.0
            bars.append(
                BarShape(
                    x=label_width,
                    y=y,
                    width=length,
                    height=bar_h,
                    fill=fill,
                    text=text,
                    text_x=label_width + length + 6,
                    text_y=y + bar_h - 4,
                )
            )
            y += bar_h + gap
        label_y = bars[0].text_y if bars else y
        shapes.append(BarGroup(label=label, label_y=label_y, bars=tuple(bars)))
        y += group_gap - gap
    legend = tuple(
        LegendItem(label=name, fill=fill, x=label_width + i * 170)
        for i, (name, fill) in enumerate(series)
    )
    return BarChart(width, int(y + 4), label_width, tuple(shapes), legend)


@dataclass(frozen=True)
class LinePoint:
    x: float
    y: float
    value: int


@dataclass(frozen=True)
class LineSeries:
    name: str
    stroke: str
    path: str
    points: tuple[LinePoint, ...]


@dataclass(frozen=True)
class Tick:
    position: float
    text: str


@dataclass(frozen=True)
class LineChart:
    width: int
    height: int
    left: int
    right: int
    top: int
    bottom: int
    series: tuple[LineSeries, ...]
    x_ticks: tuple[Tick, ...]
    y_ticks: tuple[Tick, ...]
    legend: tuple[LegendItem, ...]


def line_chart(
    labels: Sequence[str],
    series: Sequence[tuple[str, str, Sequence[int]]],
    *,
    width: int = 640,
    height: int = 240,
) -> LineChart:
    """Lines over the same x labels. ``series`` is ``[(name, colour, values), ...]``; the y
    scale runs from 0 to a round number at or above the largest value."""
    left, right, top, bottom = 40, width - 16, 30, height - 28
    largest = max((v for _, _, values in series for v in values), default=0)
    ceiling = _nice_ceiling(largest)
    step = (right - left) / max(1, len(labels) - 1)

    def x_at(i: int) -> float:
        return round(left + i * step, 1) if len(labels) > 1 else (left + right) / 2

    def y_at(value: int) -> float:
        return round(bottom - (bottom - top) * value / ceiling, 1)

    lines = []
    for name, stroke, values in series:
        points = tuple(LinePoint(x_at(i), y_at(v), v) for i, v in enumerate(values))
        path = " ".join(f"{'M' if i == 0 else 'L'}{p.x},{p.y}" for i, p in enumerate(points))
        lines.append(LineSeries(name, stroke, path, points))
    y_ticks = tuple(Tick(y_at(v), str(v)) for v in _ticks(ceiling))
    x_ticks = tuple(Tick(x_at(i), label) for i, label in enumerate(labels))
    legend = tuple(
        LegendItem(label=name, fill=stroke, x=left + i * 200)
        for i, (name, stroke, _) in enumerate(series)
    )
    return LineChart(width, height, left, right, top, bottom, tuple(lines), x_ticks, y_ticks,
                     legend)  # fmt: skip


def _nice_ceiling(value: int) -> int:
    for nice in (4, 8, 10, 20, 40, 50, 100, 200, 400, 500, 1000, 2000, 4000, 5000, 10000):
        if value <= nice:
            return nice
    return value


def _ticks(ceiling: int) -> list[int]:
    return [round(ceiling * i / 4) for i in range(5)]


# --- The uptake charts ------------------------------------------------------------------

BREAKDOWN_SERIES = [("Signed in", BLUE), ("Completed the programme", GREEN)]


def breakdown_chart(breakdown) -> BarChart:
    """Signed in and completed, per group of an uptake ``Breakdown``; hidden cells draw no
    bar. Scaled to the largest group on the roster, so bars compare across groups."""
    largest = max((row.roster for row in breakdown.rows), default=0)
    return bar_chart(
        [
            (
                row.label,
                [(row.cells[m].count, row.cells[m].text) for m in ("signed_in", "completed")],
            )
            for row in breakdown.rows
        ],
        series=BREAKDOWN_SERIES,
        maximum=largest,
    )


def trend_chart(trend) -> LineChart:
    return line_chart(
        [f"{row.month:%b}" for row in trend],
        [
            ("Active that month", BLUE, [row.active for row in trend]),
            ("Completed by then", GREEN, [row.completed_total for row in trend]),
        ],
    )
