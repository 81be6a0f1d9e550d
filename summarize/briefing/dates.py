"""The day an event took place, as the article says it: "chiều 2/11", "ngày 23-10", "sáng nay".

News gives the event's day early and without a year ("Chiều 22/10, tại Hà Nội, …"); the year
comes from the publication date when the source states one (Metadata.published), else from a
year written in the text beside the day. Dates of other things are not the event's: a figure's
cut-off ("tính đến ngày 30-9-2025"), a deadline ("trước ngày 30/11"), a decision's date
("quyết định số 32/QĐ-THA ngày 16/5/2019"), a birth year, a period ("từ ngày 19.5 đến 31.10"),
a page's own stamp ("Cập nhật ngày 12/10/2023 08:00"), an earlier event the article recalls
("Trước đó hôm 20/5"), a plan ("sẽ … công bố kết quả vào ngày 7/4").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from datetime import date, timedelta
from typing import NamedTuple

from ..models import Article, DateKind, EventDate, Role
from ..text.normalize import misplaced_tones_moved

# How much of a section is read for its date: the opening of each article says it.
DATE_LINES = 12
_DAYTIME = r"(?:sáng|chiều|tối|trưa|đêm)"  # the parts of a day
_PART = rf"(?:{_DAYTIME}|hôm)"
_DAY_MONTH = r"(?P<day>\d{1,2})\s*[/.-]\s*(?P<month>\d{1,2})(?:\s*[/.-]\s*(?P<year>\d{4}))?"
_WORDS = r"(?P<wday>\d{1,2})\s+tháng\s+(?P<wmonth>\d{1,2})(?:\s+năm\s+(?P<wyear>\d{4}))?"
# A day named as the event's: after a part of the day or "ngày"/"hôm", or in brackets after
# "hôm nay", "tối qua" ("Hôm nay (22/10)").
# A day of the week may stand between the part of the day and the date: "sáng hôm thứ Hai
# (23/5)", "thứ Năm (22/10)".
_WEEKDAY = r"(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy)|chủ\s+nhật)"
_DATE = re.compile(
    rf"(?<![\w/.-])(?:{_PART}(?:\s+(?:nay|qua|mai))?(?:\s+ngày)?(?:\s+{_WEEKDAY})?"
    rf"|ngày\s+mai|ngày|vào ngày|mùng|{_WEEKDAY})\s*"
    # "Hôm nay (19/5)", "Hôm nay, 19/5" and both (R-today-comma): "Hôm nay, (19/5), Cục … có"
    rf"(?:,\s*)?\(?\s*(?:{_DAY_MONTH}|{_WORDS})(?![\d/])",
    re.IGNORECASE,
)
# A day in brackets after a noun phrase that opens with "ngày" names that day: "kể từ ngày công
# bố và phát động Giải (19/5)", "ngày khai mạc (2/11)". Only the words right before the bracket
# may make it another thing's date: "kể từ" before "ngày" opens a period from the event's day.
_NAMED_DAY = re.compile(
    rf"(?<![\wÀ-ỹ])ngày(?:\s+[^\s\d,.;:!?()]+){{1,8}}\s*(?P<bracket>\(\s*{_DAY_MONTH}\s*\))",
    re.IGNORECASE,
)
_RELATIVE = re.compile(rf"\b(?P<part>{_PART}|hôm)\s+(?P<rel>nay|qua)\b", re.IGNORECASE)
# Words just before a date that make it another thing's date than the event's.
_NOT_EVENT = re.compile(
    r"(?<![\wÀ-ỹ])(?:tính đến|đến hết|đến|trước|sau|từ|kể từ|hạn|hết hạn|số\s+\S+|ban hành|"
    # an earlier event the article recalls: "Trước đó hôm 20/5", "hồi 3/2"
    r"trước đó|trước đây|(?<!thu )(?<!phục )(?<!phản )hồi|"
    # a document's signature ("ký ngày 16/5"), not a signing ceremony ("Lễ ký hôm 23/5")
    # a deadline, also "chậm nhất là ngày 31-7"
    r"(?<!lễ )(?<!Lễ )ký|(?:chậm nhất|muộn nhất|hạn chót)(?:\s+là)?|"
    r"SN|sinh|năm sinh|vào khoảng|khoảng|lúc|giờ|thành lập|kỷ niệm|sẽ\b.*|"
    r"cho hay|cho biết|đưa tin|Reuters|AFP|AP|Bloomberg|Tân Hoa xã|TTXVN|"
    # a paper's report ("báo VnExpress ngày 20/5"), not the press spoken to ("báo giới ngày 20/5")
    r"báo (?!(?:giới|chí)(?![\wÀ-ỹ]))\S+|"
    r"cập nhật|đăng|đăng tải|xuất bản|phát hành)"
    r"\s*(?:ngày|hôm)?\s*$",
    re.IGNORECASE,
)
_HOURS = re.compile(
    r"\d+\s*h\s*(?:\d+)?\s*(?:ngày)?\s*$|\bgiờ\s+(?:ngày)?\s*$|\d{1,2}:\d{2}\s*(?:ngày)?\s*$"
)
# A sentence that opens on "Trước đó," recalls an earlier event, whatever aside comes before its
# day: "Trước đó, như chúng tôi đã đưa tin, ngày 1/3/2016, TAND tỉnh … đã mở phiên tòa", "Trước đó
# như đã thông tin, vào khoảng 10h ngày 17/7".
_RECALLED = re.compile(
    r"(?:^|[.!?\n]\s*)(?:Trước đó|Trước đây)\s*(?:,|\s(?=như\s))[^.!?\n]{0,60}$", re.IGNORECASE
)
# A deadline named earlier in the clause: "Thời hạn chót nhận ảnh dự thi vào ngày 15.9.2013".
_DEADLINE = re.compile(
    r"(?<![\wÀ-ỹ])(?:thời hạn|hạn chót|hạn cuối)(?![\wÀ-ỹ])[^,.;!?\n]{0,50}$", re.IGNORECASE
)
# A document named right before a day: the day is the document's ("Theo kháng nghị giám đốc
# thẩm ngày 21/11", "công văn khẩn ngày 3/5").
_DOCUMENT = re.compile(
    r"(?<![\wÀ-ỹ])(?:quyết định|công văn|văn bản|kháng nghị|nghị quyết|nghị định|thông tư|"
    r"chỉ thị|tờ trình|cáo trạng|bản án)(?:\s+[^\s\d,.;:!?()]+){0,3}\s*$",
    re.IGNORECASE,
)
# A clock time after "vào", "lúc", "hồi" or "khoảng" says when the event happened ("công bố …
# vào 15 giờ ngày 8.8", "Vào khoảng 12h15 ngày 5/8", "Vào hồi 12h30 ngày 24/7"), unlike a bare
# time before a date (a page's stamp "08:00 ngày …", a deadline's hour).
_AT_CLOCK = re.compile(
    r"(?<![\wÀ-ỹ])(?:vào(?:\s+(?:lúc|hồi|khoảng))?|lúc|hồi|khoảng)\s+"
    r"\d{1,2}\s*(?:giờ|h)(?:\s*\d{1,2})?(?:\s+\d{1,2}\s+phút)?\s*$",
    re.IGNORECASE,
)
# A clock time right after a dated day: a page's time stamp ("ngày 3/11/2025 - 08:00").
_STAMP = re.compile(r"\s*[-–|,]?\s*\d{1,2}\s*[:h]\s*\d{2}\b")


def _valid(year: int | None, month: int, day: int) -> bool:
    try:
        date(year or 2000, month, day)  # 2000 is a leap year: 29/2 without a year is valid
    except ValueError:
        return False
    return True


def _parts(match: re.Match[str]) -> tuple[int | None, int, int] | None:
    groups = match.groupdict()  # a bracketed day (_NAMED_DAY) has no written-out form
    day = groups["day"] or groups.get("wday")
    month = groups["month"] or groups.get("wmonth")
    year = groups["year"] or groups.get("wyear")
    if day is None or month is None:
        return None
    found = (int(year) if year else None, int(month), int(day))
    return found if _valid(*found) else None


# An announcement that speaks on its day is the news itself, not a report of it: "Thông báo
# từ LSE hôm 23/4 cho biết, …" dates the announcement.
_ANNOUNCEMENT = re.compile(r"(?<![\wÀ-ỹ])(?:[Tt]hông báo|[Tt]hông cáo|[Tt]uyên bố)(?![\wÀ-ỹ])")


# A day whose clause only says someone is still at it is a status day, not the event's (V2):
# "Ngày 6/6, Công an tỉnh Tây Ninh vẫn đang điều tra vụ trọng án …".
_STILL_AT_IT = re.compile(
    r"(?<![\wÀ-ỹ])(?:vẫn đang|đang tiếp tục|vẫn tiếp tục|đang)\s+"
    r"(?:điều tra|xác minh|làm rõ|truy tìm|truy bắt|tìm kiếm)(?![\wÀ-ỹ])",
    re.IGNORECASE,
)
# A sentence's end, not an abbreviation's dot ("Công an TP. Vũng Tàu … đang điều tra").
_CLAUSE_END = re.compile(r"(?<=[a-zà-ỹ\d)])[.!?;](?=\s|$)|[!?;\n]")
_DONE = re.compile(r"(?<![\wÀ-ỹ])(?:đã|vừa)(?![\wÀ-ỹ])", re.IGNORECASE)


def _status_day(rest: str) -> bool:
    """The day's clause (to the sentence's end, 100 characters at most) says only that an
    inquiry goes on, with nothing done ("đã", "vừa") before it."""
    clause = _CLAUSE_END.split(rest[:100], maxsplit=1)[0]
    still = _STILL_AT_IT.search(clause)
    return still is not None and not _DONE.search(clause[: still.start()])


def _is_event_date(text: str, match: re.Match[str]) -> bool:
    """False for a cut-off, deadline, period start, decision or birth date."""
    start = match.start("bracket") if "bracket" in match.re.groupindex else match.start()
    before = text[max(0, start - 40) : start]
    clock = _AT_CLOCK.search(before)
    if clock:
        before = before[: clock.start()]  # "vào 15 giờ ngày 8.8": when it happened
    elif _HOURS.search(before):
        return False
    if _NOT_EVENT.search(before) or _DOCUMENT.search(before):
        return False
    opening = text[max(0, start - 80) : start]
    if _RECALLED.search(opening) or _DEADLINE.search(opening):
        return False
    after = text[match.end() : match.end() + 12]
    if match.group("year") and _STAMP.match(after):
        return False
    if _status_day(text[match.end() :]):
        return False
    if _accounted(text, start):
        return False  # "Theo đơn khởi kiện của …, vào ngày 13/10/2014": the case's history
    if _BEFORE_ANOTHER.match(text, match.end()):
        return False  # "Hôm 18/5, chỉ hai ngày trước khi bà … tuyên thệ": an earlier day
    said_with = text[max(0, start - 12) : start] + match.group(0)
    if _in_when_clause(text, start) and not _DAYTIME_WORD.search(said_with):
        return False  # "câu nói … khi tới thăm trụ sở Apple vào ngày 20/4": a circumstance's day
    said = re.match(r"\s*(?:dẫn lời|đưa tin|cho hay|cho biết)", after)
    if said and not _ANNOUNCEMENT.search(before):
        return False  # "Reuters ngày 26/5 dẫn lời …": the day of the report, not of the event
    return not re.match(r"\s*(?:-|–|đến|tới|và)\s*\d", after)  # "từ 23 - 25.5": a span


# A case document's account, opening the day's sentence: "Theo đơn khởi kiện của Hoa hậu Diệu
# Hân, vào ngày 13/10/2014, …", "Theo cáo trạng, ngày 3/2/2015, …".
_ACCOUNT = re.compile(
    r"(?<![\wÀ-ỹ])Theo\s+(?:đơn khởi kiện|đơn kiện|(?:bản\s+)?cáo trạng|bản án|hồ sơ vụ án|"
    r"kết luận điều tra|nội dung vụ án)(?![\wÀ-ỹ])",
    re.IGNORECASE,
)


def _accounted(text: str, start: int) -> bool:
    """A case document's account stands between the start of the day's sentence and the day:
    the day is one the case recalls (R-account), not the report's."""
    ends = [m.end() for m in _CLAUSE_END.finditer(text, 0, start)]
    return _ACCOUNT.search(text, ends[-1] if ends else 0, start) is not None


