"""PDF: bundled fonts embedded, text extracts back with diacritics, nothing fetched from outside,
running header, page numbers, bookmarks per section, and no heading left alone at a page bottom."""

from __future__ import annotations

import io
import itertools
import logging
import subprocess
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import unquote, urlparse

import pytest
from pypdf import PdfReader
from weasyprint.document import Document, Page
from weasyprint.formatting_structure import boxes

from summarize import __version__
from summarize.models import Briefing, BriefingOptions, Options
from summarize.pipeline import build_briefing
from summarize.render.html import render_html
from summarize.render.pdf import BundledOnlyFetcher, assets_dir, layout, render_pdf

from .conftest import SEEDS


@pytest.fixture(scope="module")
def pdf(seed_briefing) -> PdfReader:  # type: ignore[no-untyped-def]
    return PdfReader(io.BytesIO(render_pdf(render_html(seed_briefing), title="Bản tin thử")))


def font_names(reader: PdfReader) -> set[str]:
    names = set()
    for page in reader.pages:
        fonts = page["/Resources"].get_object().get("/Font", {})
        for font in fonts.values():
            names.add(str(font.get_object()["/BaseFont"]))
    return names


def test_only_bundled_fonts_are_used_and_embedded(pdf: PdfReader) -> None:
    names = font_names(pdf)
    assert names and all("Briefing-S" in n for n in names), names
    plain = {n.split("+")[-1] for n in names}  # drop the subset prefix
    assert {"Briefing-Sans", "Briefing-Sans-Bold"} <= plain, plain  # regular and bold
    for page in pdf.pages:
        for font in page["/Resources"].get_object()["/Font"].values():
            descendant = font.get_object()["/DescendantFonts"][0].get_object()
            assert "/FontFile2" in descendant["/FontDescriptor"].get_object()


def test_text_extracts_back_with_diacritics(pdf: PdfReader) -> None:
    text = " ".join(page.extract_text() for page in pdf.pages)
    for expected in ("Thiếu tướng Nguyễn Văn Kỷ", "13,45%", "Bắc Giang", "Hải Dương", "Trang 1/"):
        assert expected in text


def test_page_numbers_say_trang_x_of_y(pdf: PdfReader) -> None:
    total = len(pdf.pages)
    assert total >= 2
    for number, page in enumerate(pdf.pages, start=1):
        assert f"Trang {number}/{total}" in page.extract_text()


def test_running_header_repeats_the_title_after_the_cover(seed_briefing) -> None:  # type: ignore[no-untyped-def]
    reader = PdfReader(io.BytesIO(render_pdf(render_html(seed_briefing))))
    title = seed_briefing.title
    for page in reader.pages[1:]:
        assert title in page.extract_text()
    # The cover shows the title once, as its heading, not again as a running header.
    assert reader.pages[0].extract_text().count(title) == 1


def test_bookmarks_one_per_section_then_comparison_and_sources(
    pdf: PdfReader,
    seed_briefing,  # type: ignore[no-untyped-def]
) -> None:
    titles = [item.title for item in pdf.outline if not isinstance(item, list)]
    sections = [c.title for c in seed_briefing.conferences]
    assert titles == [*sections, "So sánh các hội nghị", "Nguồn"]
    pages = [pdf.get_destination_page_number(item) for item in pdf.outline]
    assert pages == sorted(pages)


def test_metadata(pdf: PdfReader) -> None:
    assert pdf.metadata.title == "Bản tin thử"
    assert pdf.metadata.creator == f"summarize {__version__}"
    assert "WeasyPrint" in (pdf.metadata.producer or "")
    assert pdf.metadata.creation_date is not None


def test_the_title_defaults_to_the_briefing_title(seed_briefing) -> None:  # type: ignore[no-untyped-def]
    reader = PdfReader(io.BytesIO(render_pdf(render_html(seed_briefing))))
    assert reader.metadata.title == seed_briefing.title


