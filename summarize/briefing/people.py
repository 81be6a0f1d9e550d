"""People named in the text, with the position the text gives them.

Vietnamese news names an official three ways, and a speaker is missed unless all three are read:
a rank or honorific before the name ("Thiếu tướng Nguyễn Văn Kỷ", "ông Ray Conner"), the position
before the name ("Chủ tịch nước Trương Tấn Sang", "Tổng thống Mỹ Barack Obama") and the position
after it, as an apposition ("ông Mai Sơn, Phó Chủ tịch …, Trưởng Ban …", "Nguyễn Thanh Sơn -
Thứ trưởng Bộ Ngoại giao -"). A Vietnamese name is found by its surname ("Nguyễn", "Trần" …, never
a place such as "Hà Nội" or "Hồ Chí Minh"), which is where an organisation written before the name
ends; a foreign name after a country ("Mexico Jose Antonio Meade") or an honorific.

underthesea's `ner` was measured on the gold set in bench/ and tags most officials as places
("Chủ tịch nước Trương Tấn Sang" -> LOC); its word segmentation joins an organisation to the name
after it ("Boeing Ray Conner"), so these rules read the text themselves.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from ..models import Person
from .names import (
    COMPANY_WORDS,
    COUNTRIES,
    PREFIXES,
    STAGE_TITLES,
    called_name_at,
    foreign_name_at,
    foreign_word,
    initial,
    is_honorific,
    is_position,
    is_role_head,
    name_at,
    opens_place,
    outlet_sign,
    place_at,
    single_name_at,
    stage_name_at,
    vietnamese_name,
)
from .organisations import ORG_HEADS, WHOLE, read_words, role_organisation
from .tokens import SURNAMES, Token, longest_first, phrase_at, phrases, tokens

# Lower-case words a role never holds: where a role running on after the name turns into a verb.
ROLE_STOPS = longest_first(
    *phrases(
        "cho biết|nói|phát biểu|khẳng định|nhấn mạnh|đề nghị|chia sẻ|cho rằng|bày tỏ|đánh giá|"
        "yêu cầu|chủ trì|báo cáo|thông tin|trình bày|nêu|đã|sẽ|đang|vừa|cũng|tiếp|ký|dẫn đầu|"
        "tham dự|là|được|có|khi|sau|gửi|trao|lưu ý|kết luận|giải thích|tiết lộ|thừa nhận|cảm ơn|"
        "hoan nghênh|chê|khai mạc|mong muốn|hỏi|trả lời|đặt câu hỏi|làm việc|đến|thăm|với|họp|"
        "sinh năm|sinh ngày|bị|cho hay|tuyên bố|kêu gọi|cam kết|để|về tội|vì tội|về hành vi|"
        "thôi",  # "… Quân khu 7 thôi làm nhiệm vụ …": released from a post
        "|",
    )
)
# Capitalised words that open a sentence before a name ("Theo TS Trần Bá Việt Dũng - …").
OPENERS = frozenset({"Theo", "Tại", "Với", "Khi", "Sau", "Trước", "Cùng", "Và", "Như", "Đến"})
# Lower-case words after which a full Vietnamese name names a street, school, prize or place, not
# a person ("đường Trần Duy Hưng", "trường Lê Quý Đôn").
NAMED_AFTER = longest_first(
    *phrases(
        "đường|phố|ngõ|hẻm|ngách|trường|cầu|quận|huyện|xã|phường|thị trấn|làng|thôn|giải|tàu|"
        "lăng|tượng|đền|nhà hát|bến|khu|cụm|công viên|chợ|bệnh viện|quảng trường|tỉnh|thành phố|"
        "số|thị xã|khu đô thị|khu phố|chung cư|tòa nhà|toà nhà|giao lộ|ngã tư|ngã ba|đại lộ|"
        "sân bay|bảo tàng|trường đại học|đại học|ĐH|trường ĐH|THPT|THCS|trường THPT|trường THCS|"
        "trú tại|ngụ tại|trú|ngụ|thường trú|"
        # schools by their type, named after a person ("Trường Thiếu sinh quân Trần Quốc Tuấn")
        "trường thiếu sinh quân|trường tiểu học|trường mầm non|trường mẫu giáo|trường trung học|"
        "trường phổ thông|trường năng khiếu|trường chuyên|trường sĩ quan|trường cao đẳng|"
        "trường trung cấp|trường dân tộc nội trú|trường quân sự|trường chính trị|trường nghề",
        "|",
    )
)
# The same inside a position before its holder ("Trưởng Công an thị xã Ninh Hoà", "Hiệu trưởng
# Trường ĐH Nguyễn Tất Thành"), but for "tỉnh" and "thành phố", after which the press may leave
# the place out before the holder's name.
IN_ROLE_NAMED_AFTER = tuple(k for k in NAMED_AFTER if k not in ("tỉnh", "thành phố"))
_HOUSE_NUMBER = re.compile(r"\d+[A-Za-z]?(?:/\d+[A-Za-z]?)*")
# Verbs of speech after a person's name.
SPEECH = phrases("nói|tuyên bố|phát biểu|chia sẻ|khẳng định|nhấn mạnh|cho biết", "|")
# What a foreign name with no title says as a person: the verbs of speech and those a person, not a
# body publishing, speaks with ("Jixun Foo cho rằng", "- Ammar al-Asad trả lời"); not "thông báo",
# "xác nhận", "yêu cầu" (a bank's, a government's as often), nor "kể" ("kể từ": since).
PERSONAL_SPEECH = (
    *SPEECH,
    *phrases("cho rằng|cho hay|bày tỏ|trả lời|tiết lộ|giải thích|nhận định", "|"),
)
# Particles between a speaker's name and the verb ("Thomas Mueller thì nói", "Sophie Turner cũng
# đã phát biểu"), at most MAX_PARTICLES of them.
SPEECH_PARTICLES = phrases("vừa đã sẽ cũng từng thì lại còn mới")
MAX_PARTICLES = 2
# What a comma or a dash after a name may open besides a position: a standing the press gives in
# lower case ("bà Nguyễn Thị Thu Thanh - đại diện Công ty Hải sản Bền Vững", "bác sĩ Trần Đình
# Phi, Phó khoa Ngoại …", "ông Hofer, ứng cử viên của Đảng Tự do Áo"); before a name these words
# are no position ("đại diện Lâm Tâm Như": whom the agent speaks for).
APPOSITIONS = longest_first(
    *phrases(
        "đại diện|GĐ|PGĐ|Phó khoa|Trưởng khoa|Phó trưởng khoa|chuyên gia|ứng cử viên|ứng viên|"
        "Đoàn đại biểu Quốc hội|Đoàn ĐBQH|"
        "quan chức|lãnh đạo|nhà sáng lập|đồng sáng lập|người sáng lập|CEO|phụ trách|"
        # an owner of a business ("Ông Nguyễn Minh - chủ thương hiệu Happy Flower")
        "chủ shop|chủ cửa hàng|chủ một cửa hàng|chủ thương hiệu|chủ tiệm|chủ quán|chủ nhà hàng|"
        "chủ khách sạn|chủ vựa|chủ sạp|chủ trang trại|chủ cơ sở|chủ doanh nghiệp|chủ hãng",
        "|",
    )
)
COURTESIES = frozenset({"ông", "bà", "ngài"})  # lower case: inside a phrase, before a name
# Words after which a position is whom something is said or given to, so the name after the
# next comma is not its holder ("Thông báo với Chủ tịch nước …, ngài Mikhailov cho biết").
ADDRESSED = frozenset({"với", "cho", "tới", "gửi"})
# Words that count a group: an occupation after them is the people the sentence speaks of ("nói
# chuyện với 500 sinh viên về …, Paul Blackthorne mặc …"), no one's standing.
COUNTING = frozenset(
    "các những nhiều vài mấy mọi hai ba bốn năm sáu bảy tám chín mười hàng chục trăm nghìn ngàn".split()  # noqa: SIM905, E501
)
PLURALS = frozenset({"các", "những"})
MAX_ROLE_WORDS = 40  # tokens: four positions of a Politburo member, commas included
MIN_SLIP_LETTERS = 5  # a foreign family name this long is one person despite a slip


@dataclass(frozen=True, slots=True)
class Found:
    """The people the rules name, and those only an occupation heading a plural list found
    ("các đạo diễn Ken Loach, …"): left out, but their role is at hand when another reader (the
    span tagger) finds the same name. Those named only after "của" are left out too, and no
    other reader adds them back."""

    people: tuple[Person, ...]
    occupied: tuple[Person, ...]
    possessors: tuple[Person, ...] = ()  # named only as whose something is, not as actors
    aliases: tuple[Person, ...] = ()  # another person's alias ("… (tức ca sỹ Nam Khang)")

    def roles_for(self, added: Iterable[Person]) -> tuple[Person, ...]:
        """`added` people, each with the role an occupation gave the same name, if it had none."""
        out = []
        for p in added:
            same = next((o for o in self.occupied if o.name == p.name), None)
            out.append(_richer(p, same) if same is not None and not p.role else p)
        return tuple(out)


def extract_people(sentences: Iterable[str], headlines: Iterable[str] = ()) -> tuple[Person, ...]:
    """People named with a rank, honorific or position, once each, with the fullest role found.

    Names first found beside an honorific are then recognised after a position too ("Tổng giám
    đốc Tập đoàn Boeing Ray Conner" once "ông Ray Conner" is known).
    """
    return find_people(sentences, headlines).people


def find_people(sentences: Iterable[str], headlines: Iterable[str] = ()) -> Found:
    """`extract_people`, with the people only an occupation found kept apart."""
    texts = list(sentences)
    known = frozenset(p.name for text in texts for p, *_ in _mentions(text, frozenset()))
    best: dict[str, Person] = {}
    counts: dict[str, int] = {}
    named: set[str] = set()  # names some mention finds without an occupation
    acting: set[str] = set()  # names some mention finds other than after "của"
    for text in texts:
        for person, by_occupation, possessor in _mentions(text, known):
            current = best.get(person.name)
            best[person.name] = person if current is None else _richer(current, person)
            counts[person.name] = counts.get(person.name, 0) + 1
            named |= set() if by_occupation else {person.name}
            acting |= set() if possessor else {person.name}
    unaliased = _without_short_forms(_without_glued_words(best, counts))
    people = _without_second_spellings(_without_aliases(unaliased, texts))
    aliases = tuple(p for p in unaliased if p.name not in {q.name for q in people})
    possessors = tuple(p for p in people if not _named_otherwise(p.name, acting))
    people = tuple(p for p in people if _named_otherwise(p.name, acting))
    kept = tuple(p for p in people if _named_otherwise(p.name, named))
    occupied = tuple(p for p in people if not _named_otherwise(p.name, named))
    return Found(_with_headline_roles(kept, headlines), occupied, possessors, aliases)


def with_roles_before(sentences: Iterable[str], added: Iterable[Person]) -> tuple[Person, ...]:
    """`added` people (the span tagger's, names only), each with no role given the occupation,
    position or performer's title said right before the same name ("ca sĩ Quang Hà", "đạo diễn
    Vĩnh Khương"), the first in the text; the rules read none before a stage name, which they
    would take for a body or a place as often as for a person."""
    texts = list(sentences)
    out = []
    for p in added:
        role = None if p.role else next((r for t in texts for r in _said_before(t, p.name)), None)
        out.append(_person(p.name, p.title, role) if role else p)
    return tuple(out)


def _said_before(text: str, name: str) -> Iterable[str]:
    """Each occupation, position or performer's title ending right before `name` in `text`,
    not one heading a plural list ("các diễn viên …")."""
    words = tokens(text)
    size = len(name.split())
    for j in range(1, len(words)):
        if " ".join(t.text for t in words[j : j + size]) != name:
            continue
        for i in range(max(0, j - 4), j):  # the longest first: "nữ ca sĩ", not "ca sĩ"
            title = " ".join(t.text for t in words[i:j]).casefold()
            if (is_position(words, i) == j - i or title in STAGE_TITLES) and not _heads_a_list(
                words, i
            ):
                yield text[words[i].start : words[j - 1].end]
                break


_TONE_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323")  # huyền, sắc, ngã, hỏi, nặng


def _without_second_spellings(people: tuple[Person, ...]) -> tuple[Person, ...]:
    """ "Phạm Ngọc Bảo Quân" and "Phạm Bảo Quân", "Phạm Thế Tuấn" and "Phạm Thế Tuân": one
    Vietnamese name written a second way in the same section, an inner word left out or one
    tone mark changed, is one person, listed under the name found first."""
    kept: list[Person] = []
    for p in people:
        same = next((i for i, k in enumerate(kept) if _second_spelling(k.name, p.name)), None)
        if same is None:
            kept.append(p)
        else:
            kept[same] = _richer(kept[same], p)
    return tuple(kept)


def _second_spelling(a: str, b: str) -> bool:
    """Two Vietnamese names of three words or more, one the other with an inner word left out
    or one word's tone mark changed."""
    x, y = a.split(), b.split()
    if min(len(x), len(y)) < 3 or x[0] not in SURNAMES or y[0] not in SURNAMES:
        return False
    if len(x) == len(y):
        differ = [(u, v) for u, v in zip(x, y, strict=True) if u != v]
        return len(differ) == 1 and _toneless(differ[0][0]) == _toneless(differ[0][1])
    short, long = sorted((x, y), key=len)
    return len(long) == len(short) + 1 and any(
        long[:k] + long[k + 1 :] == short for k in range(1, len(long) - 1)
    )


def _toneless(word: str) -> str:
    """The word without its tone mark, the marks of its vowels kept ("Tuấn" -> "Tuân")."""
    decomposed = unicodedata.normalize("NFD", word)
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in _TONE_MARKS))


