"""People, organisations, event dates and venues on the cases issue 23 reported."""

from __future__ import annotations

from datetime import date

import pytest

from summarize.briefing.dates import event_date
from summarize.briefing.facts import extract_facts
from summarize.briefing.organisations import extract_organisations
from summarize.briefing.people import extract_people
from summarize.briefing.places import find_places
from summarize.models import EventDate


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("Sở Xây dựng, Sở Tài chính, Sở Kế hoạch và Đầu tư cùng dự họp.",
         {"Sở Xây dựng", "Sở Tài chính", "Sở Kế hoạch và Đầu tư"}),
        ("Bộ Tài chính và Bộ Công an đã thống nhất phương án.", {"Bộ Tài chính", "Bộ Công an"}),
        ("Phó Chủ tịch UBND TP Hà Nội Nguyễn Thế Thảo chủ trì hội nghị.", {"UBND TP Hà Nội"}),
        ("Đại diện UBND TP.HCM và Sở TN-MT TP.HCM cho biết như vậy.",
         {"UBND TP.HCM", "Sở TN-MT TP.HCM"}),
        ("Công an tỉnh Cao Bằng thông tin kết quả điều tra ban đầu.", {"Công an tỉnh Cao Bằng"}),
        ("PGS.TS Nguyễn Thị Thanh Hải, Phó viện trưởng, Viện Quyền con người báo cáo.",
         {"Viện Quyền con người"}),
    ],
)  # fmt: skip
def test_organisation_names_are_whole(sentence: str, names: set[str]) -> None:
    assert set(extract_organisations([sentence])) == names


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        ("Phó Chủ tịch UBND TP Hà Nội Nguyễn Thế Thảo chủ trì hội nghị.", "Nguyễn Thế Thảo",
         "Phó Chủ tịch UBND TP Hà Nội"),
        ("Chiều 21/10, tại Phủ Chủ tịch, Chủ tịch nước Trương Tấn Sang đã tiếp đoàn.",
         "Trương Tấn Sang", "Chủ tịch nước"),
        ("Ông Trần Văn An, Ủy viên thường trực Ủy ban Tài chính ngân sách \"chê\" cách tính thuế.",
         "Trần Văn An", "Ủy viên thường trực Ủy ban Tài chính ngân sách"),
        ("Theo TS Trần Bá Việt Dũng - Vụ trưởng Vụ Hợp tác quốc tế - đề án đã kết thúc.",
         "Trần Bá Việt Dũng", "Vụ trưởng Vụ Hợp tác quốc tế"),
        ("Ngoại trưởng Mexico Jose Antonio Meade cho biết ông sẽ triệu Đại sứ Mỹ.",
         "Jose Antonio Meade", "Ngoại trưởng Mexico"),
        ("Ông Phạm Minh Tấn, Phó Bí thư thường trực Tỉnh ủy Đắk Lắk cho biết như vậy.",
         "Phạm Minh Tấn", "Phó Bí thư thường trực Tỉnh ủy Đắk Lắk"),
    ],
)  # fmt: skip
def test_speakers_with_the_role_the_text_gives(sentence: str, name: str, role: str) -> None:
    people = {p.name: p for p in extract_people([sentence])}
    assert set(people) == {name}
    assert people[name].role == role


def test_a_name_seen_with_an_honorific_is_found_after_a_position() -> None:
    people = extract_people(
        [
            "Tổng Giám đốc Tập đoàn Boeing Ray Conner phát biểu tại lễ ký.",
            "Ông Ray Conner cho biết Boeing tự hào.",
        ]
    )
    assert [(p.name, p.role) for p in people] == [("Ray Conner", "Tổng Giám đốc Tập đoàn Boeing")]


def test_figures_keep_their_number_and_measure() -> None:
    facts = extract_facts(["Năm nay thành phố có 4,4 triệu người có việc làm, bằng 40% dân số."])
    assert [(f.text, f.value) for f in facts] == [("4,4 triệu người", 4.4), ("40%", 40.0)]


