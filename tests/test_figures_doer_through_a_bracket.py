"""A bracket opened right after a figure gives its other terms or its share, and the clause
goes on through it: a figure inside it has the doer of that clause (read off s9's "ông Van der
Bellen giành được 2.254.484 lá phiếu (chiếm tỷ lệ 50,3%)"; bench/README.md, stop 39)."""

from __future__ import annotations

from summarize.briefing.facts import extract_facts


def test_a_share_in_brackets_after_a_count_has_the_clause_s_doer() -> None:
    sentence = (
        "Theo kết quả kiểm phiếu, ứng viên Nguyễn Văn An giành được 12.345 phiếu "
        "(chiếm tỷ lệ 55,2%)."
    )
    share = next(f for f in extract_facts([sentence]) if f.text == "55,2%")
    assert "Nguyễn Văn An" in (share.label or "")
    assert "tỷ lệ" in (share.label or "")
