"""A person's corrections to a briefing, kept as data and applied to a freshly built Briefing.

The web page and `summarize report --corrections FILE` share this one function, so a correction
file saved by the page gives the same briefing from the command line. Corrections name articles
by a hash of their sentences (`article_key`), never by file name or position: the same articles
read again, from another folder or in another order, take the same corrections.

Sections are named by a *label*: `s-<key>` for the section the grouping made around the article
`<key>` (its first article), `n-<key>` for a section split off with `<key>` as its first article.
A corrected briefing's conferences carry their label as `id`.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from .errors import DecodingError, InputError
from .models import ArticleResult, Briefing, Budget, Conference, Dropped, Options, Sentence
from .output import json_text, write_text
from .text.normalize import json_reason, json_value, one_line

FORMAT_VERSION = 1
MAX_TITLE = 300  # characters of a section title typed by a person


@dataclass(frozen=True, slots=True)
class Corrections:
    """What a person changed; empty means the briefing as the pipeline made it.

    `placement` moves an article (by key) to a section (by label); `summaries` is a section's
    summary as the person arranged it (sentence refs `<key>#<index>`, in reading order);
    `removed` sentences never come back when a section is ranked again.
    """

    excluded: frozenset[str] = frozenset()
    placement: Mapping[str, str] = field(default_factory=dict)
    titles: Mapping[str, str] = field(default_factory=dict)
    lengths: Mapping[str, int] = field(default_factory=dict)
    removed: frozenset[str] = frozenset()
    summaries: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    title: str | None = None  # the briefing's own title (cover, PDF metadata, e-mail subject)


def article_key(result: ArticleResult) -> str:
    """12 hex digits of the SHA-256 of the article's sentences: the same text, the same key."""
    text = "\n".join(s.text for s in result.article.sentences)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


def article_keys(articles: Sequence[ArticleResult]) -> dict[str, str]:
    """Article id -> key, unique within the briefing (a second copy of a text gets `-2`)."""
    keys: dict[str, str] = {}
    seen: dict[str, int] = {}
    for result in articles:
        key = article_key(result)
        seen[key] = seen.get(key, 0) + 1
        keys[result.article.id] = key if seen[key] == 1 else f"{key}-{seen[key]}"
    return keys


def sentence_ref(key: str, sentence: Sentence) -> str:
    return f"{key}#{sentence.index}"


@dataclass(frozen=True, slots=True)
class Plan:
    """The sections a corrected briefing will have: label -> member articles, in order."""

    sections: tuple[tuple[str, tuple[ArticleResult, ...]], ...]
    keys: Mapping[str, str]  # article id -> key


def plan_sections(briefing: Briefing, corrections: Corrections) -> Plan:
    """Base sections minus excluded articles, with moved articles in their new sections.

    A section keeps its place in the order; a new one appears where its first article was.
    """
    keys = article_keys(briefing.articles)
    by_id = {r.article.id: r for r in briefing.articles}
    members: dict[str, list[ArticleResult]] = {}
    for conference in briefing.conferences:
        base = base_label(conference, keys)
        members.setdefault(base, [])
        for article_id in conference.articles:
            key = keys[article_id]
            if key in corrections.excluded:
                continue
            members.setdefault(corrections.placement.get(key, base), []).append(by_id[article_id])
    sections = tuple((label, tuple(found)) for label, found in members.items() if found)
    return Plan(sections, keys)


def base_label(conference: Conference, keys: Mapping[str, str]) -> str:
    """The label of a section the grouping made: its first article's key."""
    return f"s-{keys[conference.articles[0]]}" if conference.articles else f"s-{conference.id}"


def apply_corrections(
    briefing: Briefing, corrections: Corrections, options: Options | None = None
) -> Briefing:
    """The briefing with the corrections applied; sections untouched keep their content.

    A section whose articles, length or removed sentences changed is described again (summary,
    facts, people, statistics) by the stage that made it. Unknown keys are ignored, so a
    correction file outlives articles taken out of the input.
    """
    from .briefing.group import describe_conference
    from .briefing.stats import compare

    options = options or Options()
    plan = plan_sections(briefing, corrections)
    base = {base_label(c, plan.keys): c for c in briefing.conferences}
    conferences = []
    for label, members in plan.sections:
        known = base.get(label)
        if known is not None and not _touched(known, label, members, corrections, plan.keys):
            conference = replace(known, id=label)
        else:
            summarize = _section_ranker(label, corrections, options, plan.keys)
            conference = describe_conference(label, members, summarize)
        conferences.append(_titled(conference, corrections.titles.get(label)))
    kept = [r for r in briefing.articles if plan.keys[r.article.id] not in corrections.excluded]
    title = corrections.title or briefing.title
    sections = tuple(conferences)
    return replace(
        briefing,
        title=title,
        articles=tuple(kept),
        conferences=sections,
        comparison=compare(sections),
    )


