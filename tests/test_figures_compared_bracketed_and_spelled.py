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
        ("Hắn có 2 tiền án về tội chiếm đoạt tài sản.", "2 tiền án",
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
        ("Công ty bán được 2.000 xe máy.", "công ty bán"),
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


@pytest.mark.parametrize(
    ("sentence", "figure", "measure"),
    [
        # what a count counts belongs to the whole that has it ("X có/gồm N Y"), in its list too
        ("Trong đợt bầu cử này, huyện Côn Đảo có 5 đơn vị bầu cử và gần 7.000 cử tri.",
         "7.000 cử tri", "cử tri của huyện Côn Đảo"),
        ("Gia đình bà Lan gồm 5 người, 3 người lớn và 2 trẻ nhỏ.", "2 trẻ",
         "trẻ nhỏ của gia đình bà Lan"),
        ("Đến cuối năm, đội xe của hãng sẽ có hơn 300 xe buýt mới.", "300 xe buýt",
         "xe buýt mới của đội xe của hãng"),
        ("Venezuela có 17 cuộc biểu tình mỗi ngày.", "17 cuộc",
         "cuộc biểu tình mỗi ngày của Venezuela"),
        # no whole: a kind alone, a time or a place, a clause whose object has the list
        ("Huyện có 8 đơn vị bầu cử.", "8 đơn vị", "đơn vị bầu cử"),
        ("Hôm nay có 500 người tham gia biểu tình.", "500 người", "người tham gia biểu tình"),
        ("Công an thu giữ tang vật gồm 1 xe ô tô và 5 điện thoại.", "1 xe", "xe ô tô"),
    ],
)  # fmt: skip
def test_a_count_is_of_the_whole_that_has_it(sentence: str, figure: str, measure: str) -> None:
    assert label_of(sentence, figure) == measure


@pytest.mark.parametrize(
    ("sentence", "figure", "measure"),
    [
        # who does it is no part of what is counted: the annotation writes the deed and its object
        ("Công an huyện đã bắt giữ 19 đối tượng đánh bạc.", "19 đối tượng",
         "bắt giữ đối tượng đánh bạc"),
        # "tới" before a figure is "up to", not a link: the verb before it says what is counted
        ("Album 25 tiêu thụ tới 19 triệu bản trên toàn cầu.", "19 triệu bản",
         "tiêu thụ bản trên toàn cầu"),
        # "khi" (when) after a comma opens no measure
        ("Album được ghi nhận là hiện tượng, khi tiêu thụ tới 19 triệu bản trên toàn cầu.",
         "19 triệu bản", "tiêu thụ bản trên toàn cầu"),
    ],
)  # fmt: skip
def test_the_deed_not_its_doer_and_up_to(sentence: str, figure: str, measure: str) -> None:
    assert label_of(sentence, figure) == measure


def test_a_count_written_twice_in_one_sentence_counts_two_groups() -> None:
    sentence = (
        "Vụ việc làm 7 người bị thương, trong đó 3 người trong lực lượng công an, 3 người trong "
        "lực lượng thi hành án."
    )
    assert [f.label for f in extract_facts([sentence]) if f.text == "3 người"] == [
        "người trong lực lượng công an",
        "người trong lực lượng thi hành án",
    ]


def test_an_amount_said_twice_in_one_sentence_is_one_figure() -> None:
    sentence = (
        "Giám đốc nói lương kỹ sư 8-10 triệu, ông Thăng hỏi: “Lương 8-10 triệu mà làm phần mềm "
        "sao sống được?”"
    )
    assert [f.text for f in extract_facts([sentence])] == ["8-10 triệu"]


@pytest.mark.parametrize(
    ("sentence", "figure", "measure"),
    [
        # who says it is no part of what is measured
        ("Ông Long cho biết lương của ông hiện là 24 triệu đồng/tháng.", "24 triệu đồng",
         "lương của ông"),
        ("Quỹ Tiền tệ Quốc tế cho biết tỷ lệ thất nghiệp năm nay là 17%.", "17%",
         "tỷ lệ thất nghiệp năm nay"),
        # "nói trên" (aforementioned) says nothing
        ("Một vụ nổ khác tại trại huấn luyện nói trên làm 4 binh lính thiệt mạng.", "4 binh lính",
         "một vụ nổ khác tại trại huấn luyện nói trên làm binh lính thiệt mạng"),
    ],
)  # fmt: skip
def test_who_says_a_figure_is_no_part_of_its_measure(
    sentence: str, figure: str, measure: str
) -> None:
    assert label_of(sentence, figure) == measure
