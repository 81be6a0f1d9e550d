"""A batch's results as files: summaries.jsonl/.csv/.json, errors.jsonl and a markdown mirror.

Everything is streamed from the journal in file order. summaries.* and errors.jsonl are staged,
so they are replaced together or not at all, with the manifest that names their sha256 (what
marks them as ours, to be replaced by the next run); each markdown file is written atomically on
its own, as its row goes by.
"""

from __future__ import annotations

import functools
import hashlib
import json
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import IO, Any

from ..output import json_text, staged_files, write_text
from ..render.markdown import escape
from ..text.files import MANIFESTED, MIRROR_MARK, RUN_MANIFEST, file_sha256, is_our_output
from .items import BatchItem, Status

CSV_FIELDS = ("source", "title", "summary", "sentences_kept", "duplicates_dropped", "sha256")


def write_outputs(
    out: Path,
    entries: Iterable[tuple[str, list[BatchItem]]],
    formats: Sequence[str],
    *,
    root: Path,
) -> None:
    """summaries.* and errors.jsonl streamed from the journal in file order, written as one."""
    vouched = _vouched(out)
    with staged_files() as open_staged:
        manifest = open_staged(out / RUN_MANIFEST)  # first in, first renamed: see _manifest
        sinks = {name: _Hashing(name, open_staged(out / name)) for name in _names(formats)}
        mirror = None
        if "md" in formats:  # the mirror's mark: a later run never reads it as the user's md/
            (out / "md").mkdir(exist_ok=True)
            (out / "md" / MIRROR_MARK).touch()
            mirror = functools.partial(_write_markdown, out, root=root, names=MarkdownNames())
        _write_rows(entries, sinks, mirror)
        written = {name: sink.hexdigest() for name, sink in sinks.items()}
        manifest.write(json_text(_manifest(written, vouched)))


def output_digests(entries: Iterable[tuple[str, list[BatchItem]]]) -> dict[str, str]:
    """The sha256 that summaries.jsonl/.csv/.json would have, written from `entries`; nothing is
    written. (errors.jsonl also names the folder's notes, which no journal holds.)"""
    sinks = {name: _Hashing(name, _Discard()) for name in _names(FORMATS)}
    _write_rows(entries, sinks, None)
    return {name: sink.hexdigest() for name, sink in sinks.items() if name != ERRORS}


ERRORS = "errors.jsonl"
FORMATS = ("jsonl", "csv", "json")


def _names(formats: Sequence[str]) -> list[str]:
    return [ERRORS, *(f"summaries.{f}" for f in formats if f != "md")]


def _write_rows(
    entries: Iterable[tuple[str, list[BatchItem]]],
    sinks: dict[str, _Hashing],
    mirror: Callable[[dict[str, Any]], None] | None,
) -> None:
    """Each item as a row of every output in `sinks` (and the markdown `mirror`), in file order."""
    jsonl, json_list = sinks.get("summaries.jsonl"), sinks.get("summaries.json")
    table = _start_csv(sinks["summaries.csv"]) if "summaries.csv" in sinks else None
    count = 0
    for _, items in entries:
        for item in items:
            if item.status in (Status.FAILED, Status.SKIPPED):
                sinks[ERRORS].write(_line(_error_row(item)))
                continue
            row = _public(item)
            if jsonl is not None:
                jsonl.write(_line(row))
            if json_list is not None:
                json_list.write(("[\n" if not count else ",\n") + _line(row).rstrip())
            if table is not None:
                table.writerow([*(row[k] for k in CSV_FIELDS[:2]), " ".join(row["summary"]),
                                *(row[k] for k in CSV_FIELDS[3:])])  # fmt: skip
            if mirror is not None:
                mirror(row)
            count += 1
    if json_list is not None:
        json_list.write("\n]\n" if count else "[]\n")


def error_rows(path: Path) -> bool:
    """Is every line of `path` an errors.jsonl row as a run writes it (source, error, kind)?"""
    try:
        with path.open(encoding="utf-8") as handle:
            return all(_is_error_row(line) for line in handle)
    except (OSError, UnicodeDecodeError):
        return False


def _is_error_row(line: str) -> bool:
    try:
        row = json.loads(line)
    except (ValueError, RecursionError):
        return False
    return isinstance(row, dict) and row.keys() == {"source", "error", "kind"}


def _vouched(out: Path) -> dict[str, str]:
    """The sha256 of each summaries/errors file in `out` that a run wrote, as it is now."""
    paths = (out / name for name in sorted(MANIFESTED))
    return {p.name: file_sha256(p) for p in paths if p.is_file() and is_our_output(p)}


