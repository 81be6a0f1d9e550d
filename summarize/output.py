"""Atomic writes: a temporary file in the target folder, fsync, then os.replace."""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from .errors import OutputError


@contextlib.contextmanager
def atomic_open(path: str | os.PathLike[str], mode: str = "w") -> Iterator[IO[Any]]:
    """Yield a temporary file that replaces `path` only if the block completes."""
    target = Path(path)
    binary = "b" in mode
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    except OSError as exc:
        raise OutputError(str(target), exc.strerror or str(exc)) from exc
    try:
        with os.fdopen(
            fd,
            "wb" if binary else "w",
            encoding=None if binary else "utf-8",
            newline=None if binary else "",
        ) as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, target)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if isinstance(exc, OSError):
            raise OutputError(str(target), exc.strerror or str(exc)) from exc
        raise


def write_text(path: str | os.PathLike[str], text: str) -> None:
    """Write UTF-8 text atomically."""
    with atomic_open(path, "w") as handle:
        handle.write(text)


def write_bytes(path: str | os.PathLike[str], data: bytes) -> None:
    """Write bytes atomically."""
    with atomic_open(path, "wb") as handle:
        handle.write(data)


def write_json(path: str | os.PathLike[str], data: Any) -> None:
    """Write pretty, UTF-8 (not \\u-escaped) JSON atomically."""
    write_text(path, json.dumps(data, ensure_ascii=False, indent=2) + "\n")
