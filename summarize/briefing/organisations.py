"""Organisation names, whole: "Sở Tài chính", "UBND TP.HCM", "Bộ Công an", "Công ty cổ phần …".

An organisation opens with a kind of body ("Sở", "Bộ", "UBND", "Tập đoàn" …) and goes on while
its words are capitalised, as Vietnamese writes each word of a name ("Sở Kế hoạch và Đầu tư"),
each capitalised syllable taking the lower-case one that completes its word ("Tài chính",
"Công an"). It ends where a person's name starts ("UBND TP Hà Nội Nguyễn Thế Thảo"), at a
position ("… Phó Chủ tịch"), at a verb or a second body ("Sở Tài chính và Sở Xây dựng").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

from ..text.normalize import fold_tones
from ..text.segment import abbreviations
from . import levels
from .brands import acting_brands, listed_brands
from .clubs import playing_clubs
from .districts import folded_district_names
from .names import (
    COUNTRIES,
    DESIGNATORS,
    foreign_name_at,
    foreign_word,
    is_role_head,
    outlet_sign,
    person_name_at,
    place_at,
    signed_by_reporter,
)
from .places import canonical_place
from .tokens import SURNAMES, Token, longest_first, phrase_at, phrases, span, tagged, tokens

# The Assembly's committee the press names in lower case (its other committees are capitalised).
ASSEMBLY_COMMITTEES = (
    "Ủy ban về các vấn đề xã hội", "Uỷ ban về các vấn đề xã hội", "Ủy ban các vấn đề xã hội",
    "Uỷ ban các vấn đề xã hội",
)  # fmt: skip
# The Youth Union's central body, named by itself ("Trung ương Đoàn", "T.Ư Đoàn").
YOUTH_UNION = ("Trung ương Đoàn", "T.Ư Đoàn", "TƯ Đoàn", "TW Đoàn")
# The border guard and its posts ("Bộ đội Biên phòng Nghệ An", "đồn Biên phòng Nậm Càn").
BORDER_GUARD = ("Bộ đội Biên phòng", "Bộ đội biên phòng", "BĐBP", "Đồn Biên phòng")
ORG_HEADS = (
    "Hội đồng Bảo an", "Hội đồng bảo an",  # before "Hội đồng": the first phrase found is taken
    "Đoàn đại biểu Quốc hội", "Đoàn ĐBQH",  # a province's delegation, named with the province
    "Đoàn đại biểu",
    "Ủy ban nhân dân", "Uỷ ban nhân dân", "Hội đồng nhân dân", "Ủy ban Thường vụ Quốc hội",
    *ASSEMBLY_COMMITTEES,
    "Ủy ban Trung ương Mặt trận Tổ quốc", "Mặt trận Tổ quốc", "Ủy ban", "Uỷ ban", "UBND", "HĐND",
    "UBMTTQ", "Ban Chỉ đạo", "Ban chỉ đạo", "Ban chấp hành", "Ban Chấp hành", "Ban Thường vụ",
    "Ban thường vụ", "Ban Bí thư", "Ban Tổ chức Trung ương", "Ban Tổ chức T.Ư", "Ban",
    "Bộ Chính trị", "Bộ Chỉ huy", "Bộ Tư lệnh", "Bộ", "Sở", "Tổng cục", "Chi cục", "Cục", "Vụ",
    "Viện KSND", "Học viện", "Thẩm mỹ viện", "Viện", "Trường", "Đại học", "ĐH", "Bệnh viện", "BV",
    "Công an", "Tỉnh ủy", "Tỉnh uỷ", "Thành ủy", "Thành uỷ", "Huyện ủy", "Đảng ủy", "Đảng bộ",
    "Đảng Cộng sản", "Hiệp hội", "Chi hội", "Hội đồng", "Hội", "Liên hiệp các tổ chức",
    "Liên hiệp các hội", "Liên hiệp", "Liên minh",
    "Liên đoàn", "Tổ chức", "Tập đoàn", "Tổng công ty", "Công ty", "Ngân hàng", "Hãng thông tấn",
    "Hãng", "Quỹ", "Trung tâm", "Quốc hội", "Chính phủ", "Văn phòng", "Đài", "Báo", "Tạp chí",
    "Thông tấn xã", "Hạm đội", "Hải quân", "Cơ quan", "Thanh tra", "Tòa án", "Toà án", "TAND",
    "Cảnh sát", "Quân khu", "Công viên", "TTXVN", "Nhà Trắng", "Lầu Năm Góc", "Nhà hát",
    "Bảo tàng", "Hợp tác xã", "Câu lạc bộ", "CLB", "Đội tuyển", "ĐT", "Thành Đoàn", "Thành đoàn",
    "Tỉnh Đoàn", "Tỉnh đoàn", "Lữ đoàn", "Sư đoàn", "Đại đội", "Không quân", "Giáo hội", "Đảng",
    "VKSND", "Viện kiểm sát", "Trạm", "Tiểu đoàn", "Trung đoàn", "Quân đoàn", "Trung đội",
    "Hải đội", "Phòng", "Đội", "Quân đội", "Đại sứ quán", "Tổng Lãnh sự quán",
    "Tổng lãnh sự quán", "Lãnh sự quán", "Bảo hiểm xã hội", "Kiểm toán Nhà nước",
    "HTX", "Đoàn Luật sư", "Đoàn luật sư", "Đoàn LS",
    "BVĐK", *YOUTH_UNION, *BORDER_GUARD, "Cty", "Cao ủy", "Cao uỷ", "Lực lượng", "Nội các",
    "Nhà xuất bản", "NXB",
)  # fmt: skip
# International bodies the press names with no kind word ("Interpol", "NATO", "IS"); a name in
# Vietnamese ("Liên hợp quốc") opens with a kind already.
INTERNATIONAL = phrases(
    "Interpol|NATO|LHQ|UNESCO|UNICEF|WHO|WTO|IMF|OPEC|IS|Hezbollah|Hamas|Taliban|"
    "Al-Qaeda|FIFA|UEFA|IOC|FAO|ILO|UNDP|OECD|ASEAN|Aseanapol|EU",
    "|",
)
# Words before a name that make it a place or a membership, not a party ("tại LHQ", "các nước
# ASEAN", "thành viên NATO").
WHERE_BEFORE = phrases("tại|ở|đến|từ|thăm|nước|khối|thành viên|hội viên", "|")
# Units named by a number ("Trạm ra đa 18", "Đại đội bộ binh 5", "Lữ đoàn 270 công binh"), and
# the arm of service that may follow the number.
UNITS = frozenset(
    {"Trạm", "Tiểu đoàn", "Trung đoàn", "Lữ đoàn", "Sư đoàn", "Quân đoàn", "Đại đội", "Trung đội",
     "Hải đội", "Quân khu", "Cảnh sát", "Bệnh viện"}
)  # fmt: skip
ARMS = phrases("công binh|bộ binh|pháo binh|phòng không|đặc công|thông tin|tên lửa|xe tăng", "|")
# Bodies named by their kind alone ("Quốc hội"); other kinds need a name after them.
WHOLE = frozenset(
    {"Quốc hội", "Chính phủ", "Bộ Chính trị", "Ban Bí thư", "Công an", "Tỉnh ủy", "Tỉnh uỷ",
     "Thành ủy", "Thành uỷ", "Ban Tổ chức Trung ương", "Ban Tổ chức T.Ư", "TTXVN", "Nhà Trắng",
     "Lầu Năm Góc", "Ủy ban Thường vụ Quốc hội", "Ủy ban Trung ương Mặt trận Tổ quốc",
     "Mặt trận Tổ quốc", "Hội đồng Bảo an", "Hội đồng bảo an", "Kiểm toán Nhà nước",
     *ASSEMBLY_COMMITTEES, *YOUTH_UNION}
)  # fmt: skip
_WHOLE_FOLDED = frozenset(kind.casefold() for kind in WHOLE)


def named_whole(kind: str) -> bool:
    """The kind names one body by itself, in any case ("Ủy ban thường vụ Quốc hội", "Ban tổ chức
    Trung ương": the press does not always capitalise a listed name's inner words)."""
    return kind.casefold() in _WHOLE_FOLDED


# Bodies known by a name with no kind word; the name is all of it ("TTXVN", not "TTXVN Thông báo"
# after a caption's credit).
KNOWN = frozenset({"TTXVN", "Nhà Trắng", "Lầu Năm Góc"})
# Words before a body that credit it with a photo or a report rather than name it as a party.
CREDIT = frozenset({"Ảnh", "ảnh", "Theo", "theo", "Nguồn", "nguồn"})  # "Theo" only for KNOWN
# Verbs after an outlet quoting ("Hãng Reuters dẫn thông tin …").
QUOTING = phrases("dẫn lời|dẫn nguồn|dẫn thông tin|dẫn tin|đưa tin|trích lời", "|")
# News outlets: a party when they sign or organise, a source when the article cites them ("báo
# Người Đưa Tin đã phản ánh", "Theo báo VietNamNet", "phóng viên TTXVN").
OUTLETS = phrases("báo|tạp chí|hãng tin|hãng thông tấn|thông tấn xã|ttxvn", "|")
REPORTS = phrases(
    "phản ánh|đưa tin|đưa|ghi nhận|đăng|đăng tải|loan tin|thông tin|cho biết|cho hay|cho rằng|"
    "tiết lộ|viết|bình luận",
    "|",
)
CITING = phrases("theo|trên|như|từ", "|")  # words before an outlet the article cites
ASKING = phrases("pv|phóng viên", "|")  # words before an outlet (or any body) that asks
# Words before an outlet the article answers or speaks to ("Trả lời báo VietNamNet").
ANSWERING = phrases("trả lời|nói với", "|")
# Outlet words in lower case right before the name they give ("hãng tin AP", "tờ Le Monde").
OUTLET_BEFORE = phrases("hãng tin|hãng thông tấn|tờ|tờ báo", "|")
TENSE = phrases("đã|vừa|từng|cũng|mới|sẽ|đang|tiếp tục", "|")
# National bodies: a city or province after them is a delegation's, not part of the name
# ("đại biểu Quốc hội TP Hà Nội" names "Quốc hội").
NATIONAL = frozenset({"Quốc hội", "Chính phủ", "Bộ Chính trị", "Ban Bí thư"})


def _national(kind: str) -> bool:
    """A national body, in any case ("Cổng thông tin Chính Phủ")."""
    return kind.casefold() in {k.casefold() for k in NATIONAL}


# The party's leading bodies act whenever they are named outside a title: their resolutions,
# directives and decisions are what an event carries out ("Chỉ thị 03 của Bộ Chính trị",
# "thay mặt Bộ Chính trị"); the state's bodies are often named only as a law's author.
LEADING = frozenset({"Bộ Chính trị", "Ban Bí thư"})
LOCALITY = ("TP", "TP.", "Thành phố", "thành phố", "tỉnh", "Tỉnh", "huyện", "quận")
# Titles that name a body the holder belongs to or leads by office ("Ủy viên Bộ Chính trị",
# "Thủ tướng Chính phủ"): the body is part of the title, not a party to the event.
TITLE_BODIES = frozenset(
    phrases("ủy viên|uỷ viên|thủ tướng|phó thủ tướng|tổng bí thư|chủ tịch nước", "|")
)
# Words before a kind that make it a place's, a street's, a station's or a ship's name ("ấp Sở
# Tại", "thôn Hội An", "huyện Trạm Tấu", "phố Đội Cấn", "đường Trường Chinh", "ga Nhà hát TP",
# "tàu Cảnh sát biển 4033").
PLACE_BEFORE = frozenset(
    phrases("ấp thôn xóm bản làng khu xã phường huyện quận tàu đường phố ngõ hẻm ngách ga")
)
# Kinds that are also common words and count as a body only before a name: "Đảng Cứu quốc
# Campuchia", "ĐT Argentina", not "Đảng cầm quyền" or "Đảng 3-2".
NAMED_ONLY = frozenset({"Đảng", "ĐT"})
# Kinds whose name may open with lower-case words ("Công ty cổ phần đầu tư Đèo Cả").
OPEN_LOWER = frozenset(
    {"Công ty", "Tập đoàn", "Tổng công ty", "Tổ chức", "Trung tâm", "Ngân hàng", "Ban", "Ủy ban",
     "Uỷ ban", "Cục", "Hãng", "Cơ quan", "Báo", "Liên hiệp", "Liên hiệp các tổ chức",
     "Liên hiệp các hội", "Trạm", "Viện", "Hội", "Công viên", "Tòa án", "Toà án", "Cảnh sát",
     "Nhà hát", "Đoàn đại biểu", "Lực lượng", "Nội các"}
)  # fmt: skip
# Kinds that are common nouns in lower case and at a sentence's start ("lực lượng chức năng",
# "Lực lượng đặc nhiệm Mỹ bao gồm …"); capitalised inside a sentence they open a name ("cho biết
# Lực lượng bảo vệ bờ biển Libya đã …").
CAPITALISED_INSIDE = frozenset({"Lực lượng", "Nội các"})
# Lower-case words that belong to a name after it ("Công an tỉnh", "Tổ chức Đột quỵ thế giới").
TAIL = (*levels.names(), "thế giới", "quốc tế", "quốc gia", "toàn quốc", "trung ương",
        "nhân dân", "thường trực", "tối cao", "cấp cao")  # fmt: skip
_ABBREVIATIONS = abbreviations()
# Localities numbered rather than named ("Công an quận 1", "Công an phường 5").
NUMBERED = frozenset({"quận", "phường", "khu phố", "tổ"})
# The branches of the police, written in lower case after "Cảnh sát" ("Cục Cảnh sát giao thông",
# "Cơ quan Cảnh sát điều tra Công an tỉnh Nghệ An").
POLICE_BRANCHES = phrases(
    "điều tra|hình sự|kinh tế|giao thông|môi trường|cơ động|phòng cháy chữa cháy|"
    "phòng cháy , chữa cháy|quản lý hành chính|truy nã|ma túy|ma tuý|bảo vệ|"
    "phòng , chống tội phạm|phòng chống tội phạm",
    "|",
)
# Kinds of body the press also writes in lower case, before the name ("sở TN & MT").
LOWER_HEADS = frozenset({"Bộ", "Sở", "Cục", "Chi cục", "Bệnh viện", "Trường", "Báo", "Công ty",
                         "Tập đoàn", "Hãng", "Hãng thông tấn", "Ngân hàng", "Viện", "Toà án",
                         "Tòa án", "Hội", "Tổ chức", "Trung tâm", "Đảng", "Tỉnh ủy", "Tỉnh uỷ",
                         "Thành ủy", "Thành uỷ", "Huyện ủy", "Đảng ủy", "Quốc hội", "Đại sứ quán",
                         "Lãnh sự quán", "Tổng lãnh sự quán", "Công an", "Đồn Biên phòng",
                         "Bộ đội Biên phòng", "Bộ đội biên phòng"})  # fmt: skip
# Kinds a country has one of: in lower case before the country they still name one body ("quốc
# hội Nga", "đại sứ quán Pháp"), where "các công ty Trung Quốc" names none.
ONE_PER_COUNTRY = frozenset({"quốc hội", "đại sứ quán", "lãnh sự quán", "tổng lãnh sự quán"})
# Words that never sit inside a name: verbs and links after which the sentence goes on.
BREAK = longest_first(
    *phrases(
        "đã sẽ đang vừa cũng là được có cho với tại ở và hoặc nhưng thì mà để từ đến trên dưới "
        "này đó các những một nhiều không chưa đều cùng vào ra lên xuống theo bị do nên vì như "
        "khi sau trước nói tiếp hết"
    ),
    *phrases(
        "cho biết|phát biểu|khẳng định|nhấn mạnh|đề nghị|chia sẻ|bày tỏ|yêu cầu|chủ trì|báo cáo|"
        "tổ chức|phối hợp|ký kết|làm việc|hội nghị|thông tin|thông báo|công bố|cho hay|"
        "hiện nay|hiện tại|hôm nay|năm nay|dẫn đầu|tham dự|thăm",
        "|",
    ),
)
# Kinds written in lower case before a descriptive word or two and a brand: "hãng xe đồng hương
# Nissan", "tập đoàn bán lẻ Walmart"; the brand alone is the name.
BRAND_KINDS = ("hãng", "tập đoàn", "công ty")
# Words of a name that do not tell one body from another: links, and a company's legal form and
# trade (TNHH: limited, MTV: one member, CP: joint stock, TM: trading, XNK: import-export).
UNNAMING = frozenset({"về", "của", "tnhh", "mtv", "cp", "tm", "xnk", "-", "tm-xnk"})
QUOTES = {"“": "”", '"': '"', "«": "»"}  # a title quoted inside a name: its closing mark
OPENING_QUOTES = frozenset(QUOTES)
MAX_QUOTED = 8
MAX_BRAND_WORDS = 4
# Trades in a brand's description whose words are also break words ("hãng hàng không Vietjet").
TRADES = phrases("hàng không", "|")
MAX_DESCRIPTION = 4  # words between a lower-case kind and its brand ("hãng hàng không giá rẻ")
MAX_ORG_WORDS = 16
MAX_BRIDGE = 4  # lower-case words a name may hold between capitalised ones ("về người")
# Heads that are other words when a lower-case syllable follows: "Hội nghị", "Trường hợp".
NOT_A_BODY = frozenset(
    phrases(
        "hội nghị|hội thảo|hội trường|hội đàm|hội chợ|trường hợp|bộ phận|ban đầu|ban ngày|"
        "cơ quan chức năng|vụ việc|vụ án|cơ quan điều tra|ban tổ chức|báo chí|đài tưởng niệm|"
        "bộ luật|báo in|tổ chức hội nghị|tổ chức hội thảo|tổ chức lễ|tổ chức họp|tổ chức buổi|"
        "tổ chức cuộc|tổ chức chương trình|tổ chức tọa đàm|tổ chức toạ đàm|tổ chức ngày hội|"
        "tổ chức triển lãm|tổ chức đêm|tổ chức giải|tổ chức lễ hội|viện phó|tổ chức kỳ thi|"
        "tổ chức kỳ họp|tổ chức đại hội|tổ chức tuần lễ|tổ chức liên hoan|tổ chức diễn đàn|"
        "cơ quan chủ quản",
        "|",
    )
)


def organisation_at(
    words: Sequence[Token], i: int, seg: Words | None = None, *, in_role: bool = False
) -> int:
    """Tokens of the organisation name starting at token i, or 0. `seg`: underthesea's words
    (without it a lower-case syllable after a capitalised one completes its word); `in_role`:
    the kind ends a position ("Trưởng ban Tổ chức …")."""
    seg = seg or Words()
    head = _head(words, i, seg.inside, in_role)
    if not head:
        return 0
    kind = " ".join(t.text for t in words[i : i + head])
    kind = kind[:1].upper() + kind[1:]  # "Trưởng ban Tổ chức Trung ương"
    end = i + head if named_whole(kind) else 0
    if kind in KNOWN:
        return head
    j, capitals = i + head, 0
    if kind in ("Bộ", "Sở") and (field := _ministry_field(words, i, j)):
        j = end = j + field  # "Bộ ngoại giao", "Bộ nội vụ"
    while j < len(words) and j - i < MAX_ORG_WORDS and not _holder_at(words, i, j, capitals):
        if _national(kind) and (phrase_at(words, j, LOCALITY) or place_at(words, j)):
            break
        if person := _named_for(words, i + head, j, kind):
            end = j + person  # "Trường THCS Trần Phú": a person's name ends it
            break
        unit = _unit_number(words, j) if kind in UNITS else 0
        lower_ok = bool(capitals) or kind in OPEN_LOWER
        step, keeps = (unit, True) if unit else _next_part(words, j, lower_ok, seg, j > i + head)
        if not step:
            break
        capitals += any(t.capital for t in words[j : j + step])
        j += step
        if keeps or (end == j - step and step == 1 and j - 1 in seg.inside):
            end = j
    end += _cause_served(words, end, kind) if end > i + head else 0  # "Cao ủy LHQ về người tị nạn"
    of_country = 0 < phrase_at(words, i + head, COUNTRIES) == end - i - head
    if not words[i].capital and of_country and kind.casefold() not in ONE_PER_COUNTRY:
        return 0  # "các công ty Trung Quốc": companies of a country, no body's name
    if max(place_at(words, i), phrase_at(words, i, COUNTRIES), _district_at(words, i)) > head:
        return 0  # "Đài Loan", "Hội An", "Trường Sa": a place whose name opens with a kind of body
    return end - i if end > i + head or (end and named_whole(kind)) else 0


def _district_at(words: Sequence[Token], i: int) -> int:
    """Tokens of a district's capitalised name at i ("Trường Sa", "Vụ Bản"), or 0."""
    for k in (3, 2):
        named = words[i : i + k]
        capitalised = len(named) == k and all(t.capital for t in named)
        if (
            capitalised
            and " ".join(fold_tones(t.text).casefold() for t in named) in folded_district_names()
        ):
            return k
    return 0


# A high commissioner's office, named with the people or the rights it serves after "về" ("Cao
# ủy Liên Hiệp Quốc về người tị nạn"); elsewhere "về" after a body is what it speaks about.
HIGH_COMMISSIONS = frozenset({"cao ủy", "cao uỷ"})
CAUSES = phrases("người tị nạn|nhân quyền|quyền con người", "|")


COMPATRIOTS = ["về", "người", "việt", "nam"]
ABROAD = phrases("ở nước ngoài", "|")


def _cause_served(words: Sequence[Token], j: int, kind: str) -> int:
    """Tokens of "về" and the cause a high commissioner (`kind`) serves at j, or 0; or of "ở nước
    ngoài" after a body's "về người Việt Nam" ("Ủy ban Nhà nước về người Việt Nam ở nước
    ngoài": the people it serves are abroad)."""
    if [t.text.casefold() for t in words[max(0, j - 4) : j]] == COMPATRIOTS:
        return phrase_at(words, j, ABROAD)
    if kind.casefold() not in HIGH_COMMISSIONS or j >= len(words) or words[j].text != "về":
        return 0
    cause = phrase_at(words, j + 1, CAUSES)
    return 1 + cause if cause else 0


# The fields of ministries and departments, which the press sometimes writes in lower case after
# a capitalised "Bộ" or "Sở" ("Bộ ngoại giao", "Bộ nội vụ").
MINISTRY_FIELDS = phrases(
    "ngoại giao|nội vụ|quốc phòng|tài chính|y tế|tư pháp|công an|xây dựng|công thương|ngoại vụ|"
    "giáo dục và đào tạo|giao thông vận tải|nông nghiệp và phát triển nông thôn|"
    "tài nguyên và môi trường|kế hoạch và đầu tư|thông tin và truyền thông|khoa học và công nghệ|"
    "lao động - thương binh và xã hội|văn hóa , thể thao và du lịch|văn hoá , thể thao và du lịch|"
    "tài nguyên môi trường|tài nguyên - môi trường|kế hoạch đầu tư|kế hoạch - đầu tư|"
    "khoa học công nghệ|khoa học - công nghệ|giáo dục đào tạo|giáo dục - đào tạo|"
    "thông tin truyền thông|lao động thương binh xã hội|lao động - thương binh - xã hội|"
    "văn hóa thể thao du lịch|văn hoá thể thao du lịch|nông nghiệp phát triển nông thôn|"
    "giao thông công chính|quy hoạch kiến trúc|quy hoạch - kiến trúc",
    "|",
)


def _ministry_field(words: Sequence[Token], i: int, k: int) -> int:
    """Tokens of a ministry's field at k after the kind at i, in any case, or 0: all in lower
    case after a capitalised kind ("Bộ ngoại giao"), or opening with a capital and going on in
    lower case ("bộ Giao thông vận tải", "Sở Tài nguyên môi trường": not "Sở Tài")."""
    if k >= len(words) or not (words[i].capital or words[k].capital):
        return 0
    return phrase_at(words, k, MINISTRY_FIELDS, fold=True)


# Bodies often named after a person ("Trường THCS Trần Phú", "Bệnh viện Nguyễn Tri Phương").
NAMED_FOR_PEOPLE = frozenset({"Trường", "Đại học", "ĐH", "Bệnh viện", "BV"})


def _named_for(words: Sequence[Token], start: int, j: int, kind: str) -> int:
    """Tokens of a person's name at j that is the name of a school or hospital: right after
    its kind and level ("Trường THCS Trần Phú"), not after its name ("Bệnh viện Chợ Rẫy
    Nguyễn Tri Thức" names the director)."""
    if kind not in NAMED_FOR_PEOPLE:
        return 0
    if any(t.text.casefold() not in SORT_WORDS for t in words[start:j]):
        return 0
    return person_name_at(words, j)


def _unit_number(words: Sequence[Token], j: int) -> int:
    """Tokens from j that number a unit: up to two lower-case words, the number and the arm of
    service after it ("ra đa 18", "bộ binh 5", "270 công binh", "biển vùng 2"), or 0."""
    k = j
    while k < min(len(words), j + 2) and words[k].word and not words[k].capital:
        if words[k].text.isdigit() or phrase_at(words, k, BREAK):
            break
        k += 1
    if k >= len(words) or not words[k].text.isdigit():
        return 0
    return k + 1 - j + phrase_at(words, k + 1, ARMS)


MAX_ROLE_GAP = 4  # words of the position right before the body ("Phó Tổng Giám đốc")


def _holder_at(words: Sequence[Token], i: int, j: int, capitals: int) -> bool:
    """In a position, a run of foreign words at j after the lower-case words that went on the
    name of the body begun at i is the holder's name ("Chủ tịch Ủy ban Olympic quốc tế Thomas
    Bach"); before any capital it is still the body's ("Giám đốc Công ty chứng khoán Morgan
    Stanley")."""
    in_role = any(is_role_head(words, k) == i - k for k in range(max(0, i - MAX_ROLE_GAP), i))
    if _reading_after_country(words, i, j):
        return in_role  # "Người phát ngôn Bộ Ngoại giao Trung Quốc Hoa Xuân Doanh"
    if not (capitals and words[j - 1].word and not words[j - 1].capital) or not in_role:
        return False
    n = foreign_name_at(words, j)
    run = words[j : j + n]
    foreign = bool(run) and foreign_word(run[0].text)  # "Bach" alone spells a syllable
    foreign = foreign and all(t.text.isascii() and not t.text.isupper() for t in run)
    return 2 <= n <= 4 and foreign and not place_at(words, j)


MAX_READING = 4  # syllables of a holder's name read the Sino-Vietnamese way ("Hoa Xuân Doanh")


def _reading_after_country(words: Sequence[Token], i: int, j: int) -> bool:
    """The body begun at i has reached a country right before j, and two to four capitalised
    Vietnamese syllables follow with no capital after them: a holder's name ("Bộ Ngoại giao Trung
    Quốc Hoa Xuân Doanh"), not a brand's foreign spelling ("Ngân hàng Mỹ Wells Fargo")."""
    if not any(j - k > i and phrase_at(words, j - k, COUNTRIES) == k for k in (1, 2, 3)):
        return False
    n = 0
    while j + n < len(words) and n <= MAX_READING and _syllable_of_name(words, j + n):
        n += 1
    after = words[j + n] if j + n < len(words) else None
    return 2 <= n <= MAX_READING and not (after and after.capital)


def _syllable_of_name(words: Sequence[Token], k: int) -> bool:
    """A capitalised Vietnamese syllable at k that is no place, country or kind of body."""
    token = words[k]
    if not (token.capital and token.word and token.text.isalpha()) or token.text.isupper():
        return False
    if foreign_word(token.text) or place_at(words, k) or phrase_at(words, k, COUNTRIES):
        return False
    return not phrase_at(words, k, ORG_HEADS)


def _head(words: Sequence[Token], i: int, inside: frozenset[int], in_role: bool) -> int:
    """Tokens of the kind of body at i; written in lower case only for a few kinds ("sở TN &
    MT", "bệnh viện Bạch Mai"), and never as the end of another word ("xứ sở")."""
    head = phrase_at(words, i, ORG_HEADS, fold=True)  # "Tổng Công ty", "Chi Cục"
    if not head or _not_a_body(words, i, head):
        return 0
    if in_role:
        kind = " ".join(t.text for t in words[i : i + head])
        named = i + head < len(words) and words[i + head].capital
        return head if named or named_whole(kind) else 0
    if i in inside or is_role_head(words, i) >= head:
        return 0  # "Đại sứ" is a position, "Đại sứ quán" a body
    if i + head in inside and not words[i + head].capital:
        return 0  # "Báo cáo", "Bộ phận": underthesea reads the kind as part of a longer word
    if i and words[i - 1].text.casefold() in PLACE_BEFORE:
        return 0
    if _headquarters(words, i, head):
        return 0  # "hội sở Saigonbank", "Hội sở Oceanbank": premises, no body
    if i and not words[i].capital and _indefinite(words, i - 1):
        return 0  # "xây dựng một trung tâm Văn hóa": a sort of body, no body
    kind = " ".join(t.text for t in words[i : i + head])
    if not words[i].capital and kind[:1].upper() + kind[1:] not in LOWER_HEADS:
        return 0
    if kind in CAPITALISED_INSIDE and not any(t.word for t in words[:i]):
        return 0  # the sentence's first word: capitalised as any first word is
    named = i + head < len(words) and words[i + head].capital
    named = named or _locality_named(words, i + head)  # "tỉnh ủy tỉnh Hà Nam"
    named = named or (kind.casefold() == "công an" and _numbered_locality(words, i + head))
    if not named and (not words[i].capital or kind in NAMED_ONLY):
        return 0
    if not words[i].capital and _owner_only(words, i + head):
        return 0  # "các cấp ủy, tổ chức Đảng": the party's bodies in general
    return head


HEADQUARTERS = phrases("trụ sở|hội sở", "|")


def _headquarters(words: Sequence[Token], i: int, head: int) -> bool:
    """The kind at i is part of "trụ sở"/"hội sở" (headquarters): its "sở" closes that word, or
    "Hội" opens it."""
    here = phrase_at(words, i, HEADQUARTERS, fold=True) == 2 and head == 1
    closes = i > 0 and phrase_at(words, i - 1, HEADQUARTERS, fold=True) == 2
    return here or closes


# Owners that a kind in lower case names in general, not one body ("tổ chức Đảng", "cơ quan Nhà
# nước").
OWNERS = phrases("Đảng|Nhà nước|đảng|nhà nước", "|")


def _owner_only(words: Sequence[Token], k: int) -> bool:
    """The owner alone at k, with no name of its own after it."""
    n = phrase_at(words, k, OWNERS)
    after = words[k + n] if n and k + n < len(words) else None
    return bool(n) and not (after and after.capital and after.word)


def _indefinite(words: Sequence[Token], k: int) -> bool:
    """ "một" at k is "a", not "number one" ("ứng viên số một đảng Cộng hòa")."""
    return words[k].text.casefold() == "một" and not (k and words[k - 1].text.casefold() == "số")


def _numbered_locality(words: Sequence[Token], k: int) -> bool:
    """A locality numbered rather than named at k ("phường 5", "quận 3")."""
    return k + 1 < len(words) and words[k].text in NUMBERED and words[k + 1].text.isdigit()


def _locality_named(words: Sequence[Token], k: int) -> bool:
    """A locality's level and its capitalised name at k ("tỉnh Hà Nam", "huyện Cái Nước")."""
    level = phrase_at(words, k, LOCALITY)
    return bool(level) and k + level < len(words) and words[k + level].capital


def _not_a_body(words: Sequence[Token], i: int, head: int) -> bool:
    """ "Hội nghị", "cơ quan chức năng": a head word that is no body here."""
    return any(
        " ".join(t.text for t in words[i : i + head + k]).casefold() in NOT_A_BODY
        for k in (1, 2, 3)
    )


def _completes(words: Sequence[Token], j: int) -> bool:
    """Without a segmentation: a lower-case syllable right after a capitalised one completes
    its word ("Tài chính")."""
    return j > 0 and words[j - 1].capital and words[j - 1].word and not words[j].capital


# A company's legal form: the company's own name follows it, whatever it reads as.
LEGAL_FORMS = phrases("TNHH|CP|MTV|cổ phần|một thành viên", "|")


def _company_and_place(words: Sequence[Token], j: int, person: int) -> bool:
    """The `person` tokens at j that read as a person's name end with a province's or city's
    name, inside a company's name begun by its legal form ("công ty Cổ phần Tuần Châu Hà Nội"):
    the company's name and its place, no person."""
    k = j
    while k > 0 and words[k - 1].capital and words[k - 1].word:
        k -= 1
    return _after(words, k, LEGAL_FORMS) and place_at(words, j + person - 2) == 2


def _next_part(
    words: Sequence[Token], j: int, lower_ok: bool, seg: Words, named: bool = True
) -> tuple[int, bool]:
    """How many tokens from j still belong to the name (0: it ends before j), and whether the
    name may end after them. `named`: a word of the name proper came before j (a lower-case
    noun goes on "Viện Quyền con người", not "Vụ bê bối")."""
    token = words[j]
    following = words[j + 1] if j + 1 < len(words) else None
    if token.capital and token.word:
        n = person_name_at(words, j)
        person = bool(n) and not _in_locality_name(words, j)
        person = person and not _after(words, j, LEGAL_FORMS)  # "công ty TNHH Ninh Thịnh"
        person = person and not _company_and_place(words, j, n)  # "… Tuần Châu Hà Nội"
        return (0, False) if person or _starts_role(words, j) else (1, True)
    if token.text == "." and _abbreviated(words, j) and _named_after_dot(words, j + 1):
        return 1, False  # "TAND TP. Hà Nội": the dot of an abbreviation
    if token.text in ("&", "-", "–") and following and following.capital and following.text != "PV":
        return 1, False
    if token.text == "và" and following and following.capital and not words[j - 1].capital:
        return (0, False) if phrase_at(words, j + 1, ORG_HEADS, fold=True) else (1, False)
    if token.text in ("và", "&") and (field := _lower_field(words, j + 1)):
        return 1 + field, True  # "Bộ Thông tin và truyền thông"
    if _dash_joined(token.text) and words[j - 1].capital:
        return 1, True  # "Sở Khoa học-Công nghệ"
    if token.word and j in seg.inside and words[j - 1].capital:
        return 1, False  # "Hàng không": underthesea reads one word, "không" is no negation
    if token.text in OPENING_QUOTES and words[j - 1].capital and following and following.capital:
        return _quoted(words, j), True  # "Ban Chỉ đạo Giải “Búa liềm vàng”"
    if token.text == "vì" and following and following.capital and not _names_other(words, j + 1):
        return 1, False  # "Liên đoàn Quốc tế Phụ nữ vì Hòa bình và Tự do": what the body is for
    if token.text == "tại" and _seat_follows(words, j):
        return 1, False  # "TAND Cấp cao tại TP. HCM": a high court is named by its seat
    if token.text == "," and (listed := _fields_listed(words, j, seg)):
        return listed, True  # "Bộ Văn hóa, Thể thao và Du lịch"
    if not token.word or phrase_at(words, j, BREAK) or _of_a_country(words, j):
        return 0, False
    return _lower_part(words, j, lower_ok, seg, named)


# Fields of government a ministry's or department's name lists; the press writes the last one in
# lower case after "và" ("Bộ Thông tin và truyền thông").
FIELDS = phrases(
    "truyền thông|đào tạo|môi trường|xã hội|du lịch|đầu tư|công nghệ|thể thao|"
    "phát triển nông thôn|thương binh|an ninh|hành chính",
    "|",
)


def _lower_field(words: Sequence[Token], k: int) -> int:
    """Tokens of a field of government in lower case at k that ends the name: the clause ends
    after it or a capitalised word follows (the holder's name), else 0 ("và đào tạo nghề")."""
    n = phrase_at(words, k, FIELDS)
    if not n or words[k].capital:
        return 0
    after = words[k + n] if k + n < len(words) else None
    return n if after is None or not after.word or after.capital else 0


def _dash_joined(text: str) -> bool:
    """ "học-Công": two fields of a name joined by a dash with no spaces, the second capitalised
    ("Khoa học-Công nghệ")."""
    left, _, right = text.partition("-")
    return bool(left) and left.islower() and right[:1].isupper()


def _lower_part(
    words: Sequence[Token], j: int, lower_ok: bool, seg: Words, named: bool
) -> tuple[int, bool]:
    """`_next_part` for a lower-case word at j that is no break: a locality's level, a police
    branch, the rest of a word, a noun of the name or a bridge to a capitalised word."""
    token = words[j]
    if branch := _branch_at(words, j):
        return branch, True  # "Ngân hàng Nhà nước chi nhánh tỉnh Khánh Hòa"
    tail = phrase_at(words, j, TAIL) or _rest_of_capital_tail(words, j)
    if tail:
        numbered = token.text in NUMBERED and j + 1 < len(words) and words[j + 1].text.isdigit()
        return tail + numbered, True
    branch = phrase_at(words, j, POLICE_BRANCHES) if words[j - 1].text == "sát" else 0
    if branch or (_police_branch_before(words, j) and _crimes_fought(words, j)):
        return branch + _crimes_fought(words, j + branch), True  # "Cảnh sát giao thông"
    if fought := _thing_fought(words, j, seg):
        return fought, True  # "Đội Phòng chống mại dâm"
    if committee := _central_committees_body(words, j):
        return committee, False  # "Ủy ban Trung Ương hội Liên hiệp Thanh Niên Việt Nam"
    if j in seg.inside or (not seg.read and _completes(words, j)):
        return 1, False
    if (
        j in seg.nouns
        and _capital_word_before(words, j, seg)
        and named
        and not _place_ends_at(words, j)
    ):
        # "Viện Quyền con người"; not after a place ("Đại học Đà Nẵng hiện có …")
        return 1 + _word_rest(j + 1, seg), True
    verbs = seg.verbs if named else frozenset()  # "Tập đoàn chế tạo máy bay Boeing": what it does
    if _place_ends_at(words, j) and words[j - 1].capital:
        return 0, False  # "ĐT Argentina chốt danh sách dự Copa America": the place ended it
    return (_bridge(words, j, verbs), False) if lower_ok else (0, False)


# Kinds of body a central committee belongs to, which the press writes in lower case after
# "trung ương" ("Ủy ban Trung Ương hội Liên hiệp Thanh Niên Việt Nam").
COMMITTEES_BODIES = phrases("hội|đoàn|đảng|công đoàn|liên đoàn|mặt trận", "|")


def _central_committees_body(words: Sequence[Token], j: int) -> int:
    """Tokens at j of the lower-case kind whose central committee the name is, when "trung ương"
    (in any case) comes right before and the body's capitalised name right after, else 0."""
    if j < 2 or " ".join(t.text for t in words[j - 2 : j]).casefold() != "trung ương":
        return 0
    n = phrase_at(words, j, COMMITTEES_BODIES)
    return n if n and j + n < len(words) and words[j + n].capital else 0


BRANCH = phrases("chi nhánh", "|")


def _branch_at(words: Sequence[Token], j: int, *, fold: bool = False) -> int:
    """Tokens of "chi nhánh" (a branch; `fold`: in any case), an optional level and the place it
    serves at j, or 0."""
    n = phrase_at(words, j, BRANCH, fold=fold)
    if not n:
        return 0
    level = phrase_at(words, j + n, LOCALITY)
    place = place_at(words, j + n + level)
    return n + level + place if place else 0


def _seat_follows(words: Sequence[Token], j: int) -> bool:
    """ "tại" at j between a high court's or procuracy's level ("Cấp cao") and a city."""
    level = " ".join(t.text for t in words[max(0, j - 2) : j]).casefold()
    city = phrase_at(words, j + 1, LOCALITY) or place_at(words, j + 1)
    return level == "cấp cao" and bool(city)


CRIMES = phrases("tội phạm về|tội phạm|phòng , chống tội phạm|phòng chống tội phạm", "|")
HIGH_TECH = phrases("sử dụng công nghệ cao", "|")  # the crimes of C50's name
MAX_CRIME_WORDS = 6


def _crimes_fought(words: Sequence[Token], k: int) -> int:
    """Tokens from k naming the crimes a police department fights, which its name holds ("Cục
    Cảnh sát điều tra tội phạm về trật tự xã hội", "Tổng cục Cảnh sát phòng, chống tội phạm"):
    lower-case words up to a bracket, a comma or a verb."""
    if k and words[k - 1].text == "phạm" and (high_tech := phrase_at(words, k, HIGH_TECH)):
        return high_tech  # "… phòng, chống tội phạm sử dụng công nghệ cao"
    n = phrase_at(words, k, CRIMES)
    if not n or words[k + n - 1].text != "về":
        return n + (phrase_at(words, k + n, HIGH_TECH) if n else 0)
    m = 0
    while k + n + m < len(words) and m < MAX_CRIME_WORDS:
        token = words[k + n + m]
        ends = phrase_at(words, k + n + m, BREAK) or phrase_at(words, k + n + m, ORG_HEADS)
        if not token.word or token.capital or ends:
            break
        m += 1
    return n + m if m else 0


# A police branch's acronym: the crimes it fights may follow ("Phòng CSĐT tội phạm về ma tuý").
POLICE_ACRONYMS = frozenset({"CSĐT", "CSHS", "CSKT", "CSGT", "CSMT", "CSCĐ"})


def _police_branch_before(words: Sequence[Token], j: int) -> bool:
    """A police branch ends right before token j: its acronym ("CSĐT") or its words written with a
    capital after "Cảnh sát" ("Cảnh sát Điều tra", "Cảnh sát Hình sự")."""
    if j and words[j - 1].text in POLICE_ACRONYMS:
        return True
    return any(
        words[k - 1].text == "sát"
        and words[k].capital
        and phrase_at(words, k, POLICE_BRANCHES, fold=True) == j - k
        for k in range(max(1, j - 3), j)
    )


def _thing_fought(words: Sequence[Token], j: int, seg: Words) -> int:
    """Tokens from j naming what a body named "Phòng chống …" fights, in lower case ("Đội
    Phòng chống mại dâm", "Đội Phòng chống ma túy"): a word and the nouns after it."""
    fighting = j > 1 and " ".join(t.text.casefold() for t in words[j - 2 : j]) == "phòng chống"
    if not fighting or not words[j].word or words[j].capital or phrase_at(words, j, BREAK):
        return 0  # what is fought is a noun or a verb ("mại dâm" is read as one)
    n = 1
    while j + n in seg.inside or (j + n in seg.nouns and not phrase_at(words, j + n, BREAK)):
        n += 1
        if n >= MAX_CRIME_WORDS:
            break
    return n


def _capital_word_before(words: Sequence[Token], j: int, seg: Words) -> bool:
    """The word before token j is a capitalised syllable ("Quyền" before "con người"), or a
    capitalised word underthesea reads as a verb, the body's task, whose object the noun is
    ("Đội Phòng chống mại dâm", "Cục Quản lý khám chữa bệnh"; not "Bộ Y tế bất bình")."""
    k = j - 1
    while k > 0 and k in seg.inside:
        k -= 1
    task = k in seg.verbs and not any(t.capital for t in words[k + 1 : j])  # not "Đồng lập"
    return words[j - 1].capital or (words[k].capital and task)


LOCALITY_WORDS = levels.words()


def _rest_of_capital_tail(words: Sequence[Token], j: int) -> int:
    """1 when token j ends a tail begun with a capital ("TAND Cấp cao", "VKSND Tối cao")."""
    return int(phrase_at(words, j - 1, TAIL, fold=True) == 2 and words[j - 1].capital)


def _place_ends_at(words: Sequence[Token], j: int) -> bool:
    """A province, city, place abroad or country ends right before token j ("TP.HCM" too, and a
    place glued to its level's abbreviation, "Tp.Hà Nội"), or a city's level alone ("Công an TP"
    names the city the article is about)."""
    if j and (words[j - 1].text.upper() in HCM or words[j - 1].text in CITY_LEVELS):
        return True
    return any(
        k <= j
        and k
        in (place_at(words, j - k), phrase_at(words, j - k, COUNTRIES), _glued_place(words, j - k))
        for k in (1, 2, 3, 4)
    )


CITY_LEVELS = frozenset({"TP", "Tp", "TX"})  # a city's or town's level, abbreviated
_GLUED_LEVEL = re.compile(r"^(?:TP|Tp|tp|TX|Q)\.(?=\w)")
_GLUED_LEVEL_WORD = re.compile(r"\b(TP|Tp|tp|TX|Q)\.(?=\w)")


def _glued_place(words: Sequence[Token], k: int) -> int:
    """Tokens of a place at k written glued to its level's abbreviation ("Tp.Hà Nội"), or 0."""
    if not _GLUED_LEVEL.match(words[k].text):
        return 0
    rest = tokens(
        _GLUED_LEVEL.sub("", words[k].text) + " " + " ".join(t.text for t in words[k + 1 : k + 4])
    )
    n = place_at(rest, 0)
    return n if n and n <= 4 else 0


def _in_locality_name(words: Sequence[Token], j: int) -> bool:
    """ "Công an quận Nam Từ Liêm", "Công an quận Hoàng Mai": a locality's name and a word right
    after its first go on that name, though "Từ Liêm" and "Hoàng Mai" read like a person's
    ("tỉnh Quảng Ninh Nguyễn Văn Đọc" is not)."""
    if j > 0 and words[j - 1].text.casefold() in LOCALITY_WORDS:
        return True
    return j > 1 and words[j - 1].capital and words[j - 2].text in LOCALITY_WORDS


def _named_after_dot(words: Sequence[Token], k: int) -> bool:
    """A place, or a name of two capitalised words, at k ("TP. Vinh", "TP. Thủ Đức"; not "TP.
    Sau đó", the next sentence)."""
    if place_at(words, k):
        return True
    return k + 1 < len(words) and words[k].capital and words[k + 1].capital and words[k + 1].word


def _abbreviated(words: Sequence[Token], j: int) -> bool:
    """The dot at j closes an abbreviation ("TP.", "Q.", "TX."), not a sentence."""
    return (
        j > 0 and words[j].start == words[j - 1].end and f"{words[j - 1].text}." in _ABBREVIATIONS
    )


def _quoted(words: Sequence[Token], j: int) -> int:
    """Tokens from the opening quote at j through its closing quote, or 0 when it does not close
    within a few words (a quotation, not a title inside a name)."""
    close = QUOTES[words[j].text]
    for k in range(j + 1, min(len(words), j + MAX_QUOTED + 1)):
        if words[k].text == close:
            return k + 1 - j
    return 0


def _fields_listed(words: Sequence[Token], j: int, seg: Words) -> int:
    """Tokens from the comma at j through the list's last field, or 0. The comma at j lists the
    fields a body covers, closed by "và" ("Bộ Văn hóa, Thể thao và Du lịch", "Trung tâm Phụ nữ,
    Hòa bình và An ninh"): each field a Vietnamese word of a capitalised and a lower-case
    syllable, up to "và" and another capitalised word; never a body, person, position, place or
    brand ("Bộ Công Thương, Hà Nội và TP.HCM", "Sở Xây dựng, Sở Tài chính", "Tập đoàn Vingroup,
    Masan và Vinamilk"), except a field spelt like a place when the list closes on a field
    ("Trung tâm Phụ nữ, Hòa Bình và An ninh")."""
    k, placed = j, False
    while k < len(words) and words[k].text == ",":
        start, k = k + 1, k + 1
        if _place_field(words, start):
            k, placed = start + 2, True  # "Hòa Bình": a field only if the list closes on a field
            continue
        while k < len(words) and (words[k].capital or k in seg.inside or _completes(words, k)):
            if not words[k].word or _names_other(words, k):
                return 0
            k += 1
        if not any(not t.capital for t in words[start + 1 : k]) or not words[start].capital:
            return 0
    closed = (
        k + 1 < len(words)
        and words[k].text == "và"
        and words[k + 1].capital
        and not _names_other(words, k + 1)
    )
    end = k + 2
    while end < len(words) and (end in seg.inside or (not seg.read and _completes(words, end))):
        end += 1  # the last field's lower-case syllables ("Du lịch")
    if not closed or (placed and end == k + 2):
        return 0
    return end - j


def _place_field(words: Sequence[Token], k: int) -> bool:
    """Two capitalised syllables at k that read as a place and end the field ("Hòa Bình", peace,
    is also a province), followed by the list's comma or "và"."""
    end = k + 2
    return (
        place_at(words, k) == 2
        and words[k + 1].capital
        and end < len(words)
        and words[end].text in (",", "và")
    )


def _names_other(words: Sequence[Token], k: int) -> bool:
    """A body, person, position or place starts at token k: no field of the body before it."""
    return bool(
        phrase_at(words, k, ORG_HEADS)
        or person_name_at(words, k)
        or is_role_head(words, k)
        or place_at(words, k)
        or phrase_at(words, k, COUNTRIES)
    )


def _of_a_country(words: Sequence[Token], j: int) -> bool:
    """ "Hãng XL của Anh": the country a body is of is no part of its name."""
    return words[j].text == "của" and bool(phrase_at(words, j + 1, COUNTRIES))


def _word_rest(j: int, seg: Words) -> int:
    """How many tokens from j go on the word begun before j."""
    n = 0
    while j + n in seg.inside:
        n += 1
    return n


# Kinds of body in lower case that open another body, which a bridge never crosses.
OTHER_BODY = phrases("công ty|tập đoàn|ngân hàng|hãng", "|")
# Numbers in words, which count what follows them and never describe a body inside its name.
COUNTS = frozenset({"hai", "ba", "bốn"})


def _bridge(words: Sequence[Token], j: int, verbs: frozenset[int] = frozenset()) -> int:
    """Lower-case words that lead to a capitalised word or a closing word of the same name
    ("cổ phần đầu tư Đèo Cả", "Bảo tồn thiên nhiên quốc tế")."""
    acted = False  # a verb came: only a place may end the bridge ("sản xuất … Triều Khúc")
    if _after_trade(words, j):  # "Hợp tác xã Dịch vụ sản xuất nông nghiệp Triều Khúc": a trade
        verbs = verbs - _trades_from(words, j)
    for k in range(j, min(len(words), j + MAX_BRIDGE + 1)):
        if k > j and ((words[k].capital and words[k].word) or phrase_at(words, k, TAIL)):
            return k - j if not acted or place_at(words, k) else 0
        acted = acted or (k in verbs and phrase_at(words, k - 1, ORG_HEADS) < 2)  # "Ban chỉ đạo"
        counted = words[k].text in COUNTS  # "Hội hữu nghị hai nước Việt Nam": no name
        other = phrase_at(words, k, OTHER_BODY)  # "Cảnh sát chỉ đạo công ty CNC": two bodies
        stop = not words[k].word or words[k].capital or phrase_at(words, k, BREAK)
        if stop or counted or other:
            return 0
    return 0  # "ĐT Argentina chốt danh sách dự Copa America": "chốt" is a verb, no place ends it


# Trades a company's or cooperative's name opens with, capitalised, the rest of the trade in lower
# case after them ("Dịch vụ sản xuất nông nghiệp").
TRADES_OPENING = phrases("Dịch vụ|Đầu tư|Thương mại|Sản xuất|Xây dựng|Phát triển|Kinh doanh", "|")


# The same trades in lower case, and others the press writes after them ("sản xuất kinh doanh",
# "đầu tư xây dựng", "chế biến"), which read as verbs.
TRADES_AFTER = phrases(
    "dịch vụ|đầu tư|thương mại|sản xuất|xây dựng|phát triển|kinh doanh|chế biến|vận tải|"
    "xuất nhập khẩu",
    "|",
)


def _after_trade(words: Sequence[Token], j: int) -> bool:
    """A capitalised trade of two syllables ends right before token j."""
    return j >= 2 and words[j - 2].capital and phrase_at(words, j - 2, TRADES_OPENING) == 2


def _trades_from(words: Sequence[Token], j: int) -> frozenset[int]:
    """Tokens of the lower-case trades from j on, up to the bridge's length."""
    held: set[int] = set()
    for k in range(j, min(len(words), j + MAX_BRIDGE + 1)):
        held.update(range(k, k + phrase_at(words, k, TRADES_AFTER)))
    return frozenset(held)


def _starts_role(words: Sequence[Token], j: int) -> bool:
    """ "UBND tỉnh Phó Chủ tịch …": a position after the name is no part of it."""
    return bool(is_role_head(words, j))


def extract_organisations(sentences: Iterable[str], people: Iterable[str] = ()) -> tuple[str, ...]:
    """Organisation names, most mentioned first, each body once: a name that starts a longer one
    found is dropped ("Ban Chỉ đạo" beside "Ban Chỉ đạo Nhân quyền tỉnh"), and so is a second
    spelling of one body ("ITAR – TASS" and "ITAR- TASS", "Trường ĐH …" and "Trường Đại học …",
    "Tổ chức SRI" after "Tổ chức Bảo vệ Tê giác Thế giới (SRI)"). A person's name a body runs
    into is cut off ("Hãng thông tấn Nga ITAR-TASS Sergei")."""
    counts: dict[str, int] = {}
    spelling: dict[str, str] = {}
    short: dict[str, str] = {}  # "SRI" -> "Tổ chức Bảo vệ Tê giác Thế giới"
    opened: list[tuple[str, str]] = []  # a body and the short name its bracket opens with
    names_of_people = tuple(people)
    texts = list(sentences)
    for sentence in texts:
        before: tuple[str, str] | None = None  # the last body named, as written and as kept
        for written in bodies(sentence, titles=False):
            if _bar_in_credential(sentence, written):
                continue  # "LS Cao Hoàng Sang (thuộc Đoàn LS TP.HCM)": a membership, no party
            name, dashed = _dashed_short_name(_cut_person(written, names_of_people))
            name = spelling.setdefault(_spelling_key(name), name)
            short.update({dashed: name} if dashed else {})
            counts[name] = counts.get(name, 0) + 1
            short.update(_short_names(sentence, name))
            if before and name != before[1] and _renamed(sentence, before[0], written):
                short[name] = short.get(before[1], before[1])
            before = (written, name)
            opened.extend((name, s) for s in _bracket_opened(sentence, written))
    for name, shorter in opened:  # "ngân hàng Đại Tín (TrustBank – nay là CB)"
        if shorter in short and _followed(short, shorter) != name:
            short[name] = shorter
    names = sorted((n for n in counts if not _kind_only(n)), key=lambda n: (-counts[n], n))
    names = [n for n in names if not any(o != n and _starts_longer(n, o) for o in names)]
    names = [n for n in names if not _named_locality_of(n, names)]
    kept: list[str] = []
    for name in names:
        at = next((k for k, other in enumerate(kept) if same_body(name, other, short)), None)
        if at is None:
            kept.append(name)
        elif _fuller_office(name, kept[at]) or _bracketed_long(name, kept[at], short):
            kept[at] = name  # one office, shown by its fullest spelling; a body by its full name
    return tuple(_with_brands(texts, kept, names_of_people, short))


def _with_brands(
    texts: Sequence[str], kept: list[str], people: Sequence[str], short: dict[str, str]
) -> list[str]:
    """The bodies found, then the brands that act or are listed and are no body already found
    ("VKS" beside "VKSND Cấp cao tại TP. HCM", "Sony Music" beside "hãng Sony"), nor a kind
    alone ("BTC cho biết": the organisers), nor a city ("TPHCM")."""
    for brand in acting_brands(texts, people):
        if brand in KIND_ACRONYMS or _named_in(brand, kept):
            continue
        if not any(same_body(brand, k, short) for k in kept):
            kept.append(brand)
    for brand in listed_brands(texts, kept, people):
        named = _named_in(brand, kept) or any(same_body(brand, k, short) for k in kept)
        if brand.upper() not in HCM and brand not in KIND_ACRONYMS and not named:
            kept.append(brand)
    for club in playing_clubs(texts, people):
        named = _named_in(club, [k for k in kept if not _fans(k)])
        if not named and not phrase_at(tokens(club), 0, ORG_HEADS):
            kept.append(club)
    return kept


FANS = phrases("Hội CĐV|Hội cổ động viên|Hội fan|CĐV|fan", "|")


def _fans(name: str) -> bool:
    """ "Hội CĐV Than Quảng Ninh" names the club's fans, not the club."""
    return bool(phrase_at(tokens(name), 0, FANS))


BARS = ("Đoàn Luật sư", "Đoàn luật sư", "Đoàn LS")
_LAWYER = re.compile(r"\b(?:[Ll]uật sư|LS)\b")
MAX_CREDENTIAL = 80  # characters between a lawyer's word and the bar named in the credential


def _bar_in_credential(sentence: str, name: str) -> bool:
    """A bar association named in a lawyer's credential ("luật sư Trần Bá Học (Đoàn luật sư TP.
    HCM)"): the lawyer acts for a client, never for the bar, which takes no part."""
    if not name.startswith(BARS):
        return False
    at = sentence.find(name)
    return at > 0 and bool(_LAWYER.search(sentence[max(0, at - MAX_CREDENTIAL) : at]))


# A locality's level, in the spellings one level is written in.
LEVELS = (
    frozenset({"TP", "Tp", "TP.", "Tp.", "thành phố", "Thành phố"}),
    frozenset({"tỉnh", "Tỉnh"}),
    frozenset({"huyện", "Huyện"}),
    frozenset({"quận", "Quận", "Q."}),
)


def _named_locality_of(name: str, names: Sequence[str]) -> bool:
    """`name` ends in a locality's bare level ("UBND TP", "Công an tỉnh") and the article names
    one body of that kind with a locality of that level ("UBND thành phố Hà Nội"): the same body,
    by its short name."""
    for level in LEVELS:
        bare = next((lv for lv in level if name.endswith(" " + lv)), None)
        if bare is None:
            continue
        kind = name[: -len(bare) - 1]
        longer = [
            o
            for o in names
            if o.startswith(kind + " ")
            and any(_level_named(o[len(kind) + 1 :], lv) for lv in level)
        ]
        return len({tuple(_unlinked(o)) for o in longer}) == 1
    return False


def _level_named(rest: str, level: str) -> bool:
    """`rest` opens with the level and a capitalised name ("thành phố Hà Nội", "Tp.Hà Nội")."""
    if not rest.startswith(level):
        return False
    after = rest[len(level) :].lstrip(" .")
    return after[:1].isupper() and (
        rest[len(level) : len(level) + 1] in (" ", ".") or level.endswith(".")
    )


def _starts_longer(short: str, long: str) -> bool:
    """`short` is the opening of `long`, as written ("Ban Chỉ đạo", "Ban Chỉ đạo Nhân quyền
    tỉnh") or once both are folded as `_unlinked` folds them: "Thành uỷ" opens "Thành ủy TP HCM"
    (the tone mark placed apart), "Tỉnh ủy" opens "Ban Thường vụ Tỉnh ủy Đắk Lắk" (its standing
    organ acting for it)."""
    if long.startswith((short + " ", short + ".")):
        return not long[len(short) + 1 :].casefold().startswith("chi nhánh")  # a branch: another
    if long.casefold().startswith(short.casefold() + " chi nhánh"):
        return False
    a, b = _unlinked(short), _unlinked(long)
    return len(a) >= 2 and len(b) > len(a) and b[: len(a)] == a


# Words between two names of one body that was renamed: "ngân hàng TMCP Xây dựng Việt Nam – VNCB
# (trước đó là ngân hàng TMCP Đại Tín …, và nay là ngân hàng TNHH MTV …)", "(TrustBank – nay là
# CB)", "(tiền thân của VNCB)".
_RENAMED = re.compile(
    r"^\W*(?:\S+\W+){0,2}?\(?\s*(?:và\s+)?(?:trước đó là|trước đây là|trước là|nay là|hiện nay là|"
    r"sau này là|tiền thân là|tiền thân của|đổi tên thành)\W*$",
    re.IGNORECASE,
)


def _renamed(sentence: str, first: str, then: str) -> bool:
    """`then` is `first` under its earlier or later name: only a renaming phrase (and at most a
    short name, "– TrustBank") stands between them."""
    start = sentence.casefold().find(first.casefold())
    end = sentence.casefold().find(then.casefold(), start + len(first)) if start >= 0 else -1
    return end > 0 and bool(_RENAMED.match(sentence[start + len(first) : end]))


def _named_in(brand: str, names: Iterable[str]) -> bool:
    """ "Boeing" is named in "Tập đoàn chế tạo máy bay Boeing", "Vietjet" in "Vietjet Air"."""
    return any(f" {brand} " in f" {n} " or f" {n} " in f" {brand} " for n in names)


_DASHED = re.compile(r"(.*\S)\s+[-–]\s+([A-Z][A-Za-z&]+)")


def _dashed_short_name(name: str) -> tuple[str, str | None]:
    """ "Ngân hàng Thương mại cổ phần Công Thương Việt Nam - VietinBank": the name, and the
    short name the text gives it after a spaced dash, as it would in brackets; never the halves
    of a name written with a dash ("ITAR – TASS")."""
    found = _DASHED.fullmatch(name)
    if not found or found.group(1).split()[-1].isupper() or len(found.group(1).split()) < 3:
        return name, None
    return found.group(1), found.group(2)


# Words that say what sort of body it is, not which one: a company's legal form, a school's level.
SORT_WORDS = frozenset(
    phrases(
        "cổ phần tnhh mtv cp đại học cao đẳng trung học một thành viên tiểu cơ sở phổ thông thcs "
        "thpt mầm non"
    )
)


# The levels under a province, which a body's name never ends in when it names one body.
LOWER_LEVELS = levels.one_word(levels.Rank.DISTRICT, levels.Rank.COMMUNE)


def _kind_acronyms() -> frozenset[str]:
    """Acronyms that stand for a kind of body and no more: the heads written as one ("UBND"),
    and the initials of a head of two words or more ("BCH": Ban Chấp hành), of an event's
    organisers ("BTC") and of a company's kind with its legal form ("CTCP": Công ty cổ phần)."""

    def initials(phrase: str) -> str:
        return "".join(w[0] for w in phrase.split()).upper()

    heads = [h for h in ORG_HEADS if not named_whole(h) and h not in KNOWN]  # not "TTXVN", "QH"
    whole = {h for h in heads if " " not in h and h.isupper()}
    kinds = [h for h in heads if " " in h] + ["Ban tổ chức"]
    kinds += [f"{c} cổ phần" for c in ("Công ty", "Tổng công ty")]
    return frozenset(whole | {initials(k) for k in kinds})


KIND_ACRONYMS = _kind_acronyms()
# The press's abbreviation of a chart ("BXH": bảng xếp hạng), which no body is named by.
CHARTS = frozenset({"BXH"})
# Forces named by their kind alone: "lực lượng Công an", "Công an địa phương" name no one body (the
# article's own police is named with its locality or ministry: "Công an thị trấn Tân Túc").
FORCES = frozenset({"Công an"})


def _kind_only(name: str) -> bool:
    """ "Công ty Cổ phần", "Công ty TNHH", "Trường Đại học": a kind and its sort name no body (a
    name cut where the text went on in lower case); nor does a force's kind alone ("Công an"), nor
    a police branch with no locality ("Cảnh sát giao thông")."""
    if name in FORCES:
        return True
    if name.startswith("Đảng bộ ") and any(name[len("Đảng bộ ") :] in level for level in LEVELS):
        return True  # "Đảng bộ tỉnh": the party's members in the province, named in general
    if name in KIND_ACRONYMS or name in CHARTS:
        return True  # "BCH", "BTC", "CTCP", "UBND": a kind of body, abbreviated, with no name
    if name.rsplit(" ", 1)[-1] in LOWER_LEVELS and " " in name:
        return True  # "Hội đồng Nhân dân huyện": a district's or commune's body, named in general
    words = tokens(name)
    if words and words[0].text == "Cảnh" and phrase_at(words, 2, POLICE_BRANCHES) == len(words) - 2:
        return True  # "Cảnh sát giao thông": a branch of the police in general
    rest = [t.text.casefold() for t in words[phrase_at(words, 0, ORG_HEADS, fold=True) :]]
    return bool(rest) and all(w in SORT_WORDS for w in rest)


def _spelling_key(name: str) -> str:
    """One key for the spellings of a name: case, and spaces around a dash or "&" ("ITAR – TASS",
    "Bộ LĐTB & XH")."""
    return re.sub(r"\s*([-–&])\s*", r"\1", name).replace("–", "-").casefold()


def _cut_person(name: str, people: Sequence[str]) -> str:
    """A person's name a body runs into is cut off ("UBND TP Hà Nội Nguyễn Thế Thảo"); one word
    of a Vietnamese family name is a place's syllable ("Công an tỉnh Hải Dương" beside the
    suspect Dương Văn Nguyên), not the person."""
    for person in people:
        first = person.split()[0]
        at = name.find(f" {first}")
        tail = [w.rstrip(".") for w in name[at + 1 :].split()] if at > 0 else []
        words = [w.rstrip(".") for w in person.split()]
        same = bool(tail) and words[: len(tail)] == tail[: len(words)]  # "ITAR-TASS Sergei V"
        if same and (len(tail) > 1 or first not in SURNAMES):
            return name[:at]
    return name


def _short_names(sentence: str, name: str) -> dict[str, str]:
    """ "Trung tâm giáo dục Thiên nhiên (ENV)": ENV names that body, and so does a brand in
    brackets ("… (Vietnam Airlines)", "… Sài Gòn Công Thương (Saigonbank)"), the name matched in
    any case ("công ty Cổ phần Lọc hoá dầu Bình Sơn (BSR)" for "Công ty Cổ phần …"); a country or
    a place in the bracket says where the body is, no short name."""
    short = rf"\s*\(\s*([A-ZĐ][A-ZĐ&\-]{{1,9}}|{_BRAND}|{_ONE_WORD_BRAND})\s*\)"
    found = re.search(f"(?i:{re.escape(name)})" + short, sentence)
    if not found:
        return {}
    words = tokens(found.group(1))
    placed = place_at(words, 0) or phrase_at(words, 0, COUNTRIES)
    return {} if placed == len(words) else {found.group(1): name}


def _bracket_opened(sentence: str, written: str) -> list[str]:
    """ "ngân hàng Đại Tín (TrustBank – tiền thân của VNCB)": the short name a bracket right after
    the body opens with, before a dash or a comma."""
    opening = rf"\s*\(\s*([A-ZĐ][A-Za-zĐ&\-]{{1,19}}|{_BRAND})\s*[–,-]"
    found = re.search(re.escape(written) + opening, sentence, re.IGNORECASE)
    return [found.group(1)] if found else []


def _bracketed_long(name: str, shown: str, short: dict[str, str]) -> bool:
    """`name` is the full name a short name in brackets stands for, and `shown` the kind and
    that short name ("Ngân hàng Saigonbank"): the full name is the one to show."""
    words = shown.split()
    return short.get(words[-1]) == name and name.split()[: len(words) - 1] == words[:-1]


def _followed(short: dict[str, str], name: str) -> str:
    """The name the text's short names and renamings lead to from `name` ("TrustBank" ->
    "Ngân hàng TMCP Đại Tín" -> "Ngân hàng TMCP Xây dựng Việt Nam")."""
    seen = {name}
    while name in short and short[name] not in seen:
        name = short[name]
        seen.add(name)
    return name


# A brand in Latin capitals: "Vietnam Airlines" in "Tổng công ty Hàng không Việt Nam (Vietnam
# Airlines)".
_BRAND = r"[A-Z][A-Za-z&-]+(?: [A-Z][A-Za-z&-]+){1,3}"
# A brand of one Latin word, its first letter a capital: "Saigonbank", "Oceanbank", "DongABank".
_ONE_WORD_BRAND = r"[A-Z][A-Za-z]{2,19}"


def same_body(a: str, b: str, short: dict[str, str] | None = None) -> bool:
    """Two names of one body: equal but for an acronym standing for some of the other's words
    ("Trường ĐH Thăng Long", "UBMTTQ Việt Nam"), a kind and the short name the text gave it
    ("Tổ chức SRI"), or a linking "về"/"của" ("Văn phòng Thường trực (về) Nhân quyền")."""
    if _unlinked(a) == _unlinked(b) or (short and (short.get(a) == b or short.get(b) == a)):
        return True
    if short and _followed(short, a) == _followed(short, b):
        return True  # "Ngân hàng Đại Tín (TrustBank …)": TrustBank, then the bank's later name
    if _brand_core(a) and _brand_core(a) == _brand_core(b) and not _designators_differ(a, b):
        return True  # "hãng Sony" and "Sony Music"; not "Alfa Group" and "Alfa Bank"
    if _described(a.split(), b.split()) or _described(b.split(), a.split()):
        return True  # "Công ty cổ phần Đèo Cả" and "Công ty cổ phần đầu tư Đèo Cả"
    if _company_short(a, b) or _company_short(b, a):
        return True  # "Công ty DS" and "Công ty Cổ phần Đầu tư Tổng hợp Truyền thông DS"
    if _office_words(a) and _office_words(a) == _office_words(b):
        return True  # "Văn phòng Thường trực (Ban chỉ đạo) Nhân quyền Chính phủ"
    for x, y in ((a, b), (b, a)):
        words = x.split()
        if short and any(_kind_and_short(words, k, y, short) for k in range(len(words))):
            return True
        if _acronym_of(words, y.split()) or _but_a_country(words, y.split()):
            return True
        if _opening_acronym(words, y.split()):
            return True  # "TTKDT" and "Trung tâm kinh doanh thẻ Saigonbank"
    return False


MIN_OPENING_ACRONYM = 3


OFFICE = ["van", "phong"]
STEERING = ["ban", "chi", "dao"]
MIN_OFFICE_WORDS = 3


def _office_words(name: str) -> list[str]:
    """An office's words as `_unlinked` folds them, without the steering committee it serves:
    the press writes "Văn phòng Thường trực Ban chỉ đạo Nhân quyền Chính phủ" and "Văn phòng
    Thường trực về Nhân quyền Chính phủ" for one office. Empty for a name that is no office."""
    words = _unlinked(name)
    if words[:2] != OFFICE:
        return []
    at = next((k for k in range(2, len(words)) if words[k : k + 3] == STEERING), None)
    if at is not None and at + 3 < len(words):
        words = words[:at] + words[at + 3 :]
    return words if len(words) >= MIN_OFFICE_WORDS else []


def _fuller_office(name: str, shown: str) -> bool:
    """`name` spells the office `shown` spells, with more words: the one to show."""
    office = _office_words(name)
    return (
        bool(office) and office == _office_words(shown) and len(name.split()) > len(shown.split())
    )


def _opening_acronym(words: Sequence[str], other: Sequence[str]) -> bool:
    """`words` is one acronym that stands for the opening words of `other`, one letter a word
    ("TTKDT": Trung tâm kinh doanh thẻ), or opens `other`'s own acronym ("VKS", "VKSND …")."""
    if len(words) != 1 or len(other) < 2:
        return False
    acronym = words[0]
    if len(acronym) < MIN_OPENING_ACRONYM or not (acronym.isupper() and acronym.isalpha()):
        return False
    first = other[0]
    if first.isupper() and first.isalpha() and first != acronym and first.startswith(acronym):
        return True
    initials = [_bare(w[0]) for w in other[: len(acronym)]]
    return len(other) > len(acronym) and initials == [_bare(c) for c in acronym]


def _kind_and_short(words: Sequence[str], k: int, other: str, short: dict[str, str]) -> bool:
    """Word k is the short name the text gave `other` and closes the name, after words that open
    `other` (its kind: "Tổ chức SRI"); "Thanh tra NHNN tỉnh Long An" and "NHNN chi nhánh Long An"
    are other bodies than "Ngân hàng Nhà nước (NHNN)"."""
    return (
        short.get(words[k]) == other
        and k == len(words) - 1
        and other.split()[:k] == list(words[:k])
    )


TAIL_WORDS = frozenset(w for t in TAIL for w in t.split())
COMPANIES = phrases("Công ty|Tập đoàn|Tổng công ty|Ngân hàng", "|")


def _company_short(short: str, long: str) -> bool:
    """`short` is a company's kind and the last words of `long`, a longer name of the same kind:
    the short name the article calls it by ("Công ty DS")."""
    s_words, l_words = tokens(short), tokens(long)
    kind = phrase_at(s_words, 0, COMPANIES, fold=True)
    if not kind or phrase_at(l_words, 0, COMPANIES, fold=True) != kind:
        return False
    a = [t.text.casefold() for t in s_words]
    b = [t.text.casefold() for t in l_words]
    rest = a[kind:]
    country = _country_at_end(l_words)  # "Công ty Cổ phần Ánh Dương Việt Nam"
    country = country or _place_at_end(l_words)  # "Công ty Cổ phần Tuần Châu Hà Nội"
    b = b[: len(b) - country] if country and a[-country:] != b[-country:] else b
    return a[:kind] == b[:kind] and bool(rest) and len(b) > len(a) and b[-len(rest) :] == rest


def _place_at_end(words: Sequence[Token]) -> int:
    """Tokens of a province or city of two or three words that ends a name, or 0."""
    fits = (n for n in (3, 2) if n < len(words))
    return next((n for n in fits if place_at(words, len(words) - n) >= n), 0)


def _country_at_end(words: Sequence[Token]) -> int:
    """Tokens of a country that ends a name, or 0."""
    fits = (n for n in (3, 2, 1) if n <= len(words))
    return next((n for n in fits if phrase_at(words, len(words) - n, COUNTRIES) == n), 0)


def _described(short: list[str], long: list[str]) -> bool:
    """`long` is `short` with lower-case words put in that say what the body does ("đầu tư"),
    never one that places it or tells its level ("tỉnh", "quốc tế", "nhân dân")."""
    if len(long) <= len(short) or len(short) < 3 or short[0] != long[0]:
        return False
    k = 0
    for word in long:
        if k < len(short) and word == short[k]:
            k += 1
        elif not word.islower() or word in TAIL_WORDS:
            return False
    return k == len(short)


def _brand_core(name: str) -> list[str]:
    """A name in Latin script without its kind and designator: "hãng Sony", "Sony Music" ->
    ["Sony"]; empty for a Vietnamese name."""
    words = [w for w in name.split() if w not in DESIGNATORS]
    kind = phrase_at(tokens(" ".join(words)), 0, BRAND_KINDS) if words else 0
    words = words[kind:]
    latin = all(w.isascii() and w[:1].isupper() for w in words)
    return words if words and latin and len(words) < len(name.split()) else []


def _designators_differ(a: str, b: str) -> bool:
    """Both names close with a designator and not the same one: a group and its bank ("Alfa
    Group", "Alfa Bank") are two bodies though their brand is one word."""
    ends = {w for w in a.split() if w in DESIGNATORS}, {w for w in b.split() if w in DESIGNATORS}
    return all(ends) and ends[0] != ends[1]


# The words for a club's supporters, one for another in a supporters' body's name.
_SUPPORTERS = re.compile(r"(?<!\w)(?:[Ff]an|CĐV|[Cc]ổ động viên)(?!\w)")


def _unlinked(name: str) -> list[str]:
    """The words that name a body, without links ("về", "của"), its legal form ("Công ty TNHH
    TM - XNK Xi Lai Phúc" is "Công ty Xi Lai Phúc"), the standing organ that acts for it ("Ban
    Thường vụ Tỉnh ủy Đắk Lắk" is the Tỉnh ủy) and the marks of a place's spelling ("Đắk Lắk",
    "Đăk Lăk", "Đắc Lắc")."""
    name = _GLUED_LEVEL_WORD.sub(r"\1. ", name)  # "UBND Tp.Hà Nội": "Tp. Hà Nội"
    name = _SUPPORTERS.sub("CĐV", name)  # "Hội fan Than Quảng Ninh": "Hội CĐV Than Quảng Ninh"
    name = name.replace(",", " ")  # "phòng, chống" and "phòng chống"
    words = [w for w in _spelling_key(_places_folded(name)).split() if w not in UNNAMING]
    organ = next((n for n in (3, 2) if " ".join(words[:n]) in STANDING and words[n:]), 0)
    return [_unmarked(w) for w in words[organ:]]


ADMIN_WORDS = frozenset({"TP", "Tp", "tỉnh", "Tỉnh", "Thành phố", "thành phố", "."})
# Spellings of Hồ Chí Minh City that the places list cannot tell from "TP" alone.
HCM = frozenset({"TP.HCM", "TPHCM", "HCM", "TP.HỒ CHÍ MINH"})


def _places_folded(name: str) -> str:
    """The name with each place in one spelling and without "TP"/"tỉnh" before it: "UBND
    TP.HCM", "UBND TPHCM", "UBND Thành phố Hồ Chí Minh" and "UBND TP. Hồ Chí Minh" are one."""
    words = tokens(name)
    out: list[str] = []
    k = 0
    while k < len(words):
        n = place_at(words, k) or (1 if words[k].text.upper() in HCM else 0)
        if not n:
            out.append(words[k].text)
            k += 1
            continue
        while out and (out[-1] in ADMIN_WORDS or " ".join(out[-2:]) in ADMIN_WORDS):
            del out[-2 if " ".join(out[-2:]) in ADMIN_WORDS else -1 :]  # "TP.", "Thành phố"
        place = " ".join(t.text for t in words[k : k + n])
        out.append("Hồ Chí Minh" if place.upper() in HCM else canonical_place(place))
        k += n
    return " ".join(out).replace("TP. ", "")


# The standing organs of a body, which the press names for the body itself.
STANDING = frozenset({"ban thường vụ", "thường trực", "ban thường trực"})


def _unmarked(word: str) -> str:
    """A word without tone marks or vowel marks, and with its final "k" as "c"."""
    bare = "".join(
        c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c)
    ).replace("đ", "d")
    return bare[:-1] + "c" if bare.endswith("k") else bare


