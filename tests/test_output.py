"""Atomic writes: the target is either the old file or the complete new one, never a fragment."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from summarize.errors import OutputError
from summarize.output import atomic_open, write_bytes, write_json, write_text


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
