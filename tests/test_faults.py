"""Faults around a run: a full disk, an output folder that cannot be written, Ctrl-C in the middle
of a batch, a worker process killed. Each ends in a clear message and loses nothing."""

from __future__ import annotations

import errno
import json
import os
import shutil
import signal
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from summarize.batch.items import FileOutcome
from summarize.batch.run import JOURNAL, run_batch, summarize_path
from summarize.cli import main
from summarize.errors import ErrorKind
from summarize.models import Options
from summarize.text.files import (
    ARTICLE_SUFFIXES,
    OTHER_RUN,
    OUR_BRIEFING,
    RECORD_SUFFIXES,
    RUN_MANIFEST,
    find_files,
    replaced_inputs,
)

from .conftest import BAC_GIANG, HAI_DUONG, SEEDS, stopping
from .formats import eml_bytes
from .test_page import news_page

SUMMARIZE = Path(sys.executable).with_name("summarize")
REPORT = ("briefing.html", "briefing.pdf", "briefing.json")
BATCH = ("errors.jsonl", "summaries.jsonl", "summaries.csv")


def articles(folder: Path, count: int) -> list[Path]:
    """`count` distinct articles: the two seeds under a numbered first sentence."""
    folder.mkdir(parents=True, exist_ok=True)
    text = BAC_GIANG.read_text("utf-8") + "\n\n" + HAI_DUONG.read_text("utf-8")
    paths = [folder / f"{n:03d}.txt" for n in range(count)]
    for n, path in enumerate(paths):
        path.write_text(f"Bài số {n} về hội nghị có {n + 100} đại biểu.\n\n{text}", "utf-8")
    return paths


def old_outputs(out: Path, names: tuple[str, ...]) -> dict[str, bytes]:
    out.mkdir(parents=True, exist_ok=True)
    for name in names:
        (out / name).write_text(f"old {name}\n", "utf-8")
    return {name: f"old {name}\n".encode() for name in names}


def contents(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in out.iterdir() if p.is_file() and p.name[0] != "."}


def lines(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines()]


def journal_lines(out: Path) -> list[dict[str, Any]]:
    """Every line of the journal, each of which must be whole JSON."""
    return [json.loads(line) for line in (out / JOURNAL).read_text("utf-8").splitlines()]


def no_space(after: int) -> Callable[..., Any]:
    """A stand-in for os.fsync/os.replace that works `after` times, then finds the disk full."""
    real = {"fsync": os.fsync, "replace": os.replace}
    calls = {"n": 0}

    def full(*args: Any) -> Any:
        calls["n"] += 1
        if calls["n"] > after:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return real["replace" if len(args) == 2 else "fsync"](*args)

    return full


# --- disk full -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("call", "after"),
    [("fsync", 0), ("fsync", 1), ("fsync", 2), ("replace", 0)],
    ids=["first-write", "second-write", "third-write", "first-rename"],
)
def test_a_full_disk_keeps_every_old_report_file_and_leaves_no_temporary(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    call: str,
    after: int,
) -> None:
    out = tmp_path / "out"
    before = old_outputs(out, REPORT)
    monkeypatch.setattr(os, call, no_space(after))
    assert main(["report", str(SEEDS), "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"Error: {out}/briefing.") and "No space left on device" in err
    assert contents(out) == before  # all three old files, not a mix of old and new
    assert sorted(p.name for p in out.iterdir()) == sorted(REPORT)  # no .tmp left


@pytest.mark.parametrize("call", ["fsync", "replace"])
def test_a_full_disk_at_the_end_of_a_batch_keeps_old_outputs_and_resumes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], call: str
) -> None:
    folder, out = tmp_path / "in", tmp_path / "out"
    articles(folder, 3)
    before = old_outputs(out, BATCH)
    with monkeypatch.context() as patch:
        patch.setattr(os, call, no_space(0))
        assert main(["batch", str(folder), "-o", str(out), "--jobs", "1"]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"Error: {out}/") and "No space left on device" in err
    assert contents(out) == before
    assert not [p for p in out.iterdir() if p.name.endswith(".tmp")]
    assert len(journal_lines(out)) == 3  # the work is kept: the next run only writes
    assert main(["batch", str(folder), "-o", str(out), "--jobs", "1"]) == 0
    assert "0 summarized, 0 failed, 3 unchanged" in capsys.readouterr().out
    assert len((out / "summaries.jsonl").read_text("utf-8").splitlines()) == 3


# --- an output folder that cannot be written -----------------------------------------------------


@pytest.mark.parametrize("command", ["report", "batch", "email"])
def test_an_output_path_below_a_regular_file_is_a_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", "utf-8")
    out = blocker / "out"
    target = str(out / "b.eml") if command == "email" else str(out)
    folder = SEEDS if command != "batch" else tmp_path / "in"
    if command == "batch":
        articles(folder, 1)
    assert main([command, str(folder), "-o", target]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"Error: {out}") and "Not a directory" in err
    assert "Traceback" not in err
    assert blocker.read_text("utf-8") == "not a folder"


def test_a_folder_refusing_new_files_is_a_clear_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # Root ignores chmod, so the refusal is made where every write starts: the temporary file.
    def refused(*args: Any, **kwargs: Any) -> Any:
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES))

    out = tmp_path / "out"
    before = old_outputs(out, REPORT)
    monkeypatch.setattr("tempfile.mkstemp", refused)
    assert main(["report", str(SEEDS), "-o", str(out)]) == 1
    assert capsys.readouterr().err.startswith(f"Error: {out}/briefing.html: Permission denied")
    assert contents(out) == before