ALIAS_OPENERS = "tức|còn gọi là|hay còn gọi là|thường gọi là"
_ALIAS_OPENED = re.compile(rf"\(\s*(?:{ALIAS_OPENERS})\s")


def _without_aliases(people: tuple[Person, ...], texts: Sequence[str]) -> tuple[Person, ...]:
    """ "Đoàn Quý Nguyên (tức ca sỹ Nam Khang, SN 1985 …)": a name given in brackets as another
    found person's alias is that person, listed once under the first name, with the alias's
    title and role when the first has none."""
    opened = [t for t in texts if _ALIAS_OPENED.search(t)]
    merged = {p.name: p for p in people}
    for a, b in ((a, b) for a in people for b in people if opened and a is not b):
        if a.name in merged and b.name in merged and _alias_of(a.name, b.name, opened):
            alias, first = merged.pop(b.name), merged[a.name]
            merged[a.name] = first if first.role else _richer(first, alias)
    return tuple(merged.values())


def _alias_of(name: str, alias: str, texts: Sequence[str]) -> bool:
    """`alias` stands in brackets after `name`, opened by an alias word, a title or a few
    words allowed before it ("(còn gọi là ca sĩ Châu Việt Cường, SN 1978 …)")."""
    pattern = re.compile(
        rf"{re.escape(name)}\s*\(\s*(?:{ALIAS_OPENERS})\s+(?:[^,;()]*?\s)?{re.escape(alias)}(?!\w)"
    )
    return any(pattern.search(t) for t in texts if name in t and alias in t)


def _with_headline_roles(
    people: tuple[Person, ...], headlines: Iterable[str]
) -> tuple[Person, ...]:
    """ "3 giờ đối thoại của Chủ tịch Nguyễn Đức Chung …": a headline's position goes to the
    person the text names with none (same name, or its short form either way); a headline
    names nobody the text does not."""
    titled = [p for p in extract_people(headlines) if p.role] if headlines else []
    out = []
    for p in people:
        same = next((h for h in titled if _same_person(p.name, h.name)), None)
        out.append(_richer(p, same) if same is not None and not p.role else p)
    return tuple(out)


def _same_person(a: str, b: str) -> bool:
    return a == b or _short_form(a, b) or _short_form(b, a) or _same_foreign_name(a, b)


def _named_otherwise(name: str, named: set[str]) -> bool:
    """An occupation heading a plural list gives a role but finds no one: "các cầu thủ Mesut
    Ozil, Mathieu Flamini …" names players the annotation leaves out (named in a list, with no
    act of their own); one of them is kept when the text names him some other way too (or his
    full or short name)."""
    return name in named or any(_short_form(name, n) or _short_form(n, name) for n in named)


