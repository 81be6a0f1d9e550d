"""Atomic writes: a temporary file in the target folder, fsync, then os.replace.

Several files that belong together (briefing.html/.pdf/.json, a batch's summaries and errors) are
staged as one: every one is written and synced before the first replaces its target, so a full
disk leaves all the old files rather than a mix of old and new. While they replace their targets,
Ctrl-C and SIGTERM wait (the run stops once all are in place), and `write_files` holds their
folders, so two runs writing the same briefing at once leave one run's files, not a mix of both.

Only a regular file (or a new name) is replaced. A target that is a stream (a device such as
/dev/null, a FIFO, a socket, or a link through /proc such as /dev/stdout) is written into
directly: renaming over it would replace the system's /dev/null, or a link the user made, with a
file, and nothing would reach the stream.
"""

from __future__ import annotations

import contextlib
import errno
import glob
import json
import logging
import os
import signal
import stat
import sys
import tempfile
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from types import FrameType
from typing import IO, Any

from .errors import OutputError

Opener = Callable[..., IO[Any]]
log = logging.getLogger(__name__)


@contextlib.contextmanager
def staged_files(*, hold_folders: bool = False) -> Iterator[Opener]:
    """Yield `open(path, mode="w")`; the files replace their targets together if the block ends.

    `hold_folders`: other writers holding the same folders (flock) wait while the files replace
    their targets. A batch holds its folder for the whole run instead (see journal.hold_folder).
    """
    staged: list[tuple[IO[Any], str | None, Path]] = []  # (handle, temporary or None, target)
    current: list[Path] = []  # the target being worked on, named in the error

    def open_staged(path: str | os.PathLike[str], mode: str = "w") -> IO[Any]:
        target = Path(path)
        current[:] = [target]
        fd, tmp = _direct(target) if is_stream(target) else _temporary(target)
        binary = "b" in mode
        handle = os.fdopen(fd, "wb" if binary else "w", encoding=None if binary else "utf-8",
                           newline=None if binary else "")  # fmt: skip
        staged.append((handle, tmp, target))
        return handle

    try:
        yield open_staged
        for handle, tmp, target in staged:
            current[:] = [target]
            handle.flush()
            if tmp:  # a stream is not synced (a pipe cannot be) nor renamed
                os.fsync(handle.fileno())
                os.chmod(tmp, 0o644)
            handle.close()
        _rename([(tmp, target) for _, tmp, target in staged if tmp], current, hold_folders)
    except BaseException as exc:
        for handle, tmp, _ in staged:
            with contextlib.suppress(OSError):
                handle.close()
            with contextlib.suppress(OSError):
                if tmp:
                    os.unlink(tmp)
        if isinstance(exc, OSError):
            where = current[0] if current else Path(exc.filename or "")
            raise OutputError(str(where), _reason(exc)) from exc
        raise


def _rename(renames: list[tuple[str, Path]], current: list[Path], hold_folders: bool) -> None:
    """Each temporary over its target, signals held (and folders, if asked) until all are. The
    folders are held first: Ctrl-C stops a run that waits for another one's folder."""
    with _folders_held([t for _, t in renames] if hold_folders else []), _signals_held():
        for tmp, target in renames:
            current[:] = [target]
            os.replace(tmp, target)


_STOPS = (signal.SIGINT, signal.SIGTERM)


