"""Whether an article states where its event happened, and which of the places it names it is.

places.py finds every place the text names as one and says how ("tại Hà Nội", a dateline,
"tỉnh Bắc Giang"). Counting the strongest kind gives a place for most articles that name one,
also for those that never say where their event was: a body's seat ("Tổng lãnh sự quán Trung
Quốc tại TP.HCM"), a topic ("giao thông tại Hà Nội"), a province inside a police force's name.
When the rules find a place, a small logistic model (fitted by bench/train_venue.py on the
annotated dev articles, shipped as numbers in data/venue.json) chooses among the places named:
it reads each one's evidence, where and how often it is named, whether its "tại" opens a clause
and whether a gathering word stands by it.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

from ..models import Article
from .cities import city_abroad
from .places import (
    Evidence,
    Mention,
    article_text,
    best_place,
    find_places,
    is_home_province,
    place_names,
)

PACKAGED = "data/venue.json"
FEATURES = (
    "dateline",
    "at_count",
    "arrival_count",
    "named_count",
    "first_at",
    "first_mention",
    "in_title",
    "share",
    "at_opens_clause",
    "gathering_near",
    "body_seat",
    "foreign",
    "candidates",
)
# Where an offset stops counting (thousands of characters): a venue is stated early.
FAR = 5.0
_GATHERING = re.compile(
    r"(?<![\wÀ-ỹ])(?:hội nghị|cuộc họp|họp|lễ|buổi|phiên|hội thảo|tọa đàm|toạ đàm|diễn đàn|"
    r"tổ chức|diễn ra|khai mạc|kỳ họp)(?![\wÀ-ỹ])",
    re.IGNORECASE,
)
_AT_WORD = re.compile(r"(?<![\wÀ-ỹ])(?:tại|ở)\s", re.IGNORECASE)
# A province-level body right before the place: "Công an tỉnh Bình Dương", "Đoàn LS TP.HCM".
_BODY = re.compile(
    r"(?<![\wÀ-ỹ])(?:Công an|UBND|Ủy ban nhân dân|Uỷ ban nhân dân|HĐND|TAND|VKSND|Tòa án|Toà án|"
    r"Viện kiểm sát|Sở|Cục|Chi cục|Đoàn|Thành ủy|Thành uỷ|Tỉnh ủy|Tỉnh uỷ|Trường|Ngân hàng|"
    r"Công ty|Báo|Đài|Bệnh viện|Hội)(?:\s+[^\s,.;()\n]+){0,5}\s*$"
)
# Bodies whose seat hosts none of the events news reports them at: tax offices, schools, bars
# and the legal services a quoted lawyer works at (a school's name places the school, not the
# dispute about it), stock exchanges (P-exchange: "niêm yết trên Sở Giao dịch Chứng khoán TPHCM";
# shares trade on it, nothing happens at its seat). Courts, prosecutors (they act at the trial),
# councils, the police and leaders' bodies do host. The body's city may stand in brackets: "Văn
# phòng Công chứng Trung tâm (TP.HCM)".
_GUEST_BODY = re.compile(
    r"(?<![\wÀ-ỹ])(?:Cục [Tt]huế|Chi cục [Tt]huế|"
    r"Sở [Gg]iao dịch [Cc]hứng khoán|Sở GDCK|SGDCK|"
    r"Trường|ĐH|Đại học|[Đđ]oàn [Ll]uật sư|Đoàn LS|"
    r"[Tt]rung tâm [Tt]ư vấn pháp luật|[Vv]ăn phòng [Cc]ông chứng|[Vv]ăn phòng [Ll]uật sư|"
    r"[Cc]ông ty [Ll]uật|[Hh]ội [Ll]uật gia|"
    # a newspaper (P-press): "phóng viên Báo Công an TP Đà Nẵng"; not "báo cáo", "thông báo",
    # "họp báo", nor a line's last word ("Họp báo" as a title)
    r"(?<!hông )(?<!họp )(?<!Họp )[Bb]áo(?=[ \t]+[A-ZĐ]))(?:\s+[^\s,.;()\n]+){0,5}\s*\(?\s*$"
)
# "tại", "ở" up to two words before a body's name: the body's premises are the venue.
_AT_HEAD = re.compile(r"(?<![\wÀ-ỹ])(?:tại|ở)(?:\s+[^\s,.;()\n]+){0,2}\s*$", re.IGNORECASE)
NEAR = 80  # characters either side of a mention where a gathering word counts
# News states its venue in the opening: a "tại X" this far into the text locates something else
# (a firm's seat, a recalled event, "vì tại Hà Nội, công ty này …") and names no venue by itself.
LATE = 900


@dataclass(frozen=True, slots=True)
class Candidate:
    """A place an article names and what the model reads of it."""

    place: str
    features: tuple[float, ...]


def candidates(article: Article) -> list[Candidate]:
    """Every place the article names (homes left out), with its features, first named first."""
    text, mentions = _stated_mentions(article)
    return _candidates(article, text, mentions)


def _stated_mentions(article: Article) -> tuple[str, list[Mention]]:
    """The text places are read from, and its mentions that may say where the event is."""
    text, openers = article_text(article)
    return text, _stated(find_places(text, openers=openers), text)


def _stated(mentions: Sequence[Mention], text: str) -> list[Mention]:
    """The mentions that may say where the event is: left out are "tại …" past LATE characters,
    a place named as part of the name of a body that hosts no event where it is named, and
    places named in passing (a list of provinces, a building's site)."""
    passing, recalled = _in_passing(text), _recalled(text)
    return [
        m
        for m in mentions
        if not (m.evidence is Evidence.AT and m.start > LATE)
        and not (m.evidence is Evidence.NAMED and _in_guest_body(text, m.start))
        and not (m.evidence is Evidence.NAMED and _addressed(text, m.start))
        and not any(m.start in span for span in passing)
        and not (m.evidence in _SAID_AT and any(m.start in span for span in recalled))
    ]


# A plural head before a list of places: "ở nhiều tỉnh thành như", "ngư dân các tỉnh", "tới các
# tỉnh, thành phố".
_PLURAL = (
    r"(?<![\wÀ-ỹ])(?:các|nhiều|những|một số)\s+"
    r"(?:tỉnh\s*,?\s*thành(?:\s+phố)?|tỉnh|thành phố|địa phương)(?:\s+(?:như|gồm|là))?\s*:?\s*"
)
# A building's or a project's site: "Dự án tọa lạc tại Lô N01 – T4, …, Quận Bắc Từ Liêm, Hà Nội".
# Also a project's, an estate's or a firm's (P-site): "Khu biệt thự … Lucasta của Khang Điền phát
# triển tại quận 9", "nằm ở", "đặt tại", "có trụ sở chính tại"; not "xây dựng tại" (a
# groundbreaking is held at its site).
_SITE = re.compile(
    r"(?<![\wÀ-ỹ])(?:(?:tọa|toạ) lạc|phát triển|nằm|đặt|có trụ sở(?: chính)?|đóng trụ sở)"
    r" (?:tại|ở)",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"(?<=[a-zà-ỹ\d)])[.!?](?=\s|$)|[!?;\n]")
SITE_CHARS = 120  # how far a site's address runs


@cache
def _place_list() -> re.Pattern[str]:
    """Two or more places after a plural head, joined by commas, "và", "đến" or "tới"."""
    names = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in place_names())
    item = rf"(?:(?:tỉnh|thành\s+phố|TP\.?|Tp\.?)\s*)?(?:{names})(?![\wÀ-ỹ])"
    join = r"\s*(?:,|và|đến|tới)\s*"
    return re.compile(rf"{_PLURAL}{item}(?:{join}{item})+", re.IGNORECASE)