def _without_glued_words(best: dict[str, Person], counts: dict[str, int]) -> dict[str, Person]:
    """ "Nam diễn viên Hollywood Paul Blackthorne" once, "Paul Blackthorne" more often: a word of
    the position ran into the name; the name the text repeats is the person's."""
    best = dict(best)
    for name in sorted(best, key=len):
        if name not in best:
            continue  # itself a glued form, folded into a shorter name already
        longer = [o for o in best if _glued_before(o, name) and counts[o] < counts.get(name, 0)]
        for glued in longer if " " in name else ():
            best[name] = _richer(best[name], best.pop(glued))
    return best


def _glued_before(longer: str, name: str) -> bool:
    """`longer` is `name` after one more word in Latin script that opens no Vietnamese name
    ("Hollywood Paul Blackthorne"; not "Nguyễn Hữu Thắng", whom the press calls "Hữu Thắng")."""
    extra = longer.removesuffix(" " + name)
    return extra != longer and " " not in extra and extra.isascii() and extra not in SURNAMES


# Standings relative to another person ("người đồng cấp Mỹ": the counterpart of whoever spoke):
# a role only for someone the text gives no other ("Ngoại trưởng Mỹ" wins, however short).
RELATIVE_STANDINGS = ("người đồng cấp", "người tiền nhiệm", "người kế nhiệm")


def _richer(a: Person, b: Person) -> Person:
    """The longer role of two mentions, keeping a rank either gave; a standing relative to
    another person only when the other mention has no role."""
    role, organisation = max(((a.role, a.organisation), (b.role, b.organisation)),
                             key=lambda r: (bool(r[0]) and not _relative(r[0]),
                                            len(r[0] or "")))  # fmt: skip
    title = a.title if _plain(b.title) or not _plain(a.title) else b.title
    return Person(a.name, title or b.title, role, organisation)  # "ông" kept beside no title


def _relative(role: str | None) -> bool:
    """The role is a standing relative to another person ("người đồng cấp Mỹ")."""
    return bool(role) and role.casefold().startswith(RELATIVE_STANDINGS)  # type: ignore[union-attr]


def _plain(title: str | None) -> bool:
    """No rank at all, or only a courtesy ("Ông", "Bà", "Đồng chí")."""
    return title in (None, "Ông", "Bà", "Đồng chí", "Ngài")


def _without_short_forms(best: dict[str, Person]) -> tuple[Person, ...]:
    """ "Putin" beside "Vladimir Putin" is the same person: the full name stays, with the
    position the short one gave when the full one had none ("ông John Kerry" and "Ngoại trưởng
    Kerry")."""
    names = list(best)
    best = dict(best)
    for n in sorted(names, key=len):
        full = max((o for o in best if o != n and _short_form(n, o)), key=len, default=None)
        short = best.pop(n) if full is not None else None
        weak = full is not None and (not best[full].role or _relative(best[full].role))
        if full is not None and short is not None and weak:
            best[full] = _richer(best[full], short)
    kept: dict[str, Person] = {}
    for n, p in best.items():
        same = next((k for k in kept if _same_foreign_name(k, n)), None)
        kept[same or n] = p if same is None else _richer(kept[same], p)
    return tuple(kept.values())


def _short_form(one: str, full: str) -> bool:
    """`one` is how the text shortens `full`: its last word ("ông Putin", "ông Thăng"), its
    family name when the name is written family name first as Chinese and Korean names are
    ("bà Thái" for Thái Anh Văn, "ông Kim" for Kim Jong-un), or a slip of the family name."""
    last = full.endswith(" " + one)
    family = " " not in one and full.startswith(one + " ")
    return last or family or _slip_of_family(full, one)


def _same_foreign_name(a: str, b: str) -> bool:
    """ "Sergei V.Mikhailov", "Sergei Mikhailov", "Sergai Mikhailov": one foreign person written
    with and without an initial, or with a slip of one letter in a word (Vietnamese names, where
    one letter is another person, are never merged)."""
    x, y = _name_words(a), _name_words(b)
    if not (a.isascii() and b.isascii()) or len(x) != len(y) or len(x) < 2:
        return False
    return all(_one_slip(u.casefold(), v.casefold()) for u, v in zip(x, y, strict=True))


def _slip_of_family(full: str, one: str) -> bool:
    """ "Meada" beside "Jose Antonio Meade": a foreign family name written alone with a slip of
    one letter; long enough that two people are not taken for one ("Kim", "Kin")."""
    family = full.split()[-1]
    return (
        " " in full
        and " " not in one
        and (full + one).isascii()
        and min(len(family), len(one)) >= MIN_SLIP_LETTERS
        and _one_slip(family.casefold(), one.casefold())
    )


def _name_words(name: str) -> list[str]:
    return [w for w in re.split(r"[\s.]+", name) if len(w) > 1]


def _one_slip(u: str, v: str) -> bool:
    """Equal, or one letter replaced, dropped or added."""
    if u == v:
        return True
    if len(u) == len(v):
        return sum(a != b for a, b in zip(u, v, strict=True)) == 1
    short, long = sorted((u, v), key=len)
    return len(long) - len(short) == 1 and any(
        long[:k] + long[k + 1 :] == short for k in range(len(long))
    )


def _mentions(text: str, known: frozenset[str]) -> Iterable[tuple[Person, bool, bool]]:
    """Each person named in `text`, whether only an occupation before the name found it, and
    whether it names a relative only (`_possessor`; a name read again in the same sentence,
    "Tổng giám đốc Nguyễn Văn Bình" then "Nguyễn Văn Bình", keeps the first reading's)."""
    words = tokens(text)
    first: dict[str, bool] = {}
    for i in range(len(words)):
        found = _after_honorific(text, words, i, known) or _after_courtesy(text, words, i)
        if found is None and (found := _after_role(text, words, i, known)) is not None:
            kin = first.setdefault(found.name, _possessor(words, i))
            yield found, not is_role_head(words, i) and _heads_a_list(words, i), kin
            listed = _listed_after(text, words, i, found.name, known)
            yield from ((p, False, False) for p in listed)
            continue
        if found is None:
            found = _with_apposition(text, words, i, known) or _bare_full_name(words, i)
        if found is None:
            found = _holder_after_copula(text, words, i, known)
        if found is None:
            found = _given_name_before_known(text, words, i, known)
        if found is None:
            found = _foreign_speaker(words, i)
        if found is not None:
            yield found, False, first.setdefault(found.name, _possessor(words, i))


# Kin nouns: a name right after one and "của" is the relative's ("con trai của GS Ngô Gia Hy");
# after a parent's and "là", the parent's ("cha ông là Nhật hoàng Hirohito").
KIN = phrases("con|con trai|con gái|cháu|cháu trai|cháu gái|chắt|cha|bố|mẹ|vợ|chồng", "|")
PARENTS = frozenset({"cha", "bố", "mẹ"})


def _possessor(words: Sequence[Token], i: int) -> bool:
    """The mention starting at token i (its title, position or name) names someone's relative:
    it stands right after a kin noun and "của" ("cháu trai của Thủ tướng Indira Gandhi", "con gái
    của Liu Chuanzhi"), or after a parent, a pronoun and "là" ("cha ông là Nhật hoàng
    Hirohito"): background to the article's people, not an actor of its own."""
    if i < 2:
        return False
    before = words[i - 1].text.casefold()
    if before == "của":
        return any(phrase_at(words, i - 1 - k, KIN, fold=True) == k for k in (1, 2) if i > k)
    return before == "là" and i >= 3 and words[i - 3].text.casefold() in PARENTS


def _heads_a_list(words: Sequence[Token], i: int) -> bool:
    """A plural word stands before the occupation at i ("các cầu thủ Mesut Ozil, Mathieu
    Flamini …"): the names it heads are listed, not each named for what they did."""
    return i > 0 and words[i - 1].text.casefold() in PLURALS


def _foreign_speaker(words: Sequence[Token], i: int) -> Person | None:
    """ "Rafael Nadal vừa tuyên bố …", "… ” – Angelina Jolie nói", "Jixun Foo cho rằng": a foreign
    name of two or three words, with no title, is a person when a verb a person says with follows
    it (a particle or two between: "Sophie Turner cũng đã phát biểu"), or words that
    only describe a person (a company's name ends with its designator, "Sony Music", and is
    left to the bodies)."""
    if _inside_name(words, i):
        return None
    n = foreign_name_at(words, i)
    company = any(t.text in COMPANY_WORDS for t in words[i : i + n])
    if n < 2 or company or not foreign_word(words[i].text) or _after_kind(words, i):
        return None
    after = i + n
    while after < i + n + MAX_PARTICLES and phrase_at(words, after, SPEECH_PARTICLES):
        after += 1
    if not phrase_at(words, after, PERSONAL_SPEECH) and not _said_of_a_person(words, i + n):
        return None
    return _person(" ".join(t.text for t in words[i : i + n]), None, None)


