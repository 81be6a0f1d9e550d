"""A batch's progress on the terminal: a tqdm bar on a TTY, a plain line every few seconds when
stderr is a file or a pipe (CI logs, cron mails). Only the command line uses it; the library
reports progress through a `(done, total)` callback and prints nothing."""

from __future__ import annotations

import math
import os
import sys
import time
from collections.abc import Callable, Mapping
from typing import Any, TextIO

from .errors import OptionsError

EVERY = 5.0  # seconds between plain lines: often enough to see it move, rare enough for a log
# Overrides EVERY: "0" prints a line after every file, "inf" none (tests use it: a line that
# appears only when a run is slow would make them depend on how fast the machine is).
EVERY_VARIABLE = "SUMMARIZE_PROGRESS_SECONDS"


def interval(environ: Mapping[str, str] = os.environ) -> float:
    """Seconds between plain lines: EVERY unless $SUMMARIZE_PROGRESS_SECONDS says otherwise."""
    given = environ.get(EVERY_VARIABLE, "").strip()
    if not given:
        return EVERY
    try:
        seconds = float(given)
    except ValueError:
        seconds = math.nan
    if not seconds >= 0:  # also refuses nan
        raise OptionsError(f"{EVERY_VARIABLE} must be a number of seconds (or inf), not {given!r}")
    return seconds


class Progress:
    """Call with (done, total) after each file; `note` prints a line without breaking the bar."""

    def __init__(
        self,
        stream: TextIO | None = None,
        *,
        tty: bool | None = None,
        every: float | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.stream = stream or sys.stderr
        self.tty = self.stream.isatty() if tty is None else tty
        self.every = EVERY if every is None else every
        self.clock = clock
        self.started = self.last = clock()
        self.bar: Any = None

    def __call__(self, done: int, total: int) -> None:
        if self.tty:
            self._bar(done, total)
            return
        now = self.clock()
        if done and now - self.last >= self.every:
            self.last = now
            print(self.line(done, total, now - self.started), file=self.stream, flush=True)

    @staticmethod
    def line(done: int, total: int, seconds: float) -> str:
        """`120/1000 files, 64 files/s, ETA 14 s`."""
        rate = done / seconds if seconds > 0 else 0.0
        eta = f"{(total - done) / rate:.0f} s" if rate else "?"
        return f"{done}/{total} files, {rate:.0f} files/s, ETA {eta}"

    def _bar(self, done: int, total: int) -> None:
        if self.bar is None and total:
            from tqdm import tqdm

            self.bar = tqdm(total=total, unit="file", file=self.stream, dynamic_ncols=True)
        if self.bar is not None:
            self.bar.update(done - self.bar.n)

    def note(self, text: str) -> None:
        if self.bar is not None:
            self.bar.write(text, file=self.stream)
        else:
            print(text, file=self.stream)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
            self.bar = None
