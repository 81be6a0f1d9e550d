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
