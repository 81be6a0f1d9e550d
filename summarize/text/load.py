"""Bytes of a text file (plain, HTML, markdown) -> Document: strict decoding, NFC, markup
reduced to paragraphs. Office files, PDF and e-mail go through formats.py, which calls this."""

from __future__ import annotations

import codecs
import os
import re
from pathlib import Path
from typing import Any

from ..errors import (
    BinaryInputError,
    DecodingError,
    EmptyInputError,
    UnsupportedInputError,
)
from ..models import DEFAULT_MAX_BYTES, Document, Metadata
from .files import STDIN, STDIN_SOURCE, read_bytes, read_stdin
from .normalize import clean_text

_HTML_START = re.compile(r"\s*<(!doctype|html|head|body|article|div|p|h[1-6])\b", re.IGNORECASE)
FORMATS = ("txt", "md", "html")
_FORMAT_OF = {".md": "md", ".markdown": "md", ".html": "html", ".htm": "html"}

# Magic numbers of formats people drop into article folders by mistake.
_MAGIC = (
    b"\x89PNG",
    b"%PDF",
    b"PK\x03\x04",
    b"\xff\xd8\xff",
    b"GIF8",
    b"\x1f\x8b",
    b"BZh",
    b"\x7fELF",
)
# Legacy encodings worth trying after UTF-8/UTF-16, most likely first for Vietnamese.
_LEGACY = ("cp1258", "cp1252")
# Letters that only Vietnamese uses (ơ, ư, đ and the tone-marked vowels of its alphabet).
_VIETNAMESE = re.compile(
    "[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]", re.IGNORECASE
)
# Mojibake and legacy-font (VNI/TCVN3) markers: Latin-1 letters Vietnamese never uses.
_FOREIGN = re.compile("[ÃÂ¢£¤¥¦§¨©ª«¬®¯°±²³´µ¶·¸¹º»¼½¾¿ÄÅÆÇËÎÏÑÖ×ØÛÜÞßäåæçëîïñö÷øûüþÿ]")


def load_text_document(
    path: str | os.PathLike[str], *, max_bytes: int = DEFAULT_MAX_BYTES
) -> Document:
    """Read one article file ("-": pasted text on standard input); every way it can be
    unreadable is an InputError naming it."""
    if str(path) == STDIN:
        return _pasted(read_stdin(max_bytes))
    return text_document_from_bytes(read_bytes(path, max_bytes), str(path))


def text_document_from_bytes(data: bytes, source: str, suffix: str | None = None) -> Document:
    """A file's bytes, decoded and reduced to text in the format its name (or `suffix`) says."""
    fmt = _FORMAT_OF.get((suffix or Path(source).suffix).lower(), "txt")
    return document_from_text(decode_bytes(data, source), source=source, fmt=fmt)


def _pasted(data: bytes) -> Document:
    """A paste: the same strict decoding as a file; HTML when it starts like HTML."""
    text = decode_bytes(data, STDIN_SOURCE)
    return document_from_text(text, source=STDIN_SOURCE, fmt=guess_format(text))


def guess_format(text: str) -> str:
    """HTML ("html") for text that starts like HTML (a saved page, a paste), else "txt"."""
    return "html" if _HTML_START.match(text) else "txt"


def decode_bytes(data: bytes, source: str) -> str:
    """Strict decoding: UTF-8, UTF-16 (UTF-32 with its BOM), then Vietnamese legacy code pages;
    never replaced chars."""
    if not data.strip():
        raise EmptyInputError(source, "empty file" if not data else "empty: only whitespace")
    if data.startswith(_MAGIC):
        raise BinaryInputError(source, f"binary data ({_binary_kind(data)}), not text")
    for decoder in (_utf32_with_bom, _utf16_with_bom, _utf8, _utf16_without_bom, _legacy):
        text = decoder(data)
        if text is not None:
            return _check_text(text, source)
    if data.count(0) or _control_ratio(data) > 0.1:
        raise BinaryInputError(source, "binary data (control bytes), not text")
    raise DecodingError(
        source,
        "cannot decode: not UTF-8, UTF-16 or Windows-1258 (legacy TCVN3/VNI font encodings "
        "must be converted to Unicode first)",
    )


