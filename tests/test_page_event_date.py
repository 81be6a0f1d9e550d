"""A saved page's publication date reaches the event's day, end to end (issue 23 item 2):
"chiều qua" and "Chiều 2/11" resolve against the date the page states in its metadata, and a
text that states none never gets a guessed year or a guessed day."""

from __future__ import annotations

from pathlib import Path

import pytest

from summarize.models import BriefingOptions, EventDate
from summarize.pipeline import build_briefing

# Shaped as Người Lao Động's saved pages (../shared/data/pages/nld_*.html): the date in
# article:published_time, itemprop datePublished and JSON-LD, a visible date line, a sapo.
PAGE = """<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">
<title>Sở Tài chính họp báo về giá đất - Báo Người Lao Động</title>
<meta property="og:site_name" content="Báo Người Lao Động">
<meta property="article:published_time" content="{stamp}">
<meta class="cms-date" itemprop="datePublished" content="{stamp}">
<script type="application/ld+json">{{"@context": "https://schema.org", "@type": "NewsArticle",
 "headline": "Sở Tài chính họp báo về giá đất", "datePublished": "{stamp}"}}</script>
</head><body><header><nav><a href="/">Trang chủ</a><a href="/thoi-su.htm">Thời sự</a></nav></header>
<main><h1 class="detail-title">Sở Tài chính họp báo về giá đất</h1>
<div class="detail-time">{visible}</div>
<h2 class="detail-sapo">{lead}</h2>
<div class="detail-content">
<p>Phát biểu tại buổi họp báo, ông Nguyễn Văn An, Giám đốc Sở Tài chính, cho biết bảng giá đất
mới sẽ được áp dụng từ đầu năm sau sau khi lấy ý kiến người dân.</p>
<p>Theo báo cáo, trong năm qua thành phố đã thu ngân sách từ đất đạt 13,45% dự toán.</p>
</div></main><footer>Báo Người Lao Động</footer></body></html>"""

LEAD_DAY = "(NLĐO) - Chiều 2/11, tại Hà Nội, Sở Tài chính tổ chức họp báo về bảng giá đất mới."
LEAD_RELATIVE = "(NLĐO) - Chiều qua, tại Hà Nội, Sở Tài chính tổ chức họp báo về bảng giá đất mới."


def _when(folder: Path) -> EventDate | None:
    briefing = build_briefing([folder], briefing=BriefingOptions(group_by="file"))
    (conference,) = briefing.conferences
    return conference.when


def _page(folder: Path, lead: str) -> Path:
    folder.mkdir()
    markup = PAGE.format(stamp="2024-11-03T08:06:00+07:00", visible="03/11/2024 08:06", lead=lead)
    (folder / "trang.html").write_text(markup, encoding="utf-8")
    return folder


@pytest.mark.parametrize(
    ("lead", "expected"),
    [(LEAD_DAY, EventDate(2024, 11, 2)), (LEAD_RELATIVE, EventDate(2024, 11, 2))],
    ids=["chieu-2-11", "chieu-qua"],
)
def test_a_saved_pages_publication_date_dates_the_event(
    tmp_path: Path, lead: str, expected: EventDate
) -> None:
    assert _when(_page(tmp_path / "page", lead)) == expected


@pytest.mark.parametrize(
    ("lead", "expected"),
    [(LEAD_DAY, EventDate(None, 11, 2)), (LEAD_RELATIVE, None)],
    ids=["chieu-2-11", "chieu-qua"],
)
def test_without_a_publication_date_no_year_or_day_is_guessed(
    tmp_path: Path, lead: str, expected: EventDate | None
) -> None:
    (tmp_path / "bai.txt").write_text(f"Sở Tài chính họp báo về giá đất\n\n{lead}\n", "utf-8")
    assert _when(tmp_path) == expected