@cache
def _route() -> re.Pattern[str]:
    """A route's or a stretch's ends (P-route): "vùng biển từ Bình Thuận đến Cà Mau, Cà Mau đến
    Kiên Giang", "lưu thông từ hướng tỉnh Hậu Giang về TP.Sóc Trăng (Sóc Trăng)", "đường bay
    giữa Hà Nội, TP Hồ Chí Minh và Đà Nẵng"; also without "từ" (P-stretch): "Đà Nẵng đến Bình
    Thuận"."""
    names = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in place_names())
    bracket = rf"(?:\s*\(\s*(?:{names})\s*\))?"  # "TP.Sóc Trăng (Sóc Trăng)"
    item = rf"(?:(?:tỉnh|thành\s+phố|TP\.?|Tp\.?)\s*)?(?:{names})(?![\wÀ-ỹ]){bracket}"
    to = r"\s*,?\s*(?:đến|tới|về|sang|ra|vào|-|–)\s*"
    leg = rf"{item}{to}{item}"
    # a stretch said without "từ" (P-stretch): "Đà Nẵng đến Bình Thuận mây thay đổi"
    stretch = rf"(?:{names})(?![\wÀ-ỹ])\s+(?:đến|tới)\s+{item}"
    return re.compile(
        rf"(?<![\wÀ-ỹ])(?:từ\s+(?:hướng\s+)?{leg}(?:\s*,\s*{leg})*"
        rf"|giữa\s+{item}(?:\s*(?:,|và)\s*{item})+|{stretch})",
        re.IGNORECASE,
    )


