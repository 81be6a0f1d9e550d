"""An amount measured only by what is done with it reads as the money it is (read off s10's "Chi
lãi ngoài 437 tỷ đồng" and s9's "nộp phạt 15 triệu đồng", where the gold writes "tiền bị cáo Bình
chi lãi ngoài", "tiền phạt Đình Luật"; bench/README.md, stop 40)."""

from __future__ import annotations

from summarize.briefing.facts import extract_facts


def _measure(sentence: str, figure: str) -> str | None:
    return next(f.measure for f in extract_facts([sentence]) if f.text == figure)


def test_money_spent_paid_or_taken_is_money() -> None:
    """ "chi", "nộp phạt", "gây thất thoát" say what happens to the money: the measure names it."""
    spent = (
        "Cụ thể, bị cáo Bình mua hơn 74.000 cổ phần; Chi lãi ngoài 437 tỷ đồng và 650 lượng vàng."
    )
    assert _measure(spent, "437 tỷ đồng") == "tiền chi lãi ngoài"
    fined = "Theo đó, trung vệ phải nghỉ thi đấu ba trận, nộp phạt 15 triệu đồng."
    assert _measure(fined, "15 triệu đồng") == "tiền nộp phạt"
    lost = "Tòa sẽ xét xử 4 đồng phạm về tội thiếu trách nhiệm, gây thất thoát hơn 15.000 tỷ đồng."
    assert _measure(lost, "15.000 tỷ đồng") == "tiền gây thất thoát"


def test_a_measure_that_names_the_money_or_opens_on_a_noun_is_kept() -> None:
    """A money noun already there ("nộp tiền phạt") stays; a noun that pos_tag reads as a verb
    ("kim ngạch") is no verb of money (M1, by part of speech, wrote "tiền kim ngạch")."""
    fined = "Theo đó, trung vệ phải nghỉ ba trận, nộp tiền phạt 15 triệu đồng."
    assert _measure(fined, "15 triệu đồng") == "nộp tiền phạt"
    trade = "Năm 2015, kim ngạch thương mại hai nước đạt 11 tỷ USD."
    assert _measure(trade, "11 tỷ USD") == "kim ngạch thương mại hai nước"
