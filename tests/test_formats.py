"""Word, PDF, OpenDocument, RTF and e-mail files read paragraph by paragraph, each made by its own
library in the test; what cannot be read says why, and no file in a folder is skipped silently."""

from __future__ import annotations

import base64
import io
import json
import logging
import zipfile
from datetime import date
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from pathlib import Path

import pytest

from summarize.cli import main
from summarize.errors import (
    BinaryInputError,
    DecodingError,
    EmptyInputError,
    TooLargeError,
    UnsupportedInputError,
)
from summarize.text.formats import load_document, load_documents
from summarize.text.pdf_text import rejoin_lines

from .formats import (
    PARAGRAPHS,
    TITLE,
    docx_bytes,
    eml_bytes,
    odt_bytes,
    pdf_bytes,
    rtf_bytes,
    scanned_pdf_bytes,
    write_formats,
)

MAKERS = {".docx": docx_bytes, ".odt": odt_bytes, ".rtf": rtf_bytes, ".pdf": pdf_bytes}


@pytest.mark.parametrize("suffix", sorted(MAKERS))
def test_each_paragraph_comes_out_whole_and_alone(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"bao-cao{suffix}"
    path.write_bytes(MAKERS[suffix]("thử"))
    document = load_document(path)
    paragraphs = document.text.split("\n\n")
    for paragraph in PARAGRAPHS:
        assert f"{paragraph} Thử ghi nhận." in paragraphs
    assert f"{TITLE} thử" in (document.title, paragraphs[0])


def test_a_pdf_loses_its_running_header_and_page_numbers(tmp_path: Path) -> None:
    path = tmp_path / "bao-cao.pdf"
    path.write_bytes(pdf_bytes("thử", pages=4))
    text = load_document(path).text
    assert "Báo cáo tổng hợp" not in text and "Trang " not in text
    assert text.count(PARAGRAPHS[0]) == 4


def test_a_wrapped_line_goes_on_even_when_the_next_starts_with_a_capital() -> None:
    lines = [
        "Trả lời báo chí bên hành lang",
        "Quốc hội, chiều 2/11, Bộ trưởng Hồ",
        "Đức Phớc nói sẽ nâng mức giảm trừ.",
        "",
        "Đoạn sau.",
    ]
    assert rejoin_lines(lines) == [
        "Trả lời báo chí bên hành lang Quốc hội, chiều 2/11, Bộ trưởng Hồ Đức Phớc nói sẽ nâng "
        "mức giảm trừ.",
        "Đoạn sau.",
    ]


def test_a_scanned_pdf_says_it_has_no_text_layer(tmp_path: Path) -> None:
    path = tmp_path / "scan.pdf"
    path.write_bytes(scanned_pdf_bytes())
    with pytest.raises(UnsupportedInputError) as caught:
        load_document(path)
    assert "scanned" in caught.value.reason and "OCR" in caught.value.reason


@pytest.mark.parametrize("suffix", [".docx", ".odt", ".pdf"])
def test_a_damaged_office_file_is_an_input_error(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"hong{suffix}"
    path.write_bytes(MAKERS[suffix]("thử")[:300])
    with pytest.raises(BinaryInputError) as caught:
        load_document(path)
    assert "damaged" in caught.value.reason


def test_an_rtf_control_word_cut_from_its_number_is_an_input_error(tmp_path: Path) -> None:
    # A file cut or scribbled on leaves a bare "\\uc": striprtf raised TypeError (a traceback).
    path = tmp_path / "hong.rtf"
    path.write_bytes(rtf_bytes("thử").replace(b"Th\\u7917?", b"\\uc Th\\u7917?", 1))
    with pytest.raises(BinaryInputError) as caught:
        load_document(path)
    assert "damaged" in caught.value.reason


def test_an_rtf_author_that_cannot_be_read_is_not_stated_and_the_text_is(tmp_path: Path) -> None:
    info = rb"{\info{\author Nguy\uc n}}"
    path = tmp_path / "bao-cao.rtf"
    path.write_bytes(rtf_bytes("thử").replace(rb"\deff0", rb"\deff0" + info, 1))
    document = load_document(path)
    assert document.meta.author is None
    assert PARAGRAPHS[0] in document.text


def test_a_damaged_pdf_is_one_error_line_not_pypdfs_warnings_too(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    # Each repair pypdf tried was a "WARNING: EOF marker not found" line naming no file.
    path = tmp_path / "hong.pdf"
    path.write_bytes(MAKERS[".pdf"]("thử")[:-40])
    with caplog.at_level(logging.WARNING), pytest.raises(BinaryInputError):
        load_document(path)
    assert not caplog.records


def test_an_email_whose_sender_holds_a_surrogates_bytes_is_read_and_written(
    tmp_path: Path,
) -> None:
    # The bytes of a lone surrogate in an encoded word came out of the e-mail library as lone
    # surrogates: the sender's name reached the PDF, a UnicodeEncodeError traceback.
    sender = base64.b64encode(b"Nguy\xed\xa0\x80n V\xc4\x83n\x07 An").decode()
    head = (
        "Subject: =?utf-8?q?H=E1=BB=99i_ngh=E1=BB=8B_=ED=A0=80_m=E1=BB=9Bi?=\n"
        f"From: =?utf-8?b?{sender}?= <an@example.vn>\n"
        "Content-Type: text/plain; charset=utf-8\n\n"
    )
    path = tmp_path / "thu.eml"
    path.write_bytes(head.encode() + "\n\n".join(PARAGRAPHS).encode())
    assert main(["report", str(path), "-o", str(tmp_path / "out")]) == 0
    briefing = json.loads((tmp_path / "out" / "briefing.json").read_text(encoding="utf-8"))
    (article,) = briefing["articles"]
    assert article["meta"]["author"] == "Nguyn Văn An"
    assert article["title"].isprintable() and "Hội nghị" in article["title"]


@pytest.mark.parametrize(
    "sender",
    [
        "=?utf-8?b?VsSDbiBwaMOybmcgU+G7nw==?= <",  # cut inside its address: IndexError
        'Content-Type: text/plain; charset="utf-8"',  # a lost line break, a group: AttributeError
    ],
)
def test_an_email_whose_sender_is_cut_inside_its_address_is_read_without_it(
    tmp_path: Path, sender: str
) -> None:
    # Found by the format fuzz: "From: Văn Phòng <" (a cut, or a mailer's bug) made the e-mail
    # library's address parser raise IndexError, a traceback that ended `report`; "From:" run
    # into the next header reads as an address group, whose mailbox has no local part.
    head = (
        "Subject: =?utf-8?q?H=E1=BB=99i_ngh=E1=BB=8B?=\n"
        f"From: {sender}\n"
        "Content-Type: text/plain; charset=utf-8\n\n"
    )
    path = tmp_path / "thu.eml"
    path.write_bytes(head.encode() + "\n\n".join(PARAGRAPHS).encode())
    (document,) = load_documents(path)
    assert document.title == "Hội nghị" and PARAGRAPHS[0] in document.text
    assert document.meta.author is None


@pytest.mark.parametrize("content_type", ["text/plain", "text/plain; charset=x-unknown"])
def test_an_email_naming_no_charset_or_an_unknown_one_is_read_as_a_text_file_is(
    tmp_path: Path, content_type: str
) -> None:
    # No charset: the e-mail library read the UTF-8 as ASCII, "H\ufffd\ufffd\ufffdi ngh\ufffd\ufffd\ufffd",
    # flagged "not Vietnamese"; an unknown one refused the whole message.
    head = f"Subject: Tin\nContent-Type: {content_type}\nContent-Transfer-Encoding: 8bit\n\n"
    path = tmp_path / "thu.eml"
    path.write_bytes(head.encode() + "\n\n".join(PARAGRAPHS).encode())
    assert PARAGRAPHS[0] in load_document(path).text


def test_a_word_file_named_txt_says_how_to_have_it_read(tmp_path: Path) -> None:
    path = tmp_path / "bao-cao.txt"
    path.write_bytes(docx_bytes("thử"))
    with pytest.raises(BinaryInputError) as caught:
        load_document(path)
    assert ".docx" in caught.value.reason


def test_an_email_gives_its_html_part_with_subject_date_and_sender(tmp_path: Path) -> None:
    path = tmp_path / "thu.eml"
    path.write_bytes(eml_bytes("thư"))
    (document,) = load_documents(path)
    assert "BẢN TEXT" not in document.text and PARAGRAPHS[2] in document.text
    assert document.meta.published == date(2024, 11, 3)
    assert document.meta.author == "Văn phòng Sở"


def test_an_attached_article_is_read_too_and_base64_never_is(tmp_path: Path) -> None:
    path = tmp_path / "thu.eml"
    path.write_bytes(eml_bytes("thư", attachment=("bai-viet.docx", docx_bytes("đính"))))
    body, attached = load_documents(path)
    assert attached.source == f"{path} › bai-viet.docx"
    assert f"{PARAGRAPHS[0]} Đính ghi nhận." in attached.text
    assert "UEsDB" not in body.text + attached.text  # base64 of a zip's first bytes


def test_a_folder_names_every_file_it_does_not_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "in"
    write_formats(folder)
    (folder / "anh.png").write_bytes(b"\x89PNG\r\n")
    (folder / "cu.doc").write_bytes(b"\xd0\xcf\x11\xe0")
    assert main(["report", str(folder), "-o", str(tmp_path / "out")]) == 1
    err = capsys.readouterr().err
    assert f"Error: {folder / 'anh.png'}: not read: not an article file (.png)" in err
    assert f"Error: {folder / 'cu.doc'}: not read: the old Word format (.doc)" in err


def test_every_format_reaches_report_email_and_batch(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "in"
    words = write_formats(folder)
    out = tmp_path / "out"
    assert main(["report", str(folder), "-o", str(out), "--group-by", "file"]) == 0
    briefing = json.loads((out / "briefing.json").read_text(encoding="utf-8"))
    assert sorted(Path(a["source"]).name for a in briefing["articles"]) == sorted(words)
    for article in briefing["articles"]:
        marker = words[Path(article["source"]).name].capitalize() + " ghi nhận"
        assert any(marker in sentence for sentence in article["sentences"])
        assert not any("Vĩnh Long" in s or "Cần Thơ" in s for s in article["sentences"])
    eml = tmp_path / "b.eml"
    assert main(["email", str(folder), "-o", str(eml), "--group-by", "file"]) == 0
    message = BytesParser(policy=policy.default).parsebytes(eml.read_bytes())
    html = message.get_body(preferencelist=("html",))
    assert html is not None and html.get_content().count(TITLE) >= len(words)
    assert "(Pháp Luật TP.HCM · ngày đăng 02/11/2024)" in html.get_content()  # the page's source
    text = message.get_body(preferencelist=("plain",))
    assert text is not None and "(Pháp Luật TP.HCM · ngày đăng 02/11/2024)" in text.get_content()
    batch = tmp_path / "batch"
    assert main(["batch", str(folder), "-o", str(batch), "--jobs", "1"]) == 0
    rows = [
        json.loads(line) for line in (batch / "summaries.jsonl").read_text("utf-8").splitlines()
    ]
    assert sorted(Path(r["source"]).name for r in rows) == sorted(words)
    assert all(r["summary"] for r in rows)
    capsys.readouterr()


def _message_with_a_broken_attachment() -> bytes:
    """A covering note with a Word article attached and a logo that only calls itself a PDF."""
    message = EmailMessage()
    message["Subject"] = "Fwd: bài về hội nghị"
    message["From"] = "Văn phòng Sở <vanphong@example.vn>"
    message.set_content("Gửi anh chị bài viết đính kèm.")
    for name, data in (("bai-viet.docx", docx_bytes("đính")), ("logo.pdf", b"\x89PNG\r\n\x1a\n")):
        message.add_attachment(data, maintype="application", subtype="octet-stream", filename=name)
    return message.as_bytes()


def test_a_broken_attachment_is_named_with_its_reason_and_the_message_is_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    mail = folder / "thu.eml"
    mail.write_bytes(_message_with_a_broken_attachment())
    warning = f"Warning: {mail}: attachment 'logo.pdf' not read: "
    out = tmp_path / "out"
    assert main(["report", str(folder), "-o", str(out), "--group-by", "file"]) == 0
    err = capsys.readouterr().err
    assert warning in err and "Error:" not in err
    briefing = json.loads((out / "briefing.json").read_text(encoding="utf-8"))
    (article,) = briefing["articles"]
    assert article["source"] == f"{mail} › bai-viet.docx"
    assert any("Đính ghi nhận" in sentence for sentence in article["sentences"])
    (skipped,) = briefing["skipped"]
    assert skipped["kind"] == "binary"  # the PDF reader's own kind: not a PDF
    reason = skipped["reason"].removeprefix("attachment 'logo.pdf' not read: ")
    assert reason and reason != skipped["reason"]
    assert main(["email", str(folder), "-o", str(tmp_path / "b.eml")]) == 0
    assert f"{warning}{reason}" in capsys.readouterr().err
    batch = tmp_path / "batch"
    assert main(["batch", str(folder), "-o", str(batch), "--jobs", "1"]) == 0
    assert f"{warning}{reason}" in capsys.readouterr().err
    (row,) = (
        json.loads(line) for line in (batch / "summaries.jsonl").read_text("utf-8").splitlines()
    )
    assert row["summary"]
    (error,) = (
        json.loads(line) for line in (batch / "errors.jsonl").read_text("utf-8").splitlines()
    )
    assert error == {"source": str(mail), "error": skipped["reason"], "kind": skipped["kind"]}
    assert main(["batch", str(folder), "-o", str(batch), "--jobs", "1"]) == 0  # journal reused
    assert f"{warning}{reason}" in capsys.readouterr().err


def _cut_base64(message: EmailMessage) -> bytes:
    """The message's bytes with its base64 text cut where one character of a group of four is
    left (a file cut short, a copy stopped): the e-mail library then gives up decoding."""
    head, _, body = message.as_bytes().partition(b"\n\n")
    letters = body.rstrip()
    letters = letters[: len(letters) - len(letters.replace(b"\n", b"")) % 4 - 3]
    return head + b"\n\n" + letters + b"\n"


@pytest.mark.parametrize("subtype", ["html", "plain"])
def test_an_email_whose_base64_text_is_cut_short_gives_the_text_it_holds(
    tmp_path: Path, subtype: str
) -> None:
    # The library handed back the base64 letters themselves: the HTML body ended in "no article
    # text left after removing titles, captions and boilerplate", the plain one in a summary of
    # base64.
    message = EmailMessage()
    message["Subject"] = "Hội nghị"
    text = "\n\n".join(PARAGRAPHS)
    if subtype == "html":
        text = "<html><body>" + "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + "</body></html>"
    message.set_content(text, subtype=subtype, cte="base64")
    path = tmp_path / "thu.eml"
    path.write_bytes(_cut_base64(message))
    document = load_document(path)
    assert PARAGRAPHS[0] in document.text and PARAGRAPHS[-2] in document.text
    assert "SOG7" not in document.text  # base64 of "Hộ"


@pytest.mark.parametrize("encoding", ["base64 ", "base64 (MIME)", "quoted-printable "])
def test_an_email_whose_transfer_encoding_has_a_space_or_comment_after_it_is_decoded(
    tmp_path: Path, encoding: str
) -> None:
    # The library parses the header's token but decodes by comparing its raw value: the base64
    # letters themselves (or =E1=BB=99 escapes) were summarized as the article, exit 0, and an
    # attached Word file under the same header was "damaged".
    message = EmailMessage()
    message["Subject"] = "Hội nghị"
    message.set_content("\n\n".join(PARAGRAPHS), cte=encoding.split()[0])
    message.add_attachment(
        docx_bytes("đính"), maintype="application", subtype="octet-stream", filename="a.docx"
    )
    for part in message.walk():  # the attachment is base64 whatever the text is
        if part.get("Content-Transfer-Encoding") == encoding.split()[0]:
            part.replace_header("Content-Transfer-Encoding", encoding)
    path = tmp_path / "thu.eml"
    path.write_bytes(message.as_bytes())
    assert encoding.encode() + b"\n" in path.read_bytes()
    body, attached = load_documents(path)
    assert PARAGRAPHS[0] in body.text and "SOG7" not in body.text and "=E1" not in body.text
    assert "Đính ghi nhận" in attached.text


@pytest.mark.parametrize("label", ["us-ascii", "iso-8859-1", "windows-1252"])
@pytest.mark.parametrize("encoding", ["8bit", "base64"])
def test_an_email_whose_utf8_text_is_labelled_a_western_charset_is_read_as_utf8(
    tmp_path: Path, label: str, encoding: str
) -> None:
    # Many mailers label every message us-ascii or Latin-1: the UTF-8 of "Hội nghị" was read as
    # "H���i ngh���" or "Há»™i nghá»‹" and summarized so, exit 0.
    message = EmailMessage()
    message["Subject"] = "Hội nghị"
    message.set_content("\n\n".join(PARAGRAPHS), charset="utf-8", cte=encoding)
    message.set_param("charset", label)
    path = tmp_path / "thu.eml"
    path.write_bytes(message.as_bytes())
    assert PARAGRAPHS[0] in load_document(path).text


def test_an_email_in_latin1_that_is_latin1_stays_latin1(tmp_path: Path) -> None:
    message = EmailMessage()
    message["Subject"] = "Thư"
    message.set_content("Réunion à Genève: le café était fermé. " * 3, charset="iso-8859-1")
    path = tmp_path / "thu.eml"
    path.write_bytes(message.as_bytes())
    assert "Réunion à Genève" in load_document(path).text


def _padded(archive: bytes, member: str, padding: int) -> bytes:
    """The archive with `member`'s XML padded by `padding` spaces before its last tag: a few KB
    packed, `padding` bytes unpacked, as a zip bomb is."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(archive)) as source, zipfile.ZipFile(out, "w") as bomb:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == member:
                cut = data.rindex(b"</")
                data = data[:cut] + b" " * padding + data[cut:]
            bomb.writestr(info.filename, data, compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


@pytest.mark.parametrize(
    ("suffix", "member", "kind"),
    [
        (".docx", "word/document.xml", "Word (.docx)"),
        (".odt", "content.xml", "OpenDocument (.odt)"),
    ],
)
def test_a_word_or_opendocument_file_that_unpacks_past_the_limit_is_refused_unopened(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, suffix: str, member: str, kind: str
) -> None:
    # Nothing looked at what the parts unpack to: a 20 MB zip bomb (the size limit) held 20 GB
    # of XML, all of it read into memory by python-docx or odfpy. The limit is lowered here so
    # that the test unpacks 3 MB, not gigabytes.
    monkeypatch.setattr("summarize.text.office.MAX_UNPACKED_BYTES", 2_000_000, raising=False)
    path = tmp_path / f"bom{suffix}"
    path.write_bytes(_padded(MAKERS[suffix]("thử"), member, 3_000_000))
    assert path.stat().st_size < 100_000
    with pytest.raises(TooLargeError) as caught:
        load_document(path)
    assert caught.value.reason.startswith(f"too large: this {kind} file unpacks to 3,")
    assert caught.value.reason.endswith("bytes, the limit is 2,000,000 (a zip bomb?)")
    monkeypatch.undo()
    assert PARAGRAPHS[0] in load_document(path).text  # under the real limit it is read


def test_an_email_nested_thousands_of_parts_deep_is_an_error_line(tmp_path: Path) -> None:
    # The e-mail library's parser recurses once a level: RecursionError, a traceback from
    # `report` (a 100 KB file); batch called it a bug.
    head = "".join(f"Content-Type: multipart/mixed; boundary=b{n}\n\n--b{n}\n" for n in range(3000))
    tail = "".join(f"--b{n}--\n" for n in reversed(range(3000)))
    body = "Content-Type: text/plain; charset=utf-8\n\n" + "\n\n".join(PARAGRAPHS) + "\n"
    path = tmp_path / "sau.eml"
    path.write_bytes(("Subject: Tin\nMIME-Version: 1.0\n" + head + body + tail).encode())
    with pytest.raises(DecodingError) as caught:
        load_document(path)
    assert caught.value.reason == "cannot read this e-mail: its parts are nested too deep"


def test_an_email_that_is_one_forwarded_message_is_read(tmp_path: Path) -> None:
    # Its type is message/rfc822 at the top, not a part of a multipart: "empty: no text in the
    # message or its attachments".
    inner = EmailMessage()
    inner["Subject"] = "Hội nghị tổng kết"  # short: the library folds a long one badly
    inner.set_content("\n\n".join(PARAGRAPHS))
    path = tmp_path / "chuyen-tiep.eml"
    path.write_bytes(
        b"Subject: Fwd\nMIME-Version: 1.0\nContent-Type: message/rfc822\n\n" + inner.as_bytes()
    )
    (document,) = load_documents(path)
    assert PARAGRAPHS[0] in document.text and document.title == "Hội nghị tổng kết"


def _protected(pdf: bytes, algorithm: str, user_password: str = "") -> bytes:
    """The PDF protected as Acrobat protects a file: by default no password to open it (an owner
    password against editing), its text encrypted with `algorithm`."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for page in PdfReader(io.BytesIO(pdf)).pages:
        writer.add_page(page)
    writer.encrypt(user_password=user_password, owner_password="chu", algorithm=algorithm)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


@pytest.mark.parametrize("algorithm", ["AES-128", "AES-256"])
def test_a_pdf_protected_with_aes_against_editing_is_read(tmp_path: Path, algorithm: str) -> None:
    # Refused before ("an encrypted PDF (AES, which this install cannot decrypt)"): pypdf reads
    # AES only with `cryptography`, now installed with it (pypdf[crypto]).
    path = tmp_path / "bao-ve.pdf"
    path.write_bytes(_protected(pdf_bytes("thử"), algorithm))
    assert PARAGRAPHS[0] in load_document(path).text


def test_a_pdf_that_needs_a_password_to_open_says_so(tmp_path: Path) -> None:
    path = tmp_path / "mat-khau.pdf"
    path.write_bytes(_protected(pdf_bytes("thử"), "AES-256", user_password="bi-mat"))
    with pytest.raises(UnsupportedInputError) as caught:
        load_document(path)
    assert caught.value.reason == "an encrypted PDF: save it without a password"


def _object_stream_damaged(pdf: bytes, damage: str) -> bytes:
    """The PDF with one byte-level fault in the object stream that holds its pages' objects, as a
    flipped byte or a cut copy leaves it."""
    start = pdf.index(b"/Type /ObjStm")
    head, tail = pdf[:start], pdf[start:]
    if damage == "its stream keyword lost":
        return head + tail.replace(b"stream", b"strxam", 1)
    return head + tail.replace(b"/FlateDecode", b"/FlateDxcode", 1)  # its filter misnamed


@pytest.mark.parametrize("damage", ["its stream keyword lost", "its filter misnamed"])
def test_a_pdf_whose_object_stream_is_damaged_is_an_error_line_and_the_rest_is_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], damage: str
) -> None:
    # pypdf raised AttributeError ('DictionaryObject' object has no attribute 'get_data') and
    # NotImplementedError (Unsupported filter /FlateDxcode): `report` ended in a traceback and
    # wrote nothing for the folder's other articles.
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "hong.pdf").write_bytes(_object_stream_damaged(pdf_bytes("thử"), damage))
    (folder / "tot.docx").write_bytes(docx_bytes("tốt"))
    out = tmp_path / "out"
    assert main(["report", str(folder), "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert f"Error: {folder / 'hong.pdf'}: cannot read this PDF file: damaged or not a PDF" in err
    assert "Traceback" not in err
    briefing = json.loads((out / "briefing.json").read_text(encoding="utf-8"))
    assert [Path(a["source"]).name for a in briefing["articles"]] == ["tot.docx"]


def test_a_word_file_whose_main_namespace_is_damaged_is_an_error_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # python-docx opened it, then raised AttributeError ('lxml.etree._Element' object has no
    # attribute 'body') while reading: `report` ended in a traceback (found by
    # tests/test_fuzz_formats.py).
    main_ns = b'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(docx_bytes("thử"))) as given, zipfile.ZipFile(out, "w") as new:
        for info in given.infolist():
            part = given.read(info)
            if info.filename == "word/document.xml":
                part = part.replace(main_ns, main_ns.replace(b"http:", b"http!"))
            new.writestr(info, part)
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "hong.docx").write_bytes(out.getvalue())
    (folder / "tot.odt").write_bytes(odt_bytes("tốt"))
    assert main(["report", str(folder), "-o", str(tmp_path / "out")]) == 1
    err = capsys.readouterr().err
    assert f"Error: {folder / 'hong.docx'}: cannot read this Word (.docx) file: " in err
    assert "Traceback" not in err


def _pages_drawn_with(pdf: bytes, content: bytes | None) -> bytes:
    """The PDF with every page's content stream replaced (None: blank pages, no content)."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import ContentStream

    writer = PdfWriter()
    for page in PdfReader(io.BytesIO(pdf)).pages:
        if content is None:
            writer.add_blank_page(float(page.mediabox.width), float(page.mediabox.height))
            continue
        added = writer.add_page(page)
        stream = ContentStream(None, None)
        stream.set_data(content)
        added.replace_contents(stream)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


@pytest.mark.parametrize("content", [b"BT <zz> Tj ET", b"BT /F1 12 Tf (abc Tj ET"])
def test_a_pdf_whose_pages_content_is_damaged_is_not_called_a_scan(
    tmp_path: Path, content: bytes
) -> None:
    # Every page's text operators broken (a hex string with letters past F, a string never
    # closed): pypdf raised on each page, each was taken for a page without text, and the file
    # was "a scanned PDF … run OCR on it first", advice that cannot help.
    path = tmp_path / "hong.pdf"
    path.write_bytes(_pages_drawn_with(pdf_bytes("thử"), content))
    with pytest.raises(BinaryInputError) as caught:
        load_document(path)
    assert caught.value.reason == "cannot read this PDF file: its pages' content is damaged"


def test_a_pdf_with_one_damaged_page_is_read_and_says_which_page_was_not(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # The damaged page was taken for one without text: its part of the article was lost without
    # a word.
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import ContentStream

    writer = PdfWriter()
    pages = PdfReader(io.BytesIO(pdf_bytes("thử"))).pages
    for number, page in enumerate(pages, start=1):
        added = writer.add_page(page)
        if number == 2:
            damaged = ContentStream(None, None)
            damaged.set_data(b"BT <zz> Tj ET")
            added.replace_contents(damaged)
    out = io.BytesIO()
    writer.write(out)
    path = tmp_path / "hong-trang.pdf"
    path.write_bytes(out.getvalue())
    (document,) = load_documents(path)
    assert PARAGRAPHS[0] in document.text
    assert [(f.source, f.reason) for f in document.unread] == [
        (str(path), f"page 2 of {len(pages)} not read (damaged content); the rest is read")
    ]
    assert main(["report", str(path), "-o", str(tmp_path / "out")]) == 0
    assert f"Warning: {path}: page 2 of {len(pages)} not read" in capsys.readouterr().err


def test_a_pdf_of_blank_pages_is_empty_not_scanned(tmp_path: Path) -> None:
    path = tmp_path / "trang.pdf"
    path.write_bytes(_pages_drawn_with(pdf_bytes("thử"), None))
    with pytest.raises(EmptyInputError) as caught:
        load_document(path)
    assert caught.value.reason == "empty: its pages hold no text and draw nothing"


@pytest.mark.parametrize("kind", ["OpenDocumentSpreadsheet", "OpenDocumentPresentation"])
def test_a_spreadsheet_or_presentation_named_odt_says_what_it_is(tmp_path: Path, kind: str) -> None:
    # odfpy gives such a document no `.text`: AttributeError, a traceback.
    from odf import opendocument

    out = io.BytesIO()
    getattr(opendocument, kind)().write(out)
    path = tmp_path / "bang.odt"
    path.write_bytes(out.getvalue())
    with pytest.raises(BinaryInputError) as caught:
        load_document(path)
    assert caught.value.reason == (
        "cannot read this OpenDocument (.odt) file: a spreadsheet or presentation, not a text"
    )


def test_an_odt_whose_text_is_damaged_prints_nothing_into_the_json_on_standard_output(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # odfpy printed the part it could not parse, whole, to standard output: into the JSON of
    # `report -o -`, which no longer parsed; the file was read from what was left of it.
    good = tmp_path / "tot.odt"
    good.write_bytes(odt_bytes("tốt"))
    damaged = tmp_path / "hong.odt"
    with zipfile.ZipFile(io.BytesIO(odt_bytes("hỏng"))) as source:
        parts = {info.filename: source.read(info) for info in source.infolist()}
    parts["content.xml"] = parts["content.xml"][: len(parts["content.xml"]) // 2]
    with zipfile.ZipFile(damaged, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    assert main(["report", str(good), str(damaged), "-o", "-"]) == 1
    captured = capsys.readouterr()
    briefing = json.loads(captured.out)
    assert [a["source"] for a in briefing["articles"]] == [str(good)]
    assert f"Error: {damaged}: cannot read this OpenDocument (.odt) file: damaged" in captured.err


@pytest.mark.parametrize("suffix", [".docx", ".odt", ".pdf", ".rtf", ".eml"])
def test_an_empty_file_of_any_format_is_called_empty(tmp_path: Path, suffix: str) -> None:
    # A download or copy that never started: "cannot read this PDF file: damaged or not a PDF"
    # (kind binary), "not an e-mail message", "not an RTF file"; a .txt said "empty file".
    folder, out = tmp_path / "in", tmp_path / "out"
    folder.mkdir()
    (folder / f"rong{suffix}").write_bytes(b"")
    (folder / "tot.docx").write_bytes(docx_bytes("tốt"))
    assert main(["batch", str(folder), "-o", str(out), "--jobs", "1"]) == 1
    errors = [json.loads(line) for line in (out / "errors.jsonl").read_text("utf-8").splitlines()]
    assert errors == [{"source": str(folder / f"rong{suffix}"), "error": "empty file",
                       "kind": "empty"}]  # fmt: skip


@pytest.mark.parametrize("created", ["", "9999-12-31T23:59:59-14:00"])
def test_a_word_file_whose_creation_date_cannot_be_read_is_read_without_it(
    tmp_path: Path, created: str
) -> None:
    # python-docx raised TypeError on an empty <dcterms:created/> and OverflowError past year
    # 9999: the whole article was refused ("cannot read this Word (.docx) file: 'NoneType'
    # object is not subscriptable") for its metadata.
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(docx_bytes("thử"))) as given, zipfile.ZipFile(out, "w") as new:
        for info in given.infolist():
            part = given.read(info)
            if info.filename == "docProps/core.xml":
                stamp = b'<dcterms:created xsi:type="dcterms:W3CDTF">2013-12-23T23:15:00Z'
                part = part.replace(stamp, stamp[: stamp.index(b">") + 1] + created.encode())
            new.writestr(info, part)
    path = tmp_path / "bao-cao.docx"
    path.write_bytes(out.getvalue())
    document = load_document(path)
    assert PARAGRAPHS[0] in document.text and document.meta.author == "Phòng Truyền thông"


def test_an_article_laid_out_in_a_table_inside_a_table_is_read(tmp_path: Path) -> None:
    # A press office lays its page out in a table and puts the article in a table inside it:
    # python-docx's cell text holds a cell's paragraphs only, and the file was "empty: no text
    # in this file", the article lost.
    import docx

    document = docx.Document()
    layout = document.add_table(rows=1, cols=2)
    layout.cell(0, 0).text = "Sở Nội vụ"
    inner = layout.cell(0, 1).add_table(rows=len(PARAGRAPHS), cols=1)
    for row, paragraph in zip(inner.rows, PARAGRAPHS, strict=True):
        row.cells[0].text = paragraph
    path = tmp_path / "ban-tin.docx"
    document.save(str(path))
    text = load_document(path).text
    assert text.startswith("Sở Nội vụ | " + PARAGRAPHS[0])
    assert all(paragraph in text for paragraph in PARAGRAPHS)


def test_a_word_file_of_many_paragraphs_looks_up_the_title_style_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # python-docx looks a paragraph's style up through every style of the file, and it was asked
    # of each paragraph: a 40 KB file of 100,000 empty paragraphs took ten minutes to read (the
    # web page's upload too). Only the first paragraph can be the title.
    import docx
    from docx.text.paragraph import Paragraph

    document = docx.Document()
    document.add_paragraph(TITLE, style="Title")
    for paragraph in PARAGRAPHS * 200:
        document.add_paragraph(paragraph)
    path = tmp_path / "dai.docx"
    document.save(str(path))
    looked_up: list[str] = []
    style = Paragraph.style

    def counted(paragraph: Paragraph) -> object:
        looked_up.append(paragraph.text)
        return style.fget(paragraph) if style.fget else None

    monkeypatch.setattr(Paragraph, "style", property(counted))
    read = load_document(path)
    assert read.title == TITLE and read.text.count(PARAGRAPHS[0]) == 200
    assert looked_up == [TITLE]  # the title found, no other paragraph is asked