# A day its clause places before another event (R-before): "Hôm 18/5, chỉ hai ngày trước khi bà
# Thái Anh Văn tuyên thệ", "ngày 3/4, một tuần trước khi".
_BEFORE_ANOTHER = re.compile(
    r"\s*,?\s*(?:(?:chỉ|đúng|khoảng)\s+)?(?:\d+|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|vài)\s+"
    r"(?:ngày|tuần|tháng)\s+trước(?![\wÀ-ỹ])",
    re.IGNORECASE,
)


_DAYTIME_WORD = re.compile(rf"(?<![\wÀ-ỹ]){_DAYTIME}(?![\wÀ-ỹ])", re.IGNORECASE)
# "khi" ("sau khi", "trước khi", "kể từ khi") opening a clause of circumstance (R-khi).
_WHEN = re.compile(r"(?<![\wÀ-ỹ])khi(?![\wÀ-ỹ])", re.IGNORECASE)
_CLAUSE_START = re.compile(r",|(?<=[a-zà-ỹ\d)])[.!?;](?=\s|$)|[!?;\n]")


def _in_when_clause(text: str, start: int) -> bool:
    """ "khi" stands between the day's clause's start (its last comma or the sentence's start)
    and the day: the day is the circumstance's, "của Jean Liu khi tới thăm … vào ngày 20/4"."""
    starts = [m.end() for m in _CLAUSE_START.finditer(text, 0, start)]
    return _WHEN.search(text, starts[-1] if starts else 0, start) is not None


