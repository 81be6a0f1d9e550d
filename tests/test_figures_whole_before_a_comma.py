"""The whole that has a count after "gồm" may stand before a comma: "X, gồm 30 thành viên, …" reads
as "X gồm 30 thành viên" (read off s8's "Thay mặt đoàn đại biểu Ấn Độ, gồm 30 thành viên sang dự
Liên hoan", gold "đoàn đại biểu Ấn Độ sang dự Liên hoan"; bench/README.md, stop 42)."""

from __future__ import annotations

from summarize.briefing.facts import extract_facts


def _labels(sentence: str) -> dict[str, str | None]:
    return {f.text: f.label for f in extract_facts([sentence])}


def test_a_delegation_before_the_comma_has_the_members() -> None:
    """ "Đoàn đại biểu …, gồm 20 thành viên, …": the delegation's members."""
    sentence = "Đoàn đại biểu Quốc hội Việt Nam, gồm 20 thành viên, đã đến thăm Nhật Bản."
    assert _labels(sentence)["20 thành viên"] == "thành viên của Đoàn đại biểu Quốc hội Việt Nam"


def test_on_behalf_of_is_no_part_of_the_whole() -> None:
    """ "Thay mặt đoàn đại biểu Ấn Độ, gồm 30 thành viên sang dự Liên hoan": the delegation's."""
    sentence = (
        "Thay mặt đoàn đại biểu Ấn Độ, gồm 30 thành viên sang dự Liên hoan, ông Tripathi phát biểu."
    )
    assert _labels(sentence)["30 thành viên"] == (
        "thành viên sang dự Liên hoan của đoàn đại biểu Ấn Độ"
    )


def test_a_clause_before_the_comma_names_no_whole() -> None:
    """ "hải quân … đã thực hiện những bước tiến quan trọng, gồm 4 chuyến thăm": not the steps'."""
    sentence = "Hải quân nước này đã thực hiện những bước tiến quan trọng, gồm 4 chuyến thăm cảng."
    assert "của" not in (_labels(sentence)["4 chuyến thăm"] or "")
