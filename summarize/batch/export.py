"""A batch's results as files: summaries.jsonl/.csv/.json, errors.jsonl and a markdown mirror.

Everything is streamed from the journal in file order. summaries.* and errors.jsonl are staged,
so they are replaced together or not at all, with the manifest that names their sha256 (what
marks them as ours, to be replaced by the next run); each markdown file is written atomically on
its own, as its row goes by.
"""

from __future__ import annotations

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
        hashed = _Hashing.opener(open_staged, out)
        errors = hashed("errors.jsonl")
        sinks = {f: hashed(f"summaries.{f}") for f in formats if f != "md"}
        table = _start_csv(sinks["csv"]) if "csv" in sinks else None
        count = 0
        names = MarkdownNames()
        if "md" in formats:  # the mirror's mark: a later run never reads it as the user's md/
            (out / "md").mkdir(exist_ok=True)
            (out / "md" / MIRROR_MARK).touch()
        for _, items in entries:
            for item in items:
                if item.status in (Status.FAILED, Status.SKIPPED):
                    errors.write(_line(_error_row(item)))
                    continue
                row = _public(item)
                if "jsonl" in sinks:
                    sinks["jsonl"].write(_line(row))
                if "json" in sinks:
                    sinks["json"].write(("[\n" if not count else ",\n") + _line(row).rstrip())
                if table is not None:
                    table.writerow([*(row[k] for k in CSV_FIELDS[:2]), " ".join(row["summary"]),
                                    *(row[k] for k in CSV_FIELDS[3:])])  # fmt: skip
                if "md" in formats:
                    _write_markdown(out, row, root, names)
                count += 1
        if "json" in sinks:
            sinks["json"].write("\n]\n" if count else "[]\n")
        written = {h.name: h.hexdigest() for h in (errors, *sinks.values())}
        manifest.write(json_text(_manifest(written, vouched)))


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

    def __init__(self, name: str, handle: IO[str]) -> None:
        self.name, self.handle, self.digest = name, handle, hashlib.sha256()

    @staticmethod
    def opener(open_staged: Callable[[Path], IO[str]], out: Path) -> Callable[[str], _Hashing]:
        return lambda name: _Hashing(name, open_staged(out / name))

    def write(self, text: str) -> int:
        self.digest.update(text.encode("utf-8"))
        return self.handle.write(text)

    def hexdigest(self) -> str:
        return self.digest.hexdigest()


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
