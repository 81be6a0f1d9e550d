"""The orchestrator: files in, a Briefing out. Each numbered step is one stage module."""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import WARNING_KINDS, EmptyInputError, InputError, TooLargeError
from .models import (
    DEFAULT_MAX_SENTENCES,
    Article,
    ArticleResult,
    Briefing,
    BriefingOptions,
    Deduplicated,
    Document,
    Dropped,
    Failure,
    Line,
    Options,
    Role,
    Sentence,
)
from .ranking.dedup import deduplicate
from .ranking.rank import select_summary
from .ranking.weights import Ranker
from .text.clean import classify_lines
from .text.fetch import is_link
from .text.files import ARTICLE_SUFFIXES, find_files, without_outputs
from .text.language import is_vietnamese
from .text.load import document_from_text, guess_format
from .text.segment import segment_lines

if TYPE_CHECKING:
    from .briefing.group import Summarize

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]
_TERMINATOR = re.compile(r"[.!?…](?=\s)")
EARLY_REFUSAL_MIN = 20_000  # full stops; splitting that many sentences takes well under a second


def find_articles(
    paths: Iterable[str | os.PathLike[str]], outputs: Iterable[str | os.PathLike[str]] = ()
) -> tuple[list[Path], list[Failure]]:
    """Expand folders into their article files (sorted, hidden ones skipped); report bad paths.
    `outputs`, the files the run will write, are never read (see without_outputs)."""
    return without_outputs(*find_files(paths, ARTICLE_SUFFIXES), outputs)


def prepare_article(
    document: Document, article_id: str, max_sentences: int = DEFAULT_MAX_SENTENCES
) -> Article:
    """Clean and segment one loaded document; an article without body text is an input error."""
    lines, sentences = body_sentences(document, article_id, max_sentences)
    title = document.title or next((ln.text for ln in lines if ln.role is Role.TITLE), None)
    vietnamese = is_vietnamese(document.text)
    return Article(
        article_id, document.source, title, tuple(lines), sentences, document.meta, vietnamese
    )


def body_sentences(
    document: Document, article_id: str, max_sentences: int = DEFAULT_MAX_SENTENCES
) -> tuple[list[Line], tuple[Sentence, ...]]:
    """A document's lines with their roles and its body sentences, refused as prepare_article
    refuses them. Its language is not judged: a cluster reads only the sentences, and judging
    every document's words cost `summarize clusters` a thirteenth of its time."""
    _refuse_far_too_many_sentences(document, max_sentences)
    lines = classify_lines(document)
    sentences = segment_lines(lines, article_id)
    if not sentences:
        raise EmptyInputError(
            document.source, "no article text left after removing titles, captions and boilerplate"
        )
    if len(sentences) > max_sentences:
        raise _too_many_sentences(document.source, f"{len(sentences):,}", max_sentences)
    return lines, sentences


def _refuse_far_too_many_sentences(document: Document, max_sentences: int) -> None:
    """Refuse before splitting when the full stops alone say the limit is far exceeded.

    Splitting 3,000,000 one-word sentences costs ~15 s and ~900 MB only to be refused. A count of
    terminators is a cheap estimate, not a bound: abbreviations ("TP. Hà Nội") count too. So it
    only decides for large texts (EARLY_REFUSAL_MIN stops, where splitting starts to cost), with a
    margin of two; below that the exact count after splitting decides.
    """
    limit = max(2 * max_sentences, EARLY_REFUSAL_MIN)
    if len(document.text) <= 2 * limit:
        return  # a stop needs a space after it: at most one in two characters, under the limit
    rough = sum(1 for _ in _TERMINATOR.finditer(document.text))
    if rough > limit:
        raise _too_many_sentences(document.source, f"about {rough:,}", max_sentences)


def _too_many_sentences(source: str, count: str, limit: int) -> TooLargeError:
    return TooLargeError(
        source, f"too many sentences: {count}, the limit is {limit:,} (see --max-sentences)"
    )


def read_articles(
    files: Sequence[Path | str], options: Options, on_progress: Progress | None = None
) -> tuple[list[Article], list[Failure], list[Failure]]:
    """Load, clean and segment every file (or link); a bad one is recorded and the others go on.

    `on_progress(done, total)` is called after each file (the web page's progress bar); the
    parts of a read file that were not read (an e-mail's broken attachment) come third."""
    articles: list[Article] = []
    failures: list[Failure] = []
    unread: list[Failure] = []
    for done, path in enumerate(files, start=1):
        try:
            documents = _load(path, options)
        except InputError as error:
            failures.append(_skipped(error))
            documents = []
        for document in documents:  # an e-mail may hold several articles
            unread.extend(document.unread)
            try:
                article_id = f"a{len(articles) + 1}"
                articles.append(prepare_article(document, article_id, options.max_sentences))
            except InputError as error:
                failures.append(_skipped(error))
        if on_progress is not None:
            on_progress(done, len(files))
    return articles, failures, unread


