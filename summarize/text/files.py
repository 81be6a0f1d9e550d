"""Finding and reading input files: the one walker and the one reader every command uses.

Everything a user names or a folder holds is opened here, so every entry point refuses the same
things the same way: folders, FIFOs and devices (reading a FIFO waits for a writer forever), files
over the size limit (refused from their size, before reading), symbolic-link loops.
"""

from __future__ import annotations

import errno
import functools
import hashlib
import json
import os
import re
import stat
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import IO

from ..errors import ErrorKind, InputError, NoArticlesError, TooLargeError, UnsupportedInputError
from ..models import Failure

STDIN = "-"  # the path that stands for standard input
STDIN_SOURCE = "<stdin>"  # how errors name it
#: Files read as articles (one each; an e-mail may hold several).
ARTICLE_SUFFIXES: frozenset[str] = frozenset(
    {".txt", ".md", ".markdown", ".html", ".htm", ".docx", ".odt", ".rtf", ".pdf", ".eml"}
)
#: Files of {"title", "text"} records (`summarize batch` only).
RECORD_SUFFIXES: frozenset[str] = frozenset({".json", ".jsonl"})
#: The journal `summarize batch` keeps in its output folder: the mark of a run's output.
RUN_JOURNAL = ".summarize-journal.jsonl"
#: What `report -o DIR` writes, and `batch --report` beside its summaries.
BRIEFING_FILES = frozenset({"briefing.html", "briefing.pdf", "briefing.json"})
#: What a batch writes there ("md" is a folder of per-article files: there is no summaries.md).
RUN_OUTPUTS = frozenset(
    {"errors.jsonl", "md", *BRIEFING_FILES, *(f"summaries.{f}" for f in ("jsonl", "csv", "json"))}
)
#: The hidden file a batch's markdown mirror (OUT/md/) holds: a user's own folder named md/
#: beside the journal is read, not passed over as the run's.
MIRROR_MARK = ".summarize-mirror"
#: Beside a batch's journal: each summaries/errors file's sha256 as a run wrote it (hidden, so
#: never read). The journal alone was the mark: a summaries.jsonl the user put beside it, or our
#: summaries.csv edited by hand, was replaced unread by the next `batch DIR -o DIR`.
RUN_MANIFEST = ".summarize-outputs.json"
#: The outputs the manifest vouches for (a briefing carries its own stamp, md/ its mark).
MANIFESTED = RUN_OUTPUTS - BRIEFING_FILES - {"md"}
OTHER_RUN = f"skipped: another summarize run's output (it holds {RUN_JOURNAL})"
OUR_BRIEFING = "skipped: a briefing summarize wrote (name it to read it)"
#: How each briefing file names its maker ("summarize 0.1.0"): the HTML's generator <meta>, the
#: JSON's "generator", the PDF's Creator (render/html.py, serialize.py, pdf.py write them).
_STAMPS = {
    ".html": re.compile(rb'<meta name="generator" content="summarize '),
    ".json": re.compile(rb'"generator":\s*"summarize '),
}
_STAMP_BYTES = 65536  # the stamp is in the head (HTML) or after the title and day (JSON)


def walk(
    folder: str | os.PathLike[str], suffixes: frozenset[str], pattern: str | None = None
) -> list[Path]:
    """Files below `folder` with one of `suffixes`, sorted; hidden entries skipped, no links out.

    Irregular files (FIFOs, sockets, devices) are listed like the others: the reader refuses them
    with a reason, so that the user learns why they were not read.
    """
    return walk_folder(folder, suffixes, pattern)[0]


