"""Who a person is in Vietnamese news text: surnames, honorifics, positions, name spans.

A Vietnamese name is found by its surname ("Nguyễn", "Trần" …, never a place such as "Hà Nội" or
"Hồ Chí Minh"), which is also where an organisation written before a name ends; a foreign name
is a run of capitalised Latin words after a country or an honorific ("Mexico Jose Antonio Meade").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import cache

from .places import place_names
from .tokens import SURNAMES, Token, phrase_at, phrases

HONORIFICS = (
    "Đại tướng", "Thượng tướng", "Trung tướng", "Thiếu tướng", "Đại tá", "Thượng tá", "Trung tá",
    "Thiếu tá", "Chuẩn đô đốc", "Phó Đô đốc", "Đô đốc", "GS.TSKH", "GS.TS", "PGS.TS", "PGS-TS",
    "PGS", "GS", "TS.", "TS", "ThS.", "ThS", "BS.", "BS", "Đồng chí", "Ông", "Bà", "Ngài",
    "Luật sư", "Nhà báo", "Nghệ sĩ", "Tiến sĩ", "Bác sĩ", "Kỹ sư", "Đại úy", "Thượng úy",
    "Trung úy", "Thiếu úy", "Huấn luyện viên", "HLV", "Nhạc sĩ", "Hoa hậu", "Đại đức",
    "Hòa thượng", "Hoà thượng", "Nam ca sĩ", "Nữ ca sĩ", "Nam ca sỹ", "Nữ ca sỹ", "Ca sỹ",
    "Ca sĩ", "Nam diễn viên", "Nữ diễn viên", "Diễn viên",
)  # fmt: skip
# Academic and professional degrees the press joins with dots before a name ("TS.BS").
DEGREES = frozenset(
    {"GS", "PGS", "TS", "TSKH", "ThS", "BS", "BSCKI", "BSCKII", "CKI", "CKII", "DS", "KS", "LS",
     "NSND", "NSƯT"}
)  # fmt: skip
# Titles of performers, who go by stage names with no family name ("ca sĩ Mỹ Tâm", "nghệ sĩ
# Xuân Bắc"): after them two or three capitalised words are a name.
STAGE_TITLES = frozenset(
    t.casefold()
    for t in ("Nghệ sĩ", "Nhạc sĩ", "Hoa hậu", "Ca sĩ", "Ca sỹ", "Nam ca sĩ", "Nữ ca sĩ",
              "Nam ca sỹ", "Nữ ca sỹ", "Nam diễn viên", "Nữ diễn viên", "Diễn viên")
)  # fmt: skip
# Positions that open a role phrase, longest first (matched without regard to the first letter's
# case: "Phó giám đốc", "đại biểu").
ROLE_HEADS = (
    "Thường trực Ban Bí thư", "Phó Thủ tướng", "Thủ tướng", "Phó Chủ tịch", "Chủ tịch",
    "Tổng Bí thư", "Phó Bí thư", "Bí thư", "Bộ trưởng", "Thứ trưởng", "Phó Tổng Giám đốc",
    "Tổng Giám đốc", "Giám đốc điều hành", "Phó Giám đốc", "Giám đốc", "Phó Cục trưởng",
    "Cục trưởng", "Tổng cục trưởng", "Phó Vụ trưởng", "Vụ trưởng", "Phó Viện trưởng",
    "Viện trưởng", "Phó Chủ nhiệm", "Chủ nhiệm", "Phó Trưởng ban", "Trưởng ban", "Trưởng phòng",
    "Trưởng đoàn", "Trưởng Công an", "Phó Chánh Văn phòng", "Chánh Văn phòng", "Chánh án",
    "Chánh Thanh tra", "Đại sứ", "Ngoại trưởng", "Phó Tổng thống", "Tổng thống", "Thị trưởng",
    "Thống đốc", "Đại biểu Quốc hội", "Đại biểu", "Tư lệnh", "Chỉ huy trưởng", "Chỉ huy",
    "Chính ủy", "Người phát ngôn", "Phát ngôn viên", "Hiệu trưởng", "Ủy viên", "Uỷ viên",
    "Tổng Thư ký", "Thư ký", "Tổng biên tập", "Người đứng đầu", "Nam diễn viên", "Nữ diễn viên",
    "Diễn viên", "Ca sĩ", "Sinh viên", "Huấn luyện viên", "HLV", "Nhạc sĩ", "Hoa hậu",
    "Nam ca sĩ", "Nữ ca sĩ", "Nam ca sỹ", "Nữ ca sỹ", "Ca sỹ", "Nguyên", "Cựu", "Phó", "Trưởng",
    # the police's and the courts' positions, as crime and court reports name officials
    "Phó Đội trưởng", "Đội trưởng", "Đội phó", "Phó Trưởng phòng", "Phó trưởng phòng",
    "Phó Chánh án", "Thẩm phán", "Kiểm sát viên", "Điều tra viên", "Thư ký tòa", "Hội thẩm",
    "Phó Tổng Thanh tra", "Tổng Thanh tra", "ĐB", "Cảnh sát trưởng", "Kế toán trưởng",
    "Luật sư", "LS", "Chủ bút",
)  # fmt: skip
COUNTRIES = (
    "Mỹ", "Hoa Kỳ", "Nga", "Liên bang Nga", "Pháp", "Anh", "Đức", "Ý", "Italy", "Mexico",
    "Ấn Độ", "Nhật Bản", "Trung Quốc", "Hàn Quốc", "Triều Tiên", "Australia", "Úc", "Canada",
    "Iran", "Israel", "Việt Nam", "Vietnam", "Ukraine", "Lào", "Campuchia", "Thái Lan",
    "Singapore", "Indonesia", "Malaysia", "Philippines", "Myanmar", "Brazil", "Cuba",
    "Bồ Đào Nha", "Tây Ban Nha", "Thổ Nhĩ Kỳ", "Ai Cập", "Syria", "Iraq", "Afghanistan",
    "Pakistan", "Ả Rập Saudi", "Hà Lan", "Bỉ", "Thụy Sĩ", "Thụy Điển", "Na Uy", "Đan Mạch",
    "Phần Lan", "Ba Lan", "Séc", "Hungary", "Hy Lạp", "Áo", "Argentina", "Chile", "Colombia",
    "Venezuela", "Peru", "Nam Phi", "Nigeria", "Kenya", "New Zealand", "Mông Cổ", "Đài Loan",
    "Bangladesh", "Sri Lanka", "Nepal", "Brunei", "Đông Timor", "Belarus", "Kazakhstan",
    "Liên Xô",
    # the other states, as the press writes them (K1: "Montenegro sẽ trở thành thành viên …"
    # read as a brand that acts); not those that are also given names ("Jordan", "Chad") or a
    # US state ("Georgia")
    "Montenegro", "Croatia", "Serbia", "Slovenia", "Slovakia", "Bosnia-Herzegovina",
    "Bosnia và Herzegovina", "Macedonia", "Bắc Macedonia", "Albania", "Kosovo", "Romania",
    "Bulgaria", "Moldova", "Estonia", "Latvia", "Lithuania", "Gruzia", "Armenia", "Azerbaijan",
    "Uzbekistan", "Turkmenistan", "Kyrgyzstan", "Tajikistan", "Ireland", "Iceland",
    "Luxembourg", "Monaco", "Malta", "Síp", "Lebanon", "Libya", "Tunisia", "Algeria", "Maroc",
    "Morocco", "Sudan", "Nam Sudan", "Ethiopia", "Somalia", "Yemen", "Oman", "Qatar", "Kuwait",
    "Bahrain", "UAE", "Palestine", "Ecuador", "Bolivia", "Paraguay", "Uruguay", "Panama",
    "Costa Rica", "Guatemala", "Honduras", "Nicaragua", "El Salvador", "Jamaica", "Haiti",
    "Cameroon", "Ghana", "Senegal", "Mali", "Zimbabwe", "Zambia", "Mozambique", "Tanzania",
    "Uganda", "Rwanda", "Angola", "Namibia", "Botswana", "Madagascar", "Bhutan", "Maldives",
    "Fiji", "Ả Rập Xê Út", "Bờ Biển Ngà", "Congo", "Cộng hòa Séc",
)  # fmt: skip


# English words that close a body's name in Latin script the way a Vietnamese kind word opens
# one ("Mitsubishi Motors", "General Electric", "XL Recordings"). A list, since a run of Latin
# capitals is otherwise a person's, a place's or a product's name; kept to company designators.
DESIGNATORS = frozenset(
    phrases(
        "Airlines Airways Motors Motor Electric Aviation Group Holdings Corporation Corp Inc Ltd "
        "Bank Music Recordings Records Entertainment Pictures Studios Energy Technologies "
        "Systems Capital Foundation Institute University Association Agency Company Media "
        "Telecom Industries Petroleum Pharmaceuticals Airport Network"
    )
)
# Words no person's name holds: the designators, and "Air", which opens or closes an airline's
# name ("Vietjet Air", "Air France") but sits inside others ("US Air Force"), so ends none.
COMPANY_WORDS = DESIGNATORS | {"Air"}


# Family names the shared list (tokens.SURNAMES, also a feature of the span tagger's fitted model)
# lacks: rarer Kinh ones and those of the Thái, Tày and Hmong ("Nghiêm Thuý Nga", "Lường Văn
# Hùng", "Xồng Nhìa Nênh"). Not those that as often open a place's or a thing's name: "Bạch" (Bạch
# Mai), "Ma" (Buôn Ma Thuột), "Sầm" (Sầm Sơn), "Lầu" (Lầu Năm Góc), "Và" (and), "Tập" (Tập Đoàn).
MORE_FAMILY_NAMES = frozenset(
    phrases(
        "Nghiêm Khổng Khuất Chử Đậu Cù Cấn Phí Tiêu Ung Dư Mã Khương Kha Sử Tào Nhữ Thiều Tống "
        "Bành Chế Vi Quàng Cầm Lường Giàng Thào Sùng Xồng Tề"
    )
)
FAMILY_NAMES = SURNAMES | MORE_FAMILY_NAMES


def vietnamese_name(words: Sequence[Token], i: int) -> int:
    """Tokens of a Vietnamese name starting at i (surname + 1-3 given names), or 0; none for a
    name the press shortened to an initial to hide who it is ("Lưu Thị T.", "Nguyễn Minh Ph."),
    nor for "Ông" opening a sentence before a name of three words ("Ông Tống Anh Linh": the
    courtesy; "Ông" is also a family name, "Ông Văn Dũng")."""
    if i >= len(words) or words[i].text not in FAMILY_NAMES:
        return 0
    n = 1
    while i + n < len(words) and n < 4 and _given(words[i + n]):
        if is_role_head(words, i + n):
            break
        n += 1
    if n < 2 or _is_place(words, i, n) or (i + n < len(words) and initial(words[i + n])):
        return 0
    if n > 2 and phrase_at(words, i + n - 2, COUNTRIES) == 2:
        return 0  # "Công ty Cổ phần Ánh Dương Việt Nam": no given names spell a country
    return 0 if words[i].text == "Ông" and n == 4 else n


_VOWELS = frozenset("aeiouy")


def _has_vowel(text: str) -> bool:
    bare = unicodedata.normalize("NFD", text.lower())
    return any(c in _VOWELS for c in bare)


def initial(token: Token) -> bool:
    """A name shortened to its initial letters ("T", "Ph", "Th"): a capital and no vowel, or
    one capital letter; the press writes a victim's or a suspect's name so."""
    text = token.text.removesuffix(".")
    return text[:1].isupper() and text.isalpha() and (len(text) == 1 or not _has_vowel(text))


def _given(token: Token) -> bool:
    text = token.text
    return token.capital and text.isalpha() and not text.isupper() and _has_vowel(text)


def _is_place(words: Sequence[Token], i: int, n: int) -> bool:
    """ "Hà Nội", "Hồ Chí Minh", "Cao Bằng": a surname that starts a place name."""
    places = _places()
    return any(" ".join(t.text for t in words[i : i + k]) in places for k in range(2, n + 1))


def place_at(words: Sequence[Token], i: int) -> int:
    """Tokens of the province, city or place abroad named at token i ("Hà Nội", "TP.HCM"), or 0."""
    places = _places()
    return next(
        (k for k in (4, 3, 2, 1) if " ".join(t.text for t in words[i : i + k]) in places), 0
    )


def opens_place(words: Sequence[Token], i: int, n: int) -> bool:
    """Tokens i..i+n-1 are a place's name or its first words ("Bà Rịa" of "Bà Rịa - Vũng
    Tàu")."""
    return " ".join(t.text for t in words[i : i + n]) in _place_starts()


