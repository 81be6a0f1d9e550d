"""Jinja2 HTML for the briefing: autoescaped, StrictUndefined, templates packaged or user-given."""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path

import jinja2
from markupsafe import Markup

from .. import __version__
from ..errors import OptionsError
from ..models import (
    ArticleResult,
    Briefing,
    ComparisonRow,
    Conference,
    Metadata,
    Scale,
    cut_at_word,
)
from .charts import Chart, Series, grouped_bar_chart
from .numbers import chart_values, figure, format_number, said, unit
from .reasons import in_vietnamese

TEMPLATE = "briefing.html.j2"
CHART_TEMPLATE = "chart.svg.j2"


@dataclass(frozen=True, slots=True)
class Source:
    """An article as a section lists it, with what it says of itself (site, author, date)."""

    title: str
    path: str
    meta: Metadata
    vietnamese: bool = True


SOURCES_NAMED = 3  # titles a section's contents line and its meta line name
# The source list's printed lines that fit one A4 page below its heading (8-9 pt, 174 mm: about
# 100 characters of a title a line, 120 of a link or a path), with room to spare: a list kept
# whole that did not fit went over and left pages near empty (the 19 saved pages: 18 -> 21).
SOURCE_PAGE_LINES = 44
TITLE_LINE_CHARS = 100
LINK_LINE_CHARS = 120
LISTED_FROM = 3  # sections from which the e-mail and the web page open on their list


@dataclass(frozen=True, slots=True)
class Section:
    """One conference with the articles it was built from."""

    conference: Conference
    sources: tuple[Source, ...]
    label: str  # the column heading: the place when every section has its own, else the title

    @property
    def named(self) -> tuple[Source, ...]:
        """The sources a section's lines name: 45 titles filled a page and a half."""
        return self.sources[:SOURCES_NAMED]

    @property
    def retold(self) -> tuple[Source, ...]:
        """The sources the cover's contents line names: not one whose title the section's own
        title already gives (a section of one article, titled by its headline or "place —
        headline": the grey line under it repeated the line above, 8 of 8 on saved pages)."""
        title = self.conference.title
        return tuple(
            s for s in self.named if s.title != title and not title.endswith(f" — {s.title}")
        )

    @property
    def foreign_note(self) -> str | None:
        """What the section says of its sources not written in Vietnamese: their people, places
        and figures, read by Vietnamese rules, may be wrong or missing."""
        foreign = [s.title for s in self.sources if not s.vietnamese]
        if not foreign:
            return None
        return (
            f"{len(foreign)} bài không viết bằng tiếng Việt ({'; '.join(foreign)}): tóm tắt giữ "
            "nguyên câu của bài, nhưng người, cơ quan, nơi, ngày và số liệu được đọc theo quy "
            "tắc tiếng Việt, có thể sai hoặc thiếu."
        )

    @property
    def unnamed(self) -> int:
        """How many sources `named` leaves to "và N bài khác" (all are in the source list)."""
        return len(self.sources) - len(self.named)


