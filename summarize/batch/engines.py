"""Where work runs: in this process, a local process pool, or a Dask cluster.

Each engine maps a picklable `work(item, options) -> result` over items (a batch's file paths,
the rows of a clusters file) and yields `(item, result)` as they complete, with a bounded number
of tasks in flight so that memory does not grow with the number of items. A worker that dies is
reported through `on_error`, never by stopping the run. dask and distributed are an optional
extra (`pip install '.[dask]'` in the project's folder), imported only when the dask engine runs.
"""

from __future__ import annotations

import gc
import importlib.util
import logging
import os
from collections.abc import Callable, Generator, Iterable, Iterator
from contextlib import contextmanager
from itertools import chain, islice
from typing import Any, Generic, TypeVar

from ..errors import EngineError, ErrorKind, OptionsError
from ..models import Options

log = logging.getLogger(__name__)

T = TypeVar("T")  # one item of work: a file's path, a numbered row
R = TypeVar("R")  # what the work makes of it

ENGINES = ("local", "dask")
# Futures in flight per worker: enough to keep workers busy, few enough that memory stays flat.
IN_FLIGHT_PER_WORKER = 4
#: The most workers a pool starts for each core: `clusters --jobs 100000` (rows streamed, their
#: number unknown) forked 100,000 processes at once (a fork pool starts them all), and the
#: machine stalled; beyond a few a core, more workers only wait on the same cores.
WORKERS_PER_CORE = 4
CRASHED = "worker process crashed while summarizing this file"
FAILED = "internal error while summarizing this file"
# Dask retries a task whose worker died by itself (KilledWorker after a few deaths); a file whose
# finished result was lost with another file's worker is submitted again this many times in all.
DASK_TRIES = 3
# Our own LocalCluster: a task whose worker dies fails at once (KilledWorker), because
# `_dask_results` already retries it alone; the scheduler's own retries (three more deaths per
# culprit) only killed workers faster than their nannies restart them under load, and once every
# nanny had stopped, the run waited for a worker forever. A task that finds no worker for this
# long fails with the reason instead of hanging the run.
LOCAL_SCHEDULER = {
    "distributed.scheduler.allowed-failures": 0,
    "distributed.scheduler.no-workers-timeout": "5 minutes",
}


def engine_failure_kind(reason: str) -> ErrorKind:
    """The kind of an engine's `on_error` reason: a dead worker, or a bug the item triggered."""
    return ErrorKind.CRASHED if reason.startswith(CRASHED) else ErrorKind.INTERNAL


NO_DASK = (
    "the dask engine needs the optional packages dask and distributed: "
    "pip install 'dask>=2024.1' 'distributed>=2024.1' (or, in the project's folder, "
    "pip install '.[dask]')"
)


def check_engine(engine: str) -> None:
    """An OptionsError for an unknown engine, or for dask when it is not installed (not imported:
    the check costs nothing and the base install never loads dask)."""
    if engine not in ENGINES:
        raise OptionsError(f"must be one of {', '.join(ENGINES)}", option="engine")
    if engine == "dask" and not all(importlib.util.find_spec(m) for m in ("dask", "distributed")):
        raise OptionsError(NO_DASK)


def run(
    work: Callable[[T, Options], R],
    items: Iterable[T],
    options: Options,
    *,
    on_error: Callable[[T, str], R],
    engine: str = "local",
    jobs: int | None = None,
    scheduler: str | None = None,
    count: int | None = None,
) -> Iterator[tuple[T, R]]:
    """`work` over `items` on the named engine; `jobs` defaults to the number of cores.

    `count`, when the number of items is known, caps the workers: a process pool never starts
    more workers than there are items, and none at all for no items; nor more than
    WORKERS_PER_CORE a core, whatever `jobs` asks.
    """
    cores = os.cpu_count() or 1
    workers = min(jobs or cores, WORKERS_PER_CORE * cores)
    if count is not None:
        if count == 0:
            return iter(())
        workers = min(workers, count)
    if engine == "dask":
        return dask_map(work, list(items), options, scheduler, workers, on_error)
    if workers == 1:
        return serial_map(work, items, options, on_error)
    return pool_map(work, items, options, workers, on_error)


def serial_map(
    work: Callable[[T, Options], R],
    items: Iterable[T],
    options: Options,
    on_error: Callable[[T, str], R],
) -> Iterator[tuple[T, R]]:
    """In this process, one item after another."""
    for item in items:
        try:
            result = work(item, options)
        except Exception as error:  # a bug one item triggers must not end the run
            log.info("summarizing %s failed", item, exc_info=True)
            result = on_error(item, _failed(error))
        yield item, result


