"""Options and settings a hostile or careless user gives: refused with one `Error:` line and the
exit code of a usage error, before anything is read, sent or written; never a traceback."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from summarize.cli import main

from .conftest import SEEDS
from .test_mail import Recorder, send_argv, smtp_server  # noqa: F401  (the fixture)

SUMMARIZE = Path(sys.executable).with_name("summarize")


@pytest.mark.parametrize(
    "address",
    ["a@example.vn\r\nBcc: evil@example.vn", "a@example.vn\nBcc: evil@example.vn", "", "  "],
    ids=["crlf", "lf", "empty", "blank"],
)
def test_a_recipient_with_a_line_break_or_none_at_all_is_refused_and_nothing_sent(
    smtp_server: tuple[Recorder, int],  # noqa: F811
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    address: str,
) -> None:
    recorder, port = smtp_server
    out = tmp_path / "b.eml"
    assert main(send_argv(out, port, address)) == 2
    assert capsys.readouterr().err.startswith("Error: --to: not an e-mail address: ")
    assert recorder.messages == [] and not out.exists()


def test_a_sender_with_a_line_break_is_refused(tmp_path: Path) -> None:
    argv = ["email", str(SEEDS), "-o", str(tmp_path / "b.eml"), "--from", "a@x.vn\r\nBcc: e@x.vn"]
    assert main(argv) == 2
    assert not (tmp_path / "b.eml").exists()


@pytest.mark.parametrize("port", ["0", "99999", "12345678901234567890", "-25", "abc"])
def test_an_smtp_port_out_of_range_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], port: str
) -> None:
    argv = [*send_argv(tmp_path / "b.eml", 25, "bbt@example.vn")]
    argv[argv.index("--smtp-port") + 1] = port
    assert main(argv) == 2
    assert "port number 1 to 65535" in capsys.readouterr().err
    assert not (tmp_path / "b.eml").exists()


def test_an_smtp_port_from_the_environment_is_checked_too(tmp_path: Path) -> None:
    argv = ["email", str(SEEDS), "-o", str(tmp_path / "b.eml"), "--send", "--to", "b@example.vn"]
    run = subprocess.run([str(SUMMARIZE), *argv], capture_output=True, text=True, check=False,
                         env={"SUMMARIZE_SMTP_PORT": "abc", "PATH": "/usr/bin:/bin"})  # fmt: skip
    assert (run.returncode, run.stderr) == (
        2, "Error: SUMMARIZE_SMTP_PORT must be a port number 1 to 65535, not 'abc'\n"
    )  # fmt: skip


@pytest.mark.parametrize("flag", ["-o", "--html-fragment"])
def test_a_broken_template_is_an_error_line(
    tmp_path: Path, flag: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """In this process (a traceback would fail the test), as the command line runs it."""
    own = tmp_path / "templates"
    own.mkdir()
    (own / "email_block.html.j2").write_text("{% for x in %}\n", "utf-8")
    argv = ["email", str(SEEDS), flag, str(tmp_path / "out"), "--templates", str(own)]
    assert main(argv) == 1
    err = capsys.readouterr().err
    assert err.startswith("Error: template error in ")
    assert "email_block.html.j2, line 1: " in err
    assert not (tmp_path / "out").exists()


def test_clusters_with_a_negative_number_of_jobs_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = tmp_path / "c.jsonl"
    rows.write_text("", "utf-8")
    assert main(["clusters", str(rows), "--jobs", "-1"]) == 2
    assert "--jobs: must be a positive whole number, not '-1'" in capsys.readouterr().err


def test_a_title_longer_than_a_heading_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["report", str(SEEDS), "-o", str(tmp_path), "--title", "Hội nghị " * 5000]) == 2
    assert capsys.readouterr().err == "Error: --title must be at most 300 characters\n"
    assert list(tmp_path.iterdir()) == []


# --- the PDF and the terminal --------------------------------------------------------------------


def test_the_pdf_embeds_only_the_bundled_fonts_whatever_the_script(tmp_path: Path) -> None:
    from summarize.render.pdf import render_pdf

    html = "<h1>Hội nghị 会议 مؤتمر</h1><p>Xin chào 你好 мир ไทย שלום 🙂</p>"
    pdf = tmp_path / "b.pdf"
    pdf.write_bytes(render_pdf(html))
    listing = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True)
    fonts = [line.split()[0] for line in listing.stdout.splitlines()[2:]]
    assert fonts and all(name.split("+")[-1].startswith("Briefing-") for name in fonts), fonts


@pytest.mark.slow
def test_control_bytes_of_a_file_name_never_reach_the_terminal(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a\x1b[31mred\x07.txt").write_bytes((SEEDS / "000_1e895c6a7197ecaf.txt").read_bytes())
    argv = ["report", str(folder), "-o", str(tmp_path / "out")]
    run = subprocess.run([str(SUMMARIZE), *argv], capture_output=True, check=False)
    assert run.returncode == 0, run.stderr
    assert b"\x1b" not in run.stderr + run.stdout and b"\x07" not in run.stderr + run.stdout
