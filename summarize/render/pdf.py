"""HTML -> PDF with WeasyPrint: bundled Noto fonts, and no file or network access beyond them."""

from __future__ import annotations

import logging
import mimetypes
import os
from datetime import datetime
from importlib.resources import files
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlparse

from weasyprint import CSS, HTML
from weasyprint.document import Document
from weasyprint.text.fonts import FontConfiguration
from weasyprint.urls import URLFetcher, URLFetcherResponse

from .. import __version__

log = logging.getLogger(__name__)


class _NoSubsettingNotice(logging.Filter):
    """Drops WeasyPrint's notice that it subsets fonts with fontTools: the faster HarfBuzz-Subset
    is a system library that no PyPI package provides, and the PDF is the same either way. Every
    other WeasyPrint warning and error passes."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not str(record.msg).startswith("Using fontTools instead of HarfBuzz-Subset")


SUBSETTING_NOTICE = _NoSubsettingNotice()
logging.getLogger("weasyprint").addFilter(SUBSETTING_NOTICE)  # the logger that emits it


def assets_dir() -> Path:
    """The only folder the PDF engine may read: the package's bundled fonts."""
    return Path(str(files("summarize").joinpath("data/fonts"))).resolve()


class BundledOnlyFetcher(URLFetcher):  # type: ignore[misc]
    """Serves bundled font files; refuses every other file, every network URL, every scheme."""

    def __init__(self) -> None:
        super().__init__(allowed_protocols=("file",), allow_redirects=False)
        self.requested: list[str] = []
        self.refused: list[str] = []

    def fetch(self, url: str, headers: Any = None) -> URLFetcherResponse:
        self.requested.append(url)
        path = _bundled_path(url)
        if path is None:
            self.refused.append(url)
            log.warning("refused to fetch %s: only bundled assets are served", url[:200])
            raise ValueError(f"refused: {url[:200]} is not a bundled asset")
        kind = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        return URLFetcherResponse(url, path.read_bytes(), {"Content-Type": kind})


def _bundled_path(url: str) -> Path | None:
    parsed = urlparse(url)
    if parsed.scheme != "file" or parsed.netloc not in ("", "localhost"):
        return None
    path = Path(unquote(parsed.path)).resolve()
    root = assets_dir()
    return path if path.is_relative_to(root) and path.is_file() else None


def font_css() -> str:
    """@font-face rules pointing at the bundled fonts, plus the families the templates use."""
    root = assets_dir()
    faces = [
        ("Briefing Sans", "NotoSans-Regular.ttf", "normal", "normal"),
        ("Briefing Sans", "NotoSans-Bold.ttf", "bold", "normal"),
        ("Briefing Sans", "NotoSans-Italic.ttf", "normal", "italic"),
        ("Briefing Serif", "NotoSerif-Regular.ttf", "normal", "normal"),
        ("Briefing Serif", "NotoSerif-Bold.ttf", "bold", "normal"),
    ]
    rules = [
        f'@font-face {{ font-family: "{family}"; src: url("{(root / name).as_uri()}"); '
        f"font-weight: {weight}; font-style: {style}; }}"
        for family, name, weight, style in faces
    ]
    # Only bundled families: a glyph missing from Noto shows as a box, never a system font.
    rules.append('*, svg text { font-family: "Briefing Sans" !important; }')
    rules.append(
        '@page { font-family: "Briefing Sans"; @top-center { font-family: "Briefing Sans"; } '
        '@bottom-right { font-family: "Briefing Sans"; } }'
    )
    rules.append('h1, h2, .serif { font-family: "Briefing Serif", "Briefing Sans" !important; }')
    return "\n".join(rules)


def bundled_font_configuration() -> FontConfiguration:
    """A fontconfig set-up that holds the bundled fonts only (data/fonts/fonts.conf): without it
    fontconfig falls back to system fonts (DejaVu, Droid Sans Fallback) for glyphs Noto lacks.
    FONTCONFIG_FILE is read when the configuration is made, and restored at once."""
    previous = os.environ.get(FONTCONFIG_FILE)
    os.environ[FONTCONFIG_FILE] = str(assets_dir() / "fonts.conf")
    try:
        return FontConfiguration()
    finally:
        if previous is None:
            del os.environ[FONTCONFIG_FILE]
        else:
            os.environ[FONTCONFIG_FILE] = previous


FONTCONFIG_FILE = "FONTCONFIG_FILE"


def layout(html: str, *, fetcher: BundledOnlyFetcher | None = None) -> Document:
    """The laid-out pages (tests read headings and boxes from them), with the bundled fonts."""
    fetcher = fetcher or BundledOnlyFetcher()
    fonts = bundled_font_configuration()
    return HTML(string=html, base_url=None, url_fetcher=fetcher).render(
        stylesheets=[CSS(string=font_css(), font_config=fonts, url_fetcher=fetcher)],
        font_config=fonts,
    )


def render_pdf(
    html: str, *, title: str | None = None, fetcher: BundledOnlyFetcher | None = None
) -> bytes:
    """Render the briefing HTML; `fetcher` can be passed in to inspect what was requested."""
    document = layout(html, fetcher=fetcher)
    document.metadata.generator = f"summarize {__version__}"
    document.metadata.created = datetime.now().astimezone().isoformat(timespec="seconds")
    if title:
        document.metadata.title = title
    pdf: bytes = document.write_pdf()
    return pdf
