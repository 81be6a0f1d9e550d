"""The command line: parse, call the library, print `Error: <file>: <reason>`; nothing else."""

from __future__ import annotations

import argparse
import logging
import os
import signal
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from types import FrameType
from typing import TYPE_CHECKING

from . import __version__
from .batch.engines import ENGINES
from .errors import OptionsError, SummarizeError
from .models import (
    ALGORITHMS,
    DEFAULT_ALGORITHM,
    DEFAULT_MAX_BYTES,
    DEFAULT_MAX_SENTENCES,
    GROUP_BY,
    Briefing,
    BriefingOptions,
    Budget,
    Failure,
    Options,
)

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
EXIT_INTERRUPTED = 130  # 128 + SIGINT, as shells report it
EXIT_TERMINATED = 143  # 128 + SIGTERM


class Terminated(KeyboardInterrupt):
    """SIGTERM (`kill`, a service manager, a CI timeout), handled as Ctrl-C is: workers stopped,
    journal kept, temporary files removed, a message, exit code 143."""


@contextmanager
def sigterm_as_interrupt() -> Iterator[None]:
    """Raise Terminated in the main thread on SIGTERM while the block runs."""

    def terminated(signum: int, frame: FrameType | None) -> None:
        raise Terminated

    try:
        previous = signal.signal(signal.SIGTERM, terminated)
    except ValueError:  # not the main thread: leave SIGTERM alone
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


if TYPE_CHECKING:
    from .render.mail import SmtpSettings

Handler = Callable[[argparse.Namespace, Options, BriefingOptions], int]


