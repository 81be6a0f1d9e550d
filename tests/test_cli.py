"""The command line as a user meets it: exit codes, messages and the files written."""

from __future__ import annotations

import argparse
import io
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from summarize.cli import build_parser, main

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
OUTPUTS = ("briefing.html", "briefing.pdf", "briefing.json")


@pytest.fixture()
def seeds(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    shutil.copytree(SEEDS, folder)
    return folder


def bad_inputs(folder: Path) -> dict[str, str]:
    """Bad files next to good ones; the value is a fragment of the reason the user must see."""
    (folder / "empty.txt").write_bytes(b"")
    (folder / "blank.txt").write_text("  \n\t\n", encoding="utf-8")
    (folder / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    (folder / "garbage.txt").write_bytes(bytes([0x81, 0xFE, 0x9D, 0xC0, 0xFF]) * 200)
    return {
        "empty.txt": "empty",
        "blank.txt": "empty",
        "image.txt": "binary",
        "garbage.txt": "decode",
    }


def test_every_subcommand_has_help_with_an_example() -> None:
    parser = build_parser()
    subactions = next(a for a in parser._actions if a.dest == "command")
    for name, sub in subactions.choices.items():  # type: ignore[attr-defined]
        assert "Example:" in sub.format_help(), name
        assert f"summarize {name}" in sub.format_help(), name


def test_report_writes_three_files(
    seeds: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    assert main(["report", str(seeds), "-o", str(out)]) == 0
    assert sorted(p.name for p in out.iterdir()) == sorted(OUTPUTS)
    data = json.loads((out / "briefing.json").read_text(encoding="utf-8"))
    assert len(data["articles"]) == 2
    assert (out / "briefing.pdf").read_bytes().startswith(b"%PDF")
    assert "2 articles" in capsys.readouterr().out


def test_one_article_is_counted_in_the_singular(
    seeds: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    one = sorted(seeds.iterdir())[0]
    assert main(["report", str(one), "-o", str(tmp_path / "out")]) == 0
    assert capsys.readouterr().out.startswith("1 article, 1 conference: ")


def test_a_folders_readme_is_a_warning_not_an_error(
    seeds: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A README beside the articles was `Error:` and exit 1, like a file that could not be
    read: the user did nothing wrong. It is a warning; the run succeeds; a real error still
    fails it, listed apart."""
    (seeds / "README.md").write_text("# Ghi chú\n\nThư mục gom các bài.\n", "utf-8")
    out = tmp_path / "out"
    assert main(["report", str(seeds), "-o", str(out)]) == 0
    err = capsys.readouterr().err
    assert err.splitlines() == [
        f"Warning: {seeds / 'README.md'}: skipped: README.md is a note about the folder, not an "
        "article (name it to read it)"
    ]
    data = json.loads((out / "briefing.json").read_text(encoding="utf-8"))
    assert data["failures"] == [] and [f["kind"] for f in data["skipped"]] == ["folder-note"]
    assert "README.md" not in (out / "briefing.html").read_text("utf-8")  # not "Không đọc được"
    (seeds / "empty.txt").write_bytes(b"")
    assert main(["report", str(seeds), "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert [line.split(":")[0] for line in err.splitlines()] == ["Error", "Warning"]


def test_a_link_out_of_the_folder_is_named_and_never_followed(
    seeds: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A link to a file outside the folder was passed over without a word, though the README
    says hidden files are the only ones: it is a warning now, its target never read, exit 0."""
    outside = tmp_path / "outside.txt"
    outside.write_text("Hội nghị kín tại Hà Nội đã bàn về ngân sách bí mật năm sau.", "utf-8")
    (seeds / "link.txt").symlink_to(outside)
    out = tmp_path / "out"
    assert main(["report", str(seeds), "-o", str(out)]) == 0
    assert capsys.readouterr().err.splitlines() == [
        f"Warning: {seeds / 'link.txt'}: skipped: a link that leads out of the folder (name its "
        "target to read it)"
    ]
    data = json.loads((out / "briefing.json").read_text(encoding="utf-8"))
    assert data["failures"] == [] and [f["kind"] for f in data["skipped"]] == ["outside-link"]
    assert "bí mật" not in (out / "briefing.html").read_text("utf-8")
    assert main(["report", str(outside), "-o", str(out)]) == 0  # named, its target is read


@pytest.mark.parametrize("command", ["report", "batch"])
def test_a_link_to_a_folder_outside_is_named_as_a_link_to_a_file_is(
    seeds: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    """`bai/thang-12` linked to a folder of articles elsewhere: os.walk does not enter a linked
    folder, and its articles were passed over named nowhere, exit 0. A link to a folder inside
    is passed over without a word: its files are read where they are."""
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    shutil.copy(seeds / "000_1e895c6a7197ecaf.txt", elsewhere / "bai.txt")
    (seeds / "thang-12").symlink_to(elsewhere, target_is_directory=True)
    (seeds / "inside").mkdir()
    (seeds / "again").symlink_to(seeds / "inside", target_is_directory=True)
    assert main([command, str(seeds), "-o", str(tmp_path / "out")]) == 0
    assert capsys.readouterr().err.splitlines() == [
        f"Warning: {seeds / 'thang-12'}: skipped: a link that leads out of the folder (name its "
        "target to read it)"
    ]


def test_batch_skips_a_folders_readme_as_report_does(
    seeds: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`summarize batch` summarized a folder's README.md as a third article ("Ghi chú") while
    `report` on the same folder skipped it: the same warning now, exit 0, kept out of the
    summaries and of the batch's briefing, named in errors.jsonl with its kind, on a re-run too."""
    (seeds / "README.md").write_text("# Ghi chú\n\nThư mục gom các bài.\n", "utf-8")
    out = tmp_path / "out"
    warning = (
        f"Warning: {seeds / 'README.md'}: skipped: README.md is a note about the folder, not an "
        "article (name it to read it)"
    )
    assert main(["batch", str(seeds), "-o", str(out), "--jobs", "1", "--report"]) == 0
    captured = capsys.readouterr()
    assert warning in captured.err.splitlines()
    assert captured.out.startswith("2 summarized, 0 failed, 0 unchanged")
    rows = (out / "summaries.jsonl").read_text("utf-8").splitlines()
    assert [Path(json.loads(row)["source"]).name for row in rows] == sorted(
        p.name for p in SEEDS.iterdir()
    )
    errors = [json.loads(row) for row in (out / "errors.jsonl").read_text("utf-8").splitlines()]
    assert [(Path(e["source"]).name, e["kind"]) for e in errors] == [("README.md", "folder-note")]
    assert len(json.loads((out / "briefing.json").read_text("utf-8"))["articles"]) == 2
    assert main(["batch", str(seeds), "-o", str(out), "--jobs", "1"]) == 0
    captured = capsys.readouterr()
    assert warning in captured.err.splitlines() and "2 unchanged" in captured.out
    (seeds / "empty.txt").write_bytes(b"")  # a real error fails the run, told before the warning
    assert main(["batch", str(seeds), "-o", str(out), "--jobs", "1"]) == 1
    kinds = [line.split(":")[0] for line in capsys.readouterr().err.splitlines()]
    assert [k for k in kinds if k in ("Error", "Warning")] == ["Error", "Warning"], kinds


def test_bad_files_are_named_and_the_rest_still_processed(
    seeds: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    expected = bad_inputs(seeds)
    out = tmp_path / "out"
    assert main(["report", str(seeds), "-o", str(out)]) == 1
    err = capsys.readouterr().err
    for name, reason in expected.items():
        line = next(ln for ln in err.splitlines() if ln.startswith(f"Error: {seeds / name}: "))
        assert reason in line.lower(), line
    data = json.loads((out / "briefing.json").read_text(encoding="utf-8"))
    assert len(data["articles"]) == 2
    assert {Path(f["source"]).name for f in data["failures"]} == set(expected)


def test_huge_file_is_refused_by_the_size_limit(
    seeds: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    big = seeds / "big.txt"
    big.write_text("Hội nghị tổng kết. " * 2000, encoding="utf-8")
    code = main(["report", str(seeds), "-o", str(tmp_path / "o"), "--max-bytes", "20000"])
    assert code == 1
    assert f"Error: {big}: " in capsys.readouterr().err


def test_nothing_readable_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    bad_inputs(folder)
    out = tmp_path / "out"
    assert main(["report", str(folder), "-o", str(out)]) == 1
    assert not out.exists() or list(out.iterdir()) == []
    assert "nothing was written" in capsys.readouterr().err


def test_folder_without_articles_and_missing_path(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "nothing"
    empty.mkdir()
    (empty / "notes.xlsx").write_bytes(b"PK\x03\x04")
    missing = tmp_path / "missing.txt"
    assert main(["report", str(empty), str(missing), "-o", str(tmp_path / "o")]) == 1
    err = capsys.readouterr().err
    assert f"Error: {empty}: no article files" in err
    assert f"Error: {empty / 'notes.xlsx'}: not read: a spreadsheet, not an article" in err
    assert f"Error: {missing}: no such file or directory" in err


@pytest.mark.parametrize(
    "argv",
    [
        ["report", "--sentences", "3", "--words", "50"],
        ["report", "--algorithm", "nope"],
        ["report", "--sentences", "0"],
        ["frobnicate"],
        [],
    ],
)
def test_usage_errors_exit_2(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(argv) == 2
    assert "error" in capsys.readouterr().err.lower()


def test_clusters_reads_jsonl_and_writes_one_line_per_row(tmp_path: Path) -> None:
    text = (SEEDS / "000_1e895c6a7197ecaf.txt").read_text(encoding="utf-8")
    rows = [
        {
            "id": "c1",
            "documents": [{"id": "d1", "title": "Hội nghị", "text": text}],
            "max_words": 60,
        },
        {"id": "c2", "documents": [{"id": "d1", "title": None, "text": text}]},
    ]
    source = tmp_path / "in.jsonl"
    source.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["clusters", str(source), "-o", str(out), "--words", "40"]) == 0
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [line["id"] for line in lines] == ["c1", "c2"]
    for line in lines:
        assert line["summary"] and all(s["document"] == "d1" for s in line["sentences"])
    assert len(lines[0]["summary"].split()) > len(lines[1]["summary"].split()) - 40


def test_clusters_bad_row_is_reported_and_the_rest_summarized(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = (SEEDS / "001_d1e5b864b3ef2be7.txt").read_text(encoding="utf-8")
    good = json.dumps({"id": "ok", "documents": [{"id": "d", "title": "", "text": text}]})
    source = tmp_path / "in.jsonl"
    source.write_text("{not json\n" + good + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["clusters", str(source), "-o", str(out)]) == 1
    assert f"Error: {source}:1: " in capsys.readouterr().err
    assert [json.loads(x)["id"] for x in out.read_text(encoding="utf-8").splitlines()] == ["ok"]


@pytest.mark.slow
def test_installed_console_script_runs(tmp_path: Path) -> None:
    script = Path(sys.executable).with_name("summarize")
    done = subprocess.run(
        [str(script), "report", str(SEEDS), "-o", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "briefing.pdf").stat().st_size > 10_000
    assert done.stderr == ""  # no library notice (WeasyPrint's font subsetting) reaches the user


@pytest.mark.slow
def test_library_warnings_and_errors_reach_the_user_but_no_notices(tmp_path: Path) -> None:
    # A user's section template asks for a picture on the network: the PDF engine refuses it
    # (our warning) and WeasyPrint reports the picture it could not load (its error).
    templates = tmp_path / "templates"
    templates.mkdir()
    picture = "http://example.com/x.png"
    (templates / "_facts.html.j2").write_text(f'<img src="{picture}">', "utf-8")
    script = Path(sys.executable).with_name("summarize")
    argv = [str(script), "report", str(SEEDS / "000_1e895c6a7197ecaf.txt"), "-o",
            str(tmp_path / "out"), "--templates", str(templates)]  # fmt: skip
    done = subprocess.run(argv, capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stderr
    ours, weasyprint = done.stderr.splitlines()  # and no notice about font subsetting
    assert ours == f"WARNING: refused to fetch {picture}: only bundled assets are served"
    assert weasyprint.startswith(f"ERROR: Failed to load image at '{picture}': ")


def test_symlink_loops_are_reported_and_the_rest_processed(
    seeds: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (seeds / "a.txt").symlink_to(seeds / "b.txt")
    (seeds / "b.txt").symlink_to(seeds / "a.txt")
    assert main(["report", str(seeds), "-o", str(tmp_path / "o")]) == 1
    err = capsys.readouterr().err
    assert f"Error: {seeds / 'a.txt'}: cannot read: symbolic link loop" in err
    data = json.loads((tmp_path / "o" / "briefing.json").read_text(encoding="utf-8"))
    assert len(data["articles"]) == 2


def test_a_paste_on_standard_input_is_summarized(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    paste = "Hội nghị tập huấn công tác nhân quyền tỉnh Bắc Giang khai mạc.\nTốc độ tăng trưởng đạt 13,45%."
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(paste.encode("utf-8"))))
    assert main(["report", "-", "-o", str(tmp_path)]) == 0
    data = json.loads((tmp_path / "briefing.json").read_text("utf-8"))
    assert data["articles"][0]["source"] == "<stdin>"
    assert "Tốc độ tăng trưởng đạt 13,45%." in data["articles"][0]["sentences"]
    assert data["conferences"][0]["title"] == "Bắc Giang — Hội nghị tập huấn công tác nhân quyền"


def test_a_binary_paste_is_named_as_standard_input(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(
        "sys.stdin", io.TextIOWrapper(io.BytesIO(b"\x89PNG\r\n\x1a\n" + bytes(300)))
    )
    assert main(["report", "-", "-o", str(tmp_path)]) == 1
    assert "Error: <stdin>: binary" in capsys.readouterr().err
    assert not (tmp_path / "briefing.json").exists()


TOO_LONG = "Hội nghị " * 50  # a title pasted as a name: 850 bytes, where a name holds 255


@pytest.mark.parametrize(
    ("argv", "named"),
    [
        (["report", str(SEEDS), "-o", TOO_LONG], TOO_LONG),
        (["report", TOO_LONG, "-o", "out"], TOO_LONG),
        (["batch", TOO_LONG, "-o", "out"], TOO_LONG),
        (["report", str(SEEDS / "000_1e895c6a7197ecaf.txt"), "-o", "out", "--templates", TOO_LONG],
         f"template folder not found: {TOO_LONG}"),
        (["serve", "--samples", TOO_LONG], TOO_LONG),
    ],
)  # fmt: skip
def test_a_name_too_long_for_the_disk_is_an_error_not_a_traceback(
    argv: list[str],
    named: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    # OSError "File name too long" from Path.is_dir/exists (which let it through) ended each of
    # these in a traceback: the check of -o's folder, the walk of an input, --templates, --samples.
    monkeypatch.chdir(tmp_path)
    assert main(argv) in (1, 2)
    err = capsys.readouterr().err
    assert err.startswith("Error: ") and named in err
    assert not (tmp_path / "out").exists()


#: Values a user may type by mistake: none, zero, negative, too large, not a number, a control
#: character, a heading's worth of text.
MISTYPED = ("", "0", "-1", "1" + "0" * 20, "2.5", "x", "a\tb", "Hội nghị " * 50)


def value_options() -> list[tuple[str, argparse.Action]]:
    """Every subcommand's option that takes a value, with its subcommand."""
    parser = build_parser()
    subactions = next(a for a in parser._actions if a.dest == "command")
    return [
        (name, action)
        for name, sub in subactions.choices.items()  # type: ignore[attr-defined]
        for action in sub._actions
        if action.option_strings and action.nargs != 0
    ]


@pytest.mark.parametrize(
    ("command", "action"), value_options(), ids=lambda v: getattr(v, "dest", v)
)
def test_every_option_error_names_the_flag_the_user_typed(
    command: str,
    action: argparse.Action,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    # "Error: max_bytes must be a positive number, not 0": the user typed --max-bytes. Each
    # option is given each mistyped value; a usage error (exit 2) names the option's flag.
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr("summarize.web.server.serve", lambda *args: None)  # not started
    missing = str(tmp_path / "khong-co.jsonl")
    base = {"report": [missing, "-o", "out"], "clusters": [missing, "-o", "out.jsonl"],
            "batch": [missing, "-o", "out"], "email": [missing, "-o", "x.eml"],
            "serve": ["-o", "web"]}[command]  # fmt: skip
    flag = action.option_strings[-1]
    for value in MISTYPED:
        if main([command, *base, flag, value]) == 2:
            err = capsys.readouterr().err
            assert any(f in err for f in action.option_strings), (value, err)
        capsys.readouterr()


@pytest.mark.parametrize("sender", ["not an address", "", "Bản tin <ban tin@>"])
def test_a_sender_the_mail_library_refuses_stops_serve_before_the_page_is_served(
    sender: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    # `serve --from "not an address"` served the page; each e-mail it made then failed.
    started: list[object] = []
    monkeypatch.setattr("summarize.web.server.serve", lambda *args: started.append(args))
    assert main(["serve", "-o", str(tmp_path / "web"), "--from", sender]) == 2
    err = capsys.readouterr().err
    assert err.startswith("Error: --from: not an e-mail address") and err.count("\n") == 1
    assert started == []
    assert main(["serve", "-o", str(tmp_path / "web"), "--from", "Bản tin <ban@tin.vn>"]) == 0
    assert len(started) == 1
