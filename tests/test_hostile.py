"""Every entry point over the hostile corpus (tests/hostile.py): `report`, `email`, `batch`,
`clusters` and the Python API.

Each good file gives its result, each bad one `Error: <path>: <reason>`, exit codes are the
README's, nothing an article holds reaches HTML or e-mail as markup, and the PDF engine reads
nothing but its bundled fonts.
"""

from __future__ import annotations

import contextlib
import errno
import io
import json
import os
import socket
from collections.abc import Iterator
from dataclasses import dataclass
from email import message_from_bytes, policy
from email.message import EmailMessage
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlparse

import pytest
from pypdf import PdfReader

from summarize import Options, build_briefing, pipeline, summarize_text
from summarize.batch.run import run_batch
from summarize.cli import main
from summarize.errors import ErrorKind, TooLargeError
from summarize.models import Budget, Failure
from summarize.render.pdf import BundledOnlyFetcher, assets_dir
from summarize.text.load import load_text_document
from summarize.text.segment import MAX_SENTENCE_CHARS

from .conftest import SEEDS
from .hostile import GOOD, MARKUP, RAW, good, make_corpus, run_on, tiny_sentences

Corpus = tuple[Path, dict[str, str]]


@dataclass(frozen=True)
class Run:
    """What a user sees of one command: exit code, stdout, stderr."""

    code: int
    out: str
    err: str


def run(argv: list[str]) -> Run:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(argv)
    return Run(code, out.getvalue(), err.getvalue())


def shown(path: Path) -> str:
    """A path as the CLI prints it: a newline or an escape in a file name is spelled out."""
    return str(path).replace("\n", "\\n").replace("\x1b", "\\x1b")


def good_files(corpus: Corpus) -> set[str]:
    folder, expected = corpus
    return {str(folder / name) for name, reason in expected.items() if reason == "ok"}


def bad_files(corpus: Corpus) -> dict[str, str]:
    folder, expected = corpus
    return {str(folder / name): reason for name, reason in expected.items() if reason != "ok"}


def assert_errors_named(corpus: Corpus, stderr: str) -> None:
    """Exactly one `Error: <path>: <reason>` line per bad file, and no other line at all."""
    lines = stderr.splitlines()
    assert all(line.startswith("Error: ") for line in lines), lines
    for path, reason in bad_files(corpus).items():
        mine = [line for line in lines if line.startswith(f"Error: {shown(Path(path))}: ")]
        assert len(mine) == 1, path
        assert reason in mine[0]
    assert len(lines) == len(bad_files(corpus))


class Markup(HTMLParser):
    """The tags, attribute values and text of a page, as a browser would see them."""

    def __init__(self, html: str) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.values: list[str] = []
        self.text: list[str] = []
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.values.extend(value or "" for _, value in attrs)

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def assert_markup_escaped(html: str) -> None:
    """Article markup is text: escaped, shown as written, and never evaluated as a template."""
    for raw in RAW:
        assert raw not in html, raw
    page = Markup(html)
    assert not {"script", "iframe", "img", "link", "object", "embed"} & set(page.tags)
    for value in page.values:
        assert "file:" not in value and "evil.example" not in value, value
    text = "".join(page.text)
    assert '<img src="file:///etc/passwd"> và <iframe src="http://evil.example/f">' in text
    assert "</textarea><script>alert(1)</script>" in text
    assert "gõ {{ 7*7 }} và {% raw %}" in text
    assert "gõ 49" not in text


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Corpus:
    folder = tmp_path_factory.mktemp("hostile")
    return folder, make_corpus(folder)


@dataclass
class Read:
    """The one reading of the corpus by build_briefing in the module's `report` run."""

    paths: list[str]
    options: Any
    shape: Any
    outputs: list[str]
    briefing: Any = None


@pytest.fixture(scope="module")
def read() -> list[Read]:
    return []


