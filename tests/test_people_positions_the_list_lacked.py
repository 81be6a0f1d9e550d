"""People on the s8 batch's role errors, session 9: positions the list lacked (a chief
accountant, a lawyer and the press's "LS", an editor) and a position that opens the next
person's name after a comma, which is no apposition of the name before (bench/README.md,
"Session 9, bodies")."""

from __future__ import annotations

import pytest

from summarize.briefing.people import extract_people


def roles(sentence: str) -> dict[str, str | None]:
    return {p.name: p.role for p in extract_people([sentence])}


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        ("Theo ông Nguyễn Trung Dũng - Kế toán trưởng cho biết, lãnh đạo đi vắng.",
         "Nguyễn Trung Dũng", "Kế toán trưởng"),
        ("LS Huỳnh Công Thư (thuộc Đoàn LS tỉnh Long An) phân tích.", "Huỳnh Công Thư", "LS"),
        ("Ông Đinh Viết Tứ, chủ bút báo Hướng Việt (Mỹ) cho biết.", "Đinh Viết Tứ",
         "chủ bút báo Hướng Việt (Mỹ)"),
    ],
)  # fmt: skip
def test_a_position_the_list_lacked_is_read(sentence: str, name: str, role: str) -> None:
    assert roles(sentence).get(name) == role


def test_a_position_before_the_next_name_is_that_persons() -> None:
    found = roles("Tiền để lại nhà ông Cường, LS Nguyễn Tấn Thi nêu ý kiến.")
    assert found.get("Nguyễn Tấn Thi") == "LS"
    assert not found.get("Cường")


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        ("Bị cáo Trần Cảnh Lạc - 62 tuổi, nguyên chủ tịch HĐQT, tổng giám đốc 10 năm tù.",
         "Trần Cảnh Lạc", "nguyên chủ tịch HĐQT, tổng giám đốc"),
        ("Bị cáo Nguyễn Thị Phúc - 54 tuổi, nguyên kế toán trưởng 5 năm tù.", "Nguyễn Thị Phúc",
         "nguyên kế toán trưởng"),
    ],
)  # fmt: skip
def test_a_position_after_an_age_ends_before_the_prison_term(
    sentence: str, name: str, role: str
) -> None:
    assert roles(sentence).get(name) == role
