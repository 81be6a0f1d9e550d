"""Bar charts as geometry: where each bar, label and legend entry goes, in SVG user units.

No markup here: `templates/chart.svg.j2` draws the geometry through the same autoescaped Jinja2
environment as everything else (html.py), so every label is escaped by the template engine.
A chart is ~2 KB of inline SVG without JavaScript or external references; matplotlib would add a
40 MB dependency and ~0.5 s of import time for three bars.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..briefing.facts import format_number

PALETTE = ("#1f4e79", "#c55a11", "#548235", "#7030a0", "#bf9000", "#2e75b6")
BAR_HEIGHT = 16
GAP = 6
LABEL_WIDTH = 190
CHART_WIDTH = 620
LEGEND_LINE = 16
LEGEND_CHARS = 40
# The PDF's bundled family first, then what browsers and mail clients have.
FONTS = "Briefing Sans, Noto Sans, Segoe UI, Arial, sans-serif"


@dataclass(frozen=True, slots=True)
class Text:
    """A label at (x, y), y being its baseline."""

    x: float
    y: float
    text: str


@dataclass(frozen=True, slots=True)
class Bar:
    """One bar and the value written after it."""

    x: float
    y: float
    width: float
    height: float
    colour: str
    value: Text


@dataclass(frozen=True, slots=True)
class Swatch:
    """A legend entry: a coloured square and the series' name."""

    x: float
    y: float
    colour: str
    label: Text


@dataclass(frozen=True, slots=True)
class Chart:
    """Everything `chart.svg.j2` draws."""

    title: str
    width: int
    height: int
    fonts: str
    categories: tuple[Text, ...]
    bars: tuple[Bar, ...]
    legend: tuple[Swatch, ...]


def grouped_bar_chart(
    title: str,
    categories: Sequence[str],
    series: Sequence[tuple[str, Sequence[float]]],
    *,
    peak: float | None = None,
) -> Chart:
    """Horizontal bars: one group per category, one bar per series (conference), with a legend.

    `peak` is the value of a full-width bar: charts split from one table share it.
    """
    group_height = max(1, len(series)) * BAR_HEIGHT + GAP * 2
    names = [name for name, _ in series]
    legend_lines = _legend_lines(names)
    legend_top = 40 + len(categories) * group_height + 10
    peak = peak or max((v for _, values in series for v in values), default=0.0) or 1.0
    scale = (CHART_WIDTH - LABEL_WIDTH - 70) / peak
    labels, bars = [], []
    for row, category in enumerate(categories):
        top = 32 + row * group_height
        labels.append(Text(0, round(top + group_height / 2 + 4), category))
        for n, (_, values) in enumerate(series):
            value = values[row] if row < len(values) else 0.0
            bars.append(_bar(top + GAP + n * BAR_HEIGHT, max(0.0, value * scale), n, value))
    return Chart(
        title=title,
        width=CHART_WIDTH,
        height=legend_top + LEGEND_LINE * len(legend_lines) + 4,
        fonts=FONTS,
        categories=tuple(labels),
        bars=tuple(bars),
        legend=_legend(names, legend_lines, legend_top),
    )


def _bar(y: int, width: float, n: int, value: float) -> Bar:
    shown = Text(
        round(LABEL_WIDTH + width + 4, 1), y + BAR_HEIGHT - 5, format_number(round(value, 1))
    )
    return Bar(LABEL_WIDTH, y, round(width, 1), BAR_HEIGHT - 3, PALETTE[n % len(PALETTE)], shown)


def _label(name: str) -> str:
    return name if len(name) <= LEGEND_CHARS else name[: LEGEND_CHARS - 1] + "…"


def _item_width(label: str) -> int:
    return 24 + 6 * len(label)  # swatch, gap, and ~6 px per character at 10 px


def _legend_lines(names: Sequence[str]) -> list[list[int]]:
    """Series indexes per legend line, wrapped to the chart width."""
    lines: list[list[int]] = [[]]
    x = 0
    for n, name in enumerate(names):
        width = _item_width(_label(name))
        if lines[-1] and x + width > CHART_WIDTH:
            lines.append([])
            x = 0
        lines[-1].append(n)
        x += width
    return lines


def _legend(names: Sequence[str], lines: Sequence[Sequence[int]], top: int) -> tuple[Swatch, ...]:
    """The legend on the lines `_legend_lines(names)` wrapped it to (the height made room)."""
    items = []
    for row, indexes in enumerate(lines):
        y = top + 10 + row * LEGEND_LINE
        x = 0
        for n in indexes:
            label = _label(names[n])
            items.append(Swatch(x, y - 9, PALETTE[n % len(PALETTE)], Text(x + 14, y, label)))
            x += _item_width(label)
    return tuple(items)