def walk_folder(
    folder: str | os.PathLike[str], suffixes: frozenset[str], pattern: str | None = None
) -> tuple[list[Path], list[Failure]]:
    """`walk`, and a Failure naming each other visible file, and each folder that cannot be
    listed, with why it is not read (os.walk passes over those without a word). A folder holding
    a batch's journal is another run's output, named and not read (else `batch DIR` re-reads it)."""
    root = Path(folder)
    if not root.is_dir():
        raise InputError(str(folder), "not a folder")
    if (shut := unenterable(root)) is not None:
        raise InputError(shut.source, shut.reason)
    real_root = Path(os.path.realpath(root))
    found, unread = [], []

    def unlisted(error: OSError) -> None:
        reason = f"{FOLDER_UNREAD}: {os_reason(error)}"
        unread.append(Failure(str(error.filename or root), reason, ErrorKind.INPUT))

    # a batch wrote into the folder itself (`batch DIR -o DIR`): its outputs there are not input
    theirs = RUN_OUTPUTS if is_run_output(root) else frozenset()
    for current, dirs, names in os.walk(root, onerror=unlisted):
        theirs_here = theirs if Path(current) == root else frozenset()
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        unread.extend(_folders_linked_out(Path(current), dirs, real_root))
        for shut in [f for d in dirs if (f := unenterable(Path(current, d))) is not None]:
            dirs.remove(Path(shut.source).name)
            unread.append(shut)
        for output in [d for d in dirs if _theirs(Path(current, d), theirs_here)]:
            dirs.remove(output)
            unread.append(Failure(str(Path(current, output)), OTHER_RUN, ErrorKind.OTHER_RUN))
        for name in names:
            path = Path(current, name)
            if is_hidden(name) or (pattern and not path.relative_to(root).match(pattern)):
                continue
            refused = _refusal(path, real_root, suffixes, theirs_here)
            if refused is None:
                found.append(path)
            else:
                unread.append(refused)
    return sorted(found), sorted(unread, key=lambda f: f.source)


def _folders_linked_out(current: Path, dirs: list[str], real_root: Path) -> list[Failure]:
    """Each link in `dirs` to a folder outside the one walked, taken out of `dirs` and named as
    a link to a file out of it is: os.walk does not enter a linked folder, and `bai/thang-12`
    linked to the articles' own folder elsewhere was passed over, its articles named nowhere.
    (A link to a folder inside is passed over: its files are read where they are.)"""
    out = [d for d in dirs if _leads_out(current / d, real_root)]
    dirs[:] = [d for d in dirs if d not in out]
    return [Failure(str(current / d), OUTSIDE_LINK, ErrorKind.OUTSIDE_LINK) for d in out]


def _leads_out(path: Path, real_root: Path) -> bool:
    return path.is_symlink() and not Path(os.path.realpath(path)).is_relative_to(real_root)


def _refusal(
    path: Path, real_root: Path, suffixes: frozenset[str], theirs: frozenset[str]
) -> Failure | None:
    """Why a visible file in a folder is not read (None: it is): another run's output, a link
    out, a name not UTF-8, Word's lock, a folder's note or a file of another kind."""
    if path.name in theirs and path.name in MANIFESTED and is_our_output(path):
        return Failure(str(path), OTHER_RUN, ErrorKind.OTHER_RUN)
    # realpath never raises: a link loop is kept and reported by the reader.
    if _leads_out(path, real_root):
        return Failure(str(path), OUTSIDE_LINK, ErrorKind.OUTSIDE_LINK)
    if (misnamed := undecodable_name(path)) is not None:
        return misnamed
    if path.name in BRIEFING_FILES and is_our_briefing(path):
        return Failure(str(path), OUR_BRIEFING, ErrorKind.OTHER_RUN)
    if path.name.startswith("~$"):
        return Failure(str(path), OFFICE_LOCK, ErrorKind.OFFICE_LOCK)
    readable = path.suffix.lower() in suffixes
    if readable and not is_folder_note(path):
        return None
    reason = unread_reason(path.suffix.lower(), suffixes, path.name)
    # a README or SOURCE the reader could read is passed over, not a failure
    kind = ErrorKind.FOLDER_NOTE if readable else ErrorKind.UNSUPPORTED
    return Failure(str(path), reason, kind)


def is_our_briefing(path: Path) -> bool:
    """Is this briefing.html/.pdf/.json one summarize wrote (its generator stamp)? `report DIR
    -o DIR`, then `report DIR`, read the first's briefing as two more articles (and refused its
    JSON); the name alone is no mark: a press briefing saved from a site is an article."""
    try:
        with _regular_file(path) as handle:
            if handle is None:
                return False
            if path.suffix == ".pdf":
                return _pdf_creator(handle).startswith("summarize ")
            return _STAMPS[path.suffix].search(handle.read(_STAMP_BYTES)) is not None
    except Exception:  # unreadable or damaged: not ours; the reader says what is wrong
        return False


