"""Who is a person and where a body's name ends, on phrasing read off meeting and crime reports
outside the gold set (session 6, bench/README.md): names that are streets, towns or schools,
names hidden behind an initial, family names no list holds, and bodies that are places."""

from __future__ import annotations

import pytest

from summarize.briefing.organisations import extract_organisations
from summarize.briefing.people import extract_people


def _names(*sentences: str) -> set[str]:
    return {p.name for p in extract_people(list(sentences))}


@pytest.mark.parametrize(
    "sentence",
    [
        "Hồ sơ gửi về Tạp chí Vietnam Heritage: 15A/28 Lê Thánh Tôn, Q.1, TP.HCM.",
        "Anh lái xe đến giao lộ Đỗ Ngọc Thạnh – Trần Hưng Đạo thì xảy ra va chạm.",
        "Dự án nằm trong Khu đô thị Đoàn Ngoại Giao, quận Bắc Từ Liêm.",
        "Căn nhà ở chung cư Hồ Văn Huê bị chiếm đoạt.",
    ],
)
def test_a_name_after_a_house_number_or_a_kind_of_place_is_a_street_or_a_place(
    sentence: str,
) -> None:
    assert _names(sentence) == set()


def test_a_town_in_a_position_is_not_its_holder() -> None:
    people = extract_people(["Đại tá Đặng Đức Luân, Trưởng Công an thị xã Ninh Hoà, cho biết."])
    assert [p.name for p in people] == ["Đặng Đức Luân"]
    assert people[0].role == "Trưởng Công an thị xã Ninh Hoà"


def test_a_school_named_after_a_person_is_no_person() -> None:
    sentence = "TS Nguyễn Mạnh Hùng - hiệu trưởng Trường ĐH Nguyễn Tất Thành - nói."
    assert _names(sentence) == {"Nguyễn Mạnh Hùng"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Anh Nguyễn Minh Ph. lái xe đến giao lộ.",
        "Bà Lưu Thị T. trình báo công an.",
        "Công an đã mời bà C. lên làm việc.",
    ],
)
def test_a_name_hidden_behind_an_initial_names_nobody(sentence: str) -> None:
    assert _names(sentence) == set()


def test_a_courtesy_opening_a_sentence_is_not_the_family_name() -> None:
    people = extract_people(["Ông Tống Anh Linh - Giám đốc tài chính của Tập đoàn Tiên Sơn - nói."])
    assert [(p.name, p.title) for p in people] == [("Tống Anh Linh", "Ông")]


def test_a_family_name_no_list_holds_is_read_after_a_courtesy() -> None:
    assert _names("Cuộc họp có bà Tống Thị Lan và ông Tập Cận Bình.") == {
        "Tống Thị Lan",
        "Tập Cận Bình",
    }


def test_a_country_after_a_title_is_the_person_s_not_a_name() -> None:
    assert _names("Ca sỹ Thổ Nhĩ Kỳ Aslan tổ chức họp báo.") == set()


def test_an_award_named_after_a_chart_is_no_person() -> None:
    assert _names("Cô giành giải Nghệ sĩ Top Hot 100.") == set()


def test_a_position_given_to_the_name_before_it_is_not_the_next_name_s() -> None:
    sentence = (
        "Khi được hỏi về Mai Hàn - nữ diễn viên đóng vai ma trong phim, Trương Nam Thành "
        "có phần giải thích."
    )
    roles = {p.name: p.role for p in extract_people([sentence])}
    assert roles == {"Mai Hàn": "nữ diễn viên đóng vai ma trong phim", "Trương Nam Thành": None}


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        ("Lưu Hiểu Khánh - nữ diễn viên sinh năm 1951 - vừa tái hôn.", "nữ diễn viên"),
        ("Lưu Hiểu Khánh - nữ diễn viên 63 tuổi - vừa tái hôn.", "nữ diễn viên"),
    ],
)
def test_a_birth_year_or_an_age_is_no_part_of_a_position(sentence: str, role: str) -> None:
    assert [p.role for p in extract_people([sentence])] == [role]


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("Đài Loan phản đối, Đài Bắc cho biết.", ()),
        ("Cơ quan Phòng vệ Đài Loan hôm qua cho biết.", ("Cơ quan Phòng vệ Đài Loan",)),
        ("Theo ông Chấn, Đại học Đà Nẵng hiện có 5 trường.", ("Đại học Đà Nẵng",)),
    ],
)
def test_a_body_s_name_ends_at_a_place_and_a_place_is_no_body(
    sentence: str, names: tuple[str, ...]
) -> None:
    assert extract_organisations([sentence]) == names


