"""Holders named after a long position (session 8, bodies): a foreign holder right after a body
named in Latin script (the body ran on into the name), and a position that names its body's
locality after a comma (the comma ended it); in both the holder and their position were lost
(bench/README.md, "Session 8, bodies")."""

from __future__ import annotations

import pytest

from summarize.briefing.organisations import extract_organisations
from summarize.briefing.people import extract_people


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