def _in_passing(text: str) -> list[range]:
    """Where the text names places in passing, not as where its event happened: a list of
    provinces ("ở nhiều tỉnh thành như Hà Nội, TPHCM, Phú Thọ"), a route's ends ("từ Bình Thuận
    đến Cà Mau") and a thing's site ("tọa lạc tại …, Hà Nội", to the sentence's end or
    SITE_CHARS on)."""
    spans = [range(m.start(), m.end()) for m in _place_list().finditer(text)]
    spans += [range(m.start(), m.end()) for m in _route().finditer(text)]
    for site in _SITE.finditer(text):
        rest = text[site.end() : site.end() + SITE_CHARS]
        end = _SENTENCE_END.search(rest)
        spans.append(range(site.start(), site.end() + (end.start() if end else len(rest))))
    return spans


# A sentence that opens on "Trước đó," recalls an earlier event (as dates.py's _RECALLED reads
# its day): "Trước đó, anh cũng giành HCĐ … ở giải ISSF World Cup tại Bangkok (Thái Lan)".
_RECALLED = re.compile(r"(?:^|(?<=[.!?\n])\s*)(?:Trước đó|Trước đây)\s*(?:,|\s(?=như\s))")
_SAID_AT = (Evidence.AT, Evidence.ARRIVAL)  # how a recalled event's venue is said


def _recalled(text: str) -> list[range]:
    """Where sentences that recall an earlier event run (P-recalled): a place "tại"/"ở"/"đến"
    introduces there is that event's venue, not this article's; a unit named there still counts
    ("Trước đó, UBND tỉnh Cà Mau cũng công văn …")."""
    spans = []
    for opening in _RECALLED.finditer(text):
        end = _SENTENCE_END.search(text, opening.end())
        spans.append(range(opening.start(), end.start() if end else len(text)))
    return spans


def _unrecalled(text: str) -> str:
    """The text with its recalled sentences blanked (offsets kept), for cities.py's city abroad."""
    for span in _recalled(text):
        text = text[: span.start] + " " * len(span) + text[span.stop :]
    return text