def _failed(error: BaseException) -> str:
    return f"{FAILED} ({type(error).__name__}: {error})"


def warm(parent: int | None = None) -> None:
    """Worker initializer: load the shipped word lists and compile patterns once per process.

    Workers ignore Ctrl-C: the parent alone handles it and stops them (a worker dying of its
    own KeyboardInterrupt could leave the pool's shutdown waiting for it forever). They die with
    `parent`, however it ends (SIGKILL included), instead of living on holding the journal open.
    """
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # not the parent's handler, inherited by fork
    if parent is not None:
        die_with(parent)
    from ..text.clean import boilerplate_phrases
    from ..text.segment import abbreviations
    from ..text.words import stop_words

    boilerplate_phrases(), abbreviations(), stop_words()


def die_with(parent: int) -> None:
    """Ask the kernel to SIGKILL this process when its parent dies (Linux's PR_SET_PDEATHSIG);
    elsewhere the pool's own shutdown is all there is. A parent already gone: exit now."""
    import ctypes
    import signal

    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):  # not Linux: no prctl
        return
    if os.getppid() != parent:  # it died before the request was made
        os._exit(1)


PR_SET_PDEATHSIG = 1  # <linux/prctl.h>


def pool_map(
    work: Callable[[T, Options], R],
    items: Iterable[T],
    options: Options,
    jobs: int,
    on_error: Callable[[T, str], R],
) -> Iterator[tuple[T, R]]:
    """A process pool; when a worker dies, the items it may have held are retried one by one."""
    pending: Iterator[T] = iter(items)
    more = True
    while more:
        suspects, pending, more = yield from _run_pool(work, pending, options, jobs, on_error)
        if suspects:
            log.warning("a worker process died; retrying %d items one at a time", len(suspects))
        for item in suspects:  # alone in a pool of one: only the culprit fails
            retried, _, _ = yield from _run_pool(work, iter([item]), options, 1, on_error)
            if retried:
                yield item, on_error(item, CRASHED)


def _run_pool(
    work: Callable[[T, Options], R],
    pending: Iterator[T],
    options: Options,
    jobs: int,
    on_error: Callable[[T, str], R],
) -> Generator[tuple[T, R], None, tuple[list[T], Iterator[T], bool]]:
    """Run until `pending` is exhausted or the pool breaks; returns the items in flight at a break
    (the suspects), what is still pending, and whether to go on. No item, no worker process."""
    from concurrent.futures import FIRST_COMPLETED, wait
    from concurrent.futures.process import BrokenProcessPool

    running: dict[Any, T] = {}
    pool: Any = None
    try:
        while True:
            for item in islice(pending, jobs * IN_FLIGHT_PER_WORKER - len(running)):
                pool = pool or _new_pool(jobs)
                try:
                    running[pool.submit(work, item, options)] = item
                except BrokenProcessPool:  # the pool broke before this item reached it
                    pending = chain([item], pending)
                    raise
            if not running:
                break
            finished, _ = wait(running, return_when=FIRST_COMPLETED)
            for future in finished:
                # An item leaves `running` with its result: at a break, the rest are suspects.
                yield running[future], _result(future, running[future], on_error)
                del running[future]
    except BrokenProcessPool:
        pool.shutdown(wait=True)
        return list(running.values()), pending, True
    except BaseException:  # Ctrl-C, or the consumer stopped: stop the workers, do not wait
        if pool is not None:
            _stop(pool)
        raise
    if pool is not None:
        pool.shutdown(wait=True)
    return [], pending, False


def _new_pool(jobs: int) -> Any:
    """A pool of `jobs` forked workers, each set to die with this process (`warm`)."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    context = multiprocessing.get_context("fork")
    return ProcessPoolExecutor(jobs, mp_context=context, initializer=warm, initargs=(os.getpid(),))


def _stop(pool: Any) -> None:
    """Cancel what is queued and end the workers now; their unfinished files are simply redone.
    Then wait for the pool's manager thread: still closing its wake-up pipe when the interpreter
    exits, it raced the exit hook of concurrent.futures (Python 3.11), which wrote to the closed
    pipe: "Exception ignored … Bad file descriptor", a traceback after the run's error line."""
    workers = list((pool._processes or {}).values())  # no public API ends running workers
    manager = pool._executor_manager_thread
    pool.shutdown(wait=False, cancel_futures=True)
    for worker in workers:
        worker.terminate()
    for worker in workers:
        worker.join(timeout=5)
    if manager is not None:
        manager.join(timeout=5)


