"""The event's day past the opening: a court or crime report may tell a case's history for a dozen
lines before it comes to its own day ("Chiều 20/5, TAND TP HCM mở phiên phúc thẩm", line 27 of
s8 052:1). Only a day said with a part of the day counts there; a bare "ngày 1/7" that far in is
mostly an event the article recalls."""

from __future__ import annotations

from datetime import date

from summarize.briefing.dates import DATE_LINES, event_date
from summarize.models import DateKind, EventDate

HISTORY = [
    "Hoa hậu thua kiện chủ nhà, phải bồi thường 360 triệu đồng",
    "Theo nội dung vụ án, người đẹp ký hợp đồng thuê một phần căn nhà trên đường Võ Văn Tần.",
    *["Cô đã nhiều lần yêu cầu chủ nhà tôn trọng thỏa thuận trong hợp đồng."] * (DATE_LINES - 2),
]


def test_a_day_with_a_part_of_the_day_after_the_opening_is_the_events() -> None:
    lines = [*HISTORY, "Không chấp nhận bản án này, cô kháng cáo.",
             "Chiều 20/5, TAND TP HCM mở phiên phúc thẩm."]  # fmt: skip
    assert event_date(lines) == EventDate(None, 5, 20)
    published = date(2016, 5, 21)
    assert event_date(lines, published) == EventDate(2016, 5, 20)


def test_an_arrest_after_an_investigations_story_is_dated() -> None:
    lines = [*HISTORY, "Đúng như dự kiến, vào tối 25/10, các trinh sát phát hiện hai đối tượng."]
    assert event_date(lines) == EventDate(None, 10, 25)


def test_a_bare_day_past_the_opening_is_no_events() -> None:
    for late in (
        "Như báo đã đưa từ trước, ngày 1/7, có 1 người đàn ông gọi điện thoại đến Công an phường.",
        "Ngày 19/5, Tổ chức Giám sát Nhân quyền Syria cho biết quân chính phủ đã rút.",
        "Thỏa thuận xuất phát từ câu nói đùa khi cô tới thăm trụ sở Apple vào ngày 20/4.",
    ):
        assert event_date([*HISTORY, late]) is None


def test_a_late_day_passes_the_checks_every_day_passes() -> None:
    recalled = "Trước đó, chiều 12/4, nhóm này đã gây ra một vụ trộm khác."
    assert event_date([*HISTORY, recalled]) is None


def test_an_opening_day_still_comes_first() -> None:
    lines = [*HISTORY[:2], "Ngày 9/6, tòa tuyên án.", *HISTORY[2:], "Chiều 20/5, cô kháng cáo."]
    assert event_date(lines) == EventDate(None, 6, 9)


def test_a_relative_day_in_the_opening_is_not_replaced_by_a_later_one() -> None:
    # "sáng nay" with no source date is a day nobody can name; a later day is not it
    lines = [*HISTORY[:-1], "Sáng nay, tòa mở phiên phúc thẩm.", "Chiều 20/5, cô kháng cáo."]
    assert event_date(lines) is None
    assert event_date(lines, date(2016, 5, 23)) == EventDate(2016, 5, 23)


def test_a_file_date_gives_the_late_days_year_as_inferred() -> None:
    lines = [*HISTORY, "Chiều 20/5, TAND TP HCM mở phiên phúc thẩm."]
    found = event_date(lines, date(2016, 6, 2), DateKind.FILE_MODIFIED)
    assert found == EventDate(2016, 5, 20, year_from=DateKind.FILE_MODIFIED)
