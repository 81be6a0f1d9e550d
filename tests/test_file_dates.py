"""A file's properties date (D23-filedate): the day a .docx/.odt/.pdf was saved, often days after
the article and sometimes a template's, gives only the year of a day the text states ("Chiều
2/11" -> the latest 2/11 not after it), marked as inferred; it never names a relative day
("sáng nay"), and the day it was last changed comes before the day it was made. Each file is
made here by its own library."""

from __future__ import annotations

import io
import json
from datetime import date, datetime
from pathlib import Path

from summarize.briefing.dates import event_date
from summarize.cli import main
from summarize.models import BriefingOptions, DateKind, EventDate
from summarize.pipeline import build_briefing
from summarize.text.formats import load_document

LEAD_DAY = "Chiều 2/11, tại Hà Nội, Sở Tài chính tổ chức hội nghị tổng kết cải cách hành chính."
LEAD_TODAY = "Sáng nay, tại Hà Nội, Sở Tài chính tổ chức hội nghị tổng kết cải cách hành chính."
BODY = (
    "Phát biểu tại hội nghị, Giám đốc Sở Tài chính cho biết tỷ lệ hồ sơ trực tuyến đạt 13,45% "
    "và thành phố đã cắt giảm 33.000 thủ tục giấy tờ cho người dân."
)


def word_file(lead: str, created: datetime, modified: datetime | None = None) -> bytes:
    import docx

    document = docx.Document()
    document.core_properties.created = created
    if modified is not None:
        document.core_properties.modified = modified
    for paragraph in (lead, BODY):
        document.add_paragraph(paragraph)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def pdf_file(lead: str, head: str) -> bytes:
    import weasyprint

    page = f"<html><head>{head}</head><body><p>{lead}</p><p>{BODY}</p></body></html>"
    data: bytes = weasyprint.HTML(string=page).write_pdf()
    return data


def _when(folder: Path) -> EventDate | None:
    briefing = build_briefing([folder], briefing=BriefingOptions(group_by="file"))
    (conference,) = briefing.conferences
    return conference.when


def test_a_word_files_last_change_comes_before_the_templates_day_it_was_made(
    tmp_path: Path,
) -> None:
    # made from a template on 30/12/2023, saved on 5/11/2024: "Chiều 2/11" is 2/11/2024
    path = tmp_path / "bao-cao.docx"
    path.write_bytes(word_file(LEAD_DAY, datetime(2023, 12, 30, 8), datetime(2024, 11, 5, 17)))
    meta = load_document(path).meta
    assert (meta.published, meta.dated) == (date(2024, 11, 5), DateKind.FILE_MODIFIED)
    assert _when(tmp_path) == EventDate(2024, 11, 2, year_from=DateKind.FILE_MODIFIED)


def test_the_briefing_marks_a_year_inferred_from_a_files_date(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "bao-cao.docx").write_bytes(word_file(LEAD_DAY, datetime(2024, 11, 5, 17)))
    out = tmp_path / "out"
    assert main(["report", str(folder), "-o", str(out)]) == 0
    html = (out / "briefing.html").read_text(encoding="utf-8")
    assert "02/11/2024 (năm suy từ ngày tạo tệp)" in html
    (section,) = json.loads((out / "briefing.json").read_text(encoding="utf-8"))["conferences"]
    assert (section["date"], section["day_from"], section["year_from"]) == (
        "2024-11-02",
        None,
        "file_created",
    )


def test_a_files_date_never_names_sang_nay(tmp_path: Path) -> None:
    # saved three days after the meeting: "Sáng nay" is not 5/11, only the file's day stands in
    path = tmp_path / "bao-cao.docx"
    path.write_bytes(word_file(LEAD_TODAY, datetime(2024, 11, 5, 17)))
    when = _when(tmp_path)
    assert when == EventDate(2024, 11, 5, stand_in=DateKind.FILE_CREATED)
    assert when is not None and when.label == "05/11/2024 (ngày tạo tệp)"


def test_a_pdf_saved_just_before_the_day_gives_last_years_day(tmp_path: Path) -> None:
    # saved on 1/11/2025: the latest 2/11 not after it is 2/11/2024 (no slack for a file)
    head = (
        '<meta name="dcterms.created" content="2025-01-06T09:00:00+07:00">'
        '<meta name="dcterms.modified" content="2025-11-01T09:00:00+07:00">'
    )
    path = tmp_path / "bao-cao.pdf"
    path.write_bytes(pdf_file(LEAD_DAY, head))
    meta = load_document(path).meta
    assert (meta.published, meta.dated) == (date(2025, 11, 1), DateKind.FILE_MODIFIED)
    assert _when(tmp_path) == EventDate(2024, 11, 2, year_from=DateKind.FILE_MODIFIED)


def test_only_a_publication_or_sending_date_names_a_relative_day() -> None:
    lines = ["Chiều qua, tại Hà Nội, Sở Tài chính tổ chức họp báo về bảng giá đất mới."]
    day = date(2024, 11, 3)
    assert event_date(lines, day) == EventDate(2024, 11, 2)
    assert event_date(lines, day, DateKind.SENT) == EventDate(2024, 11, 2)
    assert event_date(lines, day, DateKind.FILE_MODIFIED) is None
    assert event_date(lines, day, DateKind.FILE_CREATED) is None


def test_a_planned_day_in_a_file_is_no_event_day_either() -> None:
    # a planned day is no event's day (R-planned), whatever date the file carries
    lines = [
        "Theo lộ trình, FTSE Russell sẽ tiến hành kỳ soát xét vào tháng 3 và công bố kết quả vào "
        "ngày 7/4."
    ]
    saved_before = date(2026, 3, 5)
    saved_after = date(2026, 4, 10)
    for saved in (saved_before, saved_after):
        assert event_date(lines, saved, DateKind.FILE_MODIFIED) is None
    # a day already past stays the latest one not after the file's date
    past = ["Ngày 7/4, tại Hà Nội, Bộ Y tế tổ chức hội nghị tổng kết."]
    assert event_date(past, saved_before, DateKind.FILE_MODIFIED) == EventDate(
        2025, 4, 7, year_from=DateKind.FILE_MODIFIED
    )
