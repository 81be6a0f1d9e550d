"""Words and punctuation with their offsets, for the rules that read names and positions.

Names keep their inner dots and dashes ("TP.HCM", "Offord-Woolley", "ITAR-TASS", "V.Mikhailov"),
so a dot inside a name never cuts it ("UBND TP" for "UBND TP.HCM", "Bộ Công" for "Bộ Công an").
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

_TOKEN = re.compile(r"[A-ZĐ]\.(?=\s)|[\w&]+(?:[.\-'’][\w&]+)*|[^\w\s]")


@dataclass(frozen=True, slots=True)
class Token:
    """A word or a punctuation mark and where it sits in its sentence."""

    text: str
    start: int
    end: int

    @property
    def capital(self) -> bool:
        return self.text[:1].isupper()

    @property
    def word(self) -> bool:
        return self.text[:1].isalnum()


def tokens(sentence: str) -> list[Token]:
    """The sentence's words and punctuation marks, in order."""
    return [Token(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(sentence)]


def phrase_at(
    words: Sequence[Token], i: int, phrases: tuple[str, ...], *, fold: bool = False
) -> int:
    """Length in tokens of the longest phrase starting at token i, or 0 ("Phó Chánh án", not
    "Phó"; "Viện kiểm sát", not "Viện"). The first letter's case never matters ("Phó", "phó");
    with `fold` no letter's does ("Tổng giám đốc")."""
    if i >= len(words):
        return 0
    for parts, folded in _index(phrases).get(words[i].text.lower(), ()):
        n = len(parts)
        got = [t.text for t in words[i : i + n]]
        if len(got) != n or got[0].lower() != parts[0].lower():
            continue
        if got[1:] == parts[1:] or (fold and [g.lower() for g in got] == folded):
            return n
    return 0


#: A phrase split into its words, and its lower-cased words (what `fold` compares).
Phrase = tuple[list[str], list[str]]

#: _by_first_word's index of each phrase list by the list's identity: the rules ask about the
#: same module-level lists millions of times, and a cache keyed by the tuple hashes its every
#: phrase on each call. The list is kept with its index, so its id stays its own.
_INDEXES: dict[int, tuple[tuple[str, ...], Mapping[str, tuple[Phrase, ...]]]] = {}


def _index(phrases: tuple[str, ...]) -> Mapping[str, tuple[Phrase, ...]]:
    found = _INDEXES.get(id(phrases))
    if found is None or found[0] is not phrases:
        if len(_INDEXES) > 4096:  # lists built on the fly: keep the memory bounded
            _INDEXES.clear()
        found = _INDEXES[id(phrases)] = (phrases, _split_index(phrases))
    return found[1]


@cache
def _split_index(phrases: tuple[str, ...]) -> Mapping[str, tuple[Phrase, ...]]:
    """_by_first_word's index, each phrase split; by the list's value, so a list a rule builds
    on the fly (a new object each call, the same words) is split once, not once per call."""
    return {
        w: tuple((p.split(), p.lower().split()) for p in listed)
        for w, listed in _by_first_word(phrases).items()
    }


def _by_first_word(phrases: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """The phrases by their first word, lower-cased, the longest first: one look-up per token."""
    index: dict[str, list[str]] = {}
    for phrase in phrases:
        index.setdefault(phrase.split()[0].lower(), []).append(phrase)
    return {w: tuple(sorted(found, key=lambda p: -len(p.split()))) for w, found in index.items()}


def span(text: str, words: Sequence[Token], i: int, j: int) -> str:
    """The text of tokens i..j-1 as written."""
    return text[words[i].start : words[j - 1].end]


def phrases(text: str, sep: str | None = None) -> tuple[str, ...]:
    """A word list written as one string ("Nguyễn Trần Lê …", or "|"-separated phrases)."""
    return tuple(p.strip() for p in text.split(sep) if p.strip())


# Vietnamese family names: where a person's name starts (briefing/names.py) and why a place
# followed by one goes no further ("Thành ủy TP.HCM Đinh La Thăng", briefing/places.py).
SURNAMES = frozenset(
    phrases(
        "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đinh Trương Lâm "
        "Tòng Khúc Mai Đào Triệu Lương Nông Hà Tạ Quách Cao Chu Thái Lưu Vương Kiều Tô La Từ "
        "Doãn Giang Đoàn Trịnh Phùng Châu Thân Tăng Niê Lò Lục Mạc Ninh Tôn Văn Hứa Âu Diệp Lại "
        "Hầu Thạch Kim Quan Lã Lữ Mẫn Đàm Ông Bế Hoàng Y Thích"
    )
)  # "Thích": the family name of every Buddhist monk and nun's dharma name ("Thích Phổ Tuệ")


def longest_first(*items: str) -> tuple[str, ...]:
    """Phrases ordered so that a longer one is tried before its start ("cho biết" before "cho")."""
    return tuple(sorted(items, key=len, reverse=True))


@lru_cache(maxsize=256)
def tagged(sentence: str) -> Mapping[int, tuple[str, str]]:
    """underthesea's words and parts of speech, by the offset where each starts in `sentence`;
    read once per sentence, though the rules of figures and of bodies each ask about it."""
    from .pos import pos_tag  # heavy import: paid only where a rule needs it

    found: dict[int, tuple[str, str]] = {}
    offset, view = 0, ""
    for word, tag in pos_tag(sentence):
        at = sentence.find(word, offset)
        if at < 0:  # "Uỷ ban", "Khánh Hoà": underthesea gives the word as "Ủy", "Hòa"
            view = view or _tones_placed(sentence)
            at = view.find(word, offset)
        if at >= 0:
            found[at] = (word, tag)
            offset = at + len(word)
    return found


def _tones_placed(sentence: str) -> str:
    """The sentence with each word's tone mark where underthesea's `pos_tag` puts it ("Uỷ" ->
    "Ủy", "hoà" -> "hòa"), words of another length left alone: the same offsets, so a word it
    gives back in its own spelling is found where the sentence has it."""
    from underthesea.pipeline.text_normalize import token_normalize

    def placed(match: re.Match[str]) -> str:
        word = match.group()
        normal = token_normalize(word)
        return normal if len(normal) == len(word) else word

    return re.sub(r"\w+", placed, sentence)
