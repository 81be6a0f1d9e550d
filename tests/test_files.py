"""The one walker and reader: a FIFO under any accepted name is an error line, never a hang."""

from __future__ import annotations

import io
import json
import os
import signal
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from summarize.cli import main
from summarize.errors import InputError, TooLargeError
from summarize.models import MAX_LIMIT
from summarize.text.files import (
    ARTICLE_SUFFIXES,
    RECORD_SUFFIXES,
    find_files,
    read_bytes,
    read_stdin,
    walk,
)

from .conftest import BAC_GIANG

# Reading a FIFO waits for a writer forever: without the guard a test would hang, not fail.
# The alarm turns such a hang into a failure; it never decides a passing run.
HANG_GUARD_SECONDS = 120


@pytest.fixture()
def no_hang() -> Iterator[None]:
    def fail(signum: int, frame: object) -> None:
        raise AssertionError("blocked reading a FIFO")

    previous = signal.signal(signal.SIGALRM, fail)
    signal.alarm(HANG_GUARD_SECONDS)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, previous)


def fifo_folder(root: Path, suffixes: frozenset[str]) -> list[Path]:
    """One good article and a FIFO under every suffix; returns the FIFOs."""
    root.mkdir()
    (root / "good.txt").write_bytes(BAC_GIANG.read_bytes())
    fifos = [root / f"pipe{suffix}" for suffix in sorted(suffixes)]
    for fifo in fifos:
        os.mkfifo(fifo)
    return fifos


def assert_each_reported(fifos: list[Path], stderr: str) -> None:
    for fifo in fifos:
        assert f"Error: {fifo}: cannot read: not a regular file" in stderr.splitlines()


@pytest.mark.usefixtures("no_hang")
@pytest.mark.parametrize(("command", "output"), [("report", "out"), ("email", "b.eml")])
def test_report_and_email_name_a_fifo_under_every_article_extension(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str, output: str
) -> None:
    fifos = fifo_folder(tmp_path / "in", ARTICLE_SUFFIXES)
    assert main([command, str(tmp_path / "in"), "-o", str(tmp_path / output)]) == 1
    assert_each_reported(fifos, capsys.readouterr().err)
    assert (tmp_path / output).exists()  # the good article still made it


@pytest.mark.usefixtures("no_hang")
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_batch_names_a_fifo_under_every_accepted_extension(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], jobs: str
) -> None:
    fifos = fifo_folder(tmp_path / "in", ARTICLE_SUFFIXES | RECORD_SUFFIXES)
    argv = ["batch", str(tmp_path / "in"), "-o", str(tmp_path / "out"), "--jobs", jobs]
    assert main(argv) == 1
    captured = capsys.readouterr()
    assert_each_reported(fifos, captured.err)
    assert captured.out.startswith(f"1 summarized, {len(fifos)} failed, 0 unchanged")


def test_walk_lists_irregular_files_for_the_reader_to_refuse(tmp_path: Path) -> None:
    fifos = fifo_folder(tmp_path / "in", ARTICLE_SUFFIXES)
    assert walk(tmp_path / "in", ARTICLE_SUFFIXES) == sorted([tmp_path / "in" / "good.txt", *fifos])
    for fifo in fifos:
        with pytest.raises(InputError, match="not a regular file"):
            read_bytes(fifo, 1000)


