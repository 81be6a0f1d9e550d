"""Briefing -> plain JSON-ready dicts (briefing.json), one function per object kind."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from .. import __version__
from ..models import (
    ArticleResult,
    Briefing,
    Conference,
    Dropped,
    Failure,
    Line,
    Metadata,
    Person,
)


def briefing_to_dict(briefing: Briefing) -> dict[str, Any]:
    """The whole briefing as briefing.json stores it."""
    return {
        "title": briefing.title,
        "created": briefing.created.isoformat(),
        "generator": f"summarize {__version__}",
        "articles": [article_to_dict(result) for result in briefing.articles],
        "conferences": [conference_to_dict(c) for c in briefing.conferences],
        "failures": [failure_to_dict(f) for f in briefing.failures],
        "skipped": [failure_to_dict(f) for f in briefing.skipped],
    }


def failure_to_dict(failure: Failure) -> dict[str, Any]:
    """A failed input: its name, the reason, and the error's kind (errors.jsonl's spelling)."""
    return {"source": failure.source, "reason": failure.reason, "kind": failure.kind.value}


def article_to_dict(result: ArticleResult) -> dict[str, Any]:
    """An article: kept body sentences, the lines that are not body text (with their role), the
    sentences dropped as repeats (with their relation to the kept one), and its summary."""
    article = result.article
    return {
        "id": article.id,
        "source": article.source,
        "title": article.title,
        "meta": metadata_to_dict(article.meta),
        "sentences": [s.text for s in result.kept],
        "dropped_lines": [line_to_dict(line) for line in article.dropped_lines()],
        "duplicates": [duplicate_to_dict(d) for d in result.dropped],
        "summary": [s.text for s in result.summary],
    }


def metadata_to_dict(meta: Metadata) -> dict[str, Any]:
    """What the source says of itself: its date (ISO) and what that date is ("published",
    "sent", "file_created", "file_modified"), author, site, link; or null."""
    return {
        "published": meta.published.isoformat() if meta.published else None,
        "dated": meta.dated.name.lower() if meta.published else None,
        "author": meta.author,
        "site": meta.site,
        "url": meta.url,
    }


def line_to_dict(line: Line) -> dict[str, Any]:
    """A line kept out of the summary as a caption, byline or boilerplate (its `role`)."""
    return {"text": line.text, "role": line.role.value}


def duplicate_to_dict(dropped: Dropped) -> dict[str, Any]:
    """A sentence dropped as a repeat: `relation` (exact, contained, near-duplicate) to the kept
    sentence `duplicate_of` of article `duplicate_of_article`."""
    return {
        "text": dropped.sentence.text,
        "relation": dropped.relation.value,
        "duplicate_of": dropped.duplicate_of.text,
        "duplicate_of_article": dropped.duplicate_of.article,
    }


def conference_to_dict(conference: Conference) -> dict[str, Any]:
    """A section: its articles, summary, place, date, facts, people and compared statistics."""
    return {
        "id": conference.id,
        "title": conference.title,
        "articles": list(conference.articles),
        "summary": [s.text for s in conference.summary],
        "place": conference.place,
        "date": conference.date.isoformat() if conference.date else None,
        "day": conference.when.label if conference.when else None,  # also without a year
        # null when the text states the day; else what stands in for it ("published", "sent", ...)
        "day_from": conference.when.stand_in.name.lower()
        if conference.when and conference.when.stand_in
        else None,
        # the file date ("file_modified", "file_created") a stated day's year was inferred from
        "year_from": conference.when.year_from.name.lower()
        if conference.when and conference.when.year_from
        else None,
        "facts": [asdict(fact) for fact in conference.facts],
        "people": [person_to_dict(person) for person in conference.people],
        "chairs": list(conference.chairs),
        "organisations": list(conference.organisations),
        # processing counts (sentences before/after dedup, compression): here, not on the page
        "stats": asdict(conference.stats) if conference.stats else None,
    }


def person_to_dict(person: Person) -> dict[str, Any]:
    """A person: `title` is the rank or form of address, `role` the position as the text gives
    it, `organisation` the first body that position names, `voice` "spoke" for a speaker,
    "presided" for a chair the text does not show speaking, and "named" for anyone else the text
    names."""
    return {**asdict(person), "voice": person.voice.value}
