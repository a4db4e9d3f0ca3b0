"""Every chart on the site: pure functions that turn numbers into shapes (frozen dataclasses),
which the templates in templates/charts/ draw as SVG. Drawing uses SVG attributes and classes
only (no inline styles, so a strict CSP is fine); every chart has a text alternative (its
``summary``, or a description the page gives) and a table of the same figures beside it.

Three kinds: horizontal bars in groups (``bar_chart``), stacked bars of counts per stage
(``stacked_bars``), and lines over shared x labels (``line_chart``)."""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

# GOV.UK Frontend colours.
BLUE = "#1d70b8"
GREEN = "#00703c"


def number(value: float, places: int = 1) -> str:
    """Rounds half up, as Django's floatformat does, so a chart and its table agree."""
    exponent = Decimal(1).scaleb(-places)
    return str(Decimal(str(value)).quantize(exponent, rounding=ROUND_HALF_UP))


@dataclass(frozen=True)
class Tick:
    position: float
    text: str


@dataclass(frozen=True)
class LegendItem:
    label: str
    fill: str
    x: float


def _legend(series: Sequence[tuple[str, str]], *, left: float, spacing: float):
    return tuple(
        LegendItem(label=name, fill=fill, x=left + i * spacing)
        for i, (name, fill) in enumerate(series)
    )


# --- Horizontal bars in groups -----------------------------------------------------------


@dataclass(frozen=True)
class BarShape:
    x: float
    y: float
    width: float
    height: float
    fill: str
    series: str
    text: str
    text_x: float
    text_y: float


@dataclass(frozen=True)
class LabelLine:
    text: str
    y: float


@dataclass(frozen=True)
class BarGroup:
    label: str
    label_y: float
    bars: tuple[BarShape, ...]
    lines: tuple[LabelLine, ...] = ()  # the label wrapped to fit beside the bars, never cut


def wrap_label(text: str, *, width: float, font_size: float = 14) -> list[str]:
    """``text`` split into lines that fit ``width`` pixels, at spaces where it can and inside a
    word only when the word alone is wider: every character is kept. Widths are estimated
    (an average Arial character is about 0.55 of the font size), so lines err on the short side."""
    room = max(4, int(width / (font_size * 0.55)))
    lines: list[str] = []
    current = ""
    for word in text.split():
        while len(word) > room:
            if current:
                lines.append(current)
                current = ""
            lines.append(word[: room - 1] + "-")
            word = word[room - 1 :]
        if current and len(current) + 1 + len(word) > room:
            lines.append(current)
            current = word
        else:
            current = f"{current} {word}" if current else word
    if current:
        lines.append(current)
    return lines


@dataclass(frozen=True)
class BarChart:
    width: int
    height: int
    label_width: int
    groups: tuple[BarGroup, ...]
    legend: tuple[LegendItem, ...]

    @property
    def summary(self) -> str:
        """The figures as a sentence, for the chart's text alternative."""
        if len(self.legend) > 1:
            return "; ".join(
                f"{group.label}: " + ", ".join(f"{bar.series} {bar.text}" for bar in group.bars)
                for group in self.groups
            )
        return "; ".join(f"{group.label}: {group.bars[0].text}" for group in self.groups)


BAR_HEIGHT, BAR_GAP, GROUP_GAP, LEGEND_HEIGHT, LINE_HEIGHT = 16, 4, 14, 28, 17
VALUE_ROOM = 110  # room right of the longest bar for its text


def bar_chart(
    groups: Sequence[tuple[str, Sequence[tuple[float | None, str]]]],
    *,
    series: Sequence[tuple[str, str]],
    maximum: float,
    width: int = 640,
    label_width: int = 210,
    legend: bool = True,
) -> BarChart:
    """Horizontal bars, one group per row and one bar per series in it. ``groups`` is
    ``[(label, [(count or None if hidden, text), ...]), ...]`` and ``series`` is
    ``[(name, colour), ...]``; a hidden count draws no bar, only its text ("Not shown").
    Bars share one scale from 0 to ``maximum``. A label too long for ``label_width`` wraps onto
    more lines (the group grows to hold them); it is never truncated."""
    plot = width - label_width - VALUE_ROOM
    y = LEGEND_HEIGHT if legend else 4
    shapes = []
    for label, values in groups:
        top = y
        wrapped = wrap_label(label, width=label_width - 12)
        bars = []
        for (count, text), (name, fill) in zip(values, series, strict=True):
            length = round(plot * count / maximum, 1) if count and maximum else 0.0
            bars.append(
                BarShape(
                    x=label_width,
                    y=y,
                    width=length,
                    height=BAR_HEIGHT,
                    fill=fill,
                    series=name,
                    text=text,
                    text_x=label_width + length + 6,
                    text_y=y + BAR_HEIGHT - 4,
                )
            )
            y += BAR_HEIGHT + BAR_GAP
        first = top + BAR_HEIGHT - 4
        lines = tuple(LabelLine(text, first + n * LINE_HEIGHT) for n, text in enumerate(wrapped))
        y = max(y, top + len(wrapped) * LINE_HEIGHT + BAR_GAP)
        shapes.append(BarGroup(label, first, tuple(bars), lines))
        y += GROUP_GAP - BAR_GAP
    key = _legend(series, left=label_width, spacing=170) if legend else ()
    return BarChart(width, int(y + 4), label_width, tuple(shapes), key)


