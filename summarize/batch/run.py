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
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

from ..errors import (
    WARNING_KINDS,
    DecodingError,
    EmptyInputError,
    ErrorKind,
    InputError,
    OptionsError,
    OutputError,
    SummarizeError,
)
from ..models import DEFAULT_MAX_BYTES, Document, Failure, Options
from ..output import check_writable, make_folder, write_json
from ..text.fetch import is_link
from ..text.files import (
    ARTICLE_SUFFIXES,
    BRIEFING_FILES,
    MANIFESTED,
    RECORD_SUFFIXES,
    REPLACES_INPUT,
    RUN_JOURNAL,
    RUN_MANIFEST,
    RUN_OUTPUTS,
    file_sha256,
    is_hidden,
    is_our_mirror,
    is_our_output,
    read_bytes,
    replaced_inputs,
    unread_reason,
    unstatable,
    walk_folder,
)
from ..text.formats import document_from_bytes, load_link, longest
from ..text.load import document_from_text
from ..text.normalize import json_reason, json_value
from .engines import check_engine, engine_failure_kind, run
from .export import ERRORS, error_rows, output_digests, write_outputs
from .items import BatchItem, FileOutcome, Status
from .journal import Entry, Journal, hold_folder

__all__ = ["BatchItem", "BatchOptions", "BatchRun", "BatchSummary", "Status", "run_batch"]

log = logging.getLogger(__name__)

FORMATS = ("jsonl", "csv", "md", "json")
#: Failures of the program, not of the file (its worker died: the OOM killer, a kill; a bug; an
#: engine that lost it): a rerun tries the file again. The journal kept them, and every rerun
#: reported the good file failed again untried.
PROGRAM_FAILED = frozenset({ErrorKind.CRASHED, ErrorKind.INTERNAL})
JOURNAL = RUN_JOURNAL
OnProgress = Callable[[int, int], None]


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
            raise OptionsError(
                f"must list {', '.join(FORMATS)}, not {', '.join(sorted(unknown))}",
                option="formats",
            )
        check_engine(self.engine)
        if self.jobs is not None and self.jobs < 1:
            raise OptionsError(f"must be a positive number, not {self.jobs}", option="jobs")


READ_SUFFIXES = ARTICLE_SUFFIXES | RECORD_SUFFIXES

# --- finding files ------------------------------------------------------------------------------


def find_batch_files(
    folder: str | os.PathLike[str], pattern: str | None = None
) -> tuple[list[Path], dict[str, Failure]]:
    """Every visible file below `folder`, sorted; hidden entries skipped, links out named. Files
    that are neither articles nor records are listed too: their result names why they are not
    read, so no run is silent about a file it skipped. Second, the folder's notes among them
    (README, SOURCE, LICENSE), each with the warning it is skipped with: `summarize report`
    passes over the same files, so neither command summarizes one as an article."""
    found, unread = walk_folder(folder, READ_SUFFIXES, pattern)
    # a file the listing already refused (a name that is not UTF-8) goes with the notes
    notes = {f.source: f for f in unread if f.kind is not ErrorKind.UNSUPPORTED}
    return sorted([*found, *(Path(f.source) for f in unread)]), notes


def batch_inputs(
    folder: Path, out: Path, pattern: str | None = None, *, mirror: bool = False
) -> tuple[list[str], dict[str, Failure]]:
    """The folder's files (our own outputs left out: `mirror`, this run writes md/) and its
    notes, or the links of a text file, one a line ("#" starts a comment; a file named there is
    read, whatever its name)."""
    if (unnamed := unstatable(folder)) is not None:
        raise InputError(unnamed.source, unnamed.reason)
    if folder.is_file():
        text = read_bytes(folder, DEFAULT_MAX_BYTES).decode("utf-8-sig", errors="replace")
        lines = [line.strip() for line in text.splitlines()]
        links = dict.fromkeys(line for line in lines if line and not line.startswith("#"))
        return list(links), {}
    found, notes = find_batch_files(folder, pattern)
    files = [str(p) for p in found if not _is_output(p, out, folder, mirror=mirror)]
    notes = {name: notes[name] for name in files if name in notes}
    for path in _users_files_in(out, folder, pattern):  # -o DIR/sub: sub is not read
        notes[str(path)] = Failure(str(path), IN_OUTPUT, ErrorKind.OTHER_RUN)
        files.append(str(path))
    return sorted(files), notes


