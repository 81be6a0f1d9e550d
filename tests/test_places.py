"""Places: a province or city only where the text names it as one."""

from __future__ import annotations

import pytest

from summarize.briefing.places import (
    Evidence,
    article_place,
    article_places,
    best_place,
    find_places,
)
from summarize.briefing.venue import section_place
from summarize.models import Article
from summarize.pipeline import prepare_article
from summarize.text.load import document_from_text


def article(text: str, article_id: str = "a1") -> Article:
    return prepare_article(document_from_text(text, source=f"{article_id}.txt"), article_id)


@pytest.mark.parametrize(
    ("text", "places"),
    [
        # named as a unit, or as where something happens
        ("Hội nghị được tổ chức tại Hà Nội.", ["Hà Nội"]),
        ("UBND tỉnh Bắc Giang tổ chức hội nghị.", ["Bắc Giang"]),
        ("Lãnh đạo Tỉnh Thái Bình dự lễ.", ["Thái Bình"]),
        ("Đoàn công tác làm việc ở tỉnh Sơn La.", ["Sơn La"]),
        ("Giá nhà tại TP.HCM tăng mạnh.", ["TP. Hồ Chí Minh"]),
        ("Người dân thành phố Hồ Chí Minh đi bầu cử.", ["TP. Hồ Chí Minh"]),
        ("Công an TP Đà Nẵng bắt giữ hai đối tượng.", ["Đà Nẵng"]),
        ("Hội thảo tại tỉnh Hà Nam thu hút 200 đại biểu.", ["Hà Nam"]),
        ("Dự án ở tỉnh Bà Rịa - Vũng Tàu khởi công.", ["Bà Rịa Vũng Tàu"]),
        # counter-examples: the name is part of something else, or not named as a place
        ("Hai nước hợp tác trong khu vực châu Á - Thái Bình Dương.", []),
        ("Tàu cá hoạt động trên Thái Bình Dương suốt ba tháng.", []),
        ("Ông làm việc tại Thái Bình Dương Group từ năm 2010.", []),
        ("Công ty cổ phần Bia Hà Nội công bố lợi nhuận quý II.", []),
        ("Sinh viên Đại học Quốc gia Hà Nội giành giải nhất.", []),
        ("Câu lạc bộ Hà Nội thắng 2-0 trên sân nhà.", []),
        ("Đoàn đại biểu rời Hà Nội, lên đường thăm Nhật Bản.", []),
        ("Ca sĩ Hà Nội hát mừng đại hội.", []),
        ("Bảo tàng Hồ Chí Minh mở cửa miễn phí.", []),
        ("Khánh thành đường Nguyễn Văn Linh tại khu đô thị mới.", []),
        ("Ông Đỗ Kim Tuyến - đại biểu Quốc hội TP Hà Nội, phát biểu.", []),  # a delegation
        # a capital named as one; a venue and then its city; an address in brackets
        ("Đợt biểu tình mới kéo dài 3 ngày tại thủ đô Phnom Penh.", ["Phnom Penh"]),
        ("Đêm diễn tại sân khấu Trung tâm Hội nghị Quốc gia, Hà Nội.", ["Hà Nội"]),
        # …also when the time it happened follows the city
        ("Sách ra mắt tại rạp Công Nhân, Hà Nội vào sáng 3/11.", ["Hà Nội"]),
        ("Lễ ký diễn ra tại khách sạn Melia, Hà Nội chiều 2/11.", ["Hà Nội"]),
        ("Bảo tàng Lịch sử (số 1 Tràng Tiền, Hà Nội) đã khai mạc triển lãm.", ["Hà Nội"]),
        ("Tại hội nghị, Hà Nội đã đề xuất.", []),  # a city as an actor, not after a venue
        # an address from a commune up to its province
        ("Hợp tác xã thôn Triều Khúc, xã Tân Triều, Thanh Trì, Hà Nội cho biết.", ["Hà Nội"]),
    ],
)
def test_a_place_only_where_the_text_names_it_as_one(text: str, places: list[str]) -> None:
    assert [m.place for m in find_places(text)] == places


def test_where_someone_lives_is_never_the_event_s_place() -> None:
    mentions = find_places("Danh liên hệ với Đinh Thị Thảo (ngụ tỉnh Lạng Sơn) để bàn bạc.")
    assert [(m.place, m.residence) for m in mentions] == [("Lạng Sơn", True)]
    assert best_place(mentions) is None


def test_places_read_after_a_venue_do_not_keep_events_apart() -> None:
    text = "Đêm diễn tại sân khấu Trung tâm Hội nghị Quốc gia, Hà Nội."
    assert article_place(article(text)) == "Hà Nội"
    assert article_places(article(text)) == frozenset()