def _but_a_country(words: Sequence[str], other: Sequence[str]) -> bool:
    """ "Hãng thông tấn ITAR-TASS" and "Hãng thông tấn Nga ITAR-TASS": the same words but for
    the country the longer one names (never "Chính phủ Việt Nam" and "Chính phủ Nga")."""
    extra = list(other)
    for word in words:
        if word not in extra:
            return False
        extra.remove(word)
    return len(words) >= 3 and " ".join(extra) in COUNTRIES


def _acronym_of(words: Sequence[str], other: Sequence[str]) -> bool:
    """`words` are `other` with one run of words written as its initials."""
    for n, written in enumerate(words):
        word = written.replace("&", "")  # "TT&TT": Thông tin và Truyền thông
        if not (len(word) >= 2 and word.isupper() and word.isalpha()):
            continue
        head, tail = list(words[:n]), list(words[n + 1 :])
        folded = [w.casefold() for w in other]  # "HTX … nông nghiệp" / "Hợp tác xã … Nông nghiệp"
        same_tail = not tail or folded[-len(tail) :] == [w.casefold() for w in tail]
        if other[: len(head)] != head or not same_tail:
            continue
        run = other[len(head) : len(other) - len(tail)]
        if len(_initials(run)) >= len(word) and _initials_cover(word, run):
            return True
    return False


