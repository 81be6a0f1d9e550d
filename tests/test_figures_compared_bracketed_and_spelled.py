"""Figures whose measure is compared, restated in brackets, raised from an old level, opened by a
sentence adverb or by a body's name, and counts written with English thousands commas."""

from __future__ import annotations

import pytest

from summarize.briefing.facts import extract_facts


def label_of(sentence: str, figure: str) -> str | None:
    return next(f for f in extract_facts([sentence]) if f.text == figure).label


@pytest.mark.parametrize(
    ("sentence", "figure", "measure"),
    [
        # "so với" is no clause border: the shortfall is measured against the estimate
        ("Thu ngân sách năm nay hụt so với dự toán khoảng 50.000 tỷ đồng.", "50.000 tỷ đồng",
         "thu ngân sách năm nay hụt so với dự toán"),
        # a bracket that says "(bằng X%)" sizes the phrase before it, comparison included
        ("Số thu tiền sử dụng đất giảm so với năm trước (bằng 85%).", "85%",
         "số thu tiền sử dụng đất giảm so với năm trước"),
        # a crime "chiếm đoạt" (to appropriate) is no share ("chiếm" X%)
        ("Đối tượng có 2 tiền án về tội chiếm đoạt tài sản.", "2 tiền án",
         "tiền án về tội chiếm đoạt tài sản"),
        # "đến nay" (until now) is no "đến" (up to) that ends what is counted
        ("Lũ làm hư hại 200 ngôi nhà, trong đó có 30 hộ đến nay chưa được hỗ trợ.", "30 hộ",
         "hộ đến nay chưa được hỗ trợ"),
    ],
)  # fmt: skip
def test_a_comparison_a_bracketed_share_and_words_that_only_look_like_borders(
    sentence: str, figure: str, measure: str
) -> None:
    assert label_of(sentence, figure) == measure


@pytest.mark.parametrize(
    ("sentence", "figure", "measure"),
    [
        # a sentence adverb before the comma says nothing of what the amount is
        ("Đặc biệt, hơn 2.000 tỷ đồng là nợ thuế thu nhập doanh nghiệp.", "2.000 tỷ đồng",
         "nợ thuế thu nhập doanh nghiệp"),
        ("Mặt khác, khoảng 40% là vốn vay ngân hàng.", "40%", "vốn vay ngân hàng"),
    ],
)  # fmt: skip
def test_a_sentence_adverb_opens_no_measure(sentence: str, figure: str, measure: str) -> None:
    assert label_of(sentence, figure) == measure


def test_a_new_level_after_lien_shares_the_old_level_s_measure() -> None:
    sentence = "Quốc hội quyết định nâng mức bội chi từ 4,8% GDP lên 5,3% GDP."
    measure = "Quốc hội quyết định nâng mức bội chi"
    assert label_of(sentence, "5,3%") == label_of(sentence, "4,8%") == measure


def test_an_amount_in_brackets_after_a_share_of_gdp_says_the_same() -> None:
    sentence = "Chính phủ đề nghị nâng bội chi lên 5% GDP (khoảng 8 tỷ USD) trong năm tới."
    measure = "Chính phủ đề nghị nâng bội chi"
    assert label_of(sentence, "8 tỷ USD") == label_of(sentence, "5%") == measure


@pytest.mark.parametrize(
    ("sentence", "opening"),
    [
        # a body's kind and its capitalised name, or a national body named alone
        ("Tổng cục Thuế đã thu 300 tỷ đồng.", "Tổng cục Thuế đã thu"),
        ("Chính phủ đã chi 500 tỷ đồng cho dự án.", "Chính phủ đã chi"),
        # a kind alone at the sentence's start is no name
        ("Công ty đã bán 2.000 xe máy.", "công ty đã bán"),
    ],
)
def test_a_measure_opened_by_a_body_s_name_keeps_its_capital(sentence: str, opening: str) -> None:
    (fact,) = extract_facts([sentence])
    assert fact.label is not None and fact.label.startswith(opening)


@pytest.mark.parametrize(
    ("sentence", "figure", "value"),
    [
        # English thousands commas in a count of things: no one counts 1.7 flats
        ("Chủ đầu tư đã bán được 1,700 căn.", "1,700 căn", 1700.0),
        ("Hội nghị có 2,500 đại biểu tham dự.", "2,500 đại biểu", 2500.0),
        # a Vietnamese decimal comma stays: a scale word, a size, one or two decimals
        ("Hãng đã bán 1,5 triệu xe.", "1,5 triệu xe", 1.5),
        ("Cảng đã nhập 2,500 tấn thép.", "2,500 tấn", 2.5),
        ("Dự án có 3,25 km đường.", "3,25 km", 3.25),
    ],
)
def test_a_count_written_with_thousands_commas_is_valued_in_thousands(
    sentence: str, figure: str, value: float
) -> None:
    assert next(f for f in extract_facts([sentence]) if f.text == figure).value == value
