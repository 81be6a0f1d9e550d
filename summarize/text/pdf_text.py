"""PDF with a text layer -> paragraphs: running headers, footers and page numbers dropped, lines
that the page's width broke rejoined.

A PDF has lines, not paragraphs. A line that fills the column was cut by the width and goes on
in the next line, whatever that line starts with: Vietnamese lines often go on with a capitalised
name ("…bên hành lang / Quốc hội, chiều 2/11"), so the case of the next line decides nothing.
A line well short of the column ends its paragraph (or is a heading).
"""

from __future__ import annotations

import io
import logging
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime
from typing import TYPE_CHECKING, Any

from ..errors import (
    BinaryInputError,
    EmptyInputError,
    ErrorKind,
    InputError,
    SummarizeError,
    UnsupportedInputError,
)
from ..models import Failure, Metadata
from .clean import ends
from .extracted import Extracted, file_metadata
from .normalize import comparison_key

if TYPE_CHECKING:
    from pypdf import PageObject, PdfReader

# pypdf logs each repair it tries on a damaged file as a WARNING ("EOF marker not found",
# "Skipping broken line ...": dozens for one file, none naming it) above the reader's own
# `Error: <file>: cannot read this PDF file: damaged` line, which says all of it.
logging.getLogger("pypdf").setLevel(logging.ERROR)

_PAGE_NUMBER = re.compile(
    r"^(trang|page|tr\.)?\s*[-–—]?\s*\d{1,4}\s*([-–—]|(/|trên|of)\s*\d{1,4})?\s*$", re.IGNORECASE
)
_DIGITS = re.compile(r"\d+")
# pypdf reads a kerning gap before a dot as a space: "TP .HCM".
_SPACED_DOT = re.compile(r"(?<=\w) \.(?=\w)")
EDGE_LINES = 2  # lines at the top and at the bottom of a page that may be running heads
#: A line at least this share of the column's width was broken by the width.
FULL_LINE = 0.75
#: A line ending a sentence this far from the margin ends its paragraph: the next word would
#: have fitted (Vietnamese syllables are short).
FULL_SENTENCE_LINE = 0.9
#: The column's width: this quantile of line lengths (the last lines of paragraphs are short).
WIDTH_QUANTILE = 0.8
DAMAGED = "cannot read this PDF file: damaged or not a PDF"
# A page that draws something (a scan, a drawing) and holds no text.
_DRAWN = [""]
# Producers that write their own name as the author.
_TOOLS = re.compile(r"weasyprint|microsoft|libreoffice|pdf|adobe|word", re.IGNORECASE)


def read_pdf(data: bytes, source: str) -> Extracted:
    """The text of every page; a PDF without any is refused with the reason (scanned pages,
    damaged ones, or blank ones)."""
    with _damage_is_an_input_error(source):
        reader = _reader(data, source)
        pages = [_page_text(page) for page in reader.pages]
        title, meta = _document_info(reader)
    if not any(line for page in pages if page is not None for line in page):
        raise _no_text(source, pages)
    read = [page or [] for page in pages]
    lines = [line for page in _without_running_lines(read) for line in page]
    return Extracted(tuple(rejoin_lines(lines)), title, meta, _damaged_pages(source, pages))


def _damaged_pages(source: str, pages: Sequence[list[str] | None]) -> tuple[Failure, ...]:
    """The pages that could not be read while the others were: said (a warning), not lost
    without a word."""
    damaged = [str(number) for number, page in enumerate(pages, start=1) if page is None]
    if not damaged:
        return ()
    which = f"page {damaged[0]}" if len(damaged) == 1 else f"pages {', '.join(damaged)}"
    reason = f"{which} of {len(pages)} not read (damaged content); the rest is read"
    return (Failure(source, reason, ErrorKind.BINARY),)


@contextmanager
def _damage_is_an_input_error(source: str) -> Iterator[None]:
    """pypdf raises any kind on a damaged file (AttributeError when an object stream lost its
    `stream` keyword, NotImplementedError for a filter whose name a flipped byte changed): that
    is the file's fault, never a traceback."""
    try:
        yield
    except SummarizeError:
        raise
    except Exception as error:
        raise BinaryInputError(source, DAMAGED) from error


def _no_text(source: str, pages: Sequence[list[str] | None]) -> InputError:
    """Why no page gave text: pages whose content could not be read are damage, not a scan; a
    scan draws its pages (an image, a drawing) without a text layer."""
    if any(page is None for page in pages):
        return BinaryInputError(source, "cannot read this PDF file: its pages' content is damaged")
    if any(page is _DRAWN for page in pages):
        return UnsupportedInputError(
            source,
            "a scanned PDF: its pages are images without a text layer; run OCR on it first "
            "(for example ocrmypdf) and read the result",
        )
    return EmptyInputError(source, "empty: its pages hold no text and draw nothing")


