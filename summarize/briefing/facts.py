"""Figures with what they measure: "33.000 lao động" counts "tạo việc làm mới".

Dates are briefing/dates.py's, people briefing/people.py's, organisations
briefing/organisations.py's.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import NamedTuple

from ..models import Change, Fact
from .names import COUNTRIES, foreign_word
from .organisations import NATIONAL, ORG_HEADS
from .tokens import phrases, tagged

# 33.000 | 1.234,5 | 13,45 | 10 — Vietnamese: dot groups thousands, comma marks decimals.
NUMBER = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?"
# A range's low end: "7-7,2%" is one figure, valued at its high end as a gold figure is.
_RANGE_LINK = r"(?:\s?[-–]\s?|\s+(?:đến|tới)\s+)"
_RANGE = rf"(?:(?:{NUMBER}){_RANGE_LINK})?"  # "5.250–5.350 đồng", "4 đến 5"
# A number right after "năm" is a year, whatever follows it: "nửa đầu năm 2013 con số này".
_NOT_YEAR = r"(?<![Nn]ăm )"
# "số 5" names the n-th; "số" closing a compound does not: "doanh số 220 triệu USD", "tổng số
# 4 hầm", "trong số 1.000 cá thể", "con số 16 triệu".
_NOT_NTH = r"(?<!(?<![Dd]oanh )(?<![Tt]ổng )(?<![Tt]rong )(?<![Cc]on )số )"
# Units of physical measure a spec sheet gives ("công suất tối đa 15,4 mã lực", "256 mm"):
# underthesea reads most of them as verbs or names, so no count noun finds them.
_PHYSICAL = (
    "mm", "cm", "lít", "ml", "cc", "phân khối", "mã lực", "Nm", "kW", "MW", "feet", "inch",
    "gram", "hải lý",
)  # fmt: skip
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
    "doanh nghiệp", "dự án", "DN", "SV", "VĐV", "CĐV", "CLB", "tỷ", "tỉ",
    "học viên", "đại biểu", "cán bộ", "đảng viên", "hội viên", "xã", "huyện", "trường hợp", "ha",
    "km", "tấn", "căn hộ", "ngôi nhà", "nhà", "công trình", "tin bài", "buổi", "lớp", "đơn vị",
    "bệnh nhân", "học sinh", "sinh viên", "cơ sở", "ca", "đợt", "hồ sơ", "văn bản", "chuyên đề",
    "triệu bảng Anh", "tỷ bảng Anh", "bảng Anh", "triệu euro", "tỷ euro", "euro",
    "triệu yên", "tỷ yên", "yên", "nhân dân tệ", "rúp", "m²", "km²", "km2", "m3", "m³",
    *_PHYSICAL,
)  # fmt: skip


_SCALE_WORD = r"(?:triệu|nghìn|ngàn|tỷ|tỉ)\s"  # a range's ends may differ by it


@lru_cache(maxsize=256)
def _figure_pattern(units: tuple[str, ...]) -> re.Pattern[str]:
    """A number and its percent sign or unit, the unit one of `units`."""
    pattern = "|".join(sorted((re.escape(u) for u in units), key=len, reverse=True))
    # a range written with its unit at both ends is one figure too, when the high end is said the
    # same way, perhaps with a scale word of its own: "cao từ 1,65 m đến 1,73 m", "từ 8.000đ –
    # 70.000đ", "750.000 đồng đến 1 triệu đồng" (not "… đến hơn 1.000 m2")
    same_unit = (
        rf"(?:(?:{NUMBER})\s?(?:{_SCALE_WORD})?(?P<low>{pattern}){_RANGE_LINK}"
        rf"(?=(?:{NUMBER})\s?(?:{_SCALE_WORD})?(?P=low)(?![\wÀ-ỹ])))?"
    )
    return re.compile(
        rf"(?<![\w/.,-])(?<!/ )(?<!thứ ){_NOT_NTH}(?<!khóa )(?<!khoá ){_NOT_YEAR}"
        rf"{same_unit}{_RANGE}(?P<number>{NUMBER})"
        rf"(?:\s*(?P<percent>%)|\s*(?P<unit>{pattern})(?![\wÀ-ỹ]))"
    )


_FIGURE = _figure_pattern(_UNITS)
# A number followed by a lower-case word that no unit above names: what underthesea reads there
# may be a count's noun ("300 cử tri", "23 cầu thủ", "77.519 kg"). Not after a letter or a
# capitalised word, where the number is part of a name ("C17", "Lữ đoàn 270", "Boeing 757").
_BARE = re.compile(
    rf"(?<![\w/.,-])(?<!thứ ){_NOT_NTH}{_NOT_YEAR}{_RANGE}(?P<number>{NUMBER})"
    rf"\s*(?P<next>(?:(?:triệu|nghìn|ngàn|tỷ|tỉ) )?[^\W\d_]+)(?![\d_])"
)
# A time of day: "15h45", "vào khoảng 8g ngày 18-5", "13 giờ 30 chiều": an hour, no figure.
_CLOCK = re.compile(
    r"\d{1,2}\s?(?:h|g|giờ)(?:\s?\d{2}\b|(?=\s+(?:ngày|sáng|trưa|chiều|tối|đêm|hôm|rạng|cùng)\b))"
)
_MINUTES = re.compile(r"(?<![\w/.,])\d{1,2}\s?(?:h|g|giờ)\s?$")
# Nouns after a number that give a time, a duration or an age: never a figure here. Phases
# divide a period as months do ("chia thành 3 giai đoạn").
_TIME_NOUNS = frozenset(
    phrases("năm|tháng|ngày|tuần|giờ|phút|giây|tuổi|đêm|thế kỷ|thập kỷ|thập niên|quý|h", "|")
) | {"giai đoạn", "tiếng"}  # "2 tiếng đồng hồ", "3 tiếng sau": hours
_NOUN_TAGS = frozenset({"N", "Nc", "Nu"})
# Counted nouns underthesea tags otherwise when alone: "bắn 5 phát" (V), "2 đôi nam nữ" (M);
# "2 phát hiện", "2012 phát sóng" are other words to it.
_TAGGED_OTHERWISE = frozenset({"phát", "đôi"})
# Words a number names the n-th of (a month, a district, a round, a floor, a road, a class): no
# count after them ("tầng 2 ngôi nhà", "Quốc lộ 37 xã Hưng Khánh", "học sinh lớp 12 trường"),
# and an occasion's day ("dịp 8-3", "dịp lễ 20-10 năm ngoái": a day and its month, no range).
_NUMBERED = frozenset(
    phrases("tháng|ngày|quận|phường|lúc|vòng|khóa|khoá|kỳ|tầng|lộ|lớp|thôn|xóm|ấp|phố|phút", "|")
) | {"phòng", "khối", "hạng", "tổ", "khu", "điều", "dịp", "lễ"}  # "điều 12": a law's article
# "1 số người", "1 thời gian": "một số" (some), "một thời gian" (a while), with a digit.
_SOME = frozenset(("số", "thời", "chút", "vài", "ít"))
_CURRENCIES = ("đồng", "USD", "bảng Anh", "euro", "yên", "nhân dân tệ", "rúp")
_MONEY = frozenset(u for u in _UNITS if u.endswith(_CURRENCIES)) | {"tỷ", "tỉ"}
# Words underthesea reads after a number that are still money: "135 triệu đồng tiền đặt cọc".
_MONEY_WORDS = frozenset(("đồng", "đồng tiền"))
# Units of size: the words before such a figure name the size ("tổng diện tích sàn trên
# 74.000m2"); the words after it say what was done with it, not what it measures.
_SIZES = frozenset(
    ("m2", "m²", "km2", "km²", "ha", "km", "m", "mét", "m3", "m³", "tấn", "kg", *_PHYSICAL)
)
# Words that link a measure to its figure and carry no meaning of their own.
_LINK_WORDS = frozenset(
    [
        "đạt",
        "đã",
        "sẽ",
        "từ",
        "trong",
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
        "tổng",
        "cộng",
    ]
)
# Words right before a figure after which the figure's own noun says what it counts: "Việt Nam
# có 20 dự án đầu tư sang Nga", "cùng hơn 500 sinh viên trường Đại học Thăng Long", "22 tổ bầu
# cử và gần 16.500 cử tri" (a count joined to another one), "trong (tổng) số 1.000 cá thể bị
# giết" (the number of).
_COUNTED_AFTER = frozenset(
    {"có", "gồm", "cùng", "với", "dưới", "trên", "hơn", "gần", "khoảng", "và", "hoặc", "số"}
)
# Words the words after a figure (and a place named after it) do not end on, when they are words
# of their own: "bò cho [12 …]", "2 đối tượng khai nhận [vừa cùng] 2 đồng bọn …", "4 đồng hồ [trị
# giá] …"; not "lời sau cùng", "giải Grammy danh giá", "lợi nhuận gia tăng".
_TRAILING = _LINK_WORDS | {"tại", "ở", "để", "và", "hoặc", "cùng", "vừa", "đang"}


def _without_trailing(words: list[str]) -> list[str]:
    """`words` without the trailing words above at their end, each only where it stands alone
    as underthesea reads it, and "trị giá" (worth) as a pair."""
    kept = list(words)
    while kept:
        if [w.lower() for w in kept[-2:]] == ["trị", "giá"]:
            del kept[-2:]
        elif kept[-1].lower() in _TRAILING and _alone(kept):
            kept.pop()
        else:
            break
    return kept


# Words that join a count to another thing: its own noun then names it better than they do.
_JOINING = frozenset({"và", "hoặc", "cùng", "với"})
# "so với" is no border: "thất thu so với dự toán trên 63.000 tỷ đồng" is measured
# with what it is compared to.
_SOFT_CLAUSE = re.compile(r"(?<!\bso)\s(?:với|là|nghĩa là)\s")
# After a count: as long as the seeds' longest measure (14 words), a place in it included
# ("trường hợp đột quỵ xảy ra ở các nước có thu nhập thấp").
MAX_AFTER_WORDS = 14
# Units that only classify ("101 chiếc máy bay", "1.175 cá thể"): the figure counts the noun after
# or before them, never the unit itself.
_CLASSIFIERS = frozenset({"chiếc", "con", "cá thể", "lượt", "triệu", "vụ"})
# Listed units of one syllable that may open a longer word, which is then the counted noun
# as underthesea reads it: "2 đồng phạm" (no money), "15 nhà báo", "1 ca sĩ". Not "người",
# "hộ": "người dân", "hộ dân" are counted as people.
_SYLLABLE_UNITS = frozenset(u for u in _UNITS if " " not in u and u.islower())
_OPENERS = _SYLLABLE_UNITS - _CLASSIFIERS - _SIZES - (_MONEY - {"đồng"}) - {"người", "hộ"}
# Words that make the words before a figure its subject ("tỷ lệ … đạt 13,45%"), not a verb whose
# object the figure's noun is ("mua 40 động cơ").
_COPULAS = frozenset(
    {"là", "đạt", "chiếm", "bằng", "lên", "xuống", "còn", "tăng", "giảm", "tới", "đến", "của"}
)
MAX_VERB_WORDS = 5
_YEAR = re.compile(r"\s*\b(?:(?:vào|trong)\s+)?năm \d{4}\b")
_YEAR_AFTER = re.compile(r"^[^\d,;:.()]{0,40}?\b(?:vào|trong) (?P<year>năm \d{4})\b")
# What lies between two figures that share a measure and differ by year: "… và năm 2015 là",
# "… vào năm 2015 và".
_PARALLEL = re.compile(
    r"^\s*(?:và|,)\s*(?:(?:vào|trong)\s+)?(?P<t2>năm \d{4})\s*(?:là|đạt|có)?\s*$"
    r"|^[^\d,;:]{0,40}?(?:(?:vào|trong)\s+)?năm \d{4}\s*(?:và|,)\s*$"
)
# Nouns that alone say nothing of what is counted ("cho 1.200 người": the help is the measure).
_GENERIC = frozenset({"người", "hộ", "lượt người", "lượt lao động", "lao động", "trường hợp"})
# "tới" before a figure is "up to": "album tiêu thụ tới 19 triệu bản" (the verb says what is
# counted); "lên tới" still links its subject ("lên").
_APPROXIMATE = frozenset({"khoảng", "gần", "hơn", "trên", "dưới", "hàng", "chừng", "ước", "tới"})
# Bounds said in two words: "ít hơn 10% dân số", "ít nhất 70 người", "không quá 5 người" ("tối
# thiểu", "tối đa" name a measure: "lương tối thiểu", "công suất tối đa").
_TWO_WORD_BOUNDS = frozenset(
    (("ít", "hơn"), ("nhiều", "hơn"), ("ít", "nhất"), ("không", "quá"), ("không", "dưới"))
)
_SCALE = frozenset({"triệu", "nghìn", "ngàn", "tỷ", "tỉ"})
# A scope before "có" that belongs to what a figure counts: "Mỗi năm trên toàn cầu có 16 triệu
# ca đột quỵ".
_SCOPE = re.compile(
    r"^(mỗi|hằng|hàng) (năm|ngày|tháng|tuần)\b|^(trên|khắp) (toàn|thế giới)|^(tại|ở) ", re.I
)
# Clause borders a measure never crosses; commas are handled apart since they also separate the
# items of a list that together are what a figure counts.
_HARD_CLAUSE = re.compile(r"[;:()]|\s+-\s+|\btrong đó\b")
# 16 words holds "tư vấn việc làm, tư vấn học nghề và tư vấn pháp luật lao động" (14), the longest
# measure on the seeds; anything longer is a whole sentence, not a measure.
MAX_MEASURE_WORDS = 16
MAX_LIST_ITEM_WORDS = 6
MAX_OWN_WORDS = 3  # words after a count's noun before a comma that may go on listing it
_EVERY = frozenset(("hàng", "hằng", "mỗi"))  # "…, hàng tháng chỉ dùng …": a time, not an item
# A change word right before a figure makes the figure the size of the change.
_CHANGE = {"giảm": Change.FALL, "tăng": Change.RISE}
_ASIDE = re.compile(r"\([^()]*\)")
# Time and scope words that open a clause but are not what a figure measures.
_LEADING = re.compile(
    r"^((\d+ tháng (đầu|cuối) )?năm \d{4}|trong năm \d{4}|quý [IV\d]+( năm \d{4})?|toàn tỉnh|"
    r"cả tỉnh|cả nước|toàn quốc|đã|được|ước|riêng|trong đó|ngoài ra|"
    # a conjunction or a sentence adverb joins the figure's clause to what was said before
    # ("Đặc biệt, trên 14.000 tỷ đồng là nợ thuế …"), it says nothing of the measure
    r"và|hoặc|nhưng|trong khi đó|trong khi|(?:khi|lúc) (?:đó|ấy)|lúc này|khi|"
    r"tức là|tức|còn(?! lại)|đặc biệt|mặt khác|tuy nhiên|"
    # a concession, a condition, a cause: "Mặc dù có những chiến sĩ phải di chuyển hơn 200km"
    r"mặc dù|dù|tuy|nếu|bởi vì|vì(?! vậy)|"
    r"bên cạnh đó|theo đó|cụ thể|như vậy|do đó|vì vậy|trước đó|sau đó)(?:\s*,\s*|\s+|$)",
    re.IGNORECASE,
)


def parse_number(text: str) -> float:
    """A Vietnamese-formatted number: "13,45" -> 13.45, "33.000" -> 33000, "1.234,5" -> 1234.5."""
    digits = text.strip().rstrip("%").strip()
    if not re.fullmatch(NUMBER, digits):
        raise ValueError(f"not a Vietnamese number: {text!r}")
    return float(digits.replace(".", "").replace(",", "."))


def extract_facts(sentences: Iterable[str], titles: Collection[str] = ()) -> tuple[Fact, ...]:
    """Every percentage, amount and count with a unit, with the phrase saying what it measures;
    a figure a title states and the text says again is measured by the text's words."""
    facts: list[Fact] = []
    for sentence in sentences:
        previous: str | None = None
        around = _Neighbours()
        figures = _figure_pattern(_UNITS + _noun_units(sentence))
        for match in figures.finditer(sentence):
            fact, previous = _fact(sentence, match, previous, figures)
            fact = around.placed(fact, sentence, match)
            before = sentence[: match.start()]
            if _no_figure(fact, before) or _pair(before, fact) or _numbered(before):
                continue
            after = sentence[match.end() :]
            if (
                _ratio(before, after, fact)
                or _address(after, fact)
                or _points_back(sentence, match.end(), fact)
            ):
                continue
            fact = _attending(fact, sentence, match.end())
            old = _old_level(before, fact)
            if old is not None:
                measure = _FROM_TAIL.sub("", fact.measure or "") or fact.measure
                fact = replace(fact, measure=measure)
                _keep(facts, replace(old, measure=measure), titles)
            _keep(facts, fact, titles)
    return tuple(facts)