class _Day(NamedTuple):
    """A day a line names as an event's."""

    year: int | None
    month: int
    day: int


_WILL = re.compile(r"(?<![\wÀ-ỹ])sẽ(?![\wÀ-ỹ])", re.IGNORECASE)


# A day said to come (R-coming): "khởi tranh vào ngày 10-6 tới.", "vào ngày 27/5 sắp tới", "ngày
# 5/12 tới đây"; not the verb "tới" (to reach: "ngày 22/5 tới Hà Nội").
_COMING = re.compile(
    r"\s*\)?\s*(?:sắp\s+tới(?![\wÀ-ỹ])|tới(?:\s+đây(?![\wÀ-ỹ])|\s*(?=[,.;:!?)]|$)))",
    re.IGNORECASE,
)
# A hearing or a gathering announced for a coming day: its day is the event's (the gold's
# convention: "vào ngày 5/12 tới đây, toà phúc thẩm … sẽ đưa … ra xét xử").
_ANNOUNCED = re.compile(
    r"(?<![\wÀ-ỹ])(?:xét xử|xử án|phiên tòa|phiên toà|phiên xử|tuyên án|hội nghị|hội thảo|họp|"
    r"kỳ họp|diễn ra|tổ chức|khai mạc|lễ)(?![\wÀ-ỹ])",
    re.IGNORECASE,
)


