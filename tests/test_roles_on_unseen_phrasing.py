"""Whose position the text gives, and who is no person, on phrasing read off development
articles outside the gold set (session 7, bench/README.md): positions after a bracket, after
"là"/"làm", in lower case after a comma or dash, given once with a short form of the name; names
that are a residence, an outlet's or a bank's, or a body's kind after a rank."""

from __future__ import annotations

import pytest

from summarize.briefing.people import extract_people


def _roles(*sentences: str) -> dict[str, str | None]:
    return {p.name: p.role for p in extract_people(list(sentences))}


def test_a_position_after_a_bracket_with_the_age_and_address_is_the_holders() -> None:
    roles = _roles(
        "Cơ quan điều tra bắt tạm giam ông Đặng Văn Ngân (54 tuổi, ngụ TP.Buôn Ma Thuột), "
        "nguyên Phó chi cục trưởng Chi cục Thi hành án dân sự H.Buôn Đôn."
    )
    assert roles == {
        "Đặng Văn Ngân": "nguyên Phó chi cục trưởng Chi cục Thi hành án dân sự H.Buôn Đôn"
    }


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        (
            "Bà Nguyễn Thị Thu Thanh - đại diện Công ty Hải sản Bền Vững - cho biết.",
            "Nguyễn Thị Thu Thanh",
            "đại diện Công ty Hải sản Bền Vững",
        ),
        (
            "Chiều 9/4, bác sĩ Trần Đình Phi, Phó khoa Ngoại bệnh viện đa khoa Hương Khê, cho biết.",
            "Trần Đình Phi",
            "Phó khoa Ngoại bệnh viện đa khoa Hương Khê",
        ),
        (
            "Ông Van der Bellen đã vượt qua ông Norbert Hofer, ứng cử viên của Đảng Tự do Áo.",
            "Norbert Hofer",
            "ứng cử viên của Đảng Tự do Áo",
        ),
    ],
)
def test_a_standing_in_lower_case_after_a_comma_or_dash_is_the_role(
    sentence: str, name: str, role: str
) -> None:
    assert _roles(sentence)[name] == role


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        (
            "Cùng lúc đó bà Lê Thị Hiền là đại diện Vietjet Air chứng kiến sự việc.",
            "Lê Thị Hiền",
            "đại diện Vietjet Air",
        ),
        (
            "Ngân hàng đã bổ nhiệm ông Nirukt Sapru làm Tổng Giám đốc khu vực Việt Nam.",
            "Nirukt Sapru",
            "Tổng Giám đốc khu vực Việt Nam",
        ),
    ],
)
def test_a_position_said_with_la_or_lam_is_the_role(sentence: str, name: str, role: str) -> None:
    assert _roles(sentence)[name] == role


def test_a_position_given_with_the_short_name_goes_to_the_full_name() -> None:
    roles = _roles(
        "Ông Fabius nói: “Tôi đã nhắc lại với ông John Kerry điều Tổng thống đã nói”.",
        "Ông Fabius đã hối thúc Ngoại trưởng Kerry cung cấp các chi tiết.",
    )
    assert roles["John Kerry"] == "Ngoại trưởng"
    assert "Kerry" not in roles


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        (
            "GS.TS Trịnh Hồng Sơn, Giám đốc Trung tâm Điều phối quốc gia về ghép bộ phận cơ thể "
            "người cho hay ông rất cảm động.",
            "Giám đốc Trung tâm Điều phối quốc gia về ghép bộ phận cơ thể người",
        ),
        (
            "Bắt tạm giam ông Nguyễn Văn Hoà (SN 1960) - Phó Chủ tịch UBND huyện Thanh Thuỷ về "
            "tội Tham ô tài sản.",
            "Phó Chủ tịch UBND huyện Thanh Thuỷ",
        ),
    ],
)
def test_a_role_ends_before_a_verb_of_speech_or_the_charge(sentence: str, role: str) -> None:
    assert list(_roles(sentence).values()) == [role]


def test_a_position_someone_is_told_something_is_not_the_next_speakers() -> None:
    roles = _roles(
        "Thông báo với Chủ tịch nước nội dung hội đàm giữa lãnh đạo hai hãng, ngài Mikhailov "
        "cho biết hai bên sẽ tổ chức triển lãm."
    )
    assert roles.get("Mikhailov") is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Khi Tuyên lái xe đến đường Láng thì đâm phải chị Lê Thị Thu H. (SN 1977, trú tại "
        "Đặng Văn Ngữ, Đống Đa, Hà Nội).",
        "Thông tin từ Ngân hàng Standard Chartered cho biết ngân hàng đã bổ nhiệm tổng giám đốc.",
        "Trong khi đó, tờ Rodong Shinmun khẳng định rằng thuốc lá không còn thời thượng.",
        "Từng tiếp nhận nhiều ca, các bác sĩ Bệnh viện Chợ Rẫy cho biết đa số là do ăn cóc.",
    ],
)
def test_a_residence_an_outlet_a_bank_or_a_hospital_is_no_person(sentence: str) -> None:
    assert _roles(sentence) == {}


def test_a_rank_before_a_bodys_kind_names_nobody() -> None:
    assert _roles("“17 bé gái đã thiệt mạng”, Đại tá Cảnh sát Prayad Singsin cho hay.") == {}


def test_a_sentence_opener_is_no_given_name() -> None:
    names = set(
        _roles(
            "Ông Fridman nói ông sẽ làm từ thiện.",
            "Theo Fridman, cho người trẻ số tiền lớn có thể hủy hoại cuộc đời của họ.",
        )
    )
    assert names == {"Fridman"}