@dataclass(slots=True)
class _Neighbours:
    """The figures before the current one in its sentence, each with where it ends: the last
    one, the first item of the list it is in, the count a bracket of its parts follows."""

    last: tuple[Fact, int] | None = None
    head: tuple[Fact, int] | None = None
    whole: tuple[Fact, int] | None = None

    def placed(self, fact: Fact, sentence: str, match: re.Match[str]) -> Fact:
        """The figure measured as a part of the count before it, the same figure in other
        terms, or a later item of a list; then it is the last figure."""
        last = self.last
        listed = last is not None and bool(_LISTED.fullmatch(sentence, last[1], match.start()))
        if last and _breaks_down(last[0], fact, sentence[last[1] : match.start()]):
            self.whole = last
        elif not (self.whole and listed and _is_count(fact)):
            self.whole = None
        if self.whole:
            fact = _part_of(fact, self.whole, sentence, match.end())
        elif last and _EQUIVALENT.fullmatch(sentence, last[1], match.start()):
            fact = replace(fact, measure=last[0].measure, change=last[0].change)
        if last and self.head and listed and not self.whole:
            fact = _listed_item(fact, self.head, sentence, match.end())
        else:
            self.head = fact, match.end()
        self.last = fact, match.end()
        return fact


# Between two items of a list of things one verb acts on: the earlier item's noun words, then
# "," or "và" ("thu giữ 3 bánh heroin, 12.000 viên ma tuý tổng hợp, 12 viên đạn").
_LISTED = re.compile(
    r"(?:\s+[^\W\d_]+){0,6}?\s*(?:,\s*(?:và\s+)?|\s+và\s+)"
    r"(?:(?:khoảng|gần|hơn|trên|dưới|chừng)\s+)*"
)
MAX_ITEM_WORDS = 8  # the words after a list's first item that may be its own noun phrase


def _listed_item(fact: Fact, head: tuple[Fact, int], sentence: str, end: int) -> Fact:
    """A later item of a list, measured only by its own noun ("12 viên đạn" -> "viên đạn"),
    takes the deed its list's first item is the object of: "lực lượng thu giữ 3 bánh heroin,
    12.000 viên ma tuý tổng hợp, 12 viên đạn" -> "lực lượng thu giữ viên đạn", "Chi lãi ngoài
    437 tỷ đồng và 650 lượng vàng" -> "chi lãi ngoài lượng vàng". Not an amount or a share."""
    first, first_end = head
    if fact.kind != "count" or not fact.measure or not first.measure:
        return fact
    measure = fact.measure.lower()
    own = sentence[end - len(fact.unit or "") :].lower()  # its unit and what follows
    if not own.startswith(measure) and not sentence[end:].lower().lstrip().startswith(measure):
        return fact  # the words before it, not its own noun, say what it counts
    deed = first.measure.split()
    if first.kind == "money":
        if deed[:1] != ["tiền"] or first.measure.lower() in sentence.lower():
            return fact  # only "tiền chi lãi ngoài", the money named by what is done with it
        deed.pop(0)
    else:
        after_first = sentence[first_end - len(first.unit or "") :]
        following = {w.lower() for w in re.findall(r"[^\W_]+", after_first)[:MAX_ITEM_WORDS]}
        stripped = []
        while deed and deed[-1].lower() in following:
            stripped.append(deed.pop().lower())  # "lực lượng thu giữ [bánh heroin]"
        if not set(stripped) - set((first.unit or "").lower().split()):
            return fact  # measured by what comes before it ("gói trà xanh 250g"): no deed + noun
    if not deed:
        return fact
    return replace(fact, measure=_sentence_case(" ".join([*deed, fact.measure])))


# A sentence that opens on who attends: "Tham dự Hội nghị có …", "Ngoài ra, chứng kiến buổi lễ
# còn có …", "Dự lễ khởi công có sự tham dự của …".
_ATTENDED = re.compile(
    r"(?P<verb>tham dự|dự|chứng kiến|tham gia)\s+(?P<event>[^\W\d_][^,;:()\d]*?)\s+"
    r"(?:(?:còn|cũng)\s+)?có(?:\s+sự\s+(?:tham dự|góp mặt|hiện diện|có mặt)\s+của)?\s",
    re.IGNORECASE,
)
MAX_EVENT_WORDS = 6


def _attending(fact: Fact, sentence: str, end: int) -> Fact:
    """A count in a sentence that opens on who attends ("Tham dự Hội nghị có … gần 1.000 bác sĩ
    từ các bệnh viện") counts attendees: its own noun phrase, then the verb and the event ("bác
    sĩ từ các bệnh viện tham dự Hội nghị")."""
    if not _is_count(fact) or not fact.unit:
        return fact
    opened = previous = sentence.lstrip(' "“-–')
    while (opened := _LEADING.sub("", opened)) != previous:
        previous = opened
    found = _ATTENDED.match(opened)
    if found is None or len(found.group("event").split()) > MAX_EVENT_WORDS:
        return fact
    if tagged(opened[: found.end()]).get(0, ("", ""))[0].lower() != found.group("verb").lower():
        return fact  # "Dự án này có …", "Dự kiến …": another word, no attending
    if end <= len(sentence) - len(opened) + found.end():
        return fact  # the count is in the opening itself
    rest = re.split(r"\d", sentence[end:], maxsplit=1)[0]  # up to the next number
    own = _after(rest, fact.unit, opens=False) or _unscaled(fact.unit)
    verb = found.group("verb").lower()
    return replace(fact, measure=f"{own} {verb} {found.group('event')}", change=None)


# Between a count and the first of its parts in brackets: the count's noun words, "(": "7 giải
# thưởng (3 giải Vàng, …)", "135 doanh nghiệp phần mềm (84 DN trong nước, …)".
_PARTS_OPEN = re.compile(r"(?:\s+[^\W\d_]+){0,6}?\s*\(\s*(?:(?:bao gồm|gồm|trong đó)\s*:?\s*)?")


def _is_count(fact: Fact) -> bool:
    """A count of things, no size, amount or share."""
    return fact.kind == "count" and fact.unit not in _SIZES


def _breaks_down(total: Fact, fact: Fact, between: str) -> bool:
    """`fact` opens a bracket right after the count `total` and counts fewer: a part of it
    ("6 đối tượng (3 nam, 3 nữ)"), not the same figure in other terms ("45 feet (13,7m)")."""
    if fact.value is None or total.value is None or fact.value >= total.value:
        return False
    return _is_count(total) and _is_count(fact) and bool(_PARTS_OPEN.fullmatch(between))


def _part_of(fact: Fact, whole: tuple[Fact, int], sentence: str, end: int) -> Fact:
    """A part of a count, in brackets after it, is measured by its own noun phrase after the
    whole's deed: "Tập đoàn TH giành liên tiếp 7 giải thưởng (3 giải Vàng, …)" -> "… Tập đoàn TH
    giành liên tiếp giải Vàng"; a bare noun of one word is a kind of the whole's noun: "6 đối
    tượng (3 nam, 3 nữ)" -> "đối tượng nam"."""
    total, total_end = whole
    if not fact.unit or not total.unit:
        return fact
    own = _after(sentence[end:], fact.unit) or _unscaled(fact.unit)
    if len(own.split()) == 1 and total.unit.lower() not in own.lower():
        own = f"{_unscaled(total.unit)} {own}"
    deed = (total.measure or "").split()
    after_total = sentence[total_end - len(total.unit) :]
    following = {w.lower() for w in re.findall(r"[^\W_]+", after_total)[:MAX_ITEM_WORDS]}
    stripped = []
    while deed and deed[-1].lower() in following:
        stripped.append(deed.pop())
    words = [*deed, own] if stripped and deed else [own]
    return replace(fact, measure=_sentence_case(" ".join(words)), change=None)


# The old level of a change, a bare number: "tăng … từ 700 lên 5.000 người" (not a span "từ 4
# đến 5 phát", "từ 20 đến 26/10"); a measure closing on it drops it ("… vốn điều lệ từ 5.000").
_OLD_LEVEL = re.compile(
    rf"(?<![\w/.,])từ\s+(?P<number>{NUMBER})\s+(?:lên|xuống)\s+(?:(?:mức|khoảng|hơn|gần)\s+)?$"
)
_FROM_TAIL = re.compile(rf"\s+từ\s+(?:{NUMBER})\s*$")


def _old_level(before: str, fact: Fact) -> Fact | None:
    """The level a change starts from, written with no unit of its own, is a figure in the new
    level's unit, of the same measure: "từ 700 lên 5.000 người" counts 700 people too."""
    found = _OLD_LEVEL.search(before)
    if found is None:
        return None
    number = found.group("number")
    text = f"{number}%" if fact.kind == "percent" else f"{number} {fact.unit}"
    return replace(fact, text=text, value=_value(number, fact.unit or "", fact.kind), change=None)


# A figure in brackets right after another says the same in other terms: "giảm 63.630 tỷ đồng
# (tương đương 7,8%)" is a fall of what the amount measures.
# "bội chi … lên 5,3% GDP (xấp xỉ khoảng 1 tỷ USD)": a share of GDP too.
_EQUIVALENT = re.compile(r"\s*(?:GDP\s*)?\(\s*(?:(?:tương đương|bằng|xấp xỉ|khoảng|gần|hơn)\s*)*")


def _keep(facts: list[Fact], fact: Fact, titles: Collection[str]) -> None:
    """A figure said again is one figure, in its first place; a title's telegraphic words
    give way to the sentence that says it in full ("Lương kỹ sư CNTT 8-10 triệu, làm sao
    sống?", then "… kỹ sư phần mềm có kinh nghiệm ba năm có mức lương từ 8-10 triệu đồng."),
    and so does a size's first place that names no quantity to a later one that does ("loại
    45 feet", then "có chiều dài 45 feet"); a count written twice in one sentence counts two
    groups."""
    same = next(
        (n for n, f in enumerate(facts) if _same_figure(f, fact) and not _two_groups(f, fact)),
        None,
    )
    if same is None:
        facts.append(fact)
    elif (_in_title(facts[same].sentence, titles) and not _in_title(fact.sentence, titles)) or (
        fact.unit in _SIZES and _names_size(fact) and not _names_size(facts[same])
    ):
        facts[same] = fact


def _names_size(fact: Fact) -> bool:
    """A size's measure that says which size it is and of what ("Tàu Metal Shark này có chiều
    dài 45 feet"), where another place only names the thing ("loại tàu … là loại 45 feet")."""
    text = f" {(fact.measure or '').lower()} "
    return any(f" {a} " in text and text.strip() != a for a in _ATTRIBUTES)


