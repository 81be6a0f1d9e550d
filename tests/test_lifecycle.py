"""A run's life as the operating system sees it: two runs into one folder, SIGTERM and SIGKILL,
worker processes that must die with their parent, a disk that fills up under the journal.

Real processes and signals. No test waits a fixed time: each polls for a state (a file, a process
gone) with a generous deadline, so a loaded machine is only slower, never wrong.
"""

from __future__ import annotations

import hashlib
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from summarize.batch.run import JOURNAL

from .test_faults import articles, journal_lines

SUMMARIZE = Path(sys.executable).with_name("summarize")
BUSY = "another summarize batch is writing into this folder; wait for it or choose another -o"

# The command line in a fresh interpreter that stops once `stop` files are journaled: it writes
# its pid to `ready` and waits (in the main thread, workers idle) until `go` exists. The test then
# acts on a run that is exactly there, however fast the machine is.
PAUSING = """
import os, sys, time
from pathlib import Path
from summarize import progress
from summarize.cli import main

ready, go, stop, *argv = sys.argv[1:]
shown = progress.Progress.__call__

def pause_after(self, done, total):
    shown(self, done, total)
    if done == int(stop):
        Path(ready).write_text(str(os.getpid()))
        while not os.path.exists(go):
            time.sleep(0.02)

progress.Progress.__call__ = pause_after
raise SystemExit(main(argv))
"""

# `summarize clusters` whose worker blocks on row `stop` (having written `ready`) until `go`.
CLUSTERS_PAUSING = """
import os, sys, time
from pathlib import Path
from summarize.batch import clusters
from summarize.cli import main

ready, go, stop, *argv = sys.argv[1:]
real = clusters.summarize_row

def held_row(row, options):
    if row[0] == int(stop):
        Path(ready).write_text(str(os.getppid()))
        while not os.path.exists(go):
            time.sleep(0.02)
    return real(row, options)

clusters.summarize_row = held_row
raise SystemExit(main(argv))
"""


def wait_for(condition: Callable[[], Any], what: str, deadline: float = 240.0) -> None:
    """Poll until `condition()` holds; fail naming `what` after a deadline no healthy run nears."""
    end = time.monotonic() + deadline
    while not condition():
        if time.monotonic() > end:
            raise AssertionError(f"gave up waiting for {what}")
        time.sleep(0.05)


