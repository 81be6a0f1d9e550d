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

from ..errors import OutputError
from ..output import atomic_open, lock_or_refuse
from .items import BatchItem, FileOutcome


@dataclass(frozen=True, slots=True)
class Entry:
    """Where a file's results are in the journal, and what they were computed from."""

    offset: int
    key: str | None
    options: str
    sha256: str | None = None  # of the file's bytes as the worker read them


def _entry(raw: bytes) -> dict[str, Any] | None:
    """A journal line as written by `append`, or None for anything else."""
    try:
        entry = json.loads(raw)
    except (ValueError, RecursionError):  # a torn or foreign line ("[[[[…" too deep to parse)
        return None
    ok = isinstance(entry, dict) and isinstance(entry.get("file"), str)
    ok = ok and isinstance(entry.get("options"), str) and isinstance(entry.get("results"), list)
    try:
        ok = ok and all(BatchItem.from_record(r) for r in entry["results"])
    except (ValueError, TypeError, KeyError, AttributeError):
        return None
    return entry if ok else None


def _line(file: str, entry: Entry, items: Iterable[BatchItem]) -> bytes:
    line = {"file": file, "key": entry.key, "options": entry.options, "sha256": entry.sha256,
            "results": [item.record() for item in items]}  # fmt: skip
    return json.dumps(line, ensure_ascii=False).encode("utf-8") + b"\n"


class Journal:
    """Append-only JSON lines; the last entry for a file wins; a line cut by a kill is ignored."""

    def __init__(self, path: Path, *, resume: bool) -> None:
        self.path = path
        if path.exists() and not path.is_file():  # a device would be read forever, a FIFO block
            raise OutputError(str(path), "the journal is not a regular file")
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
                    digest = entry.get("sha256")
                    index[entry["file"]] = Entry(
                        offset,
                        entry.get("key"),
                        entry["options"],
                        digest if isinstance(digest, str) else None,
                    )
                self.lines += 1
                offset += len(raw)
        return index

    def append(self, file: str, key: str | None, options: str, outcome: FileOutcome) -> None:
        """Write one file's results; flushed at once so that SIGKILL cannot lose them.

        A write that fails (a full disk) is an OutputError naming the journal: the run stops,
        and every entry written before it is kept for the next run.
        """
        entry = Entry(self._handle.tell(), key, options, outcome.sha256)
        try:
            self._handle.write(_line(file, entry, outcome.items))
            self._handle.flush()
        except OSError as error:
            raise OutputError(str(self.path), error.strerror or str(error)) from error
        self.index[file] = entry
        self.lines += 1

    def _ends_with_newline(self) -> bool:
        with open(self.path, "rb") as handle:
            handle.seek(-1, os.SEEK_END)
            return handle.read(1) == b"\n"

    def results(self, file: str) -> list[BatchItem]:
        """The results stored for a file, read back from disk."""
        if self._reader is None:
            self._handle.flush()
            self._reader = open(self.path, "rb")  # noqa: SIM115
        self._reader.seek(self.index[file].offset)
        entry: dict[str, Any] = json.loads(self._reader.readline())
        return [BatchItem.from_record(r) for r in entry["results"]]

    def entries(self, files: Iterable[str]) -> Iterator[tuple[str, list[BatchItem]]]:
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
        with atomic_open(self.path, "wb") as out:  # the old journal stays whole until replaced
            for file in files:
                out.write(_line(file, self.index[file], self.results(file)))
        self.close()

    def close(self) -> None:
        self._handle.close()
        if self._reader is not None:
            self._reader.close()


def hold_folder(folder: Path) -> int:
    """Lock `folder` for this run (flock on the folder itself, so no lock file is left behind);
    returns the descriptor that holds it. The kernel drops the lock when the process dies, even
    by SIGKILL, so a killed run never leaves the folder locked."""
    fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    return lock_or_refuse(fd, folder, BUSY, "run one batch at a time into it")


BUSY = "another summarize batch is writing into this folder; wait for it or choose another -o"
