"""A figure said again is one figure whatever the spelling of its words (read off s10's "1 tỷ
USD | trị giá thỏa thuận", a repeat of "1 tỉ USD" that was kept twice; bench/README.md, stop 39)."""

from __future__ import annotations

from summarize.briefing.facts import extract_facts


def test_a_figure_said_again_in_another_spelling_is_one_figure() -> None:
    """ "tỉ" and "tỷ", "ngàn" and "nghìn" are one word."""
    sentences = [
        "Apple đã rót vào công ty này khoản đầu tư 1 tỉ USD.",
        "Kết quả là, thỏa thuận trị giá 1 tỷ USD được ký kết chỉ 22 ngày sau đó.",
        "Hãng có 5 ngàn nhân viên.",
        "Đến nay 5 nghìn nhân viên của hãng đã được đào tạo.",
    ]
    texts = [f.text for f in extract_facts(sentences)]
    assert texts == ["1 tỉ USD", "5 ngàn nhân viên"]


def test_an_amount_or_a_share_written_twice_in_one_sentence_names_two_things() -> None:
    """Rule N2 (stop 41, read off s8's and s10's missed figures): as a count written twice in one
    sentence counts two groups, so do an amount and a share; a bare scale said twice there is
    still one ("lương kỹ sư 8-10 triệu …: “Lương 8-10 triệu mà …”")."""
    shares = extract_facts(
        ["Số liệu cho thấy, 20% nhóm giàu được hưởng phúc lợi nhiều hơn so với 20% nhóm nghèo."]
    )
    assert [f.label for f in shares] == ["nhóm giàu được hưởng phúc lợi nhiều", "nhóm nghèo"]
    amounts = extract_facts(
        ["Cụ thể: Tùng đã nhận và chiếm đoạt 2,9 tỷ đồng; Giang đã nhận và chiếm đoạt 2,9 tỷ đồng."]
    )
    assert [f.text for f in amounts] == ["2,9 tỷ đồng", "2,9 tỷ đồng"]
    scale = extract_facts(
        ["Nghe lương kỹ sư 8-10 triệu mỗi tháng, ông cho rằng: “Lương 8-10 triệu mà sống sao”."]
    )
    assert [f.text for f in scale] == ["8-10 triệu"]
