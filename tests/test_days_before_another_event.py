"""A day its clause places before another event is an earlier day, not the event's (R-before,
read off s9 003:7): "Hôm 18/5, chỉ hai ngày trước khi bà Thái Anh Văn tuyên thệ nhậm chức, Trung
Quốc đã tiến hành các cuộc tập trận" in an article on the inauguration."""

from __future__ import annotations

from summarize.briefing.dates import event_date
from summarize.models import EventDate

TITLE = "Đài Loan có nữ lãnh đạo đầu tiên"
DRILL = (
    "Hôm 18/5, chỉ hai ngày trước khi bà Thái Anh Văn tuyên thệ nhậm chức lãnh đạo Đài Loan, "
    "Trung Quốc đã tiến hành các cuộc tập trận."
)


def test_a_day_before_another_event_is_not_the_events() -> None:
    assert event_date([TITLE, DRILL]) is None
    assert (
        event_date([TITLE, "Ngày 3/4, một tuần trước khi hội nghị khai mạc, hai bên gặp nhau."])
        is None
    )


def test_the_next_day_is_read_instead() -> None:
    lines = [TITLE, DRILL, "Sáng 20/5, bà Thái Anh Văn tuyên thệ nhậm chức tại Đài Bắc."]
    assert event_date(lines) == EventDate(None, 5, 20)


def test_a_day_that_is_not_placed_before_another_is_still_read() -> None:
    assert event_date([TITLE, "Hôm 18/5, Trung Quốc tiến hành tập trận."]) == EventDate(None, 5, 18)