def _coming(text: str, match: re.Match[str]) -> bool:
    """The day is said to come and its sentence announces no hearing or gathering (R-coming)."""
    if not _COMING.match(text, match.end()):
        return False
    ends = [m.end() for m in _CLAUSE_END.finditer(text, 0, match.start())]
    stop = _CLAUSE_END.search(text, match.end())
    sentence = text[ends[-1] if ends else 0 : stop.end() if stop else len(text)]
    return _ANNOUNCED.search(sentence) is None


def _planned(text: str, start: int) -> bool:
    """ "sẽ" stands between the start of the day's sentence and the day: the day is to come
    ("FTSE Russell sẽ tiến hành kỳ soát xét … và công bố kết quả vào ngày 7/4"), not the day of
    what the article reports (R-planned)."""
    ends = [m.end() for m in _CLAUSE_END.finditer(text, 0, start)]
    return _WILL.search(text, ends[-1] if ends else 0, start) is not None


def dates_in(text: str) -> list[_Day]:
    """The event days a line names, in order; the day a source spoke on ("Hôm nay (23/10), Bộ
    Y tế cho biết: vào chiều tối ngày 22/10, … chủ trì cuộc họp") comes after the days of what
    it reports."""
    found: list[_Day] = []
    reported: list[_Day] = []
    for match, parts in _read(text):
        said = _REPORTED.match(text, match.end())
        (reported if said else found).append(parts)
    return found + reported


