"""A count closing "gồm N <noun>" counts its noun, a measure never ends on a bound word, a
distance's start opens on no particle, and counts in brackets after a larger count are its parts
(read off stop 41's outside rows and s10's "7 giải thưởng (3 giải Vàng, …)"; bench/README.md,
stop 42)."""

from __future__ import annotations

from summarize.briefing.facts import extract_facts


def _labels(sentence: str) -> dict[str, str | None]:
    return {f.text: f.label for f in extract_facts([sentence])}


def test_a_count_that_closes_gom_counts_its_noun() -> None:
    """ "…, bao gồm ít nhất 8 trẻ em.": the children, not "bao gồm ít nhất" (rule G)."""
    sentence = "Các vụ tấn công tại Tartus khiến 48 người khác chết, bao gồm ít nhất 8 trẻ em."
    assert _labels(sentence)["8 trẻ em"] == "trẻ em"


def test_a_count_that_closes_co_with_no_whole_still_has_no_measure() -> None:
    """ "năm 2023 đã có 45 doanh nghiệp": a time has them, no measure rather than a wrong one."""
    assert _labels("Năm 2023 đã có 45 doanh nghiệp.")["45 doanh nghiệp"] is None


def test_a_measure_does_not_end_on_a_bound() -> None:
    """ "chừng", "không quá", "vào khoảng" round the figure; they say nothing of it (rule E)."""
    assert _labels("Rời khỏi khu nhà trọ chừng hơn 800m, Giang ngồi ở vỉa hè.")["800m"] == (
        "rời khỏi khu nhà trọ"
    )
    assert _labels("Hỗn hợp được dùng với nồng độ không quá 0,0015% trong dầu gội.")["0,0015%"] == (
        "nồng độ"
    )


def test_a_distance_opens_on_what_stands_there() -> None:
    """ "do mố A … chỉ cách mố B": from the abutment, not from "do mố A" (rule D3b)."""
    sentence = "Sự cố là do mố A cầu Ô Rô chỉ cách mố B cầu Cái Dày khoảng hơn 50 m."
    assert _labels(sentence)["50 m"] == "khoảng cách từ mố A cầu Ô Rô tới mố B cầu Cái Dày"


def test_a_distance_from_words_that_name_nothing_has_no_start() -> None:
    """ "Khi đi cách nhà bà Nga", "(quán) của gia đình (cách nhà …)": only where it is to."""
    assert _labels("Khi đi cách nhà bà Nga chừng 500m, Nhiêu kiệt sức ngã xuống.")["500m"] == (
        "khoảng cách tới nhà bà Nga"
    )
    sentence = (
        "Trước đó, vào lúc 19 giờ ngày 24/5, ông Lộc đi ra quán tạp hóa của gia đình (cách nhà"
        " khoảng 500m) để mở quán bán hàng."
    )
    assert _labels(sentence)["500m"] == "khoảng cách tới nhà"


def test_counts_in_brackets_after_a_larger_count_are_its_parts() -> None:
    """ "7 giải thưởng (3 giải Vàng, 3 giải Bạc, 1 giải Đồng)": each prize won, by its own
    noun, not the total's measure nor "7 giải thưởng" (rule B)."""
    facts = extract_facts(
        ["Tập đoàn TH giành liên tiếp 7 giải thưởng (3 giải Vàng, 3 giải Bạc, 1 giải Đồng)."]
    )
    labels = [f.label or "" for f in facts]
    assert labels[1].endswith("giành liên tiếp giải Vàng")
    assert labels[2].endswith("giành liên tiếp giải Bạc")
    assert labels[3].endswith("giành liên tiếp giải Đồng")


def test_a_bare_part_is_a_kind_of_the_whole() -> None:
    """ "6 đối tượng (3 nam, 3 nữ)": the men and women among them."""
    labels = _labels("Tại phòng hát 404 có 6 đối tượng (3 nam, 3 nữ) có hành vi tàng trữ ma tuý.")
    assert labels["3 nam"] == "đối tượng nam"
    assert labels["3 nữ"] == "đối tượng nữ"


def test_the_same_figure_in_other_units_stays_an_equivalent() -> None:
    """ "45 feet (13,7m)": one length in two units, both the ship's length."""
    labels = _labels("Tàu Metal Shark này có chiều dài 45 feet (13,7m).")
    assert labels["13,7m"] == labels["45 feet"]