@contextmanager
def _regular_file(path: Path) -> Iterator[IO[bytes] | None]:
    """`path` opened for reading if it is a regular file, else None: opened with O_NONBLOCK, so
    a FIFO named like one of our outputs cannot hang the walk while its stamp is looked for."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    with os.fdopen(fd, "rb") as handle:
        yield handle if stat.S_ISREG(os.fstat(handle.fileno()).st_mode) else None


def _pdf_creator(handle: IO[bytes]) -> str:
    from pypdf import PdfReader

    info = PdfReader(handle).metadata
    creator = info.get("/Creator") if info is not None else None
    return creator if isinstance(creator, str) else ""


FOLDER_UNREAD = "cannot read this folder"


def unenterable(folder: Path) -> Failure | None:
    """Why a folder that lists cannot be entered, or None. `chmod -R 644` (a common slip) leaves
    a folder's names readable but nothing in it reachable: the look for a journal inside it
    raised PermissionError, a traceback."""
    try:
        os.stat(os.path.join(folder, "."))  # Path would drop the "."
    except OSError as error:
        return Failure(str(folder), f"{FOLDER_UNREAD}: {os_reason(error)}", ErrorKind.INPUT)
    return None


def _theirs(folder: Path, theirs: frozenset[str]) -> bool:
    """Is this folder a run's output: one holding a journal, or a run's md/ mirror beside one?"""
    if folder.name == "md" and folder.name in theirs:
        return is_our_mirror(folder)
    return folder.name in theirs or is_run_output(folder)


def is_our_mirror(folder: Path) -> bool:
    """Is this md/ the markdown mirror a batch wrote (its hidden mark), not the user's folder?"""
    return not folder.is_symlink() and (folder / MIRROR_MARK).is_file()


def is_run_output(folder: Path) -> bool:
    """Does `folder` hold a batch's journal (`batch DIR -o DIR/out`, then `batch DIR`)?"""
    return not folder.is_symlink() and (folder / RUN_JOURNAL).is_file()


#: The files Windows keeps in folders, hidden there as .DS_Store is on a Mac: a folder copied
#: from a Windows share failed every run with "Thumbs.db: not read: not an article file".
WINDOWS_HIDDEN = frozenset({"thumbs.db", "ehthumbs.db", "desktop.ini"})


def is_hidden(name: str) -> bool:
    """A file no one sees in the folder: a dot file, or Windows' own hidden ones."""
    return name.startswith(".") or name.casefold() in WINDOWS_HIDDEN


#: Formats people keep beside their articles, with what to do about them.
_ADVICE = {
    ".doc": "the old Word format (.doc) is not read; save it as .docx",
    ".xls": "a spreadsheet, not an article",
    ".xlsx": "a spreadsheet, not an article",
    ".ppt": "a presentation, not an article",
    ".pptx": "a presentation, not an article",
    ".odp": "a presentation, not an article",
    ".ods": "a spreadsheet, not an article",
}


OUTSIDE_LINK = "skipped: a link that leads out of the folder (name its target to read it)"
OFFICE_LOCK = "skipped: the lock file Word keeps while a document is open, not an article"

#: Names a folder's notes go by (README.md, SOURCE.md, LICENSE.txt): text about the folder, which
#: a briefing of the folder's articles would otherwise open with a section about. Named on the
#: command line, such a file is read like any other.
FOLDER_NOTES: frozenset[str] = frozenset(
    {"readme", "source", "sources", "license", "licence", "copying", "changelog", "authors"}
)


def is_folder_note(path: Path) -> bool:
    """A README, SOURCE or LICENSE file, whatever its extension and case."""
    return path.stem.casefold() in FOLDER_NOTES


def unread_reason(suffix: str, suffixes: frozenset[str], name: str = "") -> str:
    """Why a file in a folder is not read: `not read: <what it is>; articles are …`."""
    if name and is_folder_note(Path(name)) and suffix in suffixes:
        note = f"{name} is a note about the folder, not an article (name it to read it)"
        return f"skipped: {note}"
    what = _ADVICE.get(suffix, f"not an article file ({suffix or 'no extension'})")
    return f"not read: {what}; articles are " + ", ".join(sorted(suffixes))


def undecodable_name(path: Path) -> Failure | None:
    """A file whose name is not UTF-8 text (bytes from another system's code page): its name,
    the source of everything it gives, could be written into no briefing, e-mail or journal (a
    UnicodeEncodeError traceback, the run's outputs lost), so it is refused by its shown name."""
    name = str(path)
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        shown = os.fsencode(name).decode("utf-8", errors="replace")
        return Failure(shown, "not read: its name is not UTF-8 text; rename it", ErrorKind.INPUT)
    return None


