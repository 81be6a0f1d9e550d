"""The page's session on disk, without a server: what an upload leaves when the disk fills."""

from __future__ import annotations

import errno
import os
import re
import threading
import unicodedata
from pathlib import Path
from typing import Any

import pytest

from summarize.corrections import Corrections
from summarize.errors import OutputError
from summarize.web import actions
from summarize.web.session import Session, Sessions
from summarize.web.settings import WebSettings

from .conftest import BAC_GIANG


@pytest.fixture
def idle(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[WebSettings, Session]:
    """A session under `tmp_path` whose builds never start: a test reads what a route stored."""
    monkeypatch.setattr(actions, "start_build", lambda session, settings: None)
    return WebSettings(root=tmp_path), Sessions(tmp_path).create()


def test_an_upload_the_disk_has_no_room_for_is_listed_and_leaves_no_half_article(
    monkeypatch: pytest.MonkeyPatch, idle: tuple[WebSettings, Session]
) -> None:
    # The upload was written in place: a full disk left half an article in inputs/, read by every
    # later build, and the route answered 500.
    settings, session = idle

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


def test_an_upload_with_a_long_or_nfd_name_is_stored_under_its_name_shown_in_nfc(
    idle: tuple[WebSettings, Session],
) -> None:
    # A name over 200 characters was cut before its suffix was read: "định dạng không hỗ trợ
    # (không có đuôi)" for a .txt file. A Mac's NFD name was shown (and saved) in NFD.
    settings, session = idle
    long = "Bao-cao-tong-ket-" * 15 + "cong-tac-nam-2024.txt"
    nfd = unicodedata.normalize("NFD", "Hội nghị Bắc Giang.txt")
    actions.add_files(session, settings, [(long, BAC_GIANG.read_bytes()), (nfd, b"x")])
    assert session.rejected == []
    shown = [session.shown(str(path)) for path in session.input_files()]
    assert shown == [long[:195] + "….txt", "Hội nghị Bắc Giang.txt"]
    assert all(unicodedata.is_normalized("NFC", name) for name in shown)


def test_a_request_nested_too_deep_is_refused_not_a_500(tmp_path: Path) -> None:
    # json.loads raised RecursionError on the body: the route answered 500.
    from starlette.testclient import TestClient

    from summarize.web.app import create_app

    client = TestClient(create_app(WebSettings(root=tmp_path)), base_url="http://127.0.0.1")
    found = re.search(r'name="token" content="([^"]+)"', client.get("/").text)
    assert found
    deep = "[" * 100_000 + "]" * 100_000
    for route in ("/api/correct", "/api/paste", "/api/email"):
        response = client.post(route, content=deep, headers={"X-Token": found.group(1)})
        assert response.status_code == 400, route


def test_a_sessions_folder_that_cannot_be_made_stops_the_server_before_it_serves(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # `serve -o X` with X a file (or on a read-only disk) started, and every visitor's page
    # failed. Now the folder is made (and found writable) before the page is served.
    from summarize.web.app import create_app

    taken = tmp_path / "web"
    taken.write_text("a file where the sessions' folder goes", encoding="utf-8")
    with pytest.raises(OutputError) as caught:
        create_app(WebSettings(root=taken))
    assert caught.value.reason == "a file, not a folder; choose another -o"
    read_only = tmp_path / "chi-doc"
    read_only.mkdir()
    monkeypatch.setattr(os, "access", lambda path, mode: Path(path) != read_only)  # as on EROFS
    with pytest.raises(OutputError) as caught:
        Sessions(read_only)
    assert caught.value.reason == "cannot write into this folder"


def test_a_fifo_among_the_sample_articles_is_listed_not_waited_for(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Path.read_bytes opened the FIFO and waited for a writer: the request never answered.
    samples = tmp_path / "mau"
    samples.mkdir()
    os.mkfifo(samples / "a.txt")
    (samples / "b.txt").write_bytes(BAC_GIANG.read_bytes())
    settings = WebSettings(root=tmp_path / "web", samples=samples)
    session = Sessions(settings.root).create()
    monkeypatch.setattr(actions, "start_build", lambda session, settings: None)
    adding = threading.Thread(target=actions.add_samples, args=(session, settings), daemon=True)
    adding.start()
    adding.join(timeout=60)  # a bound for the failure only: the FIFO is refused from its stat
    assert not adding.is_alive()
    assert session.rejected == [("a.txt", "cannot read: not a regular file")]
    assert [session.shown(str(p)) for p in session.input_files()] == ["b.txt"]


def test_an_upload_under_the_largest_size_limit_is_stored(tmp_path: Path) -> None:
    # await f.read(limit + 1) allocated the limit: a 500 for every upload under a large one.
    from starlette.testclient import TestClient

    from summarize.models import MAX_LIMIT
    from summarize.web.app import create_app

    settings = WebSettings(root=tmp_path, max_file_bytes=MAX_LIMIT)
    client = TestClient(create_app(settings), base_url="http://127.0.0.1")
    found = re.search(r'name="token" content="([^"]+)"', client.get("/").text)
    assert found
    data = BAC_GIANG.read_bytes() * 300  # over 1 MB: the form parser spools it to a file
    response = client.post("/api/upload", headers={"X-Token": found.group(1)},
                           files=[("files", ("a.txt", data, "text/plain"))])  # fmt: skip
    assert response.status_code == 200
    (session_folder,) = tmp_path.iterdir()
    assert (session_folder / "inputs" / "00001.txt").read_bytes() == data


def test_words_lock_file_in_a_dropped_folder_is_listed_not_built(
    idle: tuple[WebSettings, Session],
) -> None:
    settings, session = idle
    actions.add_files(session, settings, [("bai/~$bao-cao.docx", b"\x0cNguyen Van A")])
    assert session.input_files() == []
    assert session.rejected == [
        ("~$bao-cao.docx", "tệp khóa Word tạo khi tài liệu đang mở, không phải bài báo")
    ]


def test_a_link_pasted_twice_is_fetched_once() -> None:
    # Each line was fetched and stored: the same page became two articles (as `report URL URL`).
    pasted = "https://plo.vn/a.html\n  https://plo.vn/a.html \nhttps://plo.vn/b.html\n"
    assert actions.pasted_links(pasted) == ["https://plo.vn/a.html", "https://plo.vn/b.html"]