def _result(future: Any, item: T, on_error: Callable[[T, str], R]) -> R:
    """The future's result; an exception raised by the work (not a dead worker) fails its item."""
    from concurrent.futures.process import BrokenProcessPool

    try:
        result: R = future.result()
    except BrokenProcessPool:
        raise
    except Exception as error:
        log.info("summarizing %s failed: %s", item, error)
        return on_error(item, _failed(error))
    return result


def dask_map(
    work: Callable[[T, Options], R],
    paths: list[T],
    options: Options,
    scheduler: str | None,
    jobs: int,
    on_error: Callable[[T, str], R],
) -> Iterator[tuple[T, R]]:
    """The same unit of work on a Dask cluster (a LocalCluster when no address is given)."""
    with _dask_client(scheduler, jobs) as client:
        yield from _dask_results(_DaskTasks(client, work, options, paths), on_error)


@contextmanager
def _dask_client(scheduler: str | None, jobs: int) -> Iterator[Any]:
    """A client of the cluster at `scheduler`, or of a LocalCluster of `jobs` processes."""
    import dask
    from distributed import Client, LocalCluster

    cluster = None
    if not scheduler:
        # The scheduler's HTTP server listens anyway (None means :8787): any free port, so a
        # second cluster on the machine is no "Port 8787 is already in use" warning.
        with dask.config.set(LOCAL_SCHEDULER):
            cluster = LocalCluster(
                n_workers=jobs, threads_per_worker=1, processes=True, dashboard_address=":0"
            )
    try:
        client, failure = Client(scheduler or cluster), ""
    except (OSError, ValueError, TimeoutError) as error:  # distributed's kinds for both
        failure = f"cannot reach the Dask scheduler: {error}"
    if failure:
        if cluster is not None:
            cluster.close()
        # The half-built Client is cyclic garbage; left to a later collection, its __del__ can
        # run inside the next Client's start, which holds distributed's class-wide LoopRunner
        # lock its close() waits for: the process hangs. Collected here, it closes at once.
        gc.collect()
        raise EngineError(scheduler or "LocalCluster", failure)
    try:
        yield client
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


class _DaskTasks(Generic[T, R]):
    """The paths' futures on a cluster: a few per worker in flight, each try under its own key."""

    def __init__(
        self, client: Any, work: Callable[[T, Options], R], options: Options, paths: list[T]
    ) -> None:
        from distributed import as_completed

        self.client, self.work, self.options = client, work, options
        self.pending = list(reversed(paths))
        self.running: dict[Any, T] = {}
        self.tries: dict[T, int] = {}
        self.queue = as_completed()
        workers = len(client.scheduler_info().get("workers", {}))
        self.capacity = max(1, workers) * IN_FLIGHT_PER_WORKER

    def submit(self, path: T) -> None:
        self.tries[path] = self.tries.get(path, 0) + 1
        key = f"summarize-{path}-{self.tries[path]}"
        future = self.client.submit(self.work, path, self.options, key=key, pure=False)
        self.running[future] = path
        self.queue.add(future)

    def fill(self) -> None:
        while self.pending and len(self.running) < self.capacity:
            self.submit(self.pending.pop())


def _dask_results(
    tasks: _DaskTasks[T, R], on_error: Callable[[T, str], R]
) -> Iterator[tuple[T, R]]:
    """Results as they complete; a failed try is submitted again (up to DASK_TRIES), and a path
    whose worker died runs alone at the end, in a process of this machine, so that only the
    culprit fails. Alone on the cluster was not alone enough: under load, the culprit's second
    death left no worker (both restarting), and the innocent's lone try then died as well (3
    runs in 20 of test_a_killed_worker…[dask] at load 12)."""
    from distributed.scheduler import KilledWorker

    suspects: list[T] = []
    tasks.fill()
    for future in tasks.queue:
        path = tasks.running.pop(future)
        try:
            yield path, future.result()
        except KilledWorker:
            # Workers kept dying while it was queued or running there: it, or a neighbour.
            suspects.append(path)
        except Exception as error:  # e.g. its result lost with another file's worker
            if tasks.tries[path] < DASK_TRIES:
                tasks.submit(path)
            else:
                yield path, on_error(path, f"worker failed: {error}")
        tasks.fill()
    for path in suspects:  # in a process of its own: only the culprit's dies
        died, _, _ = yield from _run_pool(tasks.work, iter([path]), tasks.options, 1, on_error)
        if died:
            yield path, on_error(path, CRASHED)