def find_files(
    paths: Iterable[str | os.PathLike[str]], suffixes: frozenset[str] = ARTICLE_SUFFIXES
) -> tuple[list[Path], list[Failure]]:
    """Expand folders into their files (`walk`); a missing path or an empty folder is a Failure.
    A file named twice (`report bai/ bai/a.txt`, a shell glob and the same name) is read once:
    it was two articles of the briefing. An empty name is not the current folder (Path("") is
    "."): `report "$DIR"` with DIR unset read whatever folder the shell was in."""
    files: list[Path] = []
    failures: list[Failure] = []
    for raw in paths:
        path = Path(raw)
        if str(raw) == STDIN:
            files.append(path)
        elif not str(raw):
            failures.append(Failure("''", "an empty name (an unset variable?)", ErrorKind.INPUT))
        elif (misnamed := undecodable_name(path)) is not None:
            failures.append(misnamed)
        elif (unnamed := unstatable(path)) is not None:
            failures.append(unnamed)
        elif path.is_dir():
            found, unread = walk_folder(path, suffixes)
            failures.extend(unread)
            if not found and not any(f.source == str(path) for f in unread):
                error = NoArticlesError(str(path), _no_files_reason(suffixes))
                failures.append(Failure.of(error))
            files.extend(found)
        elif path.exists() or path.is_symlink():
            files.append(path)
        else:
            failures.append(Failure(str(path), "no such file or directory", ErrorKind.INPUT))
    return _once(files), failures


def unstatable(path: Path) -> Failure | None:
    """A name the system cannot even look up (longer than a file name may be: Path.is_dir
    raised, a traceback), as the failure that names it; None for a name that can be (a missing
    file is said so by whoever reads it)."""
    try:
        os.lstat(path)
    except (FileNotFoundError, NotADirectoryError):
        return None
    except OSError as error:
        return Failure(str(path), f"cannot read: {os_reason(error)}", ErrorKind.INPUT)
    return None


def _once(files: list[Path]) -> list[Path]:
    """Each file once, by its absolute name (links are not followed: a link is a file of its
    own, read or named as such)."""
    seen: set[str] = set()
    kept = []
    for path in files:
        key = os.path.abspath(path)
        if str(path) != STDIN and key in seen:
            continue
        seen.add(key)
        kept.append(path)
    return kept


def same_path(a: str | os.PathLike[str], b: str | os.PathLike[str]) -> bool:
    """Do two names lead to one file (after links, `.` and `..`)?"""
    return os.path.realpath(a) == os.path.realpath(b)


#: Why a run is refused before it reads anything (`Error: <file>: ` before it).
REPLACES_INPUT = "the output would replace this input; choose another -o"


def replaced_inputs(
    paths: Iterable[str | os.PathLike[str]],
    outputs: Iterable[str | os.PathLike[str]],
    suffixes: frozenset[str] | None = ARTICLE_SUFFIXES,
) -> list[str]:
    """The inputs that one of `outputs` would replace: a file named in `paths` (`email thu.eml
    -o thu.eml` replaced the e-mail it read with the briefing), or a file of the user's a folder
    named holds (`email rin -o rin/000_x.txt` replaced the article; `report r2 -o r2` a saved
    news page named briefing.html). `suffixes` are the files the walk reads (None: every visible
    file, as a batch lists them). An output summarize wrote there itself is replaced on a rerun."""
    outputs = list(outputs)
    named = [p for p in paths if str(p) != STDIN]
    targets = {os.path.realpath(output) for output in outputs}
    replaced = [str(p) for p in named if os.path.realpath(p) in targets]
    folders = [Path(os.path.realpath(p)) for p in named if os.path.isdir(p)]
    for output in outputs:
        real = Path(os.path.realpath(output))
        if str(output) not in replaced and any(_read_below(real, f, suffixes) for f in folders):
            replaced.append(str(output))
    return replaced


def _read_below(path: Path, folder: Path, suffixes: frozenset[str] | None) -> bool:
    """Would the walk of `folder` read the existing file `path` as the user's (a visible regular
    file with one of `suffixes`, no folder's note, nothing summarize wrote)?"""
    if not path.is_relative_to(folder) or path == folder:
        return False
    if any(is_hidden(part) for part in path.relative_to(folder).parts):
        return False
    if suffixes is not None and (path.suffix.lower() not in suffixes or is_folder_note(path)):
        return False
    return path.is_file() and not is_our_output(path)


