"""`summarize clusters`: JSON lines of document clusters in, one summary line out per cluster.

Streams: rows are read as the engine takes them and written in input order, so memory stays flat
on any number of clusters. A cluster goes through the same stages as an article (pipeline.py) with
the same Options, on the same engines as a batch (engines.py).
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from typing import IO, Any, TypeVar

from ..errors import (
    EmptyInputError,
    ErrorKind,
    InputError,
    OptionsError,
    OutputError,
    SummarizeError,
)
from ..models import DEFAULT_MAX_SENTENCES, Budget, Failure, Options, Sentence
from ..output import STDOUT, atomic_open, standard_output
from ..pipeline import body_sentences, summarize_sentences
from ..ranking.dedup import deduplicate
from ..ranking.select import Candidates
from ..ranking.weights import Ranker
from ..text.files import open_lines
from ..text.load import document_from_text
from ..text.normalize import json_reason, json_value
from .engines import engine_failure_kind, run

Row = tuple[int, "str | Unread"]  # a row's line number and its text, or why it was not read
# (result, None), (None, why it failed), or (None, None) for a blank line
Outcome = tuple[dict[str, Any] | None, "Unread | None"]
R = TypeVar("R")


class RowError(SummarizeError):
    """A cluster row that is not valid JSON or lacks its documents."""


@dataclass(frozen=True, slots=True)
class Unread:
    """A row not summarized (skipped by the reader, or refused), with the reason its `Error:`
    line gives and the kind of error its failure record keeps."""

    reason: str
    kind: ErrorKind = ErrorKind.INVALID_RECORD


def cluster_sentences(
    documents: Sequence[Mapping[str, Any]], max_sentences: int = DEFAULT_MAX_SENTENCES
) -> tuple[list[Sentence], list[str]]:
    """Every document's body sentences (article id = document id) and the titles."""
    sentences: list[Sentence] = []
    titles: list[str] = []
    for number, doc in enumerate(documents):
        if not isinstance(doc, Mapping) or not isinstance(doc.get("text"), str):
            raise RowError(f"document {number + 1} has no text")
        doc_id = str(doc.get("id", number + 1))
        title = doc.get("title") if isinstance(doc.get("title"), str) else None
        try:
            document = document_from_text(doc["text"], source=doc_id)
            sentences.extend(body_sentences(document, doc_id, max_sentences)[1])
        except EmptyInputError:
            continue  # an empty document adds nothing to its cluster
        if title:
            titles.append(title)
    return sentences, titles


def cluster_candidates(
    documents: Sequence[Mapping[str, Any]], max_sentences: int = DEFAULT_MAX_SENTENCES
) -> Candidates:
    """A cluster as every ranker sees it: its sentences deduplicated, the repeats set aside,
    the titles (bench/train_ranker.py fits on exactly this)."""
    sentences, titles = cluster_sentences(documents, max_sentences)
    if not sentences:
        raise RowError("no text in any document (empty, binary or only markup)")
    outcome = deduplicate(sentences)
    return Candidates(outcome.kept, tuple(titles), outcome.dropped)


def summarize_cluster(
    row: Mapping[str, Any], options: Options | None = None, *, model: Ranker | None = None
) -> dict[str, Any]:
    """One cluster's extractive summary within its budget (the row's own `max_words`, else the
    one given, else a cluster's default: Budget.for_cluster). `model` replaces the learned
    ranker's packaged weights (bench/)."""
    options = options or Options()
    documents = row.get("documents")
    if not isinstance(documents, list) or not documents:
        raise RowError("no 'documents' list")
    length = replace(options, budget=cluster_budget(options.budget, row.get("max_words")))
    found = cluster_candidates(documents, options.max_sentences)
    summary = summarize_sentences(found.sentences, found.titles, length, found.repeats, model)
    return {
        "id": row.get("id"),
        "summary": " ".join(s.text for s in summary),
        "sentences": [{"document": s.article, "index": s.index, "text": s.text} for s in summary],
    }