@pytest.mark.parametrize(
    ("opener", "place"),
    [
        ("Hà Nội: Mạnh tay xử lý xe quá đát", "Hà Nội"),
        ("ĐÀ NẴNG - Sáng nay, lễ hội pháo hoa khai mạc", "Đà Nẵng"),
        ("(Quảng Ngãi) Những lá phiếu đến sớm", "Quảng Ngãi"),
        ("TP.HCM: Khai trương tuyến xe buýt du lịch", "TP. Hồ Chí Minh"),
        ("Thái Bình Dương: những cơn bão mạnh nhất năm", None),
        ("Hà Nội mùa thu", None),
    ],
)
def test_datelines_name_the_place(opener: str, place: str | None) -> None:
    found = find_places("", openers=[opener])
    assert [m.place for m in found] == ([place] if place else [])
    assert all(m.evidence is Evidence.DATELINE for m in found)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # "tại …" outweighs a unit named more often: the event is where it happens
        (
            "Hội chợ\n\nĐoàn doanh nghiệp tỉnh Quảng Ninh và tỉnh Quảng Ninh mang sản phẩm "
            "tới hội chợ tại Đà Nẵng.",
            "Đà Nẵng",
        ),
        # a dateline counts with the "tại …" phrases
        ("Cần Thơ: Khai mạc hội chợ\n\nHội chợ tại Cần Thơ có 300 gian hàng của tỉnh Hậu Giang.", "Cần Thơ"),
        # nothing named as a place: none, not the ocean's namesake province
        ("APEC\n\nDiễn đàn Hợp tác Kinh tế châu Á - Thái Bình Dương họp ở Lima, Peru.", None),
        ("Cổ phiếu\n\nCổ phiếu của Ngân hàng TMCP Hà Nội tăng 5% trong phiên sáng.", None),
        # otherwise the unit named most often, ties to the first named
        ("Tập huấn\n\nTỉnh Bắc Giang và tỉnh Hải Dương tập huấn; tỉnh Hải Dương đăng cai.", "Hải Dương"),
    ],
)  # fmt: skip
def test_article_place_prefers_where_the_event_happens(text: str, place: str | None) -> None:
    assert article_place(article(text)) == place


def test_a_section_takes_its_place_from_datelines_and_tai_phrases_first() -> None:
    members = [
        article("Thăm hỏi\n\nLãnh đạo tỉnh Nghệ An thăm hỏi bà con vùng lũ.", "a1"),
        article("Vùng lũ\n\nLãnh đạo tỉnh Nghệ An và tỉnh Hà Tĩnh trao quà.", "a2"),
        article("Hà Tĩnh: Trao quà vùng lũ\n\nĐoàn công tác trao 500 suất quà.", "a3"),
    ]
    assert section_place(members) == "Hà Tĩnh"
    assert section_place(members[:2]) == "Nghệ An"
    assert section_place([]) is None


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a foreign city's clock is given where the event is; the reader's own clock is not
        ("Họp báo\n\nÔng Suzuki xin lỗi tại cuộc họp báo hôm 18/5 (giờ Tokyo) về vụ gian lận.",
         "Tokyo"),
        ("Hội đàm\n\nHai nhà lãnh đạo hội đàm lúc 21h (giờ Hà Nội) tại Washington.", "Washington"),
        ("Thông báo\n\nBuổi lễ bắt đầu lúc 9h (giờ Hà Nội).", None),
        # a visitor's arrival names the visit's place, below "tại …"
        ("Diễn viên\n\nNam diễn viên Paul Blackthorne đến Hà Nội trong hai tuần.", "Hà Nội"),
        ("Xúc tiến đầu tư\n\nĐoàn doanh nghiệp Nhật Bản tới thăm Hà Nội hôm qua; hôm nay đoàn "
         "làm việc tại Đà Nẵng với lãnh đạo thành phố về các dự án.",
         "Đà Nẵng"),
    ],
)  # fmt: skip
def test_a_local_clock_and_a_visitor_s_arrival_name_the_place(text: str, place: str | None) -> None:
    assert article_place(article(text)) == place


