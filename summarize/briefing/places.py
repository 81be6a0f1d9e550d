"""Vietnamese provinces and cities, counted only where the text names them as places.

A name from the shipped list is a place when a dateline opens with it ("Hà Nội: …", "ĐÀ NẴNG -"),
when "tại"/"ở" introduces it, or when an administrative word does ("tỉnh Bắc Giang", "TP.HCM").
A bare mention is not: "Thái Bình Dương" is the Pacific Ocean, "Công ty Bia Hà Nội" a company.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import IntEnum
from functools import cache

from ..models import Article, Role
from ..text.normalize import fold_tones, misplaced_tones_moved
from ..text.shipped import shipped_lines
from . import levels
from .districts import district_names, district_pattern, district_province
from .tokens import SURNAMES

# An article names its place early; reading this much of it (ten long articles) is plenty.
PLACE_CHARS = 100_000
# A province's level before its name: "tỉnh", "thành phố", "TP.", "Tp" (briefing/levels.py).
_ADMIN = "(?:{})".format(
    "|".join(
        [n.replace(" ", r"\s+") for n in levels.names(levels.Rank.PROVINCE)]
        + [re.escape(s) + r"\.?" for s in levels.shorts(levels.Rank.PROVINCE)]
    )
)
_AT = r"(?:tại|ở)"
# An address from a commune or district up to its province: "xã Tân Triều, Thanh Trì, Hà Nội".
_ADDRESS = (
    r"(?<![\wÀ-ỹ])(?:xã|phường|thị trấn|huyện|quận)\s+[^,.;()\n]{1,30},\s*"
    r"(?:[^,.;()\n]{1,30},\s*){0,2}"
)
# A time right after "tại <venue>, <city>": "tại rạp Công Nhân, Hà Nội vào sáng 3/11".
_WHEN = r"(?:vào|sáng|chiều|tối|trưa|đêm|ngày|hôm)(?![\wÀ-ỹ])"
_DELEGATION = re.compile(r"(?:Quốc hội|ĐBQH|HĐND)\s*$", re.IGNORECASE)
# Where a person lives or comes from, not where the event is: "(ngụ tỉnh Lạng Sơn)".
_RESIDENCE = re.compile(r"\b(?:ngụ|trú|quê)(?:\s+(?:tại|ở|quán))?\s+(?:\S+\s+)?$", re.IGNORECASE)
# "tại Cơ quan quân sự huyện Lý Sơn", "ở xã An Hải, huyện Lý Sơn": a district in a venue's phrase;
# not a company's seat ("có trụ sở tại quận 1").
_AT_BEFORE = re.compile(r"(?<![\wÀ-ỹ])(?<!trụ sở )(?:tại|ở)\s+[^.;!?\n]{0,60}$", re.IGNORECASE)
# Someone's address up to the district: "trú tại xã Kim Liên, huyện Nam Đàn", "(45 tuổi, thị
# trấn Phú Thiện, huyện Phú Thiện", "(SN 1991), trú tại …"; its parts may be joined by dashes
# (P-home-dash): "trú tại xã Hoàng Đồng - thành phố Lạng Sơn - tỉnh Lạng Sơn".
_HOME_ADDRESS = re.compile(
    r"(?:\b(?:ngụ|trú|quê)(?:\s+(?:tại|ở|quán))?"
    r"|\(\s*(?:\d+\s*tuổi|SN\s*\d{4}|sinh năm\s*\d{4})\s*,"  # "(45 tuổi, …", "(SN 1969, …"
    # a registered home (P-hokhau): "hộ khẩu thật sự của mình ở phường 13 quận Bình Thạnh, …"
    r"|\bhộ khẩu[^,.;()\n]{0,30}?\s(?:tại|ở))"
    r"\s*(?:[^,.;()\n]{1,30}(?:,|\s[-–])\s*){0,3}$",
    re.IGNORECASE,
)

# An address labelled "địa chỉ" in brackets after a person or a firm (P-address-label): "ông Tống
# Anh Linh (địa chỉ: Khu phố 3, Phường Bỉm Sơn, Tỉnh Thanh Hóa)", "Công ty TNHH Tiếp Vận Việt
# (địa chỉ tại 12/21 Tôn Đức Thắng, Đống Đa, Hà Nội)"; not a premises' ("nhà nghỉ Hoa Anh Đào
# (địa chỉ tại …)", where an event happens).
_LABELLED_ADDRESS = re.compile(
    r"(?:(?<![\wÀ-ỹ])(?:ông|bà|anh|chị|cô|em|cháu|cụ|Ông|Bà)(?:\s+[A-ZĐÀ-Ỹ][\wÀ-ỹ]*){1,5}"
    r"|(?<![\wÀ-ỹ])(?:[Cc]ông ty|[Dd]oanh nghiệp|DNTN|[Tt]ập đoàn)(?:\s+[^\s()]+){0,12})"
    r"\s*\(\s*[Đđ]ịa chỉ(?:\s*:|\s+(?:tại|ở))?\s*(?:[^,.;()\n]{1,40},\s*){0,6}$"
)
ADDRESS_CHARS = 240  # how far back a labelled address's owner may stand


class Evidence(IntEnum):
    """How a place is named, strongest first: a section's place comes from the strongest kind."""

    DATELINE = 0  # the title or the first line opens with it: "Quảng Ngãi: Những lá phiếu …"
    AT = 1  # "tại Hà Nội", "ở tỉnh Sơn La", "(giờ Tokyo)": where the event happens
    ARRIVAL = 2  # "đến Hà Nội", "tới thăm Hà Nội": where a visitor comes, the visit's place
    NAMED = 3  # "tỉnh Bắc Giang", "UBND thành phố Đà Nẵng": a unit, not said to be the venue