def is_our_output(path: Path) -> bool:
    """A file summarize wrote, to be replaced, not read: a briefing or an e-mail by its stamp, a
    batch's summaries and errors by the run's journal beside them (they carry no stamp)."""
    if path.name in BRIEFING_FILES:
        return is_our_briefing(path)
    if path.name in RUN_OUTPUTS:
        return is_run_output(path.parent) and _as_written(path)
    return path.suffix.lower() == ".eml" and _is_our_email(path)


def _as_written(path: Path) -> bool:
    """Is this summaries/errors file beside a journal one a run wrote (its sha256 in the
    manifest)? A folder a version before the manifest wrote has none: there the journal says,
    as it did (and so in a folder whose first run was stopped before it wrote any output)."""
    written = run_manifest(path.parent)
    if written is None:
        return True
    return file_sha256(path) in written.get(path.name, ())


def run_manifest(folder: Path) -> dict[str, list[str]] | None:
    """The manifest beside a batch's journal, {name: [sha256, …]}; None when there is none. One
    that cannot be read (damaged, not ours) vouches for nothing: the run is refused, not let
    replace what may be the user's."""
    try:
        written = json.loads((folder / RUN_MANIFEST).read_bytes())
    except FileNotFoundError:
        return None
    except (OSError, ValueError, RecursionError):
        return {}
    if not isinstance(written, dict):
        return {}
    return {
        name: [d for d in digests if isinstance(d, str)]
        for name, digests in written.items()
        if isinstance(digests, list)
    }


def file_sha256(path: Path) -> str:
    """The sha256 of a regular file's bytes ("" for anything else, or a file that cannot be
    read). Kept while the file is unchanged: a run asks about each output several times."""
    try:
        info = os.stat(path)
    except OSError:
        return ""
    if not stat.S_ISREG(info.st_mode):
        return ""
    key = (info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns, info.st_ctime_ns)
    return _sha256_of(os.path.abspath(path), key)


@functools.lru_cache(maxsize=64)
def _sha256_of(path: str, key: tuple[int, ...]) -> str:
    digest = hashlib.sha256()
    try:
        with _regular_file(Path(path)) as handle:
            if handle is None:
                return ""
            while chunk := handle.read(READ_CHUNK):
                digest.update(chunk)
    except OSError:
        return ""
    return digest.hexdigest()


#: The header render/mail.py stamps each message with ("X-Mailer: summarize 0.1.0").
_MAILER_STAMP = re.compile(rb"^X-Mailer: summarize ", re.MULTILINE)


def _is_our_email(path: Path) -> bool:
    """Does this .eml's header (not its body: a forwarded message may hold ours) carry our
    X-Mailer stamp?"""
    try:
        with _regular_file(path) as handle:
            if handle is None:
                return False
            head = handle.read(_STAMP_BYTES)
    except OSError:  # unreadable: not ours; the reader says what is wrong
        return False
    header = re.split(rb"\r?\n\r?\n", head, maxsplit=1)[0]
    return _MAILER_STAMP.search(header) is not None


def without_outputs(
    files: Iterable[Path], unread: Iterable[Failure], outputs: Iterable[str | os.PathLike[str]]
) -> tuple[list[Path], list[Failure]]:
    """`find_files`'s answer less the run's own outputs: written into a folder it reads, last
    run's briefing is there to be found; it was read as an article (briefing.json refused)."""
    targets = {os.path.realpath(output) for output in outputs}
    return (
        [f for f in files if os.path.realpath(f) not in targets],
        [f for f in unread if os.path.realpath(f.source) not in targets],
    )


def _no_files_reason(suffixes: frozenset[str]) -> str:
    return "no article files (" + ", ".join(sorted(suffixes)) + ") in this folder"


def read_bytes(path: str | os.PathLike[str], max_bytes: int) -> bytes:
    """A regular file's bytes; anything else, or anything over `max_bytes`, is an InputError."""
    source = str(path)
    try:
        _check_regular(os.stat(path), source, max_bytes)
        # O_NONBLOCK: a file swapped for a FIFO after stat() must not hang the run.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with os.fdopen(fd, "rb") as handle:
            _check_regular(os.fstat(handle.fileno()), source, max_bytes)
            data = read_at_most(handle, max_bytes + 1)
    except OSError as error:
        raise InputError(source, f"cannot read: {os_reason(error)}") from error
    if len(data) > max_bytes:
        raise TooLargeError(source, too_large(len(data), max_bytes))
    return data


