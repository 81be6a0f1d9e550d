"""The role the press gives an article's main person only as an epithet, with no name after it.

A portrait or a sports report names its main person bare ("Karius", "Fridman") and says what
they are only in a description standing for the name: "Tỉ phú giàu thứ nhì nước Nga phát biểu
…", "…”, thủ môn 22 tuổi chia sẻ", "Trung vệ Bình Dương nhận khung phạt …". The people rules
read a position only beside a name, so that person had no role. Here the first such epithet's
calling becomes the role of the person the text names most often, when that person has none.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace

from ..models import Person
from .names import CALLINGS, COUNTRIES, STAGE_TITLES, place_at
from .organisations import role_organisation
from .tokens import Token, longest_first, phrase_at, phrases, tokens

# A person's own calling, which can stand for the person's name: a sport's position, a royal
# title, a performer's title, a fortune ("vị tỉ phú").
EPITHETS = longest_first(*CALLINGS, *STAGE_TITLES, *phrases("tỉ phú|tỷ phú", "|"))
HONOURING = "vị"  # "vị tỉ phú 52 tuổi": a word of respect before the calling
MIN_MENTIONS = 3  # sentences naming the main person: a person named in passing is no subject


def with_epithet_roles(sentences: Iterable[str], people: Sequence[Person]) -> tuple[Person, ...]:
    """`people`, the one the text names most often given the first epithet's calling as role
    when it has none."""
    texts = list(sentences)
    main = _main_person(texts, people)
    if main is None or main.role:
        return tuple(people)
    calling = next((c for text in texts for c in _epithets(text)), None)
    if calling is None:
        return tuple(people)
    titled = replace(main, role=calling, organisation=role_organisation(calling))
    return tuple(titled if p is main else p for p in people)


def _main_person(texts: Sequence[str], people: Sequence[Person]) -> Person | None:
    """The person named in the most sentences (by the full name or its last word), in at least
    MIN_MENTIONS and in more than anyone else."""
    counts = sorted(((_mentions(texts, p), i) for i, p in enumerate(people)), reverse=True)
    if not counts or counts[0][0] < MIN_MENTIONS:
        return None
    if len(counts) > 1 and counts[1][0] == counts[0][0]:
        return None
    return people[counts[0][1]]


def _mentions(texts: Sequence[str], person: Person) -> int:
    last = person.name.split()[-1]
    pattern = re.compile(rf"(?<!\w)(?:{re.escape(person.name)}|{re.escape(last)})(?!\w)")
    return sum(1 for text in texts if pattern.search(text))


def _epithets(text: str) -> Iterable[str]:
    """Each calling that opens the sentence or a clause after a comma with no name after it,
    outside a quotation (a speaker's "cầu thủ vi phạm về đạo đức …" speaks of players at large)."""
    words = tokens(text)
    for i in range(len(words)):
        if (i and words[i - 1].text != ",") or _quoted(text, words[i].start):
            continue
        k = i + (words[i].text.casefold() == HONOURING)
        n = phrase_at(words, k, EPITHETS, fold=True)
        if n and _no_name_after(words, k + n):
            yield text[words[k].start : words[k + n - 1].end]


def _quoted(text: str, at: int) -> bool:
    """Offset `at` stands inside a quotation opened before it in the sentence."""
    before = text[:at]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


def _no_name_after(words: Sequence[Token], j: int) -> bool:
    """Token j goes on describing, not naming: a lower-case word or a number ("thủ môn 22 tuổi",
    "nam ca sĩ đã"), or a country or province and then one ("Tỉ phú Nga chia sẻ", "Trung vệ
    Bình Dương nhận")."""
    if j >= len(words):
        return False
    k = j + max(phrase_at(words, j, COUNTRIES), place_at(words, j))
    return k < len(words) and words[k].word and not words[k].capital
