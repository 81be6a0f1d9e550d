"""A range written with its unit at both ends is one figure valued at its high end, as a range
with the unit once is ("7-7,2%", "5.250–5.350 đồng"); rule N3, stop 41, read off s8's and s10's
false figures (the gold writes "1,65 m đến 1,73 m" and "8.000đ – 70.000đ" as one figure)."""

from __future__ import annotations

import pytest

from summarize.briefing.facts import extract_facts


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("Nghi phạm khoảng 20 đến 35 tuổi, cao từ 1,65 m đến 1,73 m, đội mũ lưỡi trai.",
         "1,65 m đến 1,73 m", 1.73),
        ("Thành phố hỗ trợ các hộ dân với các mức tiền từ 8.000đ – 70.000đ/người/tháng.",
         "8.000đ – 70.000đ", 70000),
        ("Giá thuê dao động từ 45 triệu đồng đến 50 triệu đồng mỗi tháng.",
         "45 triệu đồng đến 50 triệu đồng", 50),
    ],
)  # fmt: skip
def test_a_range_with_its_unit_at_both_ends_is_one_figure(
    sentence: str, text: str, value: float
) -> None:
    assert [(f.text, f.value) for f in extract_facts([sentence])] == [(text, value)]


@pytest.mark.parametrize(
    ("sentence", "texts"),
    [
        # an open high end is a bound of its own, as the range with one unit reads it
        ("Các căn biệt thự có diện tích từ 192 m2 đến hơn 1.000 m2.", ["192 m2", "1.000 m2"]),
        # two units: two figures
        ("Lô hàng gồm 5 tấn gạo - 200 kg đường.", ["5 tấn", "200 kg"]),
    ],
)
def test_an_open_high_end_or_another_unit_is_a_figure_of_its_own(
    sentence: str, texts: list[str]
) -> None:
    assert [f.text for f in extract_facts([sentence])] == texts
