"""The readability counter (bench/readability.py): each flag on an example, none on a plain lead."""

from __future__ import annotations

import pytest

from bench.readability import Flag, count, flags, within


@pytest.mark.parametrize(
    ("sentence", "flag"),
    [
        ("Sau đó, đoàn đến thăm nhà máy.", Flag.CONNECTIVE),
        ("Tuy nhiên, kết quả còn hạn chế.", Flag.CONNECTIVE),
        ("Công ty trên đã bị xử phạt 50 triệu đồng.", Flag.REFERENCE),
        ("Trong buổi làm việc này, đoàn đã kiểm tra hồ sơ.", Flag.REFERENCE),
        ("Ông cho biết sẽ tiếp tục theo dõi.", Flag.REFERENCE),
        ("“Chúng tôi sẽ làm đến cùng.”", Flag.QUOTE),
        ("Người biểu tình tại thủ đô - Ảnh: AFP Theo AFP, họ sẽ tuần hành ba ngày.", Flag.CAPTION),
        ("Nguồn: Bộ Tài chính.", Flag.CAPTION),
        ("Kết quả đáng khích lệ", Flag.HEADING),
    ],
)
def test_each_kind_of_sentence_that_cannot_stand_alone_is_flagged(
    sentence: str, flag: Flag
) -> None:
    assert flag in flags(sentence, [])


@pytest.mark.parametrize(
    "sentence",
    [
        "Sáng 12/3, UBND tỉnh Bắc Giang tổ chức hội nghị tổng kết công tác năm 2023.",
        "“Chúng tôi sẽ làm đến cùng” - ông Nguyễn Văn Nam, Giám đốc Sở, khẳng định.",
        "Ông Nguyễn Văn Nam cho biết tỉnh sẽ tiếp tục theo dõi.",
        "Năm nay, tỉnh đạt 13,45% tăng trưởng.",
    ],
)
def test_a_sentence_that_stands_alone_is_not_flagged(sentence: str) -> None:
    assert flags(sentence, []) == set()


def test_a_bare_pronoun_is_fine_once_the_summary_has_named_someone() -> None:
    named = ["Ông Nguyễn Văn Nam, Giám đốc Sở Tài chính, chủ trì hội nghị."]
    assert Flag.REFERENCE not in flags("Ông cho biết sẽ tiếp tục theo dõi.", named)


def test_count_gives_each_flag_and_sentences_with_any_once() -> None:
    summaries = [
        ["Tuy nhiên, công ty trên chưa nộp phạt.", "Hội nghị diễn ra tại Hà Nội."],
        ["Ảnh: TTXVN"],
    ]
    counts, total = count(summaries, [["Hội nghị diễn ra tại Hà Nội."], ["Ảnh: TTXVN"]])
    assert total == 3
    assert counts[Flag.CONNECTIVE] == counts[Flag.REFERENCE] == counts[Flag.CAPTION] == 1
    assert counts["any"] == 2


def test_within_keeps_what_a_reader_sees_once_the_summary_is_cut() -> None:
    assert within(["một hai ba", "bốn năm", "sáu"], 4) == ["một hai ba", "bốn năm"]


def test_a_connective_right_after_the_sentence_it_points_to_reads_fine() -> None:
    article = "Tỉnh đạt nhiều kết quả trong năm 2023. Tuy nhiên, công tác phòng cháy còn hạn chế."
    first, second = (
        "Tỉnh đạt nhiều kết quả trong năm 2023.",
        "Tuy nhiên, công tác phòng cháy còn hạn chế.",
    )
    counts, _ = count([[first, second]], [[article]])
    assert counts["any"] == 0
    counts, _ = count([[second]], [[article]])
    assert counts[Flag.CONNECTIVE] == 1


def test_a_connective_right_after_an_opening_quoted_without_its_connective_reads_fine() -> None:
    # segment.py quotes "Trước đó, chiều 20-4, …" as "Chiều 20-4, …": still the sentence before.
    article = "Trước đó, chiều 20-4, hai em cứu được 5 nữ sinh. Theo đó, cả hai được khen thưởng."
    summary = ["Chiều 20-4, hai em cứu được 5 nữ sinh.", "Theo đó, cả hai được khen thưởng."]
    assert count([summary], [[article]])[0]["any"] == 0


def test_a_sentence_a_photo_credit_follows_in_its_paragraph_is_counted_as_a_caption() -> None:
    caption = "Các đại biểu tại buổi làm việc."
    article = f"Chiều 22/10, đoàn đến thăm thành phố.\n{caption} (Ảnh: TTXVN) Hai bên trao đổi."
    counts, total = count([[caption]], [[article]])
    assert (counts[Flag.CAPTION], total) == (1, 1)
    # the same words ending a paragraph, or before a source that is not a photo's: prose
    for text in (f"{caption}\nẢnh: TTXVN", f"{caption} Nguồn: Bộ Ngoại giao."):
        assert count([[caption]], [[text]])[0][Flag.CAPTION] == 0
