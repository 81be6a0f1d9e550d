"""A measure never ends on a word that joins it to what follows ("và", "hoặc", "cùng", "ở"), unless
underthesea reads that word as the end of a longer one ("cuối cùng") (read off s9's "phim đã thu
về 2,6 triệu USD nội địa và tổng 22,9 triệu USD" -> "nội địa và"; bench/README.md, stop 42)."""

from __future__ import annotations

from summarize.briefing.facts import extract_facts


def _labels(sentence: str) -> dict[str, str | None]:
    return {f.text: f.label for f in extract_facts([sentence])}


def test_a_measure_before_the_figure_does_not_end_on_va() -> None:
    """ "tăng 1,5% so với tháng trước và tăng 17,9% …": the rise over last month, no "và"."""
    sentence = "Tổng mức bán lẻ tăng 1,5% so với tháng trước và tăng 17,9% so với cùng kỳ."
    assert _labels(sentence)["17,9%"] == "mức tăng so với tháng trước"


def test_a_measure_does_not_end_on_o() -> None:
    """ "nhóm giao thông tăng cao nhất ở mức 2,39%": no "ở" left over."""
    sentence = "Trong 11 nhóm hàng, nhóm giao thông tăng cao nhất ở mức 2,39%."
    assert _labels(sentence)["2,39%"] == "nhóm giao thông tăng cao nhất"


def test_a_subject_count_does_not_end_on_vua_cung() -> None:
    """ "2 đối tượng khai nhận vừa cùng 2 đồng bọn …": what they admitted, no "vừa cùng"."""
    sentence = "Khai thác nhanh, 2 đối tượng khai nhận vừa cùng 2 đồng bọn khác cắt hàng rào."
    assert _labels(sentence)["2 đối tượng"] == "đối tượng khai nhận"


def test_a_word_that_ends_a_longer_one_stays() -> None:
    """ "chốt ở mức giá cuối cùng là 300 triệu đồng": "cuối cùng" is one word."""
    sentence = "Nhóm bắt cóc chốt ở mức giá cuối cùng là 300 triệu đồng."
    assert (_labels(sentence)["300 triệu đồng"] or "").endswith("cuối cùng")
