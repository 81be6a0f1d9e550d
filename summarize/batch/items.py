"""A batch's results, typed: what a worker makes of one file, and each article's outcome.

They cross process boundaries (pickled) and the journal (as JSON records), so the status and the
failure's kind stay enums end to end instead of strings compared by spelling.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from ..errors import ErrorKind
from ..models import Failure


class Status(StrEnum):
    """An article's outcome in a run."""

    SUMMARIZED = "summarized"
    FAILED = "failed"
    UNCHANGED = "unchanged"  # summarized by an earlier run; the journal's result is reused
    SKIPPED = "skipped"  # a part of a read file not read (an e-mail's broken attachment)


@dataclass(frozen=True, slots=True)
class BatchItem:
    """The outcome for one article (a file, or one record of a .jsonl file)."""

    source: str
    status: Status
    title: str | None = None
    summary: tuple[str, ...] = ()
    sentences_kept: int = 0
    duplicates_dropped: int = 0
    sha256: str | None = None
    error: str | None = None
    kind: ErrorKind | None = None  # set for a failure: which kind of error it was

    @classmethod
    def failure(cls, source: str, reason: str, kind: ErrorKind) -> BatchItem:
        return cls(source=source, status=Status.FAILED, error=reason, kind=kind)

    @classmethod
    def skipped(cls, part: Failure) -> BatchItem:
        """A part of a read file not read: errors.jsonl names it, the run does not fail."""
        return cls(source=part.source, status=Status.SKIPPED, error=part.reason, kind=part.kind)

    def as_failure(self) -> Failure:
        """A failed item as the failure record every command reports."""
        return Failure(self.source, self.error or "", self.kind or ErrorKind.INTERNAL)

    def record(self) -> dict[str, Any]:
        """The journal's JSON record (enums as their values)."""
        return {
            "source": self.source, "status": self.status.value, "title": self.title,
            "summary": list(self.summary), "sentences_kept": self.sentences_kept,
            "duplicates_dropped": self.duplicates_dropped, "sha256": self.sha256,
            "error": self.error, "kind": self.kind.value if self.kind else None,
        }  # fmt: skip

    @classmethod
    def from_record(cls, data: dict[str, Any]) -> BatchItem:
        """A journal record back; ValueError/TypeError/KeyError for anything not written by us."""
        kind = data.get("kind")
        return cls(
            source=str(data["source"]), status=Status(data["status"]), title=data.get("title"),
            summary=tuple(str(s) for s in data.get("summary") or ()),
            sentences_kept=int(data.get("sentences_kept") or 0),
            duplicates_dropped=int(data.get("duplicates_dropped") or 0),
            sha256=data.get("sha256"), error=data.get("error"),
            kind=ErrorKind(kind) if kind else None,
        )  # fmt: skip


@dataclass(frozen=True, slots=True)
class FileOutcome:
    """What a worker made of one file: its articles' items and the sha256 of the bytes it read
    (None when it could not read them), which a later run compares to decide "unchanged"."""

    items: tuple[BatchItem, ...]
    sha256: str | None = None
