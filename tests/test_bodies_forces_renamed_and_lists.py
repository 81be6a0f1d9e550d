"""Bodies on dev's organisation errors, session 8: a force named by its kind alone, a body under
its earlier and later names, and the kinds of locality a body's name may end with
(bench/README.md, "Session 8, bodies")."""

from __future__ import annotations

import pytest

from summarize.briefing.organisations import extract_organisations


@pytest.mark.parametrize(
    "sentence",
    [
        "Lúc này, lực lượng Công an đã can thiệp kịp thời.",
        "Đối với Hà Giang và Sơn La, Bộ giao cho Công an địa phương thụ lý.",
    ],
)
def test_a_force_named_by_its_kind_alone_is_no_body(sentence: str) -> None:
    assert extract_organisations([sentence]) == ()


def test_a_force_named_with_its_locality_is_one() -> None:
    sentence = "Thiếu tá Bình, cảnh sát khu vực Công an thị trấn Tân Túc, làm nhiệm vụ tại toà."
    assert extract_organisations([sentence]) == ("Công an thị trấn Tân Túc",)


@pytest.mark.parametrize(
    "sentence",
    [
        "Gây thất thoát tại ngân hàng TMCP Xây dựng Việt Nam – VNCB (trước đó là ngân hàng TMCP "
        "Đại Tín – TrustBank, và nay là ngân hàng TNHH MTV Xây dựng Việt Nam – CB).",
        "Công ty Thiên Mã (nay là Ngân hàng Đông Á) ký hợp đồng.",
    ],
)
def test_a_body_under_its_successive_names_is_one(sentence: str) -> None:
    assert len(extract_organisations([sentence])) == 1


def test_two_bodies_side_by_side_stay_two() -> None:
    sentence = "Công ty Thiên Mã và Ngân hàng Đông Á ký hợp đồng."
    assert len(extract_organisations([sentence])) == 2


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # "Viện kiểm sát", not "Viện" then a lower-case word that ends the name
        (
            "Viện kiểm sát nhân dân tỉnh Nghệ An đề nghị mức án.",
            "Viện kiểm sát nhân dân tỉnh Nghệ An",
        ),
        # "đại diện của" and "ký kết", not "đại diện" and "ký": a brand acting twice
        ("Đại diện của Vietjet, bà Hiền cho biết Vietjet ký kết hợp đồng.", "Vietjet"),
    ],
)
def test_the_longest_listed_phrase_is_read(sentence: str, name: str) -> None:
    assert name in extract_organisations([sentence])


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Bà Nguyễn Thị Phương Thảo, Tổng giám đốc Vietjet và ông Ray Conner đã ký.", "Vietjet"),
        ("Chủ tịch Suzuki - ông Osamu Suzuki vừa phải cúi đầu xin lỗi.", "Suzuki"),
        ("Tổng giám đốc Vietjet Nguyễn Thị Phương Thảo cho biết.", "Vietjet"),
    ],
)
def test_a_brand_a_position_names_beside_its_holder_is_a_body(sentence: str, name: str) -> None:
    assert name in extract_organisations([sentence])


@pytest.mark.parametrize(
    "sentence",
    [
        "Chiều 5/11, tại Hà Nội, ca sỹ Aslan đã tổ chức họp báo.",  # a place before the comma
        "Ngoại trưởng Kerry cho biết như vậy.",  # the holder's own name
        "CEO Tim Cook cho biết như vậy.",
    ],
)
def test_a_foreign_holder_after_a_position_is_no_body(sentence: str) -> None:
    assert extract_organisations([sentence]) == ()
