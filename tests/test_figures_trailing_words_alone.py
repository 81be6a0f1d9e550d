"""The words after a figure lose a link, a joining word or "trị giá" at their end only where it is a
word of its own as underthesea reads it (stop 43, rule G2, read off s8's "giải Grammy danh | 8
giải": "danh giá" cut in two); bench/README.md, stop 43."""

from __future__ import annotations

from summarize.briefing.facts import extract_facts


def _labels(sentence: str) -> dict[str, str | None]:
    return {f.text: f.label for f in extract_facts([sentence])}


def test_the_end_of_a_longer_word_stays() -> None:
    assert (
        _labels("Adele giành 8 giải Grammy danh giá.")["8 giải"]
        == "Adele giành giải Grammy danh giá"
    )
    assert _labels("Năm nay có 5 doanh nghiệp có lợi nhuận gia tăng.")["5 doanh nghiệp"] == (
        "doanh nghiệp có lợi nhuận gia tăng"
    )


def test_worth_still_goes_as_a_pair() -> None:
    assert _labels("Ông bán 4 đồng hồ trị giá 2 tỷ đồng.")["4 đồng hồ"] == "ông bán đồng hồ"