# Lower-case words that say what kind of body or outlet the capitals after them name ("tờ
# Rodong Shinmun khẳng định", "ngân hàng Standard Chartered cho biết").
KIND_WORDS = phrases("tờ|báo|hãng|kênh|trang|đài|tập đoàn|công ty|ngân hàng|nhóm|ban nhạc", "|")


def _after_kind(words: Sequence[Token], i: int) -> bool:
    """A kind of body or outlet ends right before token i, so the capitals there are its name."""
    return any(phrase_at(words, i - k, KIND_WORDS, fold=True) == k for k in (1, 2) if i >= k)


def _said_of_a_person(words: Sequence[Token], k: int) -> bool:
    """What follows a name at k says it is a person's: an apposition opening with "người" ("…,
    người đã cùng Jolie thành lập …") or an age in brackets ("(45 tuổi)")."""
    texts = [t.text for t in words[k : k + 4]]
    apposition = texts[:2] == [",", "người"]
    aged = len(texts) == 4 and texts[0] == "(" and texts[1].isdigit() and texts[2] == "tuổi"
    return apposition or aged


_AGE = re.compile(r"[\s,]+\d{1,3} tuổi$")
# "người đứng đầu bang Guajarat và là …": the role stopped at "là", its "và" is no part of it.
_TRAILING_AND = re.compile(r"(?:[\s,]+và)+\s*$")


def _person(name: str, title: str | None, role: str | None) -> Person:
    """`role` without the separators around it, nor the holder's age ("nữ diễn viên 63 tuổi")."""
    role = _TRAILING_AND.sub("", _AGE.sub("", role)).strip(" ,-–") if role else None
    return Person(name, title, role or None, role_organisation(role) if role else None)


def _after_honorific(
    text: str, words: Sequence[Token], i: int, known: frozenset[str]
) -> Person | None:
    h = is_honorific(words, i)
    if not h or _inside_name(words, i):
        return None
    n = name_at(words, i + h, known, foreign=True)
    title = " ".join(t.text for t in words[i : i + h])
    if not n and (title.casefold() in STAGE_TITLES or _unknown_family(words, i + h)):
        n = stage_name_at(words, i + h)  # "ca sĩ Mỹ Tâm", "ông Tống Anh Linh", "ông Tập Cận Bình"
    if not n and title.casefold() not in STAGE_TITLES and not opens_place(words, i, h + 1):
        n = single_name_at(words, i + h)  # "ông Chung", "Chuẩn đô đốc Kilrain"; not "Bà Rịa"
    if phrase_at(words, i + h, ORG_HEADS, fold=True) > 1:
        return None  # "các bác sĩ Bệnh viện Chợ Rẫy", "Đại tá Cảnh sát Prayad": a body's kind
    if not n:
        return None
    name = " ".join(t.text for t in words[i + h : i + h + n])
    role = _role_after(text, words, i + h + n)
    if role is None and is_position(words, i) == h:
        role = title  # "HLV Gerardo Martino", "nữ ca sỹ Hồ Quỳnh Hương": the rank is the position
    return _person(name, title[0].upper() + title[1:], role)


YOUNGER_COURTESIES = frozenset({"anh", "chị"})


def _after_courtesy(text: str, words: Sequence[Token], i: int) -> Person | None:
    """ "Anh Trần Quốc Huy, biên tập viên …", "Chị Heather Cesarini, người Canada, …": "anh" or
    "chị" before a full Vietnamese name, or a foreign one, is a courtesy (no standing), and the
    name a person with the apposition after it."""
    if words[i].text.casefold() not in YOUNGER_COURTESIES or (i and _inside_name(words, i)):
        return None
    n = vietnamese_name(words, i + 1)
    if n < 3:  # not after "Anh": "Ngoại trưởng Anh William Hague" is England's
        n = 0 if words[i].text == "Anh" else _foreign_after_courtesy(words, i + 1)
    if not n:
        return None
    name = " ".join(t.text for t in words[i + 1 : i + 1 + n])
    return _person(name, None, _role_after(text, words, i + 1 + n))


def _foreign_after_courtesy(words: Sequence[Token], k: int) -> int:
    """Tokens of a foreign name of two or three capitalised Latin words at k ("Heather
    Cesarini", "Lee Trimby"), one of them no Vietnamese syllable, none an initial nor a company's
    word, or 0."""
    n = foreign_name_at(words, k)
    run = words[k : k + n]
    if any(initial(t) for t in run) or (k + n < len(words) and initial(words[k + n])):
        return 0  # "anh Phan Thanh Th.": a name hidden behind its initial, no foreign one
    foreign = any(foreign_word(t.text) for t in run)
    company = any(t.text in COMPANY_WORDS for t in run)
    return n if 2 <= n <= 3 and foreign and not company else 0


def _after_role(text: str, words: Sequence[Token], i: int, known: frozenset[str]) -> Person | None:
    """ "Chủ tịch nước Trương Tấn Sang": the position, then the name where it starts."""
    r = is_position(words, i)
    if not r or _inside_name(words, i) or _apposition_of_name_before(words, i):
        return None  # "Phủ Chủ tịch" is a building
    if i and is_position(words, i - 1) > 1:
        return None  # "hiệu trưởng", "nữ diễn viên": read from where the position starts
    start, depth = i, 0
    for j in range(i + r, min(len(words), i + MAX_ROLE_WORDS)):
        token = words[j]
        if (depth := depth + (token.text == "(") - (token.text == ")")) < 0:
            return None  # "(ĐB Quảng Ninh) và ĐB Khúc Thị Duyền": the bracket was not its own
        if _restarts_role(words, j):
            start = j  # "đại biểu của đoàn Ấn Độ tháp tùng Thủ tướng Manmohan Singh"
        if token.text == "," and _of_a_country(words, i + r, j) and is_honorific(words, j + 1):
            return _honorific_after_comma(text, words, i, j, known)  # "Lãnh đạo Afghanistan, ông …"
        if not is_role_head(words, start) and _ends_occupation(text, words, j):
            return None  # "(…, nhân viên) và Trần Như Phương": no one phrase up to the name
        if token.text == ",":
            if is_position(words, j + 1):
                start = j + 1 if _listed_name_before(words, start, j) else start
                continue
            if _higher_locality(words, j + 1):
                continue  # "Chủ tịch UBND xã Hợp Tiến, huyện Mỹ Đức Nguyễn Văn An"
            addressed = i and words[i - 1].text in ADDRESSED  # "Thông báo với Chủ tịch nước …"
            return (
                None
                if addressed or _counted(words, i)
                else _honorific_after_comma(text, words, i, j, known)
            )
        if _breaks_role(words, j):
            return None
        if held := _holder_after_body(words, i + r, j):
            return _holder(text, words, start, j + held)  # "… máy bay Boeing Ray Conner"
        foreign = j == i + r or _ends_with_country(text[: token.start]) or _ends_body(words, j)
        n = name_at(words, j, known, foreign) or (called_name_at(words, j) if j == i + r else 0)
        # Not "Giám đốc công ty Mai Anh": a company's name; its holder may follow.
        if n and not (_names_no_holder(words, j, n) or _after_kind(words, j)):
            return _named_holder(text, words, start, j, n)
    return None


def _breaks_role(words: Sequence[Token], j: int) -> bool:
    """Word j ends a role before any name: punctuation, a stop phrase, or a courtesy that names
    whom the phrase has ("đoàn đại biểu … do bà Lydia Samarbakhsh …"), not who holds it."""
    token = words[j]
    return (
        (not token.word and token.text not in "-–&()")
        or (not token.capital and bool(phrase_at(words, j, ROLE_STOPS)))
        or (token.text in COURTESIES and words[j - 1].word and not words[j - 1].capital)
    )


MAX_COPULA_GAP = 3  # words between a position and "là": its body ("CEO Apple"), "hiện tại"