IN_OUTPUT = "skipped: it is in the output folder (-o); move it out or choose another -o"


def _users_files_in(out: Path, root: Path, pattern: str | None) -> list[Path]:
    """The files below OUT, when OUT is a folder inside DIR, that no run wrote. The output
    folder is not read: `batch DIR -o DIR/sub` passed over the user's articles already in sub,
    named nowhere."""
    real_out, real_root = Path(os.path.realpath(out)), Path(os.path.realpath(root))
    if real_out == real_root or not real_out.is_relative_to(real_root) or not out.is_dir():
        return []
    if any(is_hidden(part) for part in real_out.relative_to(real_root).parts):
        return []  # the walk passes over a hidden folder and all in it
    found, unread = walk_folder(out, READ_SUFFIXES)
    listed = [*found, *(Path(f.source) for f in unread if f.kind is not ErrorKind.OTHER_RUN)]
    inside = [p for p in listed if not any(is_hidden(part) for part in p.relative_to(out).parts)]
    return [p for p in inside if not pattern or _below(p, root).match(pattern)]


def _below(path: Path, root: Path) -> Path:
    """`path` relative to `root` (as --glob matches it), through the links the walk took."""
    try:
        return path.relative_to(root)
    except ValueError:
        return Path(os.path.realpath(path)).relative_to(os.path.realpath(root))


# --- the unit of work (runs in worker processes) ------------------------------------------------


def summarize_path(path: str, options: Options) -> FileOutcome:
    """Every article in one file (or link); failures are items too, never exceptions."""
    if is_link(path):
        return _summarize_link(path, options)
    suffix = Path(path).suffix.lower()
    if suffix not in READ_SUFFIXES:
        reason = unread_reason(suffix, READ_SUFFIXES)
        return FileOutcome((_failure(path, reason, ErrorKind.UNSUPPORTED),))
    try:
        data = read_bytes(path, options.max_bytes)  # read once: hashed and summarized alike
    except InputError as error:
        return FileOutcome((_failure(error.path, error.reason, error.kind),))
    digest = hashlib.sha256(data).hexdigest()
    try:
        if Path(path).suffix.lower() in RECORD_SUFFIXES:
            return FileOutcome(tuple(_summarize_records(path, data, options)), digest)
        document = document_from_bytes(data, path)
        return FileOutcome(_results(path, document, options, digest), digest)
    except InputError as error:
        return FileOutcome((_failure(error.path, error.reason, error.kind),), digest)
    except SummarizeError as error:
        return FileOutcome((_failure(path, str(error), ErrorKind.INPUT),), digest)


def _summarize_link(url: str, options: Options) -> FileOutcome:
    """A link of a link list: fetched within fetch.py's bounds, then summarized like a file."""
    try:
        documents = load_link(url, max_bytes=options.max_bytes,
                              allow_private=options.allow_private_links)  # fmt: skip
        document = longest(documents)
        digest = hashlib.sha256(document.text.encode()).hexdigest()
        return FileOutcome(_results(url, document, options, digest), digest)
    except InputError as error:
        return FileOutcome((_failure(error.path, error.reason, error.kind),))
    except SummarizeError as error:
        return FileOutcome((_failure(url, str(error), ErrorKind.INPUT),))


