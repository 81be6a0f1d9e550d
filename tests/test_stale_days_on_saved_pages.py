"""A saved page's publication date dates its event, on the real pages in ../shared/data/pages:
a relative day ("Sáng nay") and a partial one ("Chiều 6/3") resolve against the date each site
states in its own metadata, and a day a month or more older than the page is a recalled one
(R-stale: "Ngày 20/2/2023, FLC bị hủy niêm yết" on vietnamnet's page of 7/3/2026)."""

from __future__ import annotations

import json
import unicodedata
from datetime import date, timedelta
from pathlib import Path

import pytest

from bench.corpora import DATA
from summarize.briefing.dates import article_date
from summarize.models import EventDate
from summarize.pipeline import Options, read_articles

PAGES = DATA / "pages"
DATED = [
    row
    for row in map(json.loads, (PAGES / "pages.jsonl").read_text(encoding="utf-8").splitlines())
    if row["published"]
]


def _read(path: Path) -> EventDate | None:
    (article,), failed, _ = read_articles([path], Options())
    assert not failed
    return article_date(article)


def test_a_day_years_before_the_page_is_a_recalled_one() -> None:
    assert _read(PAGES / "vietnamnet_co-phieu-flc.html") is None


def test_a_day_just_before_the_page_is_still_the_events() -> None:
    # "Vụ tai nạn xảy ra vào tối 13/3" on dantri's page of 14/3/2016
    assert _read(PAGES / "dantri_camry-tong-4-xe-may.html") == EventDate(2016, 3, 13)


def _with_opening(tmp_path: Path, row: dict[str, str], sentence: str) -> Path | None:
    """The page with `sentence` put before its first paragraph (after an outlet's tag)."""
    html = (PAGES / row["file"]).read_text(encoding="utf-8")
    probe = row["body"][0][:60]
    for form in (probe, unicodedata.normalize("NFD", probe)):
        if form in html:
            break
    else:
        return None
    tag = ""
    for mark in ("GiadinhNet – ", "Dân trí ", "(Chinhphu.vn) - ", "(NLĐO) - "):
        if form.startswith(mark):
            tag = mark
    path = tmp_path / row["file"]
    path.write_text(html.replace(form, tag + sentence + " " + form[len(tag) :]), encoding="utf-8")
    return path


@pytest.mark.parametrize("row", DATED, ids=[row["file"] for row in DATED])
def test_relative_and_partial_days_resolve_against_the_pages_date(
    tmp_path: Path, row: dict[str, str]
) -> None:
    published = date.fromisoformat(row["published"])
    before = published - timedelta(days=1)
    sentences = {
        "Sáng nay, tại Hà Nội, Bộ Tài chính họp báo về bảng giá đất.": published,
        f"Chiều {before.day}/{before.month}, tại Hà Nội, Bộ Tài chính họp báo.": before,
    }
    for sentence, expected in sentences.items():
        path = _with_opening(tmp_path, row, sentence)
        if path is None:
            pytest.skip("the page's first paragraph is re-wrapped in its markup")
        assert _read(path) == EventDate(expected.year, expected.month, expected.day)
