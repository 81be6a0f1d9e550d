"""A figure said again is one figure whatever the spelling of its words (read off s10's "1 tỷ
USD | trị giá thỏa thuận", a repeat of "1 tỉ USD" that was kept twice; bench/README.md, stop 39)."""

from __future__ import annotations

from summarize.briefing.facts import extract_facts


def test_a_figure_said_again_in_another_spelling_is_one_figure() -> None:
    """ "tỉ" and "tỷ", "ngàn" and "nghìn" are one word."""
    sentences = [
        "Apple đã rót vào công ty này khoản đầu tư 1 tỉ USD.",
        "Kết quả là, thỏa thuận trị giá 1 tỷ USD được ký kết chỉ 22 ngày sau đó.",
        "Hãng có 5 ngàn nhân viên.",
        "Đến nay 5 nghìn nhân viên của hãng đã được đào tạo.",
    ]
    texts = [f.text for f in extract_facts(sentences)]
    assert texts == ["1 tỉ USD", "5 ngàn nhân viên"]