# A body a request is addressed to, up to the place in its name: "Bộ Y tế đề nghị UBND thành phố
# Hà Nội chỉ đạo", "công văn khẩn gửi Chủ tịch UBND TP Hà Nội" (V1: an addressee gives no place).
_ADDRESSED = re.compile(
    r"(?<![\wÀ-ỹ])(?:đề nghị|yêu cầu|gửi(?:\s+(?:tới|đến))?|kiến nghị|đề xuất(?:\s+với)?)\s+"
    r"(?:(?:Phó Chủ tịch|Chủ tịch|lãnh đạo|Giám đốc)\s+)?"
    r"(?:Công an|UBND|Ủy ban nhân dân|Uỷ ban nhân dân|HĐND|TAND|VKSND|Tòa án|Toà án|"
    r"Viện kiểm sát|Sở|Cục|Chi cục|Đoàn|Thành ủy|Thành uỷ|Tỉnh ủy|Tỉnh uỷ|Trường|Ngân hàng|"
    r"Công ty|Báo|Đài|Bệnh viện|Hội)(?:\s+[^\s,.;()\n]+){0,5}\s*$"
)


def _addressed(text: str, start: int) -> bool:
    """The place is named only in the name of a body a request is addressed to (P-addressed)."""
    return start >= 0 and _ADDRESSED.search(text[max(0, start - 80) : start]) is not None


def _in_guest_body(text: str, start: int) -> bool:
    """ "Trường ĐH Hùng Vương TP.HCM", "Cục Thuế TP Hà Nội", "Đoàn LS TP.HCM": a school, a tax
    office or a bar, whose seat is no event's venue, unless the text says the event is there
    ("diễn ra tại Trường ĐH Y Dược TP.HCM")."""
    if start < 0:
        return False
    window = text[max(0, start - 60) : start]
    body = _GUEST_BODY.search(window)
    return body is not None and not _AT_HEAD.search(window[: body.start()])


def _candidates(article: Article, text: str, found: Sequence[Mention]) -> list[Candidate]:
    mentions = [m for m in found if not m.residence]
    title = {m.place for m in find_places(article.title or "")}
    places = list(dict.fromkeys(m.place for m in sorted(mentions, key=lambda m: m.start)))
    return [Candidate(p, _features(p, mentions, text, title, len(places))) for p in places]


def _features(
    place: str, mentions: Sequence[Mention], text: str, title: set[str], count: int
) -> tuple[float, ...]:
    own = [m for m in mentions if m.place == place]
    at = [m for m in own if m.evidence in (Evidence.AT, Evidence.DATELINE) and m.start >= 0]
    values = {
        "dateline": float(any(m.evidence is Evidence.DATELINE for m in own)),
        "at_count": math.log1p(len(at)),
        "arrival_count": float(sum(m.evidence is Evidence.ARRIVAL for m in own)),
        "named_count": math.log1p(sum(m.evidence is Evidence.NAMED for m in own)),
        "first_at": min([m.start / 1000 for m in at] + [FAR]),
        "first_mention": min([max(m.start, 0) / 1000 for m in own] + [FAR]),
        "in_title": float(place in title),
        "share": len(own) / len(mentions),
        "at_opens_clause": float(any(_opens_clause(text, m.start) for m in at)),
        "gathering_near": float(any(_gathering_near(text, m.start) for m in own)),
        "body_seat": float(any(_BODY.search(text[max(0, m.start - 60) : m.start]) for m in own)),
        "foreign": float(not is_home_province(place)),
        "candidates": float(count),
    }
    return tuple(values[name] for name in FEATURES)


def _opens_clause(text: str, start: int) -> bool:
    """ "Chiều 2/10, tại Hà Nội, …", "Tại buổi lễ ở TP Vinh": the "tại" phrase stands at the
    head of its clause, where Vietnamese news states a venue, not after a noun it locates
    ("công ty … ở TP. HCM")."""
    window = text[max(0, start - 80) : start + 4]
    found = list(_AT_WORD.finditer(window))
    if not found:
        return False
    before = window[: found[-1].start()].rstrip()
    return not before or before[-1] in ",.;:!?\n(–-"


