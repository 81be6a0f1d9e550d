"""Soak: concurrent batch runs and a kill-and-resume loop, counting articles lost or duplicated.

Makes FILES article files from ../shared/data (VietNews articles, then ViMs and VMDS documents,
read in place) in a temporary folder, then:

1. four `summarize batch` runs started at once into ONE output folder. A run holds the folder, so
   one works and the others are refused (`Error: ... another summarize batch is writing into this
   folder`); a refused run tries again until it gets the folder (and then finds every file
   unchanged). Every run must end with exit code 0 or that refusal.
2. a kill-and-resume loop into a second folder: a run is killed (SIGKILL and SIGTERM in turn)
   once a seeded random number of further files is journaled, its worker processes must be gone
   soon after, and the same command is started again until one run completes.

Both folders must then hold exactly one summary per file (none lost, none twice), the same ones.
Prints the counts; exits 1 if anything was lost, duplicated, refused wrongly or left running.

    .venv/bin/python -m bench.soak [--files 2000 --jobs 2 --seed 26]
"""

from __future__ import annotations

import argparse
import json
import random
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path

from bench.corpora import DATA

SUMMARIZE = Path(sys.executable).with_name("summarize")
JOURNAL = ".summarize-journal.jsonl"
BUSY = "another summarize batch is writing into this folder"
DEADLINE = 300.0  # seconds a killed run's workers may take to be gone: only a leak takes this long


def make_files(folder: Path, count: int) -> list[Path]:
    """`count` article files: VietNews articles, then ViMs and VMDS documents."""
    texts: list[tuple[str, str]] = []
    for name in ("vietnews_dev.jsonl", "vims_dev.jsonl", "vmds_dev.jsonl"):
        with (DATA / name).open(encoding="utf-8") as handle:
            for line in handle:
                texts += [(d.get("title") or "", d["text"]) for d in json.loads(line)["documents"]]
    if len(texts) < count:
        raise SystemExit(f"only {len(texts)} articles in {DATA}")
    paths = []
    for n, (title, text) in enumerate(texts[:count]):
        path = folder / f"{n // 500:02d}" / f"{n:05d}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"{title}\n\n{text}\n" if title else text, "utf-8")
        paths.append(path)
    return paths


def argv(folder: Path, out: Path, jobs: int) -> list[str]:
    return [str(SUMMARIZE), "batch", str(folder), "-o", str(out), "--jobs", str(jobs)]


def counts(out: Path, files: list[Path]) -> dict[str, int]:
    """Rows, distinct sources, files with no row, rows beyond the first for a source."""
    rows = [json.loads(x)["source"] for x in (out / "summaries.jsonl").read_text().splitlines()]
    errors = (out / "errors.jsonl").read_text().splitlines()
    seen = Counter(rows)
    expected = {str(p) for p in files}
    return {
        "rows": len(rows),
        "distinct": len(seen),
        "lost": len(expected - set(seen)),
        "duplicated": sum(n - 1 for n in seen.values()),
        "strangers": len(set(seen) - expected),
        "errors": len(errors),
    }


def one_contender(command: list[str], log: list[tuple[int, str, str]]) -> None:
    """Run until the folder is ours once: every refusal is logged and retried."""
    while True:
        done = subprocess.run(command, capture_output=True, text=True, check=False)
        log.append((done.returncode, done.stdout.strip(), done.stderr.strip()))
        if not (done.returncode == 1 and BUSY in done.stderr):
            return
        time.sleep(2.0)  # a refusal costs a start-up; do not steal the working run's cores


