"""A count that opens its clause keeps its predicate: what the counted ones did or underwent says
which ones are meant (read off s10's "13 công ty trong danh sách đã thông báo dừng hoạt động", gold
"công ty đã thông báo dừng hoạt động"; bench/README.md, stop 42)."""

from __future__ import annotations

from summarize.briefing.facts import extract_facts


def _labels(sentence: str) -> dict[str, str | None]:
    return {f.text: f.label for f in extract_facts([sentence])}


def test_a_subject_count_runs_on_through_its_predicate() -> None:
    """ "13 công ty … đã thông báo dừng hoạt động": the companies that gave notice."""
    sentence = "13 công ty trong danh sách đã thông báo dừng hoạt động, song vẫn bị kiểm tra."
    assert _labels(sentence)["13 công ty"] == (
        "công ty trong danh sách đã thông báo dừng hoạt động"
    )


def test_a_subject_size_runs_on_through_its_predicate() -> None:
    """ "14 tấn cá chết đã được vớt lên …": the dead fish taken out, not all dead fish."""
    sentence = "Chiều tối ngày 17/5, hơn 14 tấn cá chết đã được vớt lên khỏi mặt kênh."
    assert _labels(sentence)["14 tấn"] == "cá chết đã được vớt lên khỏi mặt kênh"


def test_a_count_said_which_with_la_stops_before_its_predicate() -> None:
    """ "300 cử tri là cán bộ [đã có mặt]": "là" already says which voters."""
    assert _labels("Đúng 7 giờ, hơn 300 cử tri là cán bộ đã có mặt.")["300 cử tri"] == (
        "cử tri là cán bộ"
    )