def _summarize_records(path: str, raw: bytes, options: Options) -> list[BatchItem]:
    """A .json (object or list of objects) or .jsonl file of {"title", "text"} records."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise DecodingError(path, f"cannot decode as UTF-8 at byte {error.start}") from error
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
        raise EmptyInputError(path, "empty: no records")
    return results


def _records(line: str) -> list[Any]:
    try:
        value = json_value(line)
    except json.JSONDecodeError as error:  # "[[[[…" too deep to parse included (json_value)
        return [error]
    return value if isinstance(value, list) else [value]


def _record_result(source: str, record: Any, options: Options) -> BatchItem:
    invalid = ErrorKind.INVALID_RECORD
    if isinstance(record, json.JSONDecodeError):
        return _failure(source, json_reason(record), invalid)
    if not isinstance(record, dict) or not isinstance(record.get("text"), str):
        return _failure(source, 'a record needs a "text" string', invalid)
    digest = hashlib.sha256(record["text"].encode("utf-8")).hexdigest()
    try:
        document = document_from_text(record["text"], source=source)
    except InputError as error:
        return _failure(source, error.reason, error.kind)
    title = record.get("title") if isinstance(record.get("title"), str) else None
    document = Document(document.source, document.text, title or document.title, document.meta)
    return _result(source, document, options, digest)


def _results(
    source: str, document: Document, options: Options, digest: str
) -> tuple[BatchItem, ...]:
    """A file's summary, then each part of it not read (an e-mail's broken attachment)."""
    skipped = (BatchItem.skipped(part) for part in document.unread)
    return (_result(source, document, options, digest), *skipped)


def _result(source: str, document: Document, options: Options, digest: str) -> BatchItem:
    # Imported here: a re-run with nothing to do never pays for the ranker's imports (numpy).
    from ..pipeline import summarize_document

    try:
        result = summarize_document(document, options)
    except InputError as error:
        return _failure(source, error.reason, error.kind)
    return BatchItem(
        source=source,
        status=Status.SUMMARIZED,
        title=result.article.title,
        summary=tuple(s.text for s in result.summary),
        sentences_kept=len(result.kept),
        duplicates_dropped=len(result.dropped),
        sha256=digest,
    )


def _listed(note: Failure) -> BatchItem:
    """A folder's note or a link out of it is skipped with a warning; a file the listing refused
    has failed."""
    if note.kind in WARNING_KINDS:
        return BatchItem.skipped(note)
    return _failure(note.source, note.reason, note.kind)


def _failure(source: str, reason: str, kind: ErrorKind) -> BatchItem:
    return BatchItem.failure(source, reason, kind)


def _engine_failure(path: str, reason: str) -> FileOutcome:
    """The engine's report of a file it could not run: a dead worker, or a bug it triggered."""
    return FileOutcome((_failure(path, reason, engine_failure_kind(reason)),))


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
    """Size, modification and change time: a cheap test that a file is unchanged since the last
    run. Any write to a file moves its change time (ctime), which `cp -p`, `rsync -a` or `tar x`
    cannot set back, so a same-size edit under a kept mtime is caught; when only the ctime moved
    (chmod, a rename), `unchanged` compares the content's sha256 instead."""
    info = path.lstat() if path.is_symlink() and not path.exists() else path.stat()
    return f"{info.st_size}:{info.st_mtime_ns}:{info.st_ctime_ns}"


def unchanged(name: str, key: str | None, entry: Entry, max_bytes: int) -> bool:
    """Is the file the journal entry was made from? Same key, or same size and mtime and the
    same bytes (hashed only then: a re-run of unchanged files reads none of them)."""
    if key is None or entry.key is None:
        return False
    if key == entry.key:
        return True
    size_and_mtime = key.split(":")[:2]
    if entry.sha256 is None or entry.key.split(":")[:2] != size_and_mtime:
        return False
    try:
        return hashlib.sha256(read_bytes(name, max_bytes)).hexdigest() == entry.sha256
    except InputError:
        return False


# --- running ------------------------------------------------------------------------------------


