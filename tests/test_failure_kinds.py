"""Every failure record keeps the typed error's kind (issue 25): a briefing's failures, its
briefing.json, and the rows `clusters` refuses, as a batch's errors.jsonl already does."""

from __future__ import annotations

import json
from pathlib import Path

from summarize import build_briefing
from summarize.batch.clusters import run_clusters_file
from summarize.errors import ErrorKind
from summarize.models import Options
from summarize.render.serialize import briefing_to_dict

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def test_a_briefing_names_each_failed_input_with_its_kind(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("   \n", encoding="utf-8")
    binary = tmp_path / "binary.txt"
    binary.write_bytes(b"\x00\x01\x02 not text")
    no_articles = tmp_path / "nothing"
    no_articles.mkdir()
    missing = tmp_path / "missing.txt"
    good = sorted(SEEDS.glob("*.txt"))[0]

    briefing = build_briefing([good, empty, binary, no_articles, missing])

    kinds = {Path(f.source).name: f.kind for f in briefing.failures}
    assert kinds == {
        "empty.txt": ErrorKind.EMPTY,
        "binary.txt": ErrorKind.BINARY,
        "nothing": ErrorKind.NO_ARTICLES,
        "missing.txt": ErrorKind.INPUT,
    }
    stored = briefing_to_dict(briefing)["failures"]
    assert {Path(f["source"]).name: f["kind"] for f in stored} == {
        name: kind.value for name, kind in kinds.items()
    }
    assert json.loads(json.dumps(stored)) == stored  # plain strings, as errors.jsonl spells them


def test_clusters_reports_each_refused_row_with_its_kind(tmp_path: Path) -> None:
    text = (SEEDS / "001_d1e5b864b3ef2be7.txt").read_text(encoding="utf-8")
    good = json.dumps({"id": "ok", "documents": [{"id": "d", "text": text}]}).encode()
    rows = [
        b"{not json",
        b'{"id": "x", "documents": []}',
        b"\xff\xfe not UTF-8",
        b'{"documents": [{"text": "' + b"a" * len(good) + b'"}]}',
        b'{"id": "e", "documents": [{"text": "   "}]}',
        good,
    ]
    source = tmp_path / "in.jsonl"
    source.write_bytes(b"\n".join(rows) + b"\n")

    failures = run_clusters_file(
        str(source), str(tmp_path / "out.jsonl"), Options(max_bytes=len(good) + 1), jobs=1
    )

    assert [(f.source, f.kind) for f in failures] == [
        (f"{source}:1", ErrorKind.INVALID_RECORD),
        (f"{source}:2", ErrorKind.INVALID_RECORD),
        (f"{source}:3", ErrorKind.ENCODING),
        (f"{source}:4", ErrorKind.TOO_LARGE),
        (f"{source}:5", ErrorKind.INVALID_RECORD),
    ]
