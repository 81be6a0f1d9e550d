"""A body named by its full name and a short name in brackets is listed once, by its full name
(B1, stop 42); a company's name ends with its place, not a person's name, and its short name
leaves the place out (C3, stop 42)."""

from __future__ import annotations

import pytest

from summarize.briefing.organisations import extract_organisations

SAIGONBANK = [
    "Tòa mở phiên xử vụ án tham ô xảy ra tại Ngân hàng thương mại cổ phần Sài Gòn Công Thương "
    "(Saigonbank).",
    "Phát hiện khoản tiền biến mất, ngân hàng Saigonbank đã báo cơ quan công an.",
]
BSR = [
    "Tòa đưa 4 sếp công ty Cổ phần Lọc hoá dầu Bình Sơn (BSR) ra xét xử.",
    "Các bị cáo chiếm đoạt tiền lãi thông qua việc công ty BSR gửi tiền tại ngân hàng.",
]


@pytest.mark.parametrize(
    ("sentences", "full"),
    [
        # a brand of one mixed-case word in the bracket
        (SAIGONBANK, "Ngân hàng thương mại cổ phần Sài Gòn Công Thương"),
        # an acronym in the bracket, the kind written in lower case in the text
        (BSR, "Công ty Cổ phần Lọc hoá dầu Bình Sơn"),
    ],
)
def test_a_kind_and_the_short_name_in_brackets_is_the_body_shown_by_its_full_name(
    sentences: list[str], full: str
) -> None:
    assert extract_organisations(sentences) == (full,)


def test_a_country_in_brackets_is_no_short_name() -> None:
    sentences = ["Công ty Cổ phần Điện Quang (Singapore) ký hợp đồng với Công ty Cổ phần Hòa Bình."]
    found = extract_organisations(sentences)
    assert "Công ty Cổ phần Điện Quang" in found and len(found) == 2, found


TUAN_CHAU = (
    "Tòa tuyên án vụ kiện giữa công ty Cổ phần Tuần Châu Hà Nội và công ty Cổ phần Đầu tư Tổng "
    "hợp Truyền thông DS do đạo diễn Nguyễn Việt Tú là giám đốc."
)


def test_a_company_name_ending_with_its_city_is_whole() -> None:
    assert extract_organisations([TUAN_CHAU])[0] == "Công ty Cổ phần Tuần Châu Hà Nội"


def test_the_short_name_without_the_city_is_the_same_company() -> None:
    sentences = [TUAN_CHAU, "Công ty Tuần Châu khẳng định đã đầu tư xây dựng kịch bản vở diễn."]
    found = [n for n in extract_organisations(sentences) if "Tuần Châu" in n]
    assert len(found) == 1, found


def test_a_person_after_a_company_name_is_still_cut_off() -> None:
    sentence = "Giám đốc Công ty TNHH Minh Long Nguyễn Thái Bình cho biết."
    assert extract_organisations([sentence]) == ("Công ty TNHH Minh Long",)
