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


def test_a_kind_written_again_after_the_position_opens_the_body_once() -> None:
    sentence = "Niê Thuật, Phó trưởng ban Ban Chỉ đạo Tây Nguyên cho biết."
    assert extract_organisations([sentence]) == ("Ban Chỉ đạo Tây Nguyên",)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # underthesea gives "Uỷ" back as "Ủy": the word was lost, "Uỷ ban" read as no kind
        (
            "Ông Lý, nguyên chủ nhiệm Uỷ ban Pháp luật của Quốc hội phát biểu.",
            "Uỷ ban Pháp luật của Quốc hội",
        ),
        ("Uỷ ban Kinh tế của Quốc hội họp phiên toàn thể.", "Uỷ ban Kinh tế của Quốc hội"),
    ],
)
def test_a_body_spelt_with_the_old_tone_placement_is_read(sentence: str, name: str) -> None:
    assert extract_organisations([sentence]) == (name,)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # a caption's credit glued by its dot to the body's last word
        (
            "Làm thủ tục thuế tại Chi cục Thuế Hai Bà Trưng.Ảnh: Ánh Tâm",
            "Chi cục Thuế Hai Bà Trưng",
        ),
        # "TP.HCM" is a city like "Hà Nội": a lower-case noun after it is no part of the name
        ("UBND TP.HCM chiều nay đã họp.", "UBND TP.HCM"),
        ("Công an TPHCM sáng nay cho biết.", "Công an TPHCM"),
    ],
)
def test_a_body_ends_where_its_name_does(sentence: str, name: str) -> None:
    assert extract_organisations([sentence]) == (name,)


def test_a_kind_of_body_after_a_position_is_no_brand() -> None:
    sentence = "Ông Nguyễn Văn An, Chủ tịch UBND xã Hợp Tiến, huyện Mỹ Đức, cho biết."
    assert extract_organisations([sentence]) == ("UBND xã Hợp Tiến",)


def test_an_acronym_after_a_position_is_no_brand() -> None:
    assert extract_organisations(["Ông Nguyễn Văn An, Chủ tịch QH cho biết."]) == ()
