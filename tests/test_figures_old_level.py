"""The level a change starts from is a figure too, in the new level's unit (read off s10's "tăng
số lượng nhân viên của công ty từ 700 lên 5.000 người", where the gold counts the 700;
bench/README.md, stop 40)."""

from __future__ import annotations

from summarize.briefing.facts import extract_facts


def test_the_old_level_of_a_change_takes_the_new_levels_unit_and_measure() -> None:
    """ "từ 5.000 lên 6.000 tỷ đồng": 5.000 is the capital before the rise."""
    sentence = "Để bù đắp, bị can Bình có chủ trương tăng vốn điều lệ từ 5.000 lên 6.000 tỷ đồng."
    found = [(f.text, f.value, f.measure) for f in extract_facts([sentence])]
    assert found == [
        ("5.000 tỷ đồng", 5000.0, "bị can Bình có chủ trương tăng vốn điều lệ"),
        ("6.000 tỷ đồng", 6000.0, "bị can Bình có chủ trương tăng vốn điều lệ"),
    ]


def test_a_span_is_no_change() -> None:
    """ "từ 4 đến 5 phát" is a span, not an old level and a new one."""
    sentence = "Hung thủ đã bắn từ 4 đến 5 phát đạn vào xe."
    assert [f.value for f in extract_facts([sentence])] == [5.0]
