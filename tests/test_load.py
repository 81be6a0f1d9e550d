"""Loading: strict decoding, NFC, HTML and markdown reduced to text with paragraphs kept."""

from __future__ import annotations

import codecs
import os
import unicodedata
from pathlib import Path

import pytest

from summarize.errors import (
    BinaryInputError,
    DecodingError,
    EmptyInputError,
    InputError,
    TooLargeError,
    UnsupportedInputError,
)
from summarize.text.load import decode_bytes, document_from_text, load_text_document

from .hostile import cp1258

VIETNAMESE = "Hội nghị tập huấn công tác nhân quyền được tổ chức tại tỉnh Bắc Giang, đạt 13,45%."


@pytest.mark.parametrize(
    "encoding",
    ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "cp1258"],
)
def test_vietnamese_survives_every_supported_encoding(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "a.txt"
    data = cp1258(VIETNAMESE) if encoding == "cp1258" else VIETNAMESE.encode(encoding)
    if encoding in ("utf-16-le", "utf-16-be"):  # without BOM: recognised by its NUL pattern
        assert not data.startswith((b"\xff\xfe", b"\xfe\xff"))
    path.write_bytes(data)
    assert load_text_document(path).text == VIETNAMESE


@pytest.mark.parametrize(
    "data",
    [VIETNAMESE.encode("utf-32"), codecs.BOM_UTF32_LE + VIETNAMESE.encode("utf-32-le"),
     codecs.BOM_UTF32_BE + VIETNAMESE.encode("utf-32-be")],
    ids=["utf-32", "utf-32-le-bom", "utf-32-be-bom"],
)  # fmt: skip
def test_a_text_file_in_utf32_with_its_bom_is_read(tmp_path: Path, data: bytes) -> None:
    # UTF-32's little-endian BOM begins with UTF-16's: read as UTF-16, every letter was followed
    # by a NUL and the file was refused as "binary data (control bytes), not text".
    path = tmp_path / "a.txt"
    path.write_bytes(data)
    assert load_text_document(path).text == VIETNAMESE


def test_decomposed_and_old_style_text_becomes_nfc(tmp_path: Path) -> None:
    path = tmp_path / "nfd.txt"
    path.write_text(unicodedata.normalize("NFD", VIETNAMESE), encoding="utf-8")
    text = load_text_document(path).text
    assert unicodedata.is_normalized("NFC", text) and text == VIETNAMESE


@pytest.mark.parametrize(
    ("data", "error", "fragment"),
    [
        (b"", EmptyInputError, "empty"),
        (b" \n\t\r\n", EmptyInputError, "empty"),
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)), BinaryInputError, "binary"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3", BinaryInputError, "binary"),
        (b"PK\x03\x04" + b"\x00" * 30, BinaryInputError, "binary"),
        (b"\x00\x01\x02\x03" * 100, BinaryInputError, "binary"),
        (bytes([0x81, 0xFE, 0x9D, 0xC0, 0xFF]) * 50, DecodingError, "decode"),
    ],
)
def test_bad_bytes_are_typed_errors_with_a_reason(
    data: bytes, error: type[InputError], fragment: str
) -> None:
    with pytest.raises(error) as caught:
        decode_bytes(data, "x.txt")
    assert caught.value.path == "x.txt" and fragment in caught.value.reason


def test_invalid_utf8_is_not_silently_replaced() -> None:
    data = VIETNAMESE.encode("utf-8")
    broken = data[:20] + b"\xc3" + data[20:]
    try:
        text = decode_bytes(broken, "x.txt")
    except DecodingError:
        return
    assert "\ufffd" not in text and "Ã" not in text


def test_size_limit_is_checked_before_reading(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as handle:  # sparse: 200 MB without writing them
        handle.truncate(200 * 1024 * 1024)
    with pytest.raises(TooLargeError, match="too large"):
        load_text_document(big)


def test_folders_and_fifos_are_refused_without_blocking(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="folder"):
        load_text_document(tmp_path)
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    with pytest.raises(InputError, match="not a regular file"):
        load_text_document(fifo)


def test_html_keeps_paragraphs_and_drops_scripts_styles_and_images() -> None:
    html = """<html><head><title>Tiêu đề trang</title><style>p{color:red}</style></head>
    <body><nav>Trang chủ | Thời sự</nav><h1>Hội nghị tập huấn</h1>
    <p>Đoạn một có <b>chữ đậm</b>.</p><script>alert('x')</script>
    <p>Đoạn hai.<br>Dòng mới.</p><img src="file:///etc/passwd" alt="passwd">
    <iframe src="http://evil.example"></iframe><footer>Bản quyền</footer></body></html>"""
    document = document_from_text(html, source="a.html", fmt="html")
    assert document.title == "Hội nghị tập huấn"
    assert document.text.split("\n\n") == [
        "Hội nghị tập huấn",
        "Đoạn một có chữ đậm.",
        "Đoạn hai.\nDòng mới.",
    ]
    for hidden in ("alert", "color:red", "passwd", "evil", "Trang chủ", "Bản quyền"):
        assert hidden not in document.text


def test_markdown_is_reduced_to_text_and_raw_html_is_not_interpreted() -> None:
    document = document_from_text(
        "# Hội nghị\n\nĐoạn **một**.\n\n![ảnh](http://x/y.png)\n\n<script>x()</script>",
        source="a.md",
        fmt="md",
    )
    assert document.title == "Hội nghị"
    assert "Đoạn một." in document.text.split("\n\n")
    assert "http" not in document.text and "<script>" in document.text


def test_control_and_invisible_characters_are_removed() -> None:
    document = document_from_text("Hội\u200b nghị\x00 \u202eđã\x07 họp.", source="x")
    assert document.text == "Hội nghị đã họp."


def test_markdown_nested_past_the_parser_limit_is_named_not_called_empty() -> None:
    text = ">" * 50_000 + " Hội nghị tập huấn công tác nhân quyền đã khai mạc."
    with pytest.raises(UnsupportedInputError, match="nested too deeply"):
        document_from_text(text, source="deep.md", fmt="md")
    with pytest.raises(EmptyInputError, match="empty"):
        document_from_text("> \n\n---\n", source="blank.md", fmt="md")


def test_markdown_with_nothing_but_an_empty_link_is_empty_not_too_deep() -> None:
    with pytest.raises(EmptyInputError, match="empty"):
        document_from_text("[](http://example.vn/bai-viet)", source="link.md", fmt="md")