def _two_groups(a: Fact, b: Fact) -> bool:
    """ "3 người trong lực lượng công an, 3 người trong lực lượng thi hành án": a figure
    written twice in one sentence names two things, amounts and shares too ("20% nhóm giàu …
    so với 20% nhóm nghèo"); a bare scale said twice there is one ("lương kỹ sư 8-10 triệu …:
    “Lương 8-10 triệu mà …”")."""
    figure = a.kind == b.kind and a.unit not in _SCALE
    return figure and a.sentence == b.sentence and a.text == b.text


def _same_figure(a: Fact, b: Fact) -> bool:
    """The same text, spaces and spellings aside ("70.155ha", "70.155 ha": two articles of one
    section; "1 tỉ USD", "1 tỷ USD"), or the same value with one unit the start of the other
    ("8-10 triệu", "8-10 triệu đồng")."""
    if _spelled_one_way(a.text) == _spelled_one_way(b.text):
        return True
    short, long = sorted((f"{a.unit} ", f"{b.unit} "), key=len)
    return a.value == b.value and short != long and long.startswith(short)


_SPELLINGS = re.compile(r"(?<![\wÀ-ỹ])(tỉ|ngàn)(?![\wÀ-ỹ])")


def _spelled_one_way(text: str) -> str:
    """ "1 tỉ USD" and "1 tỷ USD", "5 ngàn" and "5 nghìn": one word, two spellings."""
    return _SPELLINGS.sub(lambda m: "tỷ" if m.group(1) == "tỉ" else "nghìn", text).replace(" ", "")


def _in_title(sentence: str, titles: Collection[str]) -> bool:
    return any(sentence.strip() in title for title in titles)


def _noun_units(sentence: str) -> tuple[str, ...]:
    """The count nouns right after a number that the unit list lacks, as underthesea reads the
    sentence ("300 cử tri", "2,1 triệu xe"): a noun, not a time, a duration or an age."""
    bare = [m for m in _BARE.finditer(sentence) if _bare_count(sentence, m)]
    if not bare:
        return ()
    words = tagged(sentence)  # underthesea is paid only where a bare count is written
    units = []
    for match in bare:
        scale = match.group("next").rpartition(" ")[0]
        at = match.start("next") + (len(scale) + 1 if scale else 0)
        word, tag = words.get(at) or _glued_word(sentence, words, at)
        if word in _OPENERS and not scale:
            continue  # the listed unit itself, not a longer word it opens
        noun = tag in _NOUN_TAGS or word in _TAGGED_OTHERWISE
        if noun and word.islower() and word not in _TIME_NOUNS | _MONEY_WORDS:
            units.append(f"{scale} {word}".strip())
    return tuple(units)


def _glued_word(sentence: str, words: Mapping[int, tuple[str, str]], at: int) -> tuple[str, str]:
    """The word starting at `at` when `pos_tag` glued it to the number before it ("17.500 viên"
    read as one word, tagged M or V): tagged again from there, alone."""
    if not any(start < at < start + len(word) for start, (word, _) in words.items()):
        return "", ""
    return tagged(sentence[at:]).get(0, ("", ""))


def _bare_count(sentence: str, match: re.Match[str]) -> bool:
    """A number no unit names, or only a scale word ("2,1 triệu xe"), not a year, not inside a
    name."""
    known = _FIGURE.match(sentence, match.start())
    unit = known.group("unit") if known else None
    if (known and unit not in _SCALE | _OPENERS) or _CLOCK.match(sentence, match.start()):
        return False
    if _MINUTES.search(sentence[: match.start()]):
        return False  # "đến 22 giờ 30 tối": the minutes of a time of day
    if re.fullmatch(r"(?:19|20)\d\d", match.group("number")):
        return False  # a year: "6 tháng đầu năm 2024, tăng trưởng …"
    if _numbered(sentence[: match.start()]):
        return False  # "tháng 10 năm ngoái", "quận 3 tuyên"
    if match.group("number") == "1" and match.group("next") in _SOME:
        return False  # "1 số người": "một số", some, written with a digit
    before = sentence[: match.start()].split()
    if _NUMBERED_BODY.search(sentence[: match.start()]):
        return False  # "Lữ đoàn 270 công binh": the unit's number, part of its name
    return not (before and before[-1][:1].isupper() and len(before) > 1)


# A body's kind, capitalised, right before a number that names one of its units.
_NUMBERED_BODY = re.compile(
    rf"(?<![\wÀ-ỹ])(?:{'|'.join(re.escape(h) for h in ORG_HEADS if h[:1].isupper())})\s*$"
)


def _measure_of(
    before: str, rest: str, unit: str, kind: str, previous: str | None, listed: bool = False
) -> str | None:
    """What a figure measures, from the words before it, its own noun and what follows, in
    the year said right after it ("101 chiếc máy bay vào năm 2015"); `listed`: the count's noun
    goes on past a comma."""
    opens = not _without_approximation(re.split(r"[,;:(]", before)[-1])
    after = _after(rest, unit, listed, opens)
    year = _year_after(rest)
    parallel = _PARALLEL.match(before) if previous else None
    if previous and parallel and (parallel.group("t2") or year):
        return f"{_YEAR.sub('', previous).strip()} {parallel.group('t2') or year}"
    if previous and _RAISED.match(before):
        return previous  # "nâng mức bội chi từ 4,8% GDP lên 5,3% GDP": the same measure's new level
    bracket = _BRACKETED.search(before)
    if bracket and rest.lstrip().startswith(")"):
        # "… tổng diện tích bị hạn ở các tỉnh Tây Nguyên (119.455 ha)", "số thu tiền sử dụng
        # đất giảm so với thực hiện năm 2012 (bằng 82%)": a bracket holding only the figure
        # gives the size of the phrase before it
        own = _measure(before[: bracket.start()])
        if own:
            return own
    label = _LABEL.search(before)
    if label:  # "…, chiều dài: 53 m"
        return _sentence_case(label.group("label"))
    if unit in _SIZES:
        measure = _attribute(before) or _measure(before) or after or previous
    elif unit == "%" and re.match(r"\s*là\s", rest) and before.rstrip().endswith(","):
        # "… tỷ lệ tăng lương cao nhất, 12% là dược phẩm": a share of the clause before
        measure = _measure(before.rstrip().rstrip(",")) or after or previous
    else:
        measure = _counted(before, after, unit) if kind == "count" else _share_of(before, after)
        own = None if measure else _own_measure(before, previous, kind)
        measure = _for_purpose(measure or own or after or previous, after, rest, kind)
    if measure and previous and _ANAPHOR.search(measure):  # "… con số này đã đạt 5,5 tỷ USD"
        measure = _ANAPHOR.sub(_YEAR.sub("", previous).strip(), measure)
    if measure and year and not _YEAR.search(measure):
        return f"{measure} {year}"
    return measure


# Between two figures of one measure, its old and new level: "từ 4,8% GDP lên 5,3%", "4,8%
# hiện nay lên 5,3%".
_RAISED = re.compile(
    r"^\s*(?:GDP\s+)?(?:hiện nay\s+)?(?:(?:lên|xuống)(?:\s+(?:còn|tới|đến))?|còn)"
    r"(?:\s+(?:mức|khoảng|gần|hơn))?\s*$"
)
# A bracket opened right before a figure, perhaps by a word of equivalence: "(bằng 82%)".
_BRACKETED = re.compile(r"\(\s*(?:(?:tương đương|bằng|xấp xỉ|khoảng|gần|hơn)\s*)*$")


# Words pointing back at the figure before ("riêng nửa đầu năm 2013 con số này đã đạt"): the
# figure measures what that one did.
_ANAPHOR = re.compile(r"\b(?:con số (?:nói trên|này|đó|ấy)|(?:số tiền|mức) (?:này|đó|ấy))\b", re.I)


# "… có chiều dài 3.900 mét", "… đều gồm 1 trệt, 2 lầu và có diện tích từ 192 m2": what the
# subject has, right before a size.
_HAS = re.compile(
    r"\bcó\s+(?P<attr>(?:[^\W\d_]+\s+){0,3}[^\W\d_]+)\s+(?:(?:là|khoảng|gần|hơn|trên|từ|tới|"
    r"lên tới)\s+)*$"
)
MAX_SUBJECT_WORDS = 8


def _attribute(before: str) -> str | None:
    """A size the sentence's subject has: "Dự án hầm đường bộ qua đèo Cả - Quốc lộ 1A thuộc
    địa phận … có chiều dài 13,4 km" -> "chiều dài dự án hầm đường bộ qua đèo Cả": the
    attribute, then the subject (its first comma part that is no aside, up to a dash)."""
    found = _HAS.search(before)
    if found is None:
        return None
    clause = _HARD_CLAUSE.split(_ASIDE.sub("", before[: found.start()]).replace(" - ", " – "))[-1]
    parts = [p.strip() for p in clause.split(",") if p.strip()]
    subject = next((p for p in parts if not _ASIDE_OPEN.match(p)), "")
    words = subject.split(" – ")[0].split()[:MAX_SUBJECT_WORDS]
    numbered = next((n for n, w in enumerate(words) if re.search(r"\d", w)), len(words))
    words = words[:numbered]  # "… đều gồm [1 trệt]": the subject ends before a figure
    attr = found.group("attr").split()
    while attr and attr[-1].lower() in _APPROXIMATE | _LINK_WORDS:
        attr.pop()  # "có diện tích từ", "có hơn"
    if not words or not attr or parts[-1:] == [" ".join(words)]:
        return None  # "Dự án có tổng diện tích sàn …": the words before say it as they are
    return _sentence_case(" ".join([*attr, _sentence_case(" ".join(words))]))


def _year_after(after: str) -> str | None:
    """ "… máy bay vào năm 2015": the year a figure is for, said within a few words after it."""
    found = _YEAR_AFTER.match(after)
    return found.group("year") if found else None


def _numbered(before: str) -> bool:
    """ "tầng 2 ngôi nhà": the number names the n-th floor; the words after it are no count."""
    words = before.split()
    # the word may open a bracket or a quotation: "(lớp 7 trường THCS Nguyễn Du, …)"
    return bool(words) and words[-1].casefold().lstrip("(“\"'[") in _NUMBERED


# A kin pair after a number names a family as one ("2 vợ chồng", the couple; "3 mẹ con", a mother
# and her children); siblings ("anh em", "anh chị em") are counted.
_KIN_PAIRS = frozenset(
    ("vợ chồng", "mẹ con", "bố con", "cha con", "ông cháu", "bà cháu", "bố mẹ", "cha mẹ")
)


# Words after which "1" is "một" the article, no count: "là 1 ca sĩ", "trở thành 1 ca sĩ".
_INDEFINITE = re.compile(r"(?<![\wÀ-ỹ])(?:là|thành|như)\s*$", re.IGNORECASE)


def _no_figure(fact: Fact, before: str) -> bool:
    """ "cứ 1 bệnh nhân … mất đi 1 lao động", "chính phủ 2 nước": the terms of a rate, or both
    countries, are ways of speaking, not figures."""
    if fact.kind != "count":
        return False
    if fact.unit in _KIN_PAIRS:
        return True  # "2 vợ chồng": the couple, one family named, not a count
    if fact.value == 1 and _INDEFINITE.search(before):
        return True  # "trở thành 1 ca sĩ": "một", a singer, written with a digit
    if fact.value == 1 and _lone_one(fact, before):
        return True  # "ôm 1 túi nghi ngờ là ma tuý": "một", a bag, no figure
    if fact.value == 1 and _sized_one(fact.sentence[len(before) + len(fact.text) :]):
        return True  # "bắn hết 1 băng đạn 6 viên": "một", the figure after it says how much
    rate = fact.value == 1 and re.search(r"\bcứ\s+1\b", fact.sentence, re.IGNORECASE)
    return bool(rate) or (fact.value == 2 and fact.unit in ("nước", "quốc gia"))


# A count of one joined to another figure of a list, before or after it ("3 con dao và 1 mã tấu",
# "gồm: 01 xe ôtô …; 01 xe ôtô …", "1 khẩu súng K59 cùng 1 hộp tiếp đạn"), or what a subject has
# ("Linh có 1 tiền án"; not "there is", opening a clause: "ngày 1/7, có 1 người đàn ông …").
_ONE = re.compile(r"0?1 (?!(?:triệu|nghìn|ngàn|tỷ|tỉ)(?![\wÀ-ỹ]))")  # not "1 triệu xe", a million
_LIST_JOINER = r"(?:\s*[,;]\s*(?:và\s+)?|\s+(?:và|cùng|hoặc)\s+)"
_LIST_BOUNDS = r"(?:(?:khoảng|gần|hơn|trên|dưới|chừng)\s+)*"
_LISTED_BEFORE = re.compile(rf"\d[^.:“”\"]*{_LIST_JOINER}{_LIST_BOUNDS}$", re.IGNORECASE)
_LISTED_AFTER = re.compile(
    rf"^(?:\s*[^\s,;]+){{0,8}}?{_LIST_JOINER}{_LIST_BOUNDS}\d", re.IGNORECASE
)
_HAS_ONE = re.compile(r"(?P<subject>[^,;:(“\"\s])\s+có\s*$")  # a word before "có", no border


def _lone_one(fact: Fact, before: str) -> bool:
    """ "vào 1 quán cà phê", "mang 1 gói ma tuý": a count of one standing alone is the article
    "một" written with a digit (the annotation counts no such "1"); an item of a list of figures
    ("3 con dao và 1 mã tấu") or what someone has ("có 1 tiền án") is a count."""
    if fact.unit in _SIZES | _SCALE or not _ONE.match(fact.text):
        return False  # "1kg", "1 triệu xe", "3-1": a quantity or a score, not a thing
    after = fact.sentence[len(before) + len(fact.text) :]
    plain = _ASIDE.sub("", before)  # "2 kg chất tinh thể (đối tượng khai …) và 1 quả lựu đạn"
    listed = _LISTED_BEFORE.search(plain) or _LISTED_AFTER.match(after)
    return not (listed or _HAS_ONE.search(plain))