@pytest.mark.parametrize(
    ("lines", "published", "expected"),
    [
        (["Chiều 2/11, tại Hà Nội, Bộ Tài chính tổ chức hội nghị."], date(2025, 11, 3),
         EventDate(2025, 11, 2)),
        (["Ngày 23-10, Sở Xây dựng họp báo."], None, EventDate(None, 10, 23)),
        (["Sáng nay, Sở Tài chính họp báo về giá đất."], date(2025, 11, 3), EventDate(2025, 11, 3)),
        (["Dư nợ tính đến ngày 30-9-2025 đạt 12.000 tỷ đồng.", "Chiều 2/11, hội nghị khai mạc."],
         None, EventDate(None, 11, 2)),
        (["Quyết định số 32/QĐ-THA ngày 16/5/2019 đã có hiệu lực."], None, None),
        (["Các đơn vị phải hoàn thành trước ngày 30/11/2025."], None, None),
        (["Reuters ngày 26/5 dẫn lời ông Kilrain cho biết."], None, None),
        (["Chiều qua, Sở Tài chính họp báo."], date(2025, 11, 3), EventDate(2025, 11, 2)),
        # a page's own stamp is furniture, never the event's day
        (["Cập nhật ngày 12/10/2023 08:00", "Chiều 2/11, hội nghị khai mạc."], None,
         EventDate(None, 11, 2)),
        (["Thứ Hai, ngày 3/11/2025 - 08:00 GMT+7", "Chiều 2/11, hội nghị khai mạc."], None,
         EventDate(None, 11, 2)),
    ],
)  # fmt: skip
def test_the_event_day_and_not_other_dates(
    lines: list[str], published: date | None, expected: EventDate | None
) -> None:
    assert event_date(lines, published) == expected


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Chiều 2/11, tại Tokyo, Thủ tướng hội đàm với người đồng cấp.", "Tokyo"),
        ("Hội nghị diễn ra ở Ottawa trong hai ngày.", "Ottawa"),
        ("Phái đoàn ký kết thỏa thuận tại Lisboa.", "Lisbon"),
        ("Chủ tịch nước tiếp đoàn tại Phủ Chủ tịch.", "Hà Nội"),
    ],
)
def test_venues_abroad_and_well_known_venues(text: str, place: str) -> None:
    assert [m.place for m in find_places(text)] == [place]


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("Hãng Hàng không Quốc gia Việt Nam ký hợp đồng.", {"Hãng Hàng không Quốc gia Việt Nam"}),
        ("Ông A, Trưởng ban Tổ chức Trung ương cho biết.", {"Ban Tổ chức Trung ương"}),
        ("Ban Tổ chức Hội thảo cho biết có 300 đại biểu.", set()),  # the event's organisers
        ("Ông Đỗ Kim Tuyến - đại biểu Quốc hội TP Hà Nội, phát biểu.", {"Quốc hội"}),
        ("Ông Kiếm là chủ căn nhà tọa lạc tại ấp Sở Tại, xã Thạnh Phú.", set()),  # a hamlet
        ("Ông A, Ủy viên Bộ Chính trị, Trưởng ban Tổ chức Trung ương phát biểu.",
         {"Ban Tổ chức Trung ương"}),  # a member's title names no party to the event
        ("Thủ tướng Chính phủ Nguyễn Xuân Phúc dự lễ.", {"Chính phủ"}),  # O1: through its head
        ("Dự án đã được Thủ tướng Chính phủ phê duyệt.", set()),  # a title, no holder acting
        ("3 người trong lực lượng công an (có 1 Phó trưởng Công an huyện Thạch Thất – PV) bị "
         "thương.", {"Công an huyện Thạch Thất"}),  # "– PV" is the reporter's note
        ("Ảnh: TTXVN", set()),  # a photo credit
        ("Hãng thông tấn Nga ITAR-TASS và TTXVN cần tích cực hợp tác.",
         {"Hãng thông tấn Nga ITAR-TASS", "TTXVN"}),
    ],
)  # fmt: skip
def test_bodies_named_as_parties_not_titles_places_or_credits(
    sentence: str, names: set[str]
) -> None:
    assert set(extract_organisations([sentence])) == names


@pytest.mark.parametrize(
    "sentences",
    [
        ["Hãng thông tấn Nga ITAR – TASS đến thăm.", "Hãng thông tấn Nga ITAR- TASS và TTXVN."],
        ["Sinh viên Trường Đại học Thăng Long dự họp.", "Trường ĐH Thăng Long đón đoàn."],
        ["Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam phát động.", "UBMTTQ Việt Nam ký kết."],
        ["Tổ chức Bảo vệ Tê giác Thế giới (SRI) phối hợp.", "Giám đốc Tổ chức SRI phát biểu."],
        ["Tổng Giám đốc hãng thông tấn ITAR-TASS đến.", "Hãng thông tấn Nga ITAR-TASS hợp tác."],
        ["Văn phòng Thường trực Nhân quyền Chính phủ họp.", "Văn phòng Thường trực về Nhân quyền "
         "Chính phủ báo cáo."],
    ],
)  # fmt: skip
def test_one_body_written_two_ways_is_listed_once(sentences: list[str]) -> None:
    names = extract_organisations(sentences)
    assert len([n for n in names if n != "TTXVN"]) == 1, names


