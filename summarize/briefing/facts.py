"""Figures with what they measure: "33.000 lao động" counts "tạo việc làm mới".

Dates are briefing/dates.py's, people briefing/people.py's, organisations
briefing/organisations.py's.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..models import Change, Fact

# 33.000 | 1.234,5 | 13,45 | 10 — Vietnamese: dot groups thousands, comma marks decimals.
NUMBER = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?"
_UNITS = (
    "tỷ đồng", "triệu đồng", "nghìn đồng", "ngàn đồng", "đồng", "USD", "tỷ USD", "triệu USD",
    "tỉ đồng", "tỉ USD", "nghìn tỷ đồng", "triệu ca", "triệu người", "triệu thùng", "triệu tấn",
    "chiếc", "động cơ", "máy bay", "tàu bay", "tàu", "chuyến bay", "chuyến tàu", "chuyến thăm",
    "chuyến", "điểm đến", "bác sĩ", "kỳ", "giải", "cơ quan báo chí", "cơ quan", "hộ gia đình",
    "hộ dân", "cá thể", "con", "cửa hàng", "cụm trang trại", "trang trại", "bức ảnh", "tác phẩm",
    "lò phản ứng", "vụ án", "đối tượng", "bị can", "cuộc thi", "căn biệt thự", "căn", "nhân viên",
    "khách hàng", "quốc gia", "SIM", "m2", "mét", "m", "thùng", "chương trình", "sản phẩm",
    "thành viên", "nước", "tỉnh", "thành phố", "trường", "bệnh viện", "giường bệnh", "triệu",
    "lượt người", "lượt lao động", "lượt", "người", "vụ", "hộ", "lao động", "việc làm",
    "doanh nghiệp", "dự án",
    "học viên", "đại biểu", "cán bộ", "đảng viên", "hội viên", "xã", "huyện", "trường hợp", "ha",
    "km", "tấn", "căn hộ", "ngôi nhà", "nhà", "công trình", "tin bài", "buổi", "lớp", "đơn vị",
    "bệnh nhân", "học sinh", "sinh viên", "cơ sở", "ca", "đợt", "hồ sơ", "văn bản", "chuyên đề",
)  # fmt: skip
_UNIT_PATTERN = "|".join(sorted((re.escape(u) for u in _UNITS), key=len, reverse=True))
_FIGURE = re.compile(
    rf"(?<![\d/.,-])(?<!thứ )(?<!số )(?<!khóa )(?<!khoá )(?P<number>{NUMBER})"
    rf"(?:\s*(?P<percent>%)|\s*(?P<unit>{_UNIT_PATTERN})(?![\wÀ-ỹ]))"
)
_MONEY = frozenset(u for u in _UNITS if u.endswith(("đồng", "USD")))
# Words that link a measure to its figure and carry no meaning of their own.
_LINK_WORDS = frozenset(
    [
        "đạt",
        "đã",
        "là",
        "còn",
        "xuống",
        "lên",
        "tăng",
        "giảm",
        "ước",
        "khoảng",
        "gần",
        "hơn",
        "trên",
        "với",
        "cho",
        "của",
        "có",
        "được",
        "tới",
        "đến",
        "chiếm",
        "bằng",
        "mức",
        "hiện",
        "chỉ",
        "dưới",
        "tương",
        "đương",
        "khoảng",
        "song",
        "cứ",
    ]
)
# Words right before a figure after which the figure's own noun says what it counts: "Việt Nam
# có 20 dự án đầu tư sang Nga", "cùng hơn 500 sinh viên trường Đại học Thăng Long".
_COUNTED_AFTER = frozenset({"có", "gồm", "cùng", "với", "dưới", "trên", "hơn", "gần", "khoảng"})
_SOFT_CLAUSE = re.compile(r"\s(?:với|là|nghĩa là)\s")
MAX_AFTER_WORDS = 8
# Clause borders a measure never crosses; commas are handled apart since they also separate the
# items of a list that together are what a figure counts.
_HARD_CLAUSE = re.compile(r"[;:()]|\s+-\s+|\btrong đó\b")
# 16 words holds "tư vấn việc làm, tư vấn học nghề và tư vấn pháp luật lao động" (14), the longest
# measure on the seeds; anything longer is a whole sentence, not a measure.
MAX_MEASURE_WORDS = 16
MAX_LIST_ITEM_WORDS = 6
# A change word right before a figure makes the figure the size of the change.
_CHANGE = {"giảm": Change.FALL, "tăng": Change.RISE}
_ASIDE = re.compile(r"\([^()]*\)")
# Time and scope words that open a clause but are not what a figure measures.
_LEADING = re.compile(
    r"^((\d+ tháng (đầu|cuối) )?năm \d{4}|trong năm \d{4}|quý [IV\d]+( năm \d{4})?|toàn tỉnh|"
    r"cả tỉnh|cả nước|toàn quốc|đã|được|ước|riêng|trong đó|ngoài ra)(?:\s+|$)",
    re.IGNORECASE,
)


def parse_number(text: str) -> float:
    """A Vietnamese-formatted number: "13,45" -> 13.45, "33.000" -> 33000, "1.234,5" -> 1234.5."""
    digits = text.strip().rstrip("%").strip()
    if not re.fullmatch(NUMBER, digits):
        raise ValueError(f"not a Vietnamese number: {text!r}")
    return float(digits.replace(".", "").replace(",", "."))


def format_number(value: float) -> str:
    """The inverse of parse_number: 33000 -> "33.000", 13.45 -> "13,45"."""
    whole, _, fraction = f"{value:,.2f}".rstrip("0").rstrip(".").partition(".")
    whole = whole.replace(",", ".")
    return f"{whole},{fraction}" if fraction else whole


def extract_facts(sentences: Iterable[str]) -> tuple[Fact, ...]:
    """Every percentage, amount and count with a unit, with the phrase saying what it measures."""
    facts: list[Fact] = []
    seen: set[tuple[str, str]] = set()
    for sentence in sentences:
        previous: str | None = None
        for match in _FIGURE.finditer(sentence):
            fact, previous = _fact(sentence, match, previous)
            if (fact.text, fact.label or "") not in seen:
                seen.add((fact.text, fact.label or ""))
                facts.append(fact)
    return tuple(facts)


def _fact(sentence: str, match: re.Match[str], previous: str | None) -> tuple[Fact, str | None]:
    """The figure, and its plain measure: a figure with none of its own shares the last one."""
    unit = "%" if match.group("percent") else match.group("unit")
    kind = "percent" if unit == "%" else "money" if unit in _MONEY else "count"
    before = _since_last_figure(sentence[: match.start()])
    after = _after(sentence[match.end() :], unit)
    counted = kind == "count" and after is not None and len(after.split()) > len(unit.split()) + 1
    if counted or _counted_after(before):
        measure = after or _measure(before) or previous
    else:
        measure = _measure(before) or after or previous
    fact = Fact(
        kind=kind,
        text=match.group().strip(),
        value=parse_number(match.group("number")),
        unit=unit,
        measure=measure,
        sentence=sentence,
        change=_change(measure, before),
    )
    return fact, measure


def _change(measure: str | None, before: str) -> Change | None:
    """A figure right after "giảm"/"tăng" is the size of a change of its measure ("tăng trưởng",
    growth, is a level: "tăng trưởng kinh tế ước tăng 7,2%")."""
    last = before.split()[-1:] or [""]
    if measure is None or "tăng trưởng" in measure:
        return None
    return _CHANGE.get(last[0].lower())


def _since_last_figure(before: str) -> str:
    """The words after the clause's previous figure: "(khoảng 4.200 tỷ đồng)" measures what
    "190 triệu USD" does, not "190 triệu USD"."""
    matches = list(_FIGURE.finditer(before))
    last = matches[-1] if matches else None
    if last is None or re.search(r"[,;:]", before[last.end() :]):
        return before
    return before[last.end() :]


def _counted_after(before: str) -> bool:
    """ "… có 20 dự án đầu tư sang Nga": the noun after the figure says what it counts."""
    words = before.split()
    return bool(words) and words[-1].lower() in _COUNTED_AFTER and len(words) > 1


def _after(after: str, unit: str | None) -> str | None:
    """What a figure counts when nothing before it says: its unit noun and the words after it
    up to the clause's end ("35.225 hộ dân bị thiếu nước sinh hoạt", "80% trường hợp …")."""
    clause = re.split(
        r"[,;:().!?…”“\"]|\s-\s|\s(?:và|trong đó|chiếm|vào|trong|từ|kể từ|tại|ở|đến|cho|nhưng)\s",
        f"{after} ",
        maxsplit=1,
    )[0]
    words = clause.split()[:MAX_AFTER_WORDS]
    if not words or re.match(r"\d", words[0]) or words[0].startswith("/"):
        return None
    noun = [] if unit is None or unit == "%" or unit in _MONEY else unit.split()
    text = " ".join([*noun, *words])
    return text[0].lower() + text[1:] if not text.split()[0].isupper() else text


