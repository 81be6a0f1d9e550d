"""Holders named after a long position (session 8, bodies): a foreign holder right after a body
named in Latin script (the body ran on into the name), and a position that names its body's
locality after a comma (the comma ended it); in both the holder and their position were lost
(bench/README.md, "Session 8, bodies")."""

from __future__ import annotations

import pytest

from summarize.briefing.organisations import extract_organisations
from summarize.briefing.people import Person, _without_glued_words, extract_people


@pytest.mark.parametrize(
    ("sentence", "name", "role", "body"),
    [
        (
            "Tổng Giám đốc Tập đoàn chế tạo máy bay Boeing Ray Conner, cho biết như vậy.",
            "Ray Conner",
            "Tổng Giám đốc Tập đoàn chế tạo máy bay Boeing",
            "Tập đoàn chế tạo máy bay Boeing",
        ),
        (
            "Chủ tịch Tập đoàn Alibaba Jack Ma cho biết.",
            "Jack Ma",
            "Chủ tịch Tập đoàn Alibaba",
            "Tập đoàn Alibaba",
        ),
        (
            "Chủ tịch Mitsubishi Motors Osamu Masuko cho biết.",
            "Osamu Masuko",
            "Chủ tịch Mitsubishi Motors",
            "Mitsubishi Motors",
        ),
    ],
)
def test_the_last_two_latin_words_after_a_body_name_its_holder(
    sentence: str, name: str, role: str, body: str
) -> None:
    people = extract_people([sentence])
    assert [(p.name, p.role) for p in people] == [(name, role)]
    assert extract_organisations([sentence], [p.name for p in people]) == (body,)


@pytest.mark.parametrize(
    "sentence",
    [
        "Chủ tịch Tập đoàn United Technologies Corp cho biết.",  # a company word closes the body
        "Phó Tổng Giám đốc Mary Ellen Jones cho biết.",  # no body's kind before the run
    ],
)
def test_a_latin_run_with_no_body_before_its_last_two_words_stays_whole(sentence: str) -> None:
    names = [p.name for p in extract_people([sentence])]
    assert "Ellen Jones" not in names and "Technologies Corp" not in names


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        (
            "Chủ tịch huyện Cái Nước, tỉnh Cà Mau Phạm Phúc Giang cho biết, huyện uỷ đã họp.",
            "Phạm Phúc Giang",
            "Chủ tịch huyện Cái Nước, tỉnh Cà Mau",
        ),
        (
            "Trưởng Công an xã Tân Phú, huyện Đồng Phú, tỉnh Bình Phước Trần Văn Bình cho biết.",
            "Trần Văn Bình",
            "Trưởng Công an xã Tân Phú, huyện Đồng Phú, tỉnh Bình Phước",
        ),
    ],
)
def test_a_position_goes_on_past_its_bodys_locality(sentence: str, name: str, role: str) -> None:
    assert [(p.name, p.role) for p in extract_people([sentence])] == [(name, role)]


def test_a_foreign_name_after_a_country_is_whole() -> None:
    sentence = "Người phát ngôn quân đội Ấn Độ Nitin Narhar Joshi cho biết."
    assert [p.name for p in extract_people([sentence])] == ["Nitin Narhar Joshi"]


def test_a_position_goes_on_past_a_list_of_terms() -> None:
    sentence = (
        "Bộ Chính trị chấp thuận cho đồng chí Niê Thuật, Ủy viên Trung ương Đảng các khoá IX, X,"
        " XI, Phó trưởng ban Ban Chỉ đạo Tây Nguyên thôi nhiệm vụ quản lý để nghỉ chế độ."
    )
    role = "Ủy viên Trung ương Đảng các khoá IX, X, XI, Phó trưởng ban Ban Chỉ đạo Tây Nguyên"
    assert [(p.name, p.role) for p in extract_people([sentence])] == [("Niê Thuật", role)]


def test_a_position_ends_where_its_holder_is_released_and_a_rank_names_no_one() -> None:
    sentence = (
        "Thông báo về việc đồng chí Trung tướng Triệu Xuân Hòa, nguyên Tư lệnh Quân khu 7 thôi"
        " làm nhiệm vụ biệt phái để nghỉ chế độ."
    )
    people = extract_people([sentence])
    assert [(p.name, p.title, p.role) for p in people] == [
        ("Triệu Xuân Hòa", "Trung tướng", "nguyên Tư lệnh Quân khu 7")
    ]


def test_a_word_of_the_position_glued_to_a_name_the_text_repeats_is_dropped() -> None:
    sentences = [
        "Nam diễn viên Hollywood Paul Blackthorne nhấn mạnh điều đó.",
        "Chia sẻ với báo chí, nam diễn viên Paul Blackthorne cho biết như vậy.",
        "Theo diễn viên Paul Blackthorne, năm 2015 có gần 1200 cá thể bị giết.",
    ]
    assert [p.name for p in extract_people(sentences)] == ["Paul Blackthorne"]


def test_a_name_glued_twice_folds_into_the_repeated_name_without_an_error() -> None:
    # "Star Hollywood Paul Blackthorne" is a glued form of a glued form: once the middle one is
    # folded into "Paul Blackthorne", it is no longer there to fold the longest into.
    names = ["Paul Blackthorne", "Hollywood Paul Blackthorne", "Star Hollywood Paul Blackthorne"]
    best = {name: Person(name, None) for name in names}
    kept = _without_glued_words(best, dict(zip(names, (3, 2, 1), strict=True)))
    assert sorted(kept) == ["Paul Blackthorne", "Star Hollywood Paul Blackthorne"]


def test_a_longer_name_the_text_repeats_keeps_its_first_word() -> None:
    sentences = [
        "Ngoại trưởng Mexico Jose Antonio Meade cho biết.",
        "Ông Jose Antonio Meade nói thêm.",
        "Ông Antonio Meade khẳng định.",
    ]
    assert [p.name for p in extract_people(sentences)] == ["Jose Antonio Meade"]


def test_a_vietnamese_family_name_before_a_repeated_given_name_stays() -> None:
    sentences = [
        "HLV Nguyễn Hữu Thắng cho biết như vậy.",
        "HLV Hữu Thắng nói thêm.",
        "Theo HLV Hữu Thắng, đội đã sẵn sàng.",
    ]
    assert [p.name for p in extract_people(sentences)] == ["Nguyễn Hữu Thắng"]


def test_four_capitals_from_a_surname_running_on_into_more_are_a_bodys_name() -> None:
    # "Nông" is a family name, but "Nông Nghiệp Liên Bang" runs on into "Nga": the ministry's
    people = extract_people(
        ["Bộ Trưởng Bộ Nông Nghiệp Liên Bang Nga Nikolay Fyodorov cũng có mặt tại buổi lễ."]
    )
    assert "Nông Nghiệp Liên Bang" not in {p.name for p in people}


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        (
            "Tổng thư ký NATO Jens Stoltenberg cho hay Montenegro sẽ sớm là thành viên.",
            "Jens Stoltenberg",
            "Tổng thư ký NATO",
        ),
        (
            "Thống đốc tỉnh Moscow Andrey Vorobiev cũng có mặt tại buổi lễ.",
            "Andrey Vorobiev",
            "Thống đốc tỉnh Moscow",
        ),
    ],
)
def test_a_foreign_holder_after_an_acronym_or_a_place_in_the_position(
    sentence: str, name: str, role: str
) -> None:
    assert {p.name: p.role for p in extract_people([sentence])} == {name: role}
