"""Districts of Viet Nam's provinces (shipped data), so that a venue named by its district only
("tại huyện Lý Sơn", "TP Nha Trang") gives the province the event is in.

A district is read only after its kind ("huyện", "quận", "thị xã", "thành phố"/"TP"), and only
when one province holds that kind and name: "quận Hoàng Mai" is Hà Nội's, "thị xã Hoàng Mai"
Nghệ An's, and "huyện Châu Thành" (ten provinces have one) names no province.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import cache

from ..text.normalize import fold_tones
from ..text.shipped import shipped_lines
from . import levels

KINDS = levels.names(levels.Rank.DISTRICT)  # huyện, quận, thị xã, thành phố (a province's city)
_SHORT_KINDS = {"tp": "thành phố", "tp.": "thành phố", "huyện đảo": "huyện"}


@cache
def district_provinces() -> dict[tuple[str | None, str], str]:
    """(kind, folded name) -> the province, and (None, folded name) when the name is one
    province's under every kind; names several provinces share are left out."""
    held: dict[tuple[str | None, str], set[str]] = defaultdict(set)
    for line in shipped_lines("districts_vi.txt"):
        province, _, units = line.partition(":")
        for unit in units.split(","):
            kind, name = _split(unit.strip())
            held[(kind, name)].add(province.strip())
            held[(None, name)].add(province.strip())
    return {key: next(iter(p)) for key, p in held.items() if len(p) == 1}


@cache
def folded_district_names() -> frozenset[str]:
    """Every district's folded name, shared by several provinces or not ("trường sa")."""
    return frozenset(name for _, name in _units())


def _units() -> list[tuple[str, str]]:
    return [
        _split(unit.strip())
        for line in shipped_lines("districts_vi.txt")
        for unit in line.partition(":")[2].split(",")
    ]


def _split(unit: str) -> tuple[str, str]:
    """ "thị xã Cửa Lò" -> ("thị xã", "cửa lò"): the kind and the folded name."""
    kind = next(k for k in KINDS if unit.startswith(k + " "))
    return kind, _folded(unit[len(kind) :])


def _folded(name: str) -> str:
    return " ".join(fold_tones(name).casefold().split())


@cache
def district_pattern() -> re.Pattern[str]:
    """A kind then a listed district's name: "huyện đảo Lý Sơn", "Quận 1", "TP. Nha Trang"."""
    return re.compile(
        r"(?<![\wÀ-ỹ])(?P<kind>huyện(?:\s+đảo)?|quận|thị\s+xã|thành\s+phố|TP\.?)\s*"
        rf"(?P<district>{district_names()})(?![\wÀ-ỹ])",
        re.IGNORECASE,
    )


@cache
def district_names() -> str:
    """Every listed district's name as a pattern's alternatives, longest first."""
    names = sorted({name for _, name in district_provinces()}, key=len, reverse=True)
    return "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in names)


def district_province(kind: str, name: str) -> str | None:
    """The province of a district named with its kind as written, or None when it is not one
    province's (or is written in lower case, so it is no name: "thành phố này")."""
    if not (name[:1].isupper() or name[:1].isdigit()):
        return None
    written = " ".join(kind.casefold().split())
    kind = _SHORT_KINDS.get(written, written)
    provinces = district_provinces()
    folded = _folded(name)
    return provinces.get((kind, folded)) or provinces.get((None, folded))
