"""Typed errors: one base, and input errors that always carry the path and the reason."""

from __future__ import annotations

from enum import StrEnum


class ErrorKind(StrEnum):
    """What kind of failure a record reports (errors.jsonl's `kind`): the typed error's kind."""

    INPUT = "input"
    EMPTY = "empty"
    BINARY = "binary"
    ENCODING = "encoding"
    TOO_LARGE = "too-large"
    UNSUPPORTED = "unsupported"
    NO_ARTICLES = "no-articles"
    # A folder's README or SOURCE beside its articles: passed over with a warning, not an error.
    FOLDER_NOTE = "folder-note"
    # A link in a folder that leads out of it: passed over with a warning, never followed (a
    # shared folder's link could reach any file on the machine).
    OUTSIDE_LINK = "outside-link"
    # Word's `~$name.docx` beside a document open in Word (the user's name, 162 bytes): a lock,
    # not an article; refused as a damaged Word file, it failed the run while anyone edited.
    OFFICE_LOCK = "office-lock"
    # A folder another summarize run wrote its output into (it holds that run's journal): its
    # briefing.html, md/ and summaries.jsonl were read as articles by the next run over the tree.
    OTHER_RUN = "other-run"
    INVALID_RECORD = "invalid-record"  # a record or row that is not valid JSON or lacks its text
    CRASHED = "crashed"  # the worker process died while it held the input
    INTERNAL = "internal"  # a bug that one input triggers


#: The kinds a run passes over with a warning: named, never an error of the run.
WARNING_KINDS: frozenset[ErrorKind] = frozenset(
    {ErrorKind.FOLDER_NOTE, ErrorKind.OUTSIDE_LINK, ErrorKind.OFFICE_LOCK, ErrorKind.OTHER_RUN}
)


class SummarizeError(Exception):
    """Base of every error this package raises on purpose."""


class InputError(SummarizeError):
    """An input file could not be used; `path` and `reason` say which and why."""

    kind: ErrorKind = ErrorKind.INPUT

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class EmptyInputError(InputError):
    """The file holds no text (empty, whitespace only, or nothing left after cleaning)."""

    kind = ErrorKind.EMPTY


class BinaryInputError(InputError):
    """The file is binary data (NUL bytes, a known binary signature)."""

    kind = ErrorKind.BINARY


class DecodingError(InputError):
    """The bytes cannot be decoded confidently in any supported encoding."""

    kind = ErrorKind.ENCODING


class TooLargeError(InputError):
    """The file is larger than the configured limit."""

    kind = ErrorKind.TOO_LARGE


class UnsupportedInputError(InputError):
    """The path is not a supported article file (wrong suffix, not a regular file)."""

    kind = ErrorKind.UNSUPPORTED


class NoArticlesError(InputError):
    """A directory or input list holds no article files at all."""

    kind = ErrorKind.NO_ARTICLES


class OutputError(SummarizeError):
    """An output file could not be written; nothing partial is left behind."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class EngineError(SummarizeError):
    """The engine that runs a batch's work could not start (a Dask scheduler whose address is
    malformed or that does not answer); `where` names it."""

    def __init__(self, where: str, reason: str) -> None:
        super().__init__(f"{where}: {reason}")
        self.where = where
        self.reason = reason


class OptionsError(SummarizeError, ValueError):
    """Options that contradict each other or are out of range. `option`, when one option is at
    fault, is its parameter's name (`max_bytes`), which the CLI shows as the flag a user typed
    (`--max-bytes`); the message is then the name and the reason."""

    def __init__(self, reason: str, *, option: str | None = None) -> None:
        super().__init__(f"{option} {reason}" if option else reason)
        self.option = option
        self.reason = reason