@contextlib.contextmanager
def _signals_held() -> Iterator[None]:
    """Ctrl-C and SIGTERM while the block runs take effect when it ends: a stop between two
    renames would leave the new briefing.html beside the old briefing.pdf. Only the main thread
    receives signals; elsewhere nothing is held."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    caught: list[int] = []

    def hold(signum: int, frame: FrameType | None) -> None:
        caught.append(signum)

    previous = {s: signal.getsignal(s) for s in _STOPS}
    held = [s for s, handler in previous.items() if handler is not None]  # None: set outside Python
    for stop in held:
        signal.signal(stop, hold)
    try:
        yield
    finally:
        for stop in held:
            signal.signal(stop, previous[stop])
        for signum in dict.fromkeys(caught):
            signal.raise_signal(signum)  # handled now as it would have been


@contextlib.contextmanager
def _folders_held(targets: Iterable[Path]) -> Iterator[None]:
    """An exclusive flock on each target's folder (in one order, so two writers cannot hold one
    each and wait for the other), released when the block ends or the process dies."""

    fds: list[int] = []
    try:
        for folder in sorted({os.path.realpath(t.parent) for t in targets}):
            fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
            fds.append(fd)
            _lock(fd, folder)
        yield
    finally:
        for fd in fds:
            os.close(fd)  # closing drops the lock


def _lock(fd: int, folder: str) -> None:
    """An exclusive flock on the open folder; a wait for another run (a batch holds its folder
    for the whole run) is said, not silent. A file system without locks: written unheld."""
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return
    except BlockingIOError:
        log.warning("%s: %s", folder, WAITING)
    except OSError:
        return
    with contextlib.suppress(OSError):
        fcntl.flock(fd, fcntl.LOCK_EX)


WAITING = "another summarize run is writing into this folder; waiting until it ends (Ctrl-C stops)"


def _temporary(target: Path) -> tuple[int, str]:
    """A new temporary file next to `target` (creating its folder), as (fd, path)."""
    try:
        make_folder(target.parent)
        _sweep_orphans(target)
        prefix = f".{target.name}.{os.getpid()}."
        return tempfile.mkstemp(prefix=prefix, suffix=".tmp", dir=target.parent)
    except OSError as exc:
        raise OutputError(str(target), _reason(exc)) from exc


NOT_A_FOLDER = "a file, not a folder; choose another -o"
#: An output's name taken by a folder: the rename at the end failed with "Is a directory", once
#: every article had been read (and the PDF rendered).
A_FOLDER = "a folder, not a file; choose another -o"


def make_folder(folder: Path) -> None:
    """Create `folder` (and its parents); one that is a file is an OutputError saying so (the
    OSError said "File exists")."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except FileExistsError as error:
        raise OutputError(str(folder), NOT_A_FOLDER) from error


WRITE_REFUSED = "cannot write into this folder"


def check_writable(targets: Iterable[str | os.PathLike[str]]) -> None:
    """An OutputError now for a target whose folder cannot be written (a read-only disk, no
    permission, a file where a folder goes), before the run does its work: `report -o` found it
    only once every article was read and the PDF rendered. Nothing is made: the folder nearest
    the target that exists is the one checked (os.access says EROFS even to root)."""
    for target in map(Path, targets):
        if is_stream(target):
            continue
        if os.path.isdir(target):  # False for a name too long, as for none
            raise OutputError(str(target), A_FOLDER)
        folder = Path(os.path.abspath(target)).parent
        existing = folder
        try:
            while not existing.exists() and existing != existing.parent:
                existing = existing.parent
        except OSError as error:  # `-o` a name longer than the file system takes: a traceback
            raise OutputError(str(folder), error.strerror or str(error)) from error
        if not existing.is_dir():  # as make_folder and mkdir say it (`batch` makes its own)
            reason = NOT_A_FOLDER if existing == folder else os.strerror(errno.ENOTDIR)
            raise OutputError(str(folder), reason)
        if not os.access(existing, os.W_OK | os.X_OK):
            read_only = os.statvfs(existing).f_flag & os.ST_RDONLY
            reason = f"{WRITE_REFUSED} (a read-only disk)" if read_only else WRITE_REFUSED
            raise OutputError(str(folder), reason)


def _sweep_orphans(target: Path) -> None:
    """Remove the temporaries of `target` left by a writer killed outright (SIGKILL gives it no
    chance to tidy up): each is named `.NAME.PID.*.tmp`, and only a dead PID's are removed, so a
    concurrent writer's file is never touched."""
    for orphan in target.parent.glob(f".{glob.escape(target.name)}.*.tmp"):
        pid = orphan.name[len(target.name) + 2 :].split(".", 1)[0]
        if pid.isdigit() and not _alive(int(pid)):
            orphan.unlink(missing_ok=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError):
        return True  # someone else's process, or not a pid at all: leave its file alone
    return True


