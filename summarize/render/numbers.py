"""Numbers as the briefing prints them: the Vietnamese way, "." between thousands, "," before
the decimals (briefing.facts.parse_number reads them back)."""

from __future__ import annotations

import math
import re

from ..models import ComparisonRow, Fact


def format_number(value: float, decimals: int = 2) -> str:
    """33000 -> "33.000", 13.45 -> "13,45" (two decimals at the most, unless told more)."""
    whole, _, fraction = f"{value:,.{decimals}f}".rstrip("0").rstrip(".").partition(".")
    whole = whole.replace(",", ".")
    return f"{whole},{fraction}" if fraction else whole


# A range the text gives ("20 đến 30 triệu đồng", "180,8-183,8 triệu đồng"): the fact is valued at
# its high end (briefing/facts.py), but the table shows both ends, as the article does. A number
# is written as briefing/facts.py reads it (render reads the models only, not that module).
_NUMBER = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?"
# The unit may stand at both ends ("1,65 m đến 1,73 m", "45 triệu đồng đến 50 triệu đồng").
_UNIT_WORDS = r"((?:\s?[^\d\s–-]+(?:\s[^\d\s–-]+){0,2})?)"
_RANGE = re.compile(rf"\s*({_NUMBER}){_UNIT_WORDS}\s?(?:[-–]\s?|\s+(?:đến|tới)\s+)(?:{_NUMBER})")
# Money units by their size in one currency: a range's low end in a smaller unit than its high
# end's ("750.000 đồng đến 1 triệu đồng") is put in the high end's unit: the table printed
# "750.000–1 | triệu đồng", 750 billion to a reader of its unit column.
_MONEY = {
    "đồng": ("đồng", 1.0), "nghìn đồng": ("đồng", 1e3), "ngàn đồng": ("đồng", 1e3),
    "triệu đồng": ("đồng", 1e6), "tỷ đồng": ("đồng", 1e9), "tỉ đồng": ("đồng", 1e9),
    "nghìn tỷ đồng": ("đồng", 1e12), "USD": ("USD", 1.0), "nghìn USD": ("USD", 1e3),
    "triệu USD": ("USD", 1e6), "tỷ USD": ("USD", 1e9), "tỉ USD": ("USD", 1e9),
}  # fmt: skip


def figure(fact: Fact) -> str:
    """A fact's figure as the facts table shows it beside its unit: "13,45", "20–30" for a
    range (the value alone printed "30 triệu đồng" for "20 đến 30 triệu đồng"), the text as
    written when there is no value."""
    if fact.value is None:
        return fact.text
    high = format_number(fact.value, _decimals(fact.text))
    low = _RANGE.match(fact.text)
    if low is None:
        return high
    value = float(low[1].replace(".", "").replace(",", "."))
    own, whole = _MONEY.get(low[2].strip()), _MONEY.get(fact.unit or "")
    if own and whole and own != whole:
        if own[0] != whole[0]:
            return fact.text  # two currencies: as the article writes it
        value *= own[1] / whole[1]  # "750.000 đồng" -> 0,75 (triệu đồng)
        return f"{format_number(value)}–{high}"
    return f"{format_number(value, _decimals(low[1]))}–{high}"


def _decimals(text: str) -> int:
    """The decimals the text writes its (last) figure with, two at the least: baodautu's
    "tỷ lệ sở hữu 0,611%" was printed "0,61" in the facts table and "0,611%" in the e-mail."""
    written = re.findall(_NUMBER, text)
    fraction = written[-1].partition(",")[2] if written else ""
    return max(2, len(fraction))


# What a price is per, written right after its unit: "183,8 triệu đồng/lượng", "5.172 USD/ounce",
# "800.000 đồng/bó". briefing/facts.py reads the figure and its unit; the table printed "183,8 |
# triệu đồng" for a tael's price, a sum a reader takes for the whole.
_PER = re.compile(r"\s?/\s?([^\W\d_]+)")


def per(fact: Fact) -> str:
    """ "/lượng" when the sentence gives the figure per something, else "" (not for a share)."""
    at = fact.sentence.find(fact.text) if fact.unit and fact.unit != "%" else -1
    found = _PER.match(fact.sentence, at + len(fact.text)) if at >= 0 else None
    return f"/{found[1]}" if found else ""


def unit(fact: Fact) -> str:
    """The unit the facts table prints: "triệu đồng/lượng"."""
    return f"{fact.unit}{per(fact)}" if fact.unit else ""


def said(fact: Fact) -> str:
    """The figure as the e-mail prints it: "183,8 triệu đồng/lượng"."""
    return f"{fact.text}{per(fact)}"


def chart_values(row: ComparisonRow) -> list[float | None]:
    """A row's numbers for bar charts; a conference without the figure has no bar."""
    return [None if v is None or math.isnan(v) else float(v) for v in row.numbers]