def _initials_cover(acronym: str, run: Sequence[str]) -> bool:
    """Each letter of the acronym opens a word of the run, in order, the run's first and last
    words among them ("UBMTTQ": Ủy Ban (Trung ương) Mặt Trận Tổ Quốc)."""
    initials = _initials(run)
    letters = [_bare(c) for c in acronym]
    if not initials or letters[0] != initials[0] or letters[-1] != initials[-1]:
        return False
    at = 0
    for letter in letters:
        while at < len(initials) and initials[at] != letter:
            at += 1
        if at == len(initials):
            return False
        at += 1
    return True


def _initials(run: Sequence[str]) -> list[str]:
    """The initials of a run of words, an acronym in it giving all its letters ("Viện KSND":
    V K S N D, as "VKSND")."""
    return [
        _bare(c) for w in run for c in (w if len(w) > 1 and w.isupper() and w.isalpha() else w[:1])
    ]


def _bare(letter: str) -> str:
    return unicodedata.normalize("NFD", letter.upper())[0].replace("Đ", "D")


def _latin(token: Token) -> bool:
    return (
        token.capital
        and token.text.replace("-", "").replace(".", "").isalnum()
        and (token.text.isascii())
    )


# Words that make a designated name an event's ("Billboard Music Awards", "ICC Cup").
EVENT_WORDS = frozenset(phrases("Awards Award Festival Cup Open Show Games Expo Summit"))


