"""Batch progress: the library calls back with (done, total); the CLI shows a bar or plain lines."""

from __future__ import annotations

import io
import math
from pathlib import Path

import pytest

from summarize.batch.run import run_batch
from summarize.cli import main
from summarize.progress import EVERY, EVERY_VARIABLE, Progress, interval

from .conftest import SEEDS


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_plain_lines_come_every_few_seconds_with_rate_and_eta() -> None:
    stream, clock = io.StringIO(), Clock()
    progress = Progress(stream, tty=False, every=5.0, clock=clock)
    progress(0, 100)
    for done in range(1, 11):
        clock.now = done * 1.0  # one file a second
        progress(done, 100)
    assert stream.getvalue().splitlines() == [
        "5/100 files, 1 files/s, ETA 95 s",
        "10/100 files, 1 files/s, ETA 90 s",
    ]


def test_a_terminal_gets_a_bar_and_notes_do_not_break_it() -> None:
    stream = io.StringIO()
    progress = Progress(stream, tty=True)
    progress(0, 2)
    progress(1, 2)
    progress.note("Error: a.txt: empty file")
    progress(2, 2)
    progress.close()
    shown = stream.getvalue()
    assert "2/2" in shown and "file/s" in shown
    assert "Error: a.txt: empty file\n" in shown


def test_the_batch_reports_progress_through_its_callback(tmp_path: Path) -> None:
    calls: list[tuple[int, int]] = []
    items = list(run_batch(SEEDS, tmp_path, jobs=1, on_progress=lambda d, t: calls.append((d, t))))
    assert len(items) == 2
    assert calls == [(0, 2), (1, 2), (2, 2)]
    calls.clear()
    list(run_batch(SEEDS, tmp_path, jobs=1, on_progress=lambda d, t: calls.append((d, t))))
    assert calls == [(0, 0)]  # nothing changed: nothing to do


def test_the_command_line_prints_progress_lines_when_not_a_terminal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv(EVERY_VARIABLE, "0")  # a line after every file
    assert main(["batch", str(SEEDS), "-o", str(tmp_path), "--jobs", "1"]) == 0
    captured = capsys.readouterr()
    lines = captured.err.splitlines()
    assert [line.split(", ")[0] for line in lines] == ["1/2 files", "2/2 files"]
    assert all(" files/s, ETA " in line for line in lines)
    assert captured.out.startswith("2 summarized, 0 failed, 0 unchanged in ")


def test_without_the_variable_a_line_comes_every_5_seconds() -> None:
    assert interval({}) == interval({EVERY_VARIABLE: " "}) == EVERY == 5.0


@pytest.mark.parametrize(("given", "seconds"), [("0", 0.0), ("2.5", 2.5), ("inf", math.inf)])
def test_the_interval_can_be_set_from_the_environment(given: str, seconds: float) -> None:
    assert interval({EVERY_VARIABLE: given}) == seconds


@pytest.mark.parametrize("given", ["-1", "soon", "nan"])
def test_a_bad_interval_is_a_usage_error(
    given: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv(EVERY_VARIABLE, given)
    assert main(["batch", str(SEEDS), "-o", str(tmp_path / "out"), "--jobs", "1"]) == 2
    assert capsys.readouterr().err == (
        f"Error: {EVERY_VARIABLE} must be a number of seconds (or inf), not {given!r}\n"
    )
    assert not (tmp_path / "out").exists()