def _touched(
    conference: Conference,
    label: str,
    members: Sequence[ArticleResult],
    corrections: Corrections,
    keys: Mapping[str, str],
) -> bool:
    if tuple(r.article.id for r in members) != conference.articles:
        return True
    if label in corrections.lengths or label in corrections.summaries:
        return True
    return any(sentence_ref(keys[s.article], s) in corrections.removed for s in conference.summary)


def _titled(conference: Conference, title: str | None) -> Conference:
    return replace(conference, title=title) if title else conference


def _section_ranker(
    label: str, corrections: Corrections, options: Options, keys: Mapping[str, str]
) -> Any:
    """The ranker for one section: the person's own summary when there is one, else the
    pipeline's ranker with the section's length, never offering a removed sentence."""
    from .pipeline import summarize_sentences

    def allowed(sentence: Sentence) -> bool:
        return sentence_ref(keys[sentence.article], sentence) not in corrections.removed

    def summarize(
        sentences: Sequence[Sentence], titles: Sequence[str], repeats: Sequence[Dropped]
    ) -> tuple[Sentence, ...]:
        explicit = corrections.summaries.get(label)
        if explicit is not None:
            return _resolve(explicit, sentences, repeats, keys)
        usable = [s for s in sentences if allowed(s)]
        stand_ins = [d for d in repeats if allowed(d.sentence) and allowed(d.duplicate_of)]
        length = corrections.lengths.get(label)
        return summarize_sentences(usable, titles, with_length(options, length), stand_ins)

    return summarize


def _resolve(
    refs: Sequence[str],
    sentences: Sequence[Sentence],
    repeats: Sequence[Dropped],
    keys: Mapping[str, str],
) -> tuple[Sentence, ...]:
    """The person's summary, keeping only sentences of the section's articles."""
    known = {sentence_ref(keys[s.article], s): s for s in sentences}
    for repeat in repeats:
        known.setdefault(
            sentence_ref(keys[repeat.sentence.article], repeat.sentence), repeat.sentence
        )
    return tuple(known[ref] for ref in refs if ref in known)


def with_length(options: Options, sentences: int | None) -> Options:
    """The options with a section's length in sentences (None: the user's own length)."""
    if sentences is None:
        return options
    return replace(options, budget=Budget(sentences=sentences, syllables=None))


def candidates(
    briefing: Briefing, conference: Conference, options: Options | None = None
) -> tuple[Sentence, ...]:
    """The section's sentences outside its summary, best first by the ranker's own scores."""
    from .ranking.rank import rate

    options = options or Options()
    by_id = {r.article.id: r for r in briefing.articles}
    members = [by_id[a] for a in conference.articles if a in by_id]
    sentences = [s for r in members for s in r.kept]
    titles = [r.article.title for r in members if r.article.title]
    scores = rate(sentences, algorithm=options.algorithm, titles=titles) if sentences else {}
    chosen = set(conference.summary)
    order = sorted(range(len(sentences)), key=lambda i: -scores.get(i, 0.0))
    return tuple(sentences[i] for i in order if sentences[i] not in chosen)


# --- reading and writing the correction file -------------------------------------------------


def corrections_to_dict(corrections: Corrections) -> dict[str, Any]:
    """The JSON form: sorted, so that the same corrections always give the same file."""
    return {
        "version": FORMAT_VERSION,
        "excluded": sorted(corrections.excluded),
        "placement": dict(sorted(corrections.placement.items())),
        "titles": dict(sorted(corrections.titles.items())),
        "lengths": dict(sorted(corrections.lengths.items())),
        "removed": sorted(corrections.removed),
        "summaries": {k: list(v) for k, v in sorted(corrections.summaries.items())},
        "title": corrections.title,
    }


def corrections_from_dict(data: Any, source: str = "<corrections>") -> Corrections:
    """Validate a parsed correction file; anything malformed is an InputError naming it."""
    if not isinstance(data, dict) or data.get("version") != FORMAT_VERSION:
        raise InputError(source, f"not a correction file (version {FORMAT_VERSION} expected)")
    try:
        return Corrections(
            excluded=frozenset(_strings(data.get("excluded", []))),
            placement=_string_map(data.get("placement", {})),
            titles={k: v[:MAX_TITLE] for k, v in _string_map(data.get("titles", {})).items()},
            lengths={k: _length(v) for k, v in _mapping(data.get("lengths", {})).items()},
            removed=frozenset(_strings(data.get("removed", []))),
            summaries={
                k: tuple(_strings(v)) for k, v in _mapping(data.get("summaries", {})).items()
            },
            title=_title(data.get("title")),
        )
    except (TypeError, ValueError) as error:
        raise InputError(source, f"malformed correction file: {error}") from error


