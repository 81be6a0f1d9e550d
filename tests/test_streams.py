"""Inputs and outputs that are not plain files: devices, FIFOs, links to standard output, a full
standard output, a row that is not UTF-8. Each is written into, read or refused, never replaced,
never a hang, never a traceback."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from .conftest import BAC_GIANG, HAI_DUONG, SEEDS

SUMMARIZE = Path(sys.executable).with_name("summarize")
# Only a hang makes a command take this long; it ends the test instead of the whole suite.
HANG = 300


def summarize(*argv: str, **kwargs: object) -> subprocess.CompletedProcess[str]:
    streams = {"stdout": subprocess.PIPE, "stderr": subprocess.PIPE, **kwargs}
    return subprocess.run([str(SUMMARIZE), *argv], text=True, check=False, timeout=HANG,
                          **streams)  # type: ignore[call-overload]  # fmt: skip


def rows_file(path: Path, count: int = 2) -> Path:
    docs = [{"id": n, "text": p.read_text("utf-8")} for n, p in enumerate((BAC_GIANG, HAI_DUONG))]
    lines = [json.dumps({"id": n, "documents": docs}, ensure_ascii=False) for n in range(count)]
    path.write_text("\n".join(lines) + "\n", "utf-8")
    return path


def device(path: Path, minor: int) -> Path:
    """A character device node made by the test: 3 is like /dev/null, 7 like /dev/full."""
    os.mknod(path, stat.S_IFCHR | 0o666, os.makedev(1, minor))
    return path


# --- outputs that are streams --------------------------------------------------------------------


@pytest.mark.parametrize(
    "argv",
    [
        ["clusters", "{rows}", "-o", "{target}", "--jobs", "1"],
        ["email", str(SEEDS), "-o", "{target}"],
        ["email", str(SEEDS), "--html-fragment", "{target}"],
    ],
    ids=["clusters", "email", "html-fragment"],
)
def test_a_device_named_as_output_is_written_into_not_replaced(
    tmp_path: Path, argv: list[str]
) -> None:
    null = device(tmp_path / "null", 3)
    rows = rows_file(tmp_path / "c.jsonl")
    run = summarize(*(a.format(rows=rows, target=null) for a in argv))
    assert run.returncode == 0, run.stderr
    assert stat.S_ISCHR(os.lstat(null).st_mode)  # still the device
    assert sorted(p.name for p in tmp_path.iterdir()) == ["c.jsonl", "null"]  # no temporary


@pytest.mark.parametrize("flag", ["-o", "--html-fragment"])
def test_a_link_to_standard_output_carries_the_output_there(tmp_path: Path, flag: str) -> None:
    link = tmp_path / "out"
    link.symlink_to("/proc/self/fd/1")
    rows = rows_file(tmp_path / "c.jsonl")
    argv = (
        ["clusters", str(rows), flag, str(link)]
        if flag == "-o"
        else ["email", str(SEEDS), flag, str(link)]
    )
    run = summarize(*argv)
    assert run.returncode == 0, run.stderr
    assert link.is_symlink()
    if flag == "-o":
        assert [json.loads(line)["id"] for line in run.stdout.splitlines()] == [0, 1]
    else:
        assert run.stdout.startswith('<div class="briefing"')


def test_a_fifo_named_as_output_is_written_into(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()), daemon=True)
    reader.start()
    run = summarize("clusters", str(rows_file(tmp_path / "c.jsonl")), "-o", str(fifo))
    reader.join(HANG)
    assert run.returncode == 0, run.stderr
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert [json.loads(line)["id"] for line in received[0].splitlines()] == [0, 1]


def test_a_full_device_as_output_is_an_error_line(tmp_path: Path) -> None:
    full = device(tmp_path / "full", 7)
    run = summarize("clusters", str(rows_file(tmp_path / "c.jsonl")), "-o", str(full))
    assert (run.returncode, run.stderr) == (1, f"Error: {full}: No space left on device\n")
    assert stat.S_ISCHR(os.lstat(full).st_mode)


def test_clusters_on_a_full_standard_output_is_an_error_line(tmp_path: Path) -> None:
    with open("/dev/full", "w") as full:
        run = summarize("clusters", str(rows_file(tmp_path / "c.jsonl")), "--jobs", "1",
                        stdout=full)  # fmt: skip
    assert (run.returncode, run.stderr) == (1, "Error: <stdout>: No space left on device\n")


def test_a_report_on_a_full_standard_output_is_an_error_line(tmp_path: Path) -> None:
    # `report DIR -o - > /dev/full`: the briefing's text is written at once, not at the flush,
    # and its OSError ended the run in a traceback.
    for shape in ("json", "md"):
        with open("/dev/full", "w") as full:
            run = summarize("report", str(SEEDS), "-o", "-", "--format", shape, stdout=full)
        assert (run.returncode, run.stderr) == (1, "Error: <stdout>: No space left on device\n")


def closed_stdout(*argv: str) -> subprocess.CompletedProcess[str]:
    """`summarize ARGV >&-`: started with no standard output at all (Python's sys.stdout None)."""
    command = ["/bin/sh", "-c", '"$0" "$@" >&-', str(SUMMARIZE), *argv]
    return subprocess.run(command, capture_output=True, text=True, check=False, timeout=HANG)


@pytest.mark.parametrize(
    ("command", "code"),
    [("report-stdout", 1), ("clusters-stdout", 1), ("report", 0), ("batch", 0)],
)
def test_a_closed_standard_output_is_an_error_line_only_where_the_output_goes(
    tmp_path: Path, command: str, code: int
) -> None:
    # `summarize … >&-` (a cron line, a service): every command ended in a traceback
    # ('NoneType' object has no attribute 'flush' / 'write'). Where stdout is the output (-o -,
    # clusters without -o) that is an error line; elsewhere the count line is dropped, as print
    # drops it, and the files are written.
    out = tmp_path / "out"
    argv = {
        "report-stdout": ["report", str(SEEDS), "-o", "-"],
        "clusters-stdout": ["clusters", str(rows_file(tmp_path / "c.jsonl")), "--jobs", "1"],
        "report": ["report", str(SEEDS), "-o", str(out)],
        "batch": ["batch", str(SEEDS), "-o", str(out), "--jobs", "1"],
    }[command]
    run = closed_stdout(*argv)
    said = "Error: <stdout>: standard output is closed\n" if code else ""
    assert (run.returncode, run.stderr) == (code, said)
    assert sorted(p.name for p in out.iterdir()) if code == 0 else not out.exists()


# --- inputs that are streams ---------------------------------------------------------------------


def test_a_row_that_is_not_utf8_is_named_by_line_and_offset_and_skipped(tmp_path: Path) -> None:
    good = rows_file(tmp_path / "good.jsonl", 3).read_bytes().splitlines(keepends=True)
    bad = good[1].replace(b"Giang", b"Gi\xffng", 1)
    given = tmp_path / "c.jsonl"
    given.write_bytes(good[0] + bad + good[2])
    offset = len(good[0]) + bad.index(b"\xff")
    run = summarize("clusters", str(given), "--jobs", "1")
    assert run.returncode == 1
    assert (
        run.stderr == f"Error: {given}:2: cannot decode as UTF-8 at byte {offset:,} of the input\n"
    )
    assert [json.loads(line)["id"] for line in run.stdout.splitlines()] == [0, 2]


def test_a_character_device_is_refused_as_input(tmp_path: Path) -> None:
    run = summarize("clusters", "/dev/zero")
    assert run.returncode == 1
    assert run.stderr == "Error: /dev/zero: cannot read: a device or socket, not a file or pipe\n"
    with open("/dev/zero", "rb") as zero:
        piped = summarize("clusters", "-", stdin=zero)
    assert piped.stderr == "Error: <stdin>: cannot read: a device or socket, not a file or pipe\n"


NO_WRITER = """
import sys
from summarize.cli import main
from summarize.text import files

files.FIFO_WAIT_SECONDS = 0.2  # no writer will ever come: the outcome does not depend on it
raise SystemExit(main(sys.argv[1:]))
"""


def test_a_fifo_without_a_writer_is_refused_not_waited_on_forever(tmp_path: Path) -> None:
    fifo = tmp_path / "rows"
    os.mkfifo(fifo)
    run = subprocess.run([sys.executable, "-c", NO_WRITER, "clusters", str(fifo)],
                         capture_output=True, text=True, timeout=HANG, check=False)  # fmt: skip
    assert run.returncode == 1
    assert run.stderr == f"Error: {fifo}: cannot read: no writer opened this FIFO in 0.2 s\n"


def test_a_pipe_from_the_shell_is_read(tmp_path: Path) -> None:
    rows = rows_file(tmp_path / "c.jsonl")
    run = subprocess.run(["bash", "-c", f'"{SUMMARIZE}" clusters <(cat "{rows}") --jobs 1'],
                         capture_output=True, text=True, timeout=HANG, check=False)  # fmt: skip
    assert run.returncode == 0, run.stderr
    assert [json.loads(line)["id"] for line in run.stdout.splitlines()] == [0, 1]
