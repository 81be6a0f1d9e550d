"""Atomic writes: the target is either the old file or the complete new one, never a fragment."""

from __future__ import annotations

import json
import os
import signal
import threading
from pathlib import Path

import pytest

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
    # Ctrl-C as in a terminal: a run started in the background is handed SIGINT ignored
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        with pytest.raises(KeyboardInterrupt):
            write_files(_trio(tmp_path, "new"))
    finally:
        signal.signal(signal.SIGINT, previous)
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
