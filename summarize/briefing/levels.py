"""Viet Nam's administrative levels, one table for the rules of bodies, places and districts.

A locality is named after its level ("tỉnh Nghệ An", "huyện Lý Sơn", "TP. Hà Nội", "phường 5"),
and the rules ask of the levels in several ways: which words end or open a locality's name, which
levels a district or a commune is, how the press abbreviates them. Each rule's list is a view of
this table, so a level added here reaches all of them.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum


class Rank(IntEnum):
    """Where a level sits: a province, a district inside one, a commune inside a district."""

    PROVINCE = 1
    DISTRICT = 2
    COMMUNE = 3


@dataclass(frozen=True)
class Level:
    """A level as written in lower case, its ranks (a "thành phố" is a province or a district)
    and the abbreviations the press writes before a name ("TP Hà Nội", "Q.3")."""

    name: str
    ranks: frozenset[Rank]
    short: tuple[str, ...] = ()

    @property
    def town(self) -> bool:
        """A town's level ("thị xã", "thị trấn"): a list of bodies never runs over towns."""
        return self.name.startswith("thị ")


TABLE = (
    Level("tỉnh", frozenset({Rank.PROVINCE})),
    Level("thành phố", frozenset({Rank.PROVINCE, Rank.DISTRICT}), ("TP", "Tp")),
    Level("huyện", frozenset({Rank.DISTRICT})),
    Level("quận", frozenset({Rank.DISTRICT}), ("Q",)),
    Level("thị xã", frozenset({Rank.DISTRICT}), ("TX",)),
    Level("xã", frozenset({Rank.COMMUNE})),
    Level("phường", frozenset({Rank.COMMUNE}), ("P",)),
    Level("thị trấn", frozenset({Rank.COMMUNE})),
)


def levels(*ranks: Rank) -> tuple[Level, ...]:
    """The levels of any of `ranks` (all levels when none is given), in the table's order."""
    return tuple(lv for lv in TABLE if not ranks or lv.ranks & set(ranks))


def names(*ranks: Rank, towns: bool = True) -> tuple[str, ...]:
    """The levels' names in lower case ("tỉnh", "thành phố" …); `towns=False` leaves out "thị
    xã" and "thị trấn"."""
    return tuple(lv.name for lv in levels(*ranks) if towns or not lv.town)


def words(*ranks: Rank) -> frozenset[str]:
    """Every word of the levels' names ("thành", "phố", "thị", "xã" …): what a word before a
    locality's name may be."""
    return frozenset(w for name in names(*ranks) for w in name.split())


def one_word(*ranks: Rank) -> frozenset[str]:
    """The levels named by one word ("huyện", "xã" …), which a body's name may close on."""
    return frozenset(name for name in names(*ranks) if " " not in name)


def shorts(*ranks: Rank) -> tuple[str, ...]:
    """The abbreviations of the levels, in the table's order ("TP", "Tp", "Q" …)."""
    return tuple(s for lv in levels(*ranks) for s in lv.short)