def walk(
    box: boxes.Box, ancestors: tuple[boxes.Box, ...] = ()
) -> Iterator[tuple[boxes.Box, tuple[boxes.Box, ...]]]:
    yield box, ancestors
    for child in getattr(box, "children", None) or []:
        yield from walk(child, (*ancestors, box))


def is_heading(box: boxes.Box) -> bool:
    """A section heading, its meta lines, or a sub-heading: what must not end a page."""
    classes = (box.element.get("class") or "").split() if box.element is not None else []
    return box.element_tag in ("h1", "h2", "h3") or "meta" in classes


def body_text(page: Page) -> list[tuple[boxes.TextBox, tuple[boxes.Box, ...]]]:
    """A page's text boxes with their ancestors, running header and footer left out."""
    return [
        (box, ancestors)
        for root in page._page_box.children
        if not isinstance(root, boxes.MarginBox)
        for box, ancestors in walk(root)
        if isinstance(box, boxes.TextBox) and box.text.strip()
    ]


def pages_ending_in_a_heading(document: Document) -> list[tuple[int, str]]:
    """(page, text) for each page whose last line of body text belongs to a heading."""
    out = []
    for number, page in enumerate(document.pages, start=1):
        found = body_text(page)
        if not found:
            continue  # a page holding only the SVG chart
        box, ancestors = max(found, key=lambda item: (item[0].position_y, item[0].position_x))
        if any(is_heading(a) for a in ancestors):
            out.append((number, box.text))
    return out


def write_many_sections(folder: Path) -> None:
    """Twelve articles of growing length: section headings land at many heights on the pages."""
    text = (SEEDS / "000_1e895c6a7197ecaf.txt").read_text("utf-8").split("\n\nPhản hồi")[0]
    paragraphs = [p for p in text.split("\n\n")[1:] if p.strip()]
    places = ["Bắc Giang", "Hải Dương", "Nam Định", "Thái Bình", "Hà Nam", "Ninh Bình",
              "Lạng Sơn", "Cao Bằng", "Lào Cai", "Yên Bái", "Sơn La", "Điện Biên"]  # fmt: skip
    for n, place in enumerate(places):
        body = "\n\n".join(paragraphs[: 1 + n % len(paragraphs)]).replace("Bắc Giang", place)
        (folder / f"{n:02d}.txt").write_text(
            f"Tin {place}\n\nHội nghị tập huấn tại tỉnh {place}.\n\n{body}\n", "utf-8"
        )


# The layout checks only read a briefing and its laid-out pages: each is made once a module (the
# twelve sections' briefing, with facts and people, was built by six tests, the seeds' pages laid
# out by five).


@pytest.fixture(scope="module")
def many(tmp_path_factory: pytest.TempPathFactory) -> Briefing:
    """`write_many_sections`' twelve articles, a section each."""
    folder = tmp_path_factory.mktemp("many-sections")
    write_many_sections(folder)
    built = build_briefing([folder], briefing=BriefingOptions(group_by="file"))
    assert len(built.conferences) == 12
    return built


@pytest.fixture(scope="module")
def seed_pages(seed_briefing) -> Document:  # type: ignore[no-untyped-def]
    return layout(render_html(seed_briefing))


@pytest.fixture(scope="module")
def many_pages(many: Briefing) -> Document:
    return layout(render_html(many))


@pytest.fixture(scope="module")
def seed_pdf(seed_briefing, tmp_path_factory: pytest.TempPathFactory) -> Path:  # type: ignore[no-untyped-def]
    return write_pdf(seed_briefing, tmp_path_factory.mktemp("seed-pdf"))


@pytest.mark.slow  # lays out whole PDFs page by page
def test_no_heading_is_left_alone_at_the_bottom_of_a_page(
    seed_pages: Document, many_pages: Document
) -> None:
    for document in (seed_pages, many_pages):
        assert len(document.pages) >= 2
        assert pages_ending_in_a_heading(document) == []


