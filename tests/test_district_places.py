"""A district followed by its province in brackets or after a dash names that province (read
from outside articles the rules were not written on: "Công an quận Cầu Giấy (Hà Nội) cho
biết", where neither the district nor the bare bracketed province counted)."""

from __future__ import annotations

import pytest

from summarize.briefing.places import find_places


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("Ngày 31/10, Công an quận Cầu Giấy (Hà Nội) cho biết đã bắt đối tượng.", ["Hà Nội"]),
        ("Công an huyện Gia Lâm (Hà Nội) đang phối hợp tìm kiếm thi thể.", ["Hà Nội"]),
        ("Vụ việc xảy ra trên địa bàn huyện Thanh Chương – Nghệ An.", ["Nghệ An"]),
    ],
)
def test_a_district_with_its_province_in_brackets_names_it(text: str, places: list[str]) -> None:
    assert [m.place for m in find_places(text)] == places


@pytest.mark.parametrize(
    "text",
    [
        # the province is a mention of its own, or the venue's city: counted once
        "Hội nghị tại huyện Nam Đàn (Nghệ An).",
        "Hội nghị tại huyện Nam Đàn, Nghệ An.",
        "Công an huyện Nam Đàn (tỉnh Nghệ An) cho biết.",
    ],
)
def test_a_province_named_beside_its_district_is_counted_once(text: str) -> None:
    assert [m.place for m in find_places(text)] == ["Nghệ An"]