def _holder_after_copula(
    text: str, words: Sequence[Token], i: int, known: frozenset[str]
) -> Person | None:
    """ "CEO Apple là Tim Cook", "HLV hiện tại là Deila": a position or standing at token i, not
    itself after a name, and a few words of its own name its holder right after "là": a full
    name, or a foreign name of one word; the words before "là" are the role."""
    r = is_position(words, i) or phrase_at(words, i, APPOSITIONS, fold=True)
    if not r or _inside_name(words, i) or _apposition_of_name_before(words, i):
        return None
    if i and is_position(words, i - 1) > 1:
        return None  # read from where the position starts
    for j in range(i + r, min(len(words) - 1, i + r + MAX_COPULA_GAP + 1)):
        if words[j].text == "là":
            return _copula_name(text, words, i, j + 1, known)
        if not words[j].word or phrase_at(words, j, ROLE_STOPS) or words[j].text == "tên":
            return None  # "Ca sỹ Aslan tên thật là Erdem Aslan": a name stated, not a holder
    return None


def _copula_name(
    text: str, words: Sequence[Token], i: int, k: int, known: frozenset[str]
) -> Person | None:
    """The holder named at token k, after "là", of the position from token i."""
    n = name_at(words, k, known, True)
    if not n and single_name_at(words, k) and foreign_word(words[k].text):
        n = 1
    if not n or _names_no_holder(words, k, n) or _after_kind(words, k):
        return None
    name = " ".join(t.text for t in words[k : k + n])
    return _person(name, None, text[words[i].start : words[k - 2].end])


def _named_holder(text: str, words: Sequence[Token], start: int, j: int, n: int) -> Person:
    """The holder named by the n tokens at j, with the position from `start` and what follows
    the name ("…Ngoại giao Nguyễn Thanh Sơn, Chủ nhiệm …")."""
    name = " ".join(t.text for t in words[j : j + n])
    before = text[words[start].start : words[_role_end(words, start, j) - 1].end]
    after = _role_after(text, words, j + n)
    return _person(name, None, f"{before}, {after}" if after else before)


def _of_a_country(words: Sequence[Token], k: int, j: int) -> bool:
    """Tokens k..j-1 are a country's name and nothing else: an occupation with it is a post
    ("lãnh đạo Đài Loan, ông Mã Anh Cửu"), which the name after the comma holds."""
    return j > k and phrase_at(words, k, COUNTRIES) == j - k


def _listed_after(
    text: str, words: Sequence[Token], i: int, holder: str, known: frozenset[str]
) -> list[Person]:
    """ "đại biểu Trần Thị Quốc Khánh, Nguyễn Quốc Bình đề nghị …", "Hai cựu Thứ trưởng bộ Công
    an Bùi Văn Thành và Trần Việt Tân": the names listed right after the holder of a position
    (a list head, not an occupation), joined by commas or "và", hold the same position."""
    if not is_role_head(words, i):
        return []
    size = len(holder.split())
    at = next((k for k in range(i + 1, len(words))
               if " ".join(t.text for t in words[k : k + size]) == holder), None)  # fmt: skip
    if at is None:
        return []
    role = text[words[i].start : words[_role_end(words, i, at) - 1].end]
    listed: list[Person] = []
    k = at + size
    while k + 1 < len(words) and words[k].text in (",", "và"):
        n = name_at(words, k + 1, known, False)
        if not n:
            break
        listed.append(_person(" ".join(t.text for t in words[k + 1 : k + 1 + n]), None, role))
        k += 1 + n
    return listed


def _names_no_holder(words: Sequence[Token], j: int, n: int) -> bool:
    """The name of n tokens at j inside a position is a town's ("Trưởng Công an thị xã Ninh
    Hoà") or runs on past four capitals into a body's ("Bộ Nông Nghiệp Liên Bang Nga": "Nông" is
    a family name)."""
    if _named_after(words, j, IN_ROLE_NAMED_AFTER):
        return True
    return n == 4 and j + n < len(words) and words[j + n].capital and bool(words[j + n].word)


def _ends_occupation(text: str, words: Sequence[Token], j: int) -> bool:
    """Token j ends an occupation's noun phrase before any name ("đạo diễn trẻ tuổi người Canada
    Xavier Dolan" is one; "tài xế xe container) và …", "nhân viên, …", "Nghệ sĩ xuất sắc thuộc
    về Taylor Swift" are not): a bracket, a comma, "và" or a word underthesea tags as a verb;
    nor does it reach a name right after "của" (the holder of "trợ lý của Trần Phương Bình" is
    someone else)."""
    ends = words[j].text in ("(", ")", ",", "và") or j in _verbs(text)
    return ends or (words[j].text == "của" and bool(name_at(words, j + 1, frozenset(), True)))


def _holder(text: str, words: Sequence[Token], start: int, j: int) -> Person:
    """The holder named by the two words at j, after the position from `start`."""
    before = text[words[start].start : words[j - 1].end]
    after = _role_after(text, words, j + 2)
    name = " ".join(t.text for t in words[j : j + 2])
    return _person(name, None, f"{before}, {after}" if after else before)


# Words that open a body's name inside a position, in lower case as the press writes them.
BODY_KINDS = phrases("hãng|tập đoàn|công ty|tổng công ty|ngân hàng|quỹ|tổ chức", "|")


def _holder_after_body(words: Sequence[Token], role: int, j: int) -> int:
    """ "Tổng Giám đốc Tập đoàn chế tạo máy bay Boeing Ray Conner", "Chủ tịch Mitsubishi Motors
    Osamu Masuko": a run of words in Latin script that goes on two words past a body's name
    names the holder with those two. The body's name ends at a company word ("Motors") or,
    after a body's kind, anywhere in a run of three or more. Returns how many words of the run
    belong to the body (0: no such run at j)."""
    if j and words[j - 1].capital and words[j - 1].text.isascii():
        return 0
    if any(k in (place_at(words, j - k), phrase_at(words, j - k, COUNTRIES)) for k in (1, 2, 3)):
        return 0  # "Người phát ngôn quân đội Ấn Độ Nitin Narhar Joshi": a country, then the name
    n = foreign_name_at(words, j)
    if n < 3 or (j + n < len(words) and words[j + n].capital and words[j + n].word):
        return 0
    company = [k for k in range(n) if words[j + k].text.removesuffix(".") in COMPANY_WORDS]
    if company:
        return n - 2 if company[-1] == n - 3 else 0  # "Tập đoàn United Technologies Corp"
    kind = any(
        phrase_at(words, k, ORG_HEADS) or phrase_at(words, k, BODY_KINDS) for k in range(role, j)
    )
    return n - 2 if kind else 0


LOCALITY_LEVELS = longest_first(*phrases("tỉnh|huyện|quận|thị xã|thị trấn|thành phố|TP", "|"))


def _higher_locality(words: Sequence[Token], k: int) -> bool:
    """ "…, huyện Mỹ Đức", "…, tỉnh Cà Mau", "…, TP. Hà Nội": the locality a body is in, after a
    comma inside a position; the position goes on past it to the holder's name."""
    n = phrase_at(words, k, LOCALITY_LEVELS)
    if n and k + n < len(words) and words[k + n].text == ".":
        n += 1  # "TP. Hà Nội"
    return bool(n) and k + n < len(words) and words[k + n].capital and words[k + n].word


def _listed_name_before(words: Sequence[Token], start: int, j: int) -> bool:
    """The capitalised words right before the comma at j name someone a list gave a position
    just before ("… diễn viên Minh Tiệp, ca sĩ Khánh Phương"): the next position is the next
    name's, not a second one of the same holder ("Ủy viên Bộ Chính trị, Bí thư …", "Giám đốc
    Công ty Minh Phát, Chủ tịch …")."""
    k = j
    while k - 1 > start and words[k - 1].capital and words[k - 1].word:
        k -= 1
    if not 2 <= j - k <= 3 or k <= start:
        return False
    if phrase_at(words, k, ORG_HEADS) or is_position(words, k) or phrase_at(words, k, COUNTRIES):
        return False
    named = all(t.text.isalpha() and not t.text.isupper() for t in words[k:j])
    titled = any(m <= k and m in (is_position(words, k - m), is_honorific(words, k - m))
                 for m in (1, 2, 3))  # fmt: skip
    return named and titled and not place_at(words, k)


