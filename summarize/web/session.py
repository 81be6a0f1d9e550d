"""One person's work on the page, kept on disk so that a reload or a restart loses nothing.

A session is a folder `<root>/<id>/`: `inputs/` (the uploaded articles under names the server
chose), `session.json` (the token, the names the files had on the person's computer, the
e-mail fields), `corrections.json` (what `summarize report --corrections` reads) and
`history.json` (earlier corrections, for undo). The id and every file name are made here; nothing
the browser sends is ever used as a path.
"""

from __future__ import annotations

import json
import re
import secrets
import shutil
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..corrections import (
    Corrections,
    corrections_from_dict,
    corrections_to_dict,
    read_corrections,
)
from ..errors import InputError, OutputError
from ..models import Briefing
from ..output import json_text, write_bytes, write_files

SESSION_ID = re.compile(r"[A-Za-z0-9_-]{22}")
SUFFIX = re.compile(r"\.[a-z0-9]{1,10}")
HISTORY_LIMIT = 200  # undo steps kept


@dataclass
class Job:
    """The state of the build that follows an upload (polled by the page's progress bar)."""

    running: bool = False
    done: int = 0
    total: int = 0
    error: str | None = None
    again: bool = False  # files came during the build: build once more


@dataclass
class Session:
    """A session as held in memory; `base` is the briefing the pipeline built from `inputs/`."""

    id: str
    folder: Path
    token: str
    names: dict[str, str] = field(default_factory=dict)  # stored file name -> name shown
    mail: dict[str, str] = field(default_factory=dict)  # "to", "subject"
    rejected: list[tuple[str, str]] = field(default_factory=list)  # (name, reason) at upload
    corrections: Corrections = field(default_factory=Corrections)
    history: list[Corrections] = field(default_factory=list)
    base: Briefing | None = None
    job: Job = field(default_factory=Job)
    lock: threading.RLock = field(default_factory=threading.RLock)

    @property
    def inputs(self) -> Path:
        return self.folder / "inputs"

    def input_files(self) -> list[Path]:
        """The stored articles, in the order they were added (a hidden file is a write's
        temporary, left by a server killed mid-write: never an article)."""
        if not self.inputs.is_dir():
            return []
        return sorted(p for p in self.inputs.iterdir() if p.is_file() and p.name[0] != ".")

    def store(self, name: str, data: bytes) -> Path:
        """Save an upload under a name chosen here (`0007.txt`); `name` is only shown. Written
        atomically: a full disk or a kill leaves no half article for every later build to read
        (an OutputError says why)."""
        self.inputs.mkdir(parents=True, exist_ok=True)
        number = max((int(p.stem) for p in self.input_files() if p.stem.isdigit()), default=0) + 1
        suffix = Path(name).suffix.lower()
        stored = f"{number:05d}{suffix if SUFFIX.fullmatch(suffix) else ''}"
        path = self.inputs / stored
        write_bytes(path, data)
        self.names[stored] = shown_name(name)
        return path

    def shown(self, source: str) -> str:
        """The name a file had on the person's computer, for a path the pipeline reports."""
        return self.names.get(Path(source).name, Path(source).name)

    def correct(self, corrections: Corrections) -> None:
        """Apply new corrections, remembering the previous ones for undo; saved at once."""
        if corrections == self.corrections:
            return
        with self._unchanged_unless_saved():
            self.history = [*self.history, self.corrections][-HISTORY_LIMIT:]
            self.corrections = corrections
            self.save()

    def undo(self) -> bool:
        if not self.history:
            return False
        with self._unchanged_unless_saved():
            self.corrections = self.history[-1]
            self.history = self.history[:-1]
            self.save()
        return True

    def clear(self) -> None:
        """Start again: no articles, no corrections (the articles go once that is saved)."""
        stored = self.input_files()
        with self._unchanged_unless_saved():
            self.names, self.rejected = {}, []
            self.corrections, self.history, self.base = Corrections(), [], None
            self.save()
        for path in stored:
            path.unlink(missing_ok=True)

    @contextmanager
    def _unchanged_unless_saved(self) -> Iterator[None]:
        """A change that cannot be saved (a full disk) is undone in memory too: the page shows
        what a reload or a restart would, and the OutputError says why."""
        before = (dict(self.names), list(self.rejected), self.corrections, self.history, self.base)
        try:
            yield
        except OutputError:
            self.names, self.rejected, self.corrections, self.history, self.base = before
            raise

    def save(self) -> None:
        """The three files written as one: a full disk leaves the three earlier ones, never
        corrections one step ahead of their undo history."""
        state = {"token": self.token, "names": self.names, "mail": self.mail,
                 "rejected": self.rejected}  # fmt: skip
        corrections = corrections_to_dict(self.corrections)
        history = [corrections_to_dict(c) for c in self.history]
        write_files({self.folder / "session.json": json_text(state),
                     self.folder / "corrections.json": json_text(corrections),
                     self.folder / "history.json": json_text(history)})  # fmt: skip


def shown_name(name: str) -> str:
    """A file name for display only: its last path part, printable, at most 200 characters."""
    last = name.replace("\\", "/").rsplit("/", 1)[-1]
    return "".join(ch for ch in last if ch.isprintable())[:200] or "(không tên)"


class Sessions:
    """The sessions under one folder, loaded on first use."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self._open: dict[str, Session] = {}
        self._lock = threading.Lock()

    def create(self) -> Session:
        session = Session(secrets.token_urlsafe(16), Path(), secrets.token_urlsafe(32))
        session.folder = self.root / session.id
        try:
            session.folder.mkdir(parents=True)
            session.save()
        except OSError as error:  # a full disk: the page says so (app.py), no half session left
            shutil.rmtree(session.folder, ignore_errors=True)
            raise OutputError(str(session.folder), error.strerror or str(error)) from error
        except OutputError:
            shutil.rmtree(session.folder, ignore_errors=True)
            raise
        with self._lock:
            self._open[session.id] = session
        return session

    def get(self, session_id: str | None) -> Session | None:
        """The session with this id, or None (an id of any other shape never reaches a path)."""
        if not session_id or not SESSION_ID.fullmatch(session_id):
            return None
        with self._lock:
            if session_id not in self._open:
                loaded = _load(self.root / session_id, session_id)
                if loaded is None:
                    return None
                self._open[session_id] = loaded
            return self._open[session_id]


def _load(folder: Path, session_id: str) -> Session | None:
    try:
        state: Any = json.loads((folder / "session.json").read_text(encoding="utf-8"))
        corrections = read_corrections(folder / "corrections.json")
        history = json.loads((folder / "history.json").read_text(encoding="utf-8"))
        undo = [corrections_from_dict(item) for item in history]
    except (OSError, ValueError, InputError):
        return None
    rejected = [(str(name), str(reason)) for name, reason in state.get("rejected", [])]
    return Session(session_id, folder, str(state["token"]), dict(state.get("names", {})),
                   dict(state.get("mail", {})), rejected, corrections, undo)  # fmt: skip