@dataclass(frozen=True, slots=True)
class Mention:
    """A place named in the text: its canonical name, the evidence and where it starts."""

    place: str
    evidence: Evidence
    start: int
    # "tại <venue>, <city>", "tại thủ đô Phnom Penh": where the event is, read by rules newer
    # than grouping's, which keeps apart events by the places named the older way only.
    via_venue: bool = False
    residence: bool = False  # "(ngụ tỉnh Lạng Sơn)": someone's home, never the event's place


@cache
def place_names() -> tuple[str, ...]:
    """Province, city and venue names (shipped data), longest first so "Hà Nam" never hides
    "Hà Nội"."""
    return tuple(sorted(_spellings(), key=len, reverse=True))


@cache
def _spellings() -> dict[str, str]:
    """Every spelling of a place -> the name shown: provinces as themselves, places abroad and
    venues by the first name of their line in places_world.txt ("Geneve" -> "Geneva")."""
    spellings: dict[str, str] = {}
    for data in ("places_vi.txt", "places_world.txt"):
        for line in shipped_lines(data):
            names = [n.strip() for n in line.split("|") if n.strip()]
            spellings.update((n, names[0]) for n in names)
    return spellings


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(dateline, in-text) patterns; the in-text one tells "tại …" from an administrative word."""
    names = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in place_names())
    name = rf"(?P<name>{names})(?![\wÀ-ỹ])"
    dateline = re.compile(rf"^\W*(?:{_ADMIN}\s*)?{name}\s*(?:[:–—)-]|\()", re.IGNORECASE)
    # "tại …" then a venue and, after a comma or in brackets, the city it is in: "tại Trung tâm
    # Hội nghị Quốc gia, Hà Nội", "tại phòng trưng bày ở số 1 Tràng Tiền (Hà Nội)".
    # An address in brackets ends with its city too: "(số 1 Tràng Tiền, Hà Nội)".
    venue = rf"(?:(?<![\wÀ-ỹ]){_AT}\s+[^.;!?\n(),]{{1,60}}?(?:,\s*|\(\s*)|\([^()\n]{{1,40}},\s*)"
    in_text = re.compile(
        rf"(?<![\wÀ-ỹ])(?:(?P<at>{_AT})\s+(?:(?P<capital>thủ\s+đô)\s+|{_ADMIN}\s*)?|{_ADMIN}\s*)"
        rf"{name}"
        rf"|(?P<venue>{venue})(?P<city>{names})\s*(?=[),.;]|$|{_WHEN})"
        rf"|(?P<address>{_ADDRESS})(?P<town>{names})(?![\wÀ-ỹ])"
        # a local clock: "họp báo hôm 18/5 (giờ Tokyo)"; "đến Hà Nội", "tới thăm Hà Nội"
        rf"|(?<![\wÀ-ỹ])giờ\s+(?P<clock>{names})(?![\wÀ-ỹ])"
        rf"|(?<![\wÀ-ỹ])(?:đến|tới)\s+(?:thăm\s+)?(?:{_ADMIN}\s*)?(?P<goal>{names})(?![\wÀ-ỹ])",
        re.IGNORECASE,
    )
    return dateline, in_text


def canonical_place(name: str) -> str:
    """One spelling per place: "TP.HCM" and "Hồ Chí Minh" are "TP. Hồ Chí Minh"."""
    name = " ".join(name.split())
    if name.upper() in {"HCM", "HỒ CHÍ MINH"}:
        return "TP. Hồ Chí Minh"
    return _known().get(name.casefold(), name).replace(" - ", " ")


@cache
def _known() -> dict[str, str]:
    return {spelling.casefold(): shown for spelling, shown in _spellings().items()}


def find_places(text: str, *, openers: Iterable[str] = ()) -> list[Mention]:
    """Places named as places in `text`; `openers` (title, first line) are checked for datelines."""
    dateline, in_text = _patterns()
    text, openers = _one_tone_style(text), [_one_tone_style(line) for line in openers]
    found = [
        Mention(canonical_place(m.group("name")), Evidence.DATELINE, -1)
        for line in openers
        if (m := dateline.match(line)) and not _continues(line, m.end("name"))
    ]
    for match in in_text.finditer(text):
        group = next(g for g in ("name", "city", "town", "clock", "goal") if match.group(g))
        if _continues(text, match.end(group)) or _home_clock(match):
            continue  # "Thái Bình Dương": the name goes on, it is something else
        if _not_the_venue(text, match, group):
            continue
        evidence = _evidence(match)
        before = text[max(0, match.start() - 12) : match.start()]
        if evidence is Evidence.NAMED and _DELEGATION.search(before):
            continue  # "đại biểu Quốc hội TP Hà Nội": the delegate's province, not the venue
        home = bool(_RESIDENCE.search(text[max(0, match.start(group) - 24) : match.start(group)]))
        home = home or _home_address(text, match.start(), match.start(group))
        place = canonical_place(match.group(group))
        venue = group != "name" or bool(match.group("capital"))  # kept out of grouping
        found.append(Mention(place, evidence, match.start(), venue, bool(home)))
    return found + _district_mentions(text) + _addresses(text, found)


def _home_address(text: str, *starts: int) -> bool:
    """Someone's address runs up to one of `starts` (where the match or its name begins):
    "(SN 1976, trú tại phường Trung Hòa, quận Cầu Giấy, TP. Hà Nội)", "bà Lê Thị Hoa (địa chỉ:
    Phường Bỉm Sơn, Tỉnh Thanh Hoá)"."""
    return any(
        _HOME_ADDRESS.search(text[max(0, at - 80) : at])
        or _LABELLED_ADDRESS.search(text[max(0, at - ADDRESS_CHARS) : at])
        for at in starts
    )