# --- Stacked bars ------------------------------------------------------------------------


@dataclass(frozen=True)
class Segment:
    key: int
    count: int
    x: float
    width: float


@dataclass(frozen=True)
class StackedBar:
    label: str
    total: int
    y: float
    segments: tuple[Segment, ...]


def stacked_bars(
    rows: Sequence[tuple[str, Mapping[int, int]]],
    *,
    keys: Sequence[int],
    left: float = 100,
    length: float = 480,
    spacing: float = 40,
    top: float = 5,
) -> tuple[StackedBar, ...]:
    """One bar per row, each the full ``length`` wide, split into a segment per key in order
    (a stage, say) in proportion to its count. Keys with no count draw nothing."""
    stacks = []
    for n, (label, counts) in enumerate(rows):
        total = sum(counts.get(key, 0) for key in keys)
        start, segments = 0.0, []
        for key in keys:
            share = counts.get(key, 0) / total if total else 0
            if share:
                segments.append(
                    Segment(
                        key=key,
                        count=counts[key],
                        x=round(left + length * start, 1),
                        width=round(length * share, 1),
                    )
                )
            start += share
        stacks.append(StackedBar(label, total, top + spacing * n, tuple(segments)))
    return tuple(stacks)


# --- Lines -------------------------------------------------------------------------------


@dataclass(frozen=True)
class LinePoint:
    x: float
    y: float
    label: str
    value: str
    labelled: bool  # long series label only their ends, so text never overlaps


@dataclass(frozen=True)
class LineSeries:
    name: str
    stroke: str
    path: str
    points: tuple[LinePoint, ...]


@dataclass(frozen=True)
class LineChart:
    title: str
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
    show_values: bool

    @property
    def summary(self) -> str:
        """The figures as a sentence, for the chart's text alternative."""
        return " ".join(
            (f"{line.name}: " if len(self.series) > 1 else "")
            + "; ".join(f"{p.label}: {p.value}" for p in line.points)
            + ("." if len(self.series) > 1 else "")
            for line in self.series
        )


def nice_ceiling(value: float) -> int:
    """A round number at or above ``value``, for the top of a count's scale."""
    for nice in (4, 8, 10, 20, 40, 50, 100, 200, 400, 500, 1000, 2000, 4000, 5000, 10000):
        if value <= nice:
            return nice
    return int(value)


def line_chart(
    labels: Sequence[str],
    series: Sequence[tuple[str, str, Sequence[float]]],
    *,
    title: str = "",
    low: float = 0,
    high: float | None = None,
    divisions: int = 4,
    places: int = 0,
    width: int = 640,
    height: int = 240,
    margins: tuple[int, int, int, int] = (40, 30, 16, 28),
    legend: bool = True,
    show_values: bool = False,
    label_all_up_to: int = 12,
) -> LineChart:
    """Lines over the same x ``labels``; ``series`` is ``[(name, colour, values), ...]``.
    The y scale runs from ``low`` to ``high`` (values beyond it sit on its edge), or, with no
    ``high``, from 0 to a round number at or above the largest value; ``divisions`` gridlines
    divide it. ``margins`` are (left, top, right, bottom). A series with more labels than
    ``label_all_up_to`` has only its ends labelled, so text never overlaps."""
    pad_left, pad_top, pad_right, pad_bottom = margins
    left, right, top, bottom = pad_left, width - pad_right, pad_top, height - pad_bottom
    if high is None:
        high = nice_ceiling(max((v for *_, values in series for v in values), default=0))
    span = (high - low) or 1
    step = (right - left) / max(1, len(labels) - 1)

    def x_at(i: int) -> float:
        return round(left + i * step, 1) if len(labels) > 1 else (left + right) / 2

    def y_at(value: float) -> float:
        clamped = min(max(value, low), high)
        return round(bottom - (bottom - top) * (clamped - low) / span, 1)

    def labelled(i: int) -> bool:
        return len(labels) <= label_all_up_to or i in (0, len(labels) - 1)

    lines = []
    for name, stroke, values in series:
        points = tuple(
            LinePoint(x_at(i), y_at(v), labels[i], number(v, places), labelled(i))
            for i, v in enumerate(values)
        )
        path = " ".join(f"{'M' if i == 0 else 'L'}{p.x},{p.y}" for i, p in enumerate(points))
        lines.append(LineSeries(name, stroke, path, points))
    tick_values = [round(low + (high - low) * i / divisions, places) for i in range(divisions + 1)]
    y_ticks = tuple(Tick(y_at(v), number(v, places)) for v in tick_values)
    x_ticks = tuple(Tick(x_at(i), label) for i, label in enumerate(labels) if labelled(i))
    key = _legend([(n, s) for n, s, _ in series], left=left, spacing=200) if legend else ()
    return LineChart(title, width, height, left, right, top, bottom, tuple(lines), x_ticks,
                     y_ticks, key, show_values)  # fmt: skip
