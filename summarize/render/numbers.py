"""Numbers as the briefing prints them: the Vietnamese way, "." between thousands, "," before
the decimals (briefing.facts.parse_number reads them back)."""

from __future__ import annotations

import math

from ..models import ComparisonRow


def format_number(value: float) -> str:
    """33000 -> "33.000", 13.45 -> "13,45" (two decimals at the most)."""
    whole, _, fraction = f"{value:,.2f}".rstrip("0").rstrip(".").partition(".")
    whole = whole.replace(",", ".")
    return f"{whole},{fraction}" if fraction else whole


def chart_values(row: ComparisonRow) -> list[float | None]:
    """A row's numbers for bar charts; a conference without the figure has no bar."""
    return [None if v is None or math.isnan(v) else float(v) for v in row.numbers]