def test_an_arrival_does_not_keep_events_apart() -> None:
    text = "Diễn viên\n\nNam diễn viên Paul Blackthorne đến Hà Nội trong hai tuần."
    assert [m.evidence for m in find_places(text)] == [Evidence.ARRIVAL]
    assert article_places(article(text)) == frozenset()


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a province in the old tone style, or in a spelling the press uses, is the same place
        ("Hội nghị\n\nHội nghị diễn ra tại tỉnh Thanh Hoá sáng nay.", "Thanh Hóa"),
        ("Làm việc\n\nĐoàn công tác làm việc với Tỉnh ủy tỉnh Đăk Lăk về hạn hán.", "Đắk Lắk"),
        # a person's name after the place does not make the place part of a longer name
        ("Làm việc\n\nBí thư Thành ủy TP.HCM Nguyễn Văn Nên thăm khu công nghệ cao.",
         "TP. Hồ Chí Minh"),
        # several places after "tại" are the scope of a report, not one event's venue
        ("Gian lận\n\nCác vụ gian lận thi cử tại Sơn La, Hà Giang và Hòa Bình được khởi tố.", None),
        # a province in brackets after a person's name is theirs (a delegate's), not the venue
        ("Quốc hội\n\nĐại biểu Trần Văn Bình (TP Hồ Chí Minh) phát biểu về luật thi đua.", None),
    ],
)  # fmt: skip
def test_spellings_people_after_a_place_lists_and_delegates(text: str, place: str | None) -> None:
    assert article_place(article(text)) == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a venue named by its district only gives the district's province
        ("Bầu cử\n\nSáng 20-5, tại Cơ quan quân sự huyện đảo Lý Sơn, 300 cử tri đi bầu.",
         "Quảng Ngãi"),
        ("Đối thoại\n\nNgười dân 3 xã (huyện Sóc Sơn) đối thoại với Chủ tịch UBND thành phố.",
         "Hà Nội"),
        ("Hội nghị\n\nHội nghị xúc tiến du lịch diễn ra tại TP Nha Trang.", "Khánh Hòa"),
        ("Khởi tố\n\nCông an quận 4 đã khám nghiệm hiện trường.", "TP. Hồ Chí Minh"),
        # the kind tells namesakes apart; a name several provinces share names none
        ("Họp báo\n\nUBND quận Hoàng Mai tổ chức họp báo.", "Hà Nội"),
        ("Họp báo\n\nUBND thị xã Hoàng Mai tổ chức họp báo.", "Nghệ An"),
        ("Họp báo\n\nUBND huyện Châu Thành tổ chức họp báo.", None),
        # older names the press used before a merger
        ("Lễ ra quân\n\nLễ ra quân diễn ra tại huyện Từ Liêm.", "Hà Nội"),
        # where someone lives is not the event's place, whatever the address's length
        ("Bắt giữ\n\nNguyễn Anh Tuấn (SN 1991), trú tại xã Kim Liên, huyện Nam Đàn bị bắt.", None),
        ("Lừa đảo\n\nBà Nông Thị Tươi (45 tuổi, thị trấn Phú Thiện, huyện Phú Thiện) tố cáo.",
         None),
        # a company's seat is no venue: the unit named by the police outweighs it
        ("Lừa đảo\n\nCông an TP. Vĩnh Long khởi tố Hải, nhân viên công ty có trụ sở tại quận 1.",
         "Vĩnh Long"),
        # lower case is no name: "thành phố này"
        ("Du lịch\n\nDu khách đến thành phố biển ngày càng đông.", None),
    ],
)  # fmt: skip
def test_a_district_names_its_province(text: str, place: str | None) -> None:
    assert article_place(article(text)) == place


@pytest.mark.parametrize(
    "text",
    [
        "Xét xử\n\nBà Hồng (SN 1976, trú tại phường Trung Hòa, quận Cầu Giấy, TP. Hà Nội) khai.",
        "Truy tố\n\nBị can Huỳnh Bê (61 tuổi, ngụ xã Hòa An, huyện Krông Pắk, Đắk Lắk) bị truy tố.",
        # a birth year opens an address as an age does
        "Ma túy\n\nThành (SN 1969, ở Uông Bí, Quảng Ninh) quen biết Trình trong trại giam.",
        # its parts joined by dashes (P-home-dash, outside pool vims 148:5)
        "Ngà voi\n\nLái xe là Nguyễn Quang Huy (SN 1988), trú tại xã Hoàng Đồng - thành phố Lạng "
        "Sơn - tỉnh Lạng Sơn, điều khiển có nhiều nghi vấn.",
    ],
)
def test_a_province_ending_someone_s_long_address_is_no_venue(text: str) -> None:
    assert article_place(article(text)) is None


def test_a_district_followed_by_its_province_is_counted_once() -> None:
    text = "Mô hình đang vận hành tại huyện Nam Đàn (Nghệ An) và tại Moscow."
    assert [m.place for m in find_places(text)] == ["Nghệ An", "Moscow"]


def test_a_province_named_through_a_district_does_not_keep_events_apart() -> None:
    text = "Bầu cử\n\nTại huyện Lý Sơn, cử tri đi bầu sớm."
    assert article_place(article(text)) == "Quảng Ngãi"
    assert article_places(article(text)) == frozenset()


def test_a_city_abroad_and_its_region_are_one_venue_not_a_list() -> None:
    text = "Gặp gỡ\n\nHai bên gặp nhau bên lề một hội nghị tổ chức ở Tampa, Florida (Mỹ) hôm 26.5."
    assert article_place(article(text)) == "Tampa"
    # Vietnamese provinces in a row stay a scope
    assert article_place(article("Hạn hán\n\nHạn hán kéo dài tại Sơn La, Hòa Bình.")) is None


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Thượng đỉnh\n\nHội nghị thượng đỉnh diễn ra tại Bình Nhưỡng hôm 18/9.", "Bình Nhưỡng"),
        ("Đàm phán\n\nChiều 3/3, tại Kyiv, hai bên ký biên bản.", "Kiev"),
        ("Diễn đàn\n\nBộ trưởng đến Dublin dự diễn đàn về biến đổi khí hậu.", "Dublin"),
        # a city's name that starts a longer name is no venue
        ("Bóng rổ\n\nAnh chơi cho Boston Celtics từ năm 2010.", None),
    ],
)  # fmt: skip
def test_venues_abroad_are_found_by_their_usual_spellings(text: str, place: str | None) -> None:
    assert article_place(article(text)) == place