# --- Ctrl-C in the middle of a batch -------------------------------------------------------------


@pytest.mark.slow
def test_ctrl_c_stops_a_batch_cleanly_and_the_same_command_finishes_it(tmp_path: Path) -> None:
    folder, out = tmp_path / "in", tmp_path / "out"
    paths = articles(folder, 40)
    argv = ["batch", str(folder), "-o", str(out), "--jobs", "2"]
    # Ctrl-C once 10 files are journaled, to the batch and its workers (their own process group,
    # as in a terminal), with 2 workers busy on the next files.
    child = subprocess.Popen(stopping(10, "SIGINT", argv), stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, start_new_session=True, text=True)  # fmt: skip
    try:
        _, err = child.communicate(timeout=300)
    finally:  # a batch that hangs instead of stopping must not outlive the test
        if child.poll() is None:
            os.killpg(child.pid, signal.SIGKILL)
    assert child.returncode == 130
    assert err.splitlines() == ["Error: interrupted; run the same command again to resume"]
    done = journal_lines(out)  # every line whole JSON
    assert len(done) == 10
    assert len({entry["file"] for entry in done}) == len(done)
    assert sorted(p.name for p in out.iterdir()) == [JOURNAL]  # no half-written output
    rerun = subprocess.run([str(SUMMARIZE), *argv], capture_output=True, text=True, check=False)
    assert rerun.returncode == 0
    assert rerun.stdout.startswith("30 summarized, 0 failed, 10 unchanged")  # nothing done twice
    summaries = [json.loads(line) for line in (out / "summaries.jsonl").read_text().splitlines()]
    assert [s["source"] for s in summaries] == [str(p) for p in paths]  # nothing lost or doubled
    assert len(journal_lines(out)) == 40


# --- a worker process killed ---------------------------------------------------------------------


def killed_on_007(path: str, options: Options) -> FileOutcome:
    """The batch's unit of work, except that the worker holding 007.txt dies as by the OOM killer."""
    if path.endswith("007.txt"):
        deaths = Path(path).parent.parent / "deaths"  # beside the input folder, never read
        deaths.mkdir(exist_ok=True)
        (deaths / str(os.getpid())).touch()
        os.kill(os.getpid(), signal.SIGKILL)
    return summarize_path(path, options)


@pytest.mark.slow
@pytest.mark.parametrize("engine", ["local", "dask"])
def test_a_killed_worker_fails_its_file_and_the_run_completes_the_others(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, engine: str
) -> None:
    folder, out = tmp_path / "in", tmp_path / "out"
    paths = articles(folder, 16)
    monkeypatch.setattr("summarize.batch.run.summarize_path", killed_on_007)
    batch = run_batch(folder, out, jobs=2, engine=engine)
    items = {Path(item.source).name: item for item in batch}
    assert sorted(items) == [p.name for p in paths]  # every file reported, none twice
    assert (items["007.txt"].status, items["007.txt"].kind) == ("failed", "crashed")
    assert items["007.txt"].error == "worker process crashed while summarizing this file"
    others = {name: i.error for name, i in items.items() if name != "007.txt"}
    assert others == dict.fromkeys(others)  # all summarized, none with an error
    assert (batch.summary.summarized, batch.summary.failed) == (15, 1)
    errors = [json.loads(line) for line in (out / "errors.jsonl").read_text().splitlines()]
    assert [Path(e["source"]).name for e in errors] == ["007.txt"]
    assert len((out / "summaries.jsonl").read_text("utf-8").splitlines()) == 15
    assert len(journal_lines(out)) == 16
    if engine == "dask":  # once on the cluster, once alone in a process of its own: no more
        assert 1 <= len(list((tmp_path / "deaths").iterdir())) <= 2


def broken_on_003(path: str, options: Options) -> FileOutcome:
    """The batch's unit of work with a bug that one file triggers."""
    if path.endswith("003.txt"):
        raise RuntimeError("a stage broke on this file")
    return summarize_path(path, options)


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_bug_one_file_triggers_fails_that_file_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, jobs: int
) -> None:
    folder, out = tmp_path / "in", tmp_path / "out"
    articles(folder, 6)
    monkeypatch.setattr("summarize.batch.run.summarize_path", broken_on_003)
    batch = run_batch(folder, out, jobs=jobs)
    failed = {Path(i.source).name: i.error for i in batch if i.status == "failed"}
    assert failed == {
        "003.txt": "internal error while summarizing this file "
        "(RuntimeError: a stage broke on this file)"
    }
    assert (batch.summary.summarized, batch.summary.failed) == (5, 1)


@pytest.mark.parametrize(
    ("failing", "name", "kind"),
    [(killed_on_007, "007.txt", "crashed"), (broken_on_003, "003.txt", "internal")],
)
def test_a_file_the_program_failed_on_is_tried_again_by_the_next_run(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    failing: Callable[..., FileOutcome],
    name: str,
    kind: str,
) -> None:
    # A worker killed under it (the OOM killer, `kill` by hand) or a bug failed a good file;
    # the journal kept that failure and every rerun reported it again untried: "run the same
    # command again" never helped. A file that is itself bad (empty, binary) is not redone.
    folder, out = tmp_path / "in", tmp_path / "out"
    articles(folder, 8)
    (folder / "rong.txt").write_bytes(b"")
    monkeypatch.setattr("summarize.batch.run.summarize_path", failing)
    first = {Path(i.source).name: i for i in run_batch(folder, out, jobs=2)}
    assert (first[name].status, first[name].kind) == ("failed", kind)
    monkeypatch.setattr("summarize.batch.run.summarize_path", summarize_path)  # fixed, or memory
    again = run_batch(folder, out, jobs=2)
    items = {Path(i.source).name: i for i in again}
    assert items[name].status == "summarized"
    assert items["rong.txt"].status == "failed"  # still empty: reported again, not redone
    assert (again.summary.summarized, again.summary.failed, again.summary.unchanged) == (1, 1, 7)
    assert Path(name).name in [Path(r["source"]).name for r in lines(out / "summaries.jsonl")]