class BatchRun:
    """Iterate to get BatchItems as they complete; `.summary` is filled in when done.

    A run holds its output folder (a lock the kernel drops when the process dies): a second run
    into the same folder stops at once with an OutputError instead of mixing its journal lines
    with the first one's.
    """

    def __init__(self, folder: str | os.PathLike[str], out_dir: str | os.PathLike[str],
                 options: Options, batch: BatchOptions,
                 on_progress: OnProgress | None = None) -> None:  # fmt: skip
        self.folder, self.out = Path(folder), Path(out_dir)
        self.options, self.batch = options, batch
        # a folder that cannot be written said "Error: out: Permission denied"; a folder named
        # summaries.jsonl was found at the end, once every article had been summarized
        check_writable([self.out / JOURNAL, self.out / RUN_MANIFEST, *run_outputs(self.out, batch)])
        _adopt_outputs(self.out)
        # `batch DIR -o DIR` replaced a user's own summaries.jsonl (and with --report a saved
        # news page named briefing.html) unread; only what a run wrote there is replaced.
        if replaced := replaced_inputs([self.folder], run_outputs(self.out, batch), None):
            raise OptionsError(f"{replaced[0]}: {REPLACES_INPUT}")
        if "md" in batch.formats and _users_folder(self.out / "md", self.folder):
            raise OptionsError(f"{self.out / 'md'}: {REPLACES_INPUT}")
        self.summary = BatchSummary()
        self.on_progress = on_progress or (lambda done, total: None)

    def __iter__(self) -> Iterator[BatchItem]:
        started = time.perf_counter()
        mirror = "md" in self.batch.formats
        files, notes = batch_inputs(self.folder, self.out, self.batch.glob, mirror=mirror)
        lock = _hold(self.out)
        try:
            journal = _open_journal(self.out, resume=self.batch.resume)
            articles = [f for f in files if f not in notes]
            skipped = {name: [_listed(note)] for name, note in notes.items()}
            yield from self._run(articles, journal)
            listed = (item for items in skipped.values() for item in items)  # as report: last
            yield from self._count(listed, unchanged=False)
            entries = ((f, skipped.get(f) or journal.results(f)) for f in files)
            write_outputs(self.out, entries, self.batch.formats, root=self.folder)
            journal.compact(articles)
        finally:
            os.close(lock)
        if self.batch.report:
            _write_report(articles, self.out, self.options)
        self.summary.seconds = time.perf_counter() - started

    def _run(self, files: list[str], journal: Journal) -> Iterator[BatchItem]:
        """Reuse what the journal holds, summarize the rest, journal each file as it comes."""
        options = fingerprint(self.options)
        todo: dict[str, str | None] = {}  # file -> its key, taken before it is read
        for name in files:
            entry, key = journal.index.get(name), _safe_key(name)
            if (
                entry
                and entry.options == options
                and unchanged(name, key, entry, self.options.max_bytes)
            ):
                kept = journal.results(name)
                if not any(item.kind in PROGRAM_FAILED for item in kept):
                    yield from self._count(kept, unchanged=True)
                    continue
            todo[name] = key
        self.on_progress(0, len(todo))
        finished = run(
            summarize_path, list(todo), self.options, on_error=_engine_failure,
            engine=self.batch.engine, jobs=self.batch.jobs, scheduler=self.batch.scheduler,
            count=len(todo),
        )  # fmt: skip
        try:
            for done, (name, outcome) in enumerate(finished, start=1):
                journal.append(name, todo.pop(name, None), options, outcome)
                yield from self._count(outcome.items, unchanged=False)
                self.on_progress(done, done + len(todo))
        finally:  # an error here (a full disk, a signal) stops the workers now
            getattr(finished, "close", lambda: None)()
        for name, key in todo.items():  # an engine that lost a file must not lose it
            lost = _engine_failure(name, "no result came back from the worker")
            journal.append(name, key, options, lost)
            yield from self._count(lost.items, unchanged=False)

    def _count(self, items: Iterable[BatchItem], *, unchanged: bool) -> Iterator[BatchItem]:
        for item in items:
            if item.status is Status.FAILED:  # a file still bad is reported again, not redone
                self.summary.failed += 1
            elif item.status is Status.SKIPPED:  # named in errors.jsonl; its file is counted
                pass
            elif unchanged:
                self.summary.unchanged += 1
                item = replace(item, status=Status.UNCHANGED)
            else:
                self.summary.summarized += 1
            yield item


