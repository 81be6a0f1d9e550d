"""Paragraphs -> sentences, with Vietnamese abbreviations, numbers and captions protected.

Rule-based on purpose: it is exact on the cases underthesea's model gets wrong (ellipsis glued to a
capital, title abbreviations, lines without final punctuation) and costs microseconds per sentence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from ..models import Line, Role, Sentence
from . import credits
from .clean import CLOSERS, OPENING_QUOTES, ends
from .connectives import CONNECTIVES
from .normalize import fold_tones
from .shipped import shipped_lines

# No news sentence runs this long (the longest in the dev data is ~1,100 characters); longer units
# are cut so that one run-on line cannot make a 5 MB "sentence" in the summary and the PDF.
MAX_SENTENCE_CHARS = 2000
_CLOSE = re.escape(CLOSERS)
# A sentence end: final marks ("...", "…", "?!"), closing quotes/brackets, and the `?".`
# convention of the treebank. Opening with a class lets the engine skip to the next mark.
_END = re.compile(rf"[.!?…]+[{_CLOSE}]*(?:(?<=[{_CLOSE}])\.)?")
_QUOTES = OPENING_QUOTES + "'"  # the straight one too: a word may open with it
_OPENERS = _QUOTES + "([-–—…"
# A token that is only a list number ("1.", "a)") does not end the sentence it opens.
_LIST_NUMBER = re.compile(r"^(\d{1,2}|[a-zđ]|[IVX]{1,4})[.)]$")
_INITIAL = re.compile(r"^(?:[A-ZĐ]\.)+$")
_LOWER_INITIAL = re.compile(r"^[a-zđ]\.$")
_SKIP = " \t" + CLOSERS + _OPENERS
# Words that put a bare initial in a person's name: "ông H.", "chị T.".
_PERSON_WORDS = frozenset(
    [
        "ông",
        "bà",
        "anh",
        "chị",
        "em",
        "cô",
        "chú",
        "bác",
        "cháu",
        "cụ",
        "cậu",
        "bé",
        "thợ",
        "y",
        "hắn",
        "gã",
    ]
)
# The paper's tag opening a story, not part of its first sentence: "(PLO)- ", "(Dân trí) - ",
# "TTO - ", "VOV.VN - ".
# A bare tag is a known online edition's or a domain's, so "UBND - Sở …", "WHO - Tổ chức …"
# and "TP.HCM - Sáng …" stay whole.
_EDITION_TAGS = ("TTO", "TNO", "TPO", "PNO", "PLO", "HNMO", "NLĐO", "SGGPO")
_AGENCY_TAG = re.compile(
    rf"^(?:\([^()\d]{{2,24}}\)|(?:{'|'.join(_EDITION_TAGS)})|[A-ZĐ]{{2,8}}\.(?i:VN|COM|NET))"
    r"\s*[-–—]\s*(?=\w)"
)
# A list item's marker ("+ Tỷ lệ …", "• …"): layout, not a word of the sentence.
_LIST_MARKER = re.compile(r"^[+•*·▪●◦‣–—-]\s+(?=\w)")
_ALNUM = re.compile(r"[^\W_]")  # str.isalnum() as a pattern
_WORDS = re.compile(r"[^\W\d_]+(?: [^\W\d_]+){0,3}")  # a few words of letters, nothing else
_NONSPACE = re.compile(r"\S")
# A photo credit fused with the sentence after it on one line ("… - Ảnh: AFP Theo Hãng tin AFP, …",
# "(Ảnh: Nguyễn Dân/TTXVN) Dự thảo …", scraped pages): the sentence starts after the credit, so
# that the summary can quote it without the caption (ranking/standalone.py never quotes a credit).
# The credit's two forms are credits.LABEL_IN_LINE and credits.BRACKET_IN_LINE.
# Capitalised words that open a sentence and are never part of a photographer's or agency's name.
_SENTENCE_OPENERS = frozenset(
    (
        "Theo", "Tại", "Trong", "Ngày", "Sáng", "Trưa", "Chiều", "Tối", "Đêm", "Hôm", "Khi",
        "Sau", "Trước", "Từ", "Với", "Về", "Các", "Những", "Một", "Đây", "Hiện", "Ông", "Bà",
        "Cùng", "Để", "Nhưng", "Tuy", "Do", "Vì", "Đó", "Năm", "Dù", "Nếu", "Ngay", "Riêng",
        "Ngoài", "Bên",
    )
)  # fmt: skip
CREDIT_WORDS = 6  # a credit is a few words ("Nguyễn Dân/TTXVN", "Vietinbank cung cấp")
AFTER_CREDIT_WORDS = 4  # a sentence after a credit has at least this many words
_WORD = re.compile(r"\S+")
# What follows a mark and decides a boundary (a space, quotes or dashes, then a word) is short;
# reading at most this much keeps a line of thousands of marks linear.
_LOOKAHEAD = 256


@cache
def abbreviations() -> frozenset[str]:
    """Tokens ending in '.' that never end a sentence (shipped data, loaded once)."""
    return frozenset(shipped_lines("abbreviations.txt"))


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence; a newline is always a boundary."""
    spans: list[tuple[int, int]] = []
    offset = 0
    for line in text.split("\n"):
        spans.extend((offset + a, offset + b) for a, b in _line_spans(line))
        offset += len(line) + 1
    return spans


