"""Shared builders: the seeds, and articles made from plain strings."""

from __future__ import annotations

import os
import signal
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from summarize.models import Options
from summarize.pipeline import build_briefing
from summarize.progress import EVERY_VARIABLE

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
BAC_GIANG = SEEDS / "000_1e895c6a7197ecaf.txt"
HAI_DUONG = SEEDS / "001_d1e5b864b3ef2be7.txt"

# Property tests: a bounded count in `make test` ("ci"), a long run in `make fuzz` ("fuzz").
settings.register_profile(
    "ci", max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile(
    "fuzz", max_examples=3000, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

# Ctrl-C as in a terminal: a run started in the background (nohup, a CI shell) is handed SIGINT
# ignored, and the tests that stop a run with it would then see nothing happen.
signal.signal(signal.SIGINT, signal.default_int_handler)


# The command line in a fresh interpreter that sends itself a signal once `stop` files are done:
# a kill or a Ctrl-C at an exact point of the run, however fast or loaded the machine is.
STOPPING = """
import os, signal, sys
from summarize import progress
from summarize.cli import main

stop, name, *argv = sys.argv[1:]
# Ctrl-C as in a terminal, even when the test run was started in the background, where the shell
# hands every child SIGINT ignored (and Python then installs no KeyboardInterrupt for it).
signal.signal(signal.SIGINT, signal.default_int_handler)
shown = progress.Progress.__call__

def stop_after(self, done, total):
    shown(self, done, total)
    if done == int(stop):  # SIGINT goes to the group, as Ctrl-C in a terminal; SIGKILL to us
        (os.killpg if name == "SIGINT" else os.kill)(os.getpid(), getattr(signal, name))

progress.Progress.__call__ = stop_after
raise SystemExit(main(argv))
"""


def stopping(stop: int, signal_name: str, argv: list[str]) -> list[str]:
    """A command line that `signal_name`s itself once `stop` files are journaled."""
    return [sys.executable, "-c", STOPPING, str(stop), signal_name, *argv]


@pytest.fixture(autouse=True)
def no_timed_progress_lines(monkeypatch: pytest.MonkeyPatch) -> None:
    """A batch on the command line prints a progress line every 5 s of wall time: how many a test
    sees would depend on how fast the machine is. None, unless the test sets its own interval
    (subprocesses inherit it)."""
    monkeypatch.setenv(EVERY_VARIABLE, "inf")


@pytest.fixture(scope="session")
def seed_briefing():  # type: ignore[no-untyped-def]
    """The seeds' briefing, built once for every test that only reads it."""
    return build_briefing([SEEDS], Options())


def serving(handler: type[BaseHTTPRequestHandler]) -> Iterator[str]:
    """A real server on 127.0.0.1 for a module's tests: its address, then it is shut."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()
