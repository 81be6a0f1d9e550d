"""Article files in every format a press office keeps, each made by its own library here (no
binary fixtures): Word, PDF, OpenDocument, RTF, e-mail and a saved page."""

from __future__ import annotations

import io
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

TITLE = "Hội nghị tổng kết công tác cải cách hành chính"
# A wrapped line that goes on with a capitalised name ("… bên hành lang / Quốc hội, chiều 2/11").
PARAGRAPHS = (
    "Trả lời báo chí bên hành lang Quốc hội, chiều 2/11, Bộ trưởng Bộ Tài chính Hồ Đức Phớc cho "
    "biết sẽ nâng mức giảm trừ gia cảnh cho người nộp thuế thu nhập cá nhân trong năm tới.",
    "Theo Bộ trưởng, mức giảm trừ gia cảnh hiện nay được áp dụng từ năm 2020 và không còn phù hợp "
    "với mức sống của người dân ở các thành phố lớn như Hà Nội và TP.HCM.",
    "Hội nghị thống nhất sẽ tiếp tục đẩy mạnh chuyển đổi số trong toàn bộ các cơ quan hành chính "
    "của tỉnh, tỷ lệ hồ sơ trực tuyến phải đạt 13,45% ngay trong quý đầu tiên.",
)


def docx_bytes(word: str) -> bytes:
    """A Word file: Title style, paragraphs, a table; `word` marks this file's article."""
    import docx

    document = docx.Document()
    document.core_properties.author = "Phòng Truyền thông"
    document.add_paragraph(f"{TITLE} {word}", style="Title")
    for paragraph in PARAGRAPHS:
        document.add_paragraph(f"{paragraph} {word.capitalize()} ghi nhận.")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def odt_bytes(word: str) -> bytes:
    from odf import dc, text
    from odf.opendocument import OpenDocumentText

    document = OpenDocumentText()
    document.meta.addElement(dc.Title(text=f"{TITLE} {word}"))
    document.text.addElement(text.H(outlinelevel=1, text=f"{TITLE} {word}"))
    for paragraph in PARAGRAPHS:
        document.text.addElement(text.P(text=f"{paragraph} {word.capitalize()} ghi nhận."))
    out = io.BytesIO()
    document.write(out)
    return out.getvalue()


def rtf_bytes(word: str) -> bytes:
    """RTF as Word writes Vietnamese: \\uN escapes with a '?' fallback, Windows-1258 header."""

    def escaped(text: str) -> str:
        return "".join(c if ord(c) < 128 else f"\\u{ord(c)}?" for c in text)

    body = "".join(
        f"{escaped(p + ' ' + word.capitalize() + ' ghi nhận.')}\\par\n" for p in PARAGRAPHS
    )
    return ("{\\rtf1\\ansi\\ansicpg1258\\deff0{\\fonttbl{\\f0 Times New Roman;}}\n"
            f"\\f0 {escaped(TITLE + ' ' + word)}\\par\n{body}}}").encode("ascii")  # fmt: skip


def pdf_bytes(word: str, pages: int = 3) -> bytes:
    """A PDF from WeasyPrint: narrow column (hard-wrapped lines), a running header on every page,
    a page number at the foot."""
    import weasyprint

    paragraphs = "".join(f"<p>{p} {word.capitalize()} ghi nhận.</p>" for p in PARAGRAPHS)
    html = f"""<html><head><title>{TITLE} {word}</title><style>
    @page {{ size: A6; margin: 1.5cm 1cm;
             @top-center {{ content: "Báo cáo tổng hợp - Sở Tài chính"; font-size: 8pt }}
             @bottom-center {{ content: "Trang " counter(page); font-size: 8pt }} }}
    body {{ font-size: 9pt }} p {{ margin: 0 0 1em 0 }}
    </style></head><body><h1>{TITLE} {word}</h1>{paragraphs * pages}</body></html>"""
    data: bytes = weasyprint.HTML(string=html).write_pdf()
    return data


def scanned_pdf_bytes() -> bytes:
    """A PDF whose only page is a picture: no text layer."""
    import weasyprint

    svg = '<svg width="300" height="200"><rect width="300" height="200" fill="gray"/></svg>'
    data: bytes = weasyprint.HTML(string=f"<html><body>{svg}</body></html>").write_pdf()
    return data


def eml_bytes(word: str, attachment: tuple[str, bytes] | None = None) -> bytes:
    """A message with a plain and an HTML part (the HTML one is the article), optionally with an
    attached article file."""
    message = EmailMessage()
    message["Subject"] = f"Fwd: {TITLE} {word}"
    message["From"] = "Văn phòng Sở <vanphong@example.vn>"
    message["To"] = "bbt@example.vn"
    sent = datetime(2024, 11, 3, 8, 30, tzinfo=timezone(timedelta(hours=7)))
    message["Date"] = format_datetime(sent)
    plain = "\n\n".join(f"{p} {word.capitalize()} ghi nhận." for p in PARAGRAPHS)
    message.set_content("BẢN TEXT " + plain)
    paragraphs = "".join(f"<p>{p} {word.capitalize()} ghi nhận.</p>" for p in PARAGRAPHS)
    message.add_alternative(
        f"<html><body><h1>{TITLE}</h1>{paragraphs}</body></html>", subtype="html"
    )
    if attachment is not None:
        name, data = attachment
        message.add_attachment(data, maintype="application", subtype="octet-stream", filename=name)
    return message.as_bytes()


def html_bytes(word: str) -> bytes:
    """A page saved from a browser: menu, headline, the article with a related box inside, a
    sidebar of other stories, and the page's own metadata."""
    paragraphs = "".join(f"<p>{p} {word.capitalize()} ghi nhận.</p>" for p in PARAGRAPHS)
    related = '<div class="related-news"><a href="/x">Vĩnh Long thu hút đầu tư mới</a></div>'
    return f"""<!DOCTYPE html><html><head><title>{TITLE} - Báo Pháp Luật</title>
<meta property="og:site_name" content="Pháp Luật TP.HCM">
<meta property="article:published_time" content="2024-11-02T09:15:00+07:00">
</head><body><nav><a href="/">Trang chủ</a> <a href="/thoi-su">Thời sự</a></nav>
<h1>{TITLE} {word}</h1><div class="article-body">{paragraphs}{related}</div>
<div class="sidebar"><p><a href="/y">Cần Thơ tăng dư nợ cho vay mạnh</a></p></div>
</body></html>""".encode()


def write_formats(folder: Path) -> dict[str, str]:
    """One file per format in `folder`; returns {file name: the word that marks its article}."""
    folder.mkdir(parents=True, exist_ok=True)
    made = {
        "bao-cao.docx": ("word", docx_bytes),
        "bao-cao.odt": ("open", odt_bytes),
        "bao-cao.rtf": ("rich", rtf_bytes),
        "bao-cao.pdf": ("portable", pdf_bytes),
        "thu.eml": ("mail", eml_bytes),
        "trang.html": ("page", html_bytes),
    }
    for name, (word, make) in made.items():
        (folder / name).write_bytes(make(word))
    return {name: word for name, (word, _) in made.items()}