def _district_mentions(text: str) -> list[Mention]:
    """Provinces named through one of their districts ("tại huyện Lý Sơn" -> Quảng Ngãi), kept
    out of grouping as venues are (`via_venue`); a district followed by its province ("huyện
    Nam Đàn, tỉnh Nghệ An") adds nothing to the province's own mention."""
    found = []
    for match in district_pattern().finditer(text):
        province = district_province(match.group("kind"), match.group("district"))
        if province is None or _continues(text, match.end()):
            continue
        place = canonical_place(province)
        after = _after_place(r"[,(–-]").match(text, match.end())
        before = text[max(0, match.start() - 80) : match.start()]
        if after and _said_apart(after, place, before):
            continue  # the province is a mention of its own, or the venue's city
        evidence = Evidence.AT if _AT_BEFORE.search(before) else Evidence.NAMED
        home = _RESIDENCE.search(before[-24:]) or _home_address(text, match.start())
        found.append(Mention(place, evidence, match.start(), True, bool(home)))
    return found


def _addresses(text: str, found: Sequence[Mention]) -> list[Mention]:
    """ "ở Nậm Pồ, Điện Biên chui túi nilông": a district without its kind, then the province
    that holds it, is an address, so the province is said as "tại …" says it, whatever word
    follows (the in-text venue phrase wants a stop after its city, lest "tại hội nghị, Hà Nội
    đề xuất" name Hà Nội; a district and its own province are no clause's subject)."""
    seen = {(m.place, m.start) for m in found}
    mentions = []
    for match in _bare_address().finditer(text):
        province = district_province("", match.group("district"))
        place = canonical_place(match.group("province"))
        if province is None or canonical_place(province) != place or (place, match.start()) in seen:
            continue
        if _continues(text, match.end()):
            continue
        before = text[max(0, match.start() - 80) : match.start()]
        home = _RESIDENCE.search(before[-24:]) or _home_address(text, match.start())
        mentions.append(Mention(place, Evidence.AT, match.start(), True, bool(home)))
    return mentions


