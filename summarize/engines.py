"""Where batch work runs: in this process, a local process pool, or a Dask cluster.

Each engine maps a picklable `work(path, options) -> results` over paths and yields
`(path, results)` as they complete, with a bounded number of tasks in flight so that memory does
not grow with the number of files. A worker that dies is reported through `on_error`, never by
stopping the run.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Generator, Iterator
from typing import Any

from .models import Options

log = logging.getLogger(__name__)

Results = list[dict[str, Any]]
Work = Callable[[str, Options], Results]
OnError = Callable[[str, str], Results]
Engine = Callable[[Work, list[str], Options], Iterator[tuple[str, Results]]]

# Futures in flight per worker: enough to keep workers busy, few enough that memory stays flat.
IN_FLIGHT_PER_WORKER = 4
CRASHED = "worker process crashed while summarizing this file"
FAILED = "internal error while summarizing this file"
# Dask retries a task whose worker died by itself (KilledWorker after a few deaths); a file whose
# finished result was lost with another file's worker is submitted again this many times in all.
DASK_TRIES = 3


def mapper(engine: str, jobs: int | None, scheduler: str | None, on_error: OnError) -> Engine:
    """The engine by name; `jobs` defaults to the number of cores."""
    workers = jobs or os.cpu_count() or 1
    if engine == "dask":
        return lambda work, paths, options: dask_map(
            work, paths, options, scheduler, workers, on_error
        )
    if workers == 1:
        return lambda work, paths, options: serial_map(work, paths, options, on_error)
    return lambda work, paths, options: pool_map(work, paths, options, workers, on_error)


def serial_map(
    work: Work, paths: list[str], options: Options, on_error: OnError
) -> Iterator[tuple[str, Results]]:
    """In this process, one file after another."""
    for path in paths:
        try:
            results = work(path, options)
        except Exception as error:  # a bug one file triggers must not end the run
            log.info("summarizing %s failed", path, exc_info=True)
            results = on_error(path, _failed(error))
        yield path, results


def _failed(error: BaseException) -> str:
    return f"{FAILED} ({type(error).__name__}: {error})"


def warm() -> None:
    """Worker initializer: load the shipped word lists and compile patterns once per process.

    Workers ignore Ctrl-C: the parent alone handles it and stops them (a worker dying of its
    own KeyboardInterrupt could leave the pool's shutdown waiting for it forever).
    """
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    from .clean import boilerplate_phrases
    from .segment import abbreviations
    from .words import stop_words

    boilerplate_phrases(), abbreviations(), stop_words()


def pool_map(
    work: Work, paths: list[str], options: Options, jobs: int, on_error: OnError
) -> Iterator[tuple[str, Results]]:
    """A process pool; when a worker dies, the files it may have held are retried one by one."""
    pending = list(reversed(paths))
    while pending:
        suspects = yield from _run_pool(work, pending, options, jobs, on_error)
        if suspects:
            log.warning("a worker process died; retrying %d files one at a time", len(suspects))
            for path in suspects:  # alone in a pool of one: only the culprit fails
                retried = yield from _run_pool(work, [path], options, 1, on_error)
                if retried:
                    yield path, on_error(path, CRASHED)


def _run_pool(
    work: Work, pending: list[str], options: Options, jobs: int, on_error: OnError
) -> Generator[tuple[str, Results], None, list[str]]:
    """Run until `pending` is empty or the pool breaks; return the files in flight at a break."""
    import multiprocessing
    from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
    from concurrent.futures.process import BrokenProcessPool

    context = multiprocessing.get_context("fork")
    running: dict[Any, str] = {}
    pool = ProcessPoolExecutor(jobs, mp_context=context, initializer=warm)
    try:
        while pending or running:
            while pending and len(running) < jobs * IN_FLIGHT_PER_WORKER:
                future = pool.submit(work, pending[-1], options)  # may find the pool broken
                running[future] = pending.pop()
            finished, _ = wait(running, return_when=FIRST_COMPLETED)
            for future in finished:
                # A file leaves `running` only with its result: when the pool breaks, every
                # file not yet delivered is a suspect, none is lost.
                yield running[future], _result(future, running[future], on_error)
                del running[future]
    except BrokenProcessPool:
        pool.shutdown(wait=True)
        return sorted(running.values())
    except BaseException:  # Ctrl-C, or the consumer stopped: stop the workers, do not wait
        _stop(pool)
        raise
    pool.shutdown(wait=True)
    return []


def _stop(pool: Any) -> None:
    """Cancel what is queued and end the workers now; their unfinished files are simply redone."""
    workers = list((pool._processes or {}).values())  # no public API ends running workers
    pool.shutdown(wait=False, cancel_futures=True)
    for worker in workers:
        worker.terminate()
    for worker in workers:
        worker.join(timeout=5)


def _result(future: Any, path: str, on_error: OnError) -> Results:
    """The future's results; an exception raised by the work (not a dead worker) fails its file."""
    from concurrent.futures.process import BrokenProcessPool

    try:
        results: Results = future.result()
    except BrokenProcessPool:
        raise
    except Exception as error:
        log.info("summarizing %s failed: %s", path, error)
        return on_error(path, _failed(error))
    return results


def dask_map(
    work: Work,
    paths: list[str],
    options: Options,
    scheduler: str | None,
    jobs: int,
    on_error: OnError,
) -> Iterator[tuple[str, Results]]:
    """The same unit of work on a Dask cluster (a LocalCluster when no address is given)."""
    from distributed import Client, LocalCluster, as_completed
    from distributed.scheduler import KilledWorker

    cluster = None
    if not scheduler:
        # The scheduler's HTTP server listens anyway (None means :8787): any free port, so a
        # second cluster on the machine is no "Port 8787 is already in use" warning.
        cluster = LocalCluster(
            n_workers=jobs, threads_per_worker=1, processes=True, dashboard_address=":0"
        )
    client = Client(scheduler or cluster)
    try:
        pending = list(reversed(paths))
        running: dict[Any, str] = {}
        tries: dict[str, int] = {}
        suspects: list[str] = []
        queue = as_completed()
        capacity = max(1, len(client.scheduler_info().get("workers", {}))) * IN_FLIGHT_PER_WORKER

        def submit(path: str) -> None:
            tries[path] = tries.get(path, 0) + 1
            key = f"summarize-{path}-{tries[path]}"
            future = client.submit(work, path, options, key=key, pure=False)
            running[future] = path
            queue.add(future)

        while pending and len(running) < capacity:
            submit(pending.pop())
        for future in queue:
            path = running.pop(future)
            try:
                yield path, future.result()
            except KilledWorker:
                # Workers kept dying while it was queued or running there: it, or a neighbour.
                suspects.append(path)
            except Exception as error:  # e.g. its result lost with another file's worker
                if tries[path] < DASK_TRIES:
                    submit(path)
                else:
                    yield path, on_error(path, f"worker failed: {error}")
            while pending and len(running) < capacity:
                submit(pending.pop())
        for path in suspects:  # alone on the cluster: only the culprit fails
            submit(path)
            try:
                yield path, running.popitem()[0].result()
            except Exception as error:
                yield path, on_error(path, f"worker failed: {error}")
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
