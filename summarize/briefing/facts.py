"""Figures, dates, people with their titles, and organisations, found by rules in the text.

Rules beat underthesea's NER on these texts: its model splits "Nguyễn Văn Kỷ" from the title in
front of it and does not know units such as "lượt" or "vụ"; the rules below read the apposition
("Thiếu tướng X, Phó Chánh Văn phòng ...") that Vietnamese news always uses for officials.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import date

from ..models import Change, Fact, Person

# 33.000 | 1.234,5 | 13,45 | 10 — Vietnamese: dot groups thousands, comma marks decimals.
NUMBER = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?"
_UNITS = (
    "tỷ đồng", "triệu đồng", "nghìn đồng", "ngàn đồng", "đồng", "USD", "tỷ USD", "triệu USD",
    "lượt người", "lượt lao động", "lượt", "người", "vụ", "hộ", "lao động", "việc làm",
    "doanh nghiệp", "dự án",
    "học viên", "đại biểu", "cán bộ", "đảng viên", "hội viên", "xã", "huyện", "trường hợp", "ha",
    "km", "tấn", "căn hộ", "ngôi nhà", "nhà", "công trình", "tin bài", "buổi", "lớp", "đơn vị",
    "bệnh nhân", "học sinh", "sinh viên", "cơ sở", "ca", "đợt", "hồ sơ", "văn bản", "chuyên đề",
)  # fmt: skip
_UNIT_PATTERN = "|".join(sorted((re.escape(u) for u in _UNITS), key=len, reverse=True))
_FIGURE = re.compile(
    rf"(?<![\d/.,-])(?P<number>{NUMBER})(?:\s*(?P<percent>%)|\s+(?P<unit>{_UNIT_PATTERN})\b)"
)
_MONEY = frozenset({"tỷ đồng", "triệu đồng", "nghìn đồng", "ngàn đồng", "đồng", "USD", "tỷ USD"})
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
    ]
)
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
_DATE_NUMERIC = re.compile(r"\bngày\s+(\d{1,2})\s*[/-]\s*(\d{1,2})\s*[/-]\s*(\d{4})\b", re.I)
_DATE_WORDS = re.compile(r"\bngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})\b", re.I)

_RANKS = (
    "Đại tướng", "Thượng tướng", "Trung tướng", "Thiếu tướng", "Đại tá", "Thượng tá", "Trung tá",
    "Thiếu tá", "GS.TSKH", "GS.TS", "PGS.TS", "PGS", "GS", "TS.", "TS", "ThS.", "ThS", "BS.",
    "Đồng chí", "đồng chí", "Ông", "ông", "Bà", "bà", "Luật sư", "Nhà báo", "Nghệ sĩ",
)  # fmt: skip
_RANK_PATTERN = "|".join(re.escape(r) for r in _RANKS)
_NAME = r"(?:[A-ZĐ][\wÀ-ỹ]*)(?:\s+[A-ZĐ][\wÀ-ỹ]*){1,3}"
_PERSON = re.compile(
    rf"(?<![\wÀ-ỹ])(?P<rank>{_RANK_PATTERN})\s+(?P<name>{_NAME})"
    rf"(?:\s*,\s*(?P<role>[^,.;:]{{4,120}}?(?:,\s*[^,.;:]{{4,100}}?){{0,2}}))?"
    r"(?=\s+(?:phát biểu|khẳng định|cho biết|báo cáo|nhấn mạnh|đề nghị|yêu cầu|chủ trì|trình bày|"
    r"chia sẻ|nêu|thông tin|phát biểu tại|tại|nói)\b|\s*[.;:]|\s*$)",
)
_ROLE_WORDS = re.compile(
    r"^(Phó |Thứ |Nguyên )?(Chủ tịch|Chánh|Giám đốc|Trưởng|Bí thư|Bộ trưởng|Viện trưởng|Phó|"
    r"Tổng|Chủ nhiệm|Hiệu trưởng|Thủ trưởng|Cục trưởng|Vụ trưởng|Đại biểu|Ủy viên|Thành viên)"
)
# The second syllable of a capitalised organisation word ("Văn phòng", "Nhân quyền", "Chính phủ"):
# a whitelist, because a free lowercase word runs into the verb ("Hồ Chí Minh báo cáo").
_ORG_SECOND = (
    "phòng|trực|quyền|phủ|trị|gia|hội|dân|đạo|ninh|sự|vụ|tộc|giáo|nghiệp|tế|học|pháp|luật|"
    "thông|tin|trường|lực|quốc|nghĩa|sinh|động|tra|sát|viên|nhân|chức|đoàn|niên|nữ|binh|sản"
)
_ORG_WORD = (
    rf"Ban [Cc]hỉ đạo|[Qq]uyền con người|Trung ương|tỉnh|thành phố|về"
    rf"|[A-ZĐ][\wÀ-ỹ]*(?:\s+(?:{_ORG_SECOND}))?"
)
_ORG = re.compile(
    r"\b(?:UBND|HĐND|Ủy ban nhân dân|Hội đồng nhân dân|Ban [Cc]hỉ đạo|Văn phòng|Sở|Bộ|Viện|"
    r"Học viện|Công an|Cục|Tổng cục|Trường|Đại học|Mặt trận Tổ quốc|Tỉnh ủy|Thành ủy|Quân khu|"
    rf"Bộ Chỉ huy)(?:\s+(?:{_ORG_WORD})(?=[\s,.;:]|$))+"
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
    before = sentence[: match.start()]
    measure = _measure(before) or previous
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


def _measure(before: str) -> str | None:
    """The clause leading up to a figure, minus linking words: "tỷ lệ hộ nghèo toàn tỉnh"."""
    clause = _list_clause(_HARD_CLAUSE.split(_ASIDE.sub("", before))[-1])
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


def _list_clause(clause: str) -> str:
    """The last comma clause, or the whole list it ends: "tư vấn việc làm, học nghề và ..."."""
    parts = [p.strip() for p in clause.split(",")]
    kept = [parts.pop()]
    if " và " in f" {kept[0]} ":
        while parts and 0 < len(parts[-1].split()) <= MAX_LIST_ITEM_WORDS:
            kept.insert(0, parts.pop())
    return ", ".join(kept)


def extract_date(sentences: Iterable[str]) -> date | None:
    """The first valid date in the text: "ngày 12/6/2024" or "ngày 12 tháng 6 năm 2024"."""
    for sentence in sentences:
        for pattern in (_DATE_NUMERIC, _DATE_WORDS):
            for match in pattern.finditer(sentence):
                day, month, year = (int(g) for g in match.groups())
                try:
                    return date(year, month, day)
                except ValueError:
                    continue
    return None


def extract_people(sentences: Iterable[str]) -> tuple[Person, ...]:
    """People named with a title or rank, once each, with the fullest description found."""
    best: dict[str, Person] = {}
    for sentence in sentences:
        for match in _PERSON.finditer(sentence):
            person = _person(match)
            current = best.get(person.name)
            if current is None or _richness(person) > _richness(current):
                best[person.name] = person
    return tuple(best.values())


def _person(match: re.Match[str]) -> Person:
    role = (match.group("role") or "").strip()
    rank = match.group("rank")
    rank = rank[0].upper() + rank[1:]
    if not (role and _ROLE_WORDS.match(role)):
        return Person(match.group("name"), rank)
    return Person(match.group("name"), rank, role, role_organisation(role))


def _richness(person: Person) -> tuple[int, int]:
    generic = person.title in {"Ông", "Bà", "Đồng chí"}
    return (0 if generic else 1, len(person.role or ""))


def extract_organisations(sentences: Iterable[str]) -> tuple[str, ...]:
    """Organisation names ("Ban Chỉ đạo Nhân quyền tỉnh", "Công an tỉnh"), most mentioned first."""
    counts: dict[str, int] = {}
    spelling: dict[str, str] = {}
    for sentence in sentences:
        for match in _ORG.finditer(sentence):
            name = spelling.setdefault(match.group().strip().casefold(), match.group().strip())
            counts[name] = counts.get(name, 0) + 1
    names = sorted(counts, key=lambda n: (-counts[n], n))
    # Drop a name that is the start of a longer one also found ("Ban Chỉ đạo" in "Ban Chỉ đạo ...").
    return tuple(n for n in names if not any(o != n and o.startswith(n + " ") for o in names))


def role_organisation(role: str) -> str | None:
    """The first organisation a role names: "Phó Giám đốc Công an tỉnh, ..." -> "Công an tỉnh"."""
    match = _ORG.search(role)
    return match.group().strip() if match else None


def figures_by_measure(facts: Sequence[Fact]) -> dict[str, Fact]:
    """The first figure for each measure (the key the side-by-side table aligns on)."""
    out: dict[str, Fact] = {}
    for fact in facts:
        if fact.measure:
            out.setdefault(fact.measure, fact)
    return out