def _line_spans(line: str) -> list[tuple[int, int]]:
    alnum = _ALNUM.search(line)
    first = alnum.start() if alnum else len(line)
    starts = [0, *(m.end() for m in _END.finditer(line) if _is_boundary(line, m, first))]
    if "Ảnh" in line or "Nguồn" in line or "Đồ h" in line:
        starts = sorted({*starts, *_after_credits(line)})
    spans: list[tuple[int, int]] = []
    for start, end in zip(starts, [*starts[1:], len(line)], strict=True):
        chunk = line[start:end]
        if chunk.strip():
            left = start + len(chunk) - len(chunk.lstrip())
            spans.extend(_bounded(line, left, start + len(chunk.rstrip())))
    return spans


def _after_credits(line: str) -> list[int]:
    """Where a sentence starts right after a photo credit that runs into it."""
    out = [m.end() for m in credits.BRACKET_IN_LINE.finditer(line)]
    for label in credits.LABEL_IN_LINE.finditer(line):
        start = label.end()
        words = [(m.start(), m.group()) for m in _WORD.finditer(line, start, start + 400)]
        # "Ảnh: <name>" names someone; "Ảnh minh họa" without a colon may be followed at once
        named = range(1, CREDIT_WORDS + 1) if ":" in label.group() else range(1)
        for n in (n for n in named if n + AFTER_CREDIT_WORDS <= len(words)):
            if _opens_sentence(words[n][1], words[n + 1][1] if n + 1 < len(words) else ""):
                out.append(words[n][0])
                break
    return out


def _opens_sentence(word: str, following: str) -> bool:
    """Does a sentence start at `word` (a quotation, an opening word, a capital then lower case)?"""
    if word[:1] in _QUOTES:
        return True
    capital = word[:1].isupper()
    return capital and (word.rstrip(",") in _SENTENCE_OPENERS or following[:1].islower())


def _bounded(line: str, start: int, end: int) -> list[tuple[int, int]]:
    """Cut a run-on unit (a scraped page with no punctuation) at spaces into bounded pieces."""
    pieces = []
    while end - start > MAX_SENTENCE_CHARS:
        cut = line.rfind(" ", start, start + MAX_SENTENCE_CHARS)
        cut = cut if cut > start else start + MAX_SENTENCE_CHARS
        pieces.append((start, cut))
        start = cut + (line[cut : cut + 1] == " ")
    return [*pieces, (start, end)]


def _is_boundary(line: str, match: re.Match[str], first_alnum: int) -> bool:
    """Does the sentence end where `match` ends? Looks at what follows and at the last token.

    Only a bounded window around the mark is read (never `line[:end]` or `line[end:]`): slicing
    the whole line at every mark made a line of 100,000 short sentences quadratic.
    """
    end = match.end()
    following = _NONSPACE.search(line, end)
    if following is None or first_alnum >= end:
        return False  # end of line (the line ends the unit), or a mark opening the line
    mark = match.group()
    ellipsis = mark.rstrip(CLOSERS).endswith(("…", "..."))
    if following.start() == end:
        # Only an ellipsis may be glued to the next sentence (trẻ em…Giảm nghèo).
        return ellipsis and line[end].isupper()
    after = line[following.start() : following.start() + _LOOKAHEAD]
    if after[0] in _QUOTES and after[1:2].isalpha():
        return not _protected(line, end, mark, after)  # a quotation opens the next sentence
    if after[0] in CLOSERS and after[1:2] in tuple(".,;:!?"):
        return False  # a spaced closing quote: `lắm! ".` still belongs to this sentence
    # Quotes, brackets and dashes may stand between the mark and the next word ("- tôi hỏi").
    nxt = after.lstrip(_SKIP)[:1]
    if not (nxt.isupper() or (nxt.isdigit() and not ellipsis)):
        return False
    return not _protected(line, end, mark, after)


def _last_tokens(line: str, end: int) -> list[str]:
    """`line[:end].split()` cut to its last three tokens, reading back only as far as needed."""
    size = 64
    while True:
        start = max(0, end - size)
        tokens = line[start:end].rsplit(maxsplit=2)
        if len(tokens) == 3 or start == 0:  # the last two are whole tokens
            return tokens
        size *= 4


