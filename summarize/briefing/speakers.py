"""Who the text shows speaking, apart from everyone it names.

The facts list every person named in full (the gold set's convention P5 lists victims and
parties named in full), but a briefing headed them all "Người phát biểu": a court report listed
the defendant and the victim as speakers. A person speaks when a sentence makes them the subject
of a verb of saying ("ông Lê Văn Nam, Giám đốc Sở Tư pháp cho biết", "Bộ trưởng Trần Văn Sơn
phát biểu") or attributes a statement to them ("Theo ông An, …", "Phát biểu tại hội nghị, bà
Hoa …"); everyone else is only named.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace

from ..models import Person, Voice
from .people import SPEECH
from .tokens import phrases

# Verbs of saying after their subject: people.SPEECH and the others the project's rules already
# read as saying (people.ROLE_STOPS, facts._SAYING). Not "thừa nhận" nor "khai": a defendant's
# admission or testimony is a party's act in the case, not a statement to the meeting or press.
SAYING = (
    *SPEECH,
    *phrases(
        "cho hay|cho rằng|đề nghị|bày tỏ|đánh giá|yêu cầu|báo cáo|thông tin|thông báo|trình bày|"
        "nêu|lưu ý|kết luận|giải thích|tiết lộ|hỏi|trả lời|kêu gọi|phản ánh|xác nhận|cảm ơn",
        "|",
    ),
)
_WORD = r"[\wÀ-ỹ]"
_SAYS = re.compile(
    rf"(?<!{_WORD})(?:{'|'.join(sorted(map(re.escape, SAYING), key=len, reverse=True))})"
    rf"(?!{_WORD})(?<!nói(?=\s(?:trên|chung|riêng)))"  # "nói trên": aforementioned, no saying
)
# A sentence that opens by saying where or to whom one spoke, then names the speaker: "Phát biểu
# tại hội nghị, ông Lê Văn Nam …", "Trả lời báo chí, bà Hoa …".
_OPENS_SAYING = re.compile(r"^\W*(?:Phát biểu|Chia sẻ|Trả lời|Trao đổi|Nói|Giải thích|Thông tin)\b")
OPENING_REACH = 160  # characters of such an opening clause before the speaker's name
# Words right before a speaker's name that attribute what follows to them ("Theo ông An, …",
# "dẫn lời Thứ trưởng …").
_ATTRIBUTED = re.compile(r"(?<!\w)(?:theo lời|theo|dẫn lời|trích lời)\s", re.IGNORECASE)
# Lower-case words before a short form of a name that make it the person's ("ông An").
COURTESIES = frozenset({"ông", "bà", "anh", "chị", "ngài", "cô", "chú", "đồng chí"})
# Words right before a name (and its courtesy) that make it the object: "bào chữa cho ông A",
# "gặp gỡ với bà B", "con gái của ông C".
_OBJECT = re.compile(
    rf"(?<!{_WORD})(?:cho|với|của|tới|gửi|giết|bắt)\s+(?:(?:ông|bà|anh|chị|ngài)\s+)?$",
    re.IGNORECASE,
)
PASSIVE = frozenset({"bị", "được"})
OWN_SHARE = 0.7  # of the words between a name and its verb that must be the person's own
FOREIGN_SHORT = 4  # letters of a foreign family name that stands for the person alone
GAP_WORDS = 3  # words between a name and its verb of saying ("đã", "cũng vừa", "tại buổi họp")
APPOSITION_SLACK = 20  # characters an apposition as written may exceed the role as read


def with_voices(sentences: Iterable[str], people: Sequence[Person]) -> tuple[Person, ...]:
    """`people`, each marked SPOKE when some sentence shows them speaking."""
    texts = list(sentences)
    return tuple(
        replace(p, voice=Voice.SPOKE) if any(_speaks(t, p) for t in texts) else p for p in people
    )


def with_chairs(people: Sequence[Person], chairs: Sequence[str]) -> tuple[Person, ...]:
    """`people`, the chairs the text does not show speaking marked PRESIDED: a press office
    counts who presided among the participants, not among the people merely named."""
    return tuple(
        replace(p, voice=Voice.PRESIDED) if p.name in chairs and p.voice is Voice.NAMED else p
        for p in people
    )


def _speaks(sentence: str, person: Person) -> bool:
    return any(
        not _OBJECT.search(sentence[:start])
        and (_says_after(sentence[end:], person) or _attributed(sentence[:start], person))
        for start, end in _mentions(sentence, person)
    )


def _mentions(sentence: str, person: Person) -> Iterable[tuple[int, int]]:
    """Where the sentence names the person: the full name, or its last word: alone for a foreign
    name ("Stoltenberg"), after a courtesy or the person's title for a Vietnamese one ("ông Nam"
    for Lê Văn Nam, "Thiếu tướng Kỷ"; "Nam" alone may be the South), never inside the full name
    ("Đỗ Anh Tuấn" holds no "anh Tuấn")."""
    full = [
        m.span() for m in re.finditer(rf"(?<!{_WORD}){re.escape(person.name)}(?!{_WORD})", sentence)
    ]
    yield from full
    last = person.name.split()[-1]
    if last == person.name:
        return
    if person.name.isascii() and len(last) >= FOREIGN_SHORT:  # "Stoltenberg", "Mikhailov"
        short = re.compile(rf"(?<!{_WORD})({re.escape(last)})(?!{_WORD})")
    else:
        before = [*COURTESIES, *([person.title] if person.title else [])]
        lead = "|".join(re.escape(b) for b in before)
        short = re.compile(
            rf"(?<!{_WORD})(?:{lead})\s+({re.escape(last)})(?!{_WORD})", re.IGNORECASE
        )
    for match in short.finditer(sentence):
        inside = any(a <= match.start() < b for a, b in full)
        if match.group(1) == last and not inside:  # the name as written, capital and all
            yield match.start(1), match.end(1)


def _says_after(after: str, person: Person) -> bool:
    """A verb of saying follows the name, with nothing between but a few words ("đã", "cũng")
    or the person's own apposition (", Giám đốc Sở Tư pháp,", " - Thứ trưởng …"); or a colon
    opening a quotation."""
    verb = _SAYS.search(after)
    quoted = re.match(r"[^.;!?]*?:\s*[“\"]", after)
    for gap in (after[: verb.start()] if verb else None, after[: quoted.end()] if quoted else None):
        if gap is not None and _own_gap(gap.rstrip(':“" '), person):
            return True
    return False


def _own_gap(gap: str, person: Person) -> bool:
    """What stands between a name and its verb belongs to the name: a few plain words ("đã",
    "cũng vừa"; not "bị", "được": "bị đề nghị" is a sentence proposed for them), or an
    apposition that says the person's role (", VKS cho rằng" after a defendant's name is the
    prosecution speaking), age or place ("(SN 1983)", "(TP Hà Nội)")."""
    plain = gap.strip()
    if not plain:
        return True
    if plain[0] in ",-–(":
        aside = bool(re.search(r"\d", plain)) or bool(re.fullmatch(r"\([^()]*\)", plain))
        aged = aside and len(plain) <= APPOSITION_SLACK  # "(SN 1983)", "(TP Hà Nội)"
        fits = len(plain) <= len(person.role or "") + APPOSITION_SLACK
        return aged or (fits and _own_words(plain, person))
    words = plain.split()
    passive = any(w.casefold() in PASSIVE for w in words)
    return len(words) <= GAP_WORDS and not passive and not re.search(r"[,.;:!?“”\"()]", plain)


def _own_words(gap: str, person: Person) -> bool:
    """Most of the words in `gap` are the person's title, role or a courtesy: the gap is the
    person's own description, not another clause or person."""
    words = re.findall(rf"{_WORD}+", gap.casefold())
    own = set(re.findall(rf"{_WORD}+", f"{person.title or ''} {person.role or ''}".casefold()))
    own |= {w for c in COURTESIES for w in c.split()}
    return not words or sum(w in own for w in words) >= OWN_SHARE * len(words)


def _attributed(before: str, person: Person) -> bool:
    """The name follows words attributing a statement ("Theo ông An", "dẫn lời Bộ trưởng …"),
    or an opening clause of saying ("Phát biểu tại hội nghị, ông Nam"), with nothing between but
    the person's own title and role ("Theo các đại biểu … tháp tùng Thủ tướng X": the delegates
    speak, not X)."""
    reach = len(person.title or "") + len(person.role or "") + APPOSITION_SLACK
    attributed = list(_ATTRIBUTED.finditer(before))
    if attributed:
        gap = before[attributed[-1].end() :]
        if len(gap) <= reach and not re.search(r"[,.;:!?“”\"]", gap) and _own_words(gap, person):
            return True
    cut = before.rfind(",")
    opening = _OPENS_SAYING.match(before)
    return (
        opening is not None
        and 0 <= cut < OPENING_REACH
        and len(before) - cut <= reach
        and _own_words(before[cut + 1 :], person)
        and not _SAYS.search(
            before, opening.end()
        )  # "…, Bộ trưởng X cho biết, ông Y": Y is said of
    )
