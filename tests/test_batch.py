"""Batch: every good file summarized, every bad one listed, resumable after a kill, Dask engine."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from dataclasses import fields, replace
from pathlib import Path

import pytest

from summarize.batch.run import fingerprint, run_batch
from summarize.cli import main
from summarize.models import Budget, Options

from .conftest import BAC_GIANG, HAI_DUONG, SEEDS, stopping


def lines(path: Path) -> list[dict]:  # type: ignore[type-arg]
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.fixture()
def tree(tmp_path: Path) -> Path:
    """Nested folders, a hidden file and folder, a link out of the tree, good and bad files."""
    root = tmp_path / "in"
    (root / "a" / "b").mkdir(parents=True)
    (root / ".hidden").mkdir()
    (root / "a" / "bac-giang.txt").write_bytes(BAC_GIANG.read_bytes())
    (root / "a" / "b" / "hai-duong.md").write_bytes(HAI_DUONG.read_bytes())
    (root / ".hidden" / "secret.txt").write_bytes(BAC_GIANG.read_bytes())
    (root / ".dotfile.txt").write_bytes(BAC_GIANG.read_bytes())
    outside = tmp_path / "outside.txt"
    outside.write_bytes(HAI_DUONG.read_bytes())
    (root / "link.txt").symlink_to(outside)
    records = [{"title": "Tin ngắn", "text": "Hội nghị tổng kết năm 2024 diễn ra tại Hà Nội."}]
    (root / "records.jsonl").write_text(
        "\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n{broken\n", "utf-8"
    )
    (root / "empty.txt").write_bytes(b"")
    (root / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    (root / "garbage.txt").write_bytes(bytes([0x81, 0xFE, 0x9D, 0xC0, 0xFF]) * 200)
    (root / "big.txt").write_text("Hội nghị tổng kết. " * 3000, encoding="utf-8")
    return root


def test_good_files_summarized_bad_ones_listed_with_reasons(
    tree: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    code = main(["batch", str(tree), "-o", str(out), "--jobs", "2", "--max-bytes", "20000",
                 "--format", "jsonl,csv,md,json"])  # fmt: skip
    assert code == 1
    summaries = lines(out / "summaries.jsonl")
    names = [Path(s["source"].split(":")[0]).name for s in summaries]
    assert names == ["hai-duong.md", "bac-giang.txt", "records.jsonl"]  # sorted by path
    assert all(s["summary"] and len(s["sha256"]) == 64 for s in summaries)
    assert summaries[1]["duplicates_dropped"] == 3  # the general's repeated statements
    errors = {e["source"][len(str(tree)) + 1 :]: e["error"] for e in lines(out / "errors.jsonl")}
    assert "empty" in errors["empty.txt"] and "binary" in errors["image.txt"]
    assert "decode" in errors["garbage.txt"] and "too large" in errors["big.txt"]
    assert "JSON" in errors["records.jsonl:2"]
    assert errors["link.txt"].startswith("skipped: a link that leads out of the folder")
    csv = (out / "summaries.csv").read_bytes()
    assert csv.startswith(b"\xef\xbb\xbf")  # Excel reads the diacritics as UTF-8
    assert all(sentence.encode() in csv for sentence in summaries[1]["summary"])
    assert (out / "md" / "a" / "b" / "hai-duong.md.md").exists()
    assert len(json.loads((out / "summaries.json").read_text("utf-8"))) == 3
    captured = capsys.readouterr()
    assert "3 summarized, 5 failed, 0 unchanged in" in captured.out
    assert f"Error: {tree / 'empty.txt'}: " in captured.err
    assert "secret" not in (out / "summaries.jsonl").read_text("utf-8")


def test_resume_skips_unchanged_and_redoes_changed_files(tmp_path: Path) -> None:
    folder, out = tmp_path / "in", tmp_path / "out"
    folder.mkdir()
    for seed in SEEDS.glob("*.txt"):
        (folder / seed.name).write_bytes(seed.read_bytes())
    first = run_batch(folder, out, jobs=1)
    assert [i.status for i in first] == ["summarized", "summarized"]
    second = run_batch(folder, out, jobs=1)
    assert [i.status for i in second] == ["unchanged", "unchanged"]
    changed = folder / "001_d1e5b864b3ef2be7.txt"
    changed.write_text(changed.read_text("utf-8") + "\nMột câu mới được thêm vào bài.", "utf-8")
    third = run_batch(folder, out, jobs=1)
    assert sorted(i.status for i in third) == ["summarized", "unchanged"]
    assert third.summary.unchanged == 1 and third.summary.summarized == 1
    assert len(lines(out / "summaries.jsonl")) == 2


@pytest.mark.slow
def test_a_killed_run_resumes_with_nothing_lost_or_duplicated(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    text = BAC_GIANG.read_text("utf-8")
    for n in range(30):
        (folder / f"{n:03d}.txt").write_text(f"Bài số {n} về hội nghị.\n\n{text}", "utf-8")
    out, clean = tmp_path / "out", tmp_path / "clean"
    argv = ["batch", str(folder), "-o", str(out), "--jobs", "1"]
    killed = subprocess.run(stopping(10, "SIGKILL", argv), capture_output=True, check=False)
    assert killed.returncode == -signal.SIGKILL
    assert not (out / "summaries.jsonl").exists()  # killed before the end
    assert len((out / ".summarize-journal.jsonl").read_text("utf-8").splitlines()) == 10
    resume = subprocess.run([sys.executable, "-m", "summarize", *argv], capture_output=True,
                            text=True, check=False)  # fmt: skip
    assert resume.returncode == 0
    assert resume.stdout.startswith("20 summarized, 0 failed, 10 unchanged")
    assert main(["batch", str(folder), "-o", str(clean), "--jobs", "2"]) == 0
    resumed, fresh = lines(out / "summaries.jsonl"), lines(clean / "summaries.jsonl")
    assert len(resumed) == 30 == len({r["source"] for r in resumed})
    assert [r["summary"] for r in resumed] == [r["summary"] for r in fresh]


@pytest.mark.slow
def test_dask_engine_gives_the_same_summaries_as_the_local_engine(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for n, seed in enumerate(sorted(SEEDS.glob("*.txt")) * 3):
        (folder / f"{n}-{seed.name}").write_bytes(seed.read_bytes())
    local = list(run_batch(folder, tmp_path / "local", jobs=2))
    dask = list(run_batch(folder, tmp_path / "dask", jobs=2, engine="dask"))
    assert len(local) == len(dask) == 6
    assert (tmp_path / "local" / "summaries.jsonl").read_text("utf-8") == (
        tmp_path / "dask" / "summaries.jsonl"
    ).read_text("utf-8")


def test_a_rerun_leaves_unchanged_markdown_files_alone_and_rewrites_changed_ones(
    tmp_path: Path,
) -> None:
    folder, out = tmp_path / "in", tmp_path / "out"
    folder.mkdir()
    for seed in SEEDS.glob("*.txt"):
        (folder / seed.name).write_bytes(seed.read_bytes())
    list(run_batch(folder, out, jobs=1, formats=("jsonl", "md")))
    kept = out / "md" / "001_d1e5b864b3ef2be7.txt.md"
    os.utime(kept, ns=(10**18, 10**18))  # a time no rewrite could give it, however fast
    (out / "md" / "000_1e895c6a7197ecaf.txt.md").write_text("sửa tay\n", "utf-8")  # tampered
    list(run_batch(folder, out, jobs=1, formats=("jsonl", "md")))
    assert kept.stat().st_mtime_ns == 10**18
    restored = (out / "md" / "000_1e895c6a7197ecaf.txt.md").read_text("utf-8")
    assert restored.startswith("# Công tác nhân quyền gắn chặt với cơ sở\n\n- ")


# One other valid value per Options field: every field changes a summary (the briefing's title
# and sections live in BriefingOptions), so each must change the journal's fingerprint.
OTHER_VALUES = {
    "algorithm": "lexrank",
    "budget": Budget(sentences=3, syllables=None),
    "max_bytes": 1000,
    "max_sentences": 50,
    "allow_private_links": True,
}


@pytest.mark.parametrize("field", [f.name for f in fields(Options)])
def test_every_option_is_in_the_fingerprint(field: str) -> None:
    assert field in OTHER_VALUES, f"new Options field {field!r}: add it to OTHER_VALUES"
    base = Options()
    changed = replace(base, **{field: OTHER_VALUES[field]})
    assert fingerprint(changed) != fingerprint(base)
    assert fingerprint(replace(base)) == fingerprint(base)  # and only a change does


def test_a_rerun_with_nothing_to_do_starts_no_worker_and_imports_no_ranker(
    tmp_path: Path,
) -> None:
    folder, out = tmp_path / "in", tmp_path / "out"
    folder.mkdir()
    for seed in (BAC_GIANG, HAI_DUONG):
        (folder / seed.name).write_bytes(seed.read_bytes())
    assert main(["batch", str(folder), "-o", str(out), "--jobs", "2"]) == 0
    journal = (out / ".summarize-journal.jsonl").stat().st_mtime_ns
    code = (
        "import sys, concurrent.futures as f, multiprocessing as m;"
        "f.ProcessPoolExecutor = m.Pool = None;"  # any pool would fail the run
        "from summarize.cli import main;"
        f"code = main(['batch', {str(folder)!r}, '-o', {str(out)!r}, '--jobs', '2']);"
        "print(code, sorted(n for n in ('numpy', 'scipy', 'summarize.pipeline') if n in sys.modules))"
    )
    ran = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    summary, outcome = ran.stdout.splitlines()
    assert summary.startswith("0 summarized, 0 failed, 2 unchanged in ") and outcome == "0 []"
    assert (out / ".summarize-journal.jsonl").stat().st_mtime_ns == journal  # not rewritten


@pytest.mark.parametrize(
    ("glob", "said"), [(None, "no files to summarize"), ("*.txtt", "no file matches --glob *.txtt")]
)
def test_a_batch_that_finds_nothing_to_summarize_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], glob: str | None, said: str
) -> None:
    # A typo in the folder's name (an empty folder of that name) or in --glob: "0 summarized,
    # 0 failed, 0 unchanged", exit 0, and nothing said about why.
    folder = tmp_path / "bai"
    folder.mkdir()
    if glob:
        (folder / "a.txt").write_bytes(BAC_GIANG.read_bytes())
    argv = ["batch", str(folder), "-o", str(tmp_path / "out"), *(["--glob", glob] if glob else [])]
    assert main(argv) == 0
    err = capsys.readouterr().err
    assert f"Warning: {folder}: {said}\n" in err
