"""`summarize clusters`: JSON lines of document clusters in, one summary line out per cluster.

Streams: one line read, one line written, so memory stays flat on any number of clusters.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from functools import partial
from typing import IO, Any

from .clean import classify_lines
from .dedup import deduplicate
from .errors import InputError, SummarizeError
from .load import document_from_text
from .models import DEFAULT_ALGORITHM, DEFAULT_MAX_BYTES, Failure, Sentence
from .output import atomic_open
from .rank import select_summary
from .segment import segment_lines

#: Budget when neither the row nor the command line gives one: about a human summary's length.
DEFAULT_WORDS = 200
# Rows sent to a worker at a time: enough to amortise the pipe, few enough to stay streaming.
CHUNK = 4


class RowError(SummarizeError):
    """A cluster row that is not valid JSON or lacks its documents."""


def cluster_sentences(documents: Sequence[Mapping[str, Any]]) -> tuple[list[Sentence], list[str]]:
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
        except InputError:
            continue  # an empty document adds nothing to its cluster
        sentences.extend(segment_lines(classify_lines(document), doc_id))
        if title:
            titles.append(title)
    return sentences, titles


def summarize_cluster(
    row: Mapping[str, Any], *, algorithm: str = DEFAULT_ALGORITHM, words: int | None = None
) -> dict[str, Any]:
    """One cluster's extractive summary within its syllable budget (the row's own wins)."""
    documents = row.get("documents")
    if not isinstance(documents, list) or not documents:
        raise RowError("no 'documents' list")
    budget = row.get("max_words")
    if budget is not None and (type(budget) is not int or budget < 1):
        raise RowError(f"max_words must be a positive whole number, not {budget!r}"[:200])
    sentences, titles = cluster_sentences(documents)
    if not sentences:
        raise RowError("no text in any document (empty, binary or only markup)")
    kept = deduplicate(sentences).kept
    summary = select_summary(
        kept, algorithm=algorithm, max_words=budget or words or DEFAULT_WORDS, titles=titles
    )
    return {
        "id": row.get("id"),
        "summary": " ".join(s.text for s in summary),
        "sentences": [{"document": s.article, "index": s.index, "text": s.text} for s in summary],
    }


def run_clusters_file(
    input: str,
    output: str | None,
    *,
    algorithm: str = DEFAULT_ALGORITHM,
    words: int | None = None,
    jobs: int | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> list[Failure]:
    """Summarize every row of a JSON lines file ("-" = stdin); bad rows are reported, not fatal.

    With jobs > 1 rows are summarized by a process pool, in order, a few rows in flight at a time.
    A row longer than `max_bytes` characters is skipped unread and reported.
    """
    failures: list[Failure] = []
    work = partial(_summarize_line, algorithm=algorithm, words=words, max_bytes=max_bytes)
    jobs = jobs or os.cpu_count() or 1
    with _reader(input) as handle, _writer(output) as out, _mapper(jobs) as mapper:
        rows = _bounded_lines(handle, max_bytes)
        for number, (result, error) in enumerate(mapper(work, rows), start=1):
            if error:
                failures.append(Failure(f"{input}:{number}", error))
            elif result is not None:
                out.write(json.dumps(result, ensure_ascii=False) + "\n")
    return failures


def _bounded_lines(handle: IO[str], limit: int) -> Iterator[str | None]:
    """The lines of `handle`, None for each line over `limit` characters (never held whole)."""
    while line := handle.readline(limit + 1):
        if len(line) <= limit or line.endswith("\n"):
            yield line
            continue
        while line and not line.endswith("\n"):  # skip the rest of the long row
            line = handle.readline(1 << 20)
        yield None


def _summarize_line(
    line: str | None, *, algorithm: str, words: int | None, max_bytes: int = DEFAULT_MAX_BYTES
) -> tuple[dict[str, Any] | None, str | None]:
    """(result, None), (None, reason) for a bad row, or (None, None) for a blank line."""
    if line is None:
        return None, f"too large: a row over {max_bytes:,} characters (see --max-bytes)"
    if not line.strip():
        return None, None
    try:
        row = json.loads(line)
        if not isinstance(row, dict):
            raise RowError("a row must be a JSON object")
        return summarize_cluster(row, algorithm=algorithm, words=words), None
    except (ValueError, SummarizeError) as error:
        return None, _reason(error)
    except RecursionError:  # "[[[[...": deeper than the JSON parser's stack
        return None, "not valid JSON (nested too deeply)"


Mapper = Callable[[Callable[[str | None], Any], Iterable[str | None]], Iterator[Any]]


@contextmanager
def _mapper(jobs: int) -> Iterator[Mapper]:
    """Plain map for one job; an ordered, streaming process pool for more."""
    if jobs <= 1:
        yield map
        return
    with multiprocessing.get_context("fork").Pool(jobs) as pool:
        yield lambda fn, items: pool.imap(fn, items, chunksize=CHUNK)


def _reason(error: Exception) -> str:
    if isinstance(error, json.JSONDecodeError):
        return f"not valid JSON ({error.msg} at column {error.colno})"
    return str(error)


@contextmanager
def _reader(path: str) -> Iterator[IO[str]]:
    if path == "-":
        yield sys.stdin
        return
    try:
        handle = open(path, encoding="utf-8-sig", errors="strict")  # noqa: SIM115
    except OSError as error:
        raise InputError(path, f"cannot read: {(error.strerror or str(error)).lower()}") from error
    with handle:
        try:
            yield handle
        except UnicodeDecodeError as error:
            raise InputError(path, f"cannot decode as UTF-8 at byte {error.start}") from error


@contextmanager
def _writer(path: str | None) -> Iterator[IO[str]]:
    if path is None or path == "-":
        yield sys.stdout
        return
    with atomic_open(path, "w") as handle:
        yield handle
