"""The briefing as markdown (`summarize report -o - --format md`): sections, summaries, sources.

Article text is data, not markup: characters markdown would read as formatting are escaped, so
a sentence cannot open a link or an image in whatever renders the output.
"""

from __future__ import annotations

import re

from ..models import ArticleResult, Briefing, Conference
from .reasons import in_vietnamese

_SPECIAL = re.compile(r"([\\`*_{}\[\]()<>#+!|~-])")


def escape(text: str) -> str:
    return _SPECIAL.sub(r"\\\1", text)


def render_markdown(briefing: Briefing) -> str:
    """A heading per conference with its summary bullets, then every source with its metadata."""
    lines = [f"# {escape(briefing.title)}", ""]
    for conference in briefing.conferences:
        lines += _section(conference)
    lines += ["## Nguồn", ""]
    lines += [_source(n, result) for n, result in enumerate(briefing.articles, start=1)]
    if briefing.failures:
        lines += ["", "## Không đọc được", ""]
        lines += [
            f"- `{f.source}`: {escape(in_vietnamese(f.reason, f.kind))}" for f in briefing.failures
        ]
    return "\n".join(lines) + "\n"


def _section(conference: Conference) -> list[str]:
    lines = [
        f"## {escape(conference.title)}",
        "",
        f"Địa điểm: {escape(conference.place_shown)} · Ngày: {conference.day_shown}",
        "",
    ]
    lines += [f"- {escape(s.text)}" for s in conference.summary]
    return [*lines, ""]


def _source(number: int, result: ArticleResult) -> str:
    article, meta = result.article, result.article.meta
    parts = [f"{number}. {escape(article.heading)}"]
    if meta.stated:
        parts.append(f" — {escape(meta.stated)}")
    if meta.link:
        parts.append(f" — <{meta.link.replace('>', '%3E').replace(' ', '%20')}>")
    return "".join(parts) + f" (`{article.source.replace('`', '')}`)"