# What runs from a count of one into the figure that sizes its noun: the noun's own words, then
# a number ("1 sổ tiết kiệm 2 triệu đồng", "1 tòa nhà 15 tầng", "1 tờ tiền mệnh giá 20.000 đồng").
_SIZED = re.compile(r"(?P<words>(?:\s+[^\W\d_]+){0,3}?)\s+\d[\d.,]*\s*(?P<next>[^\W\d_]*)")
# Words that end a noun's own words: a place, a time, a purpose, a clause's link or verb.
_NOT_OWN = _LINK_WORDS | {
    "tại", "ở", "vào", "lúc", "khi", "để", "và", "hoặc", "làm", "thì", "mà", "nhưng", "bị", "vì",
    "do", "sau", "trước", "năm", "ngày", "tháng",
}  # fmt: skip


def _sized_one(after: str) -> bool:
    """ "1 băng đạn 6 viên": a count of one whose noun runs straight into another figure, which
    says how much of it there is (not an age or a time: "1 người 25 tuổi", "1 chuyến 2 ngày")."""
    found = _SIZED.match(after)
    if found is None:
        return False
    words = found.group("words").lower().split()
    following = found.group("next").lower()
    return not set(words) & _NOT_OWN and following not in _TIME_NOUNS | {""}


# A count's noun closed by a demonstrative: "2 kẻ này", "2 cô gái kia", "5 đối tượng nói trên"
# (not an adverbial "trong đó", "sau đó" opening the next clause, not the copula "đó là").
_DEMONSTRATIVE = re.compile(
    r"(?<!trong )(?<!sau )(?<!khi )(?<!từ )(?<!lúc )(?<!do )"
    r"(?:này|kia|ấy|đó(?! là)|nói trên|nêu trên)(?![\wÀ-ỹ])"
)


# "trên" closing a count's noun, at a clause's end or before its verb, points back as "nói trên"
# does ("5 kẻ trên đã cùng nhau …", "2 vụ tấn công trên."); before a noun it is "on" ("3 người
# trên xe").
_ABOVE = re.compile(
    r"(?:\s+[^\W\d_]+){0,3}?\s+trên(?=\s*(?:[,.;:!?)]|$)|\s+(?:đã|sẽ|đang|vừa|cũng|đều|bị|được|"
    r"không|chưa|vẫn|là)(?![\wÀ-ỹ]))"
)


def _points_back(sentence: str, end: int, fact: Fact) -> bool:
    """ "2 kẻ này vào một quán cà phê": the count names a group counted before, not a figure;
    only adjectives between its noun and the demonstrative ("2 thiếu niên dũng cảm này"), not
    an owner's noun ("12.000 công nhân nước này" counts the country's workers)."""
    if fact.kind != "count":
        return False
    if _ABOVE.match(sentence, end):
        return True  # "5 kẻ trên đã …", "2 vụ tấn công trên.": the ones named above
    found = _DEMONSTRATIVE.search(sentence, end, end + 40)
    if found is None or re.search(r"[,;:.()]", sentence[end : found.start()]):
        return False
    words = tagged(sentence)
    between = [t for o, (_, t) in sorted(words.items()) if end <= o < found.start()]
    if len(between) > 3:
        return False
    opened = [t for o, (_, t) in sorted(words.items()) if o < end][-1:]  # the unit's word
    tags = opened + between if opened and opened[0][:1] == "N" else between
    if tags[:1] == ["Nc"]:
        tags = tags[1:] or ["N"]  # "2 cô gái kia": a classifier and its noun
    return bool(tags) and tags[0][:1] == "N" and all(t == "A" for t in tags[1:])


# "gấp 10 lần", "10 lần như thế", "3 lần so với": a ratio between two amounts, not a count.
_COMPARED = re.compile(r"^\s*(?:như (?:thế|vậy)|so với|hơn)\b")


# Words for a street: a number right before one and a name is a house number ("45 đường Giải
# Phóng"), no figure.
_STREETS = frozenset(("đường", "phố", "ngõ", "hẻm", "ngách"))


def _address(after: str, fact: Fact) -> bool:
    """A house number: the street's word, then its name."""
    words = after.split()
    return fact.unit in _STREETS and bool(words) and words[0][:1].isupper()


def _ratio(before: str, after: str, fact: Fact) -> bool:
    """ "Lương cậu phải 10 lần như thế": a multiple of another amount, which the annotation
    never counts; "9 lần đăng quang" is a count of wins."""
    if fact.unit != "lần":
        return False
    return before.rstrip().lower().endswith("gấp") or bool(_COMPARED.match(after))


def _lists_on(sentence: str, end: int, following: int | None = None) -> bool:
    """ "20 thủ khoa, sinh viên nghèo vượt khó", "100 hiện vật, hình ảnh …": a count's noun, at
    most a few words and a comma, then a common noun (as underthesea reads it) that lists more
    of what is counted; not a comma part with a figure of its own, which is that figure's clause
    ("tăng cao từ 3 - 4 lần, giá hoa Đà Lạt tăng từ 5 lần")."""
    comma = sentence.find(",", end)
    if comma < 0 or len(sentence[end:comma].split()) > MAX_OWN_WORDS:
        return False
    part_end = sentence.find(",", comma + 1)  # the part after the comma ends at the next one
    part_end = len(sentence) if part_end < 0 else part_end
    own_figure = following is not None and following < part_end  # the next figure stands in it
    return _noun_at(sentence, comma + 1) and not own_figure


def _noun_at(sentence: str, at: int) -> bool:
    """The next word from `at` is a common noun, as underthesea reads it, and not a time."""
    start = at + len(sentence[at:]) - len(sentence[at:].lstrip())
    if not sentence[start : start + 1].isalpha():
        return False
    word, tag = _word_from(sentence, start)
    return tag == "N" and word.islower() and word.split()[0] not in _TIME_NOUNS | _EVERY


def _word_from(sentence: str, start: int) -> tuple[str, str]:
    """The word underthesea reads from `start`, or the rest of one it reads across it: after
    "135 triệu đồng" it reads "đồng tiền" (a coin) as one noun, and "tiền đặt cọc" follows."""
    words = tagged(sentence)
    if start in words:
        return words[start]
    for at, (word, tag) in words.items():
        if at < start < at + len(word) and sentence[start - 1] == " ":
            return word[start - at :], tag
    return "", ""


def _pair(before: str, fact: Fact) -> bool:
    """ "giữa 2 hãng thông tấn", "yêu cầu 2 bên viết cam kết": the two sides of a relation
    are named, not counted."""
    if fact.kind != "count" or fact.value != 2:
        return False
    return fact.unit == "bên" or before.rstrip().lower().endswith("giữa")


def _fact(
    sentence: str, match: re.Match[str], previous: str | None, figures: re.Pattern[str]
) -> tuple[Fact, str | None]:
    """The figure, and its plain measure: a figure with none of its own shares the last one,
    in the year it names ("… năm 2014 là 1.215 cá thể và năm 2015 là 1.175 cá thể")."""
    unit = "%" if match.group("percent") else match.group("unit")
    kind = "percent" if unit == "%" else "money" if unit in _MONEY else "count"
    # what follows runs up to the next figure: "24 con bò cho 12 hộ dân" counts "bò"
    following = figures.search(sentence, match.end())
    rest = sentence[match.end() : following.start() if following else len(sentence)]
    # a count joined to one before it, with words of its own after it, stands in its place
    own = kind == "count" and _after(rest, unit) is not None
    first = _joined_to(sentence, match, figures) if own else None
    before = _since_last_figure(sentence[: match.start() if first is None else first])
    if unit == "%" and re.match(r"\s*GDP\b", rest):
        rest = ""  # "nâng bội chi lên 5,3% GDP": a share of GDP, measured by what comes before
    listed = kind == "count" and unit not in _SIZES
    listed = listed and _lists_on(sentence, match.end(), following and following.start())
    sized = kind == "money" or unit in _SIZES | _SCALE  # "với giá 500 triệu"
    valued = _valued(sentence[: match.start()]) if sized else None
    measure = (
        (valued and _for_purpose(valued, None, rest, kind))
        or _object_of(sentence, match, before, rest)
        or _measure_of(before, rest, unit, kind, previous, listed)
    )
    if measure is None and kind == "count":  # "3 bị can đã thay nhau hãm hiếp cô gái"
        measure = _after(rest, unit, listed, opens=False)
    measure = _completed(measure, sentence, match, rest, kind == "count" and unit not in _SIZES)
    measure = _capitalised(_named(_unsaid(measure, sentence, match.start()), kind, unit), sentence)
    measure = _unopened(measure)
    fact = Fact(
        kind=kind,
        text=match.group().strip(),
        value=_value(match.group("number"), unit, kind),
        unit=unit,
        measure=measure,
        sentence=sentence,
        change=_change(measure, before),
    )
    return fact, measure


_OPENING_MARKS = re.compile(r"^[\s“\"'‘«\-–—]+")


def _unopened(measure: str | None) -> str | None:
    """A measure opens on a word, not on the quote mark or the list dash its clause opens on
    (“Bắt tôi xem …", "- Một trận động đất …")."""
    if not measure:
        return measure
    stripped = _OPENING_MARKS.sub("", measure)
    if stripped == measure:
        return measure
    return _sentence_case(stripped) if stripped else None


def _capitalised(measure: str | None, sentence: str) -> str | None:
    """A measure opening on a name keeps its capital: the sentence writes the word with one
    after a lower-case word, a comma or a bracket, never without, and underthesea reads it as a
    proper noun ("Trước đó, Hùng đã nhận 6 triệu đồng" -> "Hùng đã nhận", not "hùng đã nhận";
    "Theo kế hoạch, Ban tổ chức trao …" stays "ban tổ chức …")."""
    if not measure or not measure[:1].islower():
        return measure
    first = measure.split()[0]
    name = first[0].upper() + first[1:]
    if re.search(rf"(?<![\wÀ-ỹ]){re.escape(first)}(?![\wÀ-ỹ])", sentence):
        return measure  # written in lower case too: a common word
    words = tagged(sentence)
    for found in re.finditer(rf"(?<![\wÀ-ỹ]){re.escape(name)}(?![\wÀ-ỹ])", sentence):
        before = sentence[: found.start()].rstrip()
        proper = words.get(found.start(), ("", ""))[1] == "Np"  # not "Ban tổ chức", "Tổng thống"
        if proper and before and (before[-1].islower() or before[-1] in ",)"):
            return f"{name}{measure[len(first) :]}"
    return measure


def _completed(
    measure: str | None, sentence: str, match: re.Match[str], rest: str, counted: bool
) -> str | None:
    """A measure with the whole a `counted` thing belongs to ("cử tri của huyện Lý Sơn"), the
    place or source named after the figure and the named doer before it."""
    if not measure:
        return measure
    if counted:
        whole = _whole_having(sentence, match.start())
        if whole and _closes_having(sentence, match, rest):
            measure = _unscaled(match.group("unit"))  # "Sanna Khánh Hòa đã có 16 điểm"
        if whole and not set(whole.lower().split()) <= set(measure.lower().split()):
            measure = f"{measure} của {whole}"
    return _with_doer(_with_tail(measure, rest), sentence, match.start())


def _closes_having(sentence: str, match: re.Match[str], rest: str) -> bool:
    """The count closes "X có/gồm N <noun>" with nothing after its noun ("Sanna Khánh Hòa đã
    có 16 điểm."): its noun, of the whole X, is what it counts, not the words before it."""
    unit = match.group("unit")
    last = _without_approximation(sentence[: match.start()])[-1:]
    having = [w.lower() for w in last] in (["có"], ["gồm"])
    return having and unit not in _GENERIC and _after(rest, unit) is None


def _named(measure: str | None, kind: str, unit: str) -> str | None:
    """The measure says what the figure is: money ("tiền chi lãi ngoài"), a size's quantity
    ("cân nặng")."""
    if kind == "money":
        return _money_named(measure)
    if unit in _LENGTHS:
        measure = _distance(measure)
    return _size_named(measure) if unit in _SIZES else measure


# A size said by its adjective alone names its quantity: "anh Hiền cao 1,83 m, nặng 97kg".
_SIZE_ADJECTIVES = {
    "cao": "chiều cao", "nặng": "cân nặng", "dài": "chiều dài", "rộng": "chiều rộng",
    "sâu": "độ sâu",
}  # fmt: skip


def _size_named(measure: str | None) -> str | None:
    """ "nặng" alone -> "cân nặng", "cao" -> "chiều cao": the quantity a size is of."""
    return _SIZE_ADJECTIVES.get((measure or "").lower(), measure)


_LENGTHS = frozenset(("km", "m", "mét", "hải lý", "mm", "cm", "feet", "inch"))
# A measure closing on "cách X" (at a distance from X); not "cách đây" (ago), "bằng cách" (by
# means of), "cách ly", "cách mạng", "cách thức", "cách làm", "cách nhau".
_DISTANCE_TO = re.compile(
    r"(?:^|(?<!bằng)\s)cách\s+(?!(?:đây|ly|mạng|thức|làm|nhau)\b)(?P<to>[^\W\d_][^,;:()]*)$",
    re.IGNORECASE,
)
MAX_PLACE_WORDS = 6


def _distance(measure: str | None) -> str | None:
    """A length after "cách X" is the distance to X: "tới bờ đê hồ nước, cách trường khoảng 8
    km" -> "khoảng cách tới trường", "một bãi đất trống cách nhà 100m" -> "khoảng cách từ … một
    bãi đất trống tới nhà"."""
    found = _DISTANCE_TO.search(measure or "")
    if measure is None or not found or len(found.group("to").split()) > MAX_PLACE_WORDS:
        return measure
    start, to = (_unbounded(part) for part in (measure[: found.start()], found.group("to")))
    if not to:
        return measure
    start = _distance_start(start)
    return f"khoảng cách từ {start} tới {to}" if start else f"khoảng cách tới {to}"


