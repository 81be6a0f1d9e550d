"""Render a Briefing to briefing.html, briefing.pdf and briefing.json, each written atomically."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from ..models import Briefing
from ..output import json_text, write_files
from .serialize import briefing_to_dict


@dataclass(frozen=True, slots=True)
class ReportFiles:
    """Where a report was written."""

    html: Path
    pdf: Path
    json: Path


def report_files(out_dir: str | os.PathLike[str]) -> ReportFiles:
    """The files a report into `out_dir` writes."""
    out = Path(out_dir)
    return ReportFiles(out / "briefing.html", out / "briefing.pdf", out / "briefing.json")


def write_report(
    briefing: Briefing, out_dir: str | os.PathLike[str], *, templates: str | None = None
) -> ReportFiles:
    """Render everything in memory first, then write the three files atomically, as one.

    `templates`: a folder of the user's own Jinja2 templates (default: the shipped ones).
    """
    from .html import render_html
    from .pdf import render_pdf  # WeasyPrint is heavy: imported only when a PDF is made

    html = render_html(briefing, templates=templates)
    pdf = render_pdf(html)
    data = briefing_to_dict(briefing)
    files = report_files(out_dir)
    write_files({files.html: html, files.pdf: pdf, files.json: json_text(data)})
    return files