def brand_at(words: Sequence[Token], i: int) -> tuple[int, int]:
    """(start, length) of a body named in Latin script at token i with no Vietnamese kind word,
    else (i, 0): a run of Latin capitals closed by a designator ("Mitsubishi Motors", "GE
    Aviation"), or a brand after a lower-case kind and its description ("hãng xe Nissan")."""
    if i and _latin(words[i - 1]):
        return i, 0
    n = 0
    while i + n < len(words) and _latin(words[i + n]) and n < MAX_BRAND_WORDS:
        n += 1
    closed = max((k + 1 for k in range(1, n) if words[i + k].text in DESIGNATORS), default=0)
    if closed and i + closed < len(words) and words[i + closed].text in EVENT_WORDS:
        return i, 0  # "Billboard Music Awards 2016": an event's name, no body
    if closed:
        return i, closed
    if n and (branch := _branch_at(words, i + 1, fold=True)):
        return i, 1 + branch  # "Oceanbank Chi nhánh Quảng Ngãi": a bank's branch
    kind = phrase_at(words, i, BRAND_KINDS)
    if not kind or words[i].capital:
        return i, 0
    j = i + kind
    while (
        j < len(words) and j - i - kind < MAX_DESCRIPTION and words[j].word and not words[j].capital
    ):
        if trade := phrase_at(words, j, TRADES):
            j += trade  # "hàng không": "không" is no negation here
            continue
        if phrase_at(words, j, BREAK):
            return i, 0
        j += 1
    n = 0
    while j + n < len(words) and _latin(words[j + n]) and n < MAX_BRAND_WORDS:
        n += 1
    cut = j + n < len(words) and words[j + n].text in ("-", "–")  # "hãng … ITAR- TASS"
    cut = cut or bool(phrase_at(words, j, COUNTRIES))  # "hãng thông tấn Trung Quốc"
    return (j, n) if j > i + kind and n and not cut and not person_name_at(words, j) else (i, 0)


