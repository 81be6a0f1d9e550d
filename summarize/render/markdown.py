"""The briefing as markdown (`summarize report -o - --format md`): sections, summaries, sources.

Article text is data, not markup: characters markdown would read as formatting are escaped, so
a sentence cannot open a link or an image in whatever renders the output.
"""

from __future__ import annotations

import re

from ..models import ArticleResult, Briefing, Conference, Failure
from .reasons import in_vietnamese

# What markdown reads as markup anywhere in a line: code, emphasis, links and images (an
# unescaped "[" or "<" opens them; "(" and "!" do nothing without it), strikethrough, an entity.
# Every "(", "-" and "#" escaped filled the text with backslashes ("Ngày 22\-10", "NĐ\-CP",
# "\(mã AAT\)") for whoever reads it as text.
_INLINE = re.compile(r"([\\`*_\[\]<>~])|&(?=#?\w+;)")
# What markdown reads as markup only at the start of a line: a heading, a quote, a list item, a
# rule ("# …", "> …", "- …", "1. …").
_LINE_START = re.compile(r"^(\s*)([#>+=-])|^(\s*\d+)([.)])")


def escape(text: str) -> str:
    """Article text as markdown that shows it, never formats it."""
    text = _INLINE.sub(lambda m: "\\" + m.group(), text)
    return _LINE_START.sub(lambda m: f"{m[1] or m[3]}\\{m[2] or m[4]}", text)


def render_markdown(briefing: Briefing) -> str:
    """A heading per conference with its summary bullets, then every source with its metadata."""
    lines = [f"# {escape(briefing.title)}", ""]
    for conference in briefing.conferences:
        lines += _section(conference)
    lines += ["## Nguồn", ""]
    lines += [_source(n, result) for n, result in enumerate(briefing.articles, start=1)]
    if briefing.failures:
        lines += ["", "## Không đọc được", ""]
        lines += [_failure(f) for f in briefing.failures]
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


def _failure(failure: Failure) -> str:
    """A file not read, with its reason in Vietnamese under the Vietnamese heading (the page and
    the printed briefing say it so; this output said "empty file")."""
    return f"- {_code(failure.source)}: {escape(in_vietnamese(failure.reason, failure.kind))}"


def _code(name: str) -> str:
    """A file's name as code on one line: a backtick would end the code, a new line the item
    (a file named "a\nb.txt" is shown `a\\nb.txt`, as the command line's Error lines show it)."""
    shown = "".join(ch if ch.isprintable() else ascii(ch)[1:-1] for ch in name.replace("`", ""))
    return f"`{shown}`"


def _source(number: int, result: ArticleResult) -> str:
    article, meta = result.article, result.article.meta
    parts = [f"{number}. {escape(article.heading)}"]
    if meta.stated:
        parts.append(f" — {escape(meta.stated)}")
    if meta.link:
        parts.append(f" — <{meta.link.replace('>', '%3E').replace(' ', '%20')}>")
    return "".join(parts) + f" ({_code(article.source)})"
