"""Bodies on the s8 batch's organisation errors, session 9: how Vietnamese organisation names are
built (a listed name in any case, one body under a shorter or differently spelt name), each rule
kept only when it did not lose on dev-115 (bench/README.md, "Session 9, bodies")."""

from __future__ import annotations

import pytest

from summarize.briefing.organisations import extract_organisations


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # a listed name with its inner words in lower case, alone in the clause
        ("Báo cáo của Ủy ban thường vụ Quốc hội nêu rõ điều đó.", "Ủy ban thường vụ Quốc hội"),
        # a position ending in "Ban" before a listed name written in lower case
        ("Theo Trưởng Ban tổ chức Trung ương, việc này cần làm ngay.", "Ban tổ chức Trung ương"),
    ],
)
def test_a_listed_name_is_read_in_any_case(sentence: str, name: str) -> None:
    assert extract_organisations([sentence]) == (name,)


@pytest.mark.parametrize(
    ("sentences", "name"),
    [
        # the standing organ acts for the body; the bare kind names the same body
        (
            ["Đoàn làm việc với Ban Thường vụ Tỉnh ủy Đắk Lắk.", "Phó Bí thư Tỉnh ủy cho biết."],
            "Ban Thường vụ Tỉnh ủy Đắk Lắk",
        ),
        # the tone mark placed apart ("uỷ"/"ủy")
        (["Thành uỷ đã họp.", "Thành ủy TP HCM ra nghị quyết."], "Thành ủy TP HCM"),
        # spaces around "&"
        (["Bộ LĐTB & XH công bố.", "Bộ LĐTB&XH cho biết."], "Bộ LĐTB & XH"),
    ],
)
def test_one_body_under_a_shorter_or_respelt_name_is_one(sentences: list[str], name: str) -> None:
    assert extract_organisations(sentences) == (name,)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("TS Hùng, Viện trưởng Viện kinh tế Việt Nam, nhận xét.", "Viện kinh tế Việt Nam"),
        ("Ông Tú là Chủ tịch Hội nhà báo Việt Nam.", "Hội nhà báo Việt Nam"),
        ("Đoàn làm việc với Công viên phần mềm Quang Trung.", "Công viên phần mềm Quang Trung"),
        ("Bản án của Toà án thẩm quyền rộng Albi được công nhận.", "Toà án thẩm quyền rộng Albi"),
        ("Mỹ viện trợ tàu cho Cảnh sát biển Việt Nam.", "Cảnh sát biển Việt Nam"),
        (
            "Bà Mùi, Phó Giám đốc Nhà hát dân ca quan họ Bắc Ninh, cho biết.",
            "Nhà hát dân ca quan họ Bắc Ninh",
        ),
    ],
)
def test_a_name_opens_with_lower_case_words_before_its_proper_name(
    sentence: str, name: str
) -> None:
    assert name in extract_organisations([sentence])


@pytest.mark.parametrize(
    "sentence",
    [
        # a station named after a landmark is a place
        "Ga Bến Thành chưa làm, còn ga Nhà hát TP đang đào hầm.",
        # "hai nước" counts countries: no descriptor of a body
        "Các đại biểu Hội hữu nghị hai nước Việt Nam, Ấn Độ dự lễ.",
    ],
)
def test_a_station_or_a_count_opens_no_name(sentence: str) -> None:
    assert extract_organisations([sentence]) == ()


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Thành phố sẽ họp với Bảo hiểm xã hội Việt Nam.", "Bảo hiểm xã hội Việt Nam"),
        ("Kiểm toán Nhà nước vừa công bố số nợ đọng.", "Kiểm toán Nhà nước"),
        (
            "Ông Nhã, Chủ nhiệm HTX DVSX Nông nghiệp Triều Khúc, vắng.",
            "HTX DVSX Nông nghiệp Triều Khúc",
        ),
        ("Luật sư Thi (thuộc Đoàn LS tỉnh Long An) nêu ý kiến.", "Đoàn LS tỉnh Long An"),
    ],
)
def test_kinds_of_body_the_list_lacked(sentence: str, name: str) -> None:
    assert name in extract_organisations([sentence])


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Ông Sergei, thành viên quốc hội Nga, nói rằng.", "Quốc hội Nga"),
        ("Hôm qua, đại sứ quán Pháp tại Hà Nội tổ chức hội thảo.", "Đại sứ quán Pháp"),
        ("Ông Azais mang giấy tờ đến lãnh sự quán Pháp tại TP.HCM.", "Lãnh sự quán Pháp"),
    ],
)
def test_a_kind_a_country_has_one_of_is_named_in_lower_case(sentence: str, name: str) -> None:
    assert extract_organisations([sentence]) == (name,)


def test_companies_of_a_country_are_still_no_body() -> None:
    assert extract_organisations(["Các công ty Trung Quốc đã rút đi."]) == ()
