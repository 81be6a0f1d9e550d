"""A length after "cách X" is the distance to X (read off s9's "cách trường khoảng 8 km", where
the gold writes "khoảng cách từ hồ nước tới trường"; bench/README.md, stop 41)."""

from __future__ import annotations

from summarize.briefing.facts import extract_facts


def _label(sentence: str, figure: str) -> str | None:
    return {f.text: f.label for f in extract_facts([sentence])}[figure]


def test_a_length_after_cach_is_a_distance_to_the_place() -> None:
    """ "cách trường khoảng 8 km": how far from the school, not "cách trường"."""
    sentence = "Các em tới bờ đê hồ nước Tả Rục, cách trường khoảng 8 km để chơi."
    assert _label(sentence, "8 km") == "khoảng cách tới trường"


def test_the_distance_keeps_where_it_is_measured_from() -> None:
    """ "một bãi đất trống cách nhà 100m": from the waste ground to the house."""
    sentence = "Sau đó hắn đi vứt hung khí tại một bãi đất trống cách nhà 100m."
    label = _label(sentence, "100m") or ""
    assert label.startswith("khoảng cách từ")
    assert label.endswith("tới nhà")
    assert "bãi đất trống" in label


def test_a_time_ago_is_no_distance() -> None:
    """ "cách đây 2 km" does not occur, "bằng cách …" is a means: neither is rewritten."""
    sentence = "Đội đã rút ngắn quãng đường bằng cách mở thêm 2 km đường tạm."
    assert "khoảng cách" not in (_label(sentence, "2 km") or "")
