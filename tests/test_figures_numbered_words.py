"""A number right after a word that numbers the n-th names that one, it counts nothing: a law's
article ("điều 12 khoản 1"; the conventions say law numbers are no figures) and a numbering word
that opens a bracket ("(lớp 7 trường …"). Rule N5, stop 41, read off s8's and s9's false figures."""

from __future__ import annotations

import pytest

from summarize.briefing.facts import extract_facts


@pytest.mark.parametrize(
    "sentence",
    [
        "LS Thư phân tích, căn cứ điều 12 khoản 1 Luật Nhà ở 2014, bên mua chưa thể hoàn tất.",
        "Phương Uyên (lớp 7 trường THCS Nguyễn Du, TP Cam Ranh) xúc động cảm ơn hai bạn.",
    ],
)
def test_a_numbered_word_in_a_law_or_a_bracket_gives_no_count(sentence: str) -> None:
    assert [f.text for f in extract_facts([sentence])] == []


def test_things_counted_as_dieu_are_still_counted() -> None:
    """ "3 điều": three things, the word after the number."""
    assert [f.text for f in extract_facts(["Ông nêu 3 điều cần làm ngay."])] == ["3 điều"]