# The tags a noun phrase's head may have (a distance's start, an apposition's noun).
_NOUN_TAGS_HEAD = frozenset({"N", "Np", "Nc", "Ny"})
_NOT_A_PLACE = frozenset({"C", "E", "CH"})  # conjunctions, prepositions, marks


def _distance_start(words: str) -> str:
    """Where a distance is from, without the words that open it and are no part of it ("[do]
    mố A cầu Ô Rô", "[nhưng] chiếc xe khách …"); "" for an owner ("của gia đình") or words that
    name nothing (no noun, as underthesea reads them: "Khi đi")."""
    read = sorted(tagged(words).items())
    if not read or read[0][1][0].lower() == "của":
        return ""
    while read and read[0][1][1] in _NOT_A_PLACE:
        read.pop(0)
    if not any(tag in _NOUN_TAGS_HEAD for _, (_, tag) in read):
        return ""
    return words[read[0][0] :].strip()


def _unbounded(words: str) -> str:
    """Words without "chừng", "khoảng", "chỉ" … at their end: "nhà bà Nga [chừng]"."""
    kept = words.split()
    while kept and kept[-1].lower() in _APPROXIMATE | {"chỉ", "độ"}:
        kept.pop()
    return " ".join(kept)


# Verbs of saying or estimating: who says a figure does not do what it counts.
_SAYS = re.compile(
    r"(?<![\wÀ-ỹ])(?:cho biết|cho hay|cho rằng|khẳng định|tiết lộ|nhấn mạnh|phản ánh|ước tính|"
    # who establishes a figure ("xác định được Minh đã biển thủ"), not one found ("được xác định")
    r"(?<!được )(?<!bị )xác định(?: được)?)"
    r"(?![\wÀ-ỹ])"
)
_OWN_ACT = re.compile(r"(?:sẽ|đã|đang|vừa|mới|cũng|sắp)(?![\wÀ-ỹ])")


def _unsaid(measure: str | None, sentence: str, start: int) -> str | None:
    """A measure without the sayer who reports the figure ("tạp chí Forbes ở Nga ước tính [tổng
    tài sản của ông] vào khoảng 13,3 tỉ USD"); not where those who say are what is counted ("75%
    số người được hỏi cho rằng …"), nor where the sayer's own act follows ("Nissan cho biết sẽ
    mua …": the sayer is its doer)."""
    said = list(_SAYS.finditer(measure or ""))
    if not measure or not said:
        return measure
    rest = measure[said[-1].end() :].strip()
    if not rest or _OWN_ACT.match(rest) or sentence.rfind(said[-1].group(), 0, start) < 0:
        return measure
    return _sentence_case(rest)


# Verbs that hand money over or take it: a measure opening on one says what is done with the
# money ("chi lãi ngoài", "nộp phạt"), not what it is.
_MONEY_VERBS = re.compile(
    r"(?:chi(?: trả)?|nộp|đóng|phạt|trả|thanh toán|bồi thường|đền bù|hỗ trợ|ủng hộ|tài trợ|"
    r"quyên góp|góp|chuyển|rút|vay|mượn|nhận|thu(?: lợi)?|tạm ứng|chiếm đoạt|biển thủ|tham ô|"
    r"gây thiệt hại|gây thất thoát|đầu tư)(?![\wÀ-ỹ])",
    re.IGNORECASE,
)
# Nouns that already say the amount is money: "tiền phạt", "giá thuê", "vốn điều lệ".
_MONEY_NOUNS = frozenset(
    ("tiền", "giá", "vốn", "phí", "quỹ", "lương", "ngân sách", "doanh thu", "thu nhập", "khoản")
)


def _money_named(measure: str | None) -> str | None:
    """An amount measured by what is done with it reads as the money it is: "Chi lãi ngoài 437
    tỷ đồng" -> "tiền chi lãi ngoài", the money spent on interest."""
    if not measure or not _MONEY_VERBS.match(measure):
        return measure
    if any(f" {n} " in f" {measure.lower()} " for n in _MONEY_NOUNS):
        return measure
    return f"tiền {measure[0].lower()}{measure[1:]}"


# Where the clause a figure is in begins (not at a decimal comma: "tăng 9,2 lần").
_CLAUSE_BORDER = re.compile(r"(?<!\d),|,(?!\d)|[;:()\[\]“”\"]")
# Parties of a court case, named by their role: "bị cáo Bình chi lãi ngoài 437 tỷ đồng"; the
# doer of a crime named by its part in it: "hung thủ đã chuẩn bị rất kỹ khi mua 3 con dao".
_ROLES = ("bị cáo", "bị can", "bị đơn", "nguyên đơn", "hung thủ", "nghi phạm", "nghi can")
_NOT_IN_SUBJECT = frozenset(("C", "E", "CH"))  # conjunctions, prepositions, marks at its edges
MAX_DOER_WORDS = 6


def _with_doer(measure: str, sentence: str, start: int) -> str:
    """The measure with who does what the figure counts or spends, when the clause (or the
    sentence, for a clause with no subject) names them as its subject ("Nguyễn Hoài Giang đã ký
    phê duyệt [15 tờ trình]", "tập đoàn Hoa Sen đã trao tặng 24 con bò cho [12 hộ dân]"): a
    reader of "15 | tờ trình" cannot tell whose. Not a sayer who only reports the figure ("ông
    X cho biết doanh thu đạt …")."""
    own = _named_subject(sentence, start)
    doer = own or _elided_subject(sentence, start)
    if doer is None:
        return measure
    subject = sentence[doer.begin : doer.end]
    held = set(measure.lower().split())
    if any(set(name.lower().split()) <= held for name in [subject, *doer.names]):
        return measure  # "Hoa Sen đã trao tặng bò": the doer is in it already
    if own is None:  # "Nguyễn Đắc Huy là người …, giao cho Giang [500 viên]"
        return _sentence_case(f"{subject} {measure}")
    attribute, measure, joining = _joining(measure, sentence[doer.end : start])
    if joining < 0:  # the measure is said after the figure: its doer comes after it
        opening = subject.split()[0]
        named = any(name.startswith(opening) for name in doer.names)
        if doer.begin == 0 and not opening.isupper() and not named:
            subject = subject[0].lower() + subject[1:]  # "Cả New Delhi lẫn Moscow" -> "cả …"
        return _sentence_case(f"{measure} {subject}")
    verb = [w for w in sentence[doer.end : doer.end + joining].split() if not re.match(r"\d", w)]
    joined = [*subject.split(), *(verb if len(verb) <= MAX_DOER_WORDS else []), measure]
    return _sentence_case(" ".join([*attribute, *joined]))  # "Diệu Hân yêu cầu bà Trang …"


# A verb of saying after a subject, whatever follows it ("Ông Thắng cho biết, …").
_SAYING = re.compile(
    r"(?:cho biết|cho hay|cho rằng|nói(?!\s+(?:trên|chung|riêng))|phản ánh|khẳng định|"
    r"tiết lộ|nhấn mạnh|thông báo)(?![\wÀ-ỹ])"
)


class _Subject(NamedTuple):
    """Where a clause's subject stands in its sentence, and the proper nouns in it."""

    begin: int
    end: int
    names: list[str]


def _named_subject(sentence: str, start: int) -> _Subject | None:
    """The words opening the figure's clause up to its first verb or adverb (pos_tag), when
    they name someone (a proper noun, or a party by its court role) and the verb after them is
    not one of saying."""
    borders = [b for b in _CLAUSE_BORDER.finditer(sentence, 0, start) if not _aside(sentence, b)]
    at = borders[-1].end() if borders else 0
    opened = previous = sentence[at:start].lstrip()
    while (opened := _LEADING.sub("", opened)) != previous:
        previous = opened
    at = start - len(opened)
    words = [(o, w, t) for o, (w, t) in sorted(tagged(sentence).items()) if at <= o < start]
    verb = next((n for n, (_, w, t) in enumerate(words) if t[:1] in "VR" or w in _TENSES), None)
    if not verb or verb > MAX_DOER_WORDS:
        return None
    subject = words[:verb]
    while subject and subject[0][2] in _NOT_IN_SUBJECT:
        subject.pop(0)
    while subject and subject[-1][2] in _NOT_IN_SUBJECT:
        subject.pop()
    if not subject:
        return None
    begin, end = subject[0][0], subject[-1][0] + len(subject[-1][1])
    # one capitalised syllable opening the sentence may be any noun ("Album", "Bể"): no name
    names = [w for o, w, t in subject if t == "Np" and (o > 0 or " " in w)]
    said = _SAYING.match(sentence, _past_tense(sentence, end))
    role = sentence[begin:end].lower().startswith(_ROLES)
    return _Subject(begin, end, names) if (names or role) and not said else None


_FIGURE_BEFORE = re.compile(r"\d[\d.,]*(?:\s*[^\s\d()]+){0,3}\s*$")


def _aside(sentence: str, border: re.Match[str]) -> bool:
    """A bracket opened right after a figure ("2.254.484 lá phiếu (chiếm tỷ lệ 50,3%)") gives
    its other terms or its share: the clause goes on through it."""
    return border.group() == "(" and bool(_FIGURE_BEFORE.search(sentence, 0, border.start()))


def _elided_subject(sentence: str, start: int) -> _Subject | None:
    """A clause that opens on its verb has no subject of its own: it shares the one that opens
    the sentence ("Nguyễn Đắc Huy là người tiếp nhận ma tuý, giao cho Giang 500 viên"); not a
    part counted "trong đó" (among them)."""
    borders = list(_CLAUSE_BORDER.finditer(sentence, 0, start))
    if not borders:
        return None
    at = borders[-1].end()
    opened = previous = sentence[at:start].lstrip()
    if opened.lower().startswith("trong đó"):
        return None  # a part of what was counted before: no doer of its own
    while (opened := _LEADING.sub("", opened)) != previous:
        previous = opened
    at = _past_tense(sentence, start - len(opened))
    word = tagged(sentence).get(at)
    if word is None or not word[1].startswith("V"):
        return None
    first = _CLAUSE_BORDER.search(sentence)
    if first is None or first.start() >= at:
        return None
    opening = _named_subject(sentence, first.start())
    return None if opening is None or _frames(sentence, opening, first.start()) else opening


def _frames(sentence: str, subject: _Subject, border: int) -> bool:
    """ "Cục Thuế cũng lưu ý, hộ kinh doanh … 500 triệu đồng": an opening clause of a subject and
    its verb alone, then a comma and a subject of its own, reports what follows; its subject
    does none of it (not "Toan và Lai thừa nhận, đã lấy tiền …", theirs)."""
    words = sorted(tagged(sentence).items())
    verb = [t for o, (_, t) in words if subject.end <= o < border]
    opens = next((t for o, (_, t) in words if o > border), "")  # a subject of its own after it
    return bool(verb) and all(t[:1] in "VR" for t in verb) and opens in ("N", "Np", "Nc")


def _past_tense(sentence: str, at: int) -> int:
    """Where the verb starts after a subject ending at `at`, past spaces and tense words."""
    found = re.compile(r"\s*(?:(?:đã|cũng|vừa|đang|sẽ)\s+)*").match(sentence, at)
    return found.end() if found else at


# Nouns that name a quantity something has: "với tổng giá trị hơn 7,3 tỷ đồng", "với chiều dài
# 20km", "với vốn đăng ký là 5.735 tỷ đồng".
_ATTRIBUTES = (
    "giá", "giá trị", "tổng giá trị", "mức", "vốn", "tổng vốn", "chiều dài", "chiều rộng",
    "chiều cao", "diện tích", "tổng diện tích", "số tiền", "tổng số tiền", "kinh phí",
    "tổng kinh phí", "chi phí", "tổng chi phí", "công suất", "quy mô", "sức chứa", "dung tích",
    "trọng lượng", "khối lượng", "doanh thu",
)  # fmt: skip
# "X với <attribute> N" (not "cùng với", together with), "X trị giá N", "X - N": N is that
# attribute of X, or its value.
_VALUED = re.compile(
    r"(?<!cùng)(?:\s*,)?\s+với\s+(?P<attr>(?:"
    + "|".join(sorted(_ATTRIBUTES, key=len, reverse=True))
    + r")(?:\s+(?!là\b)[^\W\d_]+){0,2}?)\s+(?:là\s+)?$"
    + r"|\s+(?P<attr2>(?:tổng\s+)?trị giá)\s+$"
    + r"|\s+[-–]\s+$",  # "hợp đồng thu âm lớn nhất trong lịch sử - 90 triệu bảng Anh"
    re.IGNORECASE,
)


def _valued(prefix: str) -> str | None:
    """An amount or a size that is an attribute of what the words before name: "công ty Tuần
    Châu … đã ký hợp đồng nguyên tắc … với tổng giá trị hơn 7,3 tỷ đồng" -> "tổng giá trị ký hợp
    đồng nguyên tắc …", "thuê 100 máy bay của Airbus trị giá 9,1 tỉ USD" -> "trị giá thuê máy
    bay của Airbus": the attribute, then the clause before it, the numbers of its counts
    dropped, its doer and earlier predicates dropped as a count's verb is."""
    head = " ".join(_without_approximation(prefix))
    found = _VALUED.search(f" {head} ")
    if found is None:
        return None
    owner = _uncounted(f" {head}"[: found.start()])
    figures = _FIGURE.finditer(_last_clause(owner).split(",")[-1])
    if any(m.group("percent") or m.group("unit") in _MONEY for m in figures):
        return None  # "lương thực tăng 2,96% với mức tăng 500-1000 đồng": the level before says it
    owner_measure = _without_agent(_last_predicate(_measure(owner)))
    if not owner_measure:
        return None
    attribute = (found.group("attr") or found.group("attr2") or "").lower()  # "… - 90 triệu"
    if attribute.split()[-1:] in (["tăng"], ["giảm"]):
        attribute = ""  # "với mức tăng 11,3%": the change is the figure's own ("mức tăng …")
    return _sentence_case(f"{attribute} {owner_measure}".strip())


