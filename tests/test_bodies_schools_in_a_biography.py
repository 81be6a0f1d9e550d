"""A school named for a person's degree, or for a student's year or class, is that person's
background (convention O6), not a party to what the article reports (rule S2, stop 41)."""

from __future__ import annotations

import pytest

from summarize.briefing.organisations import extract_organisations


@pytest.mark.parametrize(
    "sentence",
    [
        "Jean Liu sinh năm 1978, là cử nhân Đại học Bắc Kinh, thạc sỹ Đại học Harvard ngành Khoa "
        "học máy tính.",
        "Sau 8 tháng học tiếng Việt và tốt nghiệp trường Đại học Khoa học, Xã hội và Nhân văn "
        "thành phố Hồ Chí Minh, Aslan đã ra Hà Nội làm phiên dịch.",
        "Mai Hàn cho biết: 'Hiện tại, tôi đang là sinh viên năm 2 của trường Sân khấu Điện ảnh.",
        "Chiều 20/4, 7 nữ sinh lớp 7 trường THCS Nguyễn Du (xã Cam Phước Đông) tới bờ đê để chơi.",
    ],
)
def test_a_school_in_a_person_s_background_is_no_party(sentence: str) -> None:
    assert extract_organisations([sentence]) == ()


@pytest.mark.parametrize(
    ("sentences", "school"),
    [
        # students taking part for their school: the school is named as a party
        (["Diễn viên tọa đàm cùng hơn 500 sinh viên trường Đại học Thăng Long."],
         "Trường Đại học Thăng Long"),
        # a school named elsewhere as an actor stays listed
        (["Bà là cử nhân Đại học Bắc Kinh.", "Đại học Bắc Kinh ký kết hợp tác với đối tác."],
         "Đại học Bắc Kinh"),
    ],
)  # fmt: skip
def test_a_school_that_takes_part_is_still_listed(sentences: list[str], school: str) -> None:
    assert school in extract_organisations(sentences)


@pytest.mark.parametrize(
    "sentence",
    [
        "Em Lê Phương Uyên (lớp 7 trường THCS Nguyễn Du, thị xã Ninh Hòa) đã được cứu.",
        "Hiện, em Cẩm L. đang học lớp 8 trường THCS Điền Thượng.",
    ],
)
def test_a_school_after_a_pupils_class_is_background_without_a_student_word(sentence: str) -> None:
    # S3, stop 42: S2 carried to a class written alone ("lớp 7")
    assert extract_organisations([sentence]) == ()


def test_a_school_after_a_year_without_a_student_word_stays() -> None:
    sentence = "Năm 2015 Trường ĐH Bách khoa tuyển sinh 3.000 chỉ tiêu."
    assert extract_organisations([sentence]) == ("Trường ĐH Bách khoa",)