@pytest.mark.slow
def test_the_heading_check_catches_a_heading_at_the_bottom(many: Briefing, tmp_path: Path) -> None:
    """The check above can fail: without the break rules a section heading ends a page."""
    css = (Path(__file__).resolve().parent.parent / "templates" / "briefing.css").read_text("utf-8")
    own = tmp_path / "templates"
    own.mkdir()
    (own / "briefing.css").write_text(
        css.replace("break-after: avoid;", "").replace("page-break-after: avoid;", ""), "utf-8"
    )
    assert pages_ending_in_a_heading(layout(render_html(many, templates=str(own))))


def bundled(url: str) -> bool:
    """A URL that really points inside the bundled fonts folder (after resolving "..")."""
    path = Path(unquote(urlparse(url).path)).resolve()
    return url.startswith("file:") and path.is_relative_to(assets_dir()) and path.is_file()


@pytest.mark.parametrize(
    "markup",
    [
        '<img src="file:///etc/passwd">',
        '<link rel="stylesheet" href="http://example.com/x.css">',
        '<div style="background: url(http://example.com/bg.png)">x</div>',
        '<img src="https://example.com/a.png">',
        "<style>@import url('file:///etc/shadow');</style>",
        f'<img src="{(assets_dir() / ".." / "places_vi.txt").as_uri()}">',
    ],
)
def test_the_fetcher_refuses_files_and_network(markup: str) -> None:
    fetcher = BundledOnlyFetcher()
    pdf = render_pdf(f"<html><body><p>Xin chào</p>{markup}</body></html>", fetcher=fetcher)
    assert pdf.startswith(b"%PDF")
    outside = [u for u in fetcher.requested if not bundled(u)]
    assert outside and outside == fetcher.refused


def test_a_relative_url_is_never_fetched() -> None:
    fetcher = BundledOnlyFetcher()
    render_pdf('<html><body><img src="../../etc/hosts"><p>x</p></body></html>', fetcher=fetcher)
    # No base URL: WeasyPrint cannot resolve it, so nothing but the bundled fonts is requested.
    assert fetcher.requested and all(bundled(u) for u in fetcher.requested)


@pytest.mark.parametrize(
    "url",
    [
        "file:///etc/passwd",
        "http://example.com/font.ttf",
        "https://example.com/font.ttf",
        "ftp://example.com/x",
        "data:text/plain,hello",
        "file://evil.example/" + str(assets_dir() / "NotoSans-Regular.ttf"),
        (assets_dir() / ".." / ".." / "__init__.py").as_uri(),
        (assets_dir() / "no-such-font.ttf").as_uri(),
    ],
)
def test_fetch_refuses_everything_but_bundled_files(url: str) -> None:
    fetcher = BundledOnlyFetcher()
    with pytest.raises(ValueError, match="refused"):
        fetcher.fetch(url)
    assert fetcher.refused == [url]


def test_weasyprint_errors_show_but_its_font_subsetting_notice_does_not(
    caplog: pytest.LogCaptureFixture,
) -> None:
    notice = 'Using fontTools instead of HarfBuzz-Subset for font "%s". This will be unsupported'
    with caplog.at_level(logging.INFO, logger="weasyprint"):
        render_pdf('<html><body><p>Xin chào</p><img src="https://example.com/a.png"></body></html>')
        logging.getLogger("weasyprint").warning(notice, "Briefing Sans")  # as WeasyPrint words it
    shown = [r.getMessage() for r in caplog.records if r.name == "weasyprint"]
    assert any(m.startswith("Failed to load image at 'https://example.com/a.png'") for m in shown)
    assert [m for m in shown if "HarfBuzz" in m] == []


def test_fetch_serves_a_bundled_font() -> None:
    fetcher = BundledOnlyFetcher()
    response = fetcher.fetch((assets_dir() / "NotoSans-Regular.ttf").as_uri())
    assert fetcher.refused == []
    assert response.read()[:4] in (b"\x00\x01\x00\x00", b"OTTO", b"true")