def _manifest(written: dict[str, str], vouched: dict[str, str]) -> dict[str, list[str]]:
    """This run's outputs, and the earlier ones it leaves as they were (`--format csv` after a
    run that wrote summaries.jsonl). The manifest replaces its old self first: a kill between
    the renames leaves some old outputs, which the old sha256 kept beside the new vouches for."""
    names = sorted(written.keys() | vouched.keys())
    return {n: list(dict.fromkeys(d for d in (written.get(n), vouched.get(n)) if d)) for n in names}


class _Hashing:
    """A staged text file that hashes what is written to it (UTF-8, newlines as written)."""

    def __init__(self, name: str, handle: IO[str] | _Discard) -> None:
        self.name, self.handle, self.digest = name, handle, hashlib.sha256()

    def write(self, text: str) -> int:
        self.digest.update(text.encode("utf-8"))
        return self.handle.write(text)

    def hexdigest(self) -> str:
        return self.digest.hexdigest()


class _Discard:
    """A text sink that keeps nothing: only the hash of what is written counts."""

    def write(self, text: str) -> int:
        return len(text)


def _error_row(item: BatchItem) -> dict[str, Any]:
    """errors.jsonl's row: the source, the reason as the `Error:` line gives it, and its kind."""
    kind = item.kind.value if item.kind else None
    return {"source": item.source, "error": item.error, "kind": kind}


def _public(item: BatchItem) -> dict[str, Any]:
    return {k: list(item.summary) if k == "summary" else getattr(item, k) for k in CSV_FIELDS}


def _line(row: dict[str, Any]) -> str:
    return json.dumps(row, ensure_ascii=False) + "\n"


def _start_csv(handle: _Hashing) -> Any:
    """UTF-8 with BOM so that Excel shows Vietnamese; the summary as one cell of text."""
    import csv

    handle.write("\ufeff")
    writer = csv.writer(handle)
    writer.writerow(CSV_FIELDS)
    return writer


class MarkdownNames:
    """Each article's .md path, never one path for two articles: `a:b.txt` and `a_b.txt` would
    both be `a_b.txt.md`, so the second one to come (in file order) gets its own name's hash."""

    def __init__(self) -> None:
        self.taken: set[Path] = set()

    def target(self, out: Path, source: Path, root: Path) -> Path:
        relative = source.relative_to(root) if source.is_relative_to(root) else Path(source.name)
        target = out / "md" / relative.with_name(_markdown_name(relative.name))
        tries = 0
        while target in self.taken:  # the hashed name taken too only by a name made to clash
            tries += 1
            target = target.with_name(_markdown_name(f"{relative.name}\0{tries}", hashed=True))
        self.taken.add(target)
        return target


def _write_markdown(out: Path, row: dict[str, Any], root: Path, names: MarkdownNames) -> None:
    """A .md per article under out/md/, mirroring the source's place below the batch folder."""
    source = Path(row["source"])
    target = names.target(out, source, root)
    target.parent.mkdir(parents=True, exist_ok=True)
    lines = [f"# {escape(' '.join((row['title'] or source.name).split()))}", ""]  # one line
    lines += [f"- {escape(s)}" for s in row["summary"]]  # article text shown, never markup
    text = "\n".join(lines) + "\n"
    if not _holds(target, text):  # a re-run of 100,000 unchanged files rewrites (and syncs) none
        write_text(target, text)


def _holds(path: Path, text: str) -> bool:
    """Does `path` already hold exactly `text`?"""
    try:
        return path.stat().st_size == len(text.encode()) and path.read_text("utf-8") == text
    except (OSError, UnicodeDecodeError):
        return False


# File systems allow 255 bytes a name; ".md" must fit after the longest source name.
MAX_NAME_BYTES = 255


def _markdown_name(name: str, *, hashed: bool = False) -> str:
    """`name.md`, or for a name too long to take the suffix (or `hashed`), a cut name with a hash
    of the whole."""
    plain = name.split("\0")[0].replace(":", "_")
    if len(plain.encode()) + 3 <= MAX_NAME_BYTES and not hashed:
        return plain + ".md"
    digest = hashlib.sha256(name.encode()).hexdigest()[:12]
    cut = plain.encode()[: MAX_NAME_BYTES - 64].decode("utf-8", errors="ignore")
    return f"{cut}-{digest}.md"
