"""Bar charts as geometry: where each bar, label and legend entry goes, in SVG user units.

No markup here: `templates/chart.svg.j2` draws the geometry through the same autoescaped Jinja2
environment as everything else (html.py), so every label is escaped by the template engine.
A chart is ~2 KB of inline SVG without JavaScript or external references; matplotlib would add a
40 MB dependency and ~0.5 s of import time for three bars.

The chart is 400 units wide and each category's name sits on its own line above its bars, so
on a 400 px phone the text is drawn at about its own size (12 px), not shrunk by a third.
"""

from __future__ import annotations

import colorsys
from collections.abc import Sequence
from dataclasses import dataclass

from .numbers import format_number

PALETTE = ("#1f4e79", "#c55a11", "#548235", "#7030a0", "#bf9000", "#2e75b6")
BAR_HEIGHT = 16
GAP = 6
LABEL_LINE = 18  # the category's name, above its bars
TITLE_LINE = 26
CHART_WIDTH = 400
VALUE_ROOM = 64  # room after the longest bar for its value
LEGEND_LINE = 18
LEGEND_CHARS = 34
CATEGORY_CHARS = 58
CHAR_WIDTH = 6.6  # average advance of a 12-unit character, for wrapping the legend
# The PDF's bundled family first, then what browsers and mail clients have.
FONTS = "Briefing Sans, Noto Sans, Segoe UI, Arial, sans-serif"


def colour(n: int) -> str:
    """The n-th series' colour: the palette, then hues a golden angle apart, so any number of
    conferences get colours distinct from each other and from the palette's."""
    if n < len(PALETTE):
        return PALETTE[n]
    hue = (0.11 + (n - len(PALETTE)) * 0.381966) % 1.0
    red, green, blue = colorsys.hls_to_rgb(hue, 0.38, 0.62)
    return f"#{round(red * 255):02x}{round(green * 255):02x}{round(blue * 255):02x}"


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


@dataclass(frozen=True, slots=True)
class Series:
    """One conference's values, one per category (None: it gives no figure there)."""

    name: str
    values: tuple[float | None, ...]
    index: int  # the conference's position in the briefing: its colour everywhere


def grouped_bar_chart(
    title: str, categories: Sequence[str], series: Sequence[Series], *, peak: float | None = None
) -> Chart:
    """Horizontal bars: one group per category (its name above it), one bar per conference
    that gives a value, all on one scale; `peak` is the value of a full-width bar."""
    peak = peak or max((v for s in series for v in s.values if v), default=0.0) or 1.0
    scale = (CHART_WIDTH - VALUE_ROOM) / peak
    labels, bars, top = [], [], float(TITLE_LINE)
    for row, category in enumerate(categories):
        labels.append(Text(0, top + 13, _cut(category, CATEGORY_CHARS)))
        top += LABEL_LINE
        for item in series:
            value = item.values[row] if row < len(item.values) else None
            if value is not None:
                bars.append(_bar(top, max(0.0, value * scale), item.index, value))
                top += BAR_HEIGHT + 2
        top += GAP
    legend = _legend(series, top + 4)
    bottom = max((s.y for s in legend), default=top) + LEGEND_LINE
    return Chart(title, CHART_WIDTH, round(bottom), FONTS, tuple(labels), tuple(bars), legend)


def _bar(y: float, width: float, n: int, value: float) -> Bar:
    shown = Text(round(width + 4, 1), y + BAR_HEIGHT - 4, format_number(round(value, 2)))
    return Bar(0, y, round(width, 1), BAR_HEIGHT - 2, colour(n), shown)


def _cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _legend(series: Sequence[Series], top: float) -> tuple[Swatch, ...]:
    """One entry per conference, wrapped to the chart's width."""
    items, x, y = [], 0.0, top
    for item in series:
        label = _cut(item.name, LEGEND_CHARS)
        width = 18 + CHAR_WIDTH * len(label) + 10
        if x and x + width > CHART_WIDTH:
            x, y = 0.0, y + LEGEND_LINE
        items.append(Swatch(x, y, colour(item.index), Text(x + 16, y + 10, label)))
        x += width
    return tuple(items)
