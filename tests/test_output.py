"""Atomic writes: the target is either the old file or the complete new one, never a fragment."""

from __future__ import annotations

import json
import logging
import os
import signal
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from summarize.batch.journal import hold_folder
from summarize.errors import OutputError
from summarize.output import atomic_open, write_bytes, write_files, write_json, write_text


def test_write_text_creates_folders_and_keeps_vietnamese(tmp_path: Path) -> None:
    target = tmp_path / "a" / "b" / "out.txt"
    write_text(target, "Hội nghị tập huấn\n")
    assert target.read_text(encoding="utf-8") == "Hội nghị tập huấn\n"


def test_write_json_is_readable_utf8(tmp_path: Path) -> None:
    target = tmp_path / "x.json"
    write_json(target, {"title": "Bắc Giang"})
    raw = target.read_text(encoding="utf-8")
    assert "Bắc Giang" in raw  # not \\u-escaped
    assert json.loads(raw) == {"title": "Bắc Giang"}


def test_failure_inside_block_keeps_old_file_and_leaves_no_temp(tmp_path: Path) -> None:
    target = tmp_path / "out.txt"
    target.write_text("old", encoding="utf-8")
    with pytest.raises(RuntimeError), atomic_open(target) as handle:
        handle.write("half of the new")
        raise RuntimeError("interrupted")
    assert target.read_text(encoding="utf-8") == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.txt"]


def test_failing_replace_is_an_output_error_and_cleans_up(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full_disk(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", full_disk)
    with pytest.raises(OutputError) as caught:
        write_bytes(tmp_path / "b.pdf", b"%PDF")
    assert caught.value.path.endswith("b.pdf")
    assert "No space left" in caught.value.reason
    assert list(tmp_path.iterdir()) == []


def test_unwritable_folder_is_an_output_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    with pytest.raises(OutputError) as caught:
        write_text(blocker / "out.txt", "x")
    assert str(blocker) in caught.value.path


# --- files written as one: never a mix --------------------------------------------------------

TRIO = ("briefing.html", "briefing.pdf", "briefing.json")


def _trio(folder: Path, run: str) -> dict[Path, str]:
    return {folder / name: f"{run} {name}" for name in TRIO}


def _runs_in(folder: Path) -> set[str]:
    """Which runs' files the folder holds (one run: one element)."""
    return {(folder / name).read_text(encoding="utf-8").split()[0] for name in TRIO}


def test_ctrl_c_while_the_files_replace_their_targets_leaves_one_runs_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_files(_trio(tmp_path, "old"))
    real_replace = os.replace

    def interrupted(src: str, dst: str) -> None:  # Ctrl-C right after the first file is in place
        real_replace(src, dst)
        monkeypatch.setattr(os, "replace", real_replace)
        signal.raise_signal(signal.SIGINT)

    monkeypatch.setattr(os, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_files(_trio(tmp_path, "new"))
    assert _runs_in(tmp_path) == {"new"}  # it came after all three were in place
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(TRIO)


def test_two_runs_writing_one_folder_at_once_leave_one_runs_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_files(_trio(tmp_path, "old"))
    real_replace = os.replace
    second = threading.Thread(target=write_files, args=(_trio(tmp_path, "second"),))

    def meanwhile(src: str, dst: str) -> None:  # the second run writes between our renames
        real_replace(src, dst)
        if not second.is_alive() and second.ident is None:
            second.start()
            second.join(timeout=1)  # without the wait it is done in milliseconds

    monkeypatch.setattr(os, "replace", meanwhile)
    write_files(_trio(tmp_path, "first"))
    second.join()
    assert _runs_in(tmp_path) == {"second"}  # it waited for the first run's files, then wrote
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(TRIO)


class _Said(logging.Handler):
    """Sets `said` when the waiting message is logged (the test goes on from there, not from a
    sleep)."""

    def __init__(self) -> None:
        super().__init__()
        self.said = threading.Event()
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())
        self.said.set()


@pytest.fixture
def said() -> Iterator[_Said]:
    handler = _Said()
    logging.getLogger("summarize.output").addHandler(handler)
    yield handler
    logging.getLogger("summarize.output").removeHandler(handler)


def test_a_run_that_waits_for_a_batchs_folder_says_so_then_writes(
    tmp_path: Path, said: _Said
) -> None:
    # `summarize report -o OUT` into a folder a running batch holds waited for the whole batch
    # without a word.
    held = hold_folder(tmp_path)  # as `summarize batch` holds its -o folder for its whole run
    report = threading.Thread(target=write_files, args=(_trio(tmp_path, "report"),))
    report.start()
    assert said.said.wait(timeout=60)  # a bound for a failure only: said before it blocks
    assert report.is_alive()  # still waiting: nothing written while the batch runs
    assert not any((tmp_path / name).exists() for name in TRIO)
    os.close(held)  # the batch ends
    report.join()
    assert said.messages == [
        f"{tmp_path}: another summarize run is writing into this folder; waiting until it ends "
        "(Ctrl-C stops)"
    ]
    assert _runs_in(tmp_path) == {"report"}


def test_ctrl_c_stops_a_run_that_waits_for_another_runs_folder(tmp_path: Path, said: _Said) -> None:
    # The signals were held while the run waited for the folder: Ctrl-C did nothing until the
    # batch that held it ended, and then the files were written all the same.
    held = hold_folder(tmp_path)
    main = threading.main_thread().ident
    assert main is not None

    def ctrl_c_then_the_batch_ends() -> None:
        said.said.wait(timeout=60)  # a bound for a failure only
        signal.pthread_kill(main, signal.SIGINT)
        os.close(held)

    stopper = threading.Thread(target=ctrl_c_then_the_batch_ends)
    stopper.start()
    try:
        with pytest.raises(KeyboardInterrupt):
            write_files(_trio(tmp_path, "report"))
    finally:
        stopper.join()
    assert list(tmp_path.iterdir()) == []  # stopped before any file replaced its target


# --- an -o that cannot be written, found before the work -----------------------------------


@pytest.mark.parametrize("command", ["report", "email"])
def test_an_output_folder_that_cannot_be_written_stops_the_run_before_any_work(
    command: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    # `report -o` into a read-only folder, or under a file, read every article and rendered the
    # PDF (minutes on a large folder) before it found it could write nothing.
    from summarize import pipeline
    from summarize.cli import main

    def no_work(*_: object, **__: object) -> None:
        raise AssertionError("the articles were read before the output was checked")

    monkeypatch.setattr(pipeline, "build_briefing", no_work)
    seeds = str(Path(__file__).resolve().parent.parent / "seeds")
    blocker = tmp_path / "ghi-chu.txt"
    blocker.write_text("a file where a folder goes", encoding="utf-8")
    read_only = tmp_path / "chi-doc"
    read_only.mkdir()
    real_access = os.access
    monkeypatch.setattr(  # as on a read-only disk (EROFS), which os.access reports even to root
        os, "access", lambda path, mode, **kw: path != read_only and real_access(path, mode, **kw)
    )
    name = {"report": "ban-tin", "email": "ban-tin.eml"}[command]  # report: a folder
    assert main([command, seeds, "-o", str(blocker / name)]) == 1
    said = {
        "report": f"{blocker / name}: Not a directory",
        "email": f"{blocker}: a file, not a folder",
    }
    assert f"Error: {said[command]}" in capsys.readouterr().err
    assert main([command, seeds, "-o", str(read_only / name)]) == 1
    folder = read_only / name if command == "report" else read_only
    assert f"Error: {folder}: cannot write into this folder\n" in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["chi-doc", "ghi-chu.txt"]
    assert list(read_only.iterdir()) == []
