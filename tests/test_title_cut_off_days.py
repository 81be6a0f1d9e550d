"""A title's bare day that the body names as a cut-off or deadline is the cut-off, not an event's
day (R-title, read off dev-115 171:1): "12 cửa hàng xăng dầu đóng cửa ngày 31/10" over a letter
that lets them trade "đến hết 31/10 năm nay"."""

from __future__ import annotations

from summarize.briefing.dates import event_date
from summarize.models import EventDate

TITLE = "Hà Nội : 12 cửa hàng xăng dầu đóng cửa ngày 31/10"
LETTER = (
    "Giám đốc Sở Công thương Hà Nội vừa có công văn yêu cầu các doanh nghiệp duy trì hoạt động "
    "kinh doanh cửa hàng đến hết 31/10 năm nay để giải quyết hàng tồn."
)


def test_a_titles_day_the_body_names_as_a_cut_off_dates_nothing() -> None:
    assert event_date([TITLE, LETTER]) is None
    assert event_date([TITLE, TITLE, LETTER]) is None  # a text that opens by repeating its title


def test_a_titles_day_with_no_cut_off_in_the_body_is_still_read() -> None:
    letter = "Giám đốc Sở Công thương vừa có công văn."
    assert event_date([TITLE, letter]) == EventDate(None, 10, 31)


def test_a_titles_day_with_its_part_of_the_day_is_an_events() -> None:
    title = "Chiều 31/10, 12 cửa hàng xăng dầu đóng cửa"
    assert event_date([title, LETTER]) == EventDate(None, 10, 31)


def test_the_bodys_own_day_is_still_read() -> None:
    body = "Ngày 25/10, Sở Công thương yêu cầu các cửa hàng đóng cửa đến hết 31/10."
    assert event_date([TITLE, body]) == EventDate(None, 10, 25)