def _joining(measure: str, between: str) -> tuple[list[str], str, int]:
    """Where in the words between the doer and the figure the measure is said, and an attribute
    `_valued` put before that clause ("trị giá", said after it), split off to go before the doer."""
    said = f" {between.lower()} "
    attribute, body = _attribute_put_first(measure, between)
    joining = said.find(f" {body.split()[0].lower()} ")
    if attribute and joining >= 0:  # "… sẽ cung cấp gói tín dụng … trị giá 5.500 tỷ đồng"
        return attribute, body, joining
    return [], measure, said.find(f" {measure.split()[0].lower()} ")


_PUT_FIRST = re.compile(
    r"(?P<attr>(?:tổng\s+)?trị giá|(?:"
    + "|".join(sorted(_ATTRIBUTES, key=len, reverse=True))
    + r"))\s+(?P<rest>\S.*)",
    re.IGNORECASE,
)


def _attribute_put_first(measure: str, clause: str) -> tuple[list[str], str]:
    """ "trị giá cung cấp gói tín dụng …": an attribute `_valued` put before the clause it is of,
    which the clause does not say there; the doer goes between them ("trị giá Ngân hàng
    VietinBank sẽ cung cấp …", not "Ngân hàng VietinBank trị giá cung cấp …")."""
    found = _PUT_FIRST.fullmatch(measure)
    if found is None:
        return [], measure
    rest = found.group("rest")
    said = f" {clause.lower()} "
    if f" {found.group('attr').lower()} {rest.split()[0].lower()} " in said:
        return [], measure  # "với tổng giá trị tài sản …": said so in the sentence
    return found.group("attr").split(), rest


def _uncounted(text: str) -> str:
    """The text without the numbers of its counts ("thuê 100 máy bay" -> "thuê máy bay"); a
    number naming the n-th ("quận 9", "Lữ đoàn 270") stays."""

    def drop(match: re.Match[str]) -> str:
        before = text[: match.start()].split()
        named = before and (before[-1][:1].isupper() or _numbered(before[-1]))
        return match.group() if named else ""

    return _COUNT_NUMBER.sub(drop, text)


# A number counting the word after it: "thuê 100 máy bay", "trao 10 suất quà" read as
# "thuê máy bay", "trao suất quà" when they name what a later figure is the value of.
_COUNT_NUMBER = re.compile(
    rf"(?<![\w/.,-]){_NOT_YEAR}(?!(?:19|20)\d\d\b){_RANGE}(?:{NUMBER})\s*(?=[^\W\d_A-ZÀ-Ỹ])"
)


# Between two counts joined as one object: "216 máy chủ và 5.964 máy trạm", "16 triệu ca đột quỵ
# và khoảng 6 triệu ca tử vong" (a few words of the first's noun, "và"/"hoặc", an approximation).
_JOINED = re.compile(
    r"(?:\s+[^\W\d_]+){0,3}?\s+(?:và|hoặc)\s+(?:(?:khoảng|gần|hơn|trên|dưới|chừng)\s+)*"
)


def _joined_to(sentence: str, match: re.Match[str], figures: re.Pattern[str]) -> int | None:
    """Where the count that this one is joined to starts: the second count of "cung cấp an ninh
    thông tin cho 216 máy chủ và 5.964 máy trạm" is measured by the words before the first."""
    earlier = [m for m in figures.finditer(sentence, 0, match.start()) if m.end() <= match.start()]
    if not earlier:
        return None
    last = earlier[-1]
    unit = last.group("unit")
    count = unit and not last.group("percent") and unit not in _MONEY | _SIZES
    if count and _JOINED.fullmatch(sentence, last.end(), match.start()):
        return last.start()
    return None


# "1,700 căn": a comma before three digits in a count of things groups thousands as English
# writes them (no one counts 1.7 flats); "1,5 triệu", "13,450%" stay decimals.
_THOUSANDS_COMMA = re.compile(r"\d{1,3}(?:,\d{3})+")


def _value(number: str, unit: str, kind: str) -> float:
    """The figure's value; a count written with English thousands commas is read as one."""
    if kind == "count" and unit not in _SIZES | _SCALE and _THOUSANDS_COMMA.fullmatch(number):
        return float(number.replace(",", ""))
    return parse_number(number)


# "X có/gồm N Y": X is the whole that has what a count counts.
_HAVING = re.compile(r"(?<![\wÀ-ỹ])(?:có|gồm|bao gồm)\s")
# Words that may end the whole's phrase before "có" but are no part of it: "đội máy bay của
# Vietjet sẽ có", "tuyển Việt Nam còn có".
_TENSE_TAIL = frozenset({"sẽ", "đã", "đang", "cũng", "vẫn", "hiện", "chỉ", "đều", "còn"})
# Nouns that name where or when, not a whole: "bên trong quán có 300 dân chơi".
_WHERE_NOUNS = frozenset(
    phrases("bên|phía|hiện tại|hiện nay|thời điểm|lúc|khi|nơi|chỗ|bên cạnh|bên trong|hôm", "|")
)
MAX_WHOLE_WORDS = 8  # "Đoàn đại biểu nhân dân Ấn Độ gồm 30 người"
_WHOLE_OF = frozenset({"cả", "toàn"})  # "cả gia đình", "toàn đội": all of it
MAX_LIST_WORDS = 12  # "có 8 đơn vị bầu cử với 22 tổ bầu cử và gần [16.500 cử tri]"


def _whole_having(sentence: str, start: int) -> str | None:
    """The whole a count belongs to, when the count is what it has or is made of: "huyện Lý Sơn
    có 8 đơn vị bầu cử với 22 tổ bầu cử và gần 16.500 cử tri", "gia đình ông Ứng gồm 6 người, 4
    người lớn và 2 trẻ nhỏ": a noun phrase (as underthesea reads it: no verb) of a few words
    right before "có"/"gồm" in the count's clause, the count right after it or in its list."""
    clause = _last_clause(sentence[:start])
    having = list(_HAVING.finditer(clause))
    if not having:
        return None
    between = clause[having[-1].end() :].split()
    listed = re.search(r"\d|,", " ".join(between))
    if len(between) > MAX_LIST_WORDS or (len(between) > 2 and not listed):
        return None  # "có" is not the verb whose object the count is
    text, previous = clause[: having[-1].start()].split(",")[-1].strip(), None
    if not text and having[-1].group().strip().endswith("gồm"):
        text = _apposed(clause[: having[-1].start()])  # "Đoàn …, gồm 20 thành viên, …"
    while text != previous:  # "Như vậy, …, đội máy bay của Vietjet sẽ"
        previous = text
        words = _LEADING.sub("", text).split()
        while words and words[-1].lower() in _TENSE_TAIL:
            words.pop()
        if words[:1] and words[0].lower() in _WHOLE_OF:
            words.pop(0)  # "cả gia đình bà có 6 nhân khẩu": the family
        text = " ".join(words)
    figure = any(re.fullmatch(r"[\d.,/%-]*\d[\d.,/%-]*", w) for w in text.split())  # not "1B"
    if not text or len(text.split()) > MAX_WHOLE_WORDS or figure:
        return None
    read = tagged(text)
    first, tag = read.get(0, ("", ""))
    when = _WHERE_NOUNS | _TIME_NOUNS  # "bên trong quán có …", "Hôm nay có …"
    if tag not in {"N", "Np", "Nc", "Ny"} or {first.lower(), first.lower().split()[0]} & when:
        return None
    if any(t == "V" for _, t in read.values()):
        return None  # "công an thu giữ tang vật gồm …": a clause, the list is its object's
    opens = not sentence[: sentence.find(text)].strip(' "“')
    if " " not in text:  # "Huyện có …": a kind alone names no whole; "Venezuela có …" does
        return text if tag == "Np" else None
    return _sentence_case(text) if opens else text


def _apposed(text: str) -> str:
    """The noun phrase a comma part "gồm …" stands beside: the comma part before it when it is
    that noun phrase alone, perhaps after one verb ("Thay mặt [đoàn đại biểu Ấn Độ], gồm 30 thành
    viên"); "" after a clause ("… đã thực hiện những bước tiến quan trọng, gồm …")."""
    parts = text.rstrip().rstrip(",").split(",")
    part = _ON_BEHALF.sub("", parts[-1].strip())
    read = sorted(tagged(part).items())
    kept = 0
    while kept < len(read) and read[len(read) - 1 - kept][1][1] in _PHRASE_TAGS:
        kept += 1
    phrase = read[len(read) - kept :]
    while phrase and phrase[0][1][1] not in _NOUN_TAGS_HEAD:
        phrase.pop(0)
    opening = read[: len(read) - len(phrase)]
    if not phrase or len(opening) > 1 or (opening and opening[0][1][1] != "V"):
        return ""
    return part[phrase[0][0] :]


# Words that open a comma part on behalf of a body (underthesea reads "Thay mặt" as a noun).
_ON_BEHALF = re.compile(r"^(?:thay mặt|đại diện(?: cho)?)\s+", re.IGNORECASE)


def _counted(before: str, after: str | None, unit: str) -> str | None:
    """A count's measure when its own noun says what it counts: "… có 20 dự án đầu tư sang
    Nga", "mua 40 động cơ GEnx" (the verb and its object), "hỗ trợ nước ngọt cho 45.000 hộ gia
    đình" (the help and who gets it); None when the words before say it ("tỷ lệ … là 80 vụ")."""
    words = _without_approximation(before)
    if _counted_after(" ".join(words)) or (words != before.split() and len(words) < 2):
        scope = _measure(before.rsplit(" có ", 1)[0]) if " có " in f" {before} " else None
        last_two = [w.lower() for w in words[-2:]]
        joined = last_two[-1:] != [] and last_two[-1] in _JOINING and last_two[0] != "đối"
        if after is None and joined:  # "22 tổ bầu cử và gần 16.500 cử tri"
            return _unscaled(unit)
        if after is None and last_two[-1:] == ["gồm"] and unit not in _GENERIC:
            return _unscaled(unit)  # "…, bao gồm ít nhất 8 trẻ em.": the part it counts
        return f"{after} {scope}" if after and scope and _SCOPE.match(scope) else after
    if unit in _CLASSIFIERS:
        return _classified(words, after, unit)
    after = after or (None if unit in _GENERIC else _unscaled(unit))  # "… cho 45.000 hộ gia đình."
    if after is None:
        return None
    last = words[-1].lower() if words else ""
    if last in _NEW_LEVEL and _CHANGED.search(" ".join(words)):
        return None  # "tăng số lượng nhân viên … từ 700 lên [5.000 người]": the words before say it
    verb = _measure(" ".join(words))
    if verb and re.search(r"\d", verb):  # "mua 18 và thuê 22 động cơ": "thuê"
        verb = _measure(" ".join(_verb_words(words)))
    verb = _without_agent(_last_predicate(verb))
    if not verb or last in _COPULAS or last in _LINK_WORDS - {"cho", "có", "được"}:
        return after if len(after.split()) > len(unit.split()) + 1 else None
    return f"{verb} cho {after}" if last == "cho" else f"{verb} {after}"


# The new level of a change: the count measures what changed, said before it.
_NEW_LEVEL = frozenset(("lên", "xuống"))
_CHANGED = re.compile(r"(?<![\wÀ-ỹ])(?:tăng|giảm|nâng|hạ)(?![\wÀ-ỹ])", re.IGNORECASE)


# Words of tense between a verb's agent and the verb: "HLV Gerardo Martino đã công bố".
_TENSES = frozenset({"đã", "sẽ", "đang", "vừa", "từng", "mới"})


def _without_agent(verb: str | None) -> str | None:
    """A count the object of a verb is counted by what is done, not by who does it, as the
    annotation writes it ("danh sách cầu thủ", "vụ án … đã khởi tố"): "HLV Gerardo Martino đã
    công bố danh sách [23 cầu thủ]" -> "công bố danh sách": the words after the last tense
    word, when any are left."""
    words = (verb or "").split()
    tensed = (n for n, w in enumerate(words[:-1]) if w.lower() in _TENSES)  # not "… biển mới"
    cut = max(tensed, default=-1)
    return " ".join(words[cut + 1 :]) if cut >= 0 else verb


def _last_predicate(verb: str | None) -> str | None:
    """ "sẽ đình chỉ việc tiêu thụ xe Qashqai và yêu cầu Nissan triệu hồi [814 phương tiện]": of
    two predicates joined by "và" (no list of commas), the last one has the figure."""
    if not verb or "," in verb or " và " not in verb:
        return verb
    last = verb.rsplit(" và ", 1)[1]
    return last if len(last.split()) >= 2 else verb


def _classified(words: list[str], after: str | None, unit: str) -> str | None:
    """A count by a classifier counts the noun after it, given by the verb before it: "tập đoàn
    đã trao tặng 24 con bò cho 12 hộ dân" -> "tập đoàn đã trao tặng bò"."""
    thing = after.split()[len(unit.split()) :] if after else []
    last = words[-1].lower() if words else ""
    verb = [] if last in _COPULAS or last in _LINK_WORDS else _verb_words(words)
    if thing and verb:
        return _sentence_case(" ".join([*verb, *thing]))
    return after if len(thing) > 1 else None