def boxes_beyond_the_page(document: Document) -> list[tuple[int, str]]:
    """(page, text) of every text or block box whose right edge passes the page's content edge."""
    out = []
    for number, page in enumerate(document.pages, start=1):
        right = page._page_box.content_box_x() + page._page_box.width
        for root in page._page_box.children:
            if isinstance(root, boxes.MarginBox):
                continue
            for box, _ in walk(root):
                kinds = (boxes.TextBox, boxes.BlockBox, boxes.InlineReplacedBox)
                if isinstance(box, kinds) and box.position_x + box.margin_width() > right + 1:
                    out.append((number, getattr(box, "text", box.element_tag or "")[:40]))
    return out


@pytest.fixture()
def long_words(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / f"Bao-cao-{'x' * 150}.txt").write_text(
        "Hội nghị ở Hà Nam\n\nTỉnh Hà Nam tổ chức Hội nghị tập huấn. Đường dẫn "
        f"https://example.vn/{'a' * 300} được nêu. Có 1.234.567.890.123 người dự.\n",
        "utf-8",
    )
    return folder


def test_nothing_runs_off_the_page(seed_pages: Document, long_words: Path) -> None:
    assert boxes_beyond_the_page(seed_pages) == []
    assert boxes_beyond_the_page(layout(render_html(build_briefing([long_words], Options())))) == []


def test_the_overflow_check_catches_a_long_word(long_words: Path, tmp_path: Path) -> None:
    css = (Path(__file__).resolve().parent.parent / "templates" / "briefing.css").read_text("utf-8")
    own = tmp_path / "templates"
    own.mkdir()
    (own / "briefing.css").write_text(css.replace("overflow-wrap: break-word;", ""), "utf-8")
    briefing = build_briefing([long_words], Options())
    assert boxes_beyond_the_page(layout(render_html(briefing, templates=str(own))))


MIN_PAGE_CHARS = 500  # a page holds at least a third of a page of text,
MIN_CHART_INK = 0.05  # or is a page of charts: this share of its pixels dark (bars and text)


