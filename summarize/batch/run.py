"""Batch summarizing of a folder: one result per article, parallel, resumable, never stops early.

Every finished article is appended (and flushed) to a journal in the output folder before anything
else happens, so a run killed at any moment loses at most the articles in flight; the final files
are rebuilt from the journal and written atomically.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import Any

from ..errors import InputError, OptionsError, OutputError, SummarizeError
from ..models import Document, Options
from ..text.files import ARTICLE_SUFFIXES, RECORD_SUFFIXES, read_bytes, walk
from ..text.load import document_from_bytes, document_from_text
from .engines import check_engine, run
from .export import write_outputs
from .journal import Journal

log = logging.getLogger(__name__)

FORMATS = ("jsonl", "csv", "md", "json")
JOURNAL = ".summarize-journal.jsonl"
OnProgress = Callable[[int, int], None]


@dataclass(frozen=True, slots=True)
class BatchItem:
    """The outcome for one article (a file, or one record of a .jsonl file)."""

    source: str
    status: str  # "summarized", "failed" or "unchanged"
    title: str | None = None
    summary: tuple[str, ...] = ()
    sentences_kept: int = 0
    duplicates_dropped: int = 0
    sha256: str | None = None
    error: str | None = None


@dataclass(slots=True)
class BatchSummary:
    """Counts for the final line: `N summarized, M failed, K unchanged in T s`."""

    summarized: int = 0
    failed: int = 0
    unchanged: int = 0
    seconds: float = 0.0

    def line(self) -> str:
        return (
            f"{self.summarized} summarized, {self.failed} failed, "
            f"{self.unchanged} unchanged in {self.seconds:.1f} s"
        )


@dataclass(frozen=True, slots=True, kw_only=True)
class BatchOptions:
    """How a batch runs, validated once."""

    jobs: int | None = None
    formats: tuple[str, ...] = ("jsonl", "csv")
    glob: str | None = None
    resume: bool = True
    engine: str = "local"
    scheduler: str | None = None
    report: bool = False

    def __post_init__(self) -> None:
        unknown = set(self.formats) - set(FORMATS)
        if unknown:
            raise OptionsError(f"unknown format {', '.join(sorted(unknown))}; use {FORMATS}")
        check_engine(self.engine)
        if self.jobs is not None and self.jobs < 1:
            raise OptionsError(f"jobs must be a positive number, not {self.jobs}")


# --- finding files ------------------------------------------------------------------------------


def find_batch_files(folder: str | os.PathLike[str], pattern: str | None = None) -> list[Path]:
    """Article and record files below `folder`, sorted; hidden entries skipped, no links out."""
    return walk(folder, ARTICLE_SUFFIXES | RECORD_SUFFIXES, pattern)


# --- the unit of work (runs in worker processes) ------------------------------------------------


def summarize_path(path: str, options: Options) -> list[dict[str, Any]]:
    """Every article in one file as result dicts; failures are results too, never exceptions."""
    try:
        data = read_bytes(path, options.max_bytes)  # read once: hashed and summarized alike
        if Path(path).suffix.lower() in RECORD_SUFFIXES:
            return _summarize_records(path, data, options)
        document = document_from_bytes(data, path)
        return [_result(path, document, options, hashlib.sha256(data).hexdigest())]
    except InputError as error:
        return [_failure(error.path, error.reason)]
    except SummarizeError as error:
        return [_failure(path, str(error))]


def _summarize_records(path: str, raw: bytes, options: Options) -> list[dict[str, Any]]:
    """A .json (object or list of objects) or .jsonl file of {"title", "text"} records."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InputError(path, f"cannot decode as UTF-8 at byte {error.start}") from error
    if path.lower().endswith(".jsonl"):
        lines = [(n, line) for n, line in enumerate(text.splitlines(), start=1) if line.strip()]
    else:
        lines = [(0, text)]
    results = []
    for number, line in lines:
        for k, record in enumerate(_records(line)):
            source = f"{path}:{number}" if number else (f"{path}:{k + 1}" if k else path)
            results.append(_record_result(source, record, options))
    if not results:
        raise InputError(path, "empty: no records")
    return results


def _records(line: str) -> list[Any]:
    try:
        value = json.loads(line)
    except json.JSONDecodeError as error:
        return [error]
    except RecursionError:  # "[[[[...": deeper than the parser's stack
        return [json.JSONDecodeError("nested too deeply", line, 0)]
    return value if isinstance(value, list) else [value]


def _record_result(source: str, record: Any, options: Options) -> dict[str, Any]:
    if isinstance(record, json.JSONDecodeError):
        return _failure(source, f"not valid JSON ({record.msg} at column {record.colno})")
    if not isinstance(record, dict) or not isinstance(record.get("text"), str):
        return _failure(source, 'a record needs a "text" string')
    digest = hashlib.sha256(record["text"].encode("utf-8")).hexdigest()
    try:
        document = document_from_text(record["text"], source=source)
    except InputError as error:
        return _failure(source, error.reason)
    title = record.get("title") if isinstance(record.get("title"), str) else None
    document = Document(document.source, document.text, title or document.title, document.meta)
    return _result(source, document, options, digest)


def _result(source: str, document: Document, options: Options, digest: str) -> dict[str, Any]:
    # Imported here: a re-run with nothing to do never pays for the ranker's imports (numpy).
    from ..pipeline import summarize_document

    try:
        result = summarize_document(document, options)
    except InputError as error:
        return _failure(source, error.reason)
    item = BatchItem(
        source=source,
        status="summarized",
        title=result.article.title,
        summary=tuple(s.text for s in result.summary),
        sentences_kept=len(result.kept),
        duplicates_dropped=len(result.dropped),
        sha256=digest,
    )
    return asdict(item)


