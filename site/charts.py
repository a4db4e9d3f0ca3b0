"""Server-rendered SVG charts: pure functions that turn numbers into shapes. Templates draw
the shapes with SVG attributes only (no inline styles, so they work under a strict CSP), and
every chart has a text alternative and a data table beside it."""

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal


def number(value: float, places: int = 1) -> str:
    """Rounds half up, as Django's floatformat does, so a chart and its table agree."""
    exponent = Decimal(1).scaleb(-places)
    return str(Decimal(str(value)).quantize(exponent, rounding=ROUND_HALF_UP))


@dataclass(frozen=True)
class Point:
    x: float
    y: float
    label: str
    value: str
    labelled: bool  # long series label only their ends, so text never overlaps


@dataclass(frozen=True)
class LineChart:
    width: int
    height: int
    points: tuple[Point, ...]
    path: str
    y_low: str
    y_high: str
    title: str


def line_chart(
    values: list[tuple[str, float]],
    *,
    low: float,
    high: float,
    title: str,
    width: int = 320,
    height: int = 120,
    places: int = 1,
) -> LineChart:
    """A small line chart of (label, value) pairs on a fixed scale from ``low`` to ``high``."""
    pad_x, pad_top, pad_bottom = 36, 20, 24
    span = (high - low) or 1
    step = (width - 2 * pad_x) / max(1, len(values) - 1)
    points = []
    for i, (label, value) in enumerate(values):
        clamped = min(max(value, low), high)
        x = pad_x + i * step if len(values) > 1 else width / 2
        y = pad_top + (1 - (clamped - low) / span) * (height - pad_top - pad_bottom)
        ends = i in (0, len(values) - 1) or len(values) <= 5
        points.append(Point(round(x, 1), round(y, 1), label, number(value, places), ends))
    path = " ".join(f"{'M' if i == 0 else 'L'}{p.x},{p.y}" for i, p in enumerate(points))
    return LineChart(
        width, height, tuple(points), path, number(low, places), number(high, places), title
    )


@dataclass(frozen=True)
class Bar:
    label: str
    value: float
    width: float  # 0-100, share of the axis
    text: str


def bars(
    values: list[tuple[str, float]], *, maximum: float | None = None, places: int = 0
) -> list[Bar]:
    """Horizontal bars scaled to the largest value (or ``maximum``)."""
    top = maximum if maximum is not None else max((v for _, v in values), default=0)
    return [
        Bar(label, value, round(100 * value / top, 1) if top else 0.0, number(value, places))
        for label, value in values
    ]
