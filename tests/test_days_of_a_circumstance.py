"""A bare day in a "khi" clause dates the clause's circumstance, not the article's event (R-khi,
read off s10 027:0): "thỏa thuận … xuất phát từ câu nói dí dỏm của Jean Liu khi tới thăm trụ sở
Apple vào ngày 20/4" is the day of a visit the deal grew out of. A day said with its part of the
day is still the event's ("khi bất ngờ thua … sáng 17/10")."""

from __future__ import annotations

from summarize.briefing.dates import event_date
from summarize.models import EventDate

TITLE = "Vị nữ chủ tịch vừa gọi được 1 tỉ USD từ Apple chỉ bằng một câu nói đùa"


def test_a_bare_day_after_khi_is_a_circumstances() -> None:
    visit = (
        "Thỏa thuận tỉ đô này xuất phát từ câu nói dí dỏm của Jean Liu khi tới thăm trụ sở Apple "
        "vào ngày 20/4."
    )
    assert event_date([TITLE, visit]) is None
    since = "Ông chưa hút điếu thuốc nào kể từ khi xuất hiện trong cuộc thử nghiệm hôm 15-3."
    assert event_date([TITLE, since]) is None


def test_a_day_with_its_part_of_the_day_after_khi_is_still_read() -> None:
    loss = "Lee Chong Wei gây sốc khi bất ngờ thua ở vòng một giải Đan Mạch mở rộng sáng 17/10."
    assert event_date([TITLE, loss]) == EventDate(None, 10, 17)


def test_a_day_before_khi_is_still_read() -> None:
    patrol = "Ngày 20/4, khi đang tuần tra, tổ công tác phát hiện hai đối tượng."
    assert event_date([TITLE, patrol]) == EventDate(None, 4, 20)
