"""A count of one whose noun runs straight into another figure is "một" written as a digit: the
figure after it says how much ("bắn hết 1 băng đạn 6 viên" counts 6 bullets, not 1 magazine).
Rule N4, stop 41, read off the false figures of all four dev batches (bench/README.md)."""

from __future__ import annotations

import pytest

from summarize.briefing.facts import extract_facts


@pytest.mark.parametrize(
    ("sentence", "figures"),
    [
        ("Hoàn rút súng bắn hết 1 băng đạn 6 viên làm ông Trí gục tại chỗ.", ["6 viên"]),
        ("Ngân hàng cũng đã trao tặng mỗi em 1 sổ tiết kiệm 2 triệu đồng.", ["2 triệu đồng"]),
        ("Dự án bao gồm 1 tòa nhà 15 tầng.", ["15 tầng"]),
        ("Thế chuẩn bị 1 tờ tiền mệnh giá 20.000 đồng để làm tẩu hút.", ["20.000 đồng"]),
    ],
)
def test_a_count_of_one_sized_by_the_next_figure_is_no_figure(
    sentence: str, figures: list[str]
) -> None:
    assert [f.text for f in extract_facts([sentence])] == figures


@pytest.mark.parametrize(
    ("sentence", "figures"),
    [
        # alone, a count of one is a figure
        ("Lê Việt Hoàn có 1 tiền án về tội cướp giật tài sản.", ["1 tiền án"]),
        # a place, a time or an age after its noun: the next number does not size it
        # (what someone has: a lone "1" after a verb or a preposition is "một", stop 44's rule L1)
        ("Băng nhóm có 1 địa điểm trong 2 lần giao hàng.", ["1 địa điểm", "2 lần"]),
        ("Gia đình có 1 người 25 tuổi.", ["1 người"]),
        # a comma or a colon ends the noun
        ("Thu giữ 1 xe máy, 2 điện thoại.", ["1 xe máy", "2 điện thoại"]),
    ],
)
def test_a_count_of_one_alone_or_before_another_phrase_stays(
    sentence: str, figures: list[str]
) -> None:
    assert [f.text for f in extract_facts([sentence])] == figures