def test_a_verb_after_a_brand_ends_the_name_when_underthesea_reads_no_long_word() -> None:
    # every word of this sentence is one syllable to underthesea: "dẫn" is still no part of
    # "Hãng Reuters", which quotes here and is no party
    assert extract_organisations(["Hãng Reuters dẫn lời ông Mã cho biết."]) == ()


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        (
            "Ông Nguyễn Duy Phố, Trưởng Công an xã Hợp Đồng xác nhận vụ việc và cho biết thêm.",
            "Trưởng Công an xã Hợp Đồng",
        ),
        (
            "Lễ tang tướng Jama'a Jama'a, chỉ huy lực lượng tình báo Syria thiệt mạng do bị bắn "
            "tỉa, được tổ chức tại quê hương.",
            "chỉ huy lực lượng tình báo Syria",
        ),
        (
            "Ông Vũ Văn Hệ, Chủ tịch UBND xã Vĩnh Tuy (huyện Bình Giang, tỉnh Hải Dương) cho biết.",
            "Chủ tịch UBND xã Vĩnh Tuy (huyện Bình Giang, tỉnh Hải Dương)",
        ),
        (  # verbs that belong to a body's kind or join two positions go on
            "Ông Nguyễn Văn Hùng, Chủ tịch UBND tỉnh Đắk Lắk kiêm Trưởng Ban quản lý dự án "
            "đường sắt, cho biết.",
            "Chủ tịch UBND tỉnh Đắk Lắk kiêm Trưởng Ban quản lý dự án đường sắt",
        ),
    ],
)
def test_a_position_ends_at_the_verb_after_the_body_and_keeps_its_brackets_whole(
    sentence: str, role: str
) -> None:
    assert [p.role for p in extract_people([sentence])] == [role]


def test_a_suspect_named_after_the_word_for_suspect_is_a_person() -> None:
    sentence = "Công an đang tạm giữ đối tượng Trần Trọng Luận, SN 1985, để điều tra."
    assert _names(sentence) == {"Trần Trọng Luận"}  # "tượng" (statue) ends "đối tượng" here


def test_a_name_written_family_name_first_is_shortened_to_its_family_name() -> None:
    people = extract_people(["Bà Thái Anh Văn nhậm chức hôm qua.", "Bà Thái cho biết."])
    assert [p.name for p in people] == ["Thái Anh Văn"]


def test_a_bank_s_branch_before_the_holder_is_no_person() -> None:
    sentence = (
        "Đối với Lê Nguyễn Hưng (chủ mưu, nguyên Phó Giám đốc Eximbank TP. HCM), HĐXX cho rằng."
    )
    assert _names(sentence) == {"Lê Nguyễn Hưng"}


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Công ty Cổ phần Ánh Dương Việt Nam kiện Grab.", "Công ty Cổ phần Ánh Dương Việt Nam"),
        ("Ngày 8/8, UBND phường An Cựu, TP. Huế ra quyết định.", "UBND phường An Cựu"),
    ],
)
def test_a_body_s_name_goes_on_past_words_that_read_like_a_person_or_a_position(
    sentence: str, name: str
) -> None:
    assert extract_organisations([sentence])[0] == name


def test_in_a_list_of_guests_each_position_is_the_next_name_s() -> None:
    sentence = "Họp báo có sự tham dự của diễn viên Minh Tiệp, ca sĩ Khánh Phương cùng bạn bè."
    assert [(p.name, p.role) for p in extract_people([sentence])] == [("Khánh Phương", "ca sĩ")]


def test_two_positions_of_one_holder_stay_together() -> None:
    sentence = "Giám đốc Công ty Minh Phát, Chủ tịch Hội Doanh nhân trẻ Nguyễn Văn Hùng phát biểu."
    assert [p.role for p in extract_people([sentence])] == [
        "Giám đốc Công ty Minh Phát, Chủ tịch Hội Doanh nhân trẻ"
    ]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "Angelina Jolie được bổ nhiệm cùng William Hague, người đã cùng Jolie lập sáng kiến.",
            "William Hague",
        ),
        ("Nạn nhân là anh Jack Sanders (34 tuổi, quốc tịch Canada).", "Jack Sanders"),
    ],
)
def test_a_foreign_name_described_as_a_person_is_a_person(sentence: str, name: str) -> None:
    assert name in _names(sentence)


@pytest.mark.parametrize(
    ("sentences", "names"),
    [
        (["Công an TP. Hà Nội bắt giữ hai đối tượng.", "Công an TP cho biết thêm."],
         ("Công an TP. Hà Nội",)),
        (["Công an huyện Chương Mỹ điều tra.", "Công an huyện cho biết thêm."],
         ("Công an huyện Chương Mỹ",)),
    ],
)  # fmt: skip
def test_a_body_named_with_its_locality_s_level_alone_is_the_one_named_in_full(
    sentences: list[str], names: tuple[str, ...]
) -> None:
    assert extract_organisations(sentences) == names


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        # one of three high courts, named by its seat (session 7: "tại TP. HCM" goes on it)
        ("Ngày 17/4, TAND Cấp cao tại TP. HCM mở phiên toà.", ("TAND Cấp cao tại TP. HCM",)),
        ("Đại biểu Quốc hội Hà Nội Trần Ngọc Vinh phát biểu.", ("Quốc hội",)),
        ("Bà Thái Anh Văn xuất hiện cùng cựu lãnh đạo Đài Loan Mã Anh Cửu.", ()),
        ("Các em học ở Trường Trung học Cơ sở và Trường Tiểu học gần nhà.", ()),
    ],
)
def test_a_body_s_level_written_with_a_capital_a_delegation_s_city_and_a_school_s_level(
    sentence: str, names: tuple[str, ...]
) -> None:
    assert extract_organisations([sentence]) == names


def test_a_verb_after_a_body_named_by_its_kind_alone_ends_the_position() -> None:
    sentence = "Ông Nguyễn Văn Nhuận, Bí thư Tỉnh đoàn biểu dương tinh thần các em."
    assert [p.role for p in extract_people([sentence])] == ["Bí thư Tỉnh đoàn"]