@pytest.fixture(scope="module")
def report(
    corpus: Corpus, read: list[Read], tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Any]:
    """`summarize report` over the corpus, one section per file, recording every PDF fetch and
    its build_briefing (the e-mail test takes that reading: see there)."""
    out = tmp_path_factory.mktemp("report")
    fetched: list[str] = []
    connected: list[Any] = []
    fetch = BundledOnlyFetcher.fetch

    def recording(self: BundledOnlyFetcher, url: str, headers: Any = None) -> Any:
        fetched.append(url)
        return fetch(self, url, headers)

    def reading(paths: Any, options: Any, shape: Any, *, outputs: Any) -> Any:
        read.append(Read(list(map(str, paths)), options, shape, list(map(str, outputs))))
        read[-1].briefing = build_briefing(paths, options, shape, outputs=outputs)
        return read[-1].briefing

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(BundledOnlyFetcher, "fetch", recording)
        patch.setattr(socket.socket, "connect", lambda self, address: connected.append(address))
        patch.setattr(pipeline, "build_briefing", reading)
        result = run(["report", str(corpus[0]), "-o", str(out), "--group-by", "file"])
    yield result, out, fetched, connected


# --- summarize report ----------------------------------------------------------------------------


@pytest.mark.slow
def test_report_names_every_bad_file_and_exits_1(report: Any, corpus: Corpus) -> None:
    result, out, _, _ = report
    assert result.code == 1
    assert_errors_named(corpus, result.err)
    assert sorted(p.name for p in out.iterdir()) == [
        "briefing.html",
        "briefing.json",
        "briefing.pdf",
    ]


@pytest.mark.slow  # the `report` fixture runs the CLI over the whole hostile corpus
def test_report_summarizes_every_good_file(report: Any, corpus: Corpus) -> None:
    _, out, _, _ = report
    data = json.loads((out / "briefing.json").read_text("utf-8"))
    assert {a["source"] for a in data["articles"]} == good_files(corpus)
    assert all(a["summary"] for a in data["articles"])
    assert {f["source"] for f in data["failures"]} == set(bad_files(corpus))


@pytest.mark.slow  # the `report` fixture runs the CLI over the whole hostile corpus
def test_report_of_a_1_mb_run_on_line_stays_bounded(report: Any, corpus: Corpus) -> None:
    _, out, _, _ = report
    data = json.loads((out / "briefing.json").read_text("utf-8"))
    line = corpus[0] / "run-on.txt"
    (run_on,) = [a for a in data["articles"] if a["source"] == str(line)]
    assert run_on["summary"] and all(len(s) <= MAX_SENTENCE_CHARS for s in run_on["summary"])
    # uncut, the line alone made the PDF near half its size (0.5 MB); the briefing is 70 KB
    assert (out / "briefing.pdf").stat().st_size < line.stat().st_size // 4


@pytest.mark.slow  # the `report` fixture runs the CLI over the whole hostile corpus
def test_report_html_shows_article_markup_as_text(report: Any) -> None:
    _, out, _, _ = report
    html = (out / "briefing.html").read_text("utf-8")
    assert_markup_escaped(html)
    # the <title> of hostile.html, itself written with entities, names its section as text
    assert "&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt; {{ 7*7 }}" in html


@pytest.mark.slow  # the `report` fixture runs the CLI over the whole hostile corpus
def test_pdf_engine_fetches_only_bundled_fonts(report: Any) -> None:
    _, out, fetched, connected = report
    assert (out / "briefing.pdf").read_bytes().startswith(b"%PDF")
    assert fetched  # the fonts at least: the recorder sat on the real path
    for url in fetched:
        parsed = urlparse(url)
        assert parsed.scheme == "file", url
        assert Path(unquote(parsed.path)).resolve().is_relative_to(assets_dir()), url
    assert connected == []