def _gathering_near(text: str, start: int) -> bool:
    return bool(_GATHERING.search(text[max(0, start - NEAR) : max(0, start) + NEAR]))


@dataclass(frozen=True, slots=True)
class VenueModel:
    """p(venue) = sigmoid(((features - mean) / scale) . weights + intercept)"""

    mean: tuple[float, ...]
    scale: tuple[float, ...]
    weights: tuple[float, ...]
    intercept: float

    def probability(self, features: Sequence[float]) -> float:
        z = self.intercept + sum(
            w * (x - m) / s
            for x, m, s, w in zip(features, self.mean, self.scale, self.weights, strict=True)
        )
        return 1 / (1 + math.exp(-z))

    def to_json(self) -> str:
        parts = {
            "features": list(FEATURES),
            "mean": list(self.mean),
            "scale": list(self.scale),
            "weights": list(self.weights),
            "intercept": self.intercept,
        }
        return json.dumps(parts, indent=1) + "\n"


def model_from_json(text: str) -> VenueModel:
    """Parse a model file; its features must be this version's."""
    data = json.loads(text)
    if tuple(data["features"]) != FEATURES:
        raise ValueError(f"{PACKAGED}: features {data['features']} are not {list(FEATURES)}")
    return VenueModel(
        tuple(data["mean"]), tuple(data["scale"]), tuple(data["weights"]), float(data["intercept"])
    )


@cache
def packaged_model() -> VenueModel:
    """The shipped model, read once, on first use (offline: a file in the package)."""
    return model_from_json(files("summarize").joinpath(PACKAGED).read_text(encoding="utf-8"))


def likeliest(found: Sequence[Candidate], model: VenueModel) -> str | None:
    """The candidate the model holds likeliest to be the venue (ties: the first named)."""
    scored = [(model.probability(c.features), -n, c.place) for n, c in enumerate(found)]
    return max(scored)[2] if scored else None


def article_venue(article: Article, model: VenueModel | None = None) -> str | None:
    """Where the article says its event happened: the candidate the model prefers when
    places.py's rules find a place; else a city abroad that "tại"/"ở" introduces early
    (cities.py), or None (whether a venue is stated at all did not carry from one gold batch to
    the next when learned)."""
    return _venue(article, *_stated_mentions(article), model)


def _venue(
    article: Article, text: str, mentions: Sequence[Mention], model: VenueModel | None
) -> str | None:
    if best_place(mentions) is None:
        return city_abroad(_unrecalled(text))
    return likeliest(_candidates(article, text, mentions), model or packaged_model())


def section_place(articles: Sequence[Article], model: VenueModel | None = None) -> str | None:
    """A section's place: the venue most of its articles give, among the articles whose places
    are named the strongest way in the section (datelines and "tại …" before units named);
    ties: the first article's."""
    read = [_stated_mentions(a) for a in articles]  # each article's places found once
    strongest = [_strongest(mentions) for _, mentions in read]
    named = [s for s in strongest if s is not None]
    if not named:  # no article names a place the lists know: a city abroad, if one is
        return _most_given([city_abroad(_unrecalled(text)) for text, _ in read])
    return _most_given(
        [
            _venue(a, text, mentions, model)
            for a, (text, mentions), s in zip(articles, read, strongest, strict=True)
            if s == min(named)
        ]
    )


def _most_given(places: Sequence[str | None]) -> str | None:
    """The place most articles give (ties: the first given); None when none gives one."""
    votes = [p for p in places if p is not None]
    counts = Counter(votes)
    return max(counts, key=lambda p: (counts[p], -votes.index(p))) if votes else None


def _strongest(mentions: Sequence[Mention]) -> Evidence | None:
    """The strongest evidence an article gives a place, a dateline counted as "tại …"."""
    kinds = [max(m.evidence, Evidence.AT) for m in mentions if not m.residence]
    return min(kinds, default=None)
