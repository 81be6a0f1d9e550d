"""Batch throughput and memory: `summarize batch --jobs 2` vs a sequential loop calling sumy.

Also the re-run with nothing to do (every file unchanged): the whole command, start to exit,
must stay under RERUN_TARGET seconds for the `--files` folder (issue 13: 1,000 files in 0.5 s).

Articles are generated at the seeds' size (~5 KB) by mixing seed paragraphs with sentences of
../shared/data/vims_dev.jsonl (read in place), into a temporary folder.

    .venv/bin/python -m bench.batch_speed [--files 1000 --large 10000 --sumy-sample 200]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.corpora import ROOT, VIMS

DATA = VIMS.path
RERUN_TARGET = 0.5  # seconds for 1,000 unchanged files: no pool, no ranker import, no rewrite


def sentence_pool() -> list[str]:
    pool = []
    with DATA.open(encoding="utf-8") as handle:
        for line in handle:
            for doc in json.loads(line)["documents"]:
                pool += [s.strip() for s in doc["text"].split("\n") if len(s.split()) > 8]
    return pool


def generate(folder: Path, count: int, pool: list[str]) -> None:
    seeds = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    rng = random.Random(count)
    for n in range(count):
        body = seeds[n % 2].split("\n\n")[:3] + rng.sample(pool, 12)
        sub = folder / f"{n // 1000:03d}"
        sub.mkdir(exist_ok=True)
        (sub / f"{n:06d}.txt").write_text(f"Bài {n}\n\n" + "\n\n".join(body), encoding="utf-8")


def run_batch(folder: Path, out: Path) -> tuple[float, int]:
    """Wall seconds and peak RSS (MB) of the batch's main process (workers measured apart)."""
    exe = Path(sys.executable).with_name("summarize")
    started = time.perf_counter()
    child = subprocess.Popen(
        [str(exe), "batch", str(folder), "-o", str(out), "--jobs", "2"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    _, status, usage = os.wait4(child.pid, 0)
    if os.waitstatus_to_exitcode(status):
        raise SystemExit("summarize batch failed")
    return time.perf_counter() - started, usage.ru_maxrss // 1024


def sumy_loop(folder: Path, limit: int) -> float:
    """Articles/s of the hand-written loop: sent_tokenize + word_tokenize + sumy LexRank, 5 sentences."""
    from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence
    from sumy.summarizers.lex_rank import LexRankSummarizer
    from underthesea import sent_tokenize, word_tokenize

    class Tokenizer:
        language = "vietnamese"

        def to_words(self, sentence: str) -> list[str]:
            return [w for w in word_tokenize(sentence) if any(c.isalnum() for c in w)]

    files = sorted(folder.rglob("*.txt"))[:limit]
    started = time.perf_counter()
    for path in files:
        text = path.read_text(encoding="utf-8")
        sentences = [Sentence(s, Tokenizer()) for s in sent_tokenize(text)]
        LexRankSummarizer()(ObjectDocumentModel([Paragraph(sentences)]), 5)
    return len(files) / (time.perf_counter() - started)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=1000)
    parser.add_argument("--large", type=int, default=10000)
    parser.add_argument("--sumy-sample", type=int, default=200)
    args = parser.parse_args()
    pool = sentence_pool()
    results = {}
    rerun = 0.0
    with tempfile.TemporaryDirectory() as tmp:
        for count in (args.files, args.large):
            folder = Path(tmp, f"in-{count}")
            folder.mkdir()
            generate(folder, count, pool)
            seconds, peak = run_batch(folder, Path(tmp, f"out-{count}"))
            results[count] = (count / seconds, peak)
            print(
                f"summarize batch --jobs 2, {count} files: {count / seconds:.0f} articles/s, "
                f"{seconds:.1f} s, main process peak {peak} MB",
                flush=True,
            )
            again = min(run_batch(folder, Path(tmp, f"out-{count}"))[0] for _ in range(3))
            print(f"re-run, {count} files unchanged: {again:.2f} s (best of 3)", flush=True)
            if count == args.files:
                rerun = again
        hand = sumy_loop(Path(tmp, f"in-{args.files}"), args.sumy_sample)
    ours = results[args.files][0]
    print(
        f"sequential sumy LexRank loop (underthesea tokenization), {args.sumy_sample} files: "
        f"{hand:.1f} articles/s"
    )
    print(
        f"ratio: {ours / hand:.1f}x; memory {results[args.files][1]} MB at {args.files} files vs "
        f"{results[args.large][1]} MB at {args.large} files"
    )
    target = RERUN_TARGET * args.files / 1000
    verdict = "ok" if rerun <= target else "OVER TARGET"
    print(
        f"re-run of {args.files} unchanged files: {rerun:.2f} s, target {target:.2f} s: {verdict}"
    )


if __name__ == "__main__":
    main()