def _unknown_family(words: Sequence[Token], k: int) -> bool:
    """Token k opens a name of capitalised words after a courtesy or rank, with a family name no
    list holds ("Tống", "Tập"); not a known family, a position, a body or a country."""
    return (
        k < len(words)
        and words[k].text not in SURNAMES
        and not words[k].text.isupper()
        and not is_position(words, k)
        and not phrase_at(words, k, ORG_HEADS)
        and not phrase_at(words, k, COUNTRIES)
    )


def _ends_longer_word(words: Sequence[Token], k: int) -> bool:
    """Token k is the last syllable of a word underthesea reads with the one before it ("đối
    tượng", "yêu cầu"), so it is no kind of place ("tượng": a statue)."""
    if k < 1 or not words[k - 1].word or words[k - 1].capital:
        return False
    pair = f"{words[k - 1].text} {words[k].text}"
    return not phrase_at(words, k - 1, NAMED_AFTER, fold=True) and _one_word(pair.casefold())


@lru_cache(maxsize=256)
def _one_word(pair: str) -> bool:
    from underthesea import word_tokenize  # heavy import: paid only where a rule needs it

    return len(word_tokenize(pair)) == 1


def _apposition_of_name_before(words: Sequence[Token], i: int) -> bool:
    """The position at i follows a name and a dash or comma, so it is that person's ("Mai Hàn -
    nữ diễn viên đóng vai ma …, Trương Nam Thành có phần …"), not the next name's."""
    if i > 1 and words[i - 1].text.casefold() in PREFIXES:
        i -= 1  # "…, nguyên Chủ tịch HĐTV công ty CNC và Phan Sào Nam": still the name before's
    if i < 3 or words[i - 1].text not in (",", "-", "–"):
        return False
    if any(vietnamese_name(words, k) == i - 1 - k for k in range(max(0, i - 5), i - 2)):
        return True
    named_next = name_at(words, i + is_position(words, i), frozenset(), False)
    return _titled_name_ends(words, i - 1) and not named_next  # "ông Cường, LS Nguyễn Tấn Thi"


def _titled_name_ends(words: Sequence[Token], j: int) -> bool:
    """A name of one to four capitalised words ends right before token j, and a courtesy or rank
    stands right before it ("ông Chris Allard, chủ tịch Metal Shark", "nhà báo Hồng Thanh Quang,
    Tổng biên tập báo Đại Đoàn Kết": the position after the comma is that person's)."""
    k = j
    while k > 0 and j - k < 4 and words[k - 1].capital and words[k - 1].word:
        k -= 1
    return j - k >= 1 and any(k >= h and is_honorific(words, k - h) == h for h in (1, 2, 3))


def _role_end(words: Sequence[Token], start: int, j: int) -> int:
    """Where a position before the name at j ends: before a dash and a courtesy that introduce
    the name ("Chủ tịch Suzuki - ông Osamu Suzuki")."""
    k = j
    while k - 1 > start and (
        words[k - 1].text.casefold() in COURTESIES or words[k - 1].text in ("-", "–")
    ):
        k -= 1
    return k


def _restarts_role(words: Sequence[Token], j: int) -> bool:
    """A second position after a verb or a noun in lower case is the one the name holds: "đại
    biểu của đoàn … tháp tùng Thủ tướng Manmohan Singh" (not after "kiêm", "và": one holder)."""
    before = words[j - 1]
    joined = before.text in ("kiêm", "và", "nguyên", "phó", "cựu")
    return bool(is_position(words, j)) and before.word and not before.capital and not joined


def _inside_name(words: Sequence[Token], i: int) -> bool:
    """True when a capitalised word other than a sentence opener comes just before token i."""
    if i == 0 or not (words[i - 1].capital and words[i - 1].word):
        return False
    return words[i - 1].text not in OPENERS


def _counted(words: Sequence[Token], i: int) -> bool:
    """An occupation in lower case right after a count: a group, not a standing."""
    before = words[i - 1].text.lower() if i else ""
    return not words[i].capital and (before in COUNTING or before.replace(".", "").isdigit())


def _honorific_after_comma(
    text: str, words: Sequence[Token], i: int, j: int, known: frozenset[str]
) -> Person | None:
    """ "Tổng Giám đốc Hãng thông tấn Nga ITAR-TASS, ngài Sergei V.Mikhailov"; a Vietnamese full
    name needs no honorific there ("Giám đốc Sở Công thương Hà Nội, Lê Hồng Thăng")."""
    h = is_honorific(words, j + 1)
    n = name_at(words, j + 1 + h, known, foreign=bool(h))
    if not n or (not h and n < 2):  # "Giám đốc Sở Công thương Hà Nội, Lê Hồng Thăng"
        return None
    name = " ".join(t.text for t in words[j + 1 + h : j + 1 + h + n])
    title = " ".join(t.text for t in words[j + 1 : j + 1 + h])
    role = text[words[i].start : words[j - 1].end]
    return _person(name, title[0].upper() + title[1:] if title else None, role)


def _ends_body(words: Sequence[Token], j: int) -> bool:
    """An acronym ("Tổng thư ký NATO Jens Stoltenberg", "cựu nhân viên CIA Edward Snowden") or a
    place ("Thống đốc tỉnh Moscow Andrey Vorobiev") ends right before token j, where a foreign
    holder's name may start."""
    before = words[j - 1].text if j else ""
    kind = j > 0 and phrase_at(words, j - 1, ORG_HEADS) == 1  # "CLB Consadole Sapporo": its name
    acronym = len(before) > 1 and before.isalpha() and before.isupper() and not kind
    return acronym or any(place_at(words, j - k) == k for k in (1, 2, 3) if j >= k)


def _ends_with_country(before: str) -> bool:
    return before.rstrip().endswith(COUNTRIES)


def _with_apposition(
    text: str, words: Sequence[Token], i: int, known: frozenset[str]
) -> Person | None:
    """ "Nguyễn Thanh Sơn - Thứ trưởng Bộ Ngoại giao -": a bare name with its position after."""
    if _inside_name(words, i):
        return None
    n = name_at(words, i, known, foreign=True)
    role = _role_after(text, words, i + n) if n >= 2 else None
    if not role:
        return None
    return _person(" ".join(t.text for t in words[i : i + n]), None, role)


def _given_name_before_known(
    text: str, words: Sequence[Token], i: int, known: frozenset[str]
) -> Person | None:
    """ "TTK-NATO Jen Stoltenberg" once "ông Stoltenberg" is known: a Latin given name right
    before a family name the text uses alone for a person is that person's full name."""
    if i + 1 >= len(words) or words[i + 1].text not in known:
        return None
    if _inside_name(words, i) and not words[i - 1].text.isupper():  # after "TTK-NATO": a title
        return None
    given = words[i].text
    latin = given.isascii() and given.isalpha() and words[i].capital and not given.isupper()
    if not latin or phrase_at(words, i, COUNTRIES) or given in OPENERS:  # "Theo Fridman, …"
        return None
    return _person(f"{given} {words[i + 1].text}", None, _role_after(text, words, i + 2))


def _bare_full_name(words: Sequence[Token], i: int) -> Person | None:
    """ "… bắt được Triệu Văn Hải tại …": a full Vietnamese name (family name and two or three
    given names) is a person with no title at all, unless a street, school or place is named
    after it ("đường Võ Văn Tần"), it credits a photo ("Ảnh: Đỗ Tuấn Anh") or signs the article
    ("Đỗ Tuấn Anh/VOV", a line holding only the name)."""
    if _inside_name(words, i) or is_honorific(words, i):
        return None
    n = vietnamese_name(words, i)
    # "Cao Ủy Liên Hiệp Quốc": capitals running on past a name's four words are a body's name.
    longer = i + n < len(words) and words[i + n].capital and words[i + n].word
    if n < 3 or longer or _named_after(words, i):
        return None
    credit = i > 1 and words[i - 1].text == ":" and words[i - 2].text in ("Ảnh", "ảnh", "Nguồn")
    credit = credit or _credits_a_work(words, i)
    signed = (i + n < len(words) and words[i + n].text == "/") or (i == 0 and n == len(words))
    signed = signed or outlet_sign(words, i + n)  # "Hoàng Anh Tuấn (TTXVN)"
    if credit or signed:
        return None
    return _person(" ".join(t.text for t in words[i : i + n]), None, None)


CLOSING_QUOTES = frozenset({"”", '"', "»", "'"})