@cache
def _place_starts() -> frozenset[str]:
    return frozenset(
        " ".join(words[:k])
        for p in _places()
        for words in [p.split()]
        for k in range(1, 1 + len(words))
    )


@cache
def _places() -> frozenset[str]:
    return frozenset(place_names())


# Heads that are a position only before one or a capitalised name: "nguyên Bộ trưởng", "Phó
# Ban …", never "nguyên nhân" (cause), "nguyên đơn" (plaintiff), "phó mặc" (leave to).
PREFIXES = frozenset({"nguyên", "phó", "cựu"})


# What a person does or is, written in lower case before or after the name as a position
# ("đạo diễn Ken Loach", "trọng tài Nguyễn Trung Kiên", "Trần Quốc Huy, biên tập viên …",
# "(SN 1986, nhân viên)"). Read by the people rules only (`is_position`): bodies and the span
# tagger's features keep to ROLE_HEADS.
OCCUPATIONS = phrases(
    "đạo diễn|nhà làm phim|nhà sản xuất|biên kịch|nhà báo|nhà văn|nhà thơ|nhà nhiếp ảnh|"
    "nhiếp ảnh gia|họa sĩ|hoạ sĩ|nghệ sĩ|diễn giả|người mẫu|nhà thiết kế|nhà sưu tập|"
    "phóng viên|PV|biên tập viên|tác giả|"
    "cầu thủ|tiền đạo|tiền vệ|hậu vệ|trung vệ|thủ môn|thủ thành|trọng tài|tay vợt|"
    "vận động viên|VĐV|võ sĩ|ngoại binh|"
    "nhân viên|cán bộ|công nhân|tài xế|lái xe|trợ lý|quản lý|chuyên gia|kỹ sư|giáo viên|"
    "giảng viên|giáo sư|bác sĩ|bác sỹ|y tá|điều dưỡng|dược sĩ|kế toán|thủ quỹ|phó phòng|"
    "viên chức|công chức|điệp viên|chiến sĩ|thanh tra viên|chấp hành viên|cố vấn|"
    "lãnh đạo|lãnh tụ|thủ lĩnh|Nhật hoàng|Quốc vương|Nhà vua|Hoàng tử|Thái tử|Công chúa|"
    "Nữ hoàng|Giáo hoàng|"
    "tỷ phú|tỉ phú|doanh nhân|nhà đầu tư|"
    "ứng viên|ứng cử viên|thành viên|đặc phái viên|nghị sĩ|thượng nghị sĩ|hạ nghị sĩ|"
    "ĐBQH|ĐB",  # "Đại biểu Quốc hội" as the press shortens it before a name
    "|",
)