def cluster_budget(budget: Budget | None, max_words: object) -> Budget:
    """A row's `max_words` is its syllable budget (the given budget's `fill` kept); else the
    one given (Budget.for_cluster)."""
    if max_words is None:
        return Budget.for_cluster(budget)
    if type(max_words) is not int or max_words < 1:
        raise RowError(f"max_words must be a positive whole number, not {max_words!r}"[:200])
    return Budget(sentences=None, syllables=max_words, fill=budget is not None and budget.fill)


def run_clusters_file(
    input: str, output: str | None, options: Options | None = None, *, jobs: int | None = None
) -> list[Failure]:
    """Summarize every row of a JSON lines file ("-" = stdin); bad rows are reported, not fatal.

    Rows run on the local engine over `jobs` processes (default: all cores), a few in flight at a
    time, and are written in input order. A row longer than `max_bytes` characters is skipped
    unread and reported.
    """
    options = options or Options()
    if jobs is not None and jobs < 1:
        raise OptionsError(f"must be a positive number, not {jobs}", option="jobs")
    failures: list[Failure] = []
    with open_lines(input) as handle, _writer(output) as out:
        rows = enumerate(_bounded_lines(handle, options.max_bytes), start=1)
        done = run(summarize_row, rows, options, on_error=_row_failed, jobs=jobs)
        for number, (result, error) in _in_order(done):
            if error:
                failures.append(Failure(f"{input}:{number}", error.reason, error.kind))
            elif result is not None:
                out.write(json.dumps(result, ensure_ascii=False) + "\n")
    return failures


def _in_order(done: Iterator[tuple[Row, R]]) -> Iterator[tuple[int, R]]:
    """Results in row order, whatever order the engine finished them in."""
    waiting: dict[int, R] = {}
    following = 1
    for (number, _), result in done:
        waiting[number] = result
        while following in waiting:
            yield following, waiting.pop(following)
            following += 1


def _row_failed(row: Row, reason: str) -> Outcome:
    return None, Unread(reason, engine_failure_kind(reason))


def _bounded_lines(handle: IO[bytes], limit: int) -> Iterator[str | Unread]:
    """The lines of `handle` decoded, or an Unread for a line over `limit` bytes (never held
    whole) or not UTF-8 (its byte offset in the whole input, where `cmp` or `dd` would look)."""
    offset = 0
    while line := handle.readline(limit + 1):
        start = offset
        offset += len(line)
        if len(line) > limit and not line.endswith(b"\n"):
            while line and not line.endswith(b"\n"):  # skip the rest of the long row
                line = handle.readline(1 << 20)
                offset += len(line)
            too_large = f"too large: a row over {limit:,} bytes (see --max-bytes)"
            yield Unread(too_large, ErrorKind.TOO_LARGE)
            continue
        try:
            yield line.decode("utf-8-sig" if not start else "utf-8")
        except UnicodeDecodeError as error:
            at = f"at byte {start + error.start:,} of the input"
            yield Unread(f"cannot decode as UTF-8 {at}", ErrorKind.ENCODING)


def summarize_row(row: Row, options: Options) -> Outcome:
    """(result, None), (None, reason) for a bad row, or (None, None) for a blank line."""
    _, line = row
    if isinstance(line, Unread):
        return None, line
    if not line.strip():
        return None, None
    try:
        data = json_value(line)
        if not isinstance(data, dict):
            raise RowError("a row must be a JSON object")
        return summarize_cluster(data, options), None
    except (ValueError, SummarizeError) as error:  # "[[[[…" too deep to parse included
        return None, _refused(error)


def _refused(error: Exception) -> Unread:
    """Why a row failed: an input error keeps its own kind; anything else is an invalid row."""
    if isinstance(error, json.JSONDecodeError):
        return Unread(json_reason(error))
    if isinstance(error, InputError):
        return Unread(str(error), error.kind)
    return Unread(str(error))


@contextmanager
def _writer(path: str | None) -> Iterator[IO[str]]:
    """The output: a file written atomically, or standard output, whose failure (a full disk, a
    reader gone) is an OutputError like a file's."""
    if path is not None and path != "-":
        with atomic_open(path, "w") as handle:
            yield handle
        return
    stdout = standard_output()
    try:
        yield stdout
        stdout.flush()
    except OSError as error:
        raise OutputError(STDOUT, error.strerror or str(error)) from error