def test_a_journal_cut_or_scribbled_on_is_resumed_from_its_whole_lines(tmp_path: Path) -> None:
    folder, out = tmp_path / "in", tmp_path / "out"
    articles(folder, 4)
    list(run_batch(folder, out, jobs=1))
    journal = out / JOURNAL
    lines = journal.read_bytes().splitlines(keepends=True)
    # the last entry cut short by a kill, garbage and a stray object where entries go
    # (and a line nested deeper than the JSON parser's stack: a RecursionError, a traceback)
    scribbles = b"\xff\xfe not json\n[1, 2]\n" + b"[" * 100_000 + b"\n"
    journal.write_bytes(b"".join(lines[:3]) + scribbles + lines[3][:40])
    batch = run_batch(folder, out, jobs=1)
    assert sorted(i.status for i in batch) == ["summarized", "unchanged", "unchanged", "unchanged"]
    assert len(journal_lines(out)) == 4  # compacted: whole lines only


# --- files that vanish or change between the listing and the reading ------------------------------


def _changing_under_the_reader(folder: Path) -> Callable[[Any, int], bytes]:
    """A reader that, just before reading each file, removes 000, swaps 001 for a folder, empties
    002 and swaps 003 for a FIFO: what another program can do to a folder while a run reads it."""
    from summarize.text.files import read_bytes

    def reader(path: Any, max_bytes: int) -> bytes:
        target = Path(path)
        if target.name == "000.txt" and target.exists():
            target.unlink()
        elif target.name == "001.txt" and target.is_file():
            target.unlink()
            target.mkdir()
        elif target.name == "002.txt":
            target.write_bytes(b"")
        elif target.name == "003.txt" and target.is_file():
            target.unlink()
            os.mkfifo(target)
        return read_bytes(path, max_bytes)

    return reader


CHANGED = {
    "000.txt": "cannot read: no such file or directory",
    "001.txt": "cannot read: a folder",
    "002.txt": "empty file",
    "003.txt": "cannot read: not a regular file",
}


def test_batch_names_files_that_vanish_or_change_after_the_listing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder, out = tmp_path / "in", tmp_path / "out"
    articles(folder, 5)
    monkeypatch.setattr("summarize.batch.run.read_bytes", _changing_under_the_reader(folder))
    run = run_batch(folder, out, options=Options(), jobs=1)
    items = list(run)
    assert (run.summary.summarized, run.summary.failed) == (1, 4)
    assert {Path(i.source).name: i.error for i in items if i.error} == CHANGED
    errors = [json.loads(line) for line in (out / "errors.jsonl").read_text("utf-8").splitlines()]
    assert {Path(e["source"]).name: e["error"] for e in errors} == CHANGED
    assert len((out / "summaries.jsonl").read_text("utf-8").splitlines()) == 1


def test_report_names_files_that_vanish_or_change_after_the_listing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    folder, out = tmp_path / "in", tmp_path / "out"
    articles(folder, 5)
    monkeypatch.setattr("summarize.text.formats.read_bytes", _changing_under_the_reader(folder))
    assert main(["report", str(folder), "-o", str(out)]) == 1
    err = capsys.readouterr().err.splitlines()
    assert [line for line in err if line.startswith("Error:")] == [
        f"Error: {folder / name}: {reason}" for name, reason in CHANGED.items()
    ]
    assert json.loads((out / "briefing.json").read_text("utf-8"))["articles"][0]["source"] == str(
        folder / "004.txt"
    )


# --- an output on the path of an input -----------------------------------------------------------


def test_a_report_written_into_the_folder_it_reads_never_reads_its_own_last_briefing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # The second run read last run's briefing.html and briefing.pdf as two more articles, and
    # refused its briefing.json with an Error line (exit 1).
    folder = tmp_path / "bai"
    articles(folder, 2)
    argv = ["report", str(folder), "-o", str(folder)]
    assert main(argv) == 0
    first = json.loads((folder / "briefing.json").read_text("utf-8"))
    capsys.readouterr()
    assert main(argv) == 0
    assert "Error" not in capsys.readouterr().err
    again = json.loads((folder / "briefing.json").read_text("utf-8"))
    assert [a["source"] for a in again["articles"]] == [a["source"] for a in first["articles"]]
    # Another run reading the folder (`report DIR`) read that briefing.html and briefing.pdf as
    # two more articles and refused its briefing.json (exit 1); a batch read the JSON as records.
    assert main(["report", str(folder), "-o", str(tmp_path / "out")]) == 0
    theirs = [str(folder / name) for name in sorted(REPORT)]
    assert capsys.readouterr().err.splitlines() == [
        f"Warning: {name}: {OUR_BRIEFING}" for name in theirs
    ]
    briefing = json.loads((tmp_path / "out" / "briefing.json").read_text("utf-8"))
    assert [Path(a["source"]).name for a in briefing["articles"]] == ["000.txt", "001.txt"]
    assert [(s["source"], s["kind"]) for s in briefing["skipped"]] == [
        (name, "other-run") for name in theirs
    ]
    assert main(["batch", str(folder), "-o", str(tmp_path / "lo"), "--jobs", "1"]) == 0
    assert len(lines(tmp_path / "lo" / "summaries.jsonl")) == 2
    # Named, a briefing is read as the user asks.
    assert find_files([folder / "briefing.html"]) == ([folder / "briefing.html"], [])


