"""The page's session on disk, without a server: what an upload leaves when the disk fills."""

from __future__ import annotations

import errno
import os
from pathlib import Path
from typing import Any

import pytest

from summarize.web import actions
from summarize.web.session import Sessions
from summarize.web.settings import WebSettings

from .conftest import BAC_GIANG


def test_an_upload_the_disk_has_no_room_for_is_listed_and_leaves_no_half_article(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The upload was written in place: a full disk left half an article in inputs/, read by every
    # later build, and the route answered 500.
    settings = WebSettings(root=tmp_path)
    session = Sessions(tmp_path).create()
    monkeypatch.setattr(actions, "start_build", lambda session, settings: None)

    def half_then_full(path: Path, data: bytes) -> int:  # a write in place, cut by the disk
        with open(path, "wb") as handle:
            handle.write(data[: len(data) // 2])
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(path))

    def full(*args: Any) -> None:  # a staged write, refused when synced
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(Path, "write_bytes", half_then_full)
    real_fsync = os.fsync
    monkeypatch.setattr(os, "fsync", lambda fd: full() if _is_input(fd) else real_fsync(fd))
    actions.add_files(session, settings, [("Hội nghị.txt", BAC_GIANG.read_bytes())])
    assert session.input_files() == []
    assert [p.name for p in session.inputs.iterdir()] == []
    assert session.rejected == [("Hội nghị.txt", "không lưu được: No space left on device")]


def _is_input(fd: int) -> bool:
    return "/inputs/" in os.readlink(f"/proc/self/fd/{fd}")


def test_a_temporary_left_by_a_killed_server_is_not_an_article(tmp_path: Path) -> None:
    session = Sessions(tmp_path).create()
    session.store("a.txt", BAC_GIANG.read_bytes())
    (session.inputs / ".00002.txt.999999.abc.tmp").write_bytes(b"half")
    assert [p.name for p in session.input_files()] == ["00001.txt"]
