"""A role stops before "là" ("… và là nhà lãnh đạo mạnh mẽ"), so it ended on the "và" before it
(s8: "thủ lĩnh, người đứng đầu bang Guajarat và"): a role never ends on the conjunction."""

from __future__ import annotations

from summarize.briefing.people import extract_people


def test_a_role_loses_the_and_left_before_la() -> None:
    sentence = (
        "Tháng 9 năm nay, BJP vừa tìm được thủ lĩnh Narendra Modi (63 tuổi) - người đứng đầu bang "
        "Guajarat và là nhà lãnh đạo mạnh mẽ."
    )
    (modi,) = extract_people([sentence])
    assert modi.role == "thủ lĩnh, người đứng đầu bang Guajarat"


def test_an_and_inside_a_role_stays() -> None:
    sentence = "Bộ trưởng Bộ Thông tin và Truyền thông Nguyễn Mạnh Hùng phát biểu tại hội nghị."
    (minister,) = extract_people([sentence])
    assert minister.role == "Bộ trưởng Bộ Thông tin và Truyền thông"