# Occupations that are a person's own calling or title, which the press writes right before a
# single foreign name ("tiền đạo Felix", "Nhật hoàng Akihito", "ứng viên Hofer"); not those held
# in a body, which the body's name follows ("phóng viên Infonet", "nhân viên DongABank").
CALLINGS = phrases(
    "cầu thủ|tiền đạo|tiền vệ|hậu vệ|trung vệ|thủ môn|thủ thành|tay vợt|vận động viên|VĐV|võ sĩ|"
    "ngoại binh|đạo diễn|nhà làm phim|diễn giả|người mẫu|nghệ sĩ|Nhật hoàng|Quốc vương|Nhà vua|"
    "Hoàng tử|Thái tử|Công chúa|Nữ hoàng|Giáo hoàng|ứng viên|ứng cử viên",
    "|",
)
# Lower-case words inside a foreign name: a word before one is no name alone ("Bandar bin Sultan").
NAME_PARTICLES = frozenset({"bin", "ibn", "al", "van", "von", "der", "de", "da", "di", "del"})


def called_name_at(words: Sequence[Token], i: int) -> int:
    """1 when a calling ends right before token i and token i is a single foreign name
    ("tiền đạo Felix (Quảng Nam)", "Nhật hoàng Akihito"), else 0."""
    calling = any(phrase_at(words, i - k, CALLINGS, fold=True) == k for k in (1, 2, 3) if i >= k)
    if not calling or not single_name_at(words, i) or not foreign_word(words[i].text):
        return 0
    following = words[i + 1].text if i + 1 < len(words) else ""
    return 0 if following in NAME_PARTICLES or following.startswith(("al-", "el-")) else 1


