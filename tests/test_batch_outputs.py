"""A batch's output files keep every article apart and say what kind of failure each error was."""

from __future__ import annotations

import json
from pathlib import Path

from summarize.batch.run import Status, run_batch
from summarize.cli import main
from summarize.errors import ErrorKind
from summarize.models import Options

from .conftest import BAC_GIANG, HAI_DUONG


def test_names_that_escape_alike_get_one_markdown_file_each(tmp_path: Path) -> None:
    folder, out = tmp_path / "in", tmp_path / "out"
    folder.mkdir()
    (folder / "a:b.txt").write_bytes(BAC_GIANG.read_bytes())
    (folder / "a_b.txt").write_bytes(HAI_DUONG.read_bytes())
    assert main(["batch", str(folder), "-o", str(out), "--jobs", "1", "--format", "md"]) == 0
    written = sorted((out / "md").glob("*.md"))  # beside the mirror's hidden mark
    assert len(written) == 2  # none lost
    headings = {p.read_text("utf-8").splitlines()[0] for p in written}
    assert len(headings) == 2
    assert (out / "md" / "a_b.txt.md") in written  # the first in file order keeps the plain name


def test_errors_jsonl_says_the_kind_of_each_failure(tmp_path: Path) -> None:
    folder, out = tmp_path / "in", tmp_path / "out"
    folder.mkdir()
    (folder / "empty.txt").write_bytes(b"")
    (folder / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    (folder / "big.txt").write_text("Hội nghị tổng kết. " * 3000, "utf-8")
    (folder / "records.jsonl").write_text('{"text": 1}\n{broken\n', "utf-8")
    (folder / "good.txt").write_bytes(BAC_GIANG.read_bytes())
    items = list(run_batch(folder, out, jobs=1, options=Options(max_bytes=20_000)))
    assert sorted(i.status for i in items) == ["failed"] * 5 + ["summarized"]
    assert all(isinstance(i.status, Status) for i in items)
    rows = [json.loads(x) for x in (out / "errors.jsonl").read_text("utf-8").splitlines()]
    kinds = {Path(r["source"]).name: r["kind"] for r in rows}
    assert kinds == {
        "big.txt": "too-large",
        "empty.txt": "empty",
        "image.txt": "binary",
        "records.jsonl:1": "invalid-record",
        "records.jsonl:2": "invalid-record",
    }
    assert all(set(r) == {"source", "error", "kind"} for r in rows)


def test_the_kind_survives_the_journal_into_a_rerun(tmp_path: Path) -> None:
    folder, out = tmp_path / "in", tmp_path / "out"
    folder.mkdir()
    (folder / "empty.txt").write_bytes(b"")
    list(run_batch(folder, out, jobs=1))
    again = list(run_batch(folder, out, jobs=1))
    assert [(i.status, i.kind) for i in again] == [(Status.FAILED, ErrorKind.EMPTY)]