def test_an_office_is_named_with_or_without_the_steering_committee_it_serves() -> None:
    sentences = [
        "Văn phòng Thường trực Nhân quyền Chính phủ họp.",
        "Phó Chánh văn phòng Thường trực Ban chỉ đạo Nhân quyền Chính phủ phát biểu.",
        "Văn phòng Thường trực Ban chỉ đạo Nhân quyền tỉnh báo cáo.",
    ]
    assert set(extract_organisations(sentences)) == {
        "Văn phòng Thường trực Ban chỉ đạo Nhân quyền Chính phủ",  # the fullest spelling
        "Văn phòng Thường trực Ban chỉ đạo Nhân quyền tỉnh",  # the province's office: another
    }


def test_two_governments_stay_two_bodies() -> None:
    names = extract_organisations(["Chính phủ Việt Nam và Chính phủ Liên bang Nga hợp tác."])
    assert set(names) == {"Chính phủ Việt Nam", "Chính phủ Liên bang Nga"}


def test_a_body_stops_where_a_known_person_s_name_starts() -> None:
    sentence = "Tổng Giám đốc hãng thông tấn Nga ITAR-TASS Sergei V. Mikhailov phát biểu."
    assert extract_organisations([sentence], ["Sergei V. Mikhailov"]) == (
        "Hãng thông tấn Nga ITAR-TASS",
    )


def test_a_foreign_name_misspelt_once_is_one_person() -> None:
    people = extract_people(
        [
            "Chủ tịch nước đã tiếp Tổng giám đốc ITAR-TASS, ông Sergei Mikhailov.",
            "Ông Sergei Mikhalov nhấn mạnh quan hệ hai nước.",
            "Ông Sergai Mikhailov khẳng định sẽ nỗ lực.",
        ]
    )
    assert [p.name for p in people] == ["Sergei Mikhailov"]


def test_vietnamese_names_one_letter_apart_are_two_people() -> None:
    people = extract_people(["Ông Nguyễn Văn An phát biểu.", "Ông Nguyễn Văn Ân cho biết."])
    assert {p.name for p in people} == {"Nguyễn Văn An", "Nguyễn Văn Ân"}


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        # a name in Latin script closed by a company word, with no Vietnamese kind word
        ("Một tháng sau khi Mitsubishi Motors thừa nhận làm sai lệch kết quả đo.",
         {"Mitsubishi Motors"}),
        ("Hiện cả Sony Music, XL Recordings và quản lý của Adele đều chưa bình luận.",
         {"Sony Music", "XL Recordings"}),
        # a brand after a lower-case kind and its description is the brand
        ("Đến lượt hãng xe đồng hương Nissan cũng bị cáo buộc gian lận.", {"Nissan"}),
        # an acronym right after a position is the body the holder serves
        ("Ông Nguyễn Quốc Hùng, Phó chủ tịch VAMC đã lên tiếng.", {"VAMC"}),
        # kinds written with a capital inside ("Tổng Công ty"), and kinds added this round
        ("Ngày hội do Tổng Công ty Viễn thông Viettel phối hợp với Thành Đoàn Đà Nẵng tổ chức.",
         {"Tổng Công ty Viễn thông Viettel", "Thành Đoàn Đà Nẵng"}),
        ("Bảo tàng Lịch sử quốc gia cùng Bảo tàng Dân tộc học khai mạc trưng bày.",
         {"Bảo tàng Lịch sử quốc gia", "Bảo tàng Dân tộc học"}),
        ("Lãnh đạo CLB Consadole Sapporo đã liên lạc với CLB SLNA.",
         {"CLB Consadole Sapporo", "CLB SLNA"}),
        ("Liên hiệp các tổ chức hữu nghị Việt Nam tổ chức lễ kỷ niệm.",
         {"Liên hiệp các tổ chức hữu nghị Việt Nam"}),
        # where a name ends: the country it is of, a time word, a verb underthesea reads
        ("Công ty Vinamilk xuất khẩu sữa sang Nga.", {"Công ty Vinamilk"}),
        ("Tổ chức SRI kêu gọi Chính phủ Nam Phi hành động.", {"Tổ chức SRI", "Chính phủ Nam Phi"}),
        ("Hãng XL của Anh đã hết hợp đồng.", {"Hãng XL"}),
        ("Phe đối lập tẩy chay Quốc hội Campuchia hiện tại.", {"Quốc hội Campuchia"}),
        # a kind's first word alone does not take a lower-case noun after it
        ("Vụ bê bối của Suzuki xảy ra sau khi Mitsubishi Motors thừa nhận.", {"Mitsubishi Motors"}),
        ("Tổ chức Ngày hội cho sinh viên.", set()),  # "to hold", not a body
        # a kind that is also a common word counts only before a name
        ("Đảng Cứu quốc Campuchia biểu tình; Đảng cầm quyền im lặng.", {"Đảng Cứu quốc Campuchia"}),
    ],
)  # fmt: skip
def test_bodies_without_a_vietnamese_kind_word_and_where_names_end(
    sentence: str, names: set[str]
) -> None:
    assert set(extract_organisations([sentence])) == names


