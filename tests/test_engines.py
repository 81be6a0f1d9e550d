"""Engines: never more workers than items, dask only on request and only when installed."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
from collections.abc import Iterator
from concurrent import futures
from pathlib import Path
from typing import Any

import pytest

from summarize.batch.engines import NO_DASK, WORKERS_PER_CORE, run
from summarize.cli import main
from summarize.models import Options

from .conftest import BAC_GIANG


def square(item: int, options: Options) -> int:
    return item * item


def failed(item: int, reason: str) -> int:
    return -1


@pytest.fixture()
def pools(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The worker count of every process pool started while the test runs."""
    started: list[int] = []

    class Recorded(futures.ProcessPoolExecutor):
        def __init__(self, max_workers: int, **kwargs: Any) -> None:
            started.append(max_workers)
            super().__init__(max_workers, **kwargs)

    monkeypatch.setattr(futures, "ProcessPoolExecutor", Recorded)
    return started


@pytest.mark.parametrize(
    ("items", "jobs", "workers"),
    [
        (0, 8, []),  # nothing to do: no pool at all
        (1, 8, []),  # one item runs in this process
        (3, 8, [3]),  # never more workers than items
        (9, 2, [2]),
    ],
)
def test_a_pool_never_starts_more_workers_than_items(
    pools: list[int], items: int, jobs: int, workers: list[int]
) -> None:
    done = run(square, range(items), Options(), on_error=failed, jobs=jobs, count=items)
    assert sorted(done) == [(n, n * n) for n in range(items)]
    assert pools == workers


def test_a_pool_never_starts_more_workers_than_a_few_a_core(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # `clusters --jobs 100000` (rows streamed: their count unknown) forked 100,000 workers.
    started: list[int] = []

    class Refused(futures.ProcessPoolExecutor):
        def __init__(self, max_workers: int, **kwargs: Any) -> None:
            started.append(max_workers)
            assert max_workers <= 64, "a pool this size would fork the machine to a halt"
            super().__init__(max_workers, **kwargs)

    monkeypatch.setattr(futures, "ProcessPoolExecutor", Refused)
    monkeypatch.setattr("summarize.batch.engines.os.cpu_count", lambda: 1)
    done = run(square, iter(range(9)), Options(), on_error=failed, jobs=100_000)
    assert sorted(done) == [(n, n * n) for n in range(9)]
    assert started == [WORKERS_PER_CORE]


def test_the_base_install_never_imports_dask(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_bytes(BAC_GIANG.read_bytes())
    code = (
        "import sys; import summarize.cli, summarize.batch.run, summarize.batch.engines;"
        f"code = summarize.cli.main(['batch', {str(tmp_path / 'in')!r}, '-o', "
        f"{str(tmp_path / 'out')!r}, '--jobs', '2']);"
        "print(code, sorted(m for m in ('dask', 'distributed') if m in sys.modules))"
    )
    ran = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert ran.stdout.splitlines()[-1] == "0 []"


def test_engine_dask_without_the_extra_is_a_usage_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(sys.modules, "distributed", None)  # as if not installed
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_bytes(BAC_GIANG.read_bytes())
    argv = ["batch", str(tmp_path / "in"), "-o", str(tmp_path / "out"), "--engine", "dask"]
    assert main(argv) == 2
    assert capsys.readouterr().err == f"Error: {NO_DASK}\n"
    assert "pip install 'dask>=2024.1' 'distributed>=2024.1'" in NO_DASK  # names PyPI holds
    assert not (tmp_path / "out").exists()  # refused before anything was read or written


@pytest.fixture()
def refusing_port() -> Iterator[int]:
    """A port on 127.0.0.1 bound but not listening: every connection to it is refused, and no
    other program can take it while the test runs."""
    with socket.socket() as bound:
        bound.bind(("127.0.0.1", 0))
        yield bound.getsockname()[1]


@pytest.mark.parametrize("kind", ["malformed", "refusing"])
def test_a_dask_scheduler_that_cannot_be_reached_is_an_error_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], refusing_port: int, kind: str
) -> None:
    # distributed's ValueError ("missing port number in address 'foo'") and OSError ("Timed out
    # trying to connect to tcp://… after 30 s") ended the batch in a traceback.
    import dask
    import distributed  # noqa: F401  (its settings, set below, exist once it is imported)

    address = "foo" if kind == "malformed" else f"tcp://127.0.0.1:{refusing_port}"
    folder, out = tmp_path / "in", tmp_path / "out"
    folder.mkdir()
    (folder / "a.txt").write_bytes(BAC_GIANG.read_bytes())
    command = ["batch", str(folder), "-o", str(out), "--engine", "dask", "--scheduler", address]
    with dask.config.set({"distributed.comm.timeouts.connect": "1s"}):  # refused, whatever speed
        assert main(command) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"Error: {address}: cannot reach the Dask scheduler: "), err
    assert "Traceback" not in err
    assert not (out / "summaries.jsonl").exists()  # nothing summarized, nothing claimed done


