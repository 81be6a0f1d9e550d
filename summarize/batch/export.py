"""A batch's results as files: summaries.jsonl/.csv/.json, errors.jsonl and a markdown mirror.

Everything is streamed from the journal in file order. summaries.* and errors.jsonl are staged,
so they are replaced together or not at all; each markdown file is written atomically on its own,
as its row goes by.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import IO, Any

from ..output import staged_files, write_text

CSV_FIELDS = ("source", "title", "summary", "sentences_kept", "duplicates_dropped", "sha256")


def write_outputs(
    out: Path,
    entries: Iterable[tuple[str, list[dict[str, Any]]]],
    formats: Sequence[str],
    *,
    root: Path,
) -> None:
    """summaries.* and errors.jsonl streamed from the journal in file order, written as one."""
    with staged_files() as open_staged:
        errors = open_staged(out / "errors.jsonl")
        sinks = {f: open_staged(out / f"summaries.{f}") for f in formats if f != "md"}
        table = _start_csv(sinks["csv"]) if "csv" in sinks else None
        count = 0
        for _, results in entries:
            for result in results:
                if result["status"] == "failed":
                    errors.write(_line({"source": result["source"], "error": result["error"]}))
                    continue
                row = _public(result)
                if "jsonl" in sinks:
                    sinks["jsonl"].write(_line(row))
                if "json" in sinks:
                    sinks["json"].write(("[\n" if not count else ",\n") + _line(row).rstrip())
                if table is not None:
                    table.writerow([*(row[k] for k in CSV_FIELDS[:2]), " ".join(row["summary"]),
                                    *(row[k] for k in CSV_FIELDS[3:])])  # fmt: skip
                if "md" in formats:
                    _write_markdown(out, row, root)
                count += 1
        if "json" in sinks:
            sinks["json"].write("\n]\n" if count else "[]\n")


def _public(result: dict[str, Any]) -> dict[str, Any]:
    return {k: list(result[k]) if k == "summary" else result[k] for k in CSV_FIELDS}


def _line(row: dict[str, Any]) -> str:
    return json.dumps(row, ensure_ascii=False) + "\n"


def _start_csv(handle: IO[str]) -> Any:
    """UTF-8 with BOM so that Excel shows Vietnamese; the summary as one cell of text."""
    import csv

    handle.write("\ufeff")
    writer = csv.writer(handle)
    writer.writerow(CSV_FIELDS)
    return writer


def _write_markdown(out: Path, row: dict[str, Any], root: Path) -> None:
    """A .md per article under out/md/, mirroring the source's place below the batch folder."""
    source = Path(row["source"])
    relative = source.relative_to(root) if source.is_relative_to(root) else Path(source.name)
    target = out / "md" / relative.with_name(_markdown_name(relative.name))
    target.parent.mkdir(parents=True, exist_ok=True)
    lines = [f"# {' '.join((row['title'] or source.name).split())}", ""]  # one heading line
    lines += [f"- {s}" for s in row["summary"]]
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


def _markdown_name(name: str) -> str:
    """`name.md`, or for a name too long to take the suffix, a cut name with a hash of the whole."""
    plain = name.replace(":", "_") + ".md"
    if len(plain.encode()) <= MAX_NAME_BYTES:
        return plain
    digest = hashlib.sha256(name.encode()).hexdigest()[:12]
    cut = plain.encode()[: MAX_NAME_BYTES - 64].decode("utf-8", errors="ignore")
    return f"{cut}-{digest}.md"