def _load(path: Path | str, options: Options) -> list[Document]:
    """A file's articles, or a link's (fetched within fetch.py's bounds)."""
    from .text.formats import load_documents, load_link  # lxml, e-mail: not for clusters

    if isinstance(path, str) and is_link(path):
        allow = options.allow_private_links
        return load_link(path, max_bytes=options.max_bytes, allow_private=allow)
    return load_documents(path, max_bytes=options.max_bytes)


def _skipped(error: InputError) -> Failure:
    log.info("skipping %s: %s", error.path, error.reason)
    return Failure.of(error)


def summarize_articles(
    articles: Sequence[Article], options: Options, model: Ranker | None = None
) -> tuple[ArticleResult, ...]:
    """Deduplicate across all articles, then rank each article's remaining sentences."""
    everything = [s for article in articles for s in article.sentences]
    outcome = deduplicate(everything)
    summaries = {
        article.id: summarize_sentences(kept, [article.title or ""], options, dropped, model)
        for article, (kept, dropped) in zip(articles, _by_article(outcome, articles), strict=True)
    }
    quoted = [s for summary in summaries.values() for s in summary]
    outcome = promote(outcome, quoted, {s: n for n, s in enumerate(everything)})
    return tuple(
        ArticleResult(article, kept, dropped, summaries[article.id])
        for article, (kept, dropped) in zip(articles, _by_article(outcome, articles), strict=True)
    )


def _by_article(
    outcome: Deduplicated, articles: Sequence[Article]
) -> list[tuple[tuple[Sentence, ...], tuple[Dropped, ...]]]:
    """Each article's kept and dropped sentences, in one pass over each."""
    kept: dict[str, list[Sentence]] = {a.id: [] for a in articles}
    dropped: dict[str, list[Dropped]] = {a.id: [] for a in articles}
    for sentence in outcome.kept:
        kept[sentence.article].append(sentence)
    for repeat in outcome.dropped:
        dropped[repeat.sentence.article].append(repeat)
    return [(tuple(kept[a.id]), tuple(dropped[a.id])) for a in articles]


def promote(
    outcome: Deduplicated, quoted: Iterable[Sentence], order: dict[Sentence, int]
) -> Deduplicated:
    """Each repeat a summary quotes trades places with the sentence dedup kept for it.

    The ranker may take a repeat in place of the kept sentence (a shorter variant fits the
    budget better); afterwards the quoted one is kept and its group names it, so a summary is
    made of kept sentences and every duplicate points at a kept one. `order`: input positions.
    """
    chosen = set(quoted)
    swap = {d.duplicate_of: d.sentence for d in outcome.dropped if d.sentence in chosen}
    if not swap:
        return outcome
    dropped = []
    for d in outcome.dropped:
        if d.duplicate_of in swap and swap[d.duplicate_of] == d.sentence:
            dropped.append(Dropped(d.duplicate_of, d.relation, d.sentence))  # the pair's relation
        elif d.duplicate_of in swap:
            dropped.append(Dropped(d.sentence, d.relation, swap[d.duplicate_of]))
        else:
            dropped.append(d)
    kept = sorted((swap.get(s, s) for s in outcome.kept), key=order.__getitem__)
    return Deduplicated(tuple(kept), tuple(sorted(dropped, key=lambda d: order[d.sentence])))


def summarize_sentences(
    sentences: Sequence[Sentence],
    titles: Sequence[str],
    options: Options,
    repeats: Sequence[Dropped] = (),
    model: Ranker | None = None,
    *,
    quote_repeats: bool = True,
    opening: bool = False,
) -> tuple[Sentence, ...]:
    """The ranker with the user's algorithm and budget; the callback sections use too.

    `repeats`: dedup's drops; those that repeat one of `sentences` are evidence for it, and one
    of them may stand in for it when it fits the budget better (if `quote_repeats`). `model`
    replaces the learned ranker's packaged weights (bench/ scores each fold with its own).
    `opening`: a briefing section, which opens with its first sentence (rank.select_summary).
    """
    return select_summary(
        sentences,
        algorithm=options.algorithm,
        budget=options.budget,
        titles=[t for t in titles if t],
        model=model,
        repeats=repeats,
        quote_repeats=quote_repeats,
        opening=opening,
    )