def test_a_client_that_could_not_connect_is_gone_before_the_next_one_starts(
    tmp_path: Path, refusing_port: int
) -> None:
    """A test-fast run hung in the refusing case above: the malformed case's half-built Client,
    left to the collector, ran its __del__ inside the next Client's start, which holds
    distributed's class-wide LoopRunner lock that its close() waits for. With the collector off
    (so nothing but the engine can collect), no Client of a failed run may be left behind."""
    import gc

    import dask
    import distributed

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_bytes(BAC_GIANG.read_bytes())
    gc.collect()
    before = {id(o) for o in gc.get_objects() if isinstance(o, distributed.Client)}
    gc.disable()
    try:
        with dask.config.set({"distributed.comm.timeouts.connect": "1s"}):
            for address in ("foo", f"tcp://127.0.0.1:{refusing_port}"):
                command = ["batch", str(folder), "-o", str(tmp_path / "out"), "--engine", "dask"]
                assert main([*command, "--scheduler", address]) == 1
        left = [o for o in gc.get_objects() if isinstance(o, distributed.Client)]
    finally:
        gc.enable()
    assert [client for client in left if id(client) not in before] == []


class KilledOnTheCluster:
    """_DaskTasks' stand-in: a cluster where every try dies with its worker (KilledWorker) for
    the files in `dying`, and where anything tried again dies too, the culprit or not: the
    state the LocalCluster was in under load when both its workers had been killed and were
    restarting (the innocent's lone try failed, 3 runs in 20 at load 12)."""

    def __init__(self, paths: list[str], dying: set[str]) -> None:
        self.work, self.options = died_with_007, Options()
        self.pending, self.dying = list(reversed(paths)), dying
        self.running: dict[Any, str] = {}
        self.tries: dict[str, int] = {}
        self.queue: list[Any] = []

    def submit(self, path: str) -> None:
        self.tries[path] = self.tries.get(path, 0) + 1
        future = Tried(path, path in self.dying or self.tries[path] > 1)
        self.running[future] = path
        self.queue.append(future)

    def fill(self) -> None:
        while self.pending:
            self.submit(self.pending.pop())


class Tried:
    def __init__(self, path: str, killed: bool) -> None:
        self.path, self.killed = path, killed

    def result(self) -> str:
        from distributed.scheduler import KilledWorker

        if self.killed:
            from types import SimpleNamespace

            raise KilledWorker(self.path, SimpleNamespace(address="tcp://worker"), 0)  # type: ignore[arg-type]
        return f"summary of {self.path}"


def died_with_007(path: str, options: Options) -> str:
    """The unit of work, run alone: only 007 kills its own process."""
    if path == "007":
        os.kill(os.getpid(), signal.SIGKILL)
    return f"summary of {path}"


def test_a_file_whose_dask_worker_died_is_judged_alone_where_nothing_else_can_kill_it() -> None:
    # 007 killed its worker and 009 was queued there: both are suspects. Tried again alone on
    # the cluster, 009 failed too when the cluster killed its lone try as well. Judged in a
    # process of its own, only the culprit fails, whatever the cluster does meanwhile.
    from summarize.batch.engines import CRASHED, _dask_results

    tasks = KilledOnTheCluster(["006", "007", "008", "009"], dying={"007", "009"})
    results = dict(_dask_results(tasks, lambda path, reason: reason))  # type: ignore[arg-type]
    assert results == {"006": "summary of 006", "008": "summary of 008",
                       "009": "summary of 009", "007": CRASHED}  # fmt: skip
    assert tasks.tries == {"006": 1, "007": 1, "008": 1, "009": 1}  # none tried again there


# A run stopped early (Ctrl-C, a full disk under the journal), then the interpreter's exit, with
# the race made certain: the pool's manager thread closes its wake-up pipe just after the exit
# hook of concurrent.futures has looked and found it open, and just before it writes.
STOPPED_EARLY = """
import threading
from concurrent.futures import process
from summarize.batch.engines import run
from summarize.models import Options

exiting, looked, closed = threading.Event(), threading.Event(), threading.Event()
close, wakeup = process._ThreadWakeup.close, process._ThreadWakeup.wakeup

def late_close(self):
    if threading.current_thread() is not threading.main_thread():
        looked.wait(2)
    close(self)
    closed.set()

def late_wakeup(self):
    if not exiting.is_set() or self._closed:
        return wakeup(self)
    looked.set()
    closed.wait(2)
    self._writer.send_bytes(b"")

def work(item, options):
    return item.upper()

process._ThreadWakeup.close, process._ThreadWakeup.wakeup = late_close, late_wakeup
finished = run(work, list("abcdefgh"), Options(), on_error=lambda item, reason: reason, jobs=2)
next(finished)
finished.close()  # the consumer stops: the workers are ended at once
exiting.set()
"""


def test_a_run_stopped_early_exits_without_a_traceback() -> None:
    # "Error: out/.summarize-journal.jsonl: No space left on device" was followed by "Exception
    # ignored in: <module 'threading'> … OSError: [Errno 9] Bad file descriptor" (seen in a
    # loaded test-fast): the pool's manager thread was still closing its pipe when the
    # interpreter's exit hook wrote to it. The workers' ending now waits for that thread.
    stopped = subprocess.run([sys.executable, "-c", STOPPED_EARLY], capture_output=True,
                             text=True, timeout=120, check=False)  # fmt: skip
    assert (stopped.returncode, stopped.stderr) == (0, "")
