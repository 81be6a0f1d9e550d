"""Property-based fuzzing of the readers on real files: each format made by its own library
(python-docx, odfpy, WeasyPrint's PDF, the e-mail library), then damaged as copies and downloads
damage files (bytes flipped, cut, spliced; inside a zip, its XML); hostile HTML; and pages served
by a real server on 127.0.0.1. Whatever the bytes, a reader gives NFC text or a typed InputError
naming the file, never a traceback (a damaged PDF's AttributeError ended `report` whole).

`make test` runs the "ci" profile's bounded count (marked slow: not in test-fast); `make fuzz`
(HYPOTHESIS_PROFILE=fuzz) a long run (profiles in conftest.py).
"""

from __future__ import annotations

import io
import unicodedata
import zipfile
from collections.abc import Iterator
from functools import cache
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from summarize.errors import InputError
from summarize.models import Document
from summarize.text.formats import documents_from_bytes, load_link

from .conftest import serving
from .formats import docx_bytes, eml_bytes, odt_bytes, pdf_bytes, rtf_bytes

# About a minute on a loaded 2-core machine: in `make test` and `make fuzz`, not test-fast (each
# crash found here has an example test of its own in test_formats.py).
pytestmark = pytest.mark.slow

MAKERS = {".docx": docx_bytes, ".odt": odt_bytes, ".pdf": pdf_bytes, ".rtf": rtf_bytes,
          ".eml": eml_bytes}  # fmt: skip
XML = {".docx": "word/document.xml", ".odt": "content.xml"}


@cache
def made(suffix: str) -> bytes:
    """The format's file as its library writes it (made once: WeasyPrint takes a second)."""
    return MAKERS[suffix]("thử") if suffix != ".pdf" else pdf_bytes("thử", pages=1)


def read_or_refused(data: bytes, suffix: str) -> list[Document]:
    """The documents, or [] for a typed refusal naming the file; anything else fails."""
    try:
        documents = documents_from_bytes(data, f"x{suffix}", suffix=suffix)
    except InputError as error:
        assert error.path == f"x{suffix}" and error.reason
        return []
    for document in documents:
        assert unicodedata.is_normalized("NFC", document.text)
    return documents


@st.composite
def damaged(draw: st.DrawFn, data: bytes) -> bytes:
    """`data` with one damage a copy or a download leaves: flipped bytes, a cut, a splice."""
    kind = draw(st.sampled_from(["flip", "cut", "splice"]))
    size = len(data)
    if kind == "cut":
        return data[: draw(st.integers(0, size - 1))]
    if kind == "splice":
        a, b = sorted(draw(st.lists(st.integers(0, size), min_size=2, max_size=2)))
        return data[:a] + data[b:]
    out = bytearray(data)
    flips = draw(st.lists(st.tuples(st.integers(0, size - 1), st.integers(0, 255)), max_size=20))
    for at, byte in flips:
        out[at] = byte
    return bytes(out)