@pytest.mark.slow  # the `report` fixture runs the CLI over the whole hostile corpus
def test_pdf_links_only_within_itself(report: Any) -> None:
    # The PDF is laid out from the escaped HTML above; an article's <a href> or <script> would
    # show here as a URI, launch or JavaScript action.
    _, out, _, _ = report
    reader = PdfReader(out / "briefing.pdf")
    links = [annot.get_object() for page in reader.pages for annot in page.get("/Annots") or []]
    assert links  # the contents' links to the sections
    assert all("/Dest" in link and "/A" not in link for link in links)  # no URI, launch or JS
    assert "/JavaScript" not in reader.trailer["/Root"].get("/Names", {})


def test_bundled_only_fetcher_refuses_what_an_article_could_name() -> None:
    fetcher = BundledOnlyFetcher()
    for url in ("file:///etc/passwd", "http://evil.example/x.png", "data:text/html,<b>x</b>",
                f"{assets_dir().as_uri()}/../../__init__.py"):  # fmt: skip
        with pytest.raises(ValueError, match="refused"):
            fetcher.fetch(url)
    assert len(fetcher.refused) == 4


# --- limits --------------------------------------------------------------------------------------


def test_the_200_mb_file_is_refused_by_its_size_before_reading(
    corpus: Corpus, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[str] = []
    monkeypatch.setattr("summarize.text.load.os.open", lambda path, *a: opened.append(path))
    with pytest.raises(TooLargeError, match=r"209,715,200 bytes.*see --max-bytes"):
        load_text_document(corpus[0] / "huge.txt")
    assert opened == []


def test_a_file_we_may_not_read_is_named_with_the_reason(
    corpus: Corpus, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Root reads any file, so the refusal comes from where load.py opens it.
    def denied(path: Any, *args: Any) -> int:
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(path))

    monkeypatch.setattr("summarize.text.load.os.open", denied)
    briefing = build_briefing([corpus[0] / "markup.txt"])
    assert briefing.failures == (
        Failure(str(corpus[0] / "markup.txt"), "cannot read: permission denied", ErrorKind.INPUT),
    )


def test_max_bytes_is_the_users_to_lower(corpus: Corpus, tmp_path: Path) -> None:
    run_on = corpus[0] / "run-on.txt"
    result = run(["report", str(run_on), "-o", str(tmp_path), "--max-bytes", "1000000"])
    assert result.code == 1
    assert f"Error: {run_on}: too large: " in result.err
    assert "the limit is 1,000,000 (see --max-bytes)" in result.err
    assert list(tmp_path.iterdir()) == []


def test_max_sentences_refuses_an_article_of_too_many_sentences(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    tiny = folder / "tiny-sentences.txt"
    tiny.write_bytes(tiny_sentences(100_000))  # over the 20,000 stops an early refusal needs
    (folder / "bai.txt").write_text(good(1), "utf-8")  # not matched by --glob
    result = run(["batch", str(folder), "-o", str(tmp_path / "out"), "--glob", "tiny-*",
                  "--max-sentences", "1000"])  # fmt: skip
    assert result.code == 1
    assert result.err == (
        # refused from a count of full stops, before splitting (the last one ends the file)
        f"Error: {tiny}: too many sentences: about 99,999, the limit is 1,000 (see --max-sentences)\n"
    )


@pytest.mark.slow
def test_a_5_mb_run_on_line_gives_bounded_sentences() -> None:
    text = run_on(600_000).decode()  # 6.5 MB
    result = summarize_text(text)
    assert len(result.kept) >= len(text) // MAX_SENTENCE_CHARS
    assert all(len(s.text) <= MAX_SENTENCE_CHARS for s in result.kept)
    assert " ".join(s.text for s in result.kept) == text  # cut at spaces, nothing lost
    assert result.summary and set(result.summary) <= set(result.kept)


@pytest.mark.slow
def test_100000_tiny_sentences_are_each_kept_and_the_summary_stays_short() -> None:
    text = tiny_sentences(100_000).decode()
    result = summarize_text(text, options=Options(budget=Budget(sentences=3, syllables=None)))
    assert len(result.kept) == 100_000  # "Câu 7." and "Câu 8." differ in their figure
    assert len(result.summary) == 3


# --- summarize email -----------------------------------------------------------------------------


@pytest.mark.slow
def test_email_escapes_article_markup_in_every_part(
    corpus: Corpus, report: Any, read: list[Read], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # `email` reads the corpus as `report` does: build_briefing over the same paths with the same
    # options, no output inside the corpus (checked here). That reading, most of either
    # command's CPU (the 1 MB line, 10,000 sentences), is done once a module: `report`'s.
    (reading,) = read

    def the_same_reading(paths: Any, options: Any, shape: Any, *, outputs: Any) -> Any:
        assert (list(map(str, paths)), options, shape) == (
            reading.paths,
            reading.options,
            reading.shape,
        )
        for output in [*map(str, outputs), *reading.outputs]:
            assert not Path(output).resolve().is_relative_to(corpus[0].resolve()), output
        return reading.briefing

    monkeypatch.setattr(pipeline, "build_briefing", the_same_reading)
    eml = tmp_path / "out.eml"
    result = run(["email", str(corpus[0]), "-o", str(eml), "--group-by", "file",
                  "--to", "Ban biên tập <bbt@example.vn>"])  # fmt: skip
    assert result.code == 1
    assert_errors_named(corpus, result.err)
    message = message_from_bytes(eml.read_bytes(), policy=policy.default)
    assert isinstance(message, EmailMessage)
    html_part, text_part = message.get_body(("html",)), message.get_body(("plain",))
    assert html_part is not None and text_part is not None
    assert_markup_escaped(html_part.get_content())
    text = text_part.get_content()
    assert "<script>alert(1)</script>" in text  # plain text shows the text as written
    assert "gõ {{ 7*7 }} và {% raw %}" in text


# --- summarize batch -----------------------------------------------------------------------------


def records(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines()]


@pytest.mark.slow
def test_batch_lists_every_bad_file_and_summarizes_every_good_one(
    corpus: Corpus, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    result = run(["batch", str(corpus[0]), "-o", str(out), "--jobs", "2",
                  "--format", "jsonl,csv,md,json"])  # fmt: skip
    assert result.code == 1
    assert_errors_named(corpus, result.err)
    errors = {e["source"]: e["error"] for e in records(out / "errors.jsonl")}
    assert errors.keys() == bad_files(corpus).keys()
    for path, reason in bad_files(corpus).items():
        assert reason in errors[path]
    summaries = records(out / "summaries.jsonl")
    assert {s["source"] for s in summaries} == good_files(corpus)
    assert all(s["summary"] for s in summaries)
    assert len(json.loads((out / "summaries.json").read_text("utf-8"))) == len(summaries)
    assert (out / "md" / "new\nline.txt.md").read_text("utf-8").startswith("# ")
    mirrored = [p for p in (out / "md").iterdir() if p.name != ".summarize-mirror"]  # its mark
    assert len(mirrored) == len(summaries)  # the 255-byte name too
    good, bad = len(good_files(corpus)), len(bad_files(corpus))
    assert result.out.splitlines()[-1].startswith(f"{good} summarized, {bad} failed, 0 unchanged")


def test_batch_names_hostile_record_files(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    deep = "[" * 100_000 + "]" * 100_000  # deeper than the JSON parser's stack
    record = json.dumps({"title": "<script>alert(1)</script>", "text": GOOD}, ensure_ascii=False)
    (folder / "a.jsonl").write_text(f"{record}\n{deep}\n7\n", "utf-8")
    (folder / "deep.json").write_text(deep, "utf-8")
    with (folder / "huge.jsonl").open("wb") as handle:
        handle.truncate(200 * 1024 * 1024)
    items = {Path(i.source).name: i for i in run_batch(folder, tmp_path / "out", jobs=1)}
    assert items["a.jsonl:1"].status == "summarized"
    assert items["a.jsonl:1"].title == "<script>alert(1)</script>"  # JSON output: only text
    # as `clusters` says it (test_clusters_summarize_hostile_rows_and_name_the_bad_ones): there
    # is no column in JSON too deep to parse
    assert items["a.jsonl:2"].error == "not valid JSON (nested too deeply)"
    assert items["a.jsonl:3"].error == 'a record needs a "text" string'
    assert items["deep.json"].error == "not valid JSON (nested too deeply)"
    assert "too large: 209,715,200 bytes" in (items["huge.jsonl"].error or "")
    assert len(items) == 5


def test_a_batch_written_into_its_own_folder_never_reads_its_outputs(tmp_path: Path) -> None:
    for n in range(2):
        (tmp_path / f"{n}.txt").write_text(f"{GOOD} Bài số {n}.", "utf-8")
    argv = ["batch", str(tmp_path), "-o", str(tmp_path), "--format", "jsonl,csv,md,json"]
    assert run(argv).code == 0
    again = run(argv)
    assert again.code == 0 and again.err == ""
    assert again.out.startswith("0 summarized, 0 failed, 2 unchanged")


def test_an_article_named_like_no_output_of_ours_is_read_in_its_own_folder(tmp_path: Path) -> None:
    (tmp_path / "summaries.md").write_text(f"{GOOD} Bài số 1.", "utf-8")  # we write md/, not this
    result = run(["batch", str(tmp_path), "-o", str(tmp_path), "--format", "jsonl,md"])
    assert result.code == 0
    assert result.out.startswith("1 summarized, 0 failed")


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["report", "--max-bytes", "0"], "--max-bytes must be a positive number, not 0"),
        (["report", "--sentences", "-1"], "--sentences must be a positive number, not -1"),
        # 10**20 overflowed the C integer of every read: a traceback
        (
            ["report", "--max-bytes", "1" + "0" * 20],
            "--max-bytes must be at most 1,099,511,627,776",
        ),
        (
            ["batch", ".", "-o", "x", "--max-sentences", "1" + "0" * 20],
            "--max-sentences must be at",
        ),
        (["batch", ".", "-o", "x", "--max-sentences", "0"], "--max-sentences must be a positive"),
        (["batch", ".", "-o", "x", "--jobs", "0"], "--jobs must be a positive number, not 0"),
        (["report", "--title", "Bản tin\nBcc: x@example.vn"], "--title must be one line"),
        (["email", "-o", "x.eml", "--subject", "Tin\r\nBcc: x@example.vn"], "one line"),
        # the fragment was written over the message, which was lost
        (["email", "-o", "x.eml", "--html-fragment", "./x.eml"], "-o and --html-fragment name"),
    ],
)
def test_usage_errors_exit_2_before_reading_anything(
    argv: list[str], message: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)  # a regression writes x.eml there, not into the checkout
    result = run(argv)
    assert result.code == 2
    assert result.err.startswith("Error: ") and message in result.err


FORGED = "x\nError: forged\x1b[31m"  # a line break and a terminal escape in what a user typed


@pytest.mark.parametrize(
    "argv",
    [
        ["report", str(SEEDS), "-o", FORGED],  # "2 articles, …: x\nError: forged…/briefing.html"
        ["email", str(SEEDS), "-o", f"{FORGED}.eml"],
        [
            "batch",
            str(SEEDS),
            "-o",
            "out",
            "--format",
            f"jsonl,{FORGED}",
        ],  # "--format must list …, not x\n…"
    ],
)
def test_a_name_or_value_the_user_typed_cannot_forge_a_line_or_drive_the_terminal(
    argv: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Error lines escaped control characters, but the line naming what was written and the
    # options' own errors printed them raw.
    monkeypatch.chdir(tmp_path)
    result = run(argv)
    printed = result.out + result.err
    assert "\x1b" not in printed and "\nError: forged" not in printed
    assert "x\\nError: forged\\x1b[31m" in printed


@pytest.mark.parametrize(
    "argv",
    [
        ["batch", "", "-o", "out"],  # read the whole current folder, recursively
        ["report", str(SEEDS), "-o", ""],  # wrote briefing.* into the current folder
        ["email", str(SEEDS), "-o", ""],
        ["clusters", "", "-o", "c.jsonl"],
        ["report", str(SEEDS), "-o", "out", "--corrections", ""],
    ],
)
def test_an_empty_name_from_an_unset_variable_is_a_usage_error(
    argv: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "a.txt").write_bytes((SEEDS / sorted(os.listdir(SEEDS))[0]).read_bytes())
    monkeypatch.chdir(tmp_path)
    result = run(argv)
    assert result.code == 2 and "an empty name (an unset variable?)" in result.err
    assert os.listdir(tmp_path) == ["a.txt"]  # nothing read into, nothing written


# --- summarize clusters --------------------------------------------------------------------------


def cluster_rows() -> list[str]:
    def row(cid: str, *texts: str) -> str:
        docs = [{"id": f"{cid}-{n}", "title": "", "text": t} for n, t in enumerate(texts)]
        return json.dumps({"id": cid, "documents": docs}, ensure_ascii=False)

    binaryish = "\x89PNG\r\n\x1a\n" + "".join(map(chr, range(32))) * 40
    return [
        row("binary", binaryish, GOOD),
        row("huge", " ".join(f"từ{n}" for n in range(200_000))),
        row("jinja", GOOD, "Người viết gõ {{ 7*7 }} và {% raw %} giữa câu."),
        row("script", MARKUP),
        "{not json",
        json.dumps({"id": "none", "documents": []}),
        json.dumps({"id": "untexted", "documents": [{"id": 1, "text": 7}]}),
        row("binary-only", "\x00\x01\x02" * 100, "   "),
        json.dumps({"id": "budget", "max_words": -5, "documents": [{"text": GOOD}]}),
        "[" * 100_000 + "]" * 100_000,
    ]


@pytest.mark.slow
def test_clusters_summarize_hostile_rows_and_name_the_bad_ones(tmp_path: Path) -> None:
    given, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    given.write_text("\n".join(cluster_rows()) + "\n", "utf-8")
    result = run(["clusters", str(given), "-o", str(out), "--jobs", "2"])
    assert result.code == 1
    assert result.err.splitlines() == [
        f"Error: {given}:5: not valid JSON (Expecting property name enclosed in double quotes "
        "at column 2)",
        f"Error: {given}:6: no 'documents' list",
        f"Error: {given}:7: document 1 has no text",
        f"Error: {given}:8: no text in any document (empty, binary or only markup)",
        f"Error: {given}:9: max_words must be a positive whole number, not -5",
        f"Error: {given}:10: not valid JSON (nested too deeply)",
    ]
    rows = {r["id"]: r for r in records(out)}
    assert list(rows) == ["binary", "huge", "jinja", "script"]  # in input order
    assert rows["binary"]["summary"] == GOOD  # the binary document adds nothing
    assert rows["huge"]["summary"].startswith("từ")
    assert all(len(s["text"]) <= MAX_SENTENCE_CHARS for s in rows["huge"]["sentences"])
    assert "Người viết gõ {{ 7*7 }} và {% raw %} giữa câu." in rows["jinja"]["summary"]
    assert '<img src="file:///etc/passwd">' in rows["script"]["summary"]


def test_clusters_skip_a_row_over_max_bytes_without_holding_it(tmp_path: Path) -> None:
    given, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    good = json.dumps({"id": "good", "documents": [{"text": GOOD}]}, ensure_ascii=False)
    huge = json.dumps({"id": "huge", "documents": [{"text": "từ " * 500_000}]})
    given.write_text(f"{good}\n{huge}\n{good}\n{huge}", "utf-8")  # the last without a newline
    result = run(["clusters", str(given), "-o", str(out), "--jobs", "1", "--max-bytes", "100000"])
    assert result.code == 1
    too_large = "too large: a row over 100,000 bytes (see --max-bytes)"
    assert result.err.splitlines() == [f"Error: {given}:2: {too_large}",
                                       f"Error: {given}:4: {too_large}"]  # fmt: skip
    assert [r["id"] for r in records(out)] == ["good", "good"]


# A lone surrogate escaped in JSON, as a broken producer writes half an emoji: valid JSON, but
# not text any output can be written in (the journal and the clusters output were tracebacks).
HALF_EMOJI = "Tin \\ud83d lạ"


def test_batch_reads_a_record_holding_half_an_emoji(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    text = json.dumps(GOOD, ensure_ascii=False)
    (folder / "a.jsonl").write_text(f'{{"title": "{HALF_EMOJI}", "text": {text}}}\n', "utf-8")
    result = run(["batch", str(folder), "-o", str(tmp_path / "out"), "--jobs", "1"])
    assert result.code == 0, result.err
    (row,) = records(tmp_path / "out" / "summaries.jsonl")
    assert row["title"] == "Tin \ufffd lạ" and row["summary"]


def test_clusters_write_a_row_whose_id_and_title_hold_half_an_emoji(tmp_path: Path) -> None:
    given, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    text = json.dumps(GOOD, ensure_ascii=False)
    row = f'{{"id": "{HALF_EMOJI}", "documents": [{{"title": "{HALF_EMOJI}", "text": {text}}}]}}'
    given.write_text(row + "\n", "utf-8")
    result = run(["clusters", str(given), "-o", str(out), "--jobs", "1"])
    assert result.code == 0, result.err
    assert [r["id"] for r in records(out)] == ["Tin \ufffd lạ"]


# --- the Python API ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "fmt", "expected"),
    [
        ("hostile.html", "html", "Bắc Giang"),
        ("hostile.md", "md", "<script>alert(1)</script>"),
        ("markup.txt", "txt", '<img src="file:///etc/passwd">'),
        ("jinja.txt", "txt", "{{ 7*7 }}"),
        ("rtl-zero-width.txt", "txt", "Bắc Giang"),
        ("decomposed.txt", "txt", "Bắc Giang"),
    ],
)
def test_summarize_text_keeps_hostile_text_as_plain_text(
    corpus: Corpus, name: str, fmt: str, expected: str
) -> None:
    text = (corpus[0] / name).read_text("utf-8")
    result = summarize_text(
        text, fmt=fmt, options=Options(budget=Budget(sentences=10, syllables=None))
    )
    summary = " ".join(s.text for s in result.summary)
    assert expected in summary
    assert "\u202e" not in summary and "\u200b" not in summary
    assert "fetch(" not in summary and "evil.example/x.png" not in summary  # <script>, <style>


def test_build_briefing_takes_good_and_bad_paths_alike(corpus: Corpus) -> None:
    folder = corpus[0]
    names = ["markup.txt", "huge.txt", "loop-a.txt", "nul.txt", "missing.txt", "hostile.md"]
    briefing = build_briefing([folder / n for n in names])
    assert [a.article.source for a in briefing.articles] == [
        str(folder / "markup.txt"), str(folder / "hostile.md")
    ]  # fmt: skip
    reasons = {Path(f.source).name: f.reason for f in briefing.failures}
    assert reasons.keys() == {"huge.txt", "loop-a.txt", "nul.txt", "missing.txt"}
    assert "too large" in reasons["huge.txt"] and "symbolic link loop" in reasons["loop-a.txt"]
    assert "binary" in reasons["nul.txt"] and "no such file" in reasons["missing.txt"]


@pytest.mark.slow
def test_run_batch_delivers_one_item_per_file(corpus: Corpus, tmp_path: Path) -> None:
    batch = run_batch(corpus[0], tmp_path / "out", jobs=2)
    items = {i.source: i for i in batch}
    assert {s for s, i in items.items() if i.status == "summarized"} == good_files(corpus)
    assert {s for s, i in items.items() if i.status == "failed"} == set(bad_files(corpus))
    assert batch.summary.failed == len(bad_files(corpus))