def _object_of(sentence: str, match: re.Match[str], before: str, rest: str) -> str | None:
    """A size, a share or an amount followed by the noun phrase it is the size, share or amount
    of: that phrase, after the verb right before the figure, as underthesea reads it. "Cảnh
    sát thu giữ 700kg ma túy đá" -> "cảnh sát thu giữ ma túy đá", "có hơn 70.155 ha cây trồng
    bị hạn" -> "cây trồng bị hạn", "có khả năng tiết kiệm 20% tiêu hao nhiên liệu" -> "tiết
    kiệm tiêu hao nhiên liệu", "khoảng 90% nam giới Triều Tiên hút thuốc", "bồi thường 135
    triệu đồng tiền đặt cọc" -> "bồi thường tiền đặt cọc"."""
    unit = match.group("unit")
    words = _without_approximation(before)
    last = words[-1].lower() if words else ""
    verb: list[str] | None = None
    if unit in _SIZES and _noun_at(sentence, match.end()):
        thing = (_after(rest, unit) or "").split()[1:]
        verb = None if last in _COPULAS or last in _LINK_WORDS else _verb_words(words)
    elif (match.group("percent") and _nominal_at(sentence, match.end())) or (
        unit in _MONEY and _noun_at(sentence, match.end())
    ):
        thing = (_after(rest, unit or "%") or "").split()
        verb = _verb_before(sentence, _approached(sentence, match.start()))
        opens = not re.split(r"[,;:(]", " ".join(words))[-1].strip()
        if _SHARE_OF.search(" ".join(words)) and thing:
            return _sentence_case(" ".join(thing))  # "chiếm tỷ lệ gần 7% số vụ tội phạm"
        if verb is None and not opens and last not in _COUNTED_AFTER:
            return None  # "tỷ lệ … đạt 13,45% …": the words before say it
    else:
        return None
    return _sentence_case(" ".join([*(verb or []), *thing])) if thing else None


# "chiếm (tỷ lệ) X% …": the share is of what follows it.
_SHARE_OF = re.compile(r"(?<![\wÀ-ỹ])chiếm(?:\s+tỷ\s+lệ)?$", re.IGNORECASE)

# Words that open what follows a figure but no noun phrase it is the share of.
_NOT_NOMINAL = _LINK_WORDS | {"so", "về", "vào", "và", "hoặc", "mỗi", "thì", "nhưng", "khi"}


def _nominal_at(sentence: str, at: int) -> bool:
    """The words from `at` open a phrase a share can be of: a noun, a verb used as one ("tiêu
    hao nhiên liệu"), a plural word ("các sản phẩm"), as underthesea reads it."""
    start = at + len(sentence[at:]) - len(sentence[at:].lstrip())
    word, tag = _word_from(sentence, start)
    first = word.split()[0].lower() if word else ""
    return tag in {"N", "V", "L", "A"} and first.isalpha() and first not in _NOT_NOMINAL


def _approached(sentence: str, start: int) -> int:
    """Where the words before a figure end, without "khoảng", "hơn" … ("làm ra hơn 220 …")."""
    head = sentence[:start].rstrip()
    words = head.split()
    for _ in range(len(words) - _unapproximated(words)):
        head = head[: -len(head.rsplit(None, 1)[-1])].rstrip()
    return len(head)


def _verb_before(sentence: str, end: int) -> list[str] | None:
    """The verb that ends right at `end`, as underthesea reads it ("tiết kiệm"), unless it only
    links its subject to a figure ("đạt", "chiếm", "là")."""
    for at, (word, tag) in tagged(sentence).items():
        if at + len(word) == end:
            plain = tag == "V" and word.lower() not in _COPULAS | _LINK_WORDS
            return word.split() if plain and word.islower() else None
    return None


def _unapproximated(words: Sequence[str]) -> int:
    """How many of `words` stand before the "khoảng", "hơn", "ít hơn", "không quá" … that end
    them (the one loop `_approached` and `_without_approximation` both strip with)."""
    kept = len(words)
    while kept:
        if kept >= 2 and (words[kept - 2].lower(), words[kept - 1].lower()) in _TWO_WORD_BOUNDS:
            kept -= 2
        elif words[kept - 1].lower() in _APPROXIMATE:
            kept -= 1
        else:
            break
    return kept


def _without_approximation(before: str) -> list[str]:
    """The words before a figure without "khoảng", "gần", "hơn", "ít hơn", "ước tính" … right
    before it."""
    words = before.split()
    del words[_unapproximated(words) :]
    if [w.lower() for w in words[-2:]] == ["ước", "tính"]:
        del words[-2:]
    return words


def _share_of(before: str, after: str | None) -> str | None:
    """ "hỗ trợ bằng tiền, hiện vật cho khoảng 10% gia đình khó khăn nhất": a share of the group
    named after it, given what the words before say."""
    words = _without_approximation(before)
    if not after or not words or words[-1].lower() != "cho":
        return None
    verb = _measure(" ".join(words))
    return f"{verb} cho {after}" if verb else after


_VERB_STOPS = (",", ";", ":", "(", ")")


def _verb_words(words: list[str]) -> list[str]:
    """The verb a figure is the object of when another figure comes before: the last words,
    none before a number, a comma or a "và" ("mua 18 và thuê 22 động cơ" -> "thuê"), nor
    before a word that opens a clause ("… khi [mua]"); a word is never cut in two."""
    kept: list[str] = []
    for word in reversed(words[-MAX_VERB_WORDS:]):
        if re.search(r"\d", word) or word.endswith(_VERB_STOPS) or word.lower() == "và":
            return kept
        if word.lower() in _OPENS_CLAUSE:
            return kept  # "chuẩn bị rất kỹ khi [mua] 3 con dao": "khi" opens the buying
        kept.insert(0, word)
    cut = len(words) - len(kept)
    if kept and cut > 0 and _split_word(words, cut):
        kept.insert(0, words[cut - 1])  # "[chuẩn] bị", "[ma] tuý": a word is not cut in two
    return kept


_OPENS_CLAUSE = frozenset({"khi", "để", "thì"})


def _at_most(words: list[str], most: int, last: bool = False) -> list[str]:
    """The first (or `last`) `most` words, and one more where the cut would split a word as
    underthesea reads it: "[đề] nghị Uỷ ban Thẩm phán …"."""
    if len(words) <= most:
        return words
    cut = len(words) - most if last else most
    if _split_word(words, cut):
        cut += -1 if last else 1
    return words[cut:] if last else words[:cut]


def _split_word(words: list[str], cut: int) -> bool:
    """The syllables right before and after `cut` are one word as underthesea reads them in
    their context ("chất [ma | tuý] với", "đã [chuẩn | bị] rất")."""
    before, after = words[max(0, cut - 3) : cut], words[cut : cut + 2]
    text = " ".join([*before, *after])
    border = len(" ".join(before))
    return any(at < border < at + len(word) for at, (word, _) in tagged(text).items())


def _change(measure: str | None, before: str) -> Change | None:
    """A figure right after "giảm"/"tăng" is the size of a change of its measure ("tăng trưởng",
    growth, is a level: "tăng trưởng kinh tế ước tăng 7,2%")."""
    last = before.split()[-1:] or [""]
    if measure is None or "tăng trưởng" in measure:
        return None
    return _CHANGE.get(last[0].lower())


def _for_purpose(measure: str | None, after: str | None, rest: str, kind: str) -> str | None:
    """An amount's or a share's measure with what it buys or is about, said right after it:
    "ký thỏa thuận 3,04 tỉ USD mua động cơ"; not when the words after already are the measure."""
    purpose = _purpose(rest) if kind in ("money", "percent") else None
    return f"{measure} {purpose}" if measure and purpose and measure != after else measure


# Words of a noun phrase as underthesea tags them: nouns, adjectives, plurals, numerals.
_PHRASE_TAGS = frozenset({"N", "Np", "Nc", "Nu", "Ny", "A", "L", "M"})
# Verbs after an amount that bound it, saying nothing of what it is for: "từ 5 tỷ đồng trở lên".
_BOUNDS = frozenset({"trở lên", "trở xuống"})


def _purpose(rest: str) -> str | None:
    """What an amount or a share is for or about, right after it: a verb and its object ("ký
    thỏa thuận 3,04 tỉ USD [mua nhiều động cơ] được …"), or "về" and what it is about
    ("“phóng đại” tới 10% [về khả năng] tiết kiệm …"), as underthesea reads them; no link, no
    clause border, a noun and no number in the object."""
    text = rest.lstrip()
    if not text[:1].islower() or _RELATIVE_BREAK.match(f" {text}"):
        return None
    read = [word for word in tagged(text).values()]
    first, tag = read[0] if read else ("", "")
    if first == "không" and len(read) > 1 and read[1][1] == "V":  # "nợ lại … không thu hồi được"
        return " ".join(w for w, t in read[:3] if t == "V" or w in ("không", "được"))
    linking = _LINK_WORDS | _COPULAS | _BOUNDS | _NOT_NOMINAL  # "so (với)", "vào", "thì" …
    of = first in _OF_WORDS
    if not of and (tag != "V" or first.lower() in linking):
        return None
    words = [first]
    for word, tag in read[1:]:
        named = tag in _PHRASE_TAGS or (tag == "V" and words[-1] == "việc")  # "việc biểu diễn"
        if not named or (of and tag == "M"):
            break
        words.append(word)
    tags = [t for _, t in read[1 : len(words)]]
    if "M" in tags:
        return None  # "tăng trưởng … 8,5% đứng thứ 7": a rank, no object
    return " ".join(words) if any(t.startswith("N") for t in tags) else None


# Words after an amount that say what it is about, of, between or for: "(tới 10%) về khả năng
# tiết kiệm", "(11,3 tỉ USD) giữa Vietjet và Boeing", "(70 triệu bảng Anh) của Whitney Houston",
# "(gần 6 tỷ đồng) cho việc biểu diễn".
_OF_WORDS = frozenset({"về", "giữa", "của", "cho", "thuộc"})


def _own_measure(before: str, previous: str | None, kind: str) -> str | None:
    """The words before a figure that say what it measures; an amount's or share's predicate
    with no subject of its own has the figure before's: "…, còn thiếu 85.000 tỷ đồng"."""
    own = _measure(before)
    if own and previous and kind != "count" and _elided(before, own):
        return f"{_YEAR.sub('', previous).strip()} {own}"
    return own


def _elided(before: str, own: str) -> bool:
    """The figure's comma part follows the figure before it and names no subject of its own,
    only a predicate (no noun, as underthesea reads it): "vốn ngân sách khoảng 130.000 tỷ, còn
    thiếu [85.000 tỷ đồng]"; not "…, trong đó xuất khẩu đạt", which names a part."""
    figures = list(_FIGURE.finditer(before))
    tail = before[figures[-1].end() :] if figures else ""
    comma_part = re.fullmatch(r"\s*,[^,;:]*", tail) and not _HARD_CLAUSE.search(tail)
    return bool(comma_part) and not _has_noun(own)


def _has_noun(words: str) -> bool:
    """Some word is a noun as underthesea reads the words: "cá biệt còn trên", "thiếu" have
    none, they are a predicate whose subject was said before."""
    return any(tag.startswith("N") for _, tag in tagged(words).values())


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


_BREAKS = (
    r"[,;:().!?…”“\"]|\s-\s"
    r"|\s(?:so với|và|với|trong đó|vào|kể từ|nhưng|thì|nhằm|để|nên)\s"
    # "chiếm" (a share) and "đến" (up to) end it, not "chiếm đoạt" (a crime: "1 tiền án về tội
    # chiếm đoạt tài sản") nor "đến nay" (until now: "17 hộ đến nay vẫn chưa nhận được đền bù")
    r"|\schiếm\s(?!(?:đoạt|dụng|giữ|hữu|lĩnh)\b)|\sđến\s(?!nay\b)"
    # "cùng" ends it before a quantified noun ("… tiền mặt cùng nhiều tang vật khác"), not as
    # "together" ("7 đối tượng cùng bị bắt") nor inside "vô cùng", "cuối cùng"
    r"|(?<!\svô)(?<!\scuối)\scùng\s(?=(?:với|các|những|nhiều|hàng|một|\d)\b)"
    # "trong"/"từ" end it only before a time ("trong năm 2015", "từ 23/10"), not before a group
    # or a source ("người trong lực lượng công an", "doanh thu từ album")
    r"|\s(?:trong|từ)\s(?=năm|tháng|ngày|tuần|quý|thời|khi|vòng|lúc|dịp|suốt|giai đoạn|đầu|\d)"
)
# After a figure that opens its clause, a tense word starts the predicate ("300 cử tri … đã có
# mặt"); after one that is an object it says which ones are meant ("cho 2 cửa hàng đã có kế
# hoạch giải tỏa", "cho hơn 25% số lượng máy bay đang hoạt động").
_AFTER_BREAK = re.compile(rf"{_BREAKS}|\s(?:sẽ|đã|đang|vừa)\s")
_RELATIVE_BREAK = re.compile(_BREAKS)


def _after(after: str, unit: str | None, listed: bool = False, opens: bool = True) -> str | None:
    """What a figure counts when nothing before it says: its unit noun and the words after it
    up to the clause's end ("35.225 hộ dân bị thiếu nước sinh hoạt", "80% trường hợp …"), or
    to the end of the next comma part when that part `listed` more of what is counted; after a
    figure that `opens` its clause a tense word ends it only when "là" said which ones ("300 cử
    tri là cán bộ [đã có mặt]"), else the predicate goes with it ("13 công ty trong danh sách đã
    thông báo dừng hoạt động")."""
    text = f"{after} "
    breaks = _AFTER_BREAK if opens else _RELATIVE_BREAK
    stop = breaks.search(text)
    if stop and listed and stop.group() == ",":  # "20 thủ khoa, sinh viên nghèo vượt khó"
        stop = breaks.search(text, stop.end())
    if stop and stop.group().strip() in _TENSES and " là " not in f" {text[: stop.start()]} ":
        stop = _RELATIVE_BREAK.search(text, stop.start())  # "13 công ty … đã thông báo dừng …"
    near = stop is not None and len(text[: stop.start()].split()) < 3  # "… ứng dụng và cơ sở …"
    if stop and near and stop.group() == " và " and _joined_noun(text[stop.end() :]):
        stop = breaks.search(text, stop.end() - 1)  # "121 quốc gia và vùng lãnh thổ"
    clause = text[: stop.start() if stop else len(text)]
    words = _at_most(clause.split(), MAX_AFTER_WORDS)
    noun = [] if unit is None or unit == "%" or unit in _MONEY else _unscaled(unit).split()
    if noun and unit not in _SIZES:
        words = _before_names(words)  # "2 đối tượng hành hung chị [là Nguyễn Văn Nhân]"
    elif words[:1] == ["là"] and len(words) > 1:
        noun = []  # "trong đó có 50km là cuốc bộ": the size is what it is said to be
    if not words or re.match(r"\d", words[0]) or words[0].startswith("/"):
        return None
    words = _without_trailing(words)  # "bò cho [12 …]"
    if not noun and words[:1] == ["là"]:
        words.pop(0)  # "Đặc biệt, trên 14.000 tỷ đồng là nợ thuế …": the amount is that debt
    if not noun and not words:
        return None  # "… 5 tỷ đồng từ." says nothing after the figure
    text = re.sub(r"\s+,", ",", " ".join([*noun, *words]))  # "thủ khoa , sinh viên"
    return _sentence_case(text)


