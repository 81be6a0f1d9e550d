"""Who reports a figure is no part of what it measures (F1: "Not added: a sayer who only reports
the figure"; read off s9's "tạp chí Forbes ở Nga ước tính tổng tài sản của ông vào khoảng 13,3
tỉ USD"; bench/README.md, stop 40)."""

from __future__ import annotations

from summarize.briefing.facts import extract_facts


def _measure(sentence: str) -> str | None:
    return extract_facts([sentence])[0].measure


def test_the_sayer_before_a_figure_is_dropped() -> None:
    """ "ước tính", "cho biết": what is said is measured, not who says it."""
    estimated = (
        "Năm 2015, tạp chí Forbes ở Nga ước tính tổng tài sản của ông vào khoảng 13,3 tỉ USD."
    )
    assert _measure(estimated) == "tổng tài sản của ông"  # "vào khoảng" bounds it (rule E)
    told = "Cơ quan Ngoại giao Đài Loan cho biết gần 700 nguyên thủ quốc gia đã tham dự lễ."
    assert _measure(told) == "nguyên thủ quốc gia đã tham dự lễ"


def test_a_sayer_who_acts_or_is_counted_stays() -> None:
    """The sayer's own act follows ("cho biết sẽ mua"), or the sayers are what is counted."""
    bought = "Nissan Motor Co. cho biết sẽ mua 34% cổ phần Mitsubishi."
    assert "Nissan" in (_measure(bought) or "")
    counted = "Có 75% số người Việt được hỏi cho rằng sừng tê giác có ích cho sức khỏe."
    assert "cho rằng" in (_measure(counted) or "")