@st.composite
def damaged_inside(draw: st.DrawFn, archive: bytes, member: str) -> bytes:
    """The zip rewritten whole with its XML `member` damaged: the damage a zip's own checks
    cannot catch, which reaches the XML parser."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(archive)) as given_zip, zipfile.ZipFile(out, "w") as rezipped:
        for info in given_zip.infolist():
            part = given_zip.read(info)
            if info.filename == member:
                part = draw(damaged(part))
            rezipped.writestr(info.filename, part)
    return out.getvalue()


@pytest.mark.parametrize("suffix", sorted(MAKERS))
@given(data=st.data())
def test_a_damaged_file_of_any_format_is_read_or_refused_by_name(
    suffix: str, data: st.DataObject
) -> None:
    read_or_refused(data.draw(damaged(made(suffix))), suffix)


@pytest.mark.parametrize("suffix", sorted(XML))
@given(data=st.data())
def test_a_word_or_opendocument_file_with_damaged_xml_is_read_or_refused_by_name(
    suffix: str, data: st.DataObject
) -> None:
    read_or_refused(data.draw(damaged_inside(made(suffix), XML[suffix])), suffix)


TAGS = ["div", "p", "span", "article", "main", "h1", "script", "style", "template", "svg", "math",
        "table", "td", "li", "a", "figure", "figcaption", "noscript", "iframe", "base", "meta",
        "title", "head", "body", "time", "nav", "footer", "textarea", "xmp", "plaintext"]  # fmt: skip
ATTRIBUTES = ['class="content"', 'href="javascript:alert(1)"', 'src="file:///etc/passwd"',
              'charset="utf-7"', 'property="og:title" content="<b>x</b>"',
              'itemprop="datePublished" content="2024-13-45"', 'datetime="9999-99-99"',
              'rel="canonical" href="http://[::1/"', 'style="display:none"', 'dir="rtl"']  # fmt: skip
WORDS = ["Hội nghị", "tổng kết công tác", "năm 2024.", "&amp;", "&#0;", "&#xD800;", "&#x110000;",
         "&nbsp;", "<", ">", "\x00", "\u202e", "\ufeff", "e\u0301", "{{ 7*7 }}", "]]>", "-->",
         "<!--", "<![CDATA[", "TP.HCM", "13,45%", "\r", "\n\n"]  # fmt: skip


def _element(children: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    return st.builds(
        lambda tag, attributes, inner: f"<{tag} {' '.join(attributes)}>{''.join(inner)}</{tag}>",
        st.sampled_from(TAGS),
        st.lists(st.sampled_from(ATTRIBUTES), max_size=2),
        st.lists(children, max_size=4),
    )


PAGES = st.recursive(
    st.lists(st.sampled_from(WORDS), min_size=1, max_size=12).map(" ".join), _element, max_leaves=40
)


@given(PAGES, st.sampled_from(["utf-8", "utf-16", "cp1258", "latin-1"]))
def test_a_hostile_page_is_read_or_refused_by_name(page: str, encoding: str) -> None:
    read_or_refused(page.encode(encoding, "replace"), ".html")


# --- pages served by a real server on 127.0.0.1 ------------------------------------------------

ANSWER: dict[str, Any] = {}  # what the server sends next: status, headers, body


class Answering(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        try:
            self.send_response(ANSWER["status"])
            for name, value in ANSWER["headers"]:
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(ANSWER["body"])
        except OSError:  # the client gave up first (a refused type, a cap): nothing to send to
            pass

    def log_message(self, *args: Any) -> None:
        pass


@pytest.fixture(scope="module")
def answering() -> Iterator[str]:
    yield from serving(Answering)


HEADER_VALUES = ["text/html", "text/html; charset=utf-16", "application/pdf", "gzip", "deflate",
                 "application/octet-stream", "message/rfc822", "br", "0", "999999", "-1", "/",
                 "http://[::1/x", "file:///etc/passwd", "ftp://x/"]  # fmt: skip
HEADERS = st.lists(
    st.tuples(
        st.sampled_from(["Content-Type", "Content-Encoding", "Content-Length", "Location"]),
        st.sampled_from(HEADER_VALUES),
    ),
    max_size=3,
)


@given(
    st.sampled_from([200, 204, 301, 302, 404, 500]),
    HEADERS,
    st.sampled_from([".pdf", ".docx", ".eml", ".html", ""]),
    st.data(),
)
def test_a_page_served_any_way_is_read_or_refused_by_link(
    answering: str, status: int, headers: list[tuple[str, str]], suffix: str, data: st.DataObject
) -> None:
    body = b"" if not suffix else data.draw(damaged(made(suffix) if suffix != ".html" else PAGE))
    ANSWER.update(status=status, headers=headers, body=body)
    link = f"{answering}/bai-viet"
    try:
        documents = load_link(link, allow_private=True)
    except InputError as error:
        assert error.path == link and error.reason
        return
    assert all(unicodedata.is_normalized("NFC", d.text) for d in documents)


PAGE = (
    "<html><body><article><h1>Hội nghị tổng kết</h1>"
    + "<p>Hội nghị tổng kết công tác năm 2024 diễn ra tại Hà Nội.</p>" * 5
    + "</article></body></html>"
).encode()


def test_the_fuzzed_files_are_read_whole_before_they_are_damaged(tmp_path: Path) -> None:
    """The property tests start from files each reader reads (else they would test refusals
    only)."""
    for suffix in MAKERS:
        assert any("thử" in d.text.lower() for d in read_or_refused(made(suffix), suffix)), suffix