@pytest.mark.parametrize(
    "sentences",
    [
        ["Tổng công ty Hàng không Việt Nam (Vietnam Airlines) ký hợp đồng.",
         "Vietnam Airlines đã đầu tư mạnh."],
        ["Nhân dịp này, hãng Sony có được hợp đồng.", "Sony Music chưa bình luận."],
    ],
)  # fmt: skip
def test_a_brand_and_the_body_it_names_are_listed_once(sentences: list[str]) -> None:
    assert len(extract_organisations(sentences)) == 1, extract_organisations(sentences)


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        # a Vietnamese full name after the position and a comma needs no "ông"
        ("Giám đốc Sở Công thương Hà Nội, Lê Hồng Thăng vừa có công văn.", "Lê Hồng Thăng",
         "Giám đốc Sở Công thương Hà Nội"),
        # "ký" inside "Tổng Thư ký" does not end the position (it also means "signs")
        ("Madeleine Rees - Tổng Thư ký Liên đoàn Quốc tế Phụ nữ vì Hòa bình và Tự do phát biểu.",
         "Madeleine Rees", "Tổng Thư ký Liên đoàn Quốc tế Phụ nữ vì Hòa bình và Tự do"),
        # a coach, a singer, a rank: the word before the name is the position
        ("HLV Gerardo Martino đã công bố danh sách.", "Gerardo Martino", "HLV"),
        ("Nữ ca sỹ Hồ Quỳnh Hương hát ca khúc mới.", "Hồ Quỳnh Hương", "Nữ ca sỹ"),
    ],
)  # fmt: skip
def test_positions_of_coaches_singers_and_names_after_a_comma(
    sentence: str, name: str, role: str
) -> None:
    person = next(p for p in extract_people([sentence]) if p.name == name)
    assert role in (person.role, " ".join(x for x in (person.title, person.role) if x))


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("Ca sĩ Mỹ Tâm sẽ biểu diễn trong chương trình.", {"Mỹ Tâm"}),  # "Mỹ" is no country here
        ("Nghệ sĩ Xuân Bắc, Đại sứ Tê giác của ENV, phát biểu.", {"Xuân Bắc"}),
        # a contest's name is no stage name; the full name before it is the person
        ("Lê Thị Diệu Hân (hoa hậu Đông Nam Á 2012) kiện chủ nhà.", {"Lê Thị Diệu Hân"}),
    ],
)
def test_performers_go_by_stage_names(sentence: str, names: set[str]) -> None:
    assert {p.name for p in extract_people([sentence])} == names


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("Cảnh sát đã bắt được Triệu Văn Hải tại một nhà nghỉ.", {"Triệu Văn Hải"}),
        ("Công an tạm giữ Lê Thị Hiến và Lê Thành Lập.", {"Lê Thị Hiến", "Lê Thành Lập"}),
        ("Nhạc sĩ Nguyễn Đức Cường, Văn Mai Hương, Cao Thái Sơn sẽ cùng biểu diễn.",
         {"Nguyễn Đức Cường", "Văn Mai Hương", "Cao Thái Sơn"}),
        # a street, a school, a photo credit, a byline, a body's name: no person
        ("Nhà nghỉ ở ngõ 166, đường Trần Duy Hưng, quận Cầu Giấy.", set()),
        ("Học sinh trường Lê Quý Đôn dự lễ.", set()),
        ("Biểu tình tại Campuchia (Ảnh: Đỗ Tuấn Anh).", set()),
        ("Đỗ Tuấn Anh/VOV-Phnom Penh", set()),
        ("Đỗ Tuấn Anh", set()),
        ("Bà là đặc phái viên Cao Ủy Liên Hiệp Quốc về người tị nạn.", set()),
        ("Ông Trần Văn Tâm phát biểu.", {"Trần Văn Tâm"}),  # "Ông" is a title, not a family name
        ("Lê Duẩn ra đi.", set()),  # two syllables alone are too often a place or a word
    ],
)  # fmt: skip
def test_a_full_vietnamese_name_is_a_person_without_any_title(
    sentence: str, names: set[str]
) -> None:
    assert {p.name for p in extract_people([sentence])} == names


