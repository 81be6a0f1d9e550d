"""What the page shows: the corrected briefing, its sections with their sentences traced to their
articles, the articles left out and the files that could not be read."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

import jinja2

from ..corrections import apply_corrections, article_keys, sentence_ref
from ..models import ArticleResult, Briefing, Conference, Options, Sentence
from ..render.html import BriefingView, briefing_view, environment
from ..render.reasons import in_vietnamese
from .session import Session


@dataclass(frozen=True, slots=True)
class ArticleItem:
    key: str
    title: str
    name: str  # the file name on the person's computer
    vietnamese: bool = True  # False: the page warns its facts were read by Vietnamese rules


@dataclass(frozen=True, slots=True)
class SentenceItem:
    ref: str
    text: str
    article: ArticleItem


@dataclass(frozen=True, slots=True)
class SectionItem:
    label: str
    conference: Conference
    articles: tuple[ArticleItem, ...]
    sentences: tuple[SentenceItem, ...]


@dataclass(frozen=True, slots=True)
class Problem:
    name: str
    reason: str


@dataclass(frozen=True, slots=True)
class EditorView:
    """Everything `_briefing.html.j2` reads."""

    briefing: Briefing
    sections: tuple[SectionItem, ...]
    excluded: tuple[ArticleItem, ...]
    problems: tuple[Problem, ...]
    printed: BriefingView  # the print templates' own view, for facts and comparison
    can_undo: bool


def corrected(session: Session, options: Options) -> Briefing | None:
    """The session's briefing with its corrections applied (None before any article), each
    article named as on the person's computer: the server's own paths are never shown."""
    if session.base is None:
        return None
    briefing = apply_corrections(session.base, session.corrections, options)
    failures = tuple(replace(f, source=session.shown(f.source)) for f in briefing.failures)
    articles = tuple(_renamed(r, session) for r in briefing.articles)
    return replace(briefing, articles=articles, failures=failures)


def _renamed(result: ArticleResult, session: Session) -> ArticleResult:
    article = replace(result.article, source=session.shown(result.article.source))
    return replace(result, article=article)


def editor_view(session: Session, briefing: Briefing, env: jinja2.Environment) -> EditorView:
    base = session.base or briefing
    keys = article_keys(base.articles)
    items = {r.article.id: _article_item(r, keys, session) for r in base.articles}
    sections = tuple(_section_item(c, items, keys) for c in briefing.conferences)
    excluded = tuple(
        items[r.article.id]
        for r in base.articles
        if keys[r.article.id] in session.corrections.excluded
    )
    return EditorView(
        briefing=briefing,
        sections=sections,
        excluded=excluded,
        problems=problems(session),
        printed=briefing_view(briefing),
        can_undo=bool(session.history),
    )


def problems(session: Session) -> tuple[Problem, ...]:
    """Files refused at upload, then files the pipeline could not read, by their own names."""
    failures = session.base.failures if session.base else ()
    refused = (Problem(name, in_vietnamese(reason)) for name, reason in session.rejected)
    read = (Problem(session.shown(f.source), in_vietnamese(f.reason, f.kind)) for f in failures)
    return (*refused, *read)


def _article_item(result: ArticleResult, keys: Mapping[str, str], session: Session) -> ArticleItem:
    name = session.shown(result.article.source)
    article = result.article
    return ArticleItem(keys[article.id], article.heading, name, article.vietnamese)


def _section_item(
    conference: Conference, items: Mapping[str, ArticleItem], keys: Mapping[str, str]
) -> SectionItem:
    sentences = tuple(
        SentenceItem(sentence_ref(keys[s.article], s), s.text, items[s.article])
        for s in conference.summary
    )
    articles = tuple(items[a] for a in conference.articles)
    return SectionItem(conference.id, conference, articles, sentences)


def summary_refs(briefing: Briefing, label: str) -> tuple[str, ...]:
    """A section's summary as shown, as sentence refs."""
    keys = article_keys(briefing.articles)
    for conference in briefing.conferences:
        if conference.id == label:
            return tuple(sentence_ref(keys[s.article], s) for s in conference.summary)
    return ()


def find_article(briefing: Briefing, key: str) -> ArticleResult | None:
    keys = article_keys(briefing.articles)
    return next((r for r in briefing.articles if keys[r.article.id] == key), None)


def find_section(briefing: Briefing, label: str) -> Conference | None:
    return next((c for c in briefing.conferences if c.id == label), None)


def context(result: ArticleResult, index: int) -> tuple[tuple[tuple[Sentence, bool], ...], ...]:
    """The article's paragraphs around a sentence, each sentence flagged when it is the one."""
    paragraphs: dict[int, list[tuple[Sentence, bool]]] = {}
    for sentence in result.article.sentences:
        paragraphs.setdefault(sentence.paragraph, []).append((sentence, sentence.index == index))
    return tuple(tuple(p) for p in paragraphs.values())


@lru_cache(maxsize=1)
def web_environment() -> jinja2.Environment:
    """The page's templates first, then the briefing's own (its facts and comparison partials)."""
    return environment(str(Path(__file__).parent / "templates"))


def render(template: str, **values: object) -> str:
    return web_environment().get_template(template).render(**values)
