"""The batch journal: one JSON line per finished file, appended and flushed as results arrive.

Only an index (file -> byte offset, size/mtime key, options fingerprint) stays in memory, so a
run over any number of files holds a few dozen bytes per file; results are read back from disk.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from ..output import atomic_open


@dataclass(frozen=True, slots=True)
class Entry:
    """Where a file's results are in the journal, and what they were computed from."""

    offset: int
    key: str | None
    options: str


def _entry(raw: bytes) -> dict[str, Any] | None:
    """A journal line as written by `append`, or None for anything else."""
    try:
        entry = json.loads(raw)
    except ValueError:
        return None
    ok = isinstance(entry, dict) and isinstance(entry.get("file"), str)
    ok = ok and isinstance(entry.get("options"), str) and isinstance(entry.get("results"), list)
    return entry if ok else None


class Journal:
    """Append-only JSON lines; the last entry for a file wins; a line cut by a kill is ignored."""

    def __init__(self, path: Path, *, resume: bool) -> None:
        self.path = path
        self.lines = 0  # entries on disk, superseded ones included
        self.index: dict[str, Entry] = self._scan() if resume and path.exists() else {}
        self._handle: IO[bytes] = open(path, "ab" if resume else "wb")  # noqa: SIM115
        self._reader: IO[bytes] | None = None
        if self._handle.tell() and not self._ends_with_newline():
            self._handle.write(b"\n")  # close a line cut short by a kill

    def _scan(self) -> dict[str, Entry]:
        index: dict[str, Entry] = {}
        offset = 0
        with open(self.path, "rb") as handle:
            for raw in handle:
                entry = _entry(raw)
                if entry is not None:  # else a line cut by a kill, or not ours: redo that file
                    index[entry["file"]] = Entry(offset, entry.get("key"), entry["options"])
                self.lines += 1
                offset += len(raw)
        return index

    def append(self, file: str, key: str | None, options: str, results: list[Any]) -> None:
        """Write one file's results; flushed at once so that SIGKILL cannot lose them."""
        line = json.dumps({"file": file, "key": key, "options": options, "results": results},
                          ensure_ascii=False)  # fmt: skip
        offset = self._handle.tell()
        self._handle.write(line.encode("utf-8") + b"\n")
        self._handle.flush()
        self.index[file] = Entry(offset, key, options)
        self.lines += 1

    def _ends_with_newline(self) -> bool:
        with open(self.path, "rb") as handle:
            handle.seek(-1, os.SEEK_END)
            return handle.read(1) == b"\n"

    def results(self, file: str) -> list[dict[str, Any]]:
        """The results stored for a file, read back from disk."""
        if self._reader is None:
            self._handle.flush()
            self._reader = open(self.path, "rb")  # noqa: SIM115
        self._reader.seek(self.index[file].offset)
        entry: dict[str, Any] = json.loads(self._reader.readline())
        results: list[dict[str, Any]] = entry["results"]
        return results

    def entries(self, files: Iterable[str]) -> Iterator[tuple[str, list[dict[str, Any]]]]:
        for file in files:
            yield file, self.results(file)

    def compact(self, files: Iterable[str]) -> None:
        """Rewrite with one entry per listed file (deleted files drop out), atomically.

        A journal that already holds exactly that is left alone: a re-run with nothing to do
        rewrites (and fsyncs) nothing.
        """
        files = list(files)
        if self.lines == len(self.index) == len(files) and self.index.keys() == set(files):
            self.close()
            return
        with atomic_open(self.path, "w") as out:  # the old journal stays whole until replaced
            for file in files:
                entry = self.index[file]
                line = {"file": file, "key": entry.key, "options": entry.options,
                        "results": self.results(file)}  # fmt: skip
                out.write(json.dumps(line, ensure_ascii=False) + "\n")
        self.close()

    def close(self) -> None:
        self._handle.close()
        if self._reader is not None:
            self._reader.close()
