"""The event's day on shapes read from articles the rules were not written on (stop 39's outside
sample): a crime or arrest report times its event by the clock ("Vào khoảng 12h15 ngày 5/8"),
which is not a page's time stamp."""

from __future__ import annotations

import pytest

from summarize.briefing.dates import event_date
from summarize.models import EventDate


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["Vào khoảng 12h15 ngày 5/8, tại cửa khẩu Cầu Treo, biên phòng bắt quả tang đối tượng."],
         EventDate(None, 8, 5)),
        (["Vào hồi 12h30 ngày 24/7, hai đối tượng lọt vào tổ mai phục."], EventDate(None, 7, 24)),
        (["Chị Huệ kể lại, khoảng 17h ngày 2/5, một nhóm người xông vào quán."],
         EventDate(None, 5, 2)),
        (["Lúc 22h10 ngày 18/7, đối tượng bị bắt giữ."], EventDate(None, 7, 18)),
    ],
)  # fmt: skip
def test_a_clock_time_that_says_when_it_happened_keeps_the_day(
    lines: list[str], expected: EventDate
) -> None:
    assert event_date(lines) == expected


@pytest.mark.parametrize(
    "lines",
    [
        # a page's time stamp, a deadline's hour, a recalled event: still not the event's day
        ["08:36 ngày 14/03/2016"],
        ["Hồ sơ nộp chậm nhất vào lúc 17h ngày 30/11."],
        ["Các đơn vị gửi báo cáo trước 17h ngày 30/11."],
        ["Trước đó vào khoảng 18h ngày 1/5, một gia đình ghé vào quán ăn."],
        ["Trước đó như đã thông tin, vào khoảng 10h ngày 17/7, biên phòng bắt giữ đối tượng."],
    ],
)
def test_a_clock_time_does_not_make_another_day_the_events(lines: list[str]) -> None:
    assert event_date(lines) is None


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        # V2: the day an inquiry is still going on is a status day; the event's day follows
        (["Ngày 6/6, Công an tỉnh Tây Ninh vẫn đang điều tra vụ trọng án.",
          "Theo đó, rạng sáng 3/6, nạn nhân bị chém tử vong."], EventDate(None, 6, 3)),
        (["Ngày 23/8, Công an TP. Vũng Tàu đang tiếp tục điều tra vụ việc.",
          "Theo đó, vào rạng sáng 22/8, các trinh sát kiểm tra biệt thự."], EventDate(None, 8, 22)),
        # something done that day is the news, even if the inquiry goes on
        (["Ngày 5/4, Công an TPHCM đã bắt giữ hai đối tượng và đang điều tra mở rộng."],
         EventDate(None, 4, 5)),
    ],
)  # fmt: skip
def test_a_day_an_inquiry_is_still_going_on_is_not_the_events(
    lines: list[str], expected: EventDate
) -> None:
    assert event_date(lines) == expected


def test_today_said_with_a_comma_before_its_bracketed_day_is_read() -> None:
    # R-today-comma (outside pool vims 076:4): "Hôm nay, (19/5)" is today's day as "Hôm nay
    # (19/5)" is, not passed over for the deadline "ngay trong ngày mai (20/5)" two lines on
    lines = [
        "Kiểm tra chỉ tiêu an toàn muối ăn",
        "Hôm nay, (19/5), Cục Quản lý chất lượng nông, lâm, thủy sản đã có Công văn gửi các Chi "
        "cục yêu cầu tổ chức lấy mẫu muối.",
        "Kết quả gửi về Cục ngay trong ngày mai (20/5).",
    ]
    assert event_date(lines) == EventDate(None, 5, 19)


def test_a_tone_on_the_wrong_vowel_still_names_the_day() -> None:
    # R/P-retone (outside pool vmds 111:1): VMDS texts put the tone after â ê ô ơ ư ("chiêù")
    assert event_date(["Họp báo", "Chiêù 2/11 , Sở Tài chính tổ chức họp báo."]) == EventDate(
        None, 11, 2
    )


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        # R-coming (outside pool vims 058:5): a day said to come is not the reported event's
        (["Fabregas được triệu tập vào đội tuyển Tây Ban Nha tham dự EURO 2016 ở Pháp khởi tranh "
          "vào ngày 10-6 tới."], None),
        (["Còn ở Mỹ, phim được trình chiếu chính thức vào ngày 27/5 sắp tới.",
          "Chiều 20/5, hãng phim công bố doanh thu."], (5, 20)),
        # a hearing or a gathering announced for a coming day: its day is the event's (the gold's
        # convention, dev-115 vn_val_000662)
        (["Theo lịch xét xử, vào ngày 5/12 tới đây, toà phúc thẩm TAND Cấp cao tại TP. HCM đưa "
          "vụ án ra xét xử."], (12, 5)),
        # "tới" the verb (to reach) says nothing of a coming day
        (["Tổng thống Obama ngày 22/5 tới Hà Nội, bắt đầu chuyến thăm."], (5, 22)),
    ],
)  # fmt: skip
def test_a_day_said_to_come_is_not_the_events(
    lines: list[str], expected: tuple[int, int] | None
) -> None:
    found = event_date(lines)
    assert (found and (found.month, found.day)) == expected


def test_a_day_years_older_than_the_texts_latest_dated_day_is_recalled() -> None:
    # R-older-year (outside pool vims 029:3): with no publication date, the text's latest day
    # with its year bounds the article's own date; a 2015 letter recalled in 2016 is no event
    lines = [
        "Theo đó, ngày 13/4/2015, Cục Quản lý Dược đã ban hành Công văn về các chất dùng trong mỹ "
        "phẩm.",
        "Trên cơ sở đó, ngày 29/4/2016, Cục Quản lý Dược đã ban hành công văn mới.",
    ]
    assert event_date(lines) == EventDate(2016, 4, 29)
    # alone, the 2015 day is still the text's event day; a day without its year is never refused
    assert event_date(lines[:1]) == EventDate(2015, 4, 13)
    assert event_date(["Chiều 2/3, tại Hà Nội, hội nghị diễn ra.", lines[1]]) == EventDate(
        None, 3, 2
    )