FORMER = frozenset({"nguyên", "cựu"})  # a former holder's prefix
ACTING = "quyền"  # acting; alone it is also the "quyền" of "chính quyền", "nhân quyền"


def is_position(words: Sequence[Token], i: int) -> int:
    """Tokens of the position or occupation starting at token i ("Tổng giám đốc", "đạo
    diễn"), or 0. A former holder's prefix, and "quyền" (acting) after it, make one position
    with an occupation too ("nguyên cán bộ điều tra", "(cựu nhân viên …)", "nguyên quyền
    Trưởng phòng"), which stays an occupation (`is_role_head` reads no prefix before one)."""
    n = max(is_role_head(words, i), phrase_at(words, i, OCCUPATIONS, fold=True))
    if n or i + 1 >= len(words) or words[i].text.casefold() not in FORMER:
        return n
    acting = int(words[i + 1].text.casefold() == ACTING)
    rest = is_position(words, i + 1 + acting)
    return 1 + acting + rest if rest else 0


def is_role_head(words: Sequence[Token], i: int) -> int:
    """Tokens of the position starting at token i ("Tổng giám đốc"), or 0."""
    n = phrase_at(words, i, ROLE_HEADS, fold=True)
    if n == 1 and words[i].text.casefold() in PREFIXES:
        following = words[i + 1] if i + 1 < len(words) else None
        if not (following and following.word and following.capital) and not is_role_head(
            words, i + 1
        ):
            return 0
    return n