def _read(text: str) -> Iterator[tuple[re.Match[str], _Day]]:
    """Each event day a line names, with the words that name it; a planned or coming day is
    none."""
    for match in _event_days(text):
        parts = _parts(match)
        if not parts or not _is_event_date(text, match):
            continue
        if not _planned(text, match.start()) and not _coming(text, match):
            yield match, _Day(*parts)


def _marked_today(text: str) -> list[_Day]:
    """Days the line names as today ("hôm nay 27/5", "chiều nay (27/5)"), unless only a source
    speaks on it ("Hôm nay (23/10), Bộ Y tế cho biết: …")."""
    return [
        parts
        for match, parts in _read(text)
        if _TODAY.search(match.group(0)) and not _REPORTED.match(text, match.end())
    ]


def _event_days(text: str) -> list[re.Match[str]]:
    """Days named as days ("chiều 2/11", "ngày 23-10") and days in brackets after a noun phrase
    opening with "ngày" ("ngày công bố (19/5)"), in the order they are written."""
    dated = list(_DATE.finditer(text))
    taken = [range(m.start(), m.end()) for m in dated]
    named = [
        m
        for m in _NAMED_DAY.finditer(text)
        if not any(m.start("bracket") in span for span in taken)
    ]
    return sorted(dated + named, key=lambda m: m.start())


_TODAY = re.compile(r"(?<![\wÀ-ỹ])nay(?![\wÀ-ỹ])", re.IGNORECASE)
# A date's clause that only says someone reported: "(23/10), Bộ Y tế cho biết:".
_REPORTED = re.compile(r"[\s),]*[^.;:!?]{0,40}?\b(?:cho biết|cho hay|thông báo|thông tin)\s*:")


# A file's properties date is the day it was made or saved, often days after the article:
# it may give the year of a day the text states, never a relative day (D23-filedate).
_FILE_DATES = frozenset({DateKind.FILE_CREATED, DateKind.FILE_MODIFIED})