def page_texts(pdf_path: Path) -> list[str]:
    """Each page's text, by pdftotext one page at a time."""
    pages = int(
        next(
            line.split()[-1]
            for line in subprocess.run(
                ["pdfinfo", str(pdf_path)], capture_output=True, text=True, check=True
            ).stdout.splitlines()
            if line.startswith("Pages:")
        )
    )
    return [
        subprocess.run(
            ["pdftotext", "-f", str(n), "-l", str(n), str(pdf_path), "-"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for n in range(1, pages + 1)
    ]


def grey_pages(pdf_path: Path, folder: Path, prefix: str) -> list[tuple[int, int, bytes]]:
    """Each page rendered by pdftoppm (grey, 30 dpi): its width, height and pixels."""
    subprocess.run(
        ["pdftoppm", "-r", "30", "-gray", str(pdf_path), str(folder / prefix)], check=True
    )
    pages = []
    for image in sorted(folder.glob(f"{prefix}-*.pgm")):
        data = image.read_bytes()
        width, height = (int(v) for v in data.split(b"\n")[1].split())
        pages.append((width, height, data[-width * height :]))
    return pages


def page_ink(pdf_path: Path, folder: Path) -> list[float]:
    """Each page's share of pixels darker than paper."""
    return [
        sum(1 for p in pixels if p < 160) / len(pixels)
        for _, _, pixels in grey_pages(pdf_path, folder, "page")
    ]


def write_pdf(briefing, folder: Path) -> Path:  # type: ignore[no-untyped-def]
    path = folder / "briefing.pdf"
    path.write_bytes(render_pdf(render_html(briefing)))
    return path


@pytest.mark.slow  # lays out whole PDFs page by page
def test_no_page_holds_only_a_heading_or_a_short_list(
    seed_pdf: Path, many: Briefing, tmp_path: Path
) -> None:
    for name, pdf_path in (("seeds", seed_pdf), ("many", write_pdf(many, tmp_path))):
        folder = tmp_path / name
        folder.mkdir()
        texts = page_texts(pdf_path)
        ink = page_ink(pdf_path, folder)
        assert len(texts) >= 2 and len(ink) == len(texts)
        thin = [
            (n, len(text.strip()), round(share, 3))
            for n, (text, share) in enumerate(zip(texts, ink, strict=True), start=1)
            if len(text.strip()) < MIN_PAGE_CHARS and share < MIN_CHART_INK
        ]
        assert thin == [], f"{name}: pages holding little: {thin}"


@pytest.mark.slow  # lays out whole PDFs page by page
def test_a_short_fact_table_is_never_split_across_pages(
    many: Briefing, many_pages: Document
) -> None:
    assert all(0 < len(c.facts) <= 6 for c in many.conferences)  # short tables, all of them
    document = many_pages
    pages_of: dict[int, set[int]] = {}
    for number, page in enumerate(document.pages, start=1):
        for box, _ in walk(page._page_box):
            if box.element_tag == "table" and "facts" in (box.element.get("class") or ""):
                pages_of.setdefault(id(box.element), set()).add(number)
    assert len(pages_of) == 12  # one fact table per section
    assert all(len(pages) == 1 for pages in pages_of.values()), sorted(pages_of.values())


def ink_ends(pdf_path: Path, folder: Path) -> list[float]:
    """How far down the sheet each page's body ink reaches, in mm from the top (the page
    number, in the 20 mm bottom margin, left out)."""
    ends = []
    for width, height, pixels in grey_pages(pdf_path, folder, "ink"):
        body = int(height * (297 - 20) / 297)  # rows above the bottom margin
        inked = [y for y in range(body) if min(pixels[y * width : (y + 1) * width]) < 160]
        ends.append(round(max(inked, default=0) / height * 297, 1))
    return ends


@pytest.mark.slow  # lays out a whole PDF
def test_a_long_fact_table_breaks_between_rows(seed_briefing, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Moved whole, a table of 12-18 rows left a quarter of the page before it empty (22 ViMs
    articles: 53 mm and 69 mm). Over six rows it breaks between rows: the page before holds at
    least three of them and is full, the next opens on the header repeated and holds at least
    three (here eleven rows fit the first page: without that rule the twelfth went over alone);
    a short table still never splits (above)."""
    from dataclasses import replace

    from summarize.briefing.stats import compare
    from summarize.models import Fact

    labels = [f"chỉ tiêu thử số {n}" for n in range(11, 23)]  # 12 rows, no label inside another
    facts = tuple(Fact("count", f"{n} người", float(n), "người", label, "")
                  for n, label in enumerate(labels, start=11))  # fmt: skip
    first, second = seed_briefing.conferences
    both = (replace(first, facts=facts), second)
    briefing = replace(seed_briefing, conferences=both, comparison=compare(both))
    pdf_path = write_pdf(briefing, tmp_path)
    texts = page_texts(pdf_path)
    rows = [sum(label in text for label in labels) for text in texts]
    pages = [n for n, count in enumerate(rows) if count]
    assert sum(rows) == len(labels) and len(pages) == 2 and pages[1] == pages[0] + 1, rows
    assert min(rows[n] for n in pages) >= 3, rows
    after = texts[pages[1]]
    first_row = min(after.index(label) for label in labels if label in after)
    assert "Chỉ tiêu" in after[:first_row]  # the header repeated above the rows carried over
    body_end = 297 - 20
    assert ink_ends(pdf_path, tmp_path)[pages[0]] > body_end - 25  # less than 25 mm left empty


@pytest.fixture(scope="module")
def many_sources(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """Each page's text of one conference reported by 45 articles of one figure each: its fact
    table and its source list are both longer than a page."""
    folder = tmp_path_factory.mktemp("many-sources")
    for n in range(45):
        (folder / f"bai-{n:02d}.txt").write_text(
            f"Tin số {n} về hội nghị tập huấn công tác nhân quyền tại tỉnh Bắc Giang\n\n"
            f"Tỉnh Bắc Giang tổ chức Hội nghị tập huấn công tác nhân quyền. Có {n + 10} đại "
            "biểu dự hội nghị.\n",
            "utf-8",
        )
    briefing = build_briefing([folder], briefing=BriefingOptions(group_by="folder"))
    assert len(briefing.articles) == 45 and len(briefing.conferences) == 1
    assert len(briefing.conferences[0].facts) > 34  # more rows than a page holds
    return page_texts(write_pdf(briefing, folder))


def page_of(texts: list[str], line: str) -> int:
    """The first page holding `line` as a line of its own (a table's header repeats)."""
    return next(n for n, text in enumerate(texts) if f"\n{line}\n" in f"\n{text}")


@pytest.mark.slow  # lays out a whole PDF
def test_a_source_list_longer_than_a_page_keeps_its_heading(many_sources: list[str]) -> None:
    """Kept whole, a list longer than a page went over and left "Nguồn" alone on a page."""
    page = page_of(many_sources, "Nguồn")
    assert page < len(many_sources) - 1  # the list runs on over the next page
    text = many_sources[page]
    assert "Tin số 0 về" in text[text.index("\nNguồn\n") :]  # with its first entry
    assert many_sources[-1].count("Tin số") >= 4  # and its last entries go over together


@pytest.mark.slow  # lays out a whole PDF
def test_a_fact_table_longer_than_a_page_keeps_its_heading(many_sources: list[str]) -> None:
    """Kept whole, such a table went over and left "Số liệu" alone on a page."""
    page = page_of(many_sources, "Số liệu")
    text = many_sources[page]
    assert "đại biểu dự hội nghị" in text[text.index("\nSố liệu\n") :]
    thin = [n for n, text in enumerate(many_sources, start=1) if len(text.strip()) < MIN_PAGE_CHARS]
    assert thin == []


def first_lines(document: Document) -> list[tuple[boxes.TextBox, tuple[boxes.Box, ...]]]:
    """Each page's first line of body text, with its ancestors."""
    out = []
    for page in document.pages:
        found = body_text(page)
        if found:
            out.append(min(found, key=lambda item: (item[0].position_y, item[0].position_x)))
    return out


@pytest.mark.slow  # lays out whole PDFs page by page
def test_no_page_opens_on_a_sections_bodies_line_alone(
    seed_pages: Document, many_pages: Document
) -> None:
    """The seeds' second page opened on the first section's "Cơ quan, tổ chức" line."""
    for document in (seed_pages, many_pages):
        opening = [
            (n, box.text)
            for n, (box, ancestors) in enumerate(first_lines(document), start=1)
            if any(
                "organisations" in (a.element.get("class") or "")
                for a in ancestors
                if a.element is not None
            )
        ]
        assert opening == []


def in_comparison(ancestors: tuple[boxes.Box, ...]) -> bool:
    return any(
        a.element_tag == "table" and "stats" in (a.element.get("class") or "")
        for a in ancestors
        if a.element is not None
    )


@pytest.mark.slow  # lays out a whole PDF page by page
def test_the_comparison_fills_the_pages_it_runs_over(many_pages: Document) -> None:
    """Twelve conferences side by side, four to a table kept whole, left pages half empty (the
    saved pages' comparison: three): each page the comparison runs over, but its last, is full."""
    document = many_pages
    reach = []  # (page, how far down its text reaches) for the pages holding the comparison
    for number, page in enumerate(document.pages, start=1):
        found = body_text(page)
        if any(in_comparison(ancestors) for _, ancestors in found):
            bottom = max(box.position_y + box.height for box, _ in found)
            reach.append((number, round(bottom / page._page_box.margin_height(), 2)))
    assert len(reach) >= 2
    assert [(n, r) for n, r in reach[:-1] if r < 0.75] == []


@pytest.mark.slow  # lays out whole PDFs page by page
def test_a_speaker_list_never_leaves_its_first_speaker_alone(seed_pages: Document) -> None:
    """The seeds' first section showed one speaker at the foot of page 1, the other on page 2."""
    document = seed_pages
    first_two: dict[int, set[int]] = {}  # a speaker list -> the pages of its first two names
    for number, page in enumerate(document.pages, start=1):
        for _, ancestors in body_text(page):
            for outer, inner in itertools.pairwise(ancestors):
                if outer.element is None or outer.element.get("class") != "people":
                    continue
                if inner.element_tag == "li" and list(outer.element).index(inner.element) < 2:
                    first_two.setdefault(id(outer.element), set()).add(number)
    assert len(first_two) == 2  # both seeds name speakers
    assert all(len(pages) == 1 for pages in first_two.values()), first_two


# Twelve sections, each with speakers of its own (one to four, unique names) and a summary of
# growing length: its speaker list lands at many heights on the pages.
GIVEN = ["An", "Bình", "Cường", "Dũng", "Giang", "Hà", "Khánh", "Long", "Minh", "Nam", "Phong",
         "Quân", "Sơn", "Tâm", "Thắng", "Trung", "Tuấn", "Vinh", "Hưng", "Hiếu", "Lâm", "Hòa",
         "Thành", "Đạt", "Nghĩa", "Phúc", "Toàn", "Việt", "Hải", "Kiên", "Lợi", "Tùng",
         "Thịnh", "Duy", "Hùng", "Tín", "Bảo", "Định", "Khôi", "Lực", "Mạnh", "Nhân",
         "Quang", "Sang", "Thái", "Tiến", "Chiến", "Đức"]  # fmt: skip
SURNAMES = ["Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ"]


def write_sections_with_speakers(folder: Path) -> None:
    """Twelve articles like `write_many_sections`, the seed's two speakers renamed in each and
    up to two more added."""
    text = (SEEDS / "000_1e895c6a7197ecaf.txt").read_text("utf-8").split("\n\nPhản hồi")[0]
    paragraphs = [p for p in text.split("\n\n")[1:] if p.strip()]
    places = ["Bắc Giang", "Hải Dương", "Nam Định", "Thái Bình", "Hà Nam", "Ninh Bình",
              "Lạng Sơn", "Cao Bằng", "Lào Cai", "Yên Bái", "Sơn La", "Điện Biên"]  # fmt: skip
    for n, place in enumerate(places):
        names = [f"{SURNAMES[(n + k) % len(SURNAMES)]} Văn {GIVEN[4 * n + k]}" for k in range(4)]
        shown = paragraphs[: 1 + 3 * n % len(paragraphs)]  # lists land at many heights
        body = "\n\n".join(shown).replace("Bắc Giang", place)
        body = body.replace("Mai Sơn", names[0]).replace("Nguyễn Văn Kỷ", names[1])
        body += "".join(
            f"\n\nPhát biểu tại hội nghị, ông {name}, Giám đốc Sở Tư pháp tỉnh {place} cho "
            "biết công tác nhân quyền đã có nhiều chuyển biến.\n"
            for name in names[2 : 2 + n % 3]
        )
        (folder / f"{n:02d}.txt").write_text(
            f"Tin {place}\n\nHội nghị tập huấn tại tỉnh {place}.\n\n{body}\n", "utf-8"
        )


@pytest.mark.slow  # lays out a whole PDF
def test_a_speaker_list_that_fits_on_a_page_is_never_split(tmp_path: Path) -> None:
    """Hải Dương's three speakers were two at the foot of page 2, one atop page 3: a list that
    fits on a page stays on one, read back from the PDF's text page by page."""
    write_sections_with_speakers(tmp_path)
    briefing = build_briefing([tmp_path], briefing=BriefingOptions(group_by="file"))
    listed = [[p.name for p in c.people] for c in briefing.conferences]
    assert sum(len(names) >= 2 for names in listed) >= 8  # lists long enough to split
    texts = page_texts(write_pdf(briefing, tmp_path))
    split = []
    for names in listed:
        # In the section a speaker is "Ông Trần Văn An — Phó …" (the comparison: "… (Phó …)").
        pages = {
            n for n, text in enumerate(texts, start=1) for name in names if f"{name} —" in text
        }
        if len(pages) != 1:
            split.append((names, sorted(pages)))
    assert split == []


@pytest.mark.slow  # lays out a whole PDF
def test_the_seeds_print_on_three_full_pages(seed_pdf: Path) -> None:
    """Each section on a page of its own, then the comparison with its chart and the sources.
    With each speaker list kept whole at the sections' old line spacing the chart and the two
    sources went over to a fourth page, a quarter full."""
    texts = page_texts(seed_pdf)
    assert len(texts) == 3
    assert "Bắc Giang — Hội nghị" in texts[0] and "Hải Dương — Hội nghị" in texts[1]
    assert "So sánh các hội nghị" in texts[2] and "\nNguồn\n" in texts[2]


@pytest.mark.slow  # lays out a whole PDF
def test_a_fact_tables_headings_never_wrap(seed_briefing, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Long measures beside one-digit figures squeezed the figure column: its heading read
    "Số / liệu" on two lines (eight dev articles' briefing, "giải A | 3 | giải")."""
    from dataclasses import replace

    from summarize.briefing.stats import compare
    from summarize.models import Fact

    measure = (
        "vận động hỗ trợ nước ngọt sinh hoạt cho hộ gia đình khó khăn nhất ảnh hưởng do xâm "
        "nhập mặn vùng đồng bằng sông Cửu Long"
    )
    facts = tuple(
        Fact("count", f"{n} giải", float(n), "giải", f"{measure} {n}", "") for n in (3, 7)
    )
    first, second = seed_briefing.conferences
    both = (replace(first, facts=facts), second)
    briefing = replace(seed_briefing, conferences=both, comparison=compare(both))
    texts = page_texts(write_pdf(briefing, tmp_path))
    assert any(measure in " ".join(text.split()) for text in texts)
    assert not any("Số\nliệu" in text or "Đơn\nvị" in text for text in texts)


@pytest.mark.slow  # lays out a whole PDF
def test_a_shared_figure_stands_near_its_conferences_name(seed_pages: Document) -> None:
    """One indicator across the page put "13,45%" 150 mm from "Bắc Giang": the table of shared
    figures is as wide as it needs, the comparison above it as wide as the page."""
    document = seed_pages
    widths = {}
    for page in document.pages:
        content = page._page_box.width
        for box, ancestors in walk(page._page_box):
            if box.element_tag == "table" and "stats" in (box.element.get("class") or ""):
                shared = any(
                    "shared" in (a.element.get("class") or "")
                    for a in ancestors
                    if a.element is not None
                )
                widths["shared" if shared else "comparison"] = box.width / content
    assert widths["comparison"] > 0.95
    assert widths["shared"] < 0.6


def test_a_long_list_of_names_without_roles_is_set_in_columns(seed_briefing) -> None:  # type: ignore[no-untyped-def]
    """baodautu's 25 people fined beside its director took most of a printed page, one name a
    line; set in columns they take a third of it. A speakers' list with roles stays one column."""
    from dataclasses import replace

    from summarize.briefing.stats import compare
    from summarize.models import Person

    first = seed_briefing.conferences[0]
    named = tuple(Person(f"Nguyễn Văn {chr(0x41 + n)}{n}", "Ông") for n in range(12))
    listed = (replace(first, people=first.people + named),)
    wide = replace(seed_briefing, conferences=listed, comparison=compare(listed))
    html = render_html(wide)
    assert html.count('class="people names"') == 1 and html.count('class="people"') == 1
    lefts = {
        round(box.position_x)
        for page in layout(html).pages
        for box, _ in walk(page._page_box)
        if isinstance(box, boxes.BlockBox) and box.element_tag == "li"
        if "Nguyễn Văn" in "".join(box.element.itertext())
    }
    assert len(lefts) == 3