def _acronym_after_role(words: Sequence[Token], at: int) -> int:
    """ "Phó chủ tịch VAMC", "Giám đốc ENV": an acronym in Latin capitals right after a position
    is the body the holder serves."""
    token = words[at] if at < len(words) and not phrase_at(words, at, ORG_HEADS) else None
    ok = token and token.text.isascii() and token.text.isalpha() and token.text.isupper()
    dash = at + 1 < len(words) and words[at + 1].text in ("-", "–")  # "ITAR - TASS"
    return 1 if ok and token and 3 <= len(token.text) <= 6 and not dash else 0


# What follows a brand that a position names when the holder's name comes next: "Chủ tịch Suzuki
# - ông Osamu Suzuki", "Tổng giám đốc Vietjet Nguyễn Thị Phương Thảo".
COURTESY_AFTER = frozenset(phrases("ông bà ngài Ông Bà Ngài"))


def _brand_after_role(words: Sequence[Token], role: int, at: int) -> int:
    """ "Bà Nguyễn Thị Phương Thảo, Tổng giám đốc Vietjet và …", "Chủ tịch Suzuki - ông Osamu
    Suzuki": a word in Latin script right after a position is the body the holder serves when
    the holder is named apart from it, before the position with a comma or after the word;
    otherwise it is a foreign holder's name ("Ngoại trưởng Kerry cho biết")."""
    if at >= len(words) or not (_latin(words[at]) and foreign_word(words[at].text)):
        return 0
    if words[at].text.isupper():
        return 0  # an acronym: `_acronym_after_role`'s ("Chủ tịch QH" names no brand)
    if phrase_at(words, at, ORG_HEADS) or place_at(words, at) or phrase_at(words, at, COUNTRIES):
        return 0  # "Chủ tịch UBND xã Hợp Tiến": a kind of body, read as one
    n = 1 + (at + 1 < len(words) and words[at + 1].text in DESIGNATORS)
    k = at + n
    if k < len(words) and words[k].capital and words[k].word and not person_name_at(words, k):
        return 0  # "CEO Tim Cook": a foreign name of two words
    named_before = role >= 2 and words[role - 1].text == "," and _person_ends(words, role - 1)
    dash = k + 1 < len(words) and words[k].text in ("-", "–", ",")
    named_after = bool(person_name_at(words, k)) or (dash and words[k + 1].text in COURTESY_AFTER)
    return n if named_before or named_after else 0


