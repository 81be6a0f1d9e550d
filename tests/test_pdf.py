"""PDF: bundled fonts embedded, text extracts back with diacritics, nothing fetched from outside."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from summarize.pdf import BundledOnlyFetcher, render_pdf
from summarize.render import render_html


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
    for page in pdf.pages:
        for font in page["/Resources"].get_object()["/Font"].values():
            descendant = font.get_object()["/DescendantFonts"][0].get_object()
            assert "/FontFile2" in descendant["/FontDescriptor"].get_object()


def test_text_extracts_back_with_diacritics(pdf: PdfReader) -> None:
    text = " ".join(page.extract_text() for page in pdf.pages)
    for expected in ("Thiếu tướng Nguyễn Văn Kỷ", "13,45%", "Bắc Giang", "Hải Dương", "Trang 1/"):
        assert expected in text


def test_metadata(pdf: PdfReader) -> None:
    assert pdf.metadata.title == "Bản tin thử"
    assert pdf.metadata.creator is None or "summarize" in (pdf.metadata.producer or "") + (
        pdf.metadata.creator or ""
    )
    assert pdf.metadata.creation_date is not None
    assert len(pdf.pages) >= 2


@pytest.mark.parametrize(
    "markup",
    [
        '<img src="file:///etc/passwd">',
        '<link rel="stylesheet" href="http://example.com/x.css">',
        '<div style="background: url(http://example.com/bg.png)">x</div>',
        '<img src="https://example.com/a.png">',
        '<img src="../../etc/hosts">',
        "<style>@import url('file:///etc/shadow');</style>",
    ],
)
def test_the_fetcher_refuses_files_and_network(markup: str) -> None:
    fetcher = BundledOnlyFetcher()
    render_pdf(f"<html><body><p>Xin chào</p>{markup}</body></html>", fetcher=fetcher)
    outside = [u for u in fetcher.requested if "data/fonts" not in u]
    # A relative URL has no base to resolve against: WeasyPrint drops it before any fetch.
    assert outside == fetcher.refused
    assert outside or "../" in markup
    assert all("data/fonts" in u for u in set(fetcher.requested) - set(fetcher.refused))
