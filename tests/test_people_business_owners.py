"""An owner of a business, said after a name's comma or dash, is that person's role (a real page,
tuoitre.vn, on the price of imported flowers before 8 March)."""

from __future__ import annotations

import pytest

from summarize.briefing.people import extract_people


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        (
            "Ông Phạm Hoàng Thái Dương, chủ shop Hoa Yêu Thương (TP.HCM), cho biết hoa hồng "
            "đang trở nên đắt đỏ.",
            "chủ shop Hoa Yêu Thương (TP.HCM)",
        ),
        (
            "Theo ông Nguyễn Minh - chủ thương hiệu Happy Flower, giá hoa nhập khẩu năm nay tăng "
            "đáng kể.",
            "chủ thương hiệu Happy Flower",
        ),
        (
            "Ông Lâm Phương Toàn, chủ một cửa hàng hoa, cho biết cửa hàng chỉ nhập một lượng nhỏ "
            "hoa tươi.",
            "chủ một cửa hàng hoa",
        ),
    ],
)
def test_an_owner_after_the_comma_or_dash_is_the_role(sentence: str, role: str) -> None:
    (owner,) = extract_people([sentence])
    assert owner.role == role
