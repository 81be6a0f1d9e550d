"""Football clubs the press names by their city or brand alone ("Quảng Nam", "B.Bình Dương",
"HAGL", "Liverpool"), found where a football article has them play.

A city's or a brand's name is no body by itself: "Quảng Nam" is most often the province. In an
article about football the same words name the club when the text has it play or act: a side of
a match ("giữa Quảng Nam – B.Bình Dương"), the host ("chủ nhà Quảng Nam"), a club a player plays
for or joins ("thi đấu cho Liverpool"), a club's board or fans ("BLĐ Celtic", "CĐV Than Quảng
Ninh"), a club that wins or loses ("HAGL đã phải nhận trận thua"). A player's club in brackets in
a squad list ("Lionel Messi (Barcelona)") is background, and a country alone names a national
team only with its kind ("ĐT Argentina"), which the body rules read already.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from .names import COUNTRIES, foreign_word, is_honorific, is_role_head, person_name_at, place_at
from .tokens import Token, phrase_at, phrases, span, tokens

FOOTBALL = re.compile(
    r"\b(?:HLV|cầu thủ|trung vệ|tiền vệ|tiền đạo|hậu vệ|thủ môn|đội bóng|CLB|trận đấu|V-League|"
    r"bàn thắng)\b"
)
MIN_FOOTBALL_SENTENCES = 2
# Words right before a club that say it plays, hosts, signs or is run or cheered as a club.
CLUB_BEFORE = phrases(
    "CLB|đội bóng|đội chủ nhà|chủ nhà|đội khách|đương kim vô địch|ĐKVĐ|BLĐ|ban lãnh đạo|CĐV|"
    "cổ động viên|thi đấu cho|chơi cho|gia nhập|dẫn dắt|trên sân của|đàm phán với|thi đấu với|"
    "đánh bại|trận thua trước|ngoại binh của",
    "|",
)
# A player's or coach's word: a person's name usually follows, so only a city or an acronym
# after it is the club ("trung vệ Bình Dương", "cầu thủ HAGL").
PLAYERS = phrases("cầu thủ|trung vệ|tiền vệ|tiền đạo|hậu vệ|thủ môn|HLV", "|")
# What a club does right after its name (tense words stepped over).
CLUB_ACTS = phrases("thua|thắng|hòa|hoà|đánh bại|nhận trận thua|phải nhận trận thua|thi đấu", "|")
TENSE = phrases("đã|sẽ|vừa|đang|cũng|từng", "|")
SIDES = frozenset({"–", "-", "và"})  # what joins the two sides after "giữa"
MAX_CLUB_WORDS = 4
# The United Kingdom's nations field teams and leagues of their own: "đội bóng Scotland" is a
# club described by its country, as "đội bóng Anh" is.
NATIONS = (*COUNTRIES, "Scotland", "Wales", "xứ Wales", "Xứ Wales", "Bắc Ireland", "England")
# A region's teams are no one club ("các đội bóng Nam Mỹ", "đội bóng Trung Á").
REGIONS = phrases(
    "Nam Mỹ|Bắc Mỹ|Trung Mỹ|Mỹ Latinh|châu Âu|châu Á|châu Phi|châu Mỹ|châu Đại Dương|Trung Á|"
    "Tây Á|Đông Á|Đông Nam Á|Nam Á|Trung Đông|Bắc Âu|Nam Âu|Đông Âu|Tây Âu|Bắc Phi",
    "|",
)
# Words before a place's name: a name after them is where a side is or comes from.
PLACE_BEFORE = phrases("tại|ở|đến|từ|thăm|thủ đô|vùng|nước|xứ", "|")
_AGE = re.compile(r"U\.?\d{2}")  # "U21 Việt Nam", "U.21 Sydney": a side of its own
_GLUED_INITIAL = re.compile(r"[A-ZĐ]\.[^\W\d]\w*")  # "B.Bình", "S.Khánh": a sponsor's initial


def football_article(sentences: Sequence[str]) -> bool:
    """Two sentences or more speak of football."""
    return sum(1 for s in sentences if FOOTBALL.search(s)) >= MIN_FOOTBALL_SENTENCES


def playing_clubs(sentences: Iterable[str], people: Sequence[str]) -> tuple[str, ...]:
    """The clubs a football article has play or act, each once, in order of first mention."""
    texts = list(sentences)
    if not football_article(texts):
        return ()
    found: list[str] = []
    for sentence in texts:
        words = tokens(sentence)
        for i, n in _club_spans(words):
            name = span(sentence, words, i, i + n)
            if any(f" {name} " in f" {p} " for p in people) or _in_brackets(words, i):
                continue
            if not any(_same_club(name, f) for f in found):
                found.append(name)
    return tuple(found)


def _club_spans(words: Sequence[Token]) -> Iterable[tuple[int, int]]:
    """(start, length) of each club the sentence has play or act."""
    for k in range(len(words)):
        if reach := phrase_at(words, k, CLUB_BEFORE):
            if n := _club_at(words, k + reach):
                yield k + reach, n
        elif reach := phrase_at(words, k, PLAYERS):
            n = _club_at(words, k + reach)
            if n and (_place(words[k + reach : k + reach + n]) or words[k + reach].text.isupper()):
                yield k + reach, n
        elif words[k].text.casefold() == "giữa":
            yield from _sides(words, k + 1)
    for i in range(len(words)):
        if _opens_name(words, i) and (n := _club_at(words, i)):
            after = i + n + (1 if phrase_at(words, i + n, TENSE) else 0)
            if phrase_at(words, after, CLUB_ACTS):
                yield i, n


def _opens_name(words: Sequence[Token], i: int) -> bool:
    """No capitalised word before i (the middle of a longer name) nor a place's preposition
    ("đến từ thủ đô London thi đấu")."""
    if i and words[i - 1].capital:
        return False
    return not any(phrase_at(words, k, PLACE_BEFORE) == i - k for k in range(max(0, i - 2), i))


def _sides(words: Sequence[Token], i: int) -> Iterable[tuple[int, int]]:
    """ "giữa Quảng Nam – B.Bình Dương": both sides of a match."""
    n = _club_at(words, i)
    if n and i + n < len(words) and words[i + n].text in SIDES:
        m = _club_at(words, i + n + 1)
        if m:
            yield i, n
            yield i + n + 1, m


def _club_at(words: Sequence[Token], i: int) -> int:
    """Tokens of a club's name at i: up to four capitalised words, an age prefix ("U21") or a
    sponsor's initial ("B.Bình Dương") included; never a country alone."""
    if is_role_head(words, i) or is_honorific(words, i):
        return 0  # "HLV Nguyễn Đức Thắng": a person with a title
    n = 0
    while i + n < len(words) and n < MAX_CLUB_WORDS and _club_word(words[i + n]):
        if n and person_name_at(words, i + n):
            break  # "HAGL Nguyễn Tấn Anh": the club ends where a person's name starts
        n += 1
    while n and not _names_club(words[i : i + n]):
        n -= 1  # "SLNA Được biết" (a stop left out), "Trận thua": no club's word at the end
    alone = phrase_at(words, i, NATIONS) == n or phrase_at(words, i, REGIONS) == n
    if not n or alone or (n == 1 and _AGE.fullmatch(words[i].text)):
        return 0  # a country alone is a national team's country; an age alone names no side
    return n


