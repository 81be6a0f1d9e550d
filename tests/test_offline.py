"""Offline: no entry point opens a network connection or writes caches/models into $HOME."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import SEEDS

# Runs the CLI in a fresh interpreter whose sockets refuse to connect anywhere (forked workers
# inherit it), so a model or font download at run time fails the command instead of passing.
NO_NETWORK = """
import socket, sys
def refuse(*args, **kwargs):
    raise SystemExit(f"network access attempted: {args!r}")
socket.socket.connect = refuse
socket.socket.connect_ex = refuse
socket.create_connection = refuse
from summarize.cli import main
raise SystemExit(main(sys.argv[1:]))
"""


@pytest.mark.slow
@pytest.mark.parametrize(
    "command",
    [
        ["report", str(SEEDS), "-o", "{out}"],
        ["email", str(SEEDS), "-o", "{out}/b.eml", "--attach-pdf"],
        ["batch", str(SEEDS), "-o", "{out}", "--jobs", "2", "--format", "jsonl,md"],
    ],
    ids=["report", "email", "batch"],
)
def test_runs_without_network_and_leaves_home_untouched(command: list[str], tmp_path: Path) -> None:
    home, out = tmp_path / "home", tmp_path / "out"
    home.mkdir()
    argv = [arg.replace("{out}", str(out)) for arg in command]
    env = {**os.environ, "HOME": str(home), "XDG_CACHE_HOME": str(home / ".cache")}
    result = subprocess.run(
        [sys.executable, "-c", NO_NETWORK, *argv], capture_output=True, text=True, env=env
    )
    assert result.returncode == 0, result.stderr
    assert "network access attempted" not in result.stderr
    assert any(out.iterdir())
    assert list(home.iterdir()) == []  # no model, font or cache fetched on first use