def _binary_kind(data: bytes) -> str:
    """What a binary file named as text is, and how to have it read."""
    if data.startswith(b"%PDF"):
        return "a PDF file: name it .pdf to have it read"
    if data.startswith(b"PK\x03\x04"):
        return "a zip archive; a Word or OpenDocument file is read when named .docx or .odt"
    return "an image, PDF or archive"


def _with_bom(data: bytes, boms: tuple[bytes, ...], codec: str) -> str | None:
    """`data` decoded by `codec` when it opens with one of its byte-order marks, else None."""
    if data.startswith(boms):
        try:
            return data.decode(codec)
        except UnicodeDecodeError:
            return None
    return None


def _utf32_with_bom(data: bytes) -> str | None:
    """UTF-32 only with its BOM (as `iconv -t UTF-32` writes it): its little-endian BOM begins
    with UTF-16's, which read it as text with a NUL after every letter: "binary data"."""
    return _with_bom(data, (codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE), "utf-32")


def _utf16_with_bom(data: bytes) -> str | None:
    return _with_bom(data, (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE), "utf-16")


def _utf8(data: bytes) -> str | None:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return None


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 without BOM only when its NUL pattern (ASCII half of every pair) makes it certain."""
    if len(data) < 4 or len(data) % 2:
        return None
    even, odd = data[0::2], data[1::2]
    for encoding, zeros in (("utf-16-le", odd), ("utf-16-be", even)):
        if zeros.count(0) >= 0.3 * len(zeros) and (even if zeros is odd else odd).count(0) == 0:
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                return None
    return None


def _legacy(data: bytes) -> str | None:
    """A legacy code page, accepted only when the result reads as Vietnamese, not mojibake."""
    if data.count(0) or _control_ratio(data) > 0.01:
        return None
    from charset_normalizer import from_bytes  # only legacy files pay for the detector

    guesses = [m.encoding for m in from_bytes(data, cp_isolation=list(_LEGACY))]
    for encoding in dict.fromkeys([*guesses, *_LEGACY]):
        try:
            text = data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
        if _looks_vietnamese(text):
            return text
    return None


def _looks_vietnamese(text: str) -> bool:
    letters = sum(ch.isalpha() for ch in text) or 1
    clean = clean_text(text)
    return len(_VIETNAMESE.findall(clean)) > 0.02 * letters and len(_FOREIGN.findall(clean)) < (
        0.002 * letters
    )


def _control_ratio(data: bytes) -> float:
    controls = sum(1 for b in data[:65536] if b < 32 and b not in (9, 10, 12, 13))
    return controls / max(1, min(len(data), 65536))


def _check_text(text: str, source: str) -> str:
    """Decoded text that is mostly control characters is binary data, not an article."""
    sample = text[:65536]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\n\r\f")
    if controls > 0.1 * max(1, len(sample)):
        raise BinaryInputError(source, "binary data (control bytes), not text")
    return text


def document_from_text(text: str, *, source: str, fmt: str = "txt") -> Document:
    """Plain text, markdown or HTML -> NFC text with one line per block, blank lines between."""
    if fmt not in FORMATS:
        raise UnsupportedInputError(source, f"unknown format {fmt!r}; use one of {FORMATS}")
    title, raw, meta = None, text, Metadata()
    if fmt == "md":
        text, title = html_to_text(_markdown_to_html(text))
    elif fmt == "html":
        text, title, meta = _page_text(text)
    cleaned = clean_text(text)
    if not cleaned.strip() and fmt == "md" and _lost_to_nesting(raw):
        raise UnsupportedInputError(
            source, "markdown nested too deeply to read; save it as .txt to read it as plain text"
        )
    if not cleaned.strip():
        raise EmptyInputError(source, "empty: no text in this file")
    title = clean_text(title) if title else None
    return Document(source=source, text=cleaned, title=title, meta=meta)


def _page_text(markup: str) -> tuple[str, str | None, Metadata]:
    """A news page's article alone (text/page.py); markup without paragraphs read whole."""
    from .page import read_page  # lxml: only HTML pays for it (`summarize clusters` reads text)

    page = read_page(markup)
    if page is None or not page.paragraphs:
        text, title = html_to_text(markup)
        return text, title, page.meta if page else Metadata()
    return "\n\n".join(page.paragraphs), page.title, page.meta


