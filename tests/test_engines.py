"""Engines: never more workers than items, dask only on request and only when installed."""

from __future__ import annotations

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