def main(argv: Sequence[str] | None = None) -> int:
    """Run one subcommand; 0 = success, 1 = some input or output failed, 2 = usage error."""
    show_library_warnings()
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as stop:  # argparse reports usage errors itself, with exit code 2
        return int(stop.code or 0)
    try:
        options, briefing = options_from(args), briefing_options_from(args)
    except OptionsError as error:
        print(f"Error: {shown(error_text(error))}", file=sys.stderr)
        return EXIT_USAGE
    handler: Handler = args.handler
    try:
        with sigterm_as_interrupt():
            code = handler(args, options, briefing)
        return code if settle_stdout() else EXIT_FAILED
    except SummarizeError as error:
        settle_stdout()
        print(f"Error: {shown(error_text(error))}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt as stop:
        # Outputs are written atomically and batch results are journaled as they finish,
        # so nothing half-written is left and the same command resumes.
        how = "terminated" if isinstance(stop, Terminated) else "interrupted"
        print(f"Error: {how}; run the same command again to resume", file=sys.stderr)
        return EXIT_TERMINATED if isinstance(stop, Terminated) else EXIT_INTERRUPTED


#: Parameters whose flag is not their name with dashes (Budget's syllables are --words).
FLAGS = {"syllables": "--words", "formats": "--format"}


def error_text(error: SummarizeError) -> str:
    """An error as a user of the command line reads it: an option's error names the flag typed
    (`--max-bytes must be …`), not the Python parameter (`max_bytes must be …`)."""
    if not isinstance(error, OptionsError) or error.option is None:
        return str(error)
    flag = FLAGS.get(error.option, "--" + error.option.replace("_", "-"))
    return f"{flag} {error.reason}"


def settle_stdout() -> bool:
    """Flush standard output now. When it takes no more (a full disk, a reader gone), say so and
    point it at /dev/null, so that the interpreter's own flush at exit prints no traceback."""
    from .output import STDOUT, abandon_stdout

    if sys.stdout is None:  # started without one (`>&-`): print dropped what it was given
        return True
    try:
        sys.stdout.flush()
        return True
    except OSError as error:
        abandon_stdout()
        print(f"Error: {STDOUT}: {error.strerror or error}", file=sys.stderr)
        return False


class ShownFormatter(logging.Formatter):
    """Log lines as `LEVEL: message`, control characters escaped as in `Error:` lines (a file
    name quoted in a WeasyPrint warning must not drive the terminal either)."""

    def format(self, record: logging.LogRecord) -> str:
        return "\n".join(shown(line) for line in super().format(record).split("\n"))


def show_library_warnings() -> None:
    """Warnings and errors logged by the library or its dependencies go to stderr as
    `WARNING: <message>`, set up before any dependency is imported (underthesea calls
    logging.basicConfig when imported; without a handler WeasyPrint's errors would not show)."""
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s: %(message)s")
    for handler in logging.getLogger().handlers:
        handler.setFormatter(ShownFormatter("%(levelname)s: %(message)s"))


def options_from(args: argparse.Namespace) -> Options:
    """The one place CLI arguments become the summary's Options (--sentences or --words become
    the Budget that reaches the selection unchanged)."""
    return Options(
        algorithm=args.algorithm,
        budget=Budget.of(getattr(args, "sentences", None), getattr(args, "words", None)),
        max_bytes=getattr(args, "max_bytes", DEFAULT_MAX_BYTES),
        max_sentences=getattr(args, "max_sentences", DEFAULT_MAX_SENTENCES),
        allow_private_links=getattr(args, "allow_private_links", False),
    )


def briefing_options_from(args: argparse.Namespace) -> BriefingOptions:
    """The one place CLI arguments become the briefing's options (title, sections)."""
    return BriefingOptions(
        title=getattr(args, "title", None) or BriefingOptions().title,
        group_by=getattr(args, "group_by", "auto"),
    )


def build_parser() -> argparse.ArgumentParser:
    """All subcommands; each has help with an example (tests/test_cli.py enforces it)."""
    parser = argparse.ArgumentParser(
        prog="summarize",
        description="Summaries and briefings from Vietnamese news articles.",
    )
    parser.add_argument("--version", action="version", version=f"summarize {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    _add_report(commands)
    _add_clusters(commands)
    _add_batch(commands)
    _add_email(commands)
    _add_serve(commands)
    return parser


def _subcommand(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    name: str,
    help_text: str,
    example: str,
) -> argparse.ArgumentParser:
    return commands.add_parser(
        name,
        help=help_text,
        description=help_text,
        epilog=f"Example:\n  {example}",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )


def _add_ranking(sub: argparse.ArgumentParser, *, sentences: bool = True) -> None:
    sub.add_argument(
        "--algorithm",
        default=DEFAULT_ALGORITHM,
        choices=ALGORITHMS,
        help=f"sentence ranker (default: {DEFAULT_ALGORITHM})",
    )
    length = sub.add_mutually_exclusive_group()
    if sentences:
        length.add_argument(
            "--sentences", type=int, metavar="N", help="summary length in sentences"
        )
    length.add_argument("--words", type=int, metavar="N", help="summary length in syllables")


def _add_max_bytes(
    sub: argparse.ArgumentParser, refusal: str = "refuse files larger than this"
) -> None:
    sub.add_argument(
        "--max-bytes", type=int, default=DEFAULT_MAX_BYTES, metavar="N",
        help=f"{refusal} (default: {DEFAULT_MAX_BYTES})",
    )  # fmt: skip


def _add_max_sentences(sub: argparse.ArgumentParser) -> None:
    sub.add_argument(
        "--max-sentences", type=int, default=DEFAULT_MAX_SENTENCES, metavar="N",
        help=f"refuse articles with more sentences (default: {DEFAULT_MAX_SENTENCES})",
    )  # fmt: skip


def _add_links(sub: argparse.ArgumentParser) -> None:
    sub.add_argument(
        "--allow-private-links", action="store_true",
        help="also fetch links to private, loopback or link-local addresses",
    )  # fmt: skip


def _add_report(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    sub = _subcommand(
        commands,
        "report",
        "Write briefing.html, briefing.pdf and briefing.json (-o -: the JSON on stdout).",
        "summarize report seeds/ https://example.vn/bai-viet.html -o reports/ --title 'Bản tin'",
    )
    sub.add_argument(
        "paths",
        nargs="*",
        default=["seeds"],
        metavar="PATH",
        help="article files, folders or http(s) links (default: seeds)",
    )
    sub.add_argument(
        "-o", "--output", default="reports", metavar="DIR", type=named,
        help="output folder, or - for standard output (default: reports)",
    )  # fmt: skip
    sub.add_argument(
        "--format", default="json", choices=("json", "md"),
        help="what -o - writes (default: json)",
    )  # fmt: skip
    _add_links(sub)
    sub.add_argument("--title", help="briefing title")
    sub.add_argument(
        "--group-by",
        default="auto",
        choices=GROUP_BY,
        help="how articles form conferences (default: auto)",
    )
    sub.add_argument("--templates", metavar="DIR", type=named, help="your Jinja2 template folder")
    sub.add_argument(
        "--corrections", metavar="FILE", type=named,
        help="apply corrections saved by `summarize serve` (corrections.json)",
    )  # fmt: skip
    _add_max_bytes(sub)
    _add_max_sentences(sub)
    _add_ranking(sub)
    sub.set_defaults(handler=run_report)


def _add_clusters(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    sub = _subcommand(
        commands,
        "clusters",
        "Summarize clusters of documents given as JSON lines.",
        "summarize clusters ../shared/data/vims_dev.jsonl -o summaries.jsonl --words 200",
    )
    sub.add_argument(
        "input", metavar="IN.jsonl", type=named, help="JSON lines file, or - for stdin"
    )
    sub.add_argument(
        "-o", "--output", metavar="OUT.jsonl", type=named, help="output file (default: stdout)"
    )
    sub.add_argument(
        "--jobs", type=positive, metavar="N", help="worker processes (default: number of cores)"
    )
    _add_max_bytes(sub, "skip and report rows longer than this")
    _add_ranking(sub, sentences=False)
    sub.set_defaults(handler=run_clusters)


def shown(text: str) -> str:
    """Text safe for one terminal line: a file named "a\\nError: b" or holding an escape sequence
    must neither forge another error line nor drive the terminal, so controls are escaped."""
    return "".join(ch if ch.isprintable() else ascii(ch)[1:-1] for ch in text)


def failure_line(failure: Failure) -> str:
    """`Error: <file>: <reason>`, safe for one terminal line."""
    return f"Error: {shown(failure.source)}: {shown(failure.reason)}"


def report_failures(failures: Sequence[Failure], skipped: Sequence[Failure] = ()) -> None:
    """One `Error: <file>: <reason>` line per failed input, and one `Warning:` line per file
    passed over (a folder's README) or part of a read file that was not (an e-mail's broken
    attachment), on stderr."""
    for failure in failures:
        print(failure_line(failure), file=sys.stderr)
    for part in skipped:
        print(warning_line(part), file=sys.stderr)


def report_read(briefing: Briefing) -> None:
    """The files a briefing could not read (`Error:`), the parts it left (`Warning:`), and each
    article it read that is not Vietnamese (`Warning:`: summarized as it is)."""
    report_failures(briefing.failures, briefing.skipped)
    for result in briefing.articles:
        if not result.article.vietnamese:
            print(f"Warning: {shown(result.article.source)}: {NOT_VIETNAMESE}", file=sys.stderr)


NOT_VIETNAMESE = (
    "not Vietnamese text: summarized as it is, but people, places, dates and figures are read "
    "by Vietnamese rules and may be wrong or missing"
)


def warning_line(skipped: Failure) -> str:
    """`Warning: <file>: <reason>` for a part of a file not read, safe for one terminal line."""
    return "Warning" + failure_line(skipped).removeprefix("Error")


def run_report(args: argparse.Namespace, options: Options, shape: BriefingOptions) -> int:
    from .corrections import Corrections, apply_corrections, read_corrections
    from .output import check_writable, standard_output, write_stdout
    from .pipeline import build_briefing
    from .render.report import report_files, write_report

    corrections = read_corrections(args.corrections) if args.corrections else Corrections()
    files = None if args.output == "-" else report_files(args.output)
    outputs = [files.html, files.pdf, files.json] if files else []
    if (usage := over_inputs(args.paths, outputs)) is not None:
        print(f"Error: {usage}", file=sys.stderr)
        return EXIT_USAGE
    check_writable(outputs)
    if args.output == "-":
        standard_output()  # there is one to write into, before the work
    briefing = build_briefing(args.paths, options, shape, outputs=outputs)
    report_read(briefing)
    if not briefing.articles:
        print("Error: no article could be read; nothing was written", file=sys.stderr)
        return EXIT_FAILED
    if args.corrections:
        briefing = apply_corrections(briefing, corrections, options)
    if args.output == "-":
        write_stdout(briefing_text(briefing, args.format))
        return EXIT_FAILED if briefing.failures else EXIT_OK
    files = write_report(briefing, args.output, templates=args.templates)
    print(written_line(briefing, [files.html, files.pdf, files.json]))
    return EXIT_FAILED if briefing.failures else EXIT_OK


def written_line(briefing: Briefing, paths: Sequence[str | os.PathLike[str]]) -> str:
    """What a command wrote, after what it read: "2 articles, 2 conferences: a.html, a.pdf"."""
    read = f"{counted(len(briefing.articles), 'article')}, "
    read += counted(len(briefing.conferences), "conference")
    return f"{read}: {', '.join(shown(str(path)) for path in paths)}"


def counted(n: int, noun: str) -> str:
    """The count with its noun, singular for one: "1 article", "3 articles"."""
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def briefing_text(briefing: Briefing, fmt: str) -> str:
    """The briefing as JSON (briefing.json's content) or markdown, for standard output."""
    if fmt == "md":
        from .render.markdown import render_markdown

        return render_markdown(briefing)
    import json

    from .render.serialize import briefing_to_dict

    return json.dumps(briefing_to_dict(briefing), ensure_ascii=False, indent=2) + "\n"


def run_clusters(args: argparse.Namespace, options: Options, _: BriefingOptions) -> int:
    from .batch.clusters import run_clusters_file

    if (usage := over_inputs([args.input], [args.output] if args.output else [])) is not None:
        print(f"Error: {usage}", file=sys.stderr)
        return EXIT_USAGE
    failures = run_clusters_file(args.input, args.output, options, jobs=args.jobs)
    report_failures(failures)
    return EXIT_FAILED if failures else EXIT_OK


def _add_batch(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    sub = _subcommand(
        commands,
        "batch",
        "Summarize every article in a folder: summaries.jsonl/csv, errors.jsonl, resumable.",
        "summarize batch articles/ -o out/ --jobs 2 --format jsonl,csv,md",
    )
    sub.add_argument(
        "folder", metavar="DIR", type=named,
        help="folder of articles (searched recursively), or a text file of links, one a line",
    )  # fmt: skip
    sub.add_argument(
        "-o", "--output", required=True, metavar="OUTDIR", type=named, help="output folder"
    )
    sub.add_argument("--jobs", type=int, metavar="N", help="worker processes (default: cores)")
    sub.add_argument(
        "--format",
        default="jsonl,csv",
        metavar="LIST",
        help="jsonl,csv,md,json (default: jsonl,csv)",
    )
    sub.add_argument("--glob", metavar="PATTERN", help="only files matching, e.g. '*/2024/*.txt'")
    sub.add_argument(
        "--resume", action=argparse.BooleanOptionalAction, default=True,
        help="skip files unchanged since the last run (default: on)",
    )  # fmt: skip
    sub.add_argument("--engine", default="local", choices=ENGINES, help="local or dask")
    sub.add_argument("--scheduler", metavar="ADDRESS", help="Dask scheduler, e.g. tcp://host:8786")
    sub.add_argument("--report", action="store_true", help="also write briefing.html/.pdf")
    _add_links(sub)
    _add_max_bytes(sub)
    _add_max_sentences(sub)
    _add_ranking(sub)
    sub.set_defaults(handler=run_batch)


def run_batch(args: argparse.Namespace, options: Options, _: BriefingOptions) -> int:
    from .batch.run import BatchOptions, BatchRun, Status
    from .progress import Progress, interval

    formats = tuple(f.strip() for f in args.format.split(",") if f.strip())
    try:
        batch = BatchOptions(
            jobs=args.jobs, formats=formats, glob=args.glob, resume=args.resume,
            engine=args.engine, scheduler=args.scheduler, report=args.report,
        )  # fmt: skip
        progress = Progress(sys.stderr, every=interval())
        run = BatchRun(args.folder, args.output, options, batch, on_progress=progress)
    except OptionsError as error:
        print(f"Error: {shown(error_text(error))}", file=sys.stderr)
        return EXIT_USAGE
    failed = listed = 0
    try:
        for item in run:
            listed += 1
            if item.status is Status.FAILED:
                failed += 1
                progress.note(failure_line(item.as_failure()))
            elif item.status is Status.SKIPPED:
                progress.note(warning_line(item.as_failure()))
    finally:
        progress.close()
    counts = run.summary
    if not (listed or counts.summarized or counts.failed or counts.unchanged):
        # a typo in DIR's name or in --glob ran a batch of nothing, exit 0, without a word
        found = f"no file matches --glob {args.glob}" if args.glob else "no files to summarize"
        print(f"Warning: {shown(args.folder)}: {shown(found)}", file=sys.stderr)
    print(counts.line())
    return EXIT_FAILED if failed else EXIT_OK


def _add_email(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    sub = _subcommand(
        commands,
        "email",
        "Write the briefing as a ready-to-send e-mail (.eml), and optionally send it by SMTP.",
        "summarize email seeds/ -o briefing.eml --to 'Ban biên tập <bbt@example.vn>' --attach-pdf",
    )
    sub.add_argument("paths", nargs="*", default=["seeds"], metavar="PATH")
    sub.add_argument("-o", "--output", metavar="OUT.eml", type=named, help="write the message here")
    sub.add_argument("--to", action="append", default=[], metavar="ADDR", help="recipient")
    sub.add_argument("--from", dest="sender", default="summarize <briefing@localhost>")
    sub.add_argument("--subject", help="subject (default: the title and date)")
    sub.add_argument("--title", help="briefing title")
    sub.add_argument("--attach-pdf", action="store_true", help="attach briefing.pdf")
    sub.add_argument(
        "--html-fragment", metavar="FILE", type=named, help="also write the summary block only"
    )
    sub.add_argument("--templates", metavar="DIR", type=named, help="your Jinja2 template folder")
    sub.add_argument("--group-by", default="auto", choices=GROUP_BY)
    sub.add_argument("--send", action="store_true", help="send through SMTP")
    _add_smtp(sub, "default: $SUMMARIZE_SMTP_HOST or localhost")
    _add_links(sub)
    _add_max_bytes(sub)
    _add_max_sentences(sub)
    _add_ranking(sub)
    sub.set_defaults(handler=run_email)


def _add_smtp(sub: argparse.ArgumentParser, host_help: str) -> None:
    sub.add_argument("--smtp-host", help=host_help)
    sub.add_argument(
        "--smtp-port", type=smtp_port, help="default: $SUMMARIZE_SMTP_PORT or by security"
    )
    sub.add_argument("--smtp-security", default="starttls", choices=("starttls", "ssl", "none"))
    sub.add_argument("--smtp-user", help="default: $SUMMARIZE_SMTP_USER (password: environment)")


def smtp_settings(args: argparse.Namespace) -> SmtpSettings:
    """--smtp-* arguments, the environment filling what they leave out."""
    from .render.mail import SmtpSettings

    return SmtpSettings.from_environment(
        host=args.smtp_host, port=args.smtp_port, security=args.smtp_security,
        username=args.smtp_user,
    )  # fmt: skip


def named(text: str) -> str:
    """argparse type: a file or folder name, never empty (`-o "$OUT"` with OUT unset wrote into
    the current folder, and `batch "$DIR"` read it: Path("") is ".")."""
    if not text:
        raise argparse.ArgumentTypeError("an empty name (an unset variable?)")
    return text


def positive(text: str) -> int:
    """argparse type: a whole number of at least 1 (`--jobs -1` is a usage error)."""
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be a positive whole number, not {text!r}")
    return value


def smtp_port(text: str) -> int:
    """argparse type: a port number 1 to 65535."""
    from .render.mail import MailError, port_number

    try:
        return port_number(text)
    except MailError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def over_inputs(paths: Sequence[str], outputs: Sequence[str | os.PathLike[str]]) -> str | None:
    """An input named that an output would replace, as the usage error that refuses the run."""
    from .text.files import REPLACES_INPUT, replaced_inputs

    for named in replaced_inputs(paths, outputs):
        return f"{shown(named)}: {REPLACES_INPUT}"
    return None


def email_usage(args: argparse.Namespace) -> str | None:
    """What is wrong with an email command line before any work is done, or None."""
    from .render.mail import MailError, SmtpSettings, check_addresses
    from .text.files import same_path

    if args.send and not args.to:
        return "--send needs at least one --to address"
    if not (args.output or args.send or args.html_fragment):
        return "give -o OUT.eml, --html-fragment FILE or --send"
    if args.subject is not None and not args.subject.isprintable():
        return "--subject must be one line of text"
    if args.output and args.html_fragment and same_path(args.output, args.html_fragment):
        return "-o and --html-fragment name the same file; the fragment would replace the e-mail"
    for flag, address in (("--from", args.sender), *(("--to", to) for to in args.to)):
        try:  # one at a time, to name the flag that gave it
            check_addresses(address, [])
        except MailError as error:
            return f"{flag}: {error}"
    try:
        if args.send:  # the environment's port too
            SmtpSettings.from_environment(port=args.smtp_port, security=args.smtp_security)
    except MailError as error:
        return str(error)
    return None


def run_email(args: argparse.Namespace, options: Options, shape: BriefingOptions) -> int:
    from .output import check_writable, write_text
    from .pipeline import build_briefing
    from .render.mail import build_message, render_email_html, send_message, write_eml

    outputs = [path for path in (args.output, args.html_fragment) if path]
    usage = email_usage(args) or over_inputs(args.paths, outputs)
    if usage:
        print(f"Error: {shown(usage)}", file=sys.stderr)
        return EXIT_USAGE
    check_writable(outputs)
    briefing = build_briefing(args.paths, options, shape, outputs=outputs)
    report_read(briefing)
    if not briefing.articles:
        print("Error: no article could be read; nothing was written", file=sys.stderr)
        return EXIT_FAILED
    message = build_message(briefing, sender=args.sender, recipients=args.to, subject=args.subject,
                            attach_pdf=args.attach_pdf, templates=args.templates)  # fmt: skip
    if args.output:
        write_eml(message, args.output)
    if args.html_fragment:
        fragment = render_email_html(briefing, templates=args.templates, fragment=True)
        write_text(args.html_fragment, fragment)
    written = [path for path in (args.output, args.html_fragment) if path]
    if written:
        print(written_line(briefing, written))
    if args.send:
        settings = smtp_settings(args)
        send_message(message, settings)
        print(f"sent to {', '.join(args.to)} via {settings.host}")
    return EXIT_FAILED if briefing.failures else EXIT_OK


def _add_serve(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    sub = _subcommand(
        commands,
        "serve",
        "A local web page: drop articles, correct the briefing, download PDF, HTML, e-mail.",
        "summarize serve --port 8000 --samples seeds/",
    )
    sub.add_argument(
        "--port", type=listen_port, default=8000, help="port (default: 8000; 0: any free one)"
    )
    sub.add_argument(
        "--host", default="127.0.0.1",
        help="address to listen on (default: 127.0.0.1, this computer only)",
    )  # fmt: skip
    sub.add_argument(
        "-o", "--output", default="reports/web", metavar="DIR", type=named,
        help="sessions: articles, corrections.json and outputs (default: reports/web)",
    )  # fmt: skip
    sub.add_argument(
        "--samples", metavar="DIR", type=named, help="a folder the page offers to load"
    )
    sub.add_argument("--max-files", type=positive, default=500, metavar="N",
                     help="articles per upload and per session (default: 500)")  # fmt: skip
    sub.add_argument("--from", dest="sender", default="summarize <briefing@localhost>")
    _add_smtp(sub, "enables sending from the page (or $SUMMARIZE_SMTP_HOST)")
    _add_max_bytes(sub)
    _add_max_sentences(sub)
    _add_links(sub)
    _add_ranking(sub)
    sub.set_defaults(handler=run_serve)


def listen_port(text: str) -> int:
    """argparse type: a port to listen on, 0 (any free one) to 65535."""
    if not text.isdigit() or int(text) > 65535:
        raise argparse.ArgumentTypeError(f"must be a port number from 0 to 65535, not {text!r}")
    return int(text)


def serve_usage(args: argparse.Namespace) -> str | None:
    """What is wrong with a serve command line before the page is served, or None. A --from the
    mail library refuses was found only when the page made its first e-mail."""
    import os

    from .render.mail import MailError, check_addresses

    if args.samples and not os.path.isdir(args.samples):  # Path.is_dir raised on a long name
        return f"--samples: {args.samples}: not a folder"
    try:
        check_addresses(args.sender, [])
    except MailError as error:
        return f"--from: {error}"
    return None


def run_serve(args: argparse.Namespace, options: Options, _: BriefingOptions) -> int:
    import os
    from pathlib import Path
    from urllib.parse import urlsplit

    from .web.server import is_loopback, serve
    from .web.settings import WebSettings

    usage = serve_usage(args)
    if usage:
        print(f"Error: {shown(usage)}", file=sys.stderr)
        return EXIT_USAGE
    smtp = None
    if args.smtp_host or os.environ.get("SUMMARIZE_SMTP_HOST"):
        smtp = smtp_settings(args)
    samples = Path(args.samples) if args.samples else None
    settings = WebSettings(
        root=Path(args.output), options=options, samples=samples,
        max_file_bytes=options.max_bytes, max_files=args.max_files, smtp=smtp, sender=args.sender,
    )  # fmt: skip

    def announce(address: str) -> None:
        # once bound, by the address bound: `--host ''` warned "listening on : …", and a host
        # that could not be listened on was warned about before its error
        bound = urlsplit(address).hostname or ""
        if not is_loopback(bound):
            named = bound if args.host in ("", bound) else f"{args.host} ({bound})"
            print(f"Warning: listening on {shown(named)}: other computers on the network can "
                  "open this page and the articles in it", file=sys.stderr)  # fmt: skip
        print(f"Bản tin: mở {address} trong trình duyệt (Ctrl+C để dừng)", flush=True)

    with suppress(KeyboardInterrupt):  # Ctrl-C or SIGTERM: uvicorn finished the open requests
        serve(settings, args.host, args.port, announce)
    print("Stopped; the sessions are kept in " + shown(args.output), file=sys.stderr)
    return EXIT_OK