def _document_info(reader: PdfReader) -> tuple[str | None, Metadata]:
    """Title, author and modification (else creation) date from the document information,
    else from its XMP packet; a producer's name is no author."""
    info = _property(reader, "metadata")
    xmp = _property(reader, "xmp_metadata")
    title = str(info.title).strip() if info is not None and info.title else None
    author = str(info.author).strip() if info is not None and info.author else None
    author = author or "; ".join(map(str, _property(xmp, "dc_creator") or []))
    if author and _TOOLS.search(author):
        author = None
    created = _property(info, "creation_date") or _property(xmp, "xmp_create_date")
    modified = _property(info, "modification_date") or _property(xmp, "xmp_modify_date")
    return title or None, file_metadata(
        author,
        created if isinstance(created, datetime) else None,
        modified if isinstance(modified, datetime) else None,
    )


def _property(holder: object, name: str) -> Any:
    """A metadata property, None when absent or malformed (pypdf parses dates and XMP only
    when asked, and raises on a broken one: metadata is never worth failing a file)."""
    from xml.parsers.expat import ExpatError

    from pypdf.errors import PyPdfError

    if holder is None:
        return None
    try:
        return getattr(holder, name, None)
    except (PyPdfError, ExpatError, ValueError, TypeError, KeyError, AttributeError):
        return None


def _reader(data: bytes, source: str) -> PdfReader:
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise UnsupportedInputError(source, "an encrypted PDF: save it without a password")
        _ = len(reader.pages)
    except (PyPdfError, ValueError, KeyError, OSError, TypeError) as error:
        raise BinaryInputError(source, DAMAGED) from error
    return reader


def _page_text(page: PageObject) -> list[str] | None:
    """The page's lines; None when its content cannot be read (damaged), _DRAWN when it draws
    something but holds no text, [] when it draws nothing."""
    try:
        text: str = page.extract_text() or ""
    except Exception:  # pypdf raises many kinds on broken content streams
        return None
    if not text.strip():
        return _DRAWN if _draws(page) else []
    return [_SPACED_DOT.sub(".", " ".join(line.split())) for line in text.splitlines()]


def _draws(page: PageObject) -> bool:
    """Does a page without text draw anything (a scan, a drawing)? One whose content cannot be
    told is taken to."""
    try:
        contents = page.get_contents()
        return contents is not None and bool(contents.get_data().strip())
    except Exception:
        return True


def _without_running_lines(pages: Sequence[list[str]]) -> list[list[str]]:
    """Pages without page numbers and the lines repeated at the top or bottom of most pages
    (digits ignored, so "Trang 3 / Báo cáo" repeats)."""
    edges = Counter(
        key for page in pages for key in {_edge_key(line) for line in _edges(page) if line}
    )
    repeated = {key for key, count in edges.items() if len(pages) > 1 and count > len(pages) / 2}
    kept = []
    for page in pages:
        edge = set(_edges(page))
        kept.append(
            [
                line
                for line in page
                if not (line in edge and (_edge_key(line) in repeated or _PAGE_NUMBER.match(line)))
            ]
        )
    return kept


def _edges(page: list[str]) -> list[str]:
    content = [line for line in page if line]
    return content[:EDGE_LINES] + content[-EDGE_LINES:]


def _edge_key(line: str) -> str:
    return _DIGITS.sub("#", comparison_key(line))


def _ends_paragraph(line: str, following: str, width: int) -> bool:
    """A short line ends its paragraph, and so does a sentence that stops clearly before the
    margin; a next line in lower case always continues."""
    if following[:1].islower():
        return False
    limit = FULL_SENTENCE_LINE if ends(line) else FULL_LINE
    return len(line) < limit * width


def rejoin_lines(lines: Sequence[str]) -> list[str]:
    """Paragraphs from hard-wrapped lines: a full line goes on in the next one, and so does a
    line the next one continues in lower case; a short line or a blank one ends its paragraph."""
    lengths = sorted(len(line) for line in lines if line)
    if not lengths:
        return []
    width = lengths[min(len(lengths) - 1, int(WIDTH_QUANTILE * len(lengths)))]
    paragraphs: list[str] = []
    current: list[str] = []
    for number, line in enumerate(lines):
        if line:
            current.append(line)
        following = lines[number + 1] if number + 1 < len(lines) else ""
        if current and (not line or _ends_paragraph(line, following, width)):
            paragraphs.append(" ".join(current))
            current = []
    if current:
        paragraphs.append(" ".join(current))
    return paragraphs