@pytest.mark.parametrize(
    ("sentence", "name", "title"),
    [
        ("Ông Chung cam kết sẽ trả lời người dân sớm nhất.", "Chung", "Ông"),
        ("Chuẩn đô đốc Kilrain cho biết hai bên đều quan tâm.", "Kilrain", "Chuẩn đô đốc"),
        ("Đại đức Thích Hạnh Chánh đọc thông điệp.", "Thích Hạnh Chánh", "Đại đức"),  # a monk
    ],
)
def test_a_person_called_by_one_name_or_a_dharma_name_after_a_title(
    sentence: str, name: str, title: str
) -> None:
    assert [(p.name, p.title) for p in extract_people([sentence])] == [(name, title)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Diễn viên Hollywood tới Việt Nam kêu gọi bảo vệ tê giác.",  # a qualifier, not a name
        "Ông Obama Barack đến.",  # a one-word name is never followed by another capital
        "Bà Rịa là tỉnh ven biển.",  # "Bà Rịa" is a place
        "Ông NATO nói vậy.",  # an acronym is no name
    ],
)
def test_a_word_after_a_title_that_is_no_one_word_name(sentence: str) -> None:
    assert not [p for p in extract_people([sentence]) if len(p.name.split()) == 1]


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        ("Người phát ngôn Bộ Quốc phòng Moon Sang-gyun cho biết như vậy.", "Moon Sang-gyun",
         "Người phát ngôn Bộ Quốc phòng"),
        ("Báo cáo của Chủ tịch đảng Lao động Kim Jong-un được công bố.", "Kim Jong-un",
         "Chủ tịch đảng Lao động"),
    ],
)  # fmt: skip
def test_a_romanised_korean_name_ends_the_body_before_it(
    sentence: str, name: str, role: str
) -> None:
    assert [(p.name, p.role) for p in extract_people([sentence])] == [(name, role)]
    assert not [o for o in extract_organisations([sentence]) if name.split()[0] in o]


def test_a_full_name_whose_family_name_the_text_uses_alone_is_one_person() -> None:
    sentences = [
        "BRUSSELS - TTK-NATO Jen Stoltenberg loan báo văn kiện.",
        "Trong buổi họp báo, ông Stoltenberg xác nhận tín hiệu.",
    ]
    assert [p.name for p in extract_people(sentences)] == ["Jen Stoltenberg"]


def test_a_role_stops_at_the_verb_meet() -> None:
    sentence = "Trước hội nghị ngoại trưởng họp 2 ngày tại Brussels, ông Stoltenberg xác nhận."
    assert [p.role for p in extract_people([sentence])] == [None]


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        # a comma lists the fields a body covers, up to "và"
        ("Bộ Văn hóa, Thể thao và Du lịch tổ chức lễ.", {"Bộ Văn hóa, Thể thao và Du lịch"}),
        ("Trung tâm Phụ nữ, Hòa bình và An ninh được thành lập.",
         {"Trung tâm Phụ nữ, Hòa bình và An ninh"}),
        ("Bộ Khoa học, Công nghệ và Môi trường họp.", {"Bộ Khoa học, Công nghệ và Môi trường"}),
        # ... but not bodies, places or brands listed after one
        ("Sở Xây dựng, Sở Tài chính và Sở Công Thương dự họp.",
         {"Sở Xây dựng", "Sở Tài chính", "Sở Công Thương"}),
        ("Bộ Công Thương, Hà Nội và TP.HCM đồng ý.", {"Bộ Công Thương"}),
        # (session 8: brands listed with a body are bodies of their own, never part of its name)
        ("Tập đoàn Vingroup, Masan và Vinamilk đồng ý.",
         {"Tập đoàn Vingroup", "Masan", "Vinamilk"}),
        # "vì": what the body is for
        ("Liên đoàn Quốc tế Phụ nữ vì Hòa bình và Tự do ra tuyên bố.",
         {"Liên đoàn Quốc tế Phụ nữ vì Hòa bình và Tự do"}),
        ("Sở Y tế vì Hà Nội đông dân nên chậm.", {"Sở Y tế"}),
    ],
)  # fmt: skip
def test_names_of_bodies_that_list_their_fields(sentence: str, names: set[str]) -> None:
    assert set(extract_organisations([sentence])) == names