def concurrent_phase(folder: Path, out: Path, jobs: int) -> dict[str, int]:
    log: list[tuple[int, str, str]] = []
    threads = [
        threading.Thread(target=one_contender, args=(argv(folder, out, jobs), log))
        for _ in range(4)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    refused = sum(1 for code, _, err in log if code == 1 and BUSY in err)
    finished = [(code, out_, err) for code, out_, err in log if not (code == 1 and BUSY in err)]
    wrong = [entry for entry in finished if entry[0] != 0]
    for code, _, err in wrong:
        print(f"  a run ended with {code}: {err[-300:]}")
    summarized = sum(int(o.split()[0]) for c, o, _ in finished if c == 0 and o)
    return {"runs": len(log), "refused": refused, "completed": len(finished),
            "failed_runs": len(wrong), "summarized_in_all": summarized}  # fmt: skip


def journaled(out: Path) -> int:
    try:
        return (out / JOURNAL).read_bytes().count(b"\n")
    except FileNotFoundError:
        return 0


def workers_of(pid: int) -> list[int]:
    found: list[int] = []
    try:
        for task in Path(f"/proc/{pid}/task").iterdir():
            found += [int(c) for c in (task / "children").read_text().split()]
    except OSError:
        pass
    return found


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state not in ("Z", "X")


def kill_loop(folder: Path, out: Path, files: int, jobs: int, seed: int) -> dict[str, int]:
    """Kill runs at seeded points until one completes; count kills and workers left alive."""
    rng = random.Random(seed)
    tally = Counter[str]()
    while True:
        start = journaled(out)
        stop_at = start + rng.randint(1, max(2, files // 6))
        how = signal.SIGKILL if tally["kills"] % 2 == 0 else signal.SIGTERM
        run = subprocess.Popen(argv(folder, out, jobs), stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True)  # fmt: skip
        workers: set[int] = set()
        while run.poll() is None and journaled(out) < stop_at:
            workers.update(workers_of(run.pid))
            time.sleep(0.05)
        if run.poll() is not None:  # it finished before its kill point
            _, err = run.communicate()
            tally["completed_with_code_" + str(run.returncode)] += 1
            if run.returncode != 0:
                print(f"  the last run ended with {run.returncode}: {err[-300:]}")
            return dict(tally)
        workers.update(workers_of(run.pid))
        run.send_signal(how)
        _, err = run.communicate()
        tally["kills"] += 1
        tally[f"by_{how.name}"] += 1
        if how == signal.SIGTERM and run.returncode != 143:
            tally["sigterm_not_143"] += 1
        end = time.monotonic() + DEADLINE
        while any(alive(w) for w in workers) and time.monotonic() < end:
            time.sleep(0.05)
        tally["workers_left_alive"] += sum(alive(w) for w in workers)
        tally["workers_seen"] += len(workers)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=2000)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--seed", type=int, default=26)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="soak-") as tmp:
        folder = Path(tmp, "in")
        files = make_files(folder, args.files)
        print(f"{len(files)} files from {DATA}, --jobs {args.jobs}, seed {args.seed}")
        started = time.perf_counter()
        shared = Path(tmp, "shared-out")
        phase1 = concurrent_phase(folder, shared, args.jobs)
        one = counts(shared, files)
        print(f"four concurrent runs into one folder: {phase1}")
        print(f"  outputs: {one}   ({time.perf_counter() - started:.0f} s)")
        started = time.perf_counter()
        killed = Path(tmp, "killed-out")
        phase2 = kill_loop(folder, killed, len(files), args.jobs, args.seed)
        two = counts(killed, files)
        print(f"kill-and-resume loop: {phase2}")
        print(f"  outputs: {two}   ({time.perf_counter() - started:.0f} s)")
        same = (shared / "summaries.jsonl").read_bytes() == (
            killed / "summaries.jsonl"
        ).read_bytes()
        print(f"  summaries.jsonl identical to the uninterrupted run's: {same}")
    bad = [one[k] + two[k] for k in ("lost", "duplicated", "strangers")]
    bad += [phase1["failed_runs"], phase2.get("workers_left_alive", 0),
            phase2.get("sigterm_not_143", 0), int(not same)]  # fmt: skip
    print("PASS: nothing lost or duplicated" if not any(bad) else "FAIL")
    return 1 if any(bad) else 0


if __name__ == "__main__":
    raise SystemExit(main())
