"""Figures the briefing showed wrong on saved pages (stop 41's look at the mixed folder:
cafef's Olympic article, tuoitre's flower prices); bench/README.md, stop 42."""

from __future__ import annotations

from summarize.briefing.facts import extract_facts


def test_a_measure_opening_with_a_country_keeps_its_capital() -> None:
    """ "Nga đã chi": Nga is Russia, a name, not the sentence's capital to lower."""
    sentence = "Nga đã chi đến 51 tỉ USD để đăng cai Thế vận hội."
    assert [f.measure for f in extract_facts([sentence])] == ["Nga đã chi"]


def test_a_pronoun_that_spells_a_country_is_still_lowered() -> None:
    """ "Anh đã chi": he, most often, at a sentence's head."""
    sentence = "Anh đã chi 5 triệu đồng cho chuyến đi."
    assert [f.measure for f in extract_facts([sentence])] == ["anh đã chi cho chuyến"]


def test_an_occasions_day_is_no_range() -> None:
    """ "dịp lễ 20-10 năm ngoái": 20 October, not a count of 20 to 10 "năm ngoái"."""
    sentence = (
        "Nếu dịp lễ 20-10 năm ngoái giá khoảng 450.000 đồng thì hiện nay đã tăng lên khoảng "
        "700.000 đồng."
    )
    assert [f.text for f in extract_facts([sentence])] == ["450.000 đồng", "700.000 đồng"]
