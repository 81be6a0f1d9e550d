"""The administrative levels are one table that bodies, places and districts read (stop 40,
orgs): each rule's list is a view of it, so what one rule knows of a level the others know too."""

from __future__ import annotations

from summarize.briefing import districts, levels, organisations, places
from summarize.briefing.levels import Rank


def test_a_city_is_a_province_or_a_district() -> None:
    assert "thành phố" in levels.names(Rank.PROVINCE)
    assert "thành phố" in levels.names(Rank.DISTRICT)
    assert "thành phố" not in levels.names(Rank.COMMUNE)


def test_towns_are_left_out_only_when_asked() -> None:
    assert "thị trấn" in levels.names()
    assert "thị trấn" not in levels.names(towns=False)


def test_a_districts_kind_is_a_district_level() -> None:
    assert set(districts.KINDS) == {"huyện", "quận", "thị xã", "thành phố"}


def test_a_level_ends_a_bodys_name_and_a_word_of_it_opens_a_localitys() -> None:
    assert set(levels.names()) <= set(organisations.TAIL)
    assert {"thị", "trấn", "thành", "phố"} <= organisations.LOCALITY_WORDS


def test_a_province_named_after_its_abbreviated_level_is_read_as_a_place() -> None:
    found = places.find_places("Sáng 2/11, tại Tp. Đà Nẵng, Sở Tài chính tổ chức hội nghị.")
    assert [m.place for m in found] == ["Đà Nẵng"]