def _names_club(run: Sequence[Token]) -> bool:
    """The run ends in a word a club's name ends in: a place ("Than Quảng Ninh"), an acronym
    ("HAGL"), a word no Vietnamese syllable spells ("Liverpool"), an age ("U21")."""
    last = run[-1].text
    if last.isupper() or foreign_word(last) or _AGE.fullmatch(last):
        return True
    return any(_place(run[k:]) for k in range(len(run)))


def _place(run: Sequence[Token]) -> bool:
    """The whole run is a province's, a city's or a country's name, a sponsor's initial aside
    ("B.Bình Dương")."""
    if not run:
        return False
    bare = tokens(_unglued(" ".join(t.text for t in run)))
    return place_at(bare, 0) >= len(bare) or phrase_at(bare, 0, NATIONS) == len(bare)


def _club_word(token: Token) -> bool:
    text = token.text
    return bool(_AGE.fullmatch(text) or _GLUED_INITIAL.fullmatch(text)) or (
        token.capital and token.word and not text[:1].isdigit()
    )


def _same_club(a: str, b: str) -> bool:
    """ "S.Khánh Hòa" and "Sanna Khánh Hòa", "B.Bình Dương" and "Bình Dương": one club."""
    tail_a, tail_b = _unglued(a).split()[-2:], _unglued(b).split()[-2:]
    return a == b or (len(tail_a) == len(tail_b) == 2 and tail_a == tail_b)


def _unglued(name: str) -> str:
    """The name without a sponsor's initial glued to its first word ("S.Khánh Hòa")."""
    return name[2:] if _GLUED_INITIAL.match(name) else name


def _in_brackets(words: Sequence[Token], i: int) -> bool:
    """Token i is inside a bracket: a player's club in a squad list ("Messi (Barcelona)")."""
    depth = 0
    for t in words[:i]:
        depth += (t.text == "(") - (t.text == ")")
    return depth > 0
