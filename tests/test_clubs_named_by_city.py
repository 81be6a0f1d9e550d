"""Clubs named by their city or brand, stop 39 (orgs): in a football article a club is listed
when it plays or acts (the gold's O4), though no kind word opens its name; a squad list's clubs,
a region's teams and a province named outside football stay out (bench/README.md, "Stop 39,
orgs")."""

from __future__ import annotations

from summarize.briefing.organisations import extract_organisations

MATCH = [
    "Chiều 20/5, Ban Kỷ luật VFF đã họp xem xét pha vào bóng của trung vệ Trương Đình Luật.",
    "Pha bóng xảy ra ở phút 85 của trận đấu, khi ĐKVĐ B.Bình Dương đang bị chủ nhà Quảng Nam dẫn.",
    "Felix rời sân ở trận đấu bù vòng 2 V-League 2016 giữa Quảng Nam – B.Bình Dương ngày 18/5.",
]


def test_both_sides_of_a_match_are_listed_by_their_city() -> None:
    found = extract_organisations(MATCH)
    assert "Quảng Nam" in found
    assert "B.Bình Dương" in found


def test_a_club_named_twice_with_and_without_its_sponsor_is_one() -> None:
    found = extract_organisations(
        [
            "Chiều 21/5, HAGL đã phải nhận trận thua đậm 1-4 trên sân của Sanna Khánh Hòa.",
            "HLV Võ Đình Tân của đội chủ nhà S.Khánh Hòa cho rằng cầu thủ đã chơi tốt.",
            "Phát biểu sau trận đấu, HLV Nguyễn Quốc Tuấn thừa nhận HAGL thất bại.",
        ]
    )
    assert "HAGL" in found
    assert "Sanna Khánh Hòa" in found
    assert "S.Khánh Hòa" not in found


def test_a_fan_club_and_its_club_are_two_bodies() -> None:
    found = extract_organisations(
        [
            "Hội CĐV Than Quảng Ninh không làm điều gì sai trái, HLV Phan Thanh Hùng nói.",
            "Phải mãi đến khi hết trận đấu, các cầu thủ mới chạy lại cảm ơn.",
        ]
    )
    assert "Than Quảng Ninh" in found


def test_a_squad_lists_clubs_and_a_regions_teams_are_no_bodies() -> None:
    found = extract_organisations(
        [
            "HLV Gerardo Martino đã công bố danh sách 23 cầu thủ của ĐT Argentina.",
            "Tiền đạo: Sergio Aguero (Manchester City), Lionel Messi (Barcelona).",
            "Giải có ý nghĩa quan trọng với các đội bóng Nam Mỹ.",
        ]
    )
    assert "ĐT Argentina" in found
    assert not {"Manchester City", "Barcelona", "Nam Mỹ"} & set(found)


def test_a_province_outside_football_is_no_club() -> None:
    found = extract_organisations(
        ["Đoàn công tác giữa Quảng Nam – Đà Nẵng đã thống nhất phương án hợp tác về du lịch."]
    )
    assert "Quảng Nam" not in found
