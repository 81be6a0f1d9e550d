"""Bodies on the s8 batch's organisation errors, session 9: how Vietnamese organisation names are
built (a listed name in any case, one body under a shorter or differently spelt name), each rule
kept only when it did not lose on dev-115 (bench/README.md, "Session 9, bodies")."""

from __future__ import annotations

import pytest

from summarize.briefing.organisations import extract_organisations


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # a listed name with its inner words in lower case, alone in the clause
        ("Báo cáo của Ủy ban thường vụ Quốc hội nêu rõ điều đó.", "Ủy ban thường vụ Quốc hội"),
        # a position ending in "Ban" before a listed name written in lower case
        ("Theo Trưởng Ban tổ chức Trung ương, việc này cần làm ngay.", "Ban tổ chức Trung ương"),
    ],
)
def test_a_listed_name_is_read_in_any_case(sentence: str, name: str) -> None:
    assert extract_organisations([sentence]) == (name,)


@pytest.mark.parametrize(
    ("sentences", "name"),
    [
        # the standing organ acts for the body; the bare kind names the same body
        (
            ["Đoàn làm việc với Ban Thường vụ Tỉnh ủy Đắk Lắk.", "Phó Bí thư Tỉnh ủy cho biết."],
            "Ban Thường vụ Tỉnh ủy Đắk Lắk",
        ),
        # the tone mark placed apart ("uỷ"/"ủy")
        (["Thành uỷ đã họp.", "Thành ủy TP HCM ra nghị quyết."], "Thành ủy TP HCM"),
        # spaces around "&"
        (["Bộ LĐTB & XH công bố.", "Bộ LĐTB&XH cho biết."], "Bộ LĐTB & XH"),
    ],
)
def test_one_body_under_a_shorter_or_respelt_name_is_one(sentences: list[str], name: str) -> None:
    assert extract_organisations(sentences) == (name,)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("TS Hùng, Viện trưởng Viện kinh tế Việt Nam, nhận xét.", "Viện kinh tế Việt Nam"),
        ("Ông Tú là Chủ tịch Hội nhà báo Việt Nam.", "Hội nhà báo Việt Nam"),
        ("Đoàn làm việc với Công viên phần mềm Quang Trung.", "Công viên phần mềm Quang Trung"),
        ("Bản án của Toà án thẩm quyền rộng Albi được công nhận.", "Toà án thẩm quyền rộng Albi"),
        ("Mỹ viện trợ tàu cho Cảnh sát biển Việt Nam.", "Cảnh sát biển Việt Nam"),
        (
            "Bà Mùi, Phó Giám đốc Nhà hát dân ca quan họ Bắc Ninh, cho biết.",
            "Nhà hát dân ca quan họ Bắc Ninh",
        ),
    ],
)
def test_a_name_opens_with_lower_case_words_before_its_proper_name(
    sentence: str, name: str
) -> None:
    assert name in extract_organisations([sentence])


@pytest.mark.parametrize(
    "sentence",
    [
        # a station named after a landmark is a place
        "Ga Bến Thành chưa làm, còn ga Nhà hát TP đang đào hầm.",
        # "hai nước" counts countries: no descriptor of a body
        "Các đại biểu Hội hữu nghị hai nước Việt Nam, Ấn Độ dự lễ.",
    ],
)
def test_a_station_or_a_count_opens_no_name(sentence: str) -> None:
    assert extract_organisations([sentence]) == ()


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Thành phố sẽ họp với Bảo hiểm xã hội Việt Nam.", "Bảo hiểm xã hội Việt Nam"),
        ("Kiểm toán Nhà nước vừa công bố số nợ đọng.", "Kiểm toán Nhà nước"),
        (
            "Ông Nhã, Chủ nhiệm HTX DVSX Nông nghiệp Triều Khúc, vắng.",
            "HTX DVSX Nông nghiệp Triều Khúc",
        ),
        ("Đoàn LS tỉnh Long An tổ chức đại hội nhiệm kỳ mới.", "Đoàn LS tỉnh Long An"),
    ],
)
def test_kinds_of_body_the_list_lacked(sentence: str, name: str) -> None:
    assert name in extract_organisations([sentence])


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Ông Sergei, thành viên quốc hội Nga, nói rằng.", "Quốc hội Nga"),
        ("Hôm qua, đại sứ quán Pháp tại Hà Nội tổ chức hội thảo.", "Đại sứ quán Pháp"),
        ("Ông Azais mang giấy tờ đến lãnh sự quán Pháp tại TP.HCM.", "Lãnh sự quán Pháp"),
    ],
)
def test_a_kind_a_country_has_one_of_is_named_in_lower_case(sentence: str, name: str) -> None:
    assert extract_organisations([sentence]) == (name,)


def test_companies_of_a_country_are_still_no_body() -> None:
    assert extract_organisations(["Các công ty Trung Quốc đã rút đi."]) == ()


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Bộ trưởng Bộ Thông tin và truyền thông; nhà báo Hữu dự.", "Bộ Thông tin và truyền thông"),
        (
            "Bộ trưởng Bộ Thông tin & truyền thông Trương Minh Tuấn nói.",
            "Bộ Thông tin & truyền thông",
        ),
        ("Ông Chung sẽ chỉ đạo Sở Khoa học-Công nghệ nghiên cứu.", "Sở Khoa học-Công nghệ"),
    ],
)
def test_a_field_after_and_or_a_dash_goes_on_the_name(sentence: str, name: str) -> None:
    assert extract_organisations([sentence]) == (name,)