@dataclass(frozen=True, slots=True)
class BriefingView:
    """Everything a briefing template reads."""

    briefing: Briefing
    sections: tuple[Section, ...]
    comparison: tuple[ComparisonRow, ...]
    shared: tuple[ComparisonRow, ...]
    generator: str

    @property
    def listed(self) -> bool:
        """Do the e-mail and the web page open on the sections' list (the printed cover always
        lists them)? From three on: a message of many sections says what it holds before it is
        scrolled through; one of two shows both at once."""
        return len(self.sections) >= LISTED_FROM

    @property
    def sources_fit_a_page(self) -> bool:
        """Is the source list printed whole (on the next page when it would be split)? The
        mixed folder's ten sources went five to page 9 and five, with the generator's line, alone
        on page 10, a quarter full. A longer list runs on over pages, its last entries together."""
        lines = 0
        for result in self.briefing.articles:
            meta, article = result.article.meta, result.article
            lines += -(-len(article.heading) // TITLE_LINE_CHARS) + bool(meta.stated)
            lines += -(-len(meta.link or "") // LINK_LINE_CHARS)
            lines += -(-len(article.source) // LINK_LINE_CHARS)
        return lines <= SOURCE_PAGE_LINES

    @property
    def columns(self) -> tuple[int, ...]:
        """Every section, in order: the columns of the side-by-side comparison."""
        return tuple(range(len(self.sections)))

    @property
    def shared_columns(self) -> tuple[int, ...]:
        """The sections that give a figure in `shared`: the others would be columns of dashes."""
        return tuple(n for n in self.columns if any(r.values[n] is not None for r in self.shared))

    @property
    def charts(self) -> tuple[Chart, ...]:
        """The figure charts' geometry, made only when a template asks: the printed page draws
        them as SVG; the e-mail draws its own table-cell bars and never asks."""
        return figure_charts(self.sections, self.shared)


def packaged_templates() -> Path:
    """The templates shipped inside the package (works from a wheel install too)."""
    return Path(str(files("summarize.templates")))


def environment(templates: str | None = None) -> jinja2.Environment:
    """Autoescaping everywhere (.j2 included) and StrictUndefined; user folder first."""
    loaders: list[jinja2.BaseLoader] = []
    if templates:
        if not os.path.isdir(templates):  # Path.is_dir raised on a name too long
            raise OptionsError(f"template folder not found: {templates}")
        loaders.append(jinja2.FileSystemLoader(templates))
    loaders.append(jinja2.FileSystemLoader(str(packaged_templates())))
    env = jinja2.Environment(
        loader=jinja2.ChoiceLoader(loaders),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["vn_number"] = format_number
    env.filters["figure"] = figure
    env.filters["unit"] = unit
    env.filters["said"] = said
    env.filters["in_vietnamese"] = in_vietnamese
    env.tests["given_in"] = given_in
    env.tests["given_in_any"] = given_in_any
    return env


def given_in(column: int, row: ComparisonRow) -> bool:
    """Whether conference `column` gives a value in `row` (a template test: `select("given_in",
    row)`)."""
    return row.values[column] is not None


def given_in_any(column: int, rows: Sequence[ComparisonRow]) -> bool:
    """Whether conference `column` gives a value in any of `rows` (one table of shared figures)."""
    return any(given_in(column, row) for row in rows)


def briefing_view(briefing: Briefing) -> BriefingView:
    """The plain view model the templates render; a comparison row no section fills (nobody
    presided anywhere) is left out rather than shown as a row of dashes, and so is one that only
    repeats each conference's heading (the place, when every conference is headed by its place
    or by a title that opens on it)."""
    by_id = {r.article.id: r for r in briefing.articles}
    labels = column_labels(briefing.conferences)
    sections = tuple(
        Section(c, tuple(_source(by_id[a]) for a in c.articles if a in by_id), label)
        for c, label in zip(briefing.conferences, labels, strict=True)
    )
    return BriefingView(
        briefing=briefing,
        sections=sections,
        comparison=tuple(
            r
            for r in briefing.comparison.rows
            if any(_says_more(v, label) for v, label in zip(r.values, labels, strict=True))
        ),
        shared=briefing.comparison.shared,
        generator=f"summarize {__version__}",
    )


def _says_more(value: str | None, label: str) -> bool:
    """Does a comparison cell say more than its conference's heading? Not when empty, nor when
    it is the heading or the place the heading opens on ("Hà Nội" under "Hà Nội — Họp báo…":
    the 8-article folder's place column repeated 6 of 8 headings and was "—" for the others)."""
    return value is not None and label != value and not label.startswith(f"{value} — ")


def _source(result: ArticleResult) -> Source:
    article = result.article
    return Source(article.heading, article.source, article.meta, article.vietnamese)


LABEL_CHARS = 36  # a column heading or legend entry; a whole title ran to 90 characters


def column_labels(conferences: Sequence[Conference]) -> list[str]:
    """Short headings for side-by-side columns: a section's place when no other section has it,
    else its title cut at a word (two Hà Nội sections, or none stated); titles cut alike stay
    whole, so that two columns never share a heading."""
    places = Counter(c.place for c in conferences if c.place)
    labels = [
        str(c.place) if c.place and places[c.place] == 1 else cut_at_word(c.title, LABEL_CHARS)
        for c in conferences
    ]
    repeated = Counter(labels)
    return [c.title if repeated[x] > 1 else x for c, x in zip(conferences, labels, strict=True)]


def chart_groups(rows: Sequence[ComparisonRow]) -> list[list[ComparisonRow]]:
    """Shared-figure rows that can be drawn on one scale: same scale, same counted noun."""
    groups: dict[tuple[Scale, str], list[ComparisonRow]] = {}
    for row in rows:
        if row.key is not None:
            groups.setdefault((row.key.scale, row.key.unit), []).append(row)
    return list(groups.values())


def figure_charts(sections: Sequence[Section], rows: Sequence[ComparisonRow]) -> tuple[Chart, ...]:
    """One chart per scale of the figures two or more conferences share (none otherwise);
    each conference keeps its colour in every chart."""
    charts = []
    for group in chart_groups(rows):
        columns = [chart_values(r) for r in group]
        series = [
            Series(s.label, tuple(values[n] for values in columns), n)
            for n, s in enumerate(sections)
            if any(values[n] is not None for values in columns)
        ]
        unit = group[0].key.unit or group[0].key.scale.value if group[0].key else ""
        charts.append(
            grouped_bar_chart(f"Số liệu so sánh ({unit})", [r.label for r in group], series)
        )
    return tuple(charts)


def chart_svg(chart: Chart, env: jinja2.Environment | None = None) -> Markup:
    """A chart as inline SVG, drawn by the autoescaped `chart.svg.j2`."""
    template = (env or environment()).get_template(CHART_TEMPLATE)
    return Markup(template.render(chart=chart))  # autoescaped output: safe as it stands


def render_html(briefing: Briefing, *, templates: str | None = None) -> str:
    """The briefing as one self-contained HTML page."""
    with template_errors():
        env = environment(templates)
        return env.get_template(TEMPLATE).render(view=briefing_view(briefing))


@contextmanager
def template_errors() -> Iterator[None]:
    """A broken user template is an OptionsError naming the template and line, not a traceback."""
    try:
        yield
    except jinja2.TemplateSyntaxError as error:
        where = f"{error.filename or error.name}, line {error.lineno}"
        raise OptionsError(f"template error in {where}: {error.message}") from error
    except jinja2.TemplateError as error:
        raise OptionsError(f"template error: {error.message or error}") from error
