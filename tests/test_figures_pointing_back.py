"""A count whose noun a demonstrative closes points back to a group already counted ("2 kẻ
này", "2 cô gái kia"): no figure of its own. Read off the s9 and s10 batches' false figures,
kept only where no dev batch lost (bench/README.md, stop 39)."""

from __future__ import annotations

import pytest

from summarize.briefing.facts import extract_facts


@pytest.mark.parametrize(
    "sentence",
    [
        "Các trinh sát theo dõi cho đến khi 2 kẻ này vào một quán cà phê ven đường.",
        "Sau khi 2 cô gái kia đến, cả nhóm cùng rời khỏi quán.",
        "Nhà trường dành tặng bằng khen cho 2 thiếu niên dũng cảm này.",
        "Cơ quan điều tra đã triệu tập 3 cầu thủ nói trên để lấy lời khai.",
        # "trên" closing the noun at a clause's end or before its verb: the ones named above
        # (rule N1, stop 41, read off s8's and s9's false figures)
        "Tại đây, 5 kẻ trên đã cùng nhau mang thi thể vứt lại hiện trường.",
        "Cả hai chính phủ chưa đưa ra bình luận nào về 2 vụ tấn công trên.",
    ],
)
def test_a_count_closed_by_a_demonstrative_is_no_figure(sentence: str) -> None:
    assert [f.text for f in extract_facts([sentence]) if f.kind == "count"] == []


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        # the demonstrative closes an owner after the counted noun: the count is new
        ("Hiện có 12.000 công nhân nước này làm việc tại khu công nghiệp.", "12.000 công nhân"),
        # "đó là" is a copula, and "trong đó" opens the next clause
        ("Tòa soạn nhận được 9.500 ý kiến đó là những góp ý ngắn gọn.", "9.500 ý kiến"),
        ("Đoàn có 15 nước trong đó có 10 nước ASEAN.", "15 nước"),
        # "trên" before a noun is "on": the count is new
        ("Có 3 người trên xe bị thương.", "3 người"),
    ],
)
def test_an_owner_a_copula_or_a_next_clause_is_no_pointing_back(sentence: str, figure: str) -> None:
    assert figure in [f.text for f in extract_facts([sentence])]
