"""What a format's reader returns: paragraphs, a title and metadata, before cleaning."""

from __future__ import annotations

from dataclasses import dataclass

from ..models import Metadata


@dataclass(frozen=True, slots=True)
class Extracted:
    """A file's text as its format gives it: one entry per paragraph (may hold line breaks)."""

    paragraphs: tuple[str, ...]
    title: str | None
    meta: Metadata