@pytest.mark.parametrize(
    ("sentences", "names"),
    [
        # a company with and without its legal form is one body
        (["Hàng bán cho Công ty TNHH TM - XNK Xi Lai Phúc.", "Công ty Xi Lai Phúc không trả."],
         1),
        # companies of a country, an outlet quoting or asking, a national body named in passing
        (["Danh thay mặt 2 công ty Trung Quốc thương thảo."], 0),
        (["Các hãng thông tấn Trung Quốc không có thông tin gì."], 0),
        (["Hãng tin Yonhap dẫn lời người phát ngôn cho biết."], 0),
        (["Trả lời PV báo Người Đưa Tin, ông Nhã cho biết."], 0),
        (["Việc này theo Nghị định 134 của Chính phủ."], 0),
        (["Ông phát tín hiệu trước Quốc hội về mong muốn đó."], 0),
        (["Sáng 23/10, Quốc hội thảo luận về dự thảo."], 1),  # the body as a party
        (["Theo Vụ trưởng, Chính phủ giao nhiệm vụ cho Bộ GD&ĐT."], 2),
        (["Hai hãng thống tấn ITAR- TASS và TTXVN hợp tác."], 1),  # no "ITAR" cut at a dash
    ],
)  # fmt: skip
def test_bodies_counted_once_and_only_as_parties(sentences: list[str], names: int) -> None:
    assert len(extract_organisations(sentences)) == names


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("Các đơn vị gồm Trạm 550, Trạm Hải Đăng và Trạm Cảnh sát biển vùng 2 đã bỏ phiếu.",
         {"Trạm 550", "Trạm Hải Đăng", "Trạm Cảnh sát biển vùng 2"}),
        ("Trung úy Nguyễn Văn Vinh- Đại đội bộ binh 5 vui mừng.", {"Đại đội bộ binh 5"}),
        ("Chiến sĩ Tiểu đoàn 1- Lữ đoàn 270 công binh có mặt.",
         {"Tiểu đoàn 1- Lữ đoàn 270 công binh"}),
        ("Bệnh viện 108 tiếp nhận 3 bệnh nhân.", {"Bệnh viện 108"}),
        ("Đại đội có 5 khẩu đội.", set()),  # "có" is a verb, not part of a unit's number
        ("Chính trị viên tàu Cảnh sát biển 4033 vui mừng.", set()),  # a ship
        ("Bò được trao cho xã Trạm Tấu (huyện Trạm Tấu).", set()),  # a district
    ],
)  # fmt: skip
def test_units_named_by_a_number(sentence: str, names: set[str]) -> None:
    assert set(extract_organisations([sentence])) == names


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        ("Phiên tòa giữa nguyên đơn Lê Thị Diệu Hân và bị đơn.", None),  # plaintiff, not former
        ("Hoa hậu Diệu Hân, nguyên nhân khiến vụ việc kéo dài, vắng mặt.", "Hoa hậu"),
        ("Ông Trần Văn Tâm, nguyên Bộ trưởng Bộ Tài chính, phát biểu.",
         "nguyên Bộ trưởng Bộ Tài chính"),
    ],
)  # fmt: skip
def test_former_is_a_position_only_before_one(sentence: str, role: str | None) -> None:
    assert [p.role for p in extract_people([sentence])] == [role]


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("Trưởng Ban Chỉ đạo Giải “Búa liềm vàng” chủ trì họp báo.",
         {"Ban Chỉ đạo Giải “Búa liềm vàng”"}),  # a quoted title inside the name
        ("Bộ Y tế “khẳng định” điều đó.", {"Bộ Y tế"}),  # a quoted word after it is not
        ("Báo cáo tại Đại hội đảng Lao động lần thứ bảy.", {"Đảng Lao động"}),  # lower-case kind
        ("Ông là đảng viên lâu năm.", set()),
    ],
)  # fmt: skip
def test_quoted_titles_and_parties_written_in_lower_case(sentence: str, names: set[str]) -> None:
    assert set(extract_organisations([sentence])) == names