def _person_ends(words: Sequence[Token], j: int) -> bool:
    """A person's name ends right before token j ("Bà Nguyễn Thị Phương Thảo", "Ray Conner"),
    not a place's ("tại Hà Nội")."""
    start = j
    while start > 0 and words[start - 1].capital and words[start - 1].word and j - start < 4:
        start -= 1
    if start == j or place_at(words, start):
        return False
    foreign = all(_latin(t) and foreign_word(t.text) for t in words[start:j])
    return foreign or any(person_name_at(words, k) == j - k for k in range(start, j))


def bodies(sentence: str, *, titles: bool = True) -> Iterable[str]:
    """The organisation names in a sentence, in order; positions are stepped over ("Phó Chánh
    văn phòng …" is a position, not a body). `titles=False` leaves out a body a title names
    ("Ủy viên Bộ Chính trị", "Thủ tướng Chính phủ")."""
    words = tokens(sentence)
    seg = read_words(sentence, words) if any(_heads(words)) else Words()
    i, titled = 0, -1  # titled: where a body a title names would start
    while i < len(words):
        listed, end = shared_kind_list(words, i, seg)
        if listed:
            yield from listed
            i = end
            continue
        skip = is_role_head(words, i)
        skip = 0 if phrase_at(words, i, ORG_HEADS) > skip else skip  # "Đại sứ quán", no "Đại sứ"
        at = _body_in_role(words, i, skip)
        n = 0 if skip and at == i else organisation_at(words, at, seg, in_role=at > i)
        if not n and not skip:
            at, n = brand_at(words, i)
        if not n and not skip:
            n = _international_at(words, i) or _faculty_at(words, i, seg)
        if skip and at == i and _acronym_after_role(words, i + skip):
            at, n = i + skip, 1 + _branch_at(words, i + skip + 1)  # "NHNN chi nhánh Long An"
        elif skip and at == i and (brand := _brand_after_role(words, i, i + skip)):
            at, n = i + skip, brand
        at, n = _force_for_office(words, *_unit_opening(words, at, n, i))  # rules D1, P1
        in_passing = _in_passing(words, at, n, at == i, seg)
        if n and _kind_in_subject(words, at, seg):
            n = 0  # "Trưởng khoa Tài chính Ngân hàng Trường ĐH …": the subject, no bank
        if n and _in_project_name(words, at):
            n = 0  # "Dự án Khu Trung tâm Thương mại, … và Tổ chức sự kiện Hoa Sen": a facility
        party = titles or (at != titled and not in_passing) or _premier_named(words, at, n)
        venue = _after(words, at, PREMISES + LOCATED) or _patient_taken_to(words, at)  # a place
        if n and party and not venue and not _credited(words, at) and not _quoting(words, at, n):
            name = _GLUED_CREDIT.sub("", span(sentence, words, at, at + n).strip())
            yield name[:1].upper() + name[1:]  # "Trưởng ban Tổ chức …": "Ban Tổ chức …"
        if skip and " ".join(t.text for t in words[i : i + skip]).casefold() in TITLE_BODIES:
            titled = i + skip
        i = max(at + n, i + max(skip, 1))


PROJECTS = phrases("dự án|công trình", "|")  # words a project's or works' name follows
MAX_PROJECT_NAME = 16


def _in_project_name(words: Sequence[Token], at: int) -> bool:
    """The body at `at` stands inside the capitalised name of a project ("Dự án Khu Trung tâm
    Thương mại, Dịch vụ … và Tổ chức sự kiện Hoa Sen Yên Bái"): capitalised words, commas and
    "và" before a capitalised word lead back to "dự án"/"công trình"."""
    k = at
    while k > 0 and at - k < MAX_PROJECT_NAME:
        if k >= 2 and phrase_at(words, k - 2, PROJECTS, fold=True) == 2:
            return words[k].capital and words[k].word  # the project's name opens right after
        before = words[k - 1]
        joins = before.text in (",", "và") and words[k].capital
        if not (joins or (before.word and (before.capital or _completes(words, k - 1)))):
            return False
        k -= 1
    return False


SUBJECTS = phrases("khoa|ngành|chuyên ngành|bộ môn", "|")  # words before a subject of study
LEVELLED = frozenset({"Trường", "Bệnh viện", "BV", "Học viện"})  # kinds a level may follow


def _kind_in_subject(words: Sequence[Token], at: int, seg: Words) -> bool:
    """The kind at `at` is a word of a subject of study ("Trưởng khoa Tài chính Ngân hàng Trường
    ĐH Hùng Vương"): capitalised words lead back from it to "khoa"/"ngành", and another kind
    follows it right away, the body the subject is taught at."""
    head = phrase_at(words, at, ORG_HEADS)
    if not head or not phrase_at(words, at + head, ORG_HEADS) or words[at].text in LEVELLED:
        return False  # "Trường ĐH Hùng Vương": a school named by its level, no subject
    k = at
    while k > 0 and words[k - 1].word and (words[k - 1].capital or k - 1 in seg.inside):
        if any(k >= n and phrase_at(words, k - n, SUBJECTS, fold=True) == n for n in (1, 2)):
            break
        k -= 1
    subject = any(k >= n and phrase_at(words, k - n, SUBJECTS, fold=True) == n for n in (1, 2))
    return subject and k < at


# Levels of the localities a kind of body is listed over ("Công an các tỉnh Hưng Yên, Hải Dương").
LIST_LEVELS = levels.names(towns=False)
# Kinds a list of fields shares ("các Sở: Xây dựng, Tư pháp"), and the fields whose names hold
# "và" themselves, which a list does not split.
FIELD_KINDS = phrases("Sở|Bộ|sở|bộ", "|")
JOINED_FIELDS = phrases(
    "Kế hoạch và Đầu tư|Tài nguyên và Môi trường|Giáo dục và Đào tạo|Khoa học và Công nghệ|"
    "Thông tin và Truyền thông|Nông nghiệp và Phát triển nông thôn|"
    "Văn hóa , Thể thao và Du lịch|Văn hoá , Thể thao và Du lịch|"
    "Lao động - Thương binh và Xã hội",
    "|",
)


def shared_kind_list(words: Sequence[Token], i: int, seg: Words) -> tuple[list[str], int]:
    """The bodies of a kind named once for a list (([], i) when none starts at token i): "Công an
    các tỉnh Hưng Yên, Hải Dương và Thái Bình" names "Công an tỉnh Hưng Yên" and two more; "các
    Sở: Xây dựng, Tư pháp" names "Sở Xây dựng" and "Sở Tư pháp". A list whose items are no places
    or fields ("UBND các tỉnh, thành phố trên toàn quốc") names none."""
    head = phrase_at(words, i, ORG_HEADS)
    if head and words[i].capital and i + head < len(words) and words[i + head].text == "các":
        level = phrase_at(words, i + head + 1, LIST_LEVELS)
        places = _listed(words, i + head + 1 + level, lambda k: place_at(words, k)) if level else []
        if len(places) >= 2:
            kind = _span_without(words, i, i + head + 1 + level, skip=i + head)
            return [f"{kind} {p}" for p, _ in places], places[-1][1]
    if words[i].text.casefold() == "các" and (field_kind := phrase_at(words, i + 1, FIELD_KINDS)):
        start = i + 1 + field_kind
        start += start < len(words) and words[start].text == ":"
        fields = _listed(words, start, lambda k: _field_at(words, k, seg))
        if len(fields) >= 2:
            name = words[i + 1].text[:1].upper() + words[i + 1].text[1:]
            return [f"{name} {f}" for f, _ in fields], fields[-1][1]
    return [], i


def _span_without(words: Sequence[Token], start: int, end: int, skip: int) -> str:
    """The words from start to end but the one at `skip` ("Công an các tỉnh" -> "Công an tỉnh")."""
    return " ".join(t.text for k, t in enumerate(words[start:end], start) if k != skip)


def _listed(words: Sequence[Token], k: int, item_at: Callable[[int], int]) -> list[tuple[str, int]]:
    """Items of a list from token k, joined by commas and a last "và", each read by `item_at`
    (its length in tokens, 0 when none), with where each ends; it stops at the first token that
    is no item."""
    items: list[tuple[str, int]] = []
    while k < len(words) and (n := item_at(k)):
        items.append((" ".join(t.text for t in words[k : k + n]), k + n))
        k += n
        if k >= len(words) or words[k].text not in (",", "và"):
            break
        k += 1
    return items