def test_a_common_noun_after_and_ends_the_name() -> None:
    assert extract_organisations(["Bộ Y tế và người dân cùng làm."]) == ("Bộ Y tế",)


@pytest.mark.parametrize(
    "sentence",
    [
        # a national body in passing, in any case
        "Theo tin từ Cổng thông tin Chính Phủ, Chủ tịch nước khẳng định.",
        # "Cảnh sát trưởng" is a position, like "Viện trưởng"
        "Ông Phó Chính Hoa, Cảnh sát trưởng Bắc Kinh, phụ trách.",
    ],
)
def test_no_body_in_passing_or_in_a_position(sentence: str) -> None:
    assert extract_organisations([sentence]) == ()


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Ngày 29-10, hãng hàng không giá rẻ VietJet Air cho biết thêm.", "VietJet Air"),
        ("Khi đó, hãng hàng không tư nhân Vietjet ký hợp đồng.", "Vietjet"),
    ],
)
def test_a_brand_after_an_airline_described_in_four_words(sentence: str, name: str) -> None:
    assert extract_organisations([sentence]) == (name,)


def test_the_assemblys_committee_named_in_lower_case() -> None:
    sentence = "Chủ nhiệm Ủy ban về các vấn đề xã hội Trương Thị Mai trình bày."
    assert extract_organisations([sentence]) == ("Ủy ban về các vấn đề xã hội",)


@pytest.mark.parametrize(
    "sentence",
    [
        "Qua đó, các cấp ủy, tổ chức đảng sẽ có thêm thông tin.",
        "Các cấp uỷ, tổ chức Đảng từ Trung ương tới cơ sở đều tham gia.",
    ],
)
def test_the_partys_bodies_in_general_are_no_body(sentence: str) -> None:
    assert extract_organisations([sentence]) == ()


def test_a_field_spelt_like_a_place_in_a_list_of_fields() -> None:
    sentence = "Được biết, trung tâm Phụ nữ, Hòa Bình và An ninh xây dựng chiến lược."
    assert extract_organisations([sentence]) == ("Trung tâm Phụ nữ, Hòa Bình và An ninh",)


def test_a_list_closed_by_a_place_lists_no_fields() -> None:
    assert extract_organisations(["Sở Y tế, Hòa Bình và Sơn La đã họp."]) == ("Sở Y tế",)


@pytest.mark.parametrize(
    "sentence",
    [
        "Hàng trăm người dân đã tập trung ở hội trường UBND xã Nam Sơn để đối thoại.",
        "Đến cổng trường Đại học Công Nghiệp Hà Nội thì nhóm này dừng lại.",
    ],
)
def test_a_body_named_as_its_premises_is_a_venue(sentence: str) -> None:
    assert extract_organisations([sentence]) == ()


def test_the_venue_body_counts_where_it_acts() -> None:
    sentences = ["Người dân tập trung ở hội trường UBND xã Nam Sơn.", "UBND xã Nam Sơn cho biết."]
    assert extract_organisations(sentences) == ("UBND xã Nam Sơn",)


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("Tòa không xử lý 79 Cảnh sát giao thông bị tố cáo nhận hối lộ.", ()),
        ("Cục Cảnh sát giao thông cho biết.", ("Cục Cảnh sát giao thông",)),
    ],
)
def test_a_police_branch_alone_is_a_force(sentence: str, found: tuple[str, ...]) -> None:
    assert extract_organisations([sentence]) == found


def test_a_company_called_by_its_kind_and_last_name_is_one() -> None:
    sentences = [
        "Tòa xử vụ kiện của công ty Cổ phần Đầu tư Tổng hợp Truyền thông DS do ông Dũng làm giám đốc.",
        "Công ty DS cho biết sẽ kháng cáo.",
    ]
    assert len(extract_organisations(sentences)) == 1


def test_a_kind_after_one_names_a_sort_of_body() -> None:
    sentence = "Việt Nam cũng sẽ xây dựng một trung tâm Văn hóa và Thương mại ở Ấn Độ."
    assert extract_organisations([sentence]) == ()


def test_number_one_is_no_indefinite() -> None:
    sentence = "Bà chê ứng viên số một đảng Cộng hòa là người vô trách nhiệm."
    assert extract_organisations([sentence]) == ("Đảng Cộng hòa",)


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("Hành động đó vi phạm nghị quyết của Liên Hiệp Quốc.", ()),
        ("Liên Hiệp Quốc kêu gọi hai bên kiềm chế.", ("Liên Hiệp Quốc",)),
    ],
)
def test_the_united_nations_named_in_passing(sentence: str, found: tuple[str, ...]) -> None:
    assert extract_organisations([sentence]) == found


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("Vụ xô xát khiến công an phường 5, quận 3 phải có mặt.", ("Công an phường 5",)),
        ("Sau đó, công an đã giải thích cho hai bên.", ()),
    ],
)
def test_police_in_lower_case_before_a_locality(sentence: str, found: tuple[str, ...]) -> None:
    assert extract_organisations([sentence]) == found


def test_a_delegation_named_with_lower_case_words() -> None:
    sentence = "Thay mặt Đoàn đại biểu nhân dân Ấn Độ, ông Tripathi gửi lời chào."
    assert extract_organisations([sentence]) == ("Đoàn đại biểu nhân dân Ấn Độ",)