def is_honorific(words: Sequence[Token], i: int) -> int:
    """Tokens of the rank or honorific starting at token i ("Chuẩn Đô đốc"), or 0; a run of
    degrees joined by dots is one ("TS.BS", "ThS.BS")."""
    n = phrase_at(words, i, HONORIFICS, fold=True)
    if n or i >= len(words):
        return n
    parts = words[i].text.rstrip(".").split(".")
    return int(len(parts) > 1 and all(p in DEGREES for p in parts))


def foreign_name_at(words: Sequence[Token], i: int) -> int:
    """A run of capitalised Latin words ("Jose Antonio Meade", "Sergei V. Mikhailov"), or 0;
    none that starts with a country or runs into a Vietnamese name ("Vietnam Airlines Phạm …").
    A lower-case particle between two of its words belongs to it ("Van der Bellen", "Bandar bin
    Sultan", "Turki al-Faisal"): at most four capitalised words, particles aside."""
    if phrase_at(words, i, COUNTRIES):
        return 0
    n = capitals = 0
    while i + n < len(words) and capitals < 4:
        text = words[i + n].text
        if n and _particle_before_capital(words, i + n):
            n += 1  # "bin" of "Bandar bin Sultan"
            continue
        if n and _hyphened_particle(text):
            n, capitals = n + 1, capitals + 1  # "al-Faisal" of "Turki al-Faisal"
            continue
        if not (words[i + n].capital and text.replace(".", "").replace("-", "").isascii()):
            break
        bare = text.removesuffix(".")
        if bare.isupper() and len(bare) > 1:  # an acronym ("GE", "NATO", "TP") is no name
            break
        n += 1
        capitals += 1
    return n


PARTICLES = NAME_PARTICLES | {"el"}  # "el-Sisi" as "al-Faisal"


def _particle_before_capital(words: Sequence[Token], k: int) -> bool:
    """Token k is a name particle and a capitalised word follows it ("bin Sultan")."""
    return words[k].text in PARTICLES and k + 1 < len(words) and words[k + 1].capital


def _hyphened_particle(text: str) -> bool:
    """A particle joined by a hyphen to a capitalised word ("al-Faisal", "al-Asad")."""
    head, _, rest = text.partition("-")
    return head in PARTICLES and rest[:1].isupper()


_HYPHENATED_GIVEN = re.compile(r"[A-Z][a-z]+-[a-z]+")


def romanised_name_at(words: Sequence[Token], i: int) -> int:
    """2 for a family name and a hyphenated given name, as Korean names are romanised ("Moon
    Sang-gyun", "Kim Jong-un"): a person's name wherever it stands, even right after a body
    ("Người phát ngôn Bộ Quốc phòng Moon Sang-gyun"), else 0."""
    if i + 1 >= len(words) or not (words[i].capital and words[i].text.isalpha()):
        return 0
    ok = words[i].text.isascii() and bool(_HYPHENATED_GIVEN.fullmatch(words[i + 1].text))
    return 2 if ok else 0


def name_at(words: Sequence[Token], i: int, known: frozenset[str], foreign: bool) -> int:
    """The length of the name starting at token i: Vietnamese, known, romanised Korean, or (when
    `foreign` allows it, after a country or honorific) foreign."""
    for length in (4, 3, 2):
        if " ".join(t.text for t in words[i : i + length]) in known:
            return length
    n = vietnamese_name(words, i) or romanised_name_at(words, i)
    if n or not foreign:
        return n
    n = foreign_name_at(words, i)
    if i + n < len(words) and (vietnamese_name(words, i + n) or words[i + n].text.isdigit()):
        return 0  # "Nghệ sĩ Top Hot 100": a chart's or a product's name, not a person's
    if any(t.text in COMPANY_WORDS for t in words[i : i + n]):
        return 0  # "Tổng giám đốc Vietjet Air": a company, not a person
    if n > 2 and any(" ".join(t.text for t in words[i + 1 : i + n]).startswith(k) for k in known):
        return 0  # "Hollywood Paul Blackthorne": the known name starts one word later
    return n if n >= 2 or (n == 1 and _known_alone(words, i, known)) else 0