def _field_at(words: Sequence[Token], k: int, seg: Words) -> int:
    """Tokens of a field of government at k: a known field holding "và" ("Kế hoạch và Đầu tư"),
    else capitalised syllables and the lower-case ones that complete their words ("Giao thông vận
    tải"), up to a comma, "và", a break or another body's kind ("Viện Quy hoạch")."""
    if known := phrase_at(words, k, JOINED_FIELDS, fold=True):
        return known
    if not words[k].capital or not words[k].word or _names_other(words, k):
        return 0
    n = 1
    while (
        k + n < len(words) and (words[k + n].capital or k + n in seg.inside) and words[k + n].word
    ):
        n += 1  # "Giao thông", "Tư pháp"
    lower = 0  # "vận tải": lower-case words of the field, when the item ends after them
    while k + n + lower < len(words) and lower < MAX_FIELD_LOWER:
        token = words[k + n + lower]
        if (
            not token.word
            or token.capital
            or token.text == "và"
            or phrase_at(words, k + n + lower, BREAK)
        ):
            break
        lower += 1
    ends = (
        k + n + lower >= len(words)
        or not words[k + n + lower].word
        or words[k + n + lower].text == "và"
    )
    return n + lower if lower and ends else n


MAX_FIELD_LOWER = 2


# A photo credit glued by its dot to the caption's last word ("Chi cục Thuế Hai Bà Trưng.Ảnh:
# Ánh Tâm"): the name ends at the dot.
_GLUED_CREDIT = re.compile(r"\.(?:Ảnh|Nguồn|Video)\b.*$")


def _international_at(words: Sequence[Token], i: int) -> int:
    """ "Interpol", "NATO", "IS": an international body named alone, never the end of a longer
    name ("Hội đồng bảo an LHQ"), nor a place or a membership ("tại LHQ", "các nước ASEAN")."""
    n = phrase_at(words, i, INTERNATIONAL)
    if not n or words[i].text != INTERNATIONAL_SPELLING.get(words[i].text.casefold()):
        return 0
    if i and ((words[i - 1].capital and words[i - 1].word) or words[i - 1].text in "-–"):
        return 0
    return 0 if any(phrase_at(words, i - k, WHERE_BEFORE) == k for k in (1, 2) if i >= k) else n


INTERNATIONAL_SPELLING = {name.casefold(): name for name in INTERNATIONAL}  # "IS", not "is"
UNIVERSITIES = phrases("Đại học|ĐH|Trường|Học viện", "|")
MAX_FACULTY_FIELD = 3


def _faculty_at(words: Sequence[Token], i: int, seg: Words) -> int:
    """Tokens of a faculty named with its university after a dash at i ("Khoa Y dược – Đại học
    Đà Nẵng"), or 0 (rule K1)."""
    if words[i].text != "Khoa" or i + 1 >= len(words) or not words[i + 1].capital:
        return 0
    for dash in range(i + 2, min(len(words), i + 2 + MAX_FACULTY_FIELD)):
        if words[dash].text in ("–", "-") and phrase_at(words, dash + 1, UNIVERSITIES):
            school = organisation_at(words, dash + 1, seg)
            return dash + 1 + school - i if school else 0
        if not words[dash].word:
            return 0
    return 0


# Words before "Chính phủ"/"Quốc hội" that make it the one who decides: the agent of a passive
# ("được Chính phủ phê duyệt") or the body a proposal goes to ("trình Quốc hội").
DECIDING = frozenset({"được", "bị", "trình"})


# The United Nations named alone, which the press names in passing as national bodies are.
UNITED_NATIONS = frozenset({"liên hợp quốc", "liên hiệp quốc", "lhq"})


def _bare_national_in_passing(words: Sequence[Token], at: int, n: int) -> bool:
    """ "Quốc hội", "Chính phủ" alone after a word are named in passing, not as a party:
    "Nghị định 134 của Chính phủ", "đề nghị Quốc hội", "Cổng thông tin điện tử Chính phủ". As a
    party the body opens its clause ("…, Chính phủ giao nhiệm vụ cho Bộ GD&ĐT") or ends a
    position ("đại biểu Quốc hội TP Hà Nội")."""
    name = " ".join(t.text for t in words[at : at + n])
    deciding = at > 0 and words[at - 1].text.casefold() in DECIDING
    in_passing = _national(name) and name.casefold() not in {k.casefold() for k in LEADING}
    in_passing = in_passing or name.casefold() in UNITED_NATIONS
    return in_passing and at > 0 and words[at - 1].word and not deciding


_ELECTION = re.compile(r"(?:bầu cử|ứng cử|bầu)(?: \d+)?(?: đại biểu)?$")
MAX_ELECTION_WORDS = 4


def _in_election(words: Sequence[Token], at: int, n: int) -> bool:
    """ "cuộc bầu cử đại biểu Quốc hội khóa XIV", "bầu 7 đại biểu Quốc hội": the Assembly named
    in an election, which it does not hold; a deputy's "đại biểu Quốc hội" stays."""
    name = " ".join(t.text for t in words[at : at + n])
    before = " ".join(t.text for t in words[max(0, at - MAX_ELECTION_WORDS) : at]).casefold()
    return name.casefold() == "quốc hội" and bool(_ELECTION.search(before))


def _premier_named(words: Sequence[Token], at: int, n: int) -> bool:
    """ "Thủ tướng Chính phủ Nguyễn Xuân Phúc đã đến dự": the government acts through its head,
    so it is listed though a title names it."""
    name = " ".join(t.text for t in words[at : at + n]).casefold()
    title = " ".join(t.text for t in words[max(0, at - 2) : at]).casefold()
    return name == "chính phủ" and title == "thủ tướng" and bool(person_name_at(words, at + n))


# Parts of a body's premises: the body named after them is where something happens.
PREMISES = phrases("hội trường|cổng|khuôn viên", "|")
# Where a thing is put or stands ("về đặt tại BV Đa khoa Đà Nẵng"): the body after is a place (L1).
LOCATED = phrases("đặt tại|đặt ở|đóng tại|đóng ở|nằm tại|nằm ở", "|")
# Hospitals and clinics, and what brings a patient to one: moving ("đưa đi", "chuyển … lên") or
# treating ("cấp cứu tại", "nhập viện ở").
HOSPITALS = phrases("Bệnh viện|BV|BVĐK|Trung tâm Y tế|TTYT|Phòng khám|Trạm Y tế|Bệnh xá", "|")
MOVING = phrases("đưa|chuyển|chở", "|")
TOWARDS = frozenset({"vào", "đến", "tới", "sang", "lên", "về"})
TREATED = phrases(
    "cấp cứu|điều trị|nhập viện|nằm viện|chữa trị|phẫu thuật|mổ|sơ cứu|theo dõi|khám", "|"
)
MAX_PATIENT_GAP = (
    5  # words between the verb and the hospital ("đưa ông Lộc tới", "đưa đi cấp cứu tại")
)


def _patient_taken_to(words: Sequence[Token], at: int) -> bool:
    """A hospital named where a patient is taken or treated ("được đưa đến bệnh viện Đa khoa tỉnh
    Đắk Lắk cấp cứu", "nhập viện tại bệnh viện quận Liên Chiểu"), or moved from: a place in the
    report, not a party to it. By that mention only: the hospital that reports or speaks
    elsewhere is kept."""
    if at < 2 or not phrase_at(words, at, HOSPITALS, fold=True):
        return False
    if _moved_from(words, at) or _listed_after_treatment(words, at):
        return True
    link = words[at - 1].text.casefold()
    verbs = MOVING if link in TOWARDS else TREATED if link in ("tại", "ở") else ()
    for k in range(at - 2, max(-1, at - 2 - MAX_PATIENT_GAP), -1):
        if not words[k].word:
            return False  # a comma or a bracket: the clause before is another's
        if phrase_at(words, k, verbs, fold=True):
            return True
    return False


# Units a body names in lower case before its parent in brackets ("khoa y dược (ĐH Đà Nẵng)").
UNIT_WORDS = phrases("khoa|phòng|cục|đội|vụ|ban|viện|trung tâm|tổ", "|")
MAX_UNIT_WORDS = 10


def _parent_in_brackets(words: Sequence[Token], at: int, n: int) -> bool:
    """ "cục Cảnh sát Điều tra tội phạm về ma tuý (bộ Công an)", "khoa y dược (ĐH Đà Nẵng)": a
    body of another kind in brackets right after a unit's name places the unit; by that mention it
    is no party. An acronym ("Quỹ Tiền tệ Quốc tế (IMF)") or the same kind spelled out ("Đội 6
    (Đội Phòng chống mại dâm)") still names the body."""
    if n == 0 or at < 2 or words[at - 1].text != "(":
        return False
    if at + n >= len(words) or words[at + n].text != ")":
        return False
    kind = phrase_at(words, at, ORG_HEADS, fold=True)
    if not kind:
        return False
    own = " ".join(t.text for t in words[at : at + kind]).casefold()
    for k in range(at - 2, max(-1, at - 2 - MAX_UNIT_WORDS), -1):
        if not words[k].word:
            return False  # punctuation: no unit's name runs to the bracket
        unit = phrase_at(words, k, ORG_HEADS, fold=True)
        unit = unit or phrase_at(words, k, UNIT_WORDS, fold=True)
        if unit:
            return " ".join(t.text for t in words[k : k + unit]).casefold() != own
    return False


def _in_passing(words: Sequence[Token], at: int, n: int, unplaced: bool, seg: Words) -> bool:
    """The body of n tokens at `at` is named in passing: a national body alone (`unplaced`: not
    in a position), the Assembly in an election, a parent in brackets, a body named aside, any
    body of a kind ("Sở Y tế nào")."""
    in_passing = unplaced and _bare_national_in_passing(words, at, n)
    in_passing = in_passing or _in_election(words, at, n) or _parent_in_brackets(words, at, n)
    return in_passing or _named_aside(words, at, seg) or _any_of_kind(words, at + n)


def _named_aside(words: Sequence[Token], at: int, seg: Words) -> bool:
    """The body at `at` is named aside from the report: a person's school or former employer, an
    example, one of another body's parts, a local party organisation away from its congress, an
    honour conferred."""
    aside = _studied_at(words, at) or _worked_at_before(words, at) or _example(words, at)
    aside = aside or _part_listed(words, at, seg) or _party_branch_aside(words, at)
    aside = aside or _honour(words, at) or _founded(words, at) or _issuer(words, at)
    return aside or _led_before(words, at)


# Securities a party buys or sells: the company whose they are is the deal's object (rule Q1).
SECURITIES = phrases("cổ phần|cổ phiếu|trái phiếu|chứng khoán", "|")
MAX_SECURITIES_GAP = 6  # words between the securities and "của" ("cổ phần tăng vốn điều lệ của")


def _issuer(words: Sequence[Token], at: int) -> bool:
    """The body at `at` issued the securities traded ("mua 623 ngàn cổ phiếu của công ty Chương
    Dương"), no party by that mention (O6)."""
    if at < 2 or words[at - 1].text.casefold() != "của":
        return False
    for k in range(at - 2, max(-1, at - 3 - MAX_SECURITIES_GAP), -1):
        if not words[k].word:
            return False
        if phrase_at(words, k, SECURITIES, fold=True):
            return True
    return False


# Past leadership ("đã từng lãnh đạo Đảng Xanh"): a former position's body (rule B3).
LED_BEFORE = phrases("từng lãnh đạo|từng đứng đầu|từng điều hành|từng dẫn dắt|từng chỉ huy", "|")


def _led_before(words: Sequence[Token], at: int) -> bool:
    """The body at `at` is one a person led before, in their background (O1)."""
    return at >= 3 and phrase_at(words, at - 3, LED_BEFORE, fold=True) == 3


# A founder's noun ("nhà sáng lập hãng máy tính Lenovo"): the body it names is a person's
# background; the verb ("tham gia sáng lập") is not a founder's noun.
FOUNDERS = phrases("nhà sáng lập|người sáng lập|đồng sáng lập", "|")
MAX_FOUNDED_SORT = 3  # lower-case words of the body's sort between ("hãng máy tính")


def _founded(words: Sequence[Token], at: int) -> bool:
    """The body at `at` is what a person founded (O6, a person's background): "Liu Chuanzhi –
    nhà sáng lập hãng máy tính Lenovo"."""
    for k in range(at - 1, max(-1, at - 4 - MAX_FOUNDED_SORT), -1):
        if not words[k].word or (k < at - 1 and words[k + 1].capital):
            return False
        if phrase_at(words, k, FOUNDERS, fold=True) == 3 and at - k - 3 <= MAX_FOUNDED_SORT:
            return True
    return False


def _any_of_kind(words: Sequence[Token], end: int) -> bool:
    """ "GĐ Sở Y tế nào": "nào" after a body's name makes it any body of that kind, none named."""
    return end < len(words) and words[end].text.casefold() == "nào"


# A police force's staff office, through which the force speaks to the press ("Trưởng phòng Tham
# mưu, Công an TP Đà Nẵng"; "Phó phòng tham mưu (kiêm người phát ngôn) Công an tỉnh Thanh Hoá").
STAFF_OFFICE = phrases("phòng tham mưu", "|")
FORCE = phrases("Công an", "|")


def _force_for_office(words: Sequence[Token], at: int, n: int) -> tuple[int, int]:
    """The staff office named with its force is the force's voice: the force is the body ("Phòng
    Tham mưu Công an tỉnh Nghệ An" gives "Công an tỉnh Nghệ An"; "Phòng Tham mưu, Công an TP Đà
    Nẵng" leaves the force to be read after the comma)."""
    k = phrase_at(words, at, STAFF_OFFICE, fold=True) if n else 0
    if not k:
        return at, n
    glued = n > k and phrase_at(words, at + k, FORCE)
    comma = n == k and at + k < len(words) and words[at + k].text == ","
    if glued:
        return at + k, n - k
    return (at, 0) if comma and phrase_at(words, at + k + 1, FORCE) else (at, n)


# Unit words a police branch's name may open with in lower case ("phòng Cảnh sát điều tra …").
POLICE_UNITS = frozenset({"phòng", "đội", "đồn", "trạm", "tổ"})
POLICE = phrases("Cảnh sát", "|")


def _unit_opening(words: Sequence[Token], at: int, n: int, i: int) -> tuple[int, int]:
    """ "…, phòng Cảnh sát điều tra tội phạm về trật tự xã hội": the lower-case unit word opens
    the unit's name, as after a position ("Phó trưởng phòng Cảnh sát điều tra …"), so one unit
    gives one body; a branch in general ("đội Cảnh sát giao thông") stays no body."""
    if not n or at != i or at == 0 or words[at - 1].text not in POLICE_UNITS:
        return at, n
    if not phrase_at(words, at, POLICE) or _kind_only(" ".join(t.text for t in words[at : at + n])):
        return at, n
    return at - 1, n + 1


FROM = phrases("từ tuyến|từ", "|")
# What may follow a hospital listed among places of treatment: the list goes on or ends.
LIST_GOES_ON = frozenset({",", ".", ";", "và", "rồi", "trước", "sau"})
MAX_PLACES_LISTED = 20  # words from the treatment's "tại" to the listed hospital