def _before_names(words: list[str]) -> list[str]:
    """A count's words up to "là" and a capitalised word, the names of what it counts: "2 thủ
    môn [là Bùi Tấn Trường …]"; "là" and a common noun say which ones ("300 cử tri là cán bộ")."""
    for n, word in enumerate(words[:-1]):
        if word == "là" and words[n + 1][:1].isupper():
            return words[:n]
    return words


# A place or a source named right after a figure, when the measure came from elsewhere: "số
# tiền nằm trong khoản vay 270 tỷ đồng [tại DongABank của Cao Ngọc Huy]", "lô vàng 2,7 tỷ [ở
# Nghệ An]", "khoản đầu tư trị giá 1 tỉ USD [từ Apple]".
_TAIL_PLACE = re.compile(r"^(?:tại|ở|từ)\s+[A-ZÀ-Ỹ]")
MAX_TAIL_WORDS = 8


def _with_tail(measure: str, rest: str) -> str:
    """The measure with the named place or source said after the figure: past the words it
    already holds (a count's noun), up to the clause's border, at most a few words."""
    held = set(measure.lower().split())
    words = rest.split()
    start = next((n for n, w in enumerate(words) if w.lower() not in held), len(words))
    tail = " ".join(words[start:])
    if not _TAIL_PLACE.match(tail):
        return measure
    stop = _RELATIVE_BREAK.search(f" {tail} ")
    clause = f" {tail} "[: stop.start() if stop else None].split()
    clause = _without_trailing(clause)
    if not clause or len(clause) > MAX_TAIL_WORDS:
        return measure
    return f"{measure} {' '.join(clause)}"


def _joined_noun(text: str) -> bool:
    """ "và vùng lãnh thổ": a second noun joined to a count's own, no figure, link or verb
    of its own (as underthesea reads it)."""
    words = text.split()
    if not words or not words[0].isalpha() or not words[0].islower() or words[0] in _LINK_WORDS:
        return False
    return _noun_at(text, 0)


def _unscaled(unit: str) -> str:
    """A count's noun without its scale word: "triệu xe" -> "xe"; "triệu" alone stays."""
    words = unit.split()
    return " ".join(words[1:]) if words[0] in _SCALE and len(words) > 1 else unit


def _measure(before: str) -> str | None:
    """The clause leading up to a figure, minus linking words: "tỷ lệ hộ nghèo toàn tỉnh"; when
    the last comma part is only links, the subject before the asides ("Tổng vốn đầu tư trong
    vòng 10 năm, qua 3 giai đoạn, lên tới 2,7 tỷ USD")."""
    hard = _last_clause(_ASIDE.sub("", before))
    *earlier, last = _COMMA.split(hard)
    if earlier and last.split() and all(w.lower() in _LINK_WORDS for w in last.split()):
        subject = next((p for p in reversed(earlier) if not _ASIDE_OPEN.match(p)), "")
        if subject and not _FIGURE.search(subject):  # "5.900 tấn/ngày, tương đương …" no
            return _measure(_DURATION.sub("", subject))
    clause = _owner(before) + _list_clause(hard)
    parts = [p.strip() for p in _SOFT_CLAUSE.split(f" {clause} ") if p.strip()]
    if len(parts) > 1 and _says_nothing(parts[-1]):  # "thuê nhà với giá 45 triệu đồng"
        clause = clause[clause.rfind(parts[-2]) :]
    else:
        clause = parts[-1] if parts else clause
    said = list(_SAID.finditer(clause))
    if said and clause[said[-1].end() :].strip():
        clause = clause[said[-1].end() :]  # "ông Long cho biết [lương của ông] hiện là 24 triệu"
    opened = list(_SUBORDINATE.finditer(clause))
    if opened:  # "bức xúc khi [nhận được hóa đơn tiền nước] lên tới …"
        clause = clause[opened[-1].end() :]
    previous = None
    while clause != previous:  # "năm 2023 đã có" -> "" (a scope and links, no measure)
        previous = clause
        words = clause.split()
        while words and (cut := _bound(words) or int(_links(words))):
            del words[-cut:]  # the bound's words, or the one link
        clause = _LEADING.sub("", " ".join(words))
    words = _at_most(clause.split(), MAX_MEASURE_WORDS, last=True)
    if not words:
        return None
    text = " ".join(words)
    return _sentence_case(text)


# A verb of saying before a figure's subject: what is said is measured, not who says it ("nói
# trên", aforementioned, is no saying).
_SAID = re.compile(
    r"(?<![\wÀ-ỹ])(?:cho biết|cho rằng|nói(?!\s+(?:trên|chung|riêng))|phản ánh|khẳng định|"
    r"thừa nhận|tiết lộ|nhấn mạnh|thông báo)(?:\s+(?:rằng|về|là))?\s+"
)


# Words that open a clause of their own inside a sentence: the figure is of that clause ("bức xúc
# khi nhận được hóa đơn …", "nếu đúng như vậy thì chúng tôi chỉ phải đóng …", "tạo cảm hứng để
# 10 triệu dân …", "Bieber chiến thắng … trong khi The Weeknd giành 8 giải thưởng": "while");
# "rằng" what is said ("… chỉ ra rằng khoảng cách 90 m …"), "và" and a modal a second predicate
# ("… kể từ 1/10/2014 và phải đặt cọc 135 triệu đồng"; not "Thái Nguyên và Cần Thơ …"); "trong
# khi đó" (meanwhile), "khi đó" join two sentences' clauses, they open none; a condition or a
# concession ("… trong 6 tháng đầu năm nếu có doanh thu thực tế từ 500 triệu đồng").
_SUBORDINATE = re.compile(
    r"(?<![\wÀ-ỹ])(?<![Tt]rong )(?:(?:trong\s+)?khi(?!\s+đó\b)|thì|để|rằng|"
    r"nếu(?:\s+như)?(?!\s+không\b)|(?:mặc\s+)?dù|và(?=\s+(?-i:phải|cần)\s))(?:\s+|$)",
    re.IGNORECASE,
)


# Words that bound or round a figure without saying what it is: "rời khỏi khu nhà trọ [chừng]",
# "nồng độ [không quá]", "tổng giá trị tài sản [vào khoảng]".
_ENDING_BOUNDS = _TWO_WORD_BOUNDS | {("vào", "khoảng")}


# Words that join the measure to something else, never its end: "mức tăng so với tháng trước
# [và]", "nhóm giao thông tăng cao nhất [ở]".
_JOINING_ENDS = frozenset({"chừng", "và", "hoặc", "cùng", "ở"})


def _bound(words: list[str]) -> int:
    """How many last words round the figure ("chừng"), bound it ("không quá", "ít nhất", "vào
    khoảng") or join it to what follows ("và", "cùng", "ở"): they go as the links do."""
    last = tuple(w.lower() for w in words[-2:])
    if last in _ENDING_BOUNDS:
        return 2
    return int(last[-1] in _JOINING_ENDS and _alone(words))


def _alone(words: Sequence[str]) -> bool:
    """The last word is a word of its own as underthesea reads the last three, not the end of
    a longer one ("cuối [cùng]", "sau [cùng]")."""
    text = " ".join(words[-3:])
    at = len(text) - len(words[-1])
    return tagged(text).get(at, ("", ""))[0].lower() == words[-1].lower()


def _links(words: list[str]) -> bool:
    """The last word only links a measure to its figure ("tỷ lệ … hiện [là]"), unless
    underthesea reads it as the end of a longer word that is no link itself: "phát hiện",
    "gia tăng", "cắt giảm" are verbs."""
    if not words or words[-1].lower() not in _LINK_WORDS:
        return False
    if len(words) < 2 or words[-2].lower() in _LINK_WORDS or not words[-2].isalpha():
        return True
    text = " ".join(words[-3:])
    word, _ = tagged(text).get(len(text) - len(words[-2]) - len(words[-1]) - 1, ("", ""))
    return word.lower() != f"{words[-2]} {words[-1]}".lower()


def _last_clause(text: str) -> str:
    """The text after the last clause border; a dash between two names joins them ("kim ngạch
    thương mại Nga - Ấn"), it is no border."""
    for border in reversed(list(_HARD_CLAUSE.finditer(text))):
        before, after = text[: border.start()].split(), text[border.end() :].split()
        joined = border.group().strip() == "-" and before and after
        if not (joined and before[-1][:1].isupper() and after[0][:1].isupper()):
            return text[border.end() :]
    return text


# Words that name an amount without saying of what: "… bồi thường thiệt hại với tổng số tiền
# là 270 triệu đồng" measures the damages.
_AMOUNT_WORDS = frozenset(("tổng", "số", "tiền", "giá", "trị", "mức", "con"))


def _says_nothing(part: str) -> bool:
    """One word, or only amount words: the clause before "với"/"là" says what is measured."""
    words = part.lower().split()
    return len(words) == 1 or all(w in _AMOUNT_WORDS for w in words)


# A figure right after a label and its colon, in a list of them: "chiều dài: 53 m, sải cánh:
# 51,75 m".
# A digit glued to a name's letters may be in it ("Diện tích cánh của C17: 353 m²").
_LABEL = re.compile(
    r"(?:^|[,;.]\s*)(?P<label>[^\W\d](?:[^,;:.()\d]|(?<=[^\W_])(?<![\s\d]\d)\d){0,40}?)\s*:\s*(?:khoảng\s+)?$"
)
# Comma parts that are asides (a period, a route, a source), never a figure's subject.
_ASIDE_OPEN = re.compile(r"\s*(qua|trong|từ|sau|với|theo|tính|đến|kể)\b", re.IGNORECASE)
_DURATION = re.compile(r"\s+trong (vòng |suốt )?\d+ (năm|tháng|ngày)\s*$")


def _sentence_case(text: str) -> str:
    """A measure starts in lower case unless it opens with a name: an acronym ("UBND tỉnh"), a
    capitalised word followed by another ("Vietnam Airlines ký hợp đồng"), a body's kind
    followed by its capitalised name ("Tổng cục Thuế đã thu"), or a Latin word that is no
    Vietnamese syllable ("Viettel vinh danh", "Adele đã bán"), or a country's one-word name
    ("Nga đã chi": Russia, whose capital is no sentence's either)."""
    words = text.split()
    name = words[0].isupper() or (len(words) > 1 and words[1][:1].isupper())
    name = name or words[0] in _ONE_WORD_COUNTRIES
    body = _BODY_KIND.match(text)
    named = body and (body.group() in NATIONAL or text[body.end() :].lstrip()[:1].isupper())
    if name or foreign_word(words[0]) or named:
        return text
    return text[0].lower() + text[1:]


# Countries named in one word, less those that are also common words at a sentence's head
# ("Anh cho biết": he; "Ý kiến": an opinion; "Áo", a shirt; "Séc", a cheque).
_ONE_WORD_COUNTRIES = frozenset(c for c in COUNTRIES if " " not in c) - {"Anh", "Ý", "Áo", "Séc"}


# A body's kind, as a name opens with it, then a capitalised word: "Tổng cục Thuế", "Ủy ban
# nhân dân Thành phố".
_BODY_KIND = re.compile(
    "|".join(re.escape(h) for h in sorted(ORG_HEADS, key=len, reverse=True) if h[:1].isupper())
    + r"(?=\s)"
)


def _owner(before: str) -> str:
    """Inside brackets, the words before them name what the figure is of: "Ba giải A (mỗi giải
    50 triệu đồng)" -> "giải A "."""
    opened = before.rfind("(")
    if opened < 0 or ")" in before[opened:] or _WHEN_OPENS.match(before, opened + 1):
        return ""  # "đá núi (khi đó hắn mới khoảng 75kg)": a clause of its own, a time
    words = re.split(r"[,;:]", before[:opened])[-1].split()[-3:]
    return " ".join(w for w in words if w.lower() not in _NUMBER_WORDS) + " " if words else ""


_WHEN_OPENS = re.compile(r"\s*(?:khi|lúc|hồi)(?![\wÀ-ỹ])", re.IGNORECASE)
_NUMBER_WORDS = frozenset(("một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười"))


# A comma that borders clauses or list items; one between two digits is a decimal comma ("tăng
# 9,2 lần").
_COMMA = re.compile(r"(?<!\d),|,(?!\d)")


def _list_clause(clause: str) -> str:
    """The last comma clause, or the whole list it ends: "tư vấn việc làm, học nghề và ..."."""
    parts = [p.strip() for p in _COMMA.split(clause)]
    kept = [parts.pop()]
    if " và " in f" {kept[0]} ":
        while parts and 0 < len(parts[-1].split()) <= MAX_LIST_ITEM_WORDS:
            kept.insert(0, parts.pop())
    return ", ".join(kept)