def _protected(line: str, end: int, mark: str, after: str) -> bool:
    """A dot that belongs to an abbreviation, an initial or a list number, not to a sentence end."""
    if not mark.startswith(".") or mark.startswith("..."):
        return False
    tokens = _last_tokens(line, end)
    bare = tokens[-1].lstrip(_OPENERS)
    if bare in abbreviations():
        return True
    if _LOWER_INITIAL.match(bare):
        # "vụ h. 15 tuổi", "biệt danh m. \"khùng\"" hide a name; "3 m. Trời" ends a sentence.
        return not after.lstrip(_SKIP)[:1].isupper()
    if _INITIAL.match(bare):
        # "Nguyễn V. Anh", "ông H." are names; "từ A đến Z." ends a sentence.
        before = tokens[-2] if len(tokens) > 1 else ""
        return len(bare) > 2 or before[:1].isupper() or before.lower() in _PERSON_WORDS
    # "1. Nội dung" opening a line: the number labels the item that follows.
    starts_item = len(tokens) == 1 or tokens[-2][-1:] in ".!?…:;"
    return starts_item and bool(_LIST_NUMBER.match(bare))


def split_sentences(text: str) -> list[str]:
    """The sentences of a text, each stripped; newlines are boundaries."""
    return [text[a:b] for a, b in sentence_spans(text)]


def segment_lines(lines: Sequence[Line], article_id: str) -> tuple[Sentence, ...]:
    """Body lines -> numbered sentences; a line without final punctuation is its own unit; a
    paper's tag or a list marker opening a paragraph ("(PLO)- ", "+ ") is not in its sentence,
    nor a connective opening the article ("Trước đó, ", `without_dangling_connective`)."""
    sentences: list[Sentence] = []
    for text, paragraph in _units(lines):
        for sentence in split_sentences(_without_opening_marks(text)):
            if not sentences:
                sentence = without_dangling_connective(sentence)
            sentences.append(Sentence(sentence, article_id, len(sentences), paragraph))
    return tuple(sentences)


def without_dangling_connective(sentence: str) -> str:
    """An article's first sentence without the connective and comma it opens with ("Trước đó,
    chiều 20-4, …" -> "Chiều 20-4, …"): nothing in the text comes before it, so the word links
    to what the page or the collection cut (a sapo kept apart), and the rest says what happened.
    Whole, a summary could not quote it (ranking/standalone.py: it leans on a sentence it cannot
    have). Only a connective alone before the first comma: "Cũng theo ông A, …" stays whole."""
    head, comma, rest = sentence.partition(",")
    rest = rest.lstrip()
    if not comma or not rest or not _WORDS.fullmatch(head.strip()):
        return sentence
    if " ".join(fold_tones(head).lower().split()) not in CONNECTIVES:  # words.syllables' form
        return sentence
    return rest[:1].upper() + rest[1:]


def _without_opening_marks(text: str) -> str:
    return _LIST_MARKER.sub("", _AGENCY_TAG.sub("", text, count=1), count=1)


def _units(lines: Sequence[Line]) -> list[tuple[str, int]]:
    """Body lines, re-joining hard-wrapped prose: only when the next line starts in lower case."""
    units: list[tuple[str, int]] = []
    previous: Line | None = None
    for line in lines:
        if line.role is not Role.BODY:
            previous = None
            continue
        if previous and _continues(previous, line) and units:
            text, paragraph = units[-1]
            units[-1] = (f"{text} {line.text}", paragraph)
        else:
            units.append((line.text, line.paragraph))
        previous = line
    return units


def _continues(previous: Line, line: Line) -> bool:
    """Soft-wrapped prose: no final mark, and the line goes on in lower case or with a digit.

    A line whose last dot is an initial's or an abbreviation's goes on too, when the next opens
    in lower case, with a digit or "(": VietNews bodies come one sentence a line, cut after
    names ("nhà T.D." / "(16 tuổi, …) để mượn…"), which left a summary holding the fragments."""
    first = line.text[:1]
    if previous.paragraph != line.paragraph:
        return False
    if first.islower() or first.isdigit():
        return not ends(previous.text) or _after_initial(previous, line)
    return first == "(" and _after_initial(previous, line)


def _after_initial(previous: Line, line: Line) -> bool:
    """Does `previous` end on a dot that `_protected` keeps before `line` (an initial, an
    abbreviation)?"""
    text = previous.text.rstrip()
    return (
        text.endswith(".")
        and not text.endswith("...")
        and _protected(text, len(text), ".", line.text[:_LOOKAHEAD])
    )