def _moved_from(words: Sequence[Token], at: int) -> bool:
    """The hospital at `at` is where a patient is moved from: "từ (tuyến)" before it and a moving
    verb before that or right after its name ("… từ tuyến trung tâm Y tế quận Liên Chiểu chuyển
    lên", "được chuyển từ Bệnh viện X lên …")."""
    k = next((k for k in (at - 2, at - 1) if k >= 0 and phrase_at(words, k, FROM) == at - k), -1)
    if k < 0:
        return False
    before = k >= 1 and bool(phrase_at(words, k - 1, MOVING, fold=True))
    n = organisation_at(words, at)
    return before or bool(n and phrase_at(words, at + n, MOVING, fold=True))


def _listed_after_treatment(words: Sequence[Token], at: int) -> bool:
    """The hospital at `at` is a later item of the places listed after a treatment and "tại"
    ("cấp cứu tích cực tại Trại giam Hoà Sơn, …, bệnh viện quận Liên Chiểu, trước khi …"), its
    name followed by the list's next word or end, not by a verb of its own."""
    n = organisation_at(words, at)
    if not n or at < 1 or words[at - 1].text != ",":
        return False
    if at + n < len(words) and words[at + n].text.casefold() not in LIST_GOES_ON:
        return False
    for k in range(at - 2, max(0, at - MAX_PLACES_LISTED), -1):
        if not (words[k].word or words[k].text in (",", ".")):
            return False  # "." only inside "TP. Đà Nẵng"
        if words[k].text.casefold() in ("tại", "ở"):
            return any(phrase_at(words, j, TREATED, fold=True) for j in range(max(0, k - 4), k))
    return False


# A person's past employment ("kinh nghiệm làm việc 12 năm tại", "từng công tác ở").
PAST_WORK = phrases(
    "kinh nghiệm làm việc|kinh nghiệm công tác|từng làm việc|từng công tác|từng làm", "|"
)
WORKED_FOR = frozenset({"tại", "ở", "cho"})
MAX_WORK_GAP = 4  # words between the employment and "tại" ("12 năm")


def _worked_at_before(words: Sequence[Token], at: int) -> bool:
    """The body at `at` is a former employer in a person's background (O6): "Liu có kinh nghiệm
    làm việc 12 năm tại ngân hàng Goldman Sachs"; present employment ("đang công tác tại …")
    is no background."""
    if at < 2 or words[at - 1].text.casefold() not in WORKED_FOR:
        return False
    for k in range(at - 2, max(-1, at - 2 - MAX_WORK_GAP - 3), -1):
        if not words[k].word:
            return False
        n = phrase_at(words, k, PAST_WORK, fold=True)
        if n and at - 1 - (k + n) <= MAX_WORK_GAP:
            return True
    return False


PARTY_BRANCH = phrases("Đảng bộ", "|")
CONGRESS = phrases("Đại hội", "|")


def _party_branch_aside(words: Sequence[Token], at: int) -> bool:
    """ "Đảng bộ tỉnh Đắk Lắk" named anywhere but right after "Đại hội" (its congress): praised,
    its results, its members; a party only at its own congress (convention O8)."""
    n = phrase_at(words, at, PARTY_BRANCH)
    if not n or not phrase_at(words, at + n, LOCALITY):
        return False
    return not (at >= 2 and phrase_at(words, at - 2, CONGRESS, fold=True) == 2)


# What names an honour or standing conferred ("khẳng định vị thế là Công ty Tăng trưởng Toàn cầu").
HONOURS = phrases("vị thế là|danh hiệu|được công nhận là|được vinh danh là|được bình chọn là", "|")


def _honour(words: Sequence[Token], at: int) -> bool:
    """The body's name at `at` is an honour or standing conferred on another ("vị thế là Công ty
    Tăng trưởng Toàn cầu thuộc Diễn đàn Kinh tế Thế giới"), no body."""
    return any(phrase_at(words, at - k, HONOURS, fold=True) == k for k in (1, 2, 3) if at >= k)


# Words that open an example ("ví dụ như", "điển hình là"): what the clause names after them
# stands for a kind of case.
EXAMPLES = phrases("ví dụ|thí dụ|chẳng hạn|điển hình", "|")


def _example(words: Sequence[Token], at: int) -> bool:
    """The body at `at` is named as an example: an example's word opens its clause ("Ví dụ như
    việc một số cán bộ của bệnh viện Hoài Đức …", "điển hình là việc lãnh đạo … Công ty Liên Kết
    Việt bị khởi tố"), or a clause opens with "Như" right before it ("Như bệnh viện Bạch Mai,
    …"; not "Như vậy")."""
    k = at - 1
    while k >= 0 and words[k].word:
        if phrase_at(words, k, EXAMPLES, fold=True):
            return True
        k -= 1
    opens = at >= 1 and words[at - 1].text.casefold() == "như" and k == at - 2
    return opens and words[at - 1].capital


# "X gồm/bao gồm …": what X is made of.
MADE_OF = phrases("gồm|bao gồm", "|")
LIST_LINKS = frozenset({",", "và", ":", "(", "-", "–"})
MAX_LIST_WORDS = 30


def _part_listed(words: Sequence[Token], at: int, seg: Words) -> bool:
    """The body at `at` is one of another body's parts, listed after it and "gồm"/"bao gồm"
    ("Tập đoàn Alfa – bao gồm Ngân hàng … Alfa, tập đoàn bán lẻ X5", "Hội đồng chấm giải (gồm
    Ban Sơ khảo và Ban Chung khảo)"): named for what the body is made of, no party. A list after
    anything but a body ("các ngành liên quan gồm sở TN & MT, …") is left alone."""
    k = at - 1
    while k >= 0 and at - k <= MAX_LIST_WORDS and (words[k].word or words[k].text in LIST_LINKS):
        made = phrase_at(words, k, MADE_OF)
        if made and k + made <= at and not (made == 1 and k and words[k - 1].text == "bao"):
            j = k
            while j > 0 and words[j - 1].text in LIST_LINKS - {"và", ":"}:
                j -= 1  # "Tập đoàn Alfa – bao gồm", "Hội đồng chấm giải (gồm"
            return _body_ends(words, j, seg)
        k -= 1
    return False


def _inside(words: Sequence[Token], k: int) -> bool:
    """Token k is not the sentence's first word, whose capital tells nothing ("Lực lượng gồm …")."""
    return any(t.word for t in words[:k])


MAX_LOWER_NAME = 4  # lower-case words after a capitalised kind: "Hội đồng chấm giải"


def _body_ends(words: Sequence[Token], j: int, seg: Words) -> bool:
    """A body's name ends right before token j: one this module reads, or a capitalised kind and
    a few lower-case words ("Hội đồng chấm giải")."""
    for s in range(max(0, j - MAX_ORG_WORDS), j):
        if organisation_at(words, s, seg) == j - s:
            return True
        kind = phrase_at(words, s, ORG_HEADS) if words[s].capital and _inside(words, s) else 0
        lower = words[s + kind : j]
        if kind and len(lower) <= MAX_LOWER_NAME and all(t.word and not t.capital for t in lower):
            return True
    return False


DEGREES = phrases("cử nhân|thạc sĩ|thạc sỹ|tiến sĩ|tiến sỹ|tốt nghiệp", "|")
STUDENTS = phrases("sinh viên|học sinh|nữ sinh|nam sinh|học viên", "|")
SCHOOLS = phrases("Trường|Đại học|ĐH|Học viện", "|")
YEAR_OR_CLASS = frozenset({"năm", "lớp"})
STUDIED_AT = frozenset({"của", "tại", "ở"})


def _studied_at(words: Sequence[Token], at: int) -> bool:
    """ "cử nhân Đại học Bắc Kinh", "sinh viên năm 2 của trường Sân khấu Điện ảnh": a school
    named right after a person's degree, or a student's year or class, is that person's
    background (O6), no party by that mention; "500 sinh viên trường Đại học Thăng Long" (who
    take part for their school) is."""
    if not phrase_at(words, at, SCHOOLS, fold=True):
        return False
    k = at - 1 if at >= 1 and words[at - 1].text.casefold() in STUDIED_AT else at
    if k >= 2 and words[k - 2].text.casefold() == "lớp" and _class_number(words[k - 1].text):
        return True  # "(lớp 7 trường THCS Nguyễn Du, …)": a pupil's class
    if k >= 2 and words[k - 2].text.casefold() in YEAR_OR_CLASS and words[k - 1].text.isdigit():
        return _ends_with(words, k - 2, STUDENTS)  # "năm 2", "lớp 7"
    return _ends_with(words, k, DEGREES)


def _class_number(text: str) -> bool:
    """A school class's number, with the letters of its stream ("7", "12A1")."""
    return bool(re.fullmatch(r"\d{1,2}(?:[A-ZĐ]\d{0,2})?", text))


def _ends_with(words: Sequence[Token], k: int, found: tuple[str, ...]) -> bool:
    """One of the phrases ends right before token k."""
    return any(k >= n and phrase_at(words, k - n, found, fold=True) == n for n in (1, 2))


def _credited(words: Sequence[Token], at: int) -> bool:
    """ "Ảnh: TTXVN", "Theo TTXVN": a credit, not a party to the event ("Theo Tổ chức Y tế thế
    giới" cites a party)."""
    if signed_by_reporter(words, at) or _signed_by_pen_name(words, at):
        return True
    before = [t.text for t in words[max(0, at - 2) : at] if t.text != ":"]
    if not before or before[-1] not in CREDIT:
        return False
    return before[-1].casefold() != "theo" or words[at].text in KNOWN


def _signed_by_pen_name(words: Sequence[Token], at: int) -> bool:
    """ "Phương Hoa/TTXVN", "Thu Hà (TTXVN)": an outlet signed for after capitalised words that
    name no body (a pen name has no family name for `signed_by_reporter` to read)."""
    k = at - 2
    while k >= 0 and words[k].capital and words[k].word and at - 2 - k < 4:
        k -= 1
    named = range(k + 1, at - 1)
    return (
        outlet_sign(words, at - 1)
        and len(named) >= 2
        and not any(phrase_at(words, n, ORG_HEADS) for n in named)
    )


def _quoting(words: Sequence[Token], at: int, n: int) -> bool:
    """ "Hãng tin Yonhap dẫn lời …", "Trả lời PV báo Người Đưa Tin", "phóng viên TTXVN", "báo
    Người Đưa Tin đã phản ánh", "Theo báo VietNamNet": the outlet that reports or asks, credited
    like a photo's source, not a party to the event."""
    if _after(words, at, ASKING) or phrase_at(words, at + n, QUOTING):
        return True
    paper = at > 0 and words[at - 1].text.casefold() == "tờ"  # "tờ báo Le Monde"
    if paper or _after(words, at, OUTLET_BEFORE) or _slashed(words, at, n):
        return True  # "hãng tin AP", "tờ báo Le Monde", "AFP/TTXVN": a source, named as one
    if not phrase_at(words, at, OUTLETS, fold=True):
        return False
    if _after(words, at, ANSWERING):
        return True  # "Trả lời báo VietNamNet"
    verb = at + n
    for _ in range(2):  # "sẽ tiếp tục thông tin"
        verb += phrase_at(words, verb, TENSE)
    return bool(_after(words, at, CITING) or phrase_at(words, verb, REPORTS))


def _slashed(words: Sequence[Token], at: int, n: int) -> bool:
    """The name is joined by a slash to a word before or after it: a credit line ("Ảnh:
    AFP/TTXVN", "TTXVN/Tin tức"), not a party."""
    before = at > 0 and words[at - 1].text == "/" and words[at - 1].start == words[at].start - 1
    after = at + n < len(words) and words[at + n].text == "/"
    return before or (after and words[at + n].start == words[at + n - 1].end)


def _after(words: Sequence[Token], at: int, before: tuple[str, ...]) -> bool:
    """A phrase of `before` ends right before token `at`."""
    return any(phrase_at(words, at - k, before, fold=True) == k for k in (1, 2) if at >= k)


def _body_in_role(words: Sequence[Token], i: int, skip: int) -> int:
    """Where a body starts inside a position that ends with its kind ("Trưởng ban Tổ chức",
    "Phó Chánh Văn phòng Thường trực"), else i."""
    for k in (2, 1):
        at = i + skip - k
        if skip > k and phrase_at(words, at, ORG_HEADS) >= k:
            following = words[at + k].text if at + k < len(words) else ""
            if _office_of(words, at, k) or _kind_repeated(words, at, k):
                return at + k  # "Chánh văn phòng VKSND TP. HCM": the office of the body after it
            return i if following == "Thường" and k == 1 else at  # "Trưởng ban Thường trực"
    return i


def _office_of(words: Sequence[Token], at: int, k: int) -> bool:
    """ "văn phòng" closing a position before a body's kind: the office is the body's own
    ("Chánh Văn phòng bộ Công an" serves the ministry)."""
    office = " ".join(t.text for t in words[at : at + k]).casefold() == "văn phòng"
    return office and bool(phrase_at(words, at + k, ORG_HEADS, fold=True))


def _kind_repeated(words: Sequence[Token], at: int, k: int) -> bool:
    """ "Phó trưởng ban Ban Chỉ đạo Tây Nguyên": the kind that closes the position is written
    again as the body's own first word; the body starts there, not at the position's "ban"."""
    kind = [t.text.casefold() for t in words[at : at + k]]
    return [t.text.casefold() for t in words[at + k : at + 2 * k]] == kind


def _heads(words: Sequence[Token]) -> Iterable[int]:
    return (phrase_at(words, i, ORG_HEADS) for i in range(len(words)))


@dataclass(frozen=True, slots=True)
class Words:
    """underthesea's reading of a sentence, by token index: tokens that go on a word begun
    before them ("chính" in "Tài chính") and the first tokens of lower-case nouns ("con người"
    in "Viện Quyền con người", where "thông tin" in "Công an tỉnh Cao Bằng thông tin" is a verb)."""

    inside: frozenset[int] = frozenset()
    nouns: frozenset[int] = frozenset()
    verbs: frozenset[int] = frozenset()
    read: bool = False  # underthesea read the sentence (else a syllable after a capital goes on)


def read_words(sentence: str, words: Sequence[Token]) -> Words:
    """The segmentation and parts of speech of a sentence, mapped onto its tokens; a word that
    runs from a name into lower case is split where the name ends (see `_glued_on`)."""
    starts = {at: tag for at, (_, tag) in tagged(sentence).items()}  # where a body is named
    tags: dict[int, str] = {}
    tag = ""
    for n, t in enumerate(words):
        if t.start in starts:
            tag = starts[t.start]
            tags[n] = tag
        elif t.word and _glued_on(words, n, starts):
            tags[n] = tag if tag == "V" else ""
    inside = frozenset(n for n, t in enumerate(words) if t.word and n not in tags)
    nouns = frozenset(n for n, t in enumerate(words) if tags.get(n) == "N" and not t.capital)
    verbs = frozenset(n for n in tags if tags[n] == "V")
    return Words(inside, nouns, verbs, read=True)


def _glued_on(words: Sequence[Token], n: int, starts: Mapping[int, str]) -> bool:
    """Token n is the first lower-case syllable of a word underthesea ran on from a name of two
    capitalised syllables or a foreign one ("Thiên Mã ngừng", "An Phú trình báo", "Reuters
    dẫn"): where the name ends. A body's own words stay ("Tài chính", "Bộ Giáo dục và Đào tạo")."""
    if words[n].capital or not words[n - 1].capital:
        return False
    k = n - 1
    while k > 0 and words[k].start not in starts and words[k - 1].capital:
        k -= 1
    named = n - k >= 2 or foreign_word(words[k].text)
    return words[k].start in starts and named and not phrase_at(words, k, ORG_HEADS)


def role_organisation(role: str) -> str | None:
    """The first organisation a role names: "Phó Giám đốc Công an tỉnh, ..." -> "Công an tỉnh"."""
    return next(iter(bodies(role)), None)