def run_outputs(out: Path, batch: BatchOptions) -> list[Path]:
    """The files a run writes into `out` (and the md/ mirror, whose names are the articles')."""
    names = ["errors.jsonl", *(f"summaries.{f}" for f in batch.formats if f != "md")]
    return [out / name for name in names + (sorted(BRIEFING_FILES) if batch.report else [])]


def _hold(out: Path) -> int:
    """Create the output folder and lock it for this run (see BatchRun)."""
    try:
        make_folder(out)
        return hold_folder(out)
    except OSError as error:
        raise OutputError(str(out), error.strerror or str(error)) from error


def _adopt_outputs(out: Path) -> None:
    """Give a folder with a journal but no manifest the manifest its journal vouches for: each
    summaries file that is byte for byte what the journal's results make, an errors.jsonl made of
    error rows. Such a folder was written by a version before the manifest, or its first run was
    stopped before any output: the journal alone vouched, and a summaries.jsonl the user put
    there afterwards (or our summaries.csv edited by hand) was replaced unread by the next run."""
    if not (out / JOURNAL).is_file() or os.path.lexists(out / RUN_MANIFEST):
        return
    lock = _hold(out)
    try:
        journal = _open_journal(out, resume=True)
        try:
            made = output_digests(journal.entries(sorted(journal.index)))
        finally:
            journal.close()
        present = {name: file_sha256(out / name) for name in sorted(MANIFESTED)}
        made[ERRORS] = present[ERRORS] if error_rows(out / ERRORS) else ""
        write_json(out / RUN_MANIFEST, {n: [d] for n, d in present.items() if d and made[n] == d})
    except OSError as error:
        raise OutputError(str(out), error.strerror or str(error)) from error
    finally:
        os.close(lock)


def _open_journal(out: Path, *, resume: bool) -> Journal:
    """The output folder's journal; a folder that cannot be written is an OutputError."""
    try:
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


def _is_output(path: Path, out: Path, root: Path, *, mirror: bool = False) -> bool:
    """Our outputs are never input: all of OUTDIR inside DIR; when OUTDIR is DIR, what a run
    wrote there (a journal beside it, a briefing's stamp) or this one writes (`mirror`: md/).
    By name alone, a first `batch DIR -o DIR` left out a user's saved news page briefing.html
    and folder md/, unread and named nowhere. An OUTDIR that holds DIR (`batch bai -o .`) has
    none of its outputs in DIR: every article was left out as one of them, 0 summarized."""
    path, listed = Path(os.path.abspath(path)), Path(os.path.abspath(root))
    out, root = Path(os.path.realpath(out)), Path(os.path.realpath(root))  # -o a link to DIR
    if path.is_relative_to(listed):  # as listed, through DIR's link: where it really is
        path = root / path.relative_to(listed)
    if not path.is_relative_to(out):
        return False
    if out != root:
        return not root.is_relative_to(out)
    first = path.relative_to(out).parts[0]
    if first not in RUN_OUTPUTS:
        return False
    if first == "md":
        return mirror or is_our_mirror(out / first)
    return is_our_output(out / first)  # this run's own names: BatchRun refused the user's


def _users_folder(mirror: Path, root: Path) -> bool:
    """Is `mirror` (OUT/md) a folder of the user's that the batch reads? The markdown mirror
    would write its files among the user's. A run's md/ holds its mark (the journal beside it
    is no mark: a run without --format md read the user's md/ and journaled it)."""
    if not mirror.is_dir() or mirror.is_symlink() or is_our_mirror(mirror):
        return False
    if not Path(os.path.realpath(mirror)).is_relative_to(os.path.realpath(root)):
        return False
    return any(not is_hidden(p.name) for p in mirror.iterdir())


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
