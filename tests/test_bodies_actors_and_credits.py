"""Who is a party to the event and who only signs or is named in passing: examples of the
rules of session 5, each one written from one half of the dev set and kept only where it did
not lose on the other half (bench/README.md)."""

from __future__ import annotations

import pytest

from summarize.briefing.organisations import extract_organisations
from summarize.briefing.people import extract_people


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("Các cấp ủy thực hiện Chỉ thị 03 của Bộ Chính trị về học tập.", {"Bộ Chính trị"}),
        ("Thay mặt Bộ Chính trị, đồng chí Đinh Thế Huynh trao quyết định.", {"Bộ Chính trị"}),
        ("Việc này theo Nghị định 134 của Chính phủ.", set()),  # a state body as a law's author
        ("Ông A, Ủy viên Bộ Chính trị, phát biểu.", set()),  # a member's title
    ],
)
def test_the_party_s_leading_bodies_act_when_named_outside_a_title(
    sentence: str, names: set[str]
) -> None:
    assert set(extract_organisations([sentence])) == names


@pytest.mark.parametrize(
    "sentence",
    [
        "Báo cáo của Ủy ban Thường vụ Quốc hội về dự án Luật Thi đua.",
        "Bộ phận tiếp dân của Ủy ban Thường vụ Quốc hội làm việc.",
    ],
)
def test_a_kind_of_body_read_as_part_of_a_longer_word_opens_no_body(sentence: str) -> None:
    assert extract_organisations([sentence]) == ("Ủy ban Thường vụ Quốc hội",)


@pytest.mark.parametrize(
    "sentence",
    [
        "Các đại biểu tại buổi làm việc. (Ảnh: Hoàng Hải/TTXVN) Tại buổi tiếp, ông Đua nói.",
        "Ảnh: Hoàng Hải - TTXVN Tại buổi tiếp, ông Đua nói.",
        "Hai bên cùng quan tâm./. Hoàng Anh Tuấn (TTXVN)",
    ],
)
def test_a_reporter_s_signature_names_no_party(sentence: str) -> None:
    assert extract_organisations([sentence]) == ()
    assert [p.name for p in extract_people([sentence])] in ([], ["Đua"])


def test_an_outlet_named_as_a_party_is_still_a_body() -> None:
    sentence = "Ông Trương Tấn Sang cho rằng ITAR-TASS và TTXVN cần hợp tác."
    assert "TTXVN" in extract_organisations([sentence])


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Ông nói với Ủy ban Thường vụ Quốc hội về dự án.", "Ủy ban Thường vụ Quốc hội"),
        ("Ủy ban bầu cử phối hợp với Mặt trận Tổ quốc.", "Mặt trận Tổ quốc"),
        ("Mặt trận Tổ quốc Việt Nam phát động.", "Mặt trận Tổ quốc Việt Nam"),
    ],
)
def test_national_bodies_are_named_whole_by_their_kind(sentence: str, name: str) -> None:
    assert name in extract_organisations([sentence])


def test_a_brand_that_acts_as_a_party_is_a_body() -> None:
    sentences = ["Vietjet ký hợp đồng mua 100 máy bay.", "Đại diện Vietjet cho biết hãng hài lòng."]
    assert extract_organisations(sentences) == ("Vietjet",)


@pytest.mark.parametrize(
    ("sentences", "people"),
    [
        (["Ibrahimovic đang trên đường gia nhập.", "Ibrahimovic sẽ cùng đội tập trung."], ()),
        (["Máy bay Boeing 737 cất cánh.", "Máy bay Boeing 787 hạ cánh."], ()),  # a product
        (["Ông Meade sẽ dự họp tại Geneve.", "Hội nghị tại Geneve đã bế mạc."], ()),  # a place
        (["CEO Osamu Suzuki cho biết.", "Suzuki thừa nhận gian lận.", "Suzuki đã xin lỗi."],
         ("Osamu Suzuki",)),  # the name a person found bears
        (["Vietjet ký hợp đồng."], ()),  # acting once is not enough
    ],
)  # fmt: skip
def test_a_latin_word_that_only_moves_is_named_or_placed_is_no_brand(
    sentences: list[str], people: tuple[str, ...]
) -> None:
    assert extract_organisations(sentences, people) == ()


def test_a_brand_already_inside_a_body_s_name_is_not_listed_again() -> None:
    sentences = [
        "Ngân hàng VietinBank đã ký với đối tác.",
        "VietinBank cho biết.",
        "VietinBank ký.",
    ]
    assert extract_organisations(sentences) == ("Ngân hàng VietinBank",)
