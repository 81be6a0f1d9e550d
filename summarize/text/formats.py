"""Any article file -> Documents: the one place that knows which reader reads which format.

Text, markdown and HTML pages go through load.py; Word, OpenDocument, RTF and PDF files through
their own readers (office.py, pdf_text.py); an e-mail (mail_file.py) gives its body and each
attachment that is an article, so one .eml can hold several articles.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from urllib.parse import urlsplit

from ..errors import EmptyInputError, InputError, UnsupportedInputError
from ..models import DEFAULT_MAX_BYTES, Document, Failure, Metadata
from .extracted import Extracted
from .files import STDIN, read_bytes
from .load import document_from_text, load_text_document, text_document_from_bytes
from .mail_file import Mail, read_eml
from .normalize import clean_text

Reader = Callable[[bytes, str], Extracted]
#: Office and PDF files, read by their own libraries.
BINARY_SUFFIXES = frozenset({".docx", ".odt", ".rtf", ".pdf"})
MAIL_SUFFIXES = frozenset({".eml"})
MAX_MAIL_DEPTH = 3  # a forwarded message inside a forwarded message inside ...
#: A message body shorter than this, beside attached articles, is a covering note.
MIN_NOTE_CHARS = 300


def _reader(suffix: str) -> Reader | None:
    """The reader of an office or PDF suffix; None for text formats."""
    from .office import read_docx, read_odt, read_rtf
    from .pdf_text import read_pdf

    readers: dict[str, Reader] = {
        ".docx": read_docx, ".odt": read_odt, ".rtf": read_rtf, ".pdf": read_pdf,
    }  # fmt: skip
    return readers.get(suffix)


def documents_from_bytes(
    data: bytes, source: str, depth: int = 0, suffix: str | None = None
) -> list[Document]:
    """Every article a file holds (one, or an e-mail's body and attachments); `suffix` says
    the format when the source's name does not (a link)."""
    suffix = (suffix or Path(source).suffix).lower()
    if not data:  # a download or copy that never started: "damaged or not a PDF" said less
        raise EmptyInputError(source, "empty file")
    if suffix in MAIL_SUFFIXES:
        return _mail_documents(data, source, depth)
    reader = _reader(suffix)
    if reader is not None:
        return [document_from_extracted(reader(data, source), source)]
    return [text_document_from_bytes(data, source, suffix)]


def load_link(
    url: str, *, max_bytes: int = DEFAULT_MAX_BYTES, allow_private: bool = False
) -> list[Document]:
    """The articles at a link (fetch.py's bounds); the link and its site where the page names
    none."""
    from .fetch import fetch

    fetched = fetch(url, max_bytes=max_bytes, allow_private=allow_private)
    documents = documents_from_bytes(fetched.data, url, suffix=fetched.suffix)
    host = (urlsplit(fetched.url).hostname or "").removeprefix("www.") or None
    return [
        replace(d, meta=replace(d.meta, url=d.meta.url or fetched.url, site=d.meta.site or host))
        for d in documents
    ]


def document_from_bytes(data: bytes, source: str) -> Document:
    """The file's article; for an e-mail the longest of its body and attachments."""
    return longest(documents_from_bytes(data, source))


def longest(documents: list[Document]) -> Document:
    """The longest of a file's articles, carrying every part of the file that was not read."""
    unread = tuple(failure for d in documents for failure in d.unread)
    return replace(max(documents, key=lambda d: len(d.text)), unread=unread)


def load_documents(
    path: str | os.PathLike[str], *, max_bytes: int = DEFAULT_MAX_BYTES
) -> list[Document]:
    """Every article of one file ("-": pasted text on standard input)."""
    if str(path) == STDIN:
        return [load_text_document(path, max_bytes=max_bytes)]
    return documents_from_bytes(read_bytes(path, max_bytes), str(path))


def load_document(path: str | os.PathLike[str], *, max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    """One file's article (an e-mail's longest part); every failure an InputError naming it."""
    return longest(load_documents(path, max_bytes=max_bytes))


def document_from_extracted(extracted: Extracted, source: str) -> Document:
    """A reader's paragraphs as a Document: NFC, one blank line between paragraphs."""
    paragraphs = (clean_text(p) for p in extracted.paragraphs)
    text = "\n\n".join(p for p in paragraphs if p)
    if not text:
        raise EmptyInputError(source, "empty: no text in this file")
    title = clean_text(extracted.title) if extracted.title else None
    return Document(source, text, title or None, extracted.meta, extracted.unread)


def _mail_documents(data: bytes, source: str, depth: int) -> list[Document]:
    """The message's body (when it has article text) and every attachment that is an article."""
    suffixes = BINARY_SUFFIXES | MAIL_SUFFIXES | frozenset({".txt", ".md", ".html", ".htm"})
    mail = read_eml(data, source, suffixes)
    attached: list[Document] = []
    unread: list[Failure] = []
    for name, payload in mail.attachments:
        try:
            if Path(name).suffix.lower() in MAIL_SUFFIXES and depth >= MAX_MAIL_DEPTH:
                raise UnsupportedInputError(name, f"forwarded more than {MAX_MAIL_DEPTH} deep")
            attached.extend(documents_from_bytes(payload, f"{source} › {name}", depth + 1))
        except InputError as error:  # a logo named .pdf does not fail the message: it is named
            reason = f"attachment {name!r} not read: {error.reason}"
            unread.append(Failure(source, reason, error.kind))
    body = _mail_body(mail, source)
    if body is not None and (not attached or len(body.text) >= MIN_NOTE_CHARS):
        attached.insert(0, body)
    if not attached:
        raise EmptyInputError(source, "empty: no text in the message or its attachments")
    first = attached[0]
    attached[0] = replace(first, unread=(*unread, *first.unread))
    return attached


def _mail_body(mail: Mail, source: str) -> Document | None:
    if mail.body is None:
        return None
    try:
        body = document_from_text(mail.body[1], source=source, fmt=mail.body[0])
    except EmptyInputError:
        return None  # a message that only carries attachments
    return _with_mail_fields(body, mail.title, mail.meta)


def _with_mail_fields(document: Document, title: str | None, meta: Metadata) -> Document:
    """The message's Subject, Date and sender where the body (a saved page's metadata) states
    none of its own."""
    own = document.meta
    dated = own if own.published else meta
    merged = replace(
        own, published=dated.published, dated=dated.dated, author=own.author or meta.author
    )
    return replace(document, title=document.title or title, meta=merged)