def is_stream(target: Path) -> bool:
    """Is `target` written into rather than replaced? Anything that exists and is neither a
    regular file nor a folder (after links), and any path whose links lead through /proc
    (/dev/stdout, /dev/fd/1, /proc/self/fd/1) whatever they point at."""
    try:
        mode = os.stat(target).st_mode
    except OSError:
        return False  # a new name (or a dangling link, which the rename replaces)
    if not (stat.S_ISREG(mode) or stat.S_ISDIR(mode)):
        return True
    path = Path(os.path.abspath(target))
    for _ in range(40):  # the kernel's own limit on links followed
        if os.path.realpath(path.parent).startswith("/proc/"):
            return True
        if not path.is_symlink():
            return False
        path = Path(os.path.abspath(path.parent / os.readlink(path)))
    return False


def _direct(target: Path) -> tuple[int, None]:
    """`target` opened to be written in place (a stream: see is_stream)."""
    try:
        return os.open(target, os.O_WRONLY | os.O_TRUNC | os.O_CLOEXEC), None
    except OSError as exc:
        raise OutputError(str(target), _reason(exc)) from exc


def _reason(exc: OSError) -> str:
    return exc.strerror or str(exc)


@contextlib.contextmanager
def atomic_open(path: str | os.PathLike[str], mode: str = "w") -> Iterator[IO[Any]]:
    """Yield a temporary file that replaces `path` only if the block completes."""
    with staged_files() as open_staged:
        yield open_staged(path, mode)


def write_files(files: Mapping[Path, str | bytes]) -> None:
    """Several files written as one: all staged and synced, then each put in place while their
    folders are held, so another run's `write_files` into them waits (see staged_files)."""
    with staged_files(hold_folders=True) as open_staged:
        for path, data in files.items():
            open_staged(path, "w" if isinstance(data, str) else "wb").write(data)


def write_text(path: str | os.PathLike[str], text: str) -> None:
    """Write UTF-8 text atomically."""
    with atomic_open(path, "w") as handle:
        handle.write(text)


def write_bytes(path: str | os.PathLike[str], data: bytes) -> None:
    """Write bytes atomically."""
    with atomic_open(path, "wb") as handle:
        handle.write(data)


STDOUT = "<stdout>"  # how errors name standard output
STDOUT_CLOSED = "standard output is closed"


def standard_output() -> IO[str]:
    """Standard output, to write a command's output into (`-o -`). A process started without
    one (`summarize … >&-`, a cron line) has sys.stdout None: an OutputError before any work,
    not an AttributeError traceback after it."""
    if sys.stdout is None:
        raise OutputError(STDOUT, STDOUT_CLOSED)
    return sys.stdout


def write_stdout(text: str) -> None:
    """Write `text` to standard output now; a full disk or a reader gone is an OutputError (the
    text goes out at once, not at the flush at exit: it was a traceback)."""
    try:
        standard_output().write(text)
        sys.stdout.flush()
    except OSError as error:
        abandon_stdout()
        raise OutputError(STDOUT, error.strerror or str(error)) from error


def abandon_stdout() -> None:
    """Point standard output's descriptor at /dev/null once it has failed, so that the
    interpreter's own flush at exit writes what is left there instead of a traceback."""
    os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


def json_text(data: Any) -> str:
    """Pretty, UTF-8 (not \\u-escaped) JSON with a final newline."""
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def write_json(path: str | os.PathLike[str], data: Any) -> None:
    """Write JSON atomically."""
    write_text(path, json_text(data))


def lock_or_refuse(fd: int, where: Path, busy: str, hint: str) -> int:
    """Hold an exclusive flock on `fd` (the kernel drops it when the process dies, even by
    SIGKILL) and return it; another holder makes an OutputError saying `busy`. A file system
    that cannot lock (NFS) is warned about with `hint` and the run goes on unlocked."""
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as error:
        if error.errno not in (errno.EWOULDBLOCK, errno.EAGAIN):  # e.g. NFS refusing the lock
            log.warning("cannot lock %s (%s): %s", where, error, hint)
            return fd
        os.close(fd)
        raise OutputError(str(where), busy) from error
    return fd