@cache
def _bare_address() -> re.Pattern[str]:
    names = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in place_names())
    return re.compile(
        rf"(?<![\wÀ-ỹ]){_AT}\s+(?P<district>{district_names()}),\s*(?:{_ADMIN}\s*)?"
        rf"(?P<province>{names})(?![\wÀ-ỹ])",
        re.IGNORECASE,
    )


# "tại huyện Nam Đàn (Nghệ An)": the in-text venue pattern reads the city in brackets itself.
_VENUE_BEFORE = re.compile(r"(?<![\wÀ-ỹ])(?:tại|ở)\s+[^.;!?\n(),]{0,60}$", re.IGNORECASE)


def _said_apart(after: re.Match[str], place: str, before: str) -> bool:
    """The district's own province, named right after it as a mention of its own: after a comma
    (an address, "huyện Nam Đàn, Nghệ An"), with its kind ("(tỉnh Nghệ An)") or as a "tại …"
    venue's city ("tại huyện Nam Đàn (Nghệ An)"); a bare one in brackets or after a dash
    ("quận Cầu Giấy (Hà Nội)", "Cầu Giấy – Hà Nội") is not, so the district names it."""
    if canonical_place(after.group("listed")) != place:
        return False
    link = after.group(0)[: after.start("listed") - after.start()].strip()
    return link.startswith(",") or len(link) > 1 or bool(_VENUE_BEFORE.search(before))


def _not_the_venue(text: str, match: re.Match[str], group: str) -> bool:
    """ "tại Hà Giang, Sơn La, Hòa Bình": several places are a scope, not one event's venue;
    "đại biểu Trần Thị Diệu Thúy (TP Hồ Chí Minh)": a person's province, in brackets after
    the name. Two places abroad in a row are one address, a city and its region ("ở Tampa,
    Florida (Mỹ)"), not a scope. "trung chuyển ở Doha": where goods or travellers pass through."""
    if passed_through(text, match.start()):
        return True
    listed = _listed().match(text, match.end(group)) if match.group("at") else None
    if listed and not _abroad(match.group(group), listed.group("listed")):
        return True
    before = text[: match.start()].rstrip()
    if not before.endswith("("):
        return False
    words = before[:-1].split()[-4:]
    while words and not words[0][:1].isupper():
        words.pop(0)
    return len(words) > 1 and words[0] in SURNAMES and all(w[:1].isupper() for w in words)


# Passing through a place: "hoa … tập kết trung chuyển ở Doha, Dubai", "quá cảnh tại Dubai".
_PASSED_THROUGH = re.compile(r"(?<![\wÀ-ỹ])(?:trung chuyển|quá cảnh|tập kết)\s+$", re.IGNORECASE)


def passed_through(text: str, at: int) -> bool:
    """The "tại"/"ở" at `at` says where goods or travellers pass through, not where an event is."""
    return _PASSED_THROUGH.search(text[max(0, at - 20) : at]) is not None


def _abroad(*names: str) -> bool:
    return not any(canonical_place(n) in _provinces() for n in names)


@cache
def _listed() -> re.Pattern[str]:
    """Another place right after a place: ", Sơn La", " và tỉnh Hòa Bình"."""
    return _after_place(r"(?:,|và)")