def read_stdin(max_bytes: int) -> bytes:
    """Standard input's bytes (a paste or a pipe), within the same size limit as a file."""
    data = read_at_most(sys.stdin.buffer, max_bytes + 1)
    if len(data) > max_bytes:
        raise TooLargeError(STDIN_SOURCE, too_large(len(data), max_bytes))
    return data


READ_CHUNK = 1 << 20


def read_at_most(stream: IO[bytes], limit: int) -> bytes:
    """Up to `limit` bytes, read a chunk at a time: `read(limit)` allocates `limit` bytes before
    reading one (`--max-bytes 1000000000000000000` was a MemoryError for a 5 KB file)."""
    chunks: list[bytes] = []
    left = limit
    while left > 0 and (chunk := stream.read(min(READ_CHUNK, left))):
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


def _check_regular(info: os.stat_result, source: str, max_bytes: int) -> None:
    if not stat.S_ISREG(info.st_mode):
        kind = "a folder" if stat.S_ISDIR(info.st_mode) else "not a regular file"
        raise UnsupportedInputError(source, f"cannot read: {kind}")
    if info.st_size > max_bytes:
        raise TooLargeError(source, too_large(info.st_size, max_bytes))


#: How long a named FIFO given as input may go without a writer before it is refused.
FIFO_WAIT_SECONDS = 60.0


@contextmanager
def open_lines(path: str) -> Iterator[IO[bytes]]:
    """A byte stream to read line by line ("-" = standard input), for inputs of any size.

    A stream is read as it comes, so a pipe named on the command line (`<(zcat x.gz)`) is read
    like standard input. Refused with an InputError: a folder, a device (/dev/zero would be read
    forever), a socket, and a named FIFO that no writer opens within FIFO_WAIT_SECONDS. The caller
    decodes each line, so one undecodable row costs that row only.
    """
    if path == STDIN:
        with suppress(OSError, ValueError):  # no descriptor (a test's stand-in): nothing to check
            _check_stream(os.fstat(sys.stdin.fileno()), STDIN_SOURCE, tty=sys.stdin.isatty())
        yield sys.stdin.buffer
        return
    try:
        _check_stream(os.stat(path), path, tty=False)
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)  # a FIFO's open waits for no writer
    except OSError as error:
        raise InputError(path, f"cannot read: {os_reason(error)}") from error
    with os.fdopen(fd, "rb") as handle:
        if stat.S_ISFIFO(os.fstat(fd).st_mode) and not _anonymous_pipe(fd):
            _wait_for_writer(fd, path)
        os.set_blocking(fd, True)
        yield handle


def _check_stream(info: os.stat_result, source: str, *, tty: bool) -> None:
    """Files, pipes and FIFOs are read; a terminal too (typed rows); nothing else."""
    mode = info.st_mode
    if stat.S_ISDIR(mode):
        raise UnsupportedInputError(source, "cannot read: a folder")
    if not (stat.S_ISREG(mode) or stat.S_ISFIFO(mode) or tty):
        raise UnsupportedInputError(source, "cannot read: a device or socket, not a file or pipe")


def _anonymous_pipe(fd: int) -> bool:
    """A pipe made by a shell (`<(cmd)`, `/dev/fd/63`) has its writer already."""
    try:
        return os.readlink(f"/proc/self/fd/{fd}").startswith("pipe:")
    except OSError:
        return False


def _wait_for_writer(fd: int, source: str) -> None:
    """Wait until a named FIFO has data or a writer that hung up; refuse it after the wait."""
    import select

    poller = select.poll()
    poller.register(fd, select.POLLIN)
    if not poller.poll(int(FIFO_WAIT_SECONDS * 1000)):
        raise InputError(
            source, f"cannot read: no writer opened this FIFO in {FIFO_WAIT_SECONDS:g} s"
        )


def too_large(size: int, limit: int) -> str:
    return f"too large: {size:,} bytes, the limit is {limit:,} (see --max-bytes)"


def os_reason(error: OSError) -> str:
    """An OSError as the lower-case reason of an `Error: <file>: <reason>` line."""
    if error.errno == errno.ELOOP:
        return "symbolic link loop"
    return (error.strerror or str(error)).lower()
