"""A measure opening on a name keeps its capital: the sentence writes the word with one away from
its head and never in lower case (read off s10's "minh đã biển thủ" and s9's "khoảng cách từ luận
trở về nhà …"; bench/README.md, stop 42)."""

from __future__ import annotations

from summarize.briefing.facts import extract_facts


def _labels(sentence: str) -> dict[str, str | None]:
    return {f.text: f.label for f in extract_facts([sentence])}


def test_a_name_after_a_comma_keeps_its_capital() -> None:
    """ "Trước đó, Hùng đã nhận 6 triệu đồng": Hùng, not "hùng"."""
    assert _labels("Trước đó, Hùng đã nhận 6 triệu đồng để chạy việc.")["6 triệu đồng"] == (
        "Hùng đã nhận"
    )


def test_a_country_after_a_comma_keeps_its_capital() -> None:
    """ "Trong năm 2015, Áo đã nhận 90.000 người di cư": Austria."""
    assert _labels("Trong năm 2015, Áo đã nhận 90.000 người di cư.")["90.000 người"] == (
        "Áo đã nhận người di cư"
    )


def test_a_sentence_head_is_no_name() -> None:
    """ "Nhiều hộ dân …" opens the sentence: no evidence of a name, the measure is lowered."""
    label = _labels("Nhiều hộ dân đã nhận 5 triệu đồng tiền hỗ trợ.")["5 triệu đồng"] or ""
    assert not label.startswith("Nhiều")
