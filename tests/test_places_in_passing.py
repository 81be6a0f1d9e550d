"""Places an article names in passing are not where its event happened (read from outside
articles the rules were not written on): a list of provinces after a plural head ("ở nhiều tỉnh
thành như Hà Nội, TPHCM, Phú Thọ") and a building's, project's or firm's site ("tọa lạc tại …,
Hà Nội", "phát triển tại quận 9", "đặt tại", "có trụ sở tại")."""

from __future__ import annotations

import pytest

from summarize.briefing.venue import article_venue, candidates

from .test_places import article


@pytest.mark.parametrize(
    "text",
    [
        "Đổi giấy phép lái xe qua mạng\n\nBộ GTVT cho biết dịch vụ cấp đổi giấy phép lái xe qua "
        "mạng trước đây đã được triển khai ở nhiều tỉnh thành như Hà Nội, TPHCM, Phú Thọ, Bình "
        "Dương; nay sẽ mở rộng ra cả nước.",
        "Cá chết\n\nTheo Chủ tịch Hội nghề cá, đến nay ngư dân các tỉnh Hà Tĩnh đến Thừa Thiên - "
        "Huế chưa thể đi đánh cá ven biển.",
        "Ra mắt dự án\n\nMột dự án căn hộ cao cấp vừa được tung ra thị trường. Dự án tọa lạc tại Lô "
        "N01 – T4, Khu đô thị Đoàn Ngoại Giao, Phường Xuân Tảo, Quận Bắc Từ Liêm, Hà Nội, liền kề "
        "công viên.",
        # a project's, an estate's or a dam's site (P-site, dev-115 108:0)
        "Hợp tác\n\nKhải Hoàn Land là đơn vị phân phối hơn 100 căn biệt thự của Khu biệt thự "
        "Lucasta của Khang Điền phát triển tại quận 9.",
        "Thủy điện\n\nBộ NN-PTNT kiến nghị dừng dự án. Nhà máy đặt tại xã Krông Na, H.Buôn Đôn, "
        "tỉnh Đắk Lắk.",
        # several goals of an arrival are a scope (P-arrival-list, outside pool vims 054:3)
        "Đạp xe xuyên Việt\n\nĐây là lần thứ 3 anh đạp xe chặng dài, 2 lần trước chỉ đạp tới Quảng "
        "Bình và Huế.",
    ],
)
def test_a_place_named_in_passing_is_no_venue(text: str) -> None:
    assert candidates(article(text)) == []
    assert article_venue(article(text)) is None


def test_the_venue_is_still_read_beside_a_list_of_provinces() -> None:
    text = (
        "Truy bắt\n\nNgày 5/4, tại Gia Lai, Công an tỉnh Gia Lai họp báo về chuyên án. Các đơn vị "
        "đã phối hợp truy bắt đối tượng tại các tỉnh Kon Tum, Đắk Lắk và Đồng Nai."
    )
    assert [c.place for c in candidates(article(text))] == ["Gia Lai"]
    assert article_venue(article(text)) == "Gia Lai"
    # one province after "các tỉnh" is no list: it is still named
    one = "Họp báo\n\nCông an các tỉnh Kon Tum đã họp báo về chuyên án."
    assert [c.place for c in candidates(article(one))] == ["Kon Tum"]


# P-recalled (outside pool vims 091:2): a sentence opening on "Trước đó," recalls an earlier event,
# and a place "tại"/"ở" introduces there is that event's venue, at home or abroad.
RECALLED_ABROAD = (
    "Xạ thủ Hoàng Xuân Vinh giành HCĐ thế giới\n\nỞ vòng đấu tranh huy chương, xạ thủ Việt Nam "
    "đứng hạng 3. Trước đó, anh cũng giành HCĐ 10m súng ngắn hơi nam ở giải ISSF World Cup tại "
    "Bangkok (Thái Lan) từ ngày 1-9/3."
)
RECALLED_HOME = (
    "Đạp xe xuyên Việt\n\nTrước đây, Khương đã từng đạp xe đi từ Cà Mau tới Huế. Lần này, Khương "
    "quyết tâm một mình đạp xe ra Hà Nội. Hôm qua, anh đã đến Hà Nội."
)


def test_a_recalled_events_venue_is_no_venue() -> None:
    assert article_venue(article(RECALLED_ABROAD)) is None
    assert article_venue(article(RECALLED_HOME)) == "Hà Nội"


def test_a_unit_named_in_a_recalled_sentence_still_counts() -> None:
    text = "Cầu sập\n\nTrước đó, UBND tỉnh Cà Mau cũng có công văn hỏa tốc chỉ đạo huyện."
    assert article_venue(article(text)) == "Cà Mau"


# P-route (outside pool vims 086:4, 129:1, vmds 191:0): a route's or a stretch's ends are no venue.
@pytest.mark.parametrize(
    "text",
    [
        "Thời tiết\n\nGió mạnh ở vùng biển từ Bình Thuận đến Cà Mau, Cà Mau đến Kiên Giang.",
        "Tai nạn\n\nXe khách lưu thông từ hướng tỉnh Hậu Giang về TP.Sóc Trăng (Sóc Trăng) thì "
        "tông vào cột điện.",
        "Hủy chuyến bay\n\nTrên đường bay giữa Hà Nội, TP Hồ Chí Minh và Đà Nẵng, Vietnam Airlines "
        "tăng thêm 3 chuyến.",
        # without "từ" (P-stretch, vims 086:0 and vmds 77:0 read when P-route ran)
        "Thời tiết\n\nĐà Nẵng đến Bình Thuận mây thay đổi, ngày nắng, chiều tối có mưa rào.",
        # written with a dash after a route's word (P-dash-route, outside pool vmds 191:2)
        "Hủy chuyến bay\n\nJetstar Pacific hủy 12 chuyến bay TP.HCM - Đà Nẵng/Vinh, Hà Nội - Đà "
        "Nẵng, ba chuyến Đà Nẵng - TP.HCM và hai chuyến TP.HCM - Vinh.",
    ],
)
def test_a_routes_ends_are_no_venue(text: str) -> None:
    assert article_venue(article(text)) is None


def test_the_venue_is_still_read_beside_a_route() -> None:
    text = (
        "Tai nạn\n\nChiều 23/5, tại Sóc Trăng, xe khách đi từ hướng tỉnh Hậu Giang về TP.Sóc "
        "Trăng đã tông vào cột điện."
    )
    assert article_venue(article(text)) == "Sóc Trăng"


def test_one_goal_of_an_arrival_is_still_the_visits_place() -> None:
    text = "Thăm\n\nChủ tịch nước tới thăm Quảng Bình, gặp gỡ cử tri."
    assert article_venue(article(text)) == "Quảng Bình"
