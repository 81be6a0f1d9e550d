"""The page's session on disk, without a server: what an upload leaves when the disk fills."""

from __future__ import annotations

import errno
import os
import re
from pathlib import Path
from typing import Any

import pytest

from summarize.corrections import Corrections
from summarize.errors import OutputError
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


def _full_for(monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    """The disk fills when a staged write of `name` (any file of the session: "") is synced."""
    real_fsync = os.fsync

    def fsync(fd: int) -> None:
        if f"/.{name}" in os.readlink(f"/proc/self/fd/{fd}"):
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", fsync)


def _state(folder: Path) -> dict[str, bytes]:
    return {name: (folder / name).read_bytes() for name in STATE_FILES}


STATE_FILES = ("session.json", "corrections.json", "history.json")


@pytest.mark.parametrize("change", ["correct", "undo", "clear"])
def test_a_change_the_disk_has_no_room_for_leaves_memory_and_disk_as_they_were(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, change: str
) -> None:
    # The three files were written one by one: with no room left for history.json, corrections
    # were saved one step ahead of their undo history, and the change stayed in memory, so the
    # page showed a briefing that a reload or a restart no longer had.
    sessions = Sessions(tmp_path)
    session = sessions.create()
    session.store("a.txt", BAC_GIANG.read_bytes())
    session.correct(Corrections(title="Một"))
    session.correct(Corrections(title="Hai"))
    before = _state(session.folder)
    _full_for(monkeypatch, "history.json")
    with pytest.raises(OutputError) as caught:
        {"correct": lambda: session.correct(Corrections(title="Ba")),
         "undo": session.undo, "clear": session.clear}[change]()  # fmt: skip
    assert caught.value.reason == "No space left on device"
    assert _state(session.folder) == before
    assert session.corrections == Corrections(title="Hai")
    assert session.history == [Corrections(), Corrections(title="Một")]
    assert [p.name for p in session.input_files()] == ["00001.txt"]
    assert sorted(p.name for p in session.folder.iterdir()) == sorted([*STATE_FILES, "inputs"])
    reloaded = Sessions(tmp_path).get(session.id)
    assert reloaded is not None and reloaded.corrections == session.corrections
    assert reloaded.history == session.history and reloaded.names == session.names


def test_the_page_says_a_full_disk_stopped_a_change_never_a_500(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from starlette.testclient import TestClient

    from summarize.web.app import create_app

    client = TestClient(create_app(WebSettings(root=tmp_path)), base_url="http://127.0.0.1")
    page = client.get("/")
    found = re.search(r'name="token" content="([^"]+)"', page.text)
    assert page.status_code == 200 and found
    _full_for(monkeypatch, "")
    response = client.post("/api/clear", headers={"X-Token": found.group(1)})
    assert response.status_code == 507
    assert response.json() == {"error": "Không lưu được: No space left on device"}
    fresh = TestClient(create_app(WebSettings(root=tmp_path)), base_url="http://127.0.0.1")
    response = fresh.get("/")  # a new visitor's session cannot be made
    assert response.status_code == 507
    assert response.json() == {"error": "Không lưu được: No space left on device"}
    assert len(list(tmp_path.iterdir())) == 1  # the first session only, no half-made one