def test_a_batch_report_written_into_the_folder_it_reads_never_reads_its_last_pdf(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # `batch DIR -o DIR --report` run twice: the second run read the first's briefing.pdf as a
    # third article ("1 summarized, 0 failed, 2 unchanged"), its summary among the articles'.
    folder = tmp_path / "bai"
    articles(folder, 2)
    argv = ["batch", str(folder), "-o", str(folder), "--jobs", "1", "--report"]
    assert main(argv) == 0
    capsys.readouterr()
    assert main(argv) == 0
    assert "0 summarized, 0 failed, 2 unchanged" in capsys.readouterr().out.splitlines()[-1]
    read = [Path(row["source"]).name for row in lines(folder / "summaries.jsonl")]
    assert read == ["000.txt", "001.txt"]
    assert lines(folder / "errors.jsonl") == []


@pytest.mark.parametrize(
    ("name", "options"),
    [("summaries.jsonl", []), ("summaries.csv", []), ("errors.jsonl", []),
     ("summaries.json", ["--format", "json"]), ("briefing.html", ["--report"])],
)  # fmt: skip
def test_a_batch_into_the_folder_it_reads_never_replaces_the_users_own_files(
    tmp_path: Path, name: str, options: list[str]
) -> None:
    # `batch DIR -o DIR` replaced a user's own summaries.jsonl with its summaries, and with
    # --report a saved news page named briefing.html with the briefing: exit 0, both lost. A
    # batch's outputs carry no stamp; the journal beside them says a run wrote them (the rerun
    # above), so without it they are the user's, and the run is refused as report's and email's.
    folder = tmp_path / "bai"
    articles(folder, 1)
    mine = folder / name
    mine.write_text(news_page() if name.endswith(".html") else '{"ghi chú": "của tôi"}\n', "utf-8")
    before = contents(folder)
    argv = [str(SUMMARIZE), "batch", str(folder), "-o", str(folder), "--jobs", "1", *options]
    run = subprocess.run(argv, capture_output=True, text=True, check=False)
    assert (run.returncode, run.stdout) == (2, "")
    assert run.stderr == f"Error: {mine}: the output would replace this input; choose another -o\n"
    assert contents(folder) == before
    assert not (folder / JOURNAL).exists()  # refused before anything was written


def test_a_batch_into_the_folder_it_reads_reads_the_users_md_folder_and_briefing_page(
    tmp_path: Path,
) -> None:
    # `batch DIR -o DIR` left out, by their names alone, a user's folder md/ and a saved news
    # page briefing.html: not read and named nowhere (errors.jsonl empty), on every run.
    folder = tmp_path / "bai"
    articles(folder, 1)
    (folder / "md").mkdir()
    shutil.copy(BAC_GIANG, folder / "md" / "bac-giang.txt")
    (folder / "briefing.html").write_text(news_page(), "utf-8")
    argv = [str(SUMMARIZE), "batch", str(folder), "-o", str(folder), "--jobs", "1"]
    for run_number in (1, 2):  # the second run (a journal beside them now) reads them alike
        run = subprocess.run(argv, capture_output=True, text=True, check=False)
        assert run.returncode == 0, run.stderr
        read = [
            Path(row["source"]).relative_to(folder) for row in lines(folder / "summaries.jsonl")
        ]
        assert read == [Path("000.txt"), Path("briefing.html"), Path("md/bac-giang.txt")]
        assert lines(folder / "errors.jsonl") == []
        assert run.stdout.startswith(
            ("3 summarized", "0 summarized, 0 failed, 3 unchanged")[run_number - 1]
        )
    # The markdown mirror would write among the user's files in md/: refused, nothing written.
    before = {p: p.read_bytes() for p in folder.rglob("*") if p.is_file()}
    run = subprocess.run([*argv, "--format", "md"], capture_output=True, text=True, check=False)
    assert (run.returncode, run.stderr) == (
        2, f"Error: {folder / 'md'}: the output would replace this input; choose another -o\n"
    )  # fmt: skip
    assert {p: p.read_bytes() for p in folder.rglob("*") if p.is_file()} == before


def test_a_batchs_own_markdown_mirror_is_never_read_by_the_next_run(tmp_path: Path) -> None:
    folder = tmp_path / "bai"
    articles(folder, 2)
    argv = [str(SUMMARIZE), "batch", str(folder), "-o", str(folder), "--jobs", "1"]
    first = subprocess.run([*argv, "--format", "jsonl,md"], capture_output=True, text=True)
    assert first.returncode == 0, first.stderr
    assert sorted(p.name for p in (folder / "md").iterdir()) == [
        ".summarize-mirror",
        "000.txt.md",
        "001.txt.md",
    ]
    for formats in ("jsonl", "jsonl,md"):  # with or without the mirror this time
        again = subprocess.run([*argv, "--format", formats], capture_output=True, text=True)
        assert again.stdout.startswith("0 summarized, 0 failed, 2 unchanged"), again.stderr
        assert lines(folder / "errors.jsonl") == []


def test_a_page_named_briefing_that_summarize_did_not_write_is_read(tmp_path: Path) -> None:
    # The name alone is not the mark: a press briefing saved as briefing.html is an article.
    folder = tmp_path / "bai"
    articles(folder, 1)
    (folder / "briefing.html").write_text(news_page(), "utf-8")
    (folder / "briefing.pdf").write_bytes(b"%PDF-1.4 not ours")
    os.mkfifo(folder / "briefing.json")  # looked into without waiting for a writer
    files, unread = find_files([folder], ARTICLE_SUFFIXES | RECORD_SUFFIXES)
    assert [f.name for f in files] == ["000.txt", "briefing.html", "briefing.json", "briefing.pdf"]
    assert unread == []


def test_an_email_written_into_the_folder_it_reads_never_reads_its_own_last_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # The second run read last run's message as a third article.
    folder = tmp_path / "bai"
    articles(folder, 2)
    argv = ["email", str(folder), "-o", str(folder / "ban-tin.eml")]
    assert main(argv) == 0
    first = capsys.readouterr().out
    assert main(argv) == 0
    assert capsys.readouterr().out == first
    assert first.startswith("2 articles")


@pytest.mark.parametrize(
    ("command", "named", "output"),
    [("email", "thu.eml", "thu.eml"), ("report", "briefing.html", "."),
     ("email", "thu.eml", "--html-fragment")],
)  # fmt: skip
def test_an_output_that_would_replace_an_input_named_is_refused_before_anything_is_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str, named: str, output: str
) -> None:
    # `summarize email thu.eml -o thu.eml` replaced the e-mail it read with the briefing.
    source = tmp_path / named
    source.write_bytes(eml_bytes("thư") if named.endswith(".eml") else news_page().encode())
    before = source.read_bytes()
    fragment = output.startswith("--")
    where = ["-o", str(tmp_path / "x.eml"), f"--html-fragment={source}"] if fragment else (
        ["-o", str(tmp_path / output)])  # fmt: skip
    assert main([command, str(source), *where]) == 2
    assert capsys.readouterr().err == (
        f"Error: {source}: the output would replace this input; choose another -o\n"
    )
    assert source.read_bytes() == before