@cache
def _after_place(link: str) -> re.Pattern[str]:
    """A place after `link`: `_listed`'s, and a district's province (", tỉnh Nghệ An",
    " (Nghệ An)", " – Hà Nội")."""
    names = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in place_names())
    return re.compile(rf"\s*{link}\s*(?:{_ADMIN}\s*)?(?P<listed>{names})(?![\wÀ-ỹ])", re.IGNORECASE)


def _one_tone_style(text: str) -> str:
    """ "Thanh Hoá", "Khánh Hoà" in the new style the place list is written in ("Thanh Hóa"),
    and a misplaced tone moved ("Hà Nôị", R/P-retone), when that keeps every offset (it moves a
    mark within a syllable, so it does)."""
    folded = misplaced_tones_moved(fold_tones(text))
    return folded if len(folded) == len(text) else text


def _evidence(match: re.Match[str]) -> Evidence:
    """What a matched phrase says of its place: the venue, a visit's goal or a unit named."""
    if match.group("at") or match.group("venue") or match.group("clock"):
        return Evidence.AT
    return Evidence.ARRIVAL if match.group("goal") else Evidence.NAMED


def _home_clock(match: re.Match[str]) -> bool:
    """ "21h (giờ Hà Nội)": the reader's own clock, which the press gives for events abroad;
    only a foreign city's clock says where the event is."""
    clock = match.group("clock")
    return bool(clock) and canonical_place(clock) in _provinces()


def _continues(text: str, end: int) -> bool:
    """True when the next word is capitalised: the match is the start of a longer name, unless
    that word is a family name and the next two are capitalised too (a person's full name; not
    "Thái Bình Dương Group")."""
    rest = text[end : end + 40]
    following = rest.lstrip(" ")
    words = following.split()
    if len(words) > 2 and words[0] in SURNAMES and all(w[:1].isupper() for w in words[1:3]):
        return False  # "Bí thư Thành ủy TP.HCM Đinh La Thăng": a person's name follows
    return rest[:1] == " " and following[:1].isupper()


def best_place(mentions: Sequence[Mention]) -> str | None:
    """The place most often named with the strongest evidence given (ties: the first named)."""
    mentions = [m for m in mentions if not m.residence]
    if not mentions:
        return None
    strongest = min(m.evidence for m in mentions)
    if strongest == Evidence.DATELINE:
        strongest = Evidence.AT  # a dateline and "tại …" phrases are counted together
    chosen = [m for m in mentions if m.evidence <= strongest]
    counts = Counter(m.place for m in chosen)
    first = {m.place: i for i, m in reversed(list(enumerate(chosen)))}
    return min(counts, key=lambda p: (-counts[p], first[p]))


def article_text(article: Article) -> tuple[str, list[str]]:
    """The text places are read from (its lines, furniture left out, up to PLACE_CHARS) and the
    lines a dateline may open (title, first two lines)."""
    lines = [ln.text for ln in article.lines if ln.role is not Role.BOILERPLATE]
    openers = list(dict.fromkeys(t for t in (article.title, *lines[:2]) if t))
    return " \n".join(lines)[:PLACE_CHARS], openers


def article_mentions(article: Article) -> list[Mention]:
    """Places named by one article: datelines in its title and first line, then its text."""
    text, openers = article_text(article)
    return find_places(text, openers=openers)


def article_place(article: Article) -> str | None:
    """The province or city where the article says its event happens, if it says so."""
    return best_place(article_mentions(article))


def article_places(article: Article) -> frozenset[str]:
    """Every Vietnamese province or city the article names as one (what grouping keeps apart:
    a visit abroad names several cities, and its articles stay one event)."""
    home = _provinces()
    mentions = article_mentions(article)
    return frozenset(m.place for m in mentions if m.place in home and not m.via_venue)


def is_home_province(place: str) -> bool:
    """A Vietnamese province or city (as shown), not a place abroad."""
    return place in _provinces()


@cache
def _provinces() -> frozenset[str]:
    return frozenset(canonical_place(line.split("|")[0]) for line in shipped_lines("places_vi.txt"))
