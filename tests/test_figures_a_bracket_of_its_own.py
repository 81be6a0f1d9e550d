"""A bracket that opens on a time word holds a clause of its own: the words before it are not what
its figure is of, and "khi đó" is no part of a measure (stop 43, rule O2, read off
the briefing's "đá núi khi đó hắn mới | 75 kg"); bench/README.md, stop 43."""

from __future__ import annotations

from summarize.briefing.facts import extract_facts


def _labels(sentence: str) -> dict[str, str | None]:
    return {f.text: f.label for f in extract_facts([sentence])}


def test_a_bracket_opening_on_a_time_word_is_a_clause_of_its_own() -> None:
    sentence = (
        "Tôi gặp hắn, rắn chắc như cây rừng, đá núi (khi đó hắn mới khoảng 75kg), gương mặt hiền."
    )
    assert _labels(sentence)["75kg"] == "hắn"  # "mới khoảng": only about (stop 44, rule O3)


def test_new_before_a_figure_stays() -> None:
    assert _labels("Phương tiện được đầu tư mới 100%.")["100%"] == "phương tiện được đầu tư mới"


def test_a_bracket_of_each_still_names_what_it_is_of() -> None:
    assert _labels("Ba giải A (mỗi giải 50 triệu đồng).")["50 triệu đồng"] == "giải A mỗi giải"
