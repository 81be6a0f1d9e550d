"""Typed errors: one base, and input errors that always carry the path and the reason."""

from __future__ import annotations


class SummarizeError(Exception):
    """Base of every error this package raises on purpose."""


class InputError(SummarizeError):
    """An input file could not be used; `path` and `reason` say which and why."""

    kind = "input"

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class EmptyInputError(InputError):
    """The file holds no text (empty, whitespace only, or nothing left after cleaning)."""

    kind = "empty"


class BinaryInputError(InputError):
    """The file is binary data (NUL bytes, a known binary signature)."""

    kind = "binary"


class DecodingError(InputError):
    """The bytes cannot be decoded confidently in any supported encoding."""

    kind = "encoding"


class TooLargeError(InputError):
    """The file is larger than the configured limit."""

    kind = "too-large"


class UnsupportedInputError(InputError):
    """The path is not a supported article file (wrong suffix, not a regular file)."""

    kind = "unsupported"


class NoArticlesError(InputError):
    """A directory or input list holds no article files at all."""

    kind = "no-articles"


class OutputError(SummarizeError):
    """An output file could not be written; nothing partial is left behind."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class OptionsError(SummarizeError, ValueError):
    """Options that contradict each other or are out of range."""
