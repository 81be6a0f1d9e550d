"""A kind of body inside a subject of study or a project's name opens no body (G1, J1, stop 42),
and a cooperative's or company's trade runs on in lower case, verbs included, to its name (H1)."""

from __future__ import annotations

import pytest

from summarize.briefing.organisations import extract_organisations


def test_a_kind_in_a_subject_of_study_opens_no_body() -> None:
    sentence = (
        "Đó là tâm tư của PGS-TS Nguyễn Đăng Dờn, Trưởng khoa Tài chính Ngân hàng Trường ĐH Hùng "
        "Vương TP.HCM gửi đến các cấp có thẩm quyền."
    )
    assert extract_organisations([sentence]) == ("Trường ĐH Hùng Vương TP.HCM",)


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        (
            "Sáng nay, bà đã ra Hợp tác xã Dịch vụ sản xuất Nông nghiệp Triều Khúc để xem hóa đơn.",
            "Hợp tác xã Dịch vụ sản xuất Nông nghiệp Triều Khúc",
        ),
        (
            "Chúng tôi liên lạc với ông Nhã, Chủ nhiệm HTX Dịch vụ sản xuất nông nghiệp Triều Khúc.",
            "HTX Dịch vụ sản xuất nông nghiệp Triều Khúc",
        ),
    ],
)
def test_a_trade_in_lower_case_after_a_capitalised_one_goes_on_the_name(
    sentence: str, body: str
) -> None:
    assert extract_organisations([sentence]) == (body,)


def test_a_verb_that_is_no_trade_still_ends_the_name() -> None:
    assert extract_organisations(["Tập đoàn Đầu tư mua lại Fivimart."]) == ("Tập đoàn Đầu tư",)


def test_an_acronym_and_the_name_it_shortens_are_one_body_whatever_the_case_after_it() -> None:
    sentences = [
        "Sáng nay, bà đã ra Hợp tác xã Dịch vụ sản xuất Nông nghiệp Triều Khúc để xem hóa đơn.",
        "Chúng tôi liên lạc với ông Nhã, Chủ nhiệm HTX Dịch vụ sản xuất nông nghiệp Triều Khúc.",
    ]
    assert len(extract_organisations(sentences)) == 1, extract_organisations(sentences)


def test_a_kind_inside_a_projects_name_is_the_facility_no_body() -> None:
    # J1, stop 42
    sentence = (
        "Tập đoàn Hoa Sen đã tổ chức lễ khởi công Dự án Khu Trung tâm Thương mại, Dịch vụ, Khách "
        "sạn, Nhà hàng và Tổ chức sự kiện Hoa Sen Yên Bái trước sự chứng kiến của lãnh đạo tỉnh."
    )
    assert extract_organisations([sentence]) == ("Tập đoàn Hoa Sen",)


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        ("Dự án do Tập đoàn Vingroup làm chủ đầu tư.", "Tập đoàn Vingroup"),
        (
            "UBTVQH chỉ đạo Ban soạn thảo dự án, Ủy ban Pháp luật nghiên cứu, tiếp thu ý kiến.",
            "Ủy ban Pháp luật",
        ),
    ],
)
def test_a_body_outside_a_projects_name_stays(sentence: str, body: str) -> None:
    assert body in extract_organisations([sentence])