def _failure(source: str, reason: str) -> dict[str, Any]:
    return asdict(BatchItem(source=source, status="failed", error=reason))


# --- the journal and the manifest ---------------------------------------------------------------


def fingerprint(options: Options) -> str:
    """What changes a summary: a new fingerprint makes every file be redone.

    Derived from the fields themselves, so a field added to Options is covered without anyone
    remembering to list it here (at worst, files are redone once when it need not have been).
    """
    from .. import __version__

    hashed = {f.name: getattr(options, f.name) for f in fields(options)}  # all shape a summary
    text = json.dumps([hashed, __version__], sort_keys=True, default=repr)
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def file_key(path: Path) -> str:
    """Size and modification time: a cheap test that a file is unchanged since the last run."""
    info = path.lstat() if path.is_symlink() and not path.exists() else path.stat()
    return f"{info.st_size}:{info.st_mtime_ns}"


# --- running ------------------------------------------------------------------------------------


class BatchRun:
    """Iterate to get BatchItems as they complete; `.summary` is filled in when done."""

    def __init__(self, folder: str | os.PathLike[str], out_dir: str | os.PathLike[str],
                 options: Options, batch: BatchOptions,
                 on_progress: OnProgress | None = None) -> None:  # fmt: skip
        self.folder, self.out = Path(folder), Path(out_dir)
        self.options, self.batch = options, batch
        self.summary = BatchSummary()
        self.on_progress = on_progress or (lambda done, total: None)

    def __iter__(self) -> Iterator[BatchItem]:
        started = time.perf_counter()
        found = find_batch_files(self.folder, self.batch.glob)
        files = [str(p) for p in found if not _is_output(p, self.out, self.folder)]
        journal = _open_journal(self.out, resume=self.batch.resume)
        options = fingerprint(self.options)
        todo = []
        for name in files:
            entry = journal.index.get(name)
            if entry and entry.options == options and entry.key == _safe_key(name):
                yield from self._count(journal.results(name), unchanged=True)
            else:
                todo.append(name)
        self.on_progress(0, len(todo))
        finished = run(
            summarize_path, todo, self.options, on_error=lambda path, why: [_failure(path, why)],
            engine=self.batch.engine, jobs=self.batch.jobs, scheduler=self.batch.scheduler,
            count=len(todo),
        )  # fmt: skip
        delivered = set()
        for name, results in finished:
            journal.append(name, _safe_key(name), options, results)
            delivered.add(name)
            yield from self._count(results, unchanged=False)
            self.on_progress(len(delivered), len(todo))
        for name in todo:  # an engine that lost a file must not lose it from the outputs
            if name not in delivered:
                results = [_failure(name, "no result came back from the worker")]
                journal.append(name, _safe_key(name), options, results)
                yield from self._count(results, unchanged=False)
        write_outputs(self.out, journal.entries(files), self.batch.formats, root=self.folder)
        journal.compact(files)
        if self.batch.report:
            _write_report(files, self.out, self.options)
        self.summary.seconds = time.perf_counter() - started

    def _count(self, results: list[dict[str, Any]], *, unchanged: bool) -> Iterator[BatchItem]:
        for result in results:
            item = BatchItem(**_tupled(result))
            if item.status == "failed":  # a file still bad is reported again, not redone
                self.summary.failed += 1
            elif unchanged:
                self.summary.unchanged += 1
                item = BatchItem(**{**_tupled(result), "status": "unchanged"})
            else:
                self.summary.summarized += 1
            yield item


def _open_journal(out: Path, *, resume: bool) -> Journal:
    """The output folder's journal; a folder that cannot be made or written is an OutputError."""
    try:
        out.mkdir(parents=True, exist_ok=True)
        return Journal(out / JOURNAL, resume=resume)
    except OSError as error:
        raise OutputError(str(out), error.strerror or str(error)) from error


def run_batch(
    folder: str | os.PathLike[str],
    out_dir: str | os.PathLike[str],
    *,
    options: Options | None = None,
    on_progress: OnProgress | None = None,
    **batch: Any,
) -> BatchRun:
    """Summarize every article below `folder` into `out_dir`; iterate the result for the items.

    `on_progress(done, total)` is called once the work is known and after every file summarized
    (files unchanged since the last run are not counted in `total`).
    """
    return BatchRun(folder, out_dir, options or Options(), BatchOptions(**batch), on_progress)


def _tupled(result: dict[str, Any]) -> dict[str, Any]:
    return {**result, "summary": tuple(result.get("summary") or ())}


# "md" is a folder of per-article files: there is no summaries.md to skip.
OUTPUT_NAMES = frozenset(
    {"errors.jsonl", "md", "briefing.html", "briefing.json",
     *(f"summaries.{f}" for f in FORMATS if f != "md")}
)  # fmt: skip


def _is_output(path: Path, out: Path, root: Path) -> bool:
    """Our outputs are never input: all of OUTDIR inside DIR, our own names when OUTDIR is DIR."""
    path, out = Path(os.path.abspath(path)), Path(os.path.abspath(out))
    if not path.is_relative_to(out):
        return False
    return out != Path(os.path.abspath(root)) or path.relative_to(out).parts[0] in OUTPUT_NAMES


def _safe_key(path: str) -> str | None:
    try:
        return file_key(Path(path))
    except OSError:
        return None


def _write_report(files: Sequence[str], out: Path, options: Options) -> None:
    """briefing.html/.pdf/.json of the whole batch (article files; records are skipped)."""
    from ..pipeline import build_briefing
    from ..render.report import write_report

    articles = [f for f in files if Path(f).suffix.lower() in ARTICLE_SUFFIXES]
    briefing = build_briefing(articles, options)
    if briefing.articles:
        write_report(briefing, out)