@pytest.mark.parametrize(
    ("command", "name", "output"),
    [("email", "000.txt", "000.txt"), ("email", "thu.eml", "thu.eml"),
     ("report", "briefing.html", "."), ("email", "briefing.html", "briefing.html")],
)  # fmt: skip
def test_an_output_onto_an_article_inside_a_folder_read_is_refused_before_anything_is_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str, name: str, output: str
) -> None:
    # `email rin -o rin/000_x.txt` replaced the article with the e-mail, and `report r2 -o r2`
    # a saved news page named briefing.html with the briefing: "1 article", exit 0, both lost.
    folder = tmp_path / "rin"
    articles(folder, 2)
    source = folder / name
    if name != "000.txt":
        source.write_bytes(eml_bytes("thư") if name.endswith(".eml") else news_page().encode())
    before = contents(folder)
    target = folder / output if output != "." else folder
    assert main([command, str(folder), "-o", str(target)]) == 2
    assert capsys.readouterr().err == (
        f"Error: {source}: the output would replace this input; choose another -o\n"
    )
    assert contents(folder) == before  # nothing written, nothing replaced


@pytest.mark.parametrize("command", ["email", "report"])
def test_our_own_output_in_the_folder_read_is_replaced_on_a_rerun(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    # The refusal above must not stop a rerun: what summarize wrote there carries its stamp
    # (the e-mail's X-Mailer, the briefing's generator) and is replaced, not refused.
    folder = tmp_path / "rin"
    articles(folder, 2)
    target = folder / "ban-tin.eml" if command == "email" else folder
    written = folder / "ban-tin.eml" if command == "email" else folder / "briefing.html"
    assert main([command, str(folder), "-o", str(target)]) == 0
    os.utime(written, (0, 0))
    assert main([command, str(folder), "-o", str(target)]) == 0
    assert capsys.readouterr().out.count("2 articles") == 2
    assert written.stat().st_mtime > 0  # written again


@pytest.mark.parametrize(
    ("output", "refused"),
    [("000.txt", True), ("sub/bai.docx", True), ("thu.eml", True), (".an.txt", False),
     (".cu/bai.txt", False), ("README.md", False), ("ghi-chu.xyz", False), ("moi.txt", False),
     ("ours.eml", False)],
)  # fmt: skip
def test_which_files_in_a_folder_read_an_output_may_not_replace(
    tmp_path: Path, output: str, refused: bool
) -> None:
    # Refused: what the walk reads as the user's article. Allowed: what it passes over (hidden,
    # a folder's note, another kind), a new file, and an e-mail summarize wrote (its X-Mailer).
    folder = tmp_path / "rin"
    articles(folder, 1)
    for name in ("sub/bai.docx", ".an.txt", ".cu/bai.txt", "README.md", "ghi-chu.xyz"):
        (folder / name).parent.mkdir(exist_ok=True)
        (folder / name).write_text("Bài.", "utf-8")
    (folder / "thu.eml").write_bytes(eml_bytes("thư"))
    (folder / "ours.eml").write_bytes(b"X-Mailer: summarize 0.1.0\nSubject: x\n\nBody\n")
    assert replaced_inputs([str(folder)], [str(folder / output)]) == (
        [str(folder / output)] if refused else []
    )


def test_clusters_written_over_their_input_are_refused_before_reading(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # `clusters c.jsonl -o c.jsonl` replaced the clusters with their summaries, exit 0.
    rows = tmp_path / "c.jsonl"
    row = {"id": "c1", "documents": [{"id": "d1", "title": "Hội nghị",
                                      "text": BAC_GIANG.read_text("utf-8")}]}  # fmt: skip
    rows.write_text(json.dumps(row, ensure_ascii=False) + "\n", "utf-8")
    before = rows.read_bytes()
    assert main(["clusters", str(rows), "-o", str(rows), "--jobs", "1"]) == 2
    assert capsys.readouterr().err == (
        f"Error: {rows}: the output would replace this input; choose another -o\n"
    )
    assert rows.read_bytes() == before


@pytest.mark.parametrize("command", ["report", "batch"])
def test_an_output_folder_that_is_a_file_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    # "Error: a-file/briefing.html: File exists": true, but not what is wrong.
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", "utf-8")
    folder = SEEDS if command == "report" else tmp_path / "in"
    if command == "batch":
        articles(folder, 1)
    assert main([command, str(folder), "-o", str(blocker)]) == 1
    assert capsys.readouterr().err.splitlines()[-1] == (
        f"Error: {blocker}: a file, not a folder; choose another -o"
    )
    assert blocker.read_text("utf-8") == "not a folder"


def test_a_batch_into_a_folder_that_cannot_be_written_names_that_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # It said "Error: ro: Permission denied" (and a folder still to be made, "Operation not
    # permitted"), as if an article could not be read. Said as report says it, before any work.
    folder, read_only = tmp_path / "in", tmp_path / "ro"
    articles(folder, 1)
    read_only.mkdir()
    real_access = os.access
    monkeypatch.setattr(  # as on a read-only disk (EROFS), which os.access reports even to root
        os, "access", lambda path, mode, **kw: path != read_only and real_access(path, mode, **kw)
    )
    for out in (read_only, read_only / "sub"):
        assert main(["batch", str(folder), "-o", str(out), "--jobs", "1"]) == 1
        assert capsys.readouterr().err == f"Error: {out}: cannot write into this folder\n"
    assert list(read_only.iterdir()) == []


@pytest.mark.parametrize(
    ("command", "taken"),
    [("batch", "summaries.csv"), ("batch", JOURNAL), ("report", "briefing.pdf"), ("email", "")],
)
def test_an_output_name_a_folder_holds_stops_the_run_before_any_work(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str, taken: str
) -> None:
    # "Error: out/summaries.csv: Is a directory", once every article had been summarized (the
    # briefing built and its PDF rendered): the rename at the end cannot replace a folder.
    folder = tmp_path / "in"
    articles(folder, 2)
    out = tmp_path / ("ban-tin.eml" if command == "email" else "out")
    (out / taken).mkdir(parents=True)
    assert main([command, str(folder), "-o", str(out)]) == 1
    said = f"Error: {out / taken if taken else out}: a folder, not a file; choose another -o\n"
    assert capsys.readouterr().err == said
    assert [p.relative_to(out) for p in out.rglob("*")] == ([Path(taken)] if taken else [])


def test_a_folder_holding_another_batchs_output_is_skipped_and_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # `batch DIR -o DIR/out`, then `batch DIR -o DIR`: the second run read the first's
    # summaries.jsonl as records and its md/ and briefing files as articles. A folder holding a
    # batch's journal is another run's output: skipped, and named with why.
    folder = tmp_path / "bai"
    articles(folder, 2)
    earlier = folder / "ket-qua"
    batch = ["--jobs", "1", "--format", "jsonl,md,json"]
    assert main(["batch", str(folder), "-o", str(earlier), *batch]) == 0
    assert main(["batch", str(folder), "-o", str(folder), *batch]) == 0
    assert "2 summarized, 0 failed, 0 unchanged" in capsys.readouterr().out.splitlines()[-1]
    read = [Path(row["source"]).name for row in lines(folder / "summaries.jsonl")]
    assert read == ["000.txt", "001.txt"]
    skipped = {"error": OTHER_RUN, "kind": "other-run"}
    assert lines(folder / "errors.jsonl") == [{"source": str(earlier), **skipped}]
    # Then into a new folder: the outputs the run before wrote beside the articles are its too.
    theirs = ["errors.jsonl", "ket-qua", "md", "summaries.json", "summaries.jsonl"]
    files, unread = find_files([folder])  # as `report DIR` reads the folder
    assert [f.name for f in files] == ["000.txt", "001.txt"]
    assert [(f.source, f.kind) for f in unread] == [
        (str(folder / name), ErrorKind.OTHER_RUN) for name in theirs
    ]
    assert main(["batch", str(folder), "-o", str(folder / "moi"), *batch]) == 0
    rows = lines(folder / "moi" / "errors.jsonl")
    assert rows == [{"source": str(folder / name), **skipped} for name in theirs]
    assert len(lines(folder / "moi" / "summaries.jsonl")) == 2


def without_dac_override(argv: list[str]) -> list[str]:
    """`argv` run so that it obeys file permissions (a user's view): root bypasses them unless
    util-linux's setpriv drops that power; any other user obeys them already."""
    if os.geteuid() != 0:
        return argv
    return ["setpriv", "--bounding-set", "-dac_override,-dac_read_search", *argv]


@pytest.mark.parametrize("command", ["report", "batch"])
def test_a_folder_that_can_be_listed_but_not_entered_is_named_not_a_traceback(
    tmp_path: Path, command: str
) -> None:
    # `chmod -R 644 bai` (a common slip) leaves a subfolder listable but not enterable: looking
    # for a journal inside it raised PermissionError, a traceback, and nothing was read.
    folder = tmp_path / "bai"
    articles(folder, 1)
    locked = folder / "khoa"
    articles(locked, 1)
    locked.chmod(0o644)
    try:
        argv = [str(SUMMARIZE), command, str(folder), "-o", str(tmp_path / "out")]
        run = subprocess.run(without_dac_override(argv), capture_output=True, text=True)
    finally:
        locked.chmod(0o755)
    assert "Traceback" not in run.stderr
    assert run.returncode == 1, run.stderr
    assert f"Error: {locked}: cannot read this folder: permission denied\n" in run.stderr
    assert run.stdout.startswith("1 summarized, 1 failed" if command == "batch" else "1 article")


def test_articles_already_in_the_output_folder_inside_the_batch_folder_are_named(
    tmp_path: Path,
) -> None:
    # `batch DIR -o DIR/sub` where DIR/sub already held an article of the user's: the output
    # folder is not read, so the article was passed over, named nowhere (errors.jsonl empty).
    folder = tmp_path / "bai"
    articles(folder, 1)
    sub = folder / "sub"
    sub.mkdir()
    shutil.copy(BAC_GIANG, sub / "bac-giang.txt")
    argv = [str(SUMMARIZE), "batch", str(folder), "-o", str(sub), "--jobs", "1", "--report"]
    for summary in ("1 summarized", "0 summarized, 0 failed, 1 unchanged"):  # the rerun alike
        run = subprocess.run(argv, capture_output=True, text=True, check=False)
        assert run.returncode == 0, run.stderr
        assert run.stdout.startswith(summary)
        said = f"{sub / 'bac-giang.txt'}: skipped: it is in the output folder (-o)"
        assert run.stderr.startswith(f"Warning: {said}")
        assert [(e["source"], e["kind"]) for e in lines(sub / "errors.jsonl")] == [
            (str(sub / "bac-giang.txt"), "other-run")
        ]


def test_a_file_the_user_put_beside_a_batchs_journal_is_not_replaced_by_the_next_run(
    tmp_path: Path,
) -> None:
    # The journal alone marked summaries/errors as the run's: a summaries.jsonl the user put
    # beside it after a run (`--format csv` wrote none), or our summaries.csv edited by hand,
    # was replaced unread by the next `batch DIR -o DIR`, exit 0. Each output's sha256 is kept.
    folder = tmp_path / "bai"
    articles(folder, 1)
    argv = [str(SUMMARIZE), "batch", str(folder), "-o", str(folder), "--jobs", "1"]
    for _ in range(2):  # a run, and its rerun, replace their own outputs
        run = subprocess.run([*argv, "--format", "csv"], capture_output=True, text=True)
        assert run.returncode == 0, run.stderr
    mine = folder / "summaries.jsonl"
    mine.write_text('{"ghi chú": "của tôi"}\n', "utf-8")
    edited = folder / "summaries.csv"
    edited.write_text(edited.read_text("utf-8") + "sửa tay\n", "utf-8")
    for formats, named in (("jsonl", mine), ("csv", edited)):
        before = contents(folder)
        run = subprocess.run([*argv, "--format", formats], capture_output=True, text=True)
        refused = f"Error: {named}: the output would replace this input; choose another -o\n"
        assert (run.returncode, run.stderr) == (2, refused)
        assert contents(folder) == before


def test_outputs_left_by_a_batch_stopped_between_its_renames_are_still_its_own(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # The manifest is put in place first: a run stopped after it (here a full disk at the next
    # rename) leaves the old outputs, which the next run must still replace, not refuse.
    folder = tmp_path / "bai"
    articles(folder, 2)
    argv = ["batch", str(folder), "-o", str(folder), "--jobs", "1"]
    assert main(argv) == 0
    old = contents(folder)
    (folder / "001.txt").write_text(BAC_GIANG.read_text("utf-8"), "utf-8")
    with monkeypatch.context() as patch:
        patch.setattr(os, "replace", no_space(1))
        assert main(argv) == 1
    assert "No space left on device" in capsys.readouterr().err
    assert contents(folder)["summaries.jsonl"] == old["summaries.jsonl"]  # the old ones stay
    assert main(argv) == 0, capsys.readouterr().err
    assert "0 summarized, 0 failed, 2 unchanged" in capsys.readouterr().out
    assert contents(folder)["summaries.jsonl"] != old["summaries.jsonl"]


@pytest.mark.parametrize("manifest", ["none", "damaged"])
def test_a_batch_folder_without_a_readable_manifest_takes_what_its_journal_vouches_for(
    tmp_path: Path, manifest: str
) -> None:
    # A folder written before the manifest has none: the outputs its journal's results make, byte
    # for byte, are taken as the run's, as they were. One that cannot be read vouches for nothing:
    # refused, never a traceback, nothing replaced.
    folder = tmp_path / "bai"
    articles(folder, 1)
    argv = [str(SUMMARIZE), "batch", str(folder), "-o", str(folder), "--jobs", "1"]
    assert subprocess.run(argv, capture_output=True, check=False).returncode == 0
    written = folder / RUN_MANIFEST
    if manifest == "none":
        written.unlink()
    else:
        written.write_bytes(b"[[[[" * 100_000)
    before = contents(folder)
    run = subprocess.run(argv, capture_output=True, text=True, check=False)
    if manifest == "none":
        assert (run.returncode, run.stderr) == (0, "")
        assert run.stdout.startswith("0 summarized, 0 failed, 1 unchanged")
        assert json.loads(written.read_text("utf-8")).keys() == {"errors.jsonl", *BATCH[1:]}
    else:
        refused = f"Error: {folder / 'errors.jsonl'}: the output would replace this input; "
        assert (run.returncode, run.stderr) == (2, refused + "choose another -o\n")
        assert contents(folder) == before


def test_a_file_the_user_put_beside_a_journal_without_a_manifest_is_not_replaced(
    tmp_path: Path,
) -> None:
    # A first `batch DIR -o DIR` killed before it wrote any output leaves a journal and no
    # manifest; the journal alone vouched for a summaries.jsonl the user then put in DIR, and the
    # next run replaced it unread (exit 0). Only what the journal's results make is the run's.
    folder = tmp_path / "bai"
    paths = articles(folder, 4)
    argv = ["batch", str(folder), "-o", str(folder), "--jobs", "1"]
    killed = subprocess.run(stopping(2, "SIGKILL", argv), capture_output=True, check=False)
    assert killed.returncode == -signal.SIGKILL
    assert [p.name for p in folder.iterdir() if p.name.startswith(".")] == [JOURNAL]
    mine = folder / "summaries.jsonl"
    mine.write_text(
        '{"title": "Của tôi", "text": "Bài của tôi, không có bản nào khác."}\n', "utf-8"
    )
    rerun = subprocess.run([str(SUMMARIZE), *argv], capture_output=True, text=True, check=False)
    refused = f"Error: {mine}: the output would replace this input; choose another -o\n"
    assert (rerun.returncode, rerun.stderr) == (2, refused)
    assert mine.read_text("utf-8").startswith('{"title": "Của tôi"')
    mine.rename(tmp_path / "summaries.jsonl")  # moved out of the way: the run finishes its work
    rerun = subprocess.run([str(SUMMARIZE), *argv], capture_output=True, text=True, check=False)
    assert (rerun.returncode, rerun.stderr) == (0, "")
    assert rerun.stdout.startswith("2 summarized, 0 failed, 2 unchanged")
    assert [row["source"] for row in lines(mine)] == [str(p) for p in paths]


def test_our_summaries_edited_by_hand_in_a_folder_an_older_version_wrote_are_kept(
    tmp_path: Path,
) -> None:
    # A version before the manifest left the journal and summaries.csv alone (no manifest); the
    # user edited the table, and the next run replaced the edit unread (exit 0).
    folder = tmp_path / "bai"
    articles(folder, 2)
    argv = [str(SUMMARIZE), "batch", str(folder), "-o", str(folder), "--jobs", "1"]
    assert subprocess.run([*argv, "--format", "csv"], capture_output=True).returncode == 0
    (folder / RUN_MANIFEST).unlink()  # the folder as the older version left it
    table = folder / "summaries.csv"
    table.write_text(table.read_text("utf-8").replace("Bài số 1", "Bài SỐ MỘT"), "utf-8")
    before = contents(folder)
    run = subprocess.run([*argv, "--format", "csv"], capture_output=True, text=True)
    refused = f"Error: {table}: the output would replace this input; choose another -o\n"
    assert (run.returncode, run.stderr) == (2, refused)
    assert contents(folder) == before


@pytest.mark.parametrize("linked", ["output", "input"])
def test_a_batch_into_its_own_folder_through_a_link_never_reads_its_outputs(
    tmp_path: Path, linked: str
) -> None:
    # `batch bai -o link` (link -> bai): the rerun warned that its own summaries and errors were
    # "another summarize run's output"; `batch link -o bai` read them as records (4 failed).
    articles(tmp_path / "bai", 2)
    (tmp_path / "link").symlink_to("bai")
    source, out = ("bai", "link") if linked == "output" else ("link", "bai")
    argv = [str(SUMMARIZE), "batch", source, "-o", out, "--jobs", "1"]
    for said in ("2 summarized, 0 failed, 0 unchanged", "0 summarized, 0 failed, 2 unchanged"):
        run = subprocess.run(argv, capture_output=True, text=True, cwd=tmp_path)
        assert (run.returncode, run.stderr) == (0, "")
        assert run.stdout.startswith(said)


def test_a_batch_into_a_folder_that_holds_the_folder_it_reads_reads_every_article(
    tmp_path: Path,
) -> None:
    # `summarize batch bai -o .` (the output beside the articles' folder) took every article for
    # one of its own outputs, being below -o: "Warning: bai: no files to summarize", 0 summarized.
    articles(tmp_path / "bai", 2)
    argv = [str(SUMMARIZE), "batch", "bai", "-o", ".", "--jobs", "1"]
    for said in ("2 summarized, 0 failed, 0 unchanged", "0 summarized, 0 failed, 2 unchanged"):
        run = subprocess.run(argv, capture_output=True, text=True, check=False, cwd=tmp_path)
        assert (run.returncode, run.stderr) == (0, "")
        assert run.stdout.startswith(said)
        read = [row["source"] for row in lines(tmp_path / "summaries.jsonl")]
        assert read == ["bai/000.txt", "bai/001.txt"]
