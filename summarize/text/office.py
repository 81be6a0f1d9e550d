"""Word (.docx), OpenDocument (.odt) and RTF files -> paragraphs, title and author.

A press office keeps its releases in these formats; each is read with its own library (imported
only when such a file comes), paragraph by paragraph, so no line of one runs into the next.
"""

from __future__ import annotations

import contextlib
import io
import re
import zipfile
from datetime import datetime
from typing import Any

from ..errors import BinaryInputError, DecodingError, TooLargeError
from ..models import Metadata
from .extracted import Extracted, file_metadata, parse_stamp

_TITLE_STYLES = ("title", "heading 1", "tiêu đề")
#: What the parts of a Word or OpenDocument file (a zip) may unpack to. A real one's XML is a
#: few MB and its pictures are stored as they are; a zip bomb under the 20 MB size limit unpacks
#: to gigabytes, which python-docx and odfpy would read into memory whole. Python's zipfile never
#: unpacks a part past the size its header declares, so the declared sizes are the bound.
MAX_UNPACKED_BYTES = 200 * 1024 * 1024
_CODEPAGE = re.compile(rb"\\ansicpg(\d+)")
_RTF_AUTHOR = re.compile(rb"\{\\author\s+([^{}]*)\}")


def read_docx(data: bytes, source: str) -> Extracted:
    """Paragraphs and table cells in reading order; the Title (or first Heading 1) style as
    the title; the author and date from the document's properties. python-docx reads parts
    when asked: the whole read is guarded (a document.xml whose namespace a byte flip changed
    opened, then raised AttributeError at its body, a traceback)."""
    import docx

    _check_unpacked(data, source, "Word (.docx)")
    read: Extracted = _opened(
        lambda: _docx_text(docx.Document(io.BytesIO(data))), source, "Word (.docx)"
    )
    return read


def _docx_text(document: Any) -> Extracted:
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    paragraphs: list[str] = []
    title = None
    for block in document.iter_inner_content():
        if isinstance(block, Paragraph):
            if title is None and not paragraphs and _is_title(block):
                title = block.text.strip() or None
                continue
            paragraphs.append(block.text)
        elif isinstance(block, Table):
            paragraphs.extend(_table_cells(block))
    properties = document.core_properties
    author, created, modified = (
        _property(properties, name) for name in ("author", "created", "modified")
    )
    return Extracted(tuple(paragraphs), title, file_metadata(author, created, modified))


def _is_title(paragraph: Any) -> bool:
    """Is the paragraph in a title style? Asked of the first paragraphs only: python-docx looks
    a paragraph's style up through every style of the file, and asked of each paragraph, a 40 KB
    file of 100,000 empty paragraphs took ten minutes to read."""
    style = paragraph.style
    return style is not None and (style.name or "").lower().startswith(_TITLE_STYLES)


def _property(properties: Any, name: str) -> Any:
    """A core property, None when it cannot be read: python-docx raised TypeError on an empty
    `<dcterms:created/>` and OverflowError on 9999-12-31T23:59:59-14:00, and the article was
    refused for its metadata."""
    try:
        return getattr(properties, name)
    except Exception:
        return None


def _table_cells(table: Any, depth: int = 0) -> list[str]:
    """Each row of a table as one paragraph, its distinct cells joined by " | "."""
    rows = []
    for row in table.rows:
        texts = (_cell_text(cell, depth) for cell in row.cells)
        rows.append(" | ".join(dict.fromkeys(text for text in texts if text)))
    return rows


#: Tables inside tables read (a press office lays a page out in a table, the article in a table
#: inside it); deeper ones are not, so a file cannot make the reader recurse without end.
MAX_TABLE_DEPTH = 8


def _cell_text(cell: Any, depth: int) -> str:
    """A cell's paragraphs and the rows of the tables inside it, in order, one a line. python-
    docx's cell.text holds the paragraphs only: an article laid out in a table inside a table
    was "empty: no text in this file"."""
    from docx.table import Table

    lines = []
    for block in cell.iter_inner_content():
        if not isinstance(block, Table):
            lines.append(block.text)
        elif depth < MAX_TABLE_DEPTH:
            lines.extend(_table_cells(block, depth + 1))
    return "\n".join(lines).strip()


def read_odt(data: bytes, source: str) -> Extracted:
    """Headings and paragraphs of an OpenDocument text, in order; the title, initial creator
    and last change (else creation) date from its metadata."""
    from odf.namespaces import TEXTNS

    _check_unpacked(data, source, "OpenDocument (.odt)")
    document = _opened(lambda: _load_odt(data), source, "OpenDocument (.odt)")
    if not hasattr(document, "text"):  # odfpy names the body after the kind of document
        raise BinaryInputError(
            source, "cannot read this OpenDocument (.odt) file: a spreadsheet or presentation, "
            "not a text",
        )  # fmt: skip
    paragraphs = _in_document_order(document.text, TEXTNS)
    title = _odt_meta(document, "title")
    author = _odt_meta(document, "initial-creator") or _odt_meta(document, "creator")
    created = parse_stamp(_odt_meta(document, "creation-date"))
    meta = file_metadata(author, created, parse_stamp(_odt_meta(document, "date")))
    return Extracted(tuple(paragraphs), title, meta)