def test_the_size_limit_refuses_before_reading(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as handle:
        handle.truncate(10_000)
    with pytest.raises(TooLargeError, match="10,000 bytes, the limit is 100"):
        read_bytes(big, 100)
    assert read_bytes(big, 10_000) == bytes(10_000)


def test_find_files_reports_missing_paths_and_folders_without_articles(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    files, failures = find_files([tmp_path / "empty", tmp_path / "missing.txt", "-"])
    assert files == [Path("-")]
    assert [(f.source, f.reason.split(" (")[0]) for f in failures] == [
        (str(tmp_path / "empty"), "no article files"),
        (str(tmp_path / "missing.txt"), "no such file or directory"),
    ]


def test_a_folders_readme_and_source_notes_are_listed_as_not_read(tmp_path: Path) -> None:
    """A folder of articles with a README gets no section about the README: the walker lists
    it among the files not read, with why; named on its own, the same file is read."""
    folder = tmp_path / "bai"
    folder.mkdir()
    (folder / "hoi-nghi.txt").write_bytes(BAC_GIANG.read_bytes())
    for name in ("README.md", "SOURCE.md", "readme.txt", "License.txt"):
        (folder / name).write_text("# Ghi chú\n\nThư mục gom các bài về hội nghị.\n", "utf-8")
    files, failures = find_files([folder])
    assert files == [folder / "hoi-nghi.txt"]
    assert sorted(Path(f.source).name for f in failures) == [
        "License.txt",
        "README.md",
        "SOURCE.md",
        "readme.txt",
    ]
    assert all("a note about the folder, not an article" in f.reason for f in failures)
    assert find_files([folder / "README.md"]) == ([folder / "README.md"], [])


def misnamed_folder(root: Path) -> str:
    """One good article and one whose name is Windows-1258 bytes, not UTF-8 ("Hội nghị" saved
    by an old tool); returns that file's name as every output shows it."""
    root.mkdir()
    (root / "good.txt").write_bytes(BAC_GIANG.read_bytes())
    (root / os.fsdecode(b"H\xf4i ngh\xf2.txt")).write_bytes(BAC_GIANG.read_bytes())
    return str(root / "H\ufffdi ngh\ufffd.txt")


@pytest.mark.parametrize(("command", "output"), [("report", "out"), ("email", "b.eml")])
def test_a_name_that_is_not_utf8_is_an_error_line_and_the_rest_is_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str, output: str
) -> None:
    # Its name reached the PDF and briefing.json: a UnicodeEncodeError traceback, nothing written.
    shown = misnamed_folder(tmp_path / "in")
    assert main([command, str(tmp_path / "in"), "-o", str(tmp_path / output)]) == 1
    assert f"Error: {shown}: not read: its name is not UTF-8 text; rename it" in (
        capsys.readouterr().err.splitlines()
    )
    assert (tmp_path / output).exists()


def test_batch_fails_a_name_that_is_not_utf8_and_summarizes_the_rest(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Its name went into the journal's JSON line: a UnicodeEncodeError traceback mid-run.
    shown = misnamed_folder(tmp_path / "in")
    assert main(["batch", str(tmp_path / "in"), "-o", str(tmp_path / "out"), "--jobs", "1"]) == 1
    assert capsys.readouterr().out.startswith("1 summarized, 1 failed, 0 unchanged")
    errors = (tmp_path / "out" / "errors.jsonl").read_text(encoding="utf-8")
    assert shown in errors and "not UTF-8" in errors


@pytest.fixture()
def closed_subfolder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A folder holding a good article and a subfolder no one may list (chmod 000; root lists
    any folder, so for root the listing is refused as the kernel refuses everyone else)."""
    root, closed = tmp_path / "in", tmp_path / "in" / "closed"
    closed.mkdir(parents=True)
    (root / "good.txt").write_bytes(BAC_GIANG.read_bytes())
    (closed / "hidden-from-us.txt").write_bytes(BAC_GIANG.read_bytes())
    closed.chmod(0)
    real_scandir = os.scandir

    def scandir(path: Any = ".") -> Any:
        if not isinstance(path, int) and os.fspath(path) == str(closed):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real_scandir(path)

    if os.access(closed, os.R_OK):
        monkeypatch.setattr(os, "scandir", scandir)
    yield closed
    closed.chmod(0o755)


@pytest.mark.parametrize(("command", "output"), [("report", "out"), ("email", "b.eml")])
def test_a_subfolder_that_cannot_be_listed_is_an_error_line_and_the_rest_is_written(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    closed_subfolder: Path,
    command: str,
    output: str,
) -> None:
    # os.walk passed over it without a word: its articles were missing, exit code 0.
    assert main([command, str(tmp_path / "in"), "-o", str(tmp_path / output)]) == 1
    assert f"Error: {closed_subfolder}: cannot read this folder: permission denied" in (
        capsys.readouterr().err.splitlines()
    )
    assert (tmp_path / output).exists()


def test_batch_fails_a_subfolder_that_cannot_be_listed_and_summarizes_the_rest(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], closed_subfolder: Path
) -> None:
    assert main(["batch", str(tmp_path / "in"), "-o", str(tmp_path / "out"), "--jobs", "1"]) == 1
    assert capsys.readouterr().out.startswith("1 summarized, 1 failed, 0 unchanged")
    (error,) = (tmp_path / "out" / "errors.jsonl").read_text(encoding="utf-8").splitlines()
    assert json.loads(error) == {
        "source": str(closed_subfolder),
        "error": "cannot read this folder: permission denied",
        "kind": "input",
    }


def test_a_folder_that_cannot_be_listed_is_named_for_itself_not_as_empty(
    tmp_path: Path, closed_subfolder: Path
) -> None:
    files, failures = find_files([closed_subfolder])
    assert files == []
    assert [(f.source, f.reason) for f in failures] == [
        (str(closed_subfolder), "cannot read this folder: permission denied")
    ]


def test_a_file_named_twice_is_one_article(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # `report bai/ bai/a.txt` (a folder and a file in it, or a glob and a name) gave the same
    # article twice in the briefing: two sections, or one section quoting itself.
    folder = tmp_path / "bai"
    folder.mkdir()
    (folder / "a.txt").write_bytes(BAC_GIANG.read_bytes())
    (folder / "b.txt").symlink_to("a.txt")  # a link is a file of its own: read, as before
    monkeypatch.chdir(tmp_path)
    files, failures = find_files(["bai", "bai/a.txt", "./bai/a.txt", str(folder / "a.txt")])
    assert files == [Path("bai/a.txt"), Path("bai/b.txt")] and failures == []
    assert main(["report", "bai", "bai/a.txt", "-o", "out"]) == 0
    capsys.readouterr()
    briefing = json.loads((tmp_path / "out" / "briefing.json").read_text("utf-8"))
    assert [a["source"] for a in briefing["articles"]] == ["bai/a.txt", "bai/b.txt"]


def test_an_empty_name_is_an_error_not_the_current_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # `summarize report "$DIR" -o out` with DIR unset read whatever folder the shell was in.
    (tmp_path / "a.txt").write_bytes(BAC_GIANG.read_bytes())
    monkeypatch.chdir(tmp_path)
    assert main(["report", "", "-o", "out"]) == 1
    assert capsys.readouterr().err == (
        "Error: '': an empty name (an unset variable?)\n"
        "Error: no article could be read; nothing was written\n"
    )
    assert not (tmp_path / "out").exists()


def test_the_largest_size_limit_reads_a_small_file_without_allocating_the_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # read(limit + 1) allocates the limit before reading: `--max-bytes 1000000000000` was a
    # MemoryError traceback for a 5 KB article (and for a paste on standard input).
    path = tmp_path / "a.txt"
    path.write_bytes(BAC_GIANG.read_bytes())
    assert read_bytes(path, MAX_LIMIT) == BAC_GIANG.read_bytes()
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b"Tin nhanh.")))
    assert read_stdin(MAX_LIMIT) == b"Tin nhanh."


def test_words_lock_file_beside_an_open_document_is_a_warning_not_a_failure(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # While anyone had bao-cao.docx open in Word, its ~$bao-cao.docx (the user's name, a few
    # bytes) failed every run of the folder: "cannot read this Word (.docx) file: damaged".
    folder = tmp_path / "bai"
    folder.mkdir()
    (folder / "a.txt").write_bytes(BAC_GIANG.read_bytes())
    lock = folder / "~$bao-cao.docx"
    lock.write_bytes(b"\x0cNguyen Van A" + bytes(150))
    assert main(["report", str(folder), "-o", str(tmp_path / "out")]) == 0
    skipped = "skipped: the lock file Word keeps while a document is open, not an article"
    assert capsys.readouterr().err == f"Warning: {lock}: {skipped}\n"
    assert main(["batch", str(folder), "-o", str(tmp_path / "b")]) == 0
    capsys.readouterr()
    (row,) = [
        json.loads(line) for line in (tmp_path / "b" / "errors.jsonl").read_text().splitlines()
    ]
    assert row == {"source": str(lock), "error": skipped, "kind": "office-lock"}


def test_the_files_windows_hides_in_a_folder_are_passed_over_as_dot_files_are(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # A folder copied from a Windows share failed every run: "Error: Thumbs.db: not read: not an
    # article file (.db)", exit 1, as a Mac's .DS_Store (hidden) never did.
    folder = tmp_path / "bai"
    folder.mkdir()
    (folder / "a.txt").write_bytes(BAC_GIANG.read_bytes())
    for name in ("Thumbs.db", "desktop.ini", ".DS_Store"):
        (folder / name).write_bytes(b"\x00\x01")
    assert main(["report", str(folder), "-o", str(tmp_path / "out")]) == 0
    assert capsys.readouterr().err == ""
