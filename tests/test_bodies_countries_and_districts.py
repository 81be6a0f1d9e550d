"""A country or a district is never a body, though it act or open with a kind of body (K1, T1,
stop 42)."""

from __future__ import annotations

import pytest

from summarize.briefing.organisations import extract_organisations


def test_a_country_that_acts_is_no_body() -> None:
    sentences = [
        "Montenegro sẽ trở thành thành viên chính thức thứ 29 của NATO.",
        "NATO cho biết Montenegro đã ký nghị định thư gia nhập, Montenegro cho biết sẽ hoàn tất.",
    ]
    assert extract_organisations(sentences) == ("NATO",)


@pytest.mark.parametrize(
    "sentence",
    [
        "Con kênh chạy từ cuối đường Hoàng Sa – Trường Sa (quận Tân Bình) tới cảng Ba Son.",
        "Lũ quét tràn qua Trạm Tấu trong đêm.",
    ],
)
def test_a_district_whose_name_opens_with_a_kind_of_body_is_no_body(sentence: str) -> None:
    assert extract_organisations([sentence]) == ()


def test_a_body_named_after_such_a_district_stays() -> None:
    assert extract_organisations(["Trường THPT Vụ Bản cho biết học sinh đã an toàn."]) == (
        "Trường THPT Vụ Bản",
    )
