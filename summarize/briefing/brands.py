"""Bodies the press names by a brand alone ("Vietjet", "Boeing", "Suzuki", "NATO"), told from
people, places and products by what the text has them do.

A word in Latin script with no Vietnamese kind word before it may name a company, a person, a
place or a product. It names a body when the article has it act as one more than once: the
subject of a verb a party does ("Suzuki thừa nhận", "Coteccons sẽ là đối tác"), the party an
agreement is made with ("hợp đồng … với Boeing", "giữa Vietjet Air với Boeing"), or the body a
representative speaks for ("Đại diện của Viettel"). A name a person found bears, a place, a
country and a word a number follows (a product: "Boeing 737") are never a brand.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from .names import COUNTRIES, foreign_word, place_at
from .tokens import Token, phrase_at, phrases, tokens

# What a party does right after its name, and the tense words that may stand between.
ACTS = phrases(
    "cho biết|cho hay|thừa nhận|ký|ký kết|đưa ra|công bố|tuyên bố|khẳng định|đồng tình|"
    "hợp tác|cam kết|thông báo|xác nhận|mua",
    "|",
)
TENSE = phrases("sẽ đã cũng đang vừa")
# Words before a party: its representative, or the other side of an agreement.
PARTY_OF = phrases("đại diện|đại diện của|với|giữa", "|")
AGREEMENT = phrases("ký|hợp đồng|thỏa thuận|thoả thuận|hợp tác|đối tác", "|")
# Words before a place's name: a brand is never where one goes or is.
PLACE_BEFORE = phrases("tại|ở|đến|từ|thăm|thủ đô|vùng|nước", "|")
MIN_ACTS = 2


def acting_brands(sentences: Iterable[str], people: Sequence[str]) -> tuple[str, ...]:
    """Brands the article has act as a body at least twice, in order of first such act."""
    names_of_people = {w for p in people for w in p.split()}
    acts: dict[str, int] = {}
    never: set[str] = set()
    strong: dict[str, bool] = {}
    for sentence in sentences:
        words = tokens(sentence)
        agreement = any(phrase_at(words, k, AGREEMENT) for k in range(len(words)))
        for i in range(len(words)):
            n = _brand_words(words, i)
            if not n:
                continue
            name = " ".join(t.text for t in words[i : i + n])
            if names_of_people & set(name.split()) or _not_a_body(words, i, n):
                never.add(name)
            elif act := _acts(words, i, n, agreement):
                acts[name] = acts.get(name, 0) + 1
                strong[name] = strong.get(name, False) or act > 1
    return tuple(n for n, k in acts.items() if k >= MIN_ACTS and strong[n] and n not in never)


def _brand_words(words: Sequence[Token], i: int) -> int:
    """1 or 2 Latin-script capitalised words at i ("Vietjet Air") that no capitalised word
    precedes (that would be the middle of a longer name), else 0."""
    if i and words[i - 1].capital and words[i - 1].word:
        return 0
    if i > 1 and words[i - 1].text in ("-", "–") and words[i - 2].capital:
        return 0  # "ITAR- TASS": the end of a name written with a dash
    n = 0
    while i + n < len(words) and n < 2 and _latin_capital(words[i + n]):
        n += 1
    if n == 0 or (i + n < len(words) and words[i + n].capital and words[i + n].word):
        return 0  # a run of three capitalised words is a person's or a place's name
    return n


def _latin_capital(token: Token) -> bool:
    """A capitalised word no Vietnamese syllable spells ("Vietjet", "Boeing", not "Quang")."""
    text = token.text
    return foreign_word(text) and text[:1].isupper() and len(text) >= 3


def _not_a_body(words: Sequence[Token], i: int, n: int) -> bool:
    """A place or country, a product (a number after it), or a word after a place's preposition."""
    if place_at(words, i) or phrase_at(words, i, COUNTRIES):
        return True
    if i + n < len(words) and words[i + n].text[:1].isdigit():
        return True
    return any(phrase_at(words, k, PLACE_BEFORE) == i - k for k in range(max(0, i - 2), i))


def _acts(words: Sequence[Token], i: int, n: int, agreement: bool) -> int:
    """The brand at i acts: a party's verb follows it, a representative speaks for it, or it is
    the other side of an agreement the sentence names."""
    after = i + n + (1 if phrase_at(words, i + n, TENSE) else 0)
    if phrase_at(words, after, ACTS):
        return 2
    if after > i + n:
        return 1
    for k in range(max(0, i - 3), i):
        reach = phrase_at(words, k, PARTY_OF)
        if reach and k + reach == i:
            text = words[k].text.casefold()
            return 2 if text == "đại" or agreement else 0
    return 0


LISTING = frozenset({",", "và"})  # what joins bodies named in one list


def listed_brands(
    sentences: Iterable[str], bodies: Sequence[str], people: Sequence[str]
) -> tuple[str, ...]:
    """Brands named in one list with a body found ("VietinBank và Công ty cổ phần Đầu tư đèo Cả
    đã ký kết", "Nhà mạng VinaPhone, Mobifone và Viettel đồng tình"): a list holds one kind of
    thing, so a brand beside a body is one too. Not places, products or people's names."""
    names_of_people = {w for p in people for w in p.split()}
    known = {b.casefold() for b in bodies}
    found: list[str] = []
    for sentence in sentences:
        words = tokens(sentence)
        grew = True
        while grew:  # "VinaPhone, Mobifone và Viettel": each joins the one after it
            grew = False
            for i in range(len(words)):
                n = _brand_words(words, i)
                name = " ".join(t.text for t in words[i : i + n])
                if not n or name.casefold() in known or names_of_people & set(name.split()):
                    continue
                if _not_a_body(words, i, n) or (i + n < len(words) and _product(words, i, n)):
                    continue
                if _listed_beside(words, i, n, known) and not _in_brackets(words, i):
                    known.add(name.casefold())
                    found.append(name)
                    grew = True
    return tuple(found)


def _listed_beside(words: Sequence[Token], i: int, n: int, known: set[str]) -> bool:
    """The brand at i is joined by a comma or "và" to a known body right after or before it; a
    comma joins only in a list closed by "và" ("VinaPhone, Mobifone và Viettel"), not where a
    clause ends ("Cũng qua Twitter, bộ Ngoại giao Đức công bố")."""
    if not any(t.text == "và" for t in words[max(0, i - 12) : i + n + 12]):
        return False
    after = i + n
    if after < len(words) and words[after].text in LISTING:
        rest = " ".join(t.text for t in words[after + 1 : after + 13]).casefold()
        if any(rest == k or rest.startswith(k + " ") for k in known):
            return True
    if i >= 2 and words[i - 1].text in LISTING:
        before = " ".join(t.text for t in words[max(0, i - 13) : i - 1]).casefold()
        return any(before == k or before.endswith(" " + k) for k in known)
    return False


def _product(words: Sequence[Token], i: int, n: int) -> bool:
    """A number after the name makes it a product ("Boeing 737")."""
    return words[i + n].text[:1].isdigit()


def _in_brackets(words: Sequence[Token], i: int) -> bool:
    """Token i is inside a bracket: a list there is background ("(sau Toyota, Nissan và Honda)")."""
    depth = 0
    for t in words[:i]:
        depth += (t.text == "(") - (t.text == ")")
    return depth > 0
