"""What a format's reader returns: paragraphs, a title and metadata, before cleaning."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from ..models import DateKind, Failure, Metadata
from .normalize import one_line

# python-docx's template stamps this day on every document it makes: the tool's, not the file's.
_TEMPLATE_DAYS = frozenset({date(2013, 12, 23)})
# Authors that are a tool's default, not a person.
TOOL_AUTHORS = frozenset({"python-docx", "odfpy", "microsoft office user", "user", "admin"})


@dataclass(frozen=True, slots=True)
class Extracted:
    """A file's text as its format gives it: one entry per paragraph (may hold line breaks)."""

    paragraphs: tuple[str, ...]
    title: str | None
    meta: Metadata
    #: Parts the reader could not read while it read the rest (a PDF's damaged pages).
    unread: tuple[Failure, ...] = ()


def file_metadata(
    author: str | None, created: datetime | None, modified: datetime | None
) -> Metadata:
    """What a file's properties honestly say: the person who wrote it (a tool's default name
    is none) and the day it was last changed, else made (a template's fixed day is neither):
    a file copied from a template keeps the template's older day of creation (D23-filedate)."""
    author = one_line(author or "") or None  # a PDF's /Author can hold anything
    if author is not None and author.lower() in TOOL_AUTHORS:
        author = None
    for stamp, kind in ((modified, DateKind.FILE_MODIFIED), (created, DateKind.FILE_CREATED)):
        if stamp is not None and stamp.date() not in _TEMPLATE_DAYS:
            return Metadata(published=stamp.date(), author=author, dated=kind)
    return Metadata(author=author)


def parse_stamp(text: str | None) -> datetime | None:
    """An ISO 8601 time stamp as office files write it ("2024-11-02T09:15:00Z"); None if not."""
    try:
        return datetime.fromisoformat(text.strip()) if text and text.strip() else None
    except ValueError:
        return None