def _known_alone(words: Sequence[Token], i: int, known: frozenset[str]) -> bool:
    """A foreign name written alone that the text gives in full elsewhere ("Ngoại trưởng Kerry"
    beside "ông John Kerry"); not before a dash that introduces the full name ("Chủ tịch Suzuki
    - ông Osamu Suzuki": the company's name)."""
    word = words[i].text
    dashed = i + 1 < len(words) and words[i + 1].text in ("-", "–")
    return word in known or (not dashed and any(k.endswith(" " + word) for k in known))


def stage_name_at(words: Sequence[Token], i: int) -> int:
    """Two or three capitalised Vietnamese words after a performer's title ("Mỹ Tâm")."""
    n = 0
    while i + n < len(words) and n < 3 and words[i + n].capital and words[i + n].text.isalpha():
        n += 1
    if n < 2 or words[i].text.isascii() or phrase_at(words, i, COUNTRIES) == n:
        return 0
    contest = i + n < len(words) and words[i + n].text.isdigit()  # "hoa hậu Đông Nam Á 2012"
    return 0 if contest or _is_place(words, i, n) else n


def person_name_at(words: Sequence[Token], i: int) -> int:
    """A Vietnamese or romanised Korean name starting at token i (what ends an organisation
    written before it)."""
    return vietnamese_name(words, i) or romanised_name_at(words, i)


def single_name_at(words: Sequence[Token], i: int) -> int:
    """1 when token i is a name of one word, as the press calls a person after a title ("ông
    Chung", "Chuẩn đô đốc Kilrain"): capitalised letters, no acronym, no place or country, and
    no capitalised word after it (that would be a longer name or a body)."""
    if i >= len(words) or not (words[i].capital and words[i].text.isalpha()):
        return 0
    text = words[i].text
    following = words[i + 1] if i + 1 < len(words) else None
    if (following and following.capital and following.word) or (text.isupper() and len(text) > 1):
        return 0
    if initial(words[i]):
        return 0  # "bà C.", "ông Ph.": a name hidden behind its initial
    if is_honorific(words, i) > 1:
        return 0  # "đồng chí Trung tướng Triệu Xuân Hòa": a rank's first word, no name
    return 0 if text in _places() or phrase_at(words, i, COUNTRIES) else 1


SIGNS = frozenset({"/", "-", "–", "("})  # what joins a reporter's name to the outlet's


def outlet_sign(words: Sequence[Token], k: int) -> bool:
    """Tokens from k sign for an outlet in capitals: "/TTXVN", "- VOV", "(TTXVN)", as a
    reporter's or photographer's name is followed by the outlet they work for; a bracket holds
    the outlet alone ("(SN 1988, …)" after a suspect's name is the year of birth)."""
    if k + 1 >= len(words) or words[k].text not in SIGNS:
        return False
    text = words[k + 1].text
    closed = words[k].text != "(" or (k + 2 < len(words) and words[k + 2].text == ")")
    return closed and text.isascii() and text.isalpha() and text.isupper() and 2 <= len(text) <= 6


def signed_by_reporter(words: Sequence[Token], at: int) -> bool:
    """The outlet at token `at` follows a reporter's name ("Hoàng Hải/TTXVN", "Nguyễn Dân -
    TTXVN", "Hoàng Anh Tuấn (TTXVN)"): a credit, not a party to the event."""
    return outlet_sign(words, at - 1) and any(
        vietnamese_name(words, at - 1 - n) == n for n in (2, 3, 4) if at - 1 - n >= 0
    )


# One Vietnamese syllable written without its marks: an onset, one to three vowels, a coda.
_PLAIN_SYLLABLE = re.compile(
    r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ch|ng|nh|[cmnpt])?"
)


def foreign_word(word: str) -> bool:
    """A word of plain Latin letters that no Vietnamese syllable spells ("Viettel", "Samsung",
    "Adele"): a brand or a foreign name, whose capital is not the sentence's."""
    return word.isascii() and word.isalpha() and not _PLAIN_SYLLABLE.fullmatch(word.lower())
