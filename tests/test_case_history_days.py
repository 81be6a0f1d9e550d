"""A case document's account recalls the case's history, not the day of the report (R-account,
read off dev-115 052:0): "Theo đơn khởi kiện …, vào ngày 13/10/2014, … ký hợp đồng" is the day a
lease was signed, not the day the court ruled. When the opening's first day is such a day, the
opening tells the history: a later bare day is the history's too, and only a day said with a
part of the day ("Chiều 20/5, TAND … tuyên án") or marked today dates the report."""

from __future__ import annotations

from summarize.briefing.dates import event_date
from summarize.models import EventDate

TITLE = "Hoa hậu thua kiện chủ nhà, phải bồi thường 360 triệu đồng"
ACCOUNT = (
    "Theo đơn khởi kiện của Hoa hậu Diệu Hân, vào ngày 13/10/2014, Diệu Hân với bà Minh Trang ký "
    "hợp đồng cho thuê một phần căn nhà."
)
STORY = "Vì vậy, ngày 4/6/2015, Diệu Hân đã gửi thông báo cho bà Trang về việc yêu cầu bồi thường."


def test_a_day_a_case_document_recounts_is_not_the_reports() -> None:
    assert event_date([TITLE, ACCOUNT]) is None
    indictment = "Theo cáo trạng, khoảng 22h tối 13/12/2017, Đức ngồi uống cà phê tại quán Lá."
    assert event_date([TITLE, indictment]) is None


def test_after_an_account_the_openings_bare_days_are_the_history() -> None:
    assert event_date([TITLE, ACCOUNT, STORY]) is None


def test_after_an_account_a_day_with_its_part_of_the_day_is_the_reports() -> None:
    ruling = "Chiều 20/5, TAND quận 3 tuyên buộc chủ nhà bồi thường."
    assert event_date([TITLE, ACCOUNT, STORY, ruling]) == EventDate(None, 5, 20)


def test_a_report_that_opens_on_its_own_day_keeps_it() -> None:
    trial = "Ngày 20/5, TAND TP HCM mở phiên sơ thẩm vụ kiện."
    assert event_date([TITLE, trial, ACCOUNT, STORY]) == EventDate(None, 5, 20)