UNLIMITED_NESTING = 1_000_000  # only to tell why a markdown file rendered to nothing


def _lost_to_nesting(markdown: str) -> bool:
    """Did markdown-it's nesting limit (it renders nothing below it) eat the text?"""
    from markdown_it import MarkdownIt

    deep = MarkdownIt("commonmark", {"html": False, "maxNesting": UNLIMITED_NESTING})
    try:
        text, _ = html_to_text(deep.render(markdown))
    except RecursionError:
        return True
    return bool(clean_text(text).strip())


def _markdown_to_html(text: str) -> str:
    from markdown_it import MarkdownIt

    # "commonmark" without html: raw HTML in markdown is shown as text, never interpreted.
    html: str = MarkdownIt("commonmark", {"html": False}).render(text)
    return html


_DROP = (
    "script", "style", "noscript", "iframe", "template", "svg", "nav", "header", "footer",
    "aside", "form", "button", "select", "object", "embed", "canvas", "head", "img", "picture",
    "video", "audio", "math",
)  # fmt: skip
_BLOCKS = frozenset(
    [
        "p",
        "div",
        "li",
        "ul",
        "ol",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "tr",
        "table",
        "blockquote",
        "figcaption",
        "figure",
        "section",
        "article",
        "pre",
        "dd",
        "dt",
        "dl",
        "main",
        "address",
        "hr",
        "td",
        "th",
        "caption",
    ]
)


def html_to_text(markup: str) -> tuple[str, str | None]:
    """HTML parsed by lxml -> (text with one block per paragraph, the page's title or None)."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(markup, "lxml")
    title_tag = soup.find("h1") or soup.find("title")
    title = title_tag.get_text(" ", strip=True) if title_tag else None
    text = _block_text(soup)
    paragraphs = (_tidy_lines(part) for part in re.split(r"\n[^\S\n]*\n", text))
    return "\n\n".join(p for p in paragraphs if p), str(title) if title else None


def _block_text(root: Any) -> str:
    """The text of the tree in document order: a blank line around each block, a line break for
    each <br>, dropped elements skipped.

    One walk with an explicit stack: inserting separators into the tree (bs4's insert_before)
    costs the depth of the tree each time, minutes for 100,000 nested <div>s.
    """
    from bs4.element import CData, NavigableString, Tag

    parts: list[str] = []
    stack: list[tuple[Any, bool]] = [(root, False)]
    while stack:
        node, closing = stack.pop()
        if closing:
            parts.append("\n\n")
        elif isinstance(node, Tag):
            if node.name in _DROP:
                continue
            if node.name == "br":
                parts.append("\n")
                continue
            if node.name in _BLOCKS:
                parts.append("\n\n")
                stack.append((node, True))
            stack.extend((child, False) for child in reversed(node.contents))
        elif type(node) in (NavigableString, CData):  # not comments, doctypes or scripts
            parts.append(str(node))
    return "".join(parts)


def _tidy_lines(paragraph: str) -> str:
    """One paragraph: spaces collapsed, `<br>` line breaks kept."""
    lines = (" ".join(line.split()) for line in paragraph.split("\n"))
    return "\n".join(line for line in lines if line)
