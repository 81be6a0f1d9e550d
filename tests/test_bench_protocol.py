"""The two equal-length protocols of bench/quality.py: "cut" (every system may cross the budget
by its last sentence, the scorer cuts) and "whole" (every system held to whole sentences)."""

from __future__ import annotations

from bench import peers, quality
from bench.rouge import syllable_count
from bench.shapes import SHAPES

ARTICLE = (
    "Sáng 2/11, tại Hà Nội, Bộ Tài chính tổ chức hội nghị tổng kết công tác năm 2023. "
    "Hội nghị có sự tham dự của đại biểu các sở, ngành và doanh nghiệp trên cả nước. "
    "Thu ngân sách tăng 13,45% so với cùng kỳ, đạt 33.000 tỷ đồng."
)


def test_whole_keeps_the_sentences_that_fit_in_their_order_and_overruns_only_when_none_fits() -> (
    None
):
    first, second, third = peers.whole([ARTICLE], 10_000, shortest=10)
    assert first.startswith("Sáng 2/11") and third.startswith("Thu ngân sách")
    budget = syllable_count(first) + syllable_count(second)
    assert peers.whole([ARTICLE], budget, shortest=10) == [first, second]
    short = syllable_count(third)
    assert syllable_count(first) > short
    # a sentence that does not fit is skipped; a later one that fits is kept
    assert peers.whole([first, third], short, shortest=short) == [third]
    assert peers.whole([first], short, shortest=short) == [], (
        "nothing of the summary fits while the text has a sentence that does: nothing"
    )
    assert peers.whole([ARTICLE], 5, shortest=10) == [first], "no sentence fits: the first, cut"


def test_each_protocol_has_its_own_rows_and_the_ilp_one_row_for_both() -> None:
    shape = SHAPES["vims-article-40"]
    cut, whole = quality.system_names(shape, "cut"), quality.system_names(shape, "whole")
    assert "lead" in cut and "lead-whole" in whole and "lead" not in whole
    assert "ilp" in cut and "ilp" in whole
    assert quality.ours_rows("whole") == (
        quality.ours() + quality.WHOLE,
        quality.ours() + quality.LOCO + quality.WHOLE,
    )


def test_ours_fills_the_budget_in_the_cut_protocol_and_keeps_the_contract_in_whole() -> None:
    item = {"id": "x", "documents": [{"id": "1", "title": "Hội nghị", "text": ARTICLE}]}
    budget = syllable_count(ARTICLE) - 3  # the whole text does not fit
    filled = quality.ours_system("learned", None, fill=True)(item, budget)
    shipped = quality.ours_system("learned", None)(item, budget)
    assert sum(map(syllable_count, filled)) >= budget > sum(map(syllable_count, shipped))
