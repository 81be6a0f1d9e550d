"""The briefing's HTML in real Chromium at 1280 and 400 px: the side-by-side tables stay readable
on a phone, and the PDF engine still draws them as columns without a word about the phone's rules."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, sync_playwright

from summarize.models import BriefingOptions
from summarize.pipeline import build_briefing
from summarize.render.html import render_html
from summarize.render.pdf import layout

CHROMIUM = "/usr/bin/chromium"  # installed by scripts/system-deps; never skipped
PLACES = ("Lào Cai", "Hà Giang", "Yên Bái", "Tuyên Quang", "Cao Bằng")
pytestmark = pytest.mark.slow  # a real browser


@pytest.fixture(scope="module")
def page_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Five conferences side by side (two tables), two of them giving one shared figure."""
    folder = tmp_path_factory.mktemp("five")
    for n, place in enumerate(PLACES):
        capital = f" Vốn đầu tư toàn tỉnh đạt {n + 5} tỷ đồng." if n % 2 == 0 else ""
        (folder / f"{n}.txt").write_text(
            f"Hội nghị ở {place}\n\nSáng {n + 2}/11, tại {place}, tỉnh tổ chức hội nghị tập "
            f"huấn.{capital}\n",
            "utf-8",
        )
    briefing = build_briefing([folder], briefing=BriefingOptions(group_by="file"))
    assert [c.place for c in briefing.conferences] == list(PLACES)
    path = folder / "briefing.html"
    path.write_text(render_html(briefing), "utf-8")
    return path


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        yield launched
        launched.close()


CELLS = """() => [...document.querySelectorAll("table.stats td")].map(td => ({
    width: td.getBoundingClientRect().width,
    label: getComputedStyle(td, "::before").content,
    field: td.dataset.label,
    name: td.parentElement.querySelector("th").textContent,
}))"""


SCROLL = "document.documentElement.scrollWidth"


def evaluated(browser: Browser, page: Path, width: int, *scripts: str) -> list[Any]:
    """What each script gives on `page` opened `width` px wide (the tab closed after)."""
    tab = browser.new_page(viewport={"width": width, "height": 900})
    try:
        tab.goto(page.as_uri())
        return [tab.evaluate(script) for script in scripts]
    finally:
        tab.close()


def test_at_400_px_each_value_stands_under_its_conferences_name(
    browser: Browser, page_file: Path
) -> None:
    cells, scroll = evaluated(browser, page_file, 400, CELLS, SCROLL)
    # Five conferences, two rows at least (no place row: each heading already names the place).
    assert len(cells) >= 5 * 2
    assert "Địa điểm" not in {c["field"] for c in cells}
    assert scroll <= 400  # nothing to scroll sideways
    # A column of four was about 60 px wide, one word a line; now each value has the width.
    assert min(float(str(c["width"])) for c in cells) >= 300
    assert {c["name"] for c in cells} >= set(PLACES)  # each conference's block under its name
    assert all(str(c["field"]) in str(c["label"]) for c in cells)  # each value under its field


def test_at_1280_px_the_tables_keep_their_columns(browser: Browser, page_file: Path) -> None:
    cells, scroll = evaluated(browser, page_file, 1280, CELLS, SCROLL)
    assert scroll <= 1280
    assert min(float(str(c["width"])) for c in cells) < 200  # columns beside the names
    assert {c["label"] for c in cells} == {"none"}  # the names stand in the heading row


def test_the_pdf_keeps_columns_and_the_engine_says_nothing(
    page_file: Path, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.INFO, logger="weasyprint"):
        document = layout(page_file.read_text("utf-8"))
    assert [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING] == []
    heads = [
        box
        for page in document.pages
        for box in page._page_box.descendants()
        if box.element_tag == "thead"
    ]
    assert heads  # the heading row of names is drawn on paper


def test_the_web_pages_comparison_stacks_at_400_px_too(browser: Browser, tmp_path: Path) -> None:
    from playwright.sync_api import expect

    from tests.web_server import running

    with running(tmp_path / "sessions") as server:
        page = browser.new_page(viewport={"width": 400, "height": 900})
        page.goto(server.url)
        page.click("#samples")
        expect(page.locator("table.stats td").first).to_be_visible(timeout=120_000)
        cells = page.evaluate(CELLS)
        page.close()
    assert {c["name"] for c in cells} == {"Bắc Giang", "Hải Dương"}
    assert min(float(str(c["width"])) for c in cells) >= 250
    assert all(str(c["field"]) in str(c["label"]) for c in cells)


# The comparison's date cells ("02/11"), whatever the layout: no other cell holds a date.
MAIL_DATES = """() => [...document.querySelectorAll("td")]
    .filter(td => /^\\d\\d\\/11$/.test(td.textContent.trim()))
    .map(td => td.getBoundingClientRect().width)"""


def test_the_mails_comparison_reads_at_400_px_without_a_media_query(
    browser: Browser, page_file: Path
) -> None:
    """Mail clients drop <style> and read no media query: the inlined comparison itself has two
    columns at most (name, value), so a value is never squeezed into a 60 px column."""
    from summarize.render.mail import render_email_html

    articles = sorted(page_file.parent.glob("*.txt"))
    briefing = build_briefing(articles, briefing=BriefingOptions(group_by="file"))
    mail = page_file.parent / "mail.html"
    mail.write_text(render_email_html(briefing), "utf-8")
    widths, scroll = evaluated(browser, mail, 400, MAIL_DATES, SCROLL)
    assert scroll <= 400
    assert len(widths) == 5
    # Three conferences a table gave each value about 80 px (a name or role a line).
    assert min(widths) >= 180


CHART_TEXT = """() => {
    const svg = document.querySelector("figure.chart svg");
    const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
    const title = svg.querySelector(".chart-title");
    return {
        title: parseFloat(title.getAttribute("font-size")) * scale,
        heading: parseFloat(getComputedStyle(document.querySelector("h3")).fontSize),
        body: parseFloat(getComputedStyle(document.body).fontSize),
        label: 12 * scale,
    };
}"""


def test_at_1280_px_a_charts_text_is_no_larger_than_the_pages(
    browser: Browser, page_file: Path
) -> None:
    """Drawn 560 px wide, a chart of 400 units set its title at 18 px, above the 15 px
    headings around it, and its labels at 17 px beside 14 px text."""
    (sizes,) = evaluated(browser, page_file, 1280, CHART_TEXT)
    assert sizes["title"] <= sizes["heading"]
    assert sizes["label"] <= sizes["body"] + 0.5


CHART_SIZES = """() => {
    const svg = document.querySelector("figure.chart svg");
    const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
    return [...svg.querySelectorAll("text")].map(t => ({
        text: t.textContent, size: parseFloat(t.getAttribute("font-size")) * scale,
    }));
}"""


def test_at_400_px_every_charts_text_reads_at_11_px_or_more(
    browser: Browser, page_file: Path
) -> None:
    """A chart of 400 units drawn 370 px wide set its values and legend at 11 units: 10 px on a
    phone, under the 12-unit category names they stand beside."""
    (texts,) = evaluated(browser, page_file, 400, CHART_SIZES)
    assert any(t["text"] == "5" for t in texts) and any(t["text"] == PLACES[0] for t in texts)
    small = [(t["text"], round(t["size"], 1)) for t in texts if t["size"] < 11]
    assert small == []