def alive(pid: int) -> bool:
    """Running (a zombie nobody reaped yet counts as gone)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, ProcessLookupError, IndexError):
        return False
    return state not in ("Z", "X")


def children(pid: int) -> list[int]:
    found = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        found += [int(c) for c in (task / "children").read_text().split()]
    return found


class Paused:
    """A command started with a pause script; `.pid` once it is paused, `.go()` to continue."""

    def __init__(self, tmp: Path, script: str, stop: int, argv: list[str]) -> None:
        self.ready, self.go_file = tmp / "ready", tmp / "go"
        command = [sys.executable, "-c", script, str(self.ready), str(self.go_file), str(stop)]
        self.process = subprocess.Popen([*command, *argv], stdout=subprocess.PIPE,
                                        stderr=subprocess.PIPE, text=True)  # fmt: skip
        wait_for(lambda: self.ready.exists() or self.process.poll() is not None, "the pause")
        assert self.process.poll() is None, self.process.communicate()
        wait_for(lambda: self.ready.read_text(), "the pid")
        self.pid = self.process.pid

    def go(self) -> None:
        self.go_file.touch()

    def finish(self) -> tuple[str, str]:
        try:
            return self.process.communicate(timeout=600)
        finally:
            if self.process.poll() is None:
                self.process.kill()


def summaries(out: Path) -> list[str]:
    lines = (out / "summaries.jsonl").read_text("utf-8").splitlines()
    return [json.loads(line)["source"] for line in lines]


# --- two runs into one folder --------------------------------------------------------------------


def test_a_second_batch_into_a_folder_in_use_is_refused_and_nothing_is_lost(
    tmp_path: Path,
) -> None:
    folder, out = tmp_path / "in", tmp_path / "out"
    paths = articles(folder, 12)
    argv = ["batch", str(folder), "-o", str(out), "--jobs", "2"]
    first = Paused(tmp_path, PAUSING, 3, argv)
    try:
        second = subprocess.run([str(SUMMARIZE), *argv], capture_output=True, text=True,
                                check=False)  # fmt: skip
    finally:
        first.go()
    assert (second.returncode, second.stderr) == (1, f"Error: {out}: {BUSY}\n")
    assert second.stdout == ""
    _, err = first.finish()
    assert first.process.returncode == 0, err
    assert summaries(out) == [str(p) for p in paths]  # each once, none lost
    assert len(journal_lines(out)) == 12


def test_the_folder_is_free_again_after_a_run_is_killed(tmp_path: Path) -> None:
    folder, out = tmp_path / "in", tmp_path / "out"
    paths = articles(folder, 6)
    argv = ["batch", str(folder), "-o", str(out), "--jobs", "2"]
    first = Paused(tmp_path, PAUSING, 2, argv)
    first.process.kill()
    first.finish()
    rerun = subprocess.run([str(SUMMARIZE), *argv], capture_output=True, text=True, check=False)
    assert rerun.returncode == 0, rerun.stderr
    assert rerun.stdout.startswith("4 summarized, 0 failed, 2 unchanged")
    assert summaries(out) == [str(p) for p in paths]


# --- SIGTERM and SIGKILL -------------------------------------------------------------------------


def test_sigterm_stops_a_batch_like_ctrl_c_and_its_workers_with_it(tmp_path: Path) -> None:
    folder, out = tmp_path / "in", tmp_path / "out"
    paths = articles(folder, 12)
    argv = ["batch", str(folder), "-o", str(out), "--jobs", "2"]
    run = Paused(tmp_path, PAUSING, 3, argv)
    workers = children(run.pid)
    assert len(workers) == 2
    os.kill(run.pid, signal.SIGTERM)  # the batch alone, as `kill PID` does
    _, err = run.finish()
    assert run.process.returncode == 143
    assert err.splitlines() == ["Error: terminated; run the same command again to resume"]
    wait_for(lambda: not any(alive(w) for w in workers), "the workers to end")
    assert len(journal_lines(out)) == 3  # every line whole
    assert sorted(p.name for p in out.iterdir()) == [JOURNAL]
    rerun = subprocess.run([str(SUMMARIZE), *argv], capture_output=True, text=True, check=False)
    assert rerun.stdout.startswith("9 summarized, 0 failed, 3 unchanged")
    assert summaries(out) == [str(p) for p in paths]


def test_workers_die_with_a_batch_killed_by_sigkill(tmp_path: Path) -> None:
    folder, out = tmp_path / "in", tmp_path / "out"
    articles(folder, 10)
    run = Paused(tmp_path, PAUSING, 2, ["batch", str(folder), "-o", str(out), "--jobs", "2"])
    workers = children(run.pid)
    assert len(workers) == 2
    os.kill(run.pid, signal.SIGKILL)
    run.finish()
    wait_for(lambda: not any(alive(w) for w in workers), "the orphaned workers to end")


def cluster_rows(path: Path, count: int) -> Path:
    from .conftest import BAC_GIANG, HAI_DUONG

    docs = [{"id": n, "text": p.read_text("utf-8")} for n, p in enumerate((BAC_GIANG, HAI_DUONG))]
    rows = [json.dumps({"id": n, "documents": docs}, ensure_ascii=False) for n in range(count)]
    path.write_text("\n".join(rows) + "\n", "utf-8")
    return path


@pytest.mark.parametrize("name", ["SIGTERM", "SIGKILL"])
def test_clusters_stopped_by_a_signal_takes_its_workers_and_leaves_no_file(
    tmp_path: Path, name: str
) -> None:
    rows = cluster_rows(tmp_path / "c.jsonl", 6)
    out = tmp_path / "out"
    out.mkdir()
    argv = ["clusters", str(rows), "-o", str(out / "s.jsonl"), "--jobs", "2"]
    run = Paused(tmp_path, CLUSTERS_PAUSING, 4, argv)
    workers = children(run.pid)
    assert len(workers) == 2
    os.kill(run.pid, getattr(signal, name))
    _, err = run.finish()
    wait_for(lambda: not any(alive(w) for w in workers), "the workers to end")
    if name == "SIGTERM":  # SIGKILL gives no chance to tidy up
        assert run.process.returncode == 143
        assert err.splitlines() == ["Error: terminated; run the same command again to resume"]
        assert list(out.iterdir()) == []  # no hidden temporary file
    else:  # the killed run's temporary is left; the next run into that file removes it
        assert [p.name.startswith(".s.jsonl.") for p in out.iterdir()] == [True]
        done = subprocess.run([sys.executable, "-m", "summarize", *argv], capture_output=True)
        assert done.returncode == 0, done.stderr
        assert [p.name for p in out.iterdir()] == ["s.jsonl"]


# --- a full disk under the journal ---------------------------------------------------------------


@pytest.fixture()
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 16 KB tmpfs (we run as root): room for a few journal lines, not for forty."""
    disk = tmp_path / "disk"
    disk.mkdir()
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=16k", "tmpfs", str(disk)], check=True)
    try:
        yield disk
    finally:
        subprocess.run(["umount", "-l", str(disk)], check=True)