def build_briefing(
    paths: Iterable[str | os.PathLike[str]],
    options: Options | None = None,
    briefing: BriefingOptions | None = None,
    *,
    model: Ranker | None = None,
    on_progress: Progress | None = None,
    outputs: Iterable[str | os.PathLike[str]] = (),
) -> Briefing:
    """Files or folders in, a Briefing with one section per conference out.

    `options` shape each summary, `briefing` the document around them (title, sections);
    `model` replaces the learned ranker's packaged weights; `on_progress(done, total)` follows
    the reading of the files, the longest stage; `outputs` (the caller's) are never read.
    """
    options, briefing = options or Options(), briefing or BriefingOptions()
    read = read_ranked(paths, options, model=model, on_progress=on_progress, outputs=outputs)
    # 4. group articles into conferences, each with its own summary, facts and statistics
    from .briefing.group import build_conferences  # scipy's clustering: only briefings pay for it
    from .briefing.stats import compare

    ranker = _ranker(read.results, options, model)
    conferences = build_conferences(read.results, by=briefing.group_by, summarize=ranker)
    return Briefing(
        title=briefing.title,
        created=datetime.now().astimezone().replace(microsecond=0),
        articles=read.results,
        conferences=conferences,
        comparison=compare(conferences),
        failures=read.failures,
        skipped=read.skipped,
    )


@dataclass(frozen=True, slots=True)
class Ranked:
    """A briefing's articles before they are grouped: each read and ranked, and what was not."""

    results: tuple[ArticleResult, ...]
    failures: tuple[Failure, ...]
    skipped: tuple[Failure, ...]


def read_ranked(
    paths: Iterable[str | os.PathLike[str]],
    options: Options,
    *,
    model: Ranker | None = None,
    on_progress: Progress | None = None,
    outputs: Iterable[str | os.PathLike[str]] = (),
) -> Ranked:
    """Steps 1-3 of build_briefing: what its sections are made of (bench.grouping scores the
    groups of these results, without describing each section)."""
    paths = list(paths)
    # 1. find the article files; links are kept as given, each once (as a file named twice)
    links = list(dict.fromkeys(str(p) for p in paths if is_link(str(p))))
    files, unread = find_articles((p for p in paths if not is_link(str(p))), outputs)
    failures, notes = _notes_apart(unread)
    # 2. load (or fetch), normalise, clean and split each article into sentences
    articles, bad, skipped = read_articles([*files, *links], options, on_progress)
    # 3. drop duplicates within and across articles, rank each article
    results = summarize_articles(articles, options, model)
    return Ranked(results, (*failures, *bad), (*notes, *skipped))


def _notes_apart(unread: Sequence[Failure]) -> tuple[list[Failure], list[Failure]]:
    """The files not read, and apart from them a folder's README or SOURCE and its links out:
    passed over with a warning, never an error of the run."""
    notes = [f for f in unread if f.kind in WARNING_KINDS]
    return [f for f in unread if f.kind not in WARNING_KINDS], notes


def _ranker(results: Sequence[ArticleResult], options: Options, model: Ranker | None) -> Summarize:
    """The conferences' ranker. A section opens with its first article's first sentence when it
    stands alone and fits (select_summary's `opening`). A conference of one article asks for exactly
    that article's ranking (same sentences, same title), and ranking is pure: its summary is
    reused when it opens that way, not redone (it is most of the time a large article takes). A
    conference of several quotes only kept sentences: the articles' kept and dropped lists are
    settled, and briefing.json lists them."""
    ranked: dict[tuple[tuple[Sentence, ...], tuple[str, ...]], tuple[Sentence, ...]] = {
        (r.kept, (r.article.title or "",)): r.summary for r in results
    }

    def summarize(
        sentences: Sequence[Sentence], titles: Sequence[str], repeats: Sequence[Dropped]
    ) -> tuple[Sentence, ...]:
        known = ranked.get((tuple(sentences), tuple(titles)))
        if known is not None and known[:1] == tuple(sentences[:1]):
            return known
        return summarize_sentences(
            sentences, titles, options, repeats, model, quote_repeats=False, opening=True
        )

    return summarize


def summarize_text(
    text: str, *, fmt: str | None = None, options: Options | None = None
) -> ArticleResult:
    """Summarize one pasted article (plain text, markdown or HTML); without `fmt`, text that
    starts like HTML is read as HTML, as the command line reads a paste."""
    fmt = fmt or guess_format(text)
    return summarize_document(document_from_text(text, source="<text>", fmt=fmt), options)


def summarize_file(path: str | os.PathLike[str], options: Options | None = None) -> ArticleResult:
    """One file on its own (the batch's unit of work): load, clean, segment, dedup, rank."""
    from .text.formats import load_document

    options = options or Options()
    return summarize_document(load_document(path, max_bytes=options.max_bytes), options)


def summarize_document(document: Document, options: Options | None = None) -> ArticleResult:
    """Like summarize_file, for a document that is already loaded (e.g. a JSON record)."""
    options = options or Options()
    return summarize_articles([prepare_article(document, "a1", options.max_sentences)], options)[0]