def event_date(
    lines: Iterable[str], published: date | None = None, dated: DateKind = DateKind.PUBLISHED
) -> EventDate | None:
    """The event day of the opening lines, its year from the text or the source's date: a day
    marked as today ("cả đêm 26/5, kéo dài sang ngày hôm nay 27/5": what the article reports
    happens today), else the first. `dated` says what `published` is: a file's date only gives
    the year of a stated day ("chiều 2/11": the latest 2/11 not after it), marked as inferred.
    When the opening names no day at all, the first day said with a part of the day later on."""
    read = [misplaced_tones_moved(line) for line in lines]  # "chiêù 2/11" (R/P-retone)
    opening = read[:DATE_LINES]
    if opening and _title_cut_off(opening[0], opening[1:]):
        # "đóng cửa ngày 31/10", the body's "đến hết 31/10": the title (and a text that opens by
        # repeating it) dates nothing
        opening = ["" if line.strip() == opening[0].strip() else line for line in opening]
    from_file = dated in _FILE_DATES
    floor = _text_floor(read) if published is None or from_file else None

    def current(days: Sequence[_Day]) -> list[_Day]:
        return _current(days, None if from_file else published, floor)

    today = next((days[0] for line in opening if (days := current(_marked_today(line)))), None)
    if today is not None:
        return _dated(today, published, dated if from_file else None)
    history = None  # whether the opening's first day is a case's history (R-account)
    for line in opening:
        first = _first_day(line) if history is None else None
        if first is not None:
            history = _accounted(line, first.start())
        days = current(_parts_of_day(line) if history else dates_in(line))
        if days:
            return _dated(days[0], published, dated if from_file else None)
        relative = None if from_file else _relative(line, published)
        if relative:
            return relative
    if any(_relative_word(line) for line in opening):
        return None  # "sáng nay" with no source date: the day is unknown, not a later one
    later = (current(_parts_of_day(line)) for line in read[DATE_LINES:])
    late = next((days[0] for days in later if days), None)
    return _dated(late, published, dated if from_file else None) if late else None


# News reports an event within days of it: a day a month or more before the source's own
# publication date is a recalled one (R-stale), whatever words stand around it.
STALE = timedelta(days=30)


def _current(days: Sequence[_Day], published: date | None, floor: date | None = None) -> list[_Day]:
    """The days not older than STALE before a publication date ("Ngày 20/2/2023, FLC bị hủy niêm
    yết" on a page of 7/3/2026; a bare "ngày 23-10" there is last year's). When the source states
    no publication date (a file's date says when it was saved, not published), the days whose
    written year puts them no more than STALE before the text's own latest dated day (`floor`,
    R-older-year: "ngày 30/8/2011" in a text that dates its events 2016)."""
    if published is None:
        return [day for day in days if not _older(day, floor)]
    fresh = []
    for day in days:
        when = _dated(day, published, None)
        if when.year is None or date(when.year, when.month, when.day) >= published - STALE:
            fresh.append(day)
    return fresh


def _older(day: _Day, floor: date | None) -> bool:
    """The day's written year puts it more than STALE before `floor` (R-older-year)."""
    return (
        floor is not None
        and day.year is not None
        and date(day.year, day.month, day.day) < floor - STALE
    )


def _text_floor(lines: Sequence[str]) -> date | None:
    """The latest day the text names as an event's with its year written: the article is not
    older than it (deadlines, cut-offs, planned and coming days are no event days)."""
    written = [
        date(day.year, day.month, day.day)
        for line in lines
        for day in dates_in(line)
        if day.year is not None
    ]
    return max(written, default=None)


# A day after a cut-off's or deadline's words, with or without "ngày": "duy trì hoạt động … đến
# hết 31/10 năm nay", "chậm nhất là ngày 1/11".
_CUT_OFF_DAY = re.compile(
    r"(?<![\wÀ-ỹ])(?:tính đến|đến hết|đến|tới|trước|chậm nhất(?:\s+là)?|hạn chót(?:\s+là)?)\s+"
    r"(?:ngày\s+)?(?P<day>\d{1,2})\s*[/.-]\s*(?P<month>\d{1,2})(?![\d])",
    re.IGNORECASE,
)


def _title_cut_off(title: str, body: Sequence[str]) -> bool:
    """The title's first day, named bare ("12 cửa hàng xăng dầu đóng cửa ngày 31/10"), is one the
    body names as a cut-off or deadline (R-title): the title headlines the cut-off, not an event."""
    first = next(iter(_read(title)), None)
    if first is None or _PART_OF_DAY.match(first[0].group(0)):
        return False
    cut_offs = [m for line in body for m in _CUT_OFF_DAY.finditer(line)]
    return (first[1].day, first[1].month) in {(int(m["day"]), int(m["month"])) for m in cut_offs}


def _first_day(line: str) -> re.Match[str] | None:
    """The first day a line names as a day, whatever it is the day of."""
    return next((m for m in _event_days(line) if _parts(m)), None)


