"""What an office file or an e-mail says about itself: its author and its date, marked for what
that date is (a file's own day is the document's, not necessarily the event's). Each file is
made here by its own library."""

from __future__ import annotations

import io
import json
from datetime import date, datetime, timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

from summarize.cli import main
from summarize.models import DateKind
from summarize.text.formats import load_document

from .formats import eml_bytes

HANOI = timezone(timedelta(hours=7))
# No day is named in the text: a section's date can only come from the file.
UNDATED = (
    "Ủy ban nhân dân tỉnh tổ chức hội nghị tổng kết công tác cải cách hành chính với sự tham "
    "dự của lãnh đạo các sở, ban, ngành và địa phương trong tỉnh.",
    "Phát biểu tại hội nghị, Giám đốc Sở Tài chính cho biết tỷ lệ hồ sơ trực tuyến đạt 13,45% "
    "và thành phố đã cắt giảm 33.000 thủ tục giấy tờ cho người dân.",
)


def stated(path: Path) -> tuple[str | None, date | None, DateKind | None]:
    """The author, the date and what that date is, as the file states them."""
    meta = load_document(path).meta
    return meta.author, meta.published, meta.dated if meta.published else None


def word_file(*, author: str | None = None, created: datetime | None = None) -> bytes:
    import docx

    document = docx.Document()
    if author is not None:
        document.core_properties.author = author
    if created is not None:
        document.core_properties.created = created
    for paragraph in UNDATED:
        document.add_paragraph(paragraph)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_a_word_file_gives_its_author_and_the_day_it_was_made(tmp_path: Path) -> None:
    path = tmp_path / "bao-cao.docx"
    path.write_bytes(word_file(author="Nguyễn Thị Lan", created=datetime(2024, 11, 2, 9, 15)))
    assert stated(path) == ("Nguyễn Thị Lan", date(2024, 11, 2), DateKind.FILE_CREATED)
    assert load_document(path).meta.date_label == "ngày tạo tệp 02/11/2024"


def test_a_tools_default_author_and_template_day_are_not_the_files(tmp_path: Path) -> None:
    path = tmp_path / "bao-cao.docx"
    path.write_bytes(word_file())  # python-docx stamps "python-docx" and 23/12/2013
    meta = load_document(path).meta
    assert meta.author is None and meta.published is None


def test_an_opendocument_file_gives_its_creator_and_creation_day(tmp_path: Path) -> None:
    from odf import meta, text
    from odf.opendocument import OpenDocumentText

    document = OpenDocumentText()
    document.meta.addElement(meta.InitialCreator(text="Trần Văn Bình"))
    document.meta.addElement(meta.CreationDate(text="2024-10-23T14:00:00"))
    for paragraph in UNDATED:
        document.text.addElement(text.P(text=paragraph))
    path = tmp_path / "bao-cao.odt"
    document.save(str(path))
    assert stated(path) == ("Trần Văn Bình", date(2024, 10, 23), DateKind.FILE_CREATED)


def pdf_file(head: str = "") -> bytes:
    import weasyprint

    paragraphs = "".join(f"<p>{p}</p>" for p in UNDATED)
    page = f"<html><head>{head}</head><body>{paragraphs}</body></html>"
    data: bytes = weasyprint.HTML(string=page).write_pdf()
    return data


def test_a_pdf_gives_its_document_information(tmp_path: Path) -> None:
    head = (
        '<meta name="author" content="Lê Minh Tâm">'
        '<meta name="dcterms.created" content="2024-11-02T09:00:00+07:00">'
    )
    path = tmp_path / "bao-cao.pdf"
    path.write_bytes(pdf_file(head))
    assert stated(path) == ("Lê Minh Tâm", date(2024, 11, 2), DateKind.FILE_CREATED)


def test_a_pdf_without_document_information_is_read_from_its_xmp(tmp_path: Path) -> None:
    from pypdf import PdfReader, PdfWriter
    from pypdf.xmp import XmpInformation

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf_file())))
    xmp = XmpInformation.create()
    xmp.dc_creator = ["Phạm Thu Hà"]
    xmp.xmp_modify_date = datetime(2024, 9, 30, 17, 0, tzinfo=HANOI)
    writer.xmp_metadata = xmp
    path = tmp_path / "bao-cao.pdf"
    with path.open("wb") as out:
        writer.write(out)
    assert stated(path) == ("Phạm Thu Hà", date(2024, 9, 30), DateKind.FILE_MODIFIED)


def test_a_message_is_dated_by_its_sending_a_saved_page_in_it_by_its_publication(
    tmp_path: Path,
) -> None:
    plain = tmp_path / "thu.eml"
    plain.write_bytes(eml_bytes("thư"))
    meta = load_document(plain).meta
    assert (meta.published, meta.dated) == (date(2024, 11, 3), DateKind.SENT)
    message = EmailMessage()
    message["Subject"] = "Fwd: bài báo"
    message["From"] = "Văn phòng Sở <vanphong@example.vn>"
    message["Date"] = format_datetime(datetime(2024, 11, 3, 8, 30, tzinfo=HANOI))
    page = (
        '<html><head><meta property="og:site_name" content="Pháp Luật TP.HCM">'
        '<meta property="article:published_time" content="2024-11-01T07:00:00+07:00">'
        "</head><body><h1>Tổng kết cải cách hành chính năm 2024</h1>"
        + "".join(f"<p>{p}</p>" for p in UNDATED)
        + "</body></html>"
    )
    message.set_content(page, subtype="html")
    saved = tmp_path / "trang.eml"
    saved.write_bytes(message.as_bytes())
    meta = load_document(saved).meta
    assert (meta.published, meta.dated, meta.site) == (
        date(2024, 11, 1),
        DateKind.PUBLISHED,
        "Pháp Luật TP.HCM",
    )


def test_the_briefing_lists_a_files_day_as_the_files_and_dates_a_section_by_it_marked(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    created = datetime(2024, 11, 2, 9, 15)
    (folder / "bao-cao.docx").write_bytes(word_file(author="Nguyễn Thị Lan", created=created))
    out = tmp_path / "out"
    assert main(["report", str(folder), "-o", str(out)]) == 0
    html = (out / "briefing.html").read_text(encoding="utf-8")
    assert "Nguyễn Thị Lan · ngày tạo tệp 02/11/2024" in html
    assert "02/11/2024 (ngày tạo tệp)" in html  # the section's day, a stand-in
    briefing = json.loads((out / "briefing.json").read_text(encoding="utf-8"))
    (article,) = briefing["articles"]
    assert article["meta"]["published"] == "2024-11-02"
    assert article["meta"]["dated"] == "file_created"


def test_an_rtf_file_gives_the_author_and_day_of_its_info_group(tmp_path: Path) -> None:
    info = r"{\info{\author Nguy\u7877?n V\u259?n An}{\creatim\yr2024\mo11\dy2\hr9\min15}}"
    body = "".join(f"{p}\\par\n" for p in ("Hoi nghi tong ket cong tac nam nay da dien ra.",))
    path = tmp_path / "bao-cao.rtf"
    path.write_bytes(f"{{\\rtf1\\ansi\\ansicpg1258{info}\\f0 {body}}}".encode("ascii"))
    meta = load_document(path).meta
    assert (meta.author, meta.published) == ("Nguyễn Văn An", date(2024, 11, 2))