def _mapping(value: Any) -> dict[str, Any]:
    if not isinstance(value, dict) or not all(isinstance(k, str) for k in value):
        raise TypeError("expected an object with text keys")
    return value


def _string_map(value: Any) -> dict[str, str]:
    found = _mapping(value)
    if not all(isinstance(v, str) and v.isprintable() for v in found.values()):
        raise TypeError("expected one line of text for each key")
    return dict(found)


def _strings(value: Any) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise TypeError("expected a list of text")
    return value


def _title(value: Any) -> str | None:
    if value is not None and not (isinstance(value, str) and value.isprintable()):
        raise TypeError("the title must be one line of text")
    return value[:MAX_TITLE] if value else None


def _length(value: Any) -> int:
    if type(value) is not int or not 1 <= value <= 100:
        raise ValueError(f"a length must be a whole number from 1 to 100, not {value!r}")
    return value


def read_corrections(path: str | os.PathLike[str]) -> Corrections:
    """A correction file as the web page saves it."""
    try:
        data = json_value(Path(path).read_bytes().decode("utf-8-sig"))
    except OSError as error:
        reason = (error.strerror or str(error)).lower()
        raise InputError(str(path), f"cannot read: {reason}") from error
    except UnicodeDecodeError as error:
        raise DecodingError(str(path), f"cannot decode as UTF-8 at byte {error.start}") from error
    except json.JSONDecodeError as error:
        raise InputError(str(path), json_reason(error)) from error
    return corrections_from_dict(data, str(path))


def write_corrections(path: str | os.PathLike[str], corrections: Corrections) -> None:
    """Written atomically: a crash leaves the previous corrections, never half a file."""
    write_text(path, json_text(corrections_to_dict(corrections)))


# --- edits: each returns new Corrections; `summary` is the section's summary as shown ---------


def remove_sentence(
    corrections: Corrections, label: str, summary: Sequence[str], ref: str
) -> Corrections:
    """Take a sentence out of a section's summary; ranking it again never brings it back."""
    return replace(
        corrections,
        removed=corrections.removed | {ref},
        summaries={**corrections.summaries, label: _without(summary, ref)},
    )


def add_sentence(
    corrections: Corrections, label: str, summary: Sequence[str], ref: str
) -> Corrections:
    """Put one of the section's other sentences at the end of its summary."""
    return replace(
        corrections,
        removed=corrections.removed - {ref},
        summaries={**corrections.summaries, label: (*_without(summary, ref), ref)},
    )


def move_sentence(
    corrections: Corrections, label: str, summary: Sequence[str], ref: str, offset: int
) -> Corrections:
    """Move a summary sentence `offset` places up (negative) or down."""
    order = list(summary)
    if ref not in order:
        return corrections
    at = order.index(ref)
    order.insert(max(0, min(len(order) - 1, at + offset)), order.pop(at))
    return replace(corrections, summaries={**corrections.summaries, label: tuple(order)})


def set_length(corrections: Corrections, label: str, sentences: int) -> Corrections:
    """Rank the section again for `sentences` sentences (the person's order is given up)."""
    return replace(
        corrections,
        lengths={**corrections.lengths, label: _length(sentences)},
        summaries=_dropping(corrections.summaries, label),
    )


def rename_section(corrections: Corrections, label: str, title: str) -> Corrections:
    """A section title of one line; an empty title gives back the one the pipeline found."""
    title = one_line(title)[:MAX_TITLE]
    titles = {k: v for k, v in corrections.titles.items() if k != label}
    return replace(corrections, titles={**titles, label: title} if title else titles)


def rename_briefing(corrections: Corrections, title: str) -> Corrections:
    """The briefing's title; an empty one gives back the title it was built with."""
    return replace(corrections, title=one_line(title)[:MAX_TITLE] or None)


def move_article(corrections: Corrections, key: str, source: str, target: str) -> Corrections:
    """Move an article to another section; both sections are ranked again."""
    summaries = _dropping(_dropping(corrections.summaries, source), target)
    return replace(
        corrections, placement={**corrections.placement, key: target}, summaries=summaries
    )


def split_article(corrections: Corrections, key: str, source: str) -> Corrections:
    """Split a section: the article forms a new section of its own."""
    return move_article(corrections, key, source, f"n-{key}")


def exclude_article(corrections: Corrections, key: str, excluded: bool = True) -> Corrections:
    """Leave an article out of the briefing (or take it back)."""
    chosen = corrections.excluded | {key} if excluded else corrections.excluded - {key}
    return replace(corrections, excluded=chosen)


def _without(items: Iterable[str], drop: str) -> tuple[str, ...]:
    return tuple(item for item in items if item != drop)


def _dropping(summaries: Mapping[str, tuple[str, ...]], label: str) -> dict[str, tuple[str, ...]]:
    return {k: v for k, v in summaries.items() if k != label}