def _load_odt(data: bytes) -> Any:
    """odfpy's document. odfpy prints a part it cannot parse, whole, to standard output (into
    the JSON of `report -o -`) and goes on with what it parsed: the print is kept from standard
    output, and a text body that did not parse is a damaged file (ValueError)."""
    from odf.opendocument import load

    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        document = load(io.BytesIO(data))
    if "<office:document-content" in printed.getvalue():
        raise ValueError("content.xml is not well-formed XML")
    return document


def _in_document_order(root: Any, textns: str) -> list[str]:
    """text:p and text:h in document order (nested ones, as in list items, included once)."""
    from odf import teletype

    out: list[str] = []
    stack = [root]
    while stack:
        node = stack.pop()
        if getattr(node, "qname", None) in ((textns, "p"), (textns, "h")):
            out.append(teletype.extractText(node))
            continue
        stack.extend(reversed(list(getattr(node, "childNodes", []))))
    return out


def _odt_meta(document: Any, name: str) -> str | None:
    from odf import dc, meta

    kind = {
        "title": dc.Title, "creator": dc.Creator, "date": dc.Date,
        "initial-creator": meta.InitialCreator, "creation-date": meta.CreationDate,
    }  # fmt: skip
    for element in document.meta.getElementsByType(kind[name]):
        text = str(element).strip()
        if text:
            return text
    return None


def read_rtf(data: bytes, source: str) -> Extracted:
    """RTF's text (striprtf), its \\'xx bytes decoded with the file's own code page."""
    if not data.lstrip().startswith(b"{\\rtf"):
        raise DecodingError(source, "not an RTF file: it does not start with {\\rtf")
    match = _CODEPAGE.search(data[:2000])
    encoding = f"cp{match.group(1).decode()}" if match else "cp1252"
    try:
        "".encode(encoding)
    except LookupError:
        encoding = "cp1252"
    text = _rtf_text(data, encoding, source)
    return Extracted(tuple(re.split(r"\n\s*\n|\n", text)), None, _rtf_info(data, encoding, source))


def _rtf_text(data: bytes, encoding: str, source: str) -> str:
    """striprtf's text, or an input error: a damaged control word (a `\\uc` cut from its
    number) raised TypeError from inside the library, a traceback."""
    from striprtf.striprtf import rtf_to_text

    try:
        return str(rtf_to_text(data.decode("latin-1"), encoding=encoding, errors="strict"))
    except UnicodeDecodeError as error:
        raise DecodingError(source, f"cannot decode the RTF text as {encoding}") from error
    except Exception as error:  # the library's own, for a damaged file
        raise BinaryInputError(source, "cannot read this RTF file: damaged") from error


def _rtf_info(data: bytes, encoding: str, source: str) -> Metadata:
    """The author and revision (else creation) time of the file's \\info group; an author
    that cannot be read is not stated (the text was read)."""
    author = _RTF_AUTHOR.search(data)
    try:
        name = _rtf_text(author.group(1), encoding, source) if author else None
    except (BinaryInputError, DecodingError):
        name = None
    stamps = [_rtf_time(data, group) for group in (b"creatim", b"revtim")]
    return file_metadata(name, stamps[0], stamps[1])


def _rtf_time(data: bytes, group: bytes) -> datetime | None:
    found = re.search(rb"\\" + group + rb"\\yr(\d{4})\\mo(\d{1,2})\\dy(\d{1,2})", data)
    if found is None:
        return None
    year, month, day = (int(n) for n in found.groups())
    try:
        return datetime(year, month, day)
    except ValueError:
        return None


def _check_unpacked(data: bytes, source: str, kind: str) -> None:
    """Refuse a file whose parts unpack past MAX_UNPACKED_BYTES, before any is unpacked."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            size = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, ValueError, OSError):
        return  # not a zip: the library's own error says the file is damaged
    if size > MAX_UNPACKED_BYTES:
        raise TooLargeError(
            source,
            f"too large: this {kind} file unpacks to {size:,} bytes, "
            f"the limit is {MAX_UNPACKED_BYTES:,} (a zip bomb?)",
        )


def _opened(opener: Any, source: str, kind: str) -> Any:
    """The library's document, or an input error that says the file is damaged."""
    try:
        return opener()
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as error:
        reason = f"cannot read this {kind} file: damaged or not {kind}"
        raise BinaryInputError(source, reason) from error
    except Exception as error:  # the libraries raise their own errors for broken XML
        raise BinaryInputError(source, f"cannot read this {kind} file: {error}") from error
