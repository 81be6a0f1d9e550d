"""The event's day when a page states its publication date, on shapes read from real saved pages
(../shared/data/pages): a speaker's "hôm nay" inside a quotation, a deadline "chậm nhất là ngày
31-7", and a planned day "sẽ … vào ngày 7/4", which is no event's day (R-planned)."""

from __future__ import annotations

from datetime import date

import pytest

from summarize.briefing.dates import event_date
from summarize.models import EventDate

PAGE_DAY = date(2026, 3, 7)


@pytest.mark.parametrize(
    "line",
    [
        'Khi là chồng rồi, cái chồng quan tâm chủ là "Hôm nay có gì ăn?".',
        "1. “Một cái có tên là ngày hôm qua, và cái còn lại được gọi là ngày mai. Hôm nay chính "
        "là ngày thích hợp nhất để tin, yêu, hành động” - Đức Đạt Lai Lạt Ma.",
        'Anh T. kể lại: "Chiều qua tôi không thấy bao tải này ở đây".',
    ],
)
def test_a_speakers_relative_day_inside_a_quotation_is_not_the_pages(line: str) -> None:
    assert event_date([line], PAGE_DAY) is None


def test_the_articles_own_relative_day_still_takes_the_pages_date() -> None:
    lines = ['Sáng nay, ông A nói: "Hôm qua chúng tôi đã họp", rồi chủ trì hội nghị.']
    assert event_date(lines, PAGE_DAY) == EventDate(2026, 3, 7)


def test_a_deadline_after_cham_nhat_la_is_not_the_events_day() -> None:
    line = (
        "Hộ kinh doanh thông báo doanh thu thực tế phát sinh với cơ quan thuế quản lý trực tiếp "
        "chậm nhất là ngày 31-7 và thông báo doanh thu 6 tháng cuối năm chậm nhất là ngày 31-1."
    )
    assert event_date([line], PAGE_DAY) is None
    # the day is read without the deadline's words: on a page of 3/8 it is that year's 31/7; on a
    # page of 7/3 it would be last July's, seven months old, a recalled day (R-stale)
    conference = ["Ngày 31-7, Cục Thuế tổ chức hội nghị."]
    assert event_date(conference, date(2026, 8, 3)) == EventDate(2026, 7, 31)
    assert event_date(conference, PAGE_DAY) is None


def test_a_planned_day_is_not_the_events() -> None:
    # the MBS page of 7/3/2026 reports a forecast; FTSE Russell's announcement is yet to come
    line = (
        "Theo lộ trình, FTSE Russell sẽ tiến hành kỳ soát xét vào tháng 3 và công bố kết quả vào "
        "ngày 7/4."
    )
    assert event_date([line], PAGE_DAY) is None
    assert event_date([line]) is None
    # a day the article reports, after the plan, is taken
    forecast = "Ngày 5/3, MBS công bố báo cáo dự báo danh mục cổ phiếu."
    assert event_date([line, forecast], PAGE_DAY) == EventDate(2026, 3, 5)
    # a day said of what was done, even after a sentence of plans, still precedes the page
    done = "Đội tuyển sẽ sang Syria dự vòng loại World Cup 2018. Ngày 7/4, đội đã tập buổi đầu."
    assert event_date([done], date(2026, 4, 9)) == EventDate(2026, 4, 7)
    # on the page of 7/3 it is not taken as 7/4/2026: last year's 7/4 is a recalled day (R-stale)
    assert event_date([done], PAGE_DAY) is None
