"""Line roles: which lines of an article are its title, body, captions, bylines or web furniture."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from ..models import Document, Line, Role
from . import credits
from .normalize import comparison_key
from .shipped import shipped_lines

# A unit "ends" when its last visible character is one of these (closing quotes may follow).
FINAL_MARKS = (".", "!", "?", "…", ":", ";")
# Quotation marks that come in pairs (the straight ' is also an apostrophe: not one of them).
OPENING_QUOTES = '"“‘«'
CLOSING_QUOTES = '"”’»'
CLOSERS = CLOSING_QUOTES + "')]"  # closing quotes and brackets, which may follow a final mark
# Lines after which the rest of a page is lists of other articles, not this one.
_FOOTER_MARKERS = frozenset(
    comparison_key(p)
    for p in ("Các tin khác", "Tin khác", "Tin liên quan", "Tin cùng chuyên mục",
              "Bài viết liên quan", "Bài liên quan", "Đọc thêm", "Xem thêm")
)  # fmt: skip
# A photo caption describing someone speaking or receiving something at the event.
_SPEAKING_AT = re.compile(
    r"\b(phát biểu|báo cáo|trình bày|trao|tặng|chủ trì|phát biểu chỉ đạo|phát biểu khai mạc|"
    r"phát biểu bế mạc|chụp ảnh|dự|tham dự|tham luận|chúc mừng)\b[^.!?]{0,40}\btại\b"
    r"[^.!?]{0,60}$",
    re.IGNORECASE,
)
_AT = re.compile(r"tại", re.IGNORECASE)  # with the same case rules as _SPEAKING_AT's "tại"
_BYLINE = re.compile(
    r"^(\(?(theo|nguồn)\b[^.!?]{0,80}\)?"
    r"|(tin|bài|tin và ảnh|tin, ảnh|bài và ảnh|bài, ảnh)\s*:.{0,60})$",
    re.IGNORECASE,
)
_AGENCY = re.compile(r"^\(?(PV|TTXVN|VNA|CTV|BTV|Nhóm PV|Theo TTXVN)\)?\.?$")
# Captions are short: our seeds' run 20–30 syllables; body lines without punctuation run longer.
MAX_CAPTION_SYLLABLES = 40
MAX_TITLE_SYLLABLES = 35
# A speaking-at caption with a final full stop is still short.
MAX_SPEAKER_CAPTION_SYLLABLES = 35
MAX_BYLINE_SYLLABLES = 6
# Menu items and footer phrases are short; longer lines are never compared with the list.
MAX_PHRASE_CHARS = 40


@cache
def boilerplate_phrases() -> frozenset[str]:
    """The shipped list of footer/menu/share phrases, as comparison keys (data, not results)."""
    return frozenset(comparison_key(line) for line in shipped_lines("boilerplate.txt"))


def classify_lines(document: Document) -> list[Line]:
    """One Line per non-empty line of the document, with its role and paragraph number."""
    raw = _numbered_lines(document.text)
    texts = [text for text, _ in raw]
    footer = _footer_start(texts)
    lines = []
    for number, (text, paragraph) in enumerate(raw):
        wrapped = number + 1 < len(raw) and _wraps_into(text, raw[number + 1])
        if number >= footer:
            role = Role.BOILERPLATE
        elif wrapped:
            role = Role.BODY
        else:
            role = line_role(
                text, first=number == 0, last=number >= len(raw) - 2, title=document.title
            )
        lines.append(Line(text, role, paragraph, number))
    return lines


def _numbered_lines(text: str) -> list[tuple[str, int]]:
    """Non-empty lines with paragraph numbers: blank lines separate paragraphs when present."""
    blocks = re.split(r"\n\s*\n", text) if "\n\n" in text else text.split("\n")
    out: list[tuple[str, int]] = []
    for paragraph, block in enumerate(b for b in blocks if b.strip()):
        out.extend((line.strip(), paragraph) for line in block.split("\n") if line.strip())
    return out


def _wraps_into(text: str, following: tuple[str, int]) -> bool:
    """Hard-wrapped prose: no final punctuation, and the next line goes on in lower case."""
    return not ends(text) and following[0][:1].islower()


def _footer_start(texts: Sequence[str]) -> int:
    """Index of a footer marker after which only short lines (headlines, menus) follow."""
    for index, text in enumerate(texts):
        if index > 0 and len(text) <= MAX_PHRASE_CHARS and comparison_key(text) in _FOOTER_MARKERS:
            rest = texts[index + 1 :]
            if all(_syllables(t) <= MAX_CAPTION_SYLLABLES and not ends(t) for t in rest):
                return index
    return len(texts)


def line_role(
    text: str, *, first: bool = False, last: bool = False, title: str | None = None
) -> Role:
    """The role of one line, from its words, length and final punctuation."""
    short = len(text) <= MAX_PHRASE_CHARS
    # The key only where it is read: a long first line is compared with a title only when
    # there is one (`summarize clusters` documents have none).
    key = comparison_key(text) if short or (first and title) else ""
    if short and (not key or key in boilerplate_phrases()):
        return Role.BOILERPLATE
    size = _syllables(text)
    if first and (
        (title and key == comparison_key(title)) or (not ends(text) and size <= MAX_TITLE_SYLLABLES)
    ):
        return Role.TITLE
    if _is_byline(text, size, last):
        return Role.BYLINE
    if _is_caption(text, size):
        return Role.CAPTION
    return Role.BODY


def _is_byline(text: str, size: int, last: bool) -> bool:
    if _BYLINE.match(text) or _AGENCY.match(text):
        return True
    if not last or size > MAX_BYLINE_SYLLABLES:
        return False
    # A name alone on one of the last lines: "Minh Anh", "Thu Hà - Văn Nam".
    return all(w[:1].isupper() for w in text.replace("-", " ").split())


def _is_caption(text: str, size: int) -> bool:
    if credits.MEDIA_LINE_OPENING.match(text) or credits.BRACKET_AT_LINE_END.search(text):
        return True
    if not ends(text):
        return size <= MAX_CAPTION_SYLLABLES
    stripped = text.rstrip(" .")
    if size > MAX_SPEAKER_CAPTION_SYLLABLES or not _AT.search(stripped):
        return False  # the quick test: every match holds "tại" (5x cheaper than the pattern)
    return bool(_SPEAKING_AT.search(stripped))


def ends(text: str) -> bool:
    """Does the unit end with a final mark (closers may follow)? Written without a regex (3x
    cheaper than `[.!?…:;][closers]*$`): strip the closers, look at the last character."""
    return text.rstrip().rstrip(CLOSERS)[-1:] in FINAL_MARKS


# No length rule reads past this many words: counting stops there (a body line runs to hundreds).
_COUNTED_WORDS = 64


def _syllables(text: str) -> int:
    """The line's words, counted up to _COUNTED_WORDS + 1 (every rule's limit is lower)."""
    return len(text.split(None, _COUNTED_WORDS))