def _credits_a_work(words: Sequence[Token], i: int) -> bool:
    """The name at i stands in a bracket right after a quoted title, as a song's or a book's
    authors do ("“Chiếc khăn gió ấm” (Lâm Chu Min)", "(Giáp Văn Thạch, phổ thơ: Đỗ Trung
    Quân)")."""
    for k in range(i - 1, max(0, i - 10), -1):
        if words[k].text in (")", "("):
            return words[k].text == "(" and k > 0 and words[k - 1].text in CLOSING_QUOTES
    return False


def _named_after(words: Sequence[Token], i: int, kinds: tuple[str, ...] = NAMED_AFTER) -> bool:
    """A kind of street, school or place ("đường", "Khu đô thị", "Trường ĐH") ends right before
    token i, a house number stands there ("15A/28 Lê Thánh Tôn"), or the name is the second
    street of a junction ("giao lộ Đỗ Ngọc Thạnh – Trần Hưng Đạo")."""
    kind = next(
        (k for k in (5, 4, 3, 2, 1) if k <= i and phrase_at(words, i - k, kinds, fold=True) == k),
        0,
    )
    if kind:
        return kind > 1 or not _ends_longer_word(words, i - 1)  # "đối tượng Trần Trọng Luận"
    if kinds is NAMED_AFTER and i > 0 and _HOUSE_NUMBER.fullmatch(words[i - 1].text):
        return True
    if kinds is NAMED_AFTER and i > 1 and words[i - 1].text in ("-", "–"):
        start = next((k for k in (i - 4, i - 3, i - 2) if k >= 0 and
                      vietnamese_name(words, k) == i - 1 - k), None)  # fmt: skip
        return start is not None and _named_after(words, start)
    return kinds is NAMED_AFTER and _listed_street(words, i)


STREETS = longest_first(*phrases("đường|phố|ngõ|hẻm|ngách|đại lộ", "|"))


def _listed_street(words: Sequence[Token], i: int) -> bool:
    """The name at i is a street's that a list names: after a street's kind and a colon ("ba
    tuyến đường chính: Nguyễn Tất Thành"), or after ", " or "và" that follow a street's name
    ("…, Nguyễn Văn Cừ và Ngô Gia Tự")."""
    if i > 1 and words[i - 1].text == ":":
        for k in (i - 2, i - 3, i - 4):
            lower = all(t.word and not t.capital for t in words[k + 1 : i - 1])
            if k >= 0 and lower and phrase_at(words, k, STREETS, fold=True) == 1:
                return True
    if i > 1 and words[i - 1].text in (",", "và"):
        start = next((k for k in (i - 5, i - 4, i - 3) if k >= 0 and
                      vietnamese_name(words, k) == i - 1 - k), None)  # fmt: skip
        kind = start is not None and any(
            phrase_at(words, start - k, STREETS, fold=True) == k for k in (1, 2) if start >= k
        )
        return start is not None and (kind or _listed_street(words, start))
    return False


def _role_after(text: str, words: Sequence[Token], k: int) -> str | None:
    """The apposition after a name: ", Phó Chủ tịch …, Trưởng Ban …" up to the verb, in brackets
    ("(26 tuổi, hoa hậu Đông Nam Á 2012)"), or said with "là"/"làm" ("bà Lê Thị Hiền là đại
    diện Vietjet Air", "bổ nhiệm ông Nirukt Sapru làm Tổng Giám đốc khu vực …")."""
    if k < len(words) and words[k].text == "(":
        inside = _role_in_brackets(text, words, k + 1)
        close = _closing_bracket(words, k)
        return inside or (_role_after(text, words, close + 1) if close else None)
    if k >= len(words) or words[k].text not in (",", "-", "–", "là", "làm"):
        return None
    dash = words[k].text in ("-", "–")
    start = k + 1 + _age_at(words, k + 1)  # "Trần Cảnh Lạc - 62 tuổi, nguyên chủ tịch HĐQT"
    head = is_position(words, start) or phrase_at(words, start, APPOSITIONS, fold=True)
    if not head or name_at(words, start + head, frozenset(), False):
        return None  # ", LS Nguyễn Tấn Thi": the next person's position, no apposition
    if _stage_named(words, start):
        return None  # ", ca sĩ Mỹ Tâm": the next person, by a stage name
    end, depth, opened = start, 0, start
    for j in range(start, min(len(words), start + MAX_ROLE_WORDS)):
        token = words[j]
        depth += (token.text == "(") - (token.text == ")")
        opened = j if token.text == "(" and depth == 1 else opened
        if depth < 0 or (depth == 0 and _ends_role(text, words, j, start + head, dash)):
            break
        if depth == 0 and j >= start + head and _next_persons(words, j):
            return None  # ", cán bộ công an vũ trang … Trần Văn Thọ, Tô Minh Điến": a list
        end = j + 1
    end = opened if depth > 0 else end  # "(huyện Bình Giang, tỉnh …" cut off: before the bracket
    return text[words[start].start : words[end - 1].end] if end > start else None


def _next_persons(words: Sequence[Token], j: int) -> bool:
    """A full Vietnamese name of three or more words starts at j, and no street's or school's
    kind names it: a role after a comma that runs into it is that person's position, in a list
    of people ("thầy giáo Nguyễn Văn Bôn, cán bộ công an vũ trang … Trần Văn Thọ")."""
    return vietnamese_name(words, j) >= 3 and not _named_after(words, j)


def _stage_named(words: Sequence[Token], k: int) -> bool:
    """A performer's title and a stage name start at token k ("ca sĩ Mỹ Tâm")."""
    h = is_honorific(words, k)
    title = " ".join(t.text for t in words[k : k + h]).casefold()
    return bool(h) and title in STAGE_TITLES and bool(stage_name_at(words, k + h))


def _prison_term(words: Sequence[Token], j: int) -> bool:
    """A prison term starts at j ("5 năm tù", "18 tháng tù")."""
    term = [t.text for t in words[j : j + 3]]
    return len(term) == 3 and term[0].isdigit() and term[1] in ("năm", "tháng") and term[2] == "tù"


def _term_of_office(words: Sequence[Token], j: int) -> bool:
    """A term of office starts at j ("từ tháng 8/2013 đến …", "từ năm 2004"): the position's
    dates, not its words."""
    texts = [t.text for t in words[j : j + 3]]
    return (
        len(texts) == 3
        and texts[0] == "từ"
        and texts[1] in ("ngày", "tháng", "năm")
        and (texts[2][:1].isdigit())
    )


def _age_at(words: Sequence[Token], k: int) -> int:
    """Tokens of an age and its comma at k ("62 tuổi,"), which stand between a name and its
    position, else 0."""
    age = k + 2 < len(words) and words[k].text.isdigit() and words[k + 1].text == "tuổi"
    return 3 if age and words[k + 2].text == "," else 0


def _ends_role(text: str, words: Sequence[Token], j: int, named: int, dash: bool) -> bool:
    """Token j ends a position after a name: a stop mark, a verb ("cho biết", or any word
    underthesea tags as a verb right after the body's name: "Trưởng Công an xã Hợp Đồng xác
    nhận …"), the closing dash, or "và" or a comma before another person."""
    token = words[j]
    lower = j >= named and token.word and not token.capital
    if lower and phrase_at(words, j, ROLE_STOPS):  # "Tổng Thư ký": "ký" inside the position
        return True
    named_before = (words[j - 1].capital and words[j - 1].word) or _self_named_before(words, j)
    after_name = lower and named_before and not _in_kind(words, j)
    if after_name and j in _verbs(text) and not _opens_kind(words, j):
        return True
    if token.text in '.;:“”"?!' or (token.text in ("-", "–") and dash):
        return True
    if _prison_term(words, j) or _term_of_office(words, j):
        return True  # "nguyên kế toán trưởng 5 năm tù": the sentence, not the position
    if token.text == "và" and _names_a_person(words, j + 1):
        return True  # "…, Tổng giám đốc Vietjet và ông Ray Conner, …": the next person's
    if token.text == "," and _prevention(words, j):
        return False  # "Trưởng phòng Phòng, chống ma tuý …": one name
    return token.text == "," and not _continues_role(words, j + 1)