# A day said with a part of the day: "Chiều 20/5", "vào tối 25/10" (not "ngày 1/7", "hôm 26/5").
_PART_OF_DAY = re.compile(rf"{_DAYTIME}(?![\wÀ-ỹ])", re.IGNORECASE)


def _parts_of_day(line: str) -> list[_Day]:
    """The event days a line past the opening names with a part of the day: when the opening
    tells a case's history with no day, the report comes to its own day later ("Chiều 20/5, TAND
    TP HCM mở phiên phúc thẩm" on line 27); a bare "ngày 1/7" there is mostly a recalled event."""
    return [day for match, day in _read(line) if _PART_OF_DAY.match(match.group(0))]


def _dated(stated: _Day, published: date | None, file_date: DateKind | None) -> EventDate:
    """A stated day with its year: the text's, else the source date's (a file's marked)."""
    if stated.year:
        return EventDate(stated.year, stated.month, stated.day)
    if file_date:  # D23-filedate: the latest such day not after the file's date
        year = _year_for(stated.month, stated.day, published, timedelta(0))
        return EventDate(year, stated.month, stated.day, year_from=file_date if year else None)
    return EventDate(_year_for(stated.month, stated.day, published), stated.month, stated.day)


def _year_for(
    month: int, day: int, published: date | None, slack: timedelta = timedelta(days=2)
) -> int | None:
    """The year that puts the day on or before the publication (a report follows its event)."""
    if published is None:
        return None
    for year in (published.year, published.year - 1):
        if _valid(year, month, day) and date(year, month, day) <= published + slack:
            return year
    return None


def _quoted(line: str, at: int) -> bool:
    """A quotation is open at `at`: more “ than ” before it, or an odd number of straight "."""
    before = line[:at]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


def _relative_word(line: str) -> re.Match[str] | None:
    """The first "sáng nay", "chiều qua", "hôm qua" outside a quotation."""
    return next((m for m in _RELATIVE.finditer(line) if not _quoted(line, m.start())), None)


def _relative(line: str, published: date | None) -> EventDate | None:
    """ "sáng nay", "chiều qua", "hôm qua": a day only the publication date can name; never a
    speaker's inside a quotation ("… chủ là "Hôm nay có gì ăn?"", lyrics, a witness's words)."""
    match = _relative_word(line)
    if match is None or published is None:
        return None
    day = published - timedelta(days=1 if match.group("rel").lower() == "qua" else 0)
    return EventDate(day.year, day.month, day.day)


def article_date(article: Article) -> EventDate | None:
    """An article's event day, from its title, lead and opening lines (captions included)."""
    lines = [ln.text for ln in article.lines if ln.role is not Role.BOILERPLATE]
    return event_date([article.title or "", *lines], article.meta.published, article.meta.dated)


def section_date(articles: Sequence[Article]) -> EventDate | None:
    """The day most of a section's articles give (ties: the first), with a year if any has it."""
    found = [d for d in map(article_date, articles) if d is not None]
    if not found:
        return None
    counts = Counter((d.month, d.day) for d in found)
    month, day = max(counts, key=lambda k: (counts[k], -[(d.month, d.day) for d in found].index(k)))
    dated = [d for d in found if (d.month, d.day) == (month, day) and d.year]
    # a year the text or a publication gives before one inferred from a file's date
    dated.sort(key=lambda d: d.year_from is not None)
    if not dated:
        return EventDate(None, month, day)
    return EventDate(dated[0].year, month, day, year_from=dated[0].year_from)


def source_date(articles: Sequence[Article]) -> EventDate | None:
    """When no article states the event's day: the first source's own date (publication,
    sending, file), marked as such, for the day is the source's, not necessarily the event's."""
    for meta in (a.meta for a in articles):
        if meta.published is not None:
            day = meta.published
            return EventDate(day.year, day.month, day.day, stand_in=meta.dated)
    return None
