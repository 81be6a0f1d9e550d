"""Who establishes a figure ("xác định được") does not do what it counts, as a sayer does not (read
off s10's "Cơ quan chức năng xác định được Minh đã biển thủ gần 5,3 tỉ đồng", gold "tiền Minh biển
thủ"; bench/README.md, stop 42)."""

from __future__ import annotations

from summarize.briefing.facts import extract_facts


def _labels(sentence: str) -> dict[str, str | None]:
    return {f.text: f.label for f in extract_facts([sentence])}


def test_what_was_established_is_measured() -> None:
    """ "cơ quan chức năng xác định được [Minh đã biển thủ]": the embezzled money."""
    sentence = "Cơ quan chức năng xác định được Minh đã biển thủ gần 5,3 tỉ đồng."
    assert (_labels(sentence)["5,3 tỉ đồng"] or "").lower() == "minh đã biển thủ"


def test_one_found_to_have_done_it_stays() -> None:
    """ "Bình cũng được xác định đã … gây thiệt hại": the passive names the doer, it stays."""
    sentence = (
        "Trần Phương Bình cũng được xác định đã cùng các đồng phạm gây thiệt hại 3.400 tỷ đồng."
    )
    assert "Trần Phương Bình" in (_labels(sentence)["3.400 tỷ đồng"] or "")