def _measure(before: str) -> str | None:
    """The clause leading up to a figure, minus linking words: "tỷ lệ hộ nghèo toàn tỉnh"."""
    clause = _owner(before) + _list_clause(_HARD_CLAUSE.split(_ASIDE.sub("", before))[-1])
    clause = _SOFT_CLAUSE.split(f" {clause} ")[-1].strip() or clause
    previous = None
    while clause != previous:  # "năm 2023 đã có" -> "" (a scope and links, no measure)
        previous = clause
        words = clause.split()
        while words and words[-1].lower() in _LINK_WORDS:
            words.pop()
        clause = _LEADING.sub("", " ".join(words))
    words = clause.split()[-MAX_MEASURE_WORDS:]
    if not words:
        return None
    text = " ".join(words)
    return text[0].lower() + text[1:] if not words[0].isupper() else text


def _owner(before: str) -> str:
    """Inside brackets, the words before them name what the figure is of: "Ba giải A (mỗi giải
    50 triệu đồng)" -> "giải A "."""
    opened = before.rfind("(")
    if opened < 0 or ")" in before[opened:]:
        return ""
    words = re.split(r"[,;:]", before[:opened])[-1].split()[-3:]
    return " ".join(w for w in words if w.lower() not in _NUMBER_WORDS) + " " if words else ""


_NUMBER_WORDS = frozenset(("một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười"))


def _list_clause(clause: str) -> str:
    """The last comma clause, or the whole list it ends: "tư vấn việc làm, học nghề và ..."."""
    parts = [p.strip() for p in clause.split(",")]
    kept = [parts.pop()]
    if " và " in f" {kept[0]} ":
        while parts and 0 < len(parts[-1].split()) <= MAX_LIST_ITEM_WORDS:
            kept.insert(0, parts.pop())
    return ", ".join(kept)