def _prevention(words: Sequence[Token], j: int) -> bool:
    """The comma at j joins "phòng, chống" ("Phòng, chống tham nhũng"): part of a name."""
    return 0 < j < len(words) - 1 and (
        words[j - 1].text.casefold() == "phòng" and words[j + 1].text.casefold() == "chống"
    )


# Bodies a kind names alone, after which a verb is what they do ("Tỉnh đoàn biểu dương").
SELF_NAMED = WHOLE | frozenset(
    phrases("Tỉnh đoàn|Thành đoàn|Tỉnh Đoàn|Thành Đoàn|Huyện ủy|Đảng ủy", "|")
)


def _opens_kind(words: Sequence[Token], j: int) -> bool:
    """A body's kind in lower case opens at j and a capital follows it ("… Trung Ương hội Liên
    hiệp Thanh Niên Việt Nam"): the next body of the position, though the tagger reads a verb."""
    n = phrase_at(words, j, ORG_HEADS, fold=True)
    return bool(n) and j + n < len(words) and words[j + n].capital and words[j + n].word


def _self_named_before(words: Sequence[Token], j: int) -> bool:
    """A body named by its kind alone ends right before token j ("Tỉnh đoàn", "Quốc hội")."""
    return any(
        phrase_at(words, j - k, ORG_HEADS, fold=True) == k
        and " ".join(t.text for t in words[j - k : j]) in SELF_NAMED
        for k in (1, 2, 3)
        if j >= k
    )


def _in_kind(words: Sequence[Token], j: int) -> bool:
    """Token j belongs to a kind of body begun before it ("Tỉnh ủy", "Ban chỉ đạo") or follows
    one right after it ("Ban quản lý dự án", "Hội đồng quản trị"), or joins two positions
    ("kiêm")."""
    for k in (1, 2, 3):
        n = phrase_at(words, j - k, ORG_HEADS, fold=True) if j >= k else 0
        kind = " ".join(t.text for t in words[j - k : j])
        if n > k or (n == k and kind not in SELF_NAMED):  # "Tỉnh đoàn biểu dương": a verb
            return True
    return words[j].text == "kiêm"


@lru_cache(maxsize=64)
def _verbs(text: str) -> frozenset[int]:
    """Tokens of `text` that open a word underthesea tags as a verb."""
    return read_words(text, tokens(text)).verbs


def _names_a_person(words: Sequence[Token], j: int) -> bool:
    """A courtesy title, rank or person's name opens at token j."""
    return bool(is_honorific(words, j) or vietnamese_name(words, j))


def _closing_bracket(words: Sequence[Token], k: int) -> int:
    """The ")" closing the bracket opened at token k ("(54 tuổi, ngụ P.Tân An), nguyên Phó …":
    the position comes after it), or 0 within a role's reach."""
    end = min(len(words), k + MAX_ROLE_WORDS)
    return next((j for j in range(k + 1, end) if words[j].text == ")"), 0)


def _role_in_brackets(text: str, words: Sequence[Token], k: int) -> str | None:
    """The first part of a bracket after a name that opens with a position, past the person's
    age or year of birth ("(26 tuổi, hoa hậu Đông Nam Á 2012)", "(SN 1975, Giám đốc Công ty
    A)"); the part ends at a comma or the closing bracket."""
    start = k
    for j in range(k, min(len(words), k + MAX_ROLE_WORDS)):
        if _term_of_office(words, j) and j > start and is_role_head(words, start):
            return text[words[start].start : words[j - 1].end]
        if words[j].text in (",", ")"):
            if is_position(words, start):
                return text[words[start].start : words[j - 1].end]
            if words[j].text == ")":
                return None
            start = j + 1
    return None


def _continues_role(words: Sequence[Token], j: int) -> bool:
    """After a comma, a role goes on with another position or an organisation, or with the
    next of a list of terms ("Ủy viên Trung ương Đảng các khoá IX, X, XI, Phó trưởng ban …")."""
    listed = j < len(words) and bool(_TERM.fullmatch(words[j].text)) and words[j - 2].text != "."
    return bool(is_role_head(words, j) or phrase_at(words, j, ORG_HEADS) or listed)


_TERM = re.compile(r"[IVXL]+|\d{1,2}")  # a term's or session's number, Roman or not


_PRESIDE = re.compile(r"\bchủ (?:trì|tọa|toạ)\b", re.IGNORECASE)
PRESIDE_REACH = 160  # characters before "chủ trì" in which its subject is named
# After "chủ trì", what makes it a meeting's chair: the meeting, or the clause's end. "Bộ GD&ĐT
# chủ trì triển khai Đề án", "C45 chủ trì phối hợp": a body leading work, nobody presiding.
_MEETING_AFTER = re.compile(
    r"\s*(?:$|[.;:)]|,(?!\s*(?:phối|kết) hợp)|"
    r"(?:hội nghị|cuộc họp|họp báo|buổi|phiên|lễ|tọa đàm|toạ đàm|hội thảo|diễn đàn|kỳ họp|cuộc)\b)",
    re.IGNORECASE,
)
# The chair named after it: "Dự và chủ trì họp báo có đồng chí X", "dưới sự chủ trì của X",
# "Chủ tọa phiên tòa là bà X", "chủ tọa phiên tòa – ông X".
_NAMED_AFTER = re.compile(r"[^.;]{0,40}?(?:\b(?:có|là|của)\s|\s[–-]\s)", re.IGNORECASE)
# Or right after it, as a court writes its presiding judge: "chủ toạ Nguyễn Thị Thuỳ Hương",
# "Thẩm phán - Chủ toạ Nguyễn Hữu Ba" (nothing but a space or a dash between).
_RIGHT_AFTER = re.compile(r"\s*(?:[–-]\s*)?")
CHAIR_GAP_WORDS = 3  # "đã", "vừa làm": words between a chair's name and "chủ trì"
CHAIR_GAP_SLACK = 20  # characters a role as written may exceed the role as read ("(Bộ GD&ĐT)")
NAME_AFTER_REACH = 40  # characters after "có"/"là"/"của" in which the chair's name starts


def presiding(sentences: Iterable[str], people: Sequence[Person]) -> tuple[str, ...]:
    """Names of the people who presided: the person named right after "chủ trì … có/là/của"
    ("Dự và chủ trì họp báo có đồng chí Phạm Minh Chính"), else the person named last before a
    "chủ trì" of a meeting ("Thứ trưởng Nguyễn Thị Xuyên đã chủ trì cuộc họp", "do TS Nguyễn
    Văn Quyền … chủ trì")."""
    chairs: list[str] = []
    for sentence in sentences:
        for match in _PRESIDE.finditer(sentence):
            name = _chair_after(sentence[match.end() :], people)
            if name is None and _MEETING_AFTER.match(sentence[match.end() :]):
                before = sentence[max(0, match.start() - PRESIDE_REACH) : match.start()]
                name = _chair_before(before, people)
            if name is not None and name not in chairs:
                chairs.append(name)
    return tuple(chairs)


def _chair_before(before: str, people: Sequence[Person]) -> str | None:
    """The person named last before "chủ trì", when "chủ trì" is what that person did: nothing
    but a few words ("đã", "làm") or the person's own role stand between ("Sau khi Nguyễn Văn A
    tử vong, Cơ quan CSĐT … chủ trì": the body presides, not A)."""
    named = [(before.rfind(p.name), p) for p in people if p.name in before]
    if not named:
        return None
    at, person = max(named, key=lambda found: found[0])
    gap = before[at + len(person.name) :]
    apposition = bool(person.role) and gap.lstrip()[:1] in (",", "-", "–", "(")
    if len(gap.split()) <= CHAIR_GAP_WORDS or (
        apposition and len(gap.strip()) <= len(person.role or "") + CHAIR_GAP_SLACK
    ):
        return person.name
    return None


def _chair_after(after: str, people: Sequence[Person]) -> str | None:
    """The person named right after "chủ tọa" as a title, else the first person named just
    after "chủ trì … có/là/của", if any."""
    right = after[_RIGHT_AFTER.match(after).end() :]  # type: ignore[union-attr]
    titled = [p.name for p in people if right.startswith(p.name)]
    if titled:
        return max(titled, key=len)
    lead = _NAMED_AFTER.match(after)
    if lead is None:
        return None
    window = after[lead.end() : lead.end() + NAME_AFTER_REACH]
    named = [(window.find(p.name), p.name) for p in people if p.name in window]
    return min(named)[1] if named else None
