"""Figures that are an attribute of something named before them ("với giá", "trị giá"), read
off the s8 half's errors and kept only where the dev-115 half did not lose."""

from __future__ import annotations

import pytest

from summarize.briefing.facts import extract_facts


def label_of(sentence: str, figure: str) -> str | None:
    return next(f for f in extract_facts([sentence]) if f.text == figure).label


@pytest.mark.parametrize(
    ("sentence", "figure", "measure"),
    [
        # "với <attribute> N": the attribute of what the clause before names, its doer dropped
        ("Hai công ty đã ký hợp đồng xây dựng cầu Rạch Miễu với tổng giá trị hơn 900 tỷ đồng.",
         "900 tỷ đồng", "tổng giá trị ký hợp đồng xây dựng cầu Rạch Miễu"),
        ("Công ty đã khánh thành tuyến cáp quang biển mới với chiều dài 1.200 km.", "1.200 km",
         "chiều dài khánh thành tuyến cáp quang biển mới"),
        # after a comma too
        ("Ông Hùng đã bán lô đất ở Long An, với giá 2 tỷ đồng.", "2 tỷ đồng",
         "giá bán lô đất ở Long An"),
        # "X trị giá N": the value of X; a count's number in X is dropped
        ("Hãng đã đặt mua 20 tàu cá vỏ thép trị giá 300 tỷ đồng.", "300 tỷ đồng",
         "trị giá đặt mua tàu cá vỏ thép"),
    ],
)  # fmt: skip
def test_an_amount_or_size_is_the_attribute_of_what_comes_before(
    sentence: str, figure: str, measure: str
) -> None:
    assert label_of(sentence, figure) == measure


def test_a_change_said_by_its_attribute_is_not_said_twice() -> None:
    sentence = "Giá điện bình quân năm nay cao hơn năm trước, với mức tăng 8,4%."
    assert label_of(sentence, "8,4%") == "mức tăng giá điện bình quân năm nay cao hơn năm trước"


def test_an_attribute_after_a_share_takes_no_owner_with_a_figure_in_it() -> None:
    # the clause before holds a share: no owner is read from it ("mức tăng 5%" was)
    sentence = "Trong đó giá thực phẩm tăng 2,5% với mức tăng 3.000 đồng mỗi kg."
    assert "5%" not in (label_of(sentence, "3.000 đồng") or "")


def test_a_tense_word_that_ends_the_clause_is_no_tense() -> None:
    # "mới" (new) after a noun: the doer before "đã" still goes
    sentence = "Công ty đã khánh thành tuyến cáp quang biển mới với chiều dài 1.200 km."
    assert label_of(sentence, "1.200 km") == "chiều dài khánh thành tuyến cáp quang biển mới"


def test_together_with_is_no_attribute() -> None:
    sentence = "Đội bóng cùng với giá vé 50.000 đồng đã thu hút khán giả."
    assert "giá vé" in (label_of(sentence, "50.000 đồng") or "")