def test_a_full_disk_under_the_journal_is_an_error_line_and_the_next_run_resumes(
    tmp_path: Path, small_disk: Path
) -> None:
    folder, out = tmp_path / "in", small_disk / "out"
    paths = articles(folder, 40)
    argv = ["batch", str(folder), "-o", str(out), "--jobs", "2"]
    full = subprocess.run([str(SUMMARIZE), *argv], capture_output=True, text=True, check=False)
    journal = (out / JOURNAL).read_bytes()
    # It failed once in a loaded `make test-fast` with its message lost: every assertion now
    # says what the runs printed and how the journal ends.
    seen = f"first run: {full!r}; journal: {len(journal)} bytes ending {journal[-60:]!r}"
    assert (full.returncode, full.stderr) == (
        1,
        f"Error: {out / JOURNAL}: No space left on device\n",
    ), seen
    # The disk filled mid-line, maybe mid-character, maybe just before a line's "\n" (then the
    # entry is whole, and the next run keeps it): whole entries are what parses.
    kept = {entry["file"] for entry in map(whole_entry, journal.split(b"\n")) if entry}
    assert 0 < len(kept) < 40, seen
    subprocess.run(["mount", "-o", "remount,size=4m", str(small_disk)], check=True)  # space again
    rerun = subprocess.run([str(SUMMARIZE), *argv], capture_output=True, text=True, check=False)
    seen += f"; rerun: {rerun!r}"
    assert rerun.returncode == 0, seen
    assert f"0 failed, {len(kept)} unchanged" in rerun.stdout, seen  # nothing journaled is redone
    assert summaries(out) == [str(p) for p in paths], seen


def whole_entry(line: bytes) -> dict[str, Any] | None:
    try:
        entry = json.loads(line)
    except ValueError:  # cut by the full disk (UnicodeDecodeError is a ValueError too)
        return None
    return entry if isinstance(entry, dict) else None


def test_a_journal_that_is_not_a_regular_file_is_refused_not_read(tmp_path: Path) -> None:
    folder, out = tmp_path / "in", tmp_path / "out"
    articles(folder, 2)
    out.mkdir()
    (out / JOURNAL).symlink_to("/dev/zero")  # read to the end, it never ends
    argv = ["batch", str(folder), "-o", str(out), "--jobs", "1"]
    run = subprocess.run([str(SUMMARIZE), *argv], capture_output=True, text=True, check=False)
    assert (run.returncode, run.stderr) == (
        1, f"Error: {out / JOURNAL}: the journal is not a regular file\n"
    )  # fmt: skip


# --- what a re-run trusts ------------------------------------------------------------------------


def test_a_same_size_edit_under_a_kept_mtime_is_summarized_again(tmp_path: Path) -> None:
    from summarize.batch.run import run_batch

    folder, out = tmp_path / "in", tmp_path / "out"
    first, _ = articles(folder, 2)
    list(run_batch(folder, out, jobs=1))
    before = os.stat(first)
    text = first.read_text("utf-8")
    edited = text.replace("Bài số 0 về", "Bài SỐ 0 về")  # same length in bytes
    assert edited != text and len(edited.encode()) == len(text.encode())
    first.write_text(edited, "utf-8")
    os.utime(first, ns=(before.st_atime_ns, before.st_mtime_ns))  # as cp -p, rsync -a, tar x
    assert os.stat(first).st_mtime_ns == before.st_mtime_ns
    items = {Path(i.source).name: i for i in run_batch(folder, out, jobs=1)}
    assert (items["000.txt"].status, items["001.txt"].status) == ("summarized", "unchanged")
    assert items["000.txt"].sha256 == hashlib.sha256(edited.encode()).hexdigest()


def test_a_file_whose_change_time_alone_moved_is_hashed_and_kept(tmp_path: Path) -> None:
    from summarize.batch.run import run_batch

    folder, out = tmp_path / "in", tmp_path / "out"
    first, _ = articles(folder, 2)
    list(run_batch(folder, out, jobs=1))
    os.chmod(first, 0o600)  # moves the change time only: the content is the same
    assert [i.status for i in run_batch(folder, out, jobs=1)] == ["unchanged", "unchanged"]
