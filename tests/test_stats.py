"""Side-by-side statistics: one value per conference, Vietnamese number formats, word topics."""

from __future__ import annotations

import re

from summarize.briefing.facts import extract_facts
from summarize.briefing.stats import comparison_rows, keywords, shared_figures


def test_one_value_per_conference_in_every_row(seed_briefing) -> None:  # type: ignore[no-untyped-def]
    rows = comparison_rows(seed_briefing.conferences)
    assert all(len(r.values) == len(seed_briefing.conferences) for r in rows)
    by_label = {r.label: r for r in rows}
    assert by_label["Câu trùng đã bỏ"].values == ("3", "0")
    before, after = by_label["Câu trước lọc trùng"], by_label["Câu sau lọc trùng"]
    removed = by_label["Câu trùng đã bỏ"]
    for b, a, r in zip(before.numbers, after.numbers, removed.numbers, strict=True):
        assert b == a + r  # what the table says adds up


def test_compression_is_a_percentage_with_one_decimal_comma(seed_briefing) -> None:  # type: ignore[no-untyped-def]
    row = next(r for r in comparison_rows(seed_briefing.conferences) if r.label == "Tỷ lệ nén")
    assert all(re.fullmatch(r"\d{1,3},\d%", v or "") for v in row.values), row.values


def test_shared_figures_are_aligned_by_measure_and_each_figure_is_used_once(seed_briefing) -> None:  # type: ignore[no-untyped-def]
    rows = {r.label: r.values for r in shared_figures(seed_briefing.conferences)}
    assert rows["Tăng trưởng kinh tế"] == ("13,45%", "10%")
    used = [v for values in rows.values() for v in values if v]
    assert len(used) == len(set(used))


def test_topics_are_whole_words_not_syllable_pairs() -> None:
    texts = ["Bảo đảm quyền con người là nhiệm vụ của hội nghị."] * 3 + [
        "Hội nghị bàn về quyền con người và công tác nhân quyền."
    ] * 2
    topics = keywords(texts)
    assert {"con người", "bảo đảm", "nhân quyền"} <= set(topics)  # underthesea's words
    assert "quyền con" not in topics and "đảm quyền" not in topics


def test_a_change_is_left_out_of_the_rows_but_a_level_named_muc_is_not() -> None:
    from summarize.briefing.stats import _figures_by_label

    level = extract_facts(["Mức kinh phí hỗ trợ đạt 5 tỷ đồng."])
    change = extract_facts(["Tỷ lệ hộ nghèo giảm 1,2% so với năm trước."])
    assert {k: f.text for k, f in _figures_by_label(level).items()} == {"Kinh phí": "5 tỷ đồng"}
    assert _figures_by_label(change) == {}
