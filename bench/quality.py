"""Summary quality and speed on two corpora: ours vs honest peers, with 5-fold spreads.

Protocol (bench/README.md): ViMs dev (150 clusters) and VietNews dev (1,000 articles); budget =
mean length of the item's references in syllables; every summary cut to that many syllables;
ROUGE-1/2/L F1 on syllables (bench/rouge.py), averaged over the references, then over items and
over each of 5 folds fixed by item id (bench/folds.py). Each (system, corpus) runs in its own
process so that its time and peak memory (ru_maxrss from wait4) are its own.

    .venv/bin/python bench/quality.py            # every system on both corpora, writes bench/baseline.json
    .venv/bin/python bench/quality.py --check    # CI gate: ours on both corpora vs pinned floors and peers
    .venv/bin/python bench/quality.py --systems ours-centroid,ilp [--corpus vims] [--limit N]
    .venv/bin/python bench/quality.py --end-to-end   # speed ratio and ranking time only
    .venv/bin/python bench/quality.py --pin-check    # re-measure and re-pin the --check floors
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import peers  # noqa: E402  (bench/ modules, found through the path set above)
from corpora import CORPORA, VIETNEWS, VIMS, Corpus  # noqa: E402
from folds import K, by_fold, fold_summary  # noqa: E402
from rouge import METRICS, Summary, budget_of, mean_scores, score  # noqa: E402

BASELINE = ROOT / "bench" / "baseline.json"
# Floors are pinned this far below the committed measurement (ROUGE points, 0..100).
MARGIN = 0.5
# `summarize clusters` is timed this many times in the end-to-end figure; the best run counts.
OURS_RUNS = 3
# Child processes scoring systems at once (the machine has 2 cores).
JOBS = 2
# The targets (points), printed as PASS/MISS by `make bench`, not enforced by the gate.
VIMS_R2_OVER_BEST_PEER = 3.0
VIETNEWS_R2_OVER_LEAD = 1.0
SPEEDUP_TARGET = 20.0
RANK_1000_TARGET = 0.3

System = Callable[[dict[str, Any], int], Summary]


# --- systems -----------------------------------------------------------------------------------


def default_algorithm() -> str:
    from summarize.models import DEFAULT_ALGORITHM

    return DEFAULT_ALGORITHM


def ours_system(algorithm: str, held_out_fold: int) -> System:
    """THE hook for every `ours-*` row: a summarizer for the items of `held_out_fold`.

    Called once per fold, and only that fold's items go through what it returns. The learned
    ranker uses the weights bench/train_ranker.py fitted without that fold
    (bench/ranker_folds/, committed), so no item is scored by a model that saw it. The stages are
    the ones `summarize clusters` runs: the public `summarize_cluster`, given the fold's model.
    """
    from summarize.batch.clusters import summarize_cluster
    from summarize.models import Options
    from summarize.ranking.weights import load_model

    model = load_model(fold_model(held_out_fold)) if algorithm == "learned" else None
    options = Options(algorithm=algorithm)

    def run(item: dict[str, Any], budget: int) -> Summary:
        row = {"documents": item["documents"], "max_words": budget}
        return [s["text"] for s in summarize_cluster(row, options, model=model)["sentences"]]

    return run


def fold_model(fold: int) -> Path:
    return ROOT / "bench" / "ranker_folds" / f"ranker_fold{fold}.json"


def our_algorithms() -> list[str]:
    from summarize.models import ALGORITHMS

    return [a for a in ALGORITHMS if a != "random"]


def system_names(corpus: Corpus) -> list[str]:
    """Every row of a corpus's table: peers, the oracle, then ours with each algorithm."""
    return [*peers.peers(corpus.name), "oracle", *(f"ours-{a}" for a in our_algorithms())]


def peer_names(corpus: Corpus) -> list[str]:
    return list(peers.peers(corpus.name))


def summaries(name: str, corpus: Corpus, items: Sequence[dict[str, Any]]) -> list[Summary]:
    """Each item's summary, in file order; ours goes through ours_system fold by fold."""
    out: list[Summary] = [[] for _ in items]
    if name.startswith("ours-"):
        for fold, positions in enumerate(by_fold([i["id"] for i in items])):
            system = ours_system(name.removeprefix("ours-"), fold)
            for p in positions:
                out[p] = system(items[p], budget_of(items[p]))
        return out
    system = peers.oracle if name == "oracle" else peers.peers(corpus.name)[name]
    return [system(item, budget_of(item)) for item in items]


# --- running -----------------------------------------------------------------------------------


def run_system(name: str, corpus: Corpus, limit: int | None) -> dict[str, Any]:
    """Score one system on one corpus in this process (called in a child by measure())."""
    items = corpus.load(limit)
    started = time.perf_counter()
    outputs = summaries(name, corpus, items)
    seconds = time.perf_counter() - started
    scores = [score(s, i["summaries"], budget_of(i)) for s, i in zip(outputs, items, strict=True)]
    result: dict[str, Any] = mean_scores(scores)
    result.update(fold_summary([i["id"] for i in items], scores))
    result["check_subset"] = mean_scores(scores[: corpus.check_items])
    result["seconds_per_item"] = round(seconds / len(items), 4)
    result["digest"] = digest(outputs)
    return result


def digest(outputs: Sequence[Summary]) -> str:
    return hashlib.sha256(json.dumps(outputs, ensure_ascii=False).encode()).hexdigest()[:16]


def measure(argv: list[str]) -> tuple[dict[str, Any], float, int]:
    """Run a child process; its stdout JSON, wall seconds and peak RSS in MB.

    The child's stderr is shown only when it fails, so that the tables stay readable.
    """
    started = time.perf_counter()
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        child = subprocess.Popen(argv, stdout=out, stderr=err, cwd=ROOT)
        _, status, usage = os.wait4(child.pid, 0)
        child.returncode = os.waitstatus_to_exitcode(status)
        seconds = time.perf_counter() - started
        out.seek(0)
        err.seek(0)
        text, errors = out.read().decode(), err.read().decode(errors="replace")
    if child.returncode:
        sys.stderr.write(errors)
        raise SystemExit(f"{' '.join(argv)} failed with exit code {child.returncode}")
    # The result is the last line (bench/ilp.py silences HiGHS's stray debug line; a stray print
    # from any other library could not break the parse either).
    result = json.loads(text.strip().splitlines()[-1]) if text.strip() else {}
    return result, seconds, usage.ru_maxrss // 1024


def child_argv(name: str, corpus: Corpus, limit: int | None = None) -> list[str]:
    argv = [sys.executable, __file__, "--system", name, "--corpus", corpus.name]
    return [*argv, "--limit", str(limit)] if limit else argv


def run_all(
    jobs: list[tuple[str, Corpus]], limit: int | None, workers: int
) -> dict[str, dict[str, Any]]:
    """Every (system, corpus) in its own child, `workers` at a time; results by corpus, system."""

    def one(job: tuple[str, Corpus]) -> dict[str, Any]:
        row, seconds, peak = measure(child_argv(*job, limit))
        row["peak_mb"] = peak
        print(f"  done {job[1].name:<9} {job[0]:<16} {seconds:7.1f} s", flush=True)
        return row

    with ThreadPoolExecutor(max_workers=workers) as pool:
        rows = list(pool.map(one, jobs))
    results: dict[str, dict[str, Any]] = {}
    for (name, corpus), row in zip(jobs, rows, strict=True):
        results.setdefault(corpus.name, {})[name] = row
    return results


# --- printing ----------------------------------------------------------------------------------


def print_table(corpus: Corpus, rows: dict[str, Any]) -> None:
    """Means over all items, then the spread over the 5 folds (min-max, std) and R-2 per fold."""
    print(f"\n{corpus.name}: mean over all items; folds: min-max (std) of the {K} fold means")
    print(
        f"{'system':<16} {'R-1':>6} {'R-2':>6} {'R-L':>6}   {'fold R-1':>17} {'fold R-2':>17} "
        f"{'fold R-L':>17}   {'R-2 per fold':>29} {'s/item':>7} {'MB':>5}"
    )
    for name, row in rows.items():
        spread = " ".join(
            f"{row['spread'][m]['min']:>5.1f}-{row['spread'][m]['max']:<5.1f}({row['spread'][m]['std']:.1f})"
            for m in METRICS
        )
        per_fold = " ".join(f"{f['rouge2']:5.1f}" for f in row["folds"])
        print(
            f"{name:<16} {row['rouge1']:>6.2f} {row['rouge2']:>6.2f} {row['rougeL']:>6.2f}   "
            f"{spread}   {per_fold:>29} {row['seconds_per_item']:>7.4f} {row.get('peak_mb', 0):>5}"
        )


def best_peer(rows: dict[str, Any], names: Sequence[str], key: str | None = None) -> dict[str, Any]:
    """Per metric the best peer's figure and name (over all items, or over rows[n][key])."""
    best: dict[str, Any] = {}
    for m in METRICS:
        name = max((n for n in names if n in rows), key=lambda n: figures(rows[n], key)[m])
        best[m] = {"system": name, "value": figures(rows[name], key)[m]}
    return best


def figures(row: dict[str, Any], key: str | None) -> dict[str, float]:
    return row[key] if key else row


def margins_line(label: str, ours: dict[str, float], best: dict[str, Any]) -> str:
    parts = (
        f"{m.replace('rouge', 'R-')} {ours[m] - best[m]['value']:+.2f} ({best[m]['system']})"
        for m in METRICS
    )
    return f"{label}: ours - best peer: " + ", ".join(parts)


def target_lines(results: dict[str, dict[str, Any]]) -> list[str]:
    """The issue's quality targets as PASS/MISS lines (not enforced by the gate)."""
    ours_name = f"ours-{default_algorithm()}"
    lines = []
    vims = results.get("vims", {})
    if ours_name in vims and any(n in vims for n in peer_names(VIMS)):
        rows, ours = vims, vims[ours_name]
        best = best_peer(rows, peer_names(VIMS))
        need = best["rouge2"]["value"] + VIMS_R2_OVER_BEST_PEER
        lines.append(
            verdict(
                f"vims R-2 {ours['rouge2']:.2f} >= best peer + 3 = {need:.2f}",
                ours["rouge2"] >= need,
            )
        )
        for m in ("rouge1", "rougeL"):
            lines.append(
                verdict(
                    f"vims {m} {ours[m]:.2f} >= every peer ({best[m]['value']:.2f})",
                    ours[m] >= best[m]["value"],
                )
            )
    if "vietnews" in results and {ours_name, "lead"} <= results["vietnews"].keys():
        ours, lead = results["vietnews"][ours_name], results["vietnews"]["lead"]
        need = lead["rouge2"] + VIETNEWS_R2_OVER_LEAD
        lines.append(
            verdict(
                f"vietnews R-2 {ours['rouge2']:.2f} >= lead + 1 = {need:.2f}",
                ours["rouge2"] >= need,
            )
        )
    return lines


def verdict(text: str, ok: bool) -> str:
    return f"{'PASS' if ok else 'MISS'}  {text}"


def print_margins(results: dict[str, dict[str, Any]]) -> None:
    ours_name = f"ours-{default_algorithm()}"
    print()
    for name, rows in results.items():
        if ours_name in rows and any(n in rows for n in peer_names(CORPORA[name])):
            best = best_peer(rows, peer_names(CORPORA[name]))
            print(margins_line(f"{name} (default {ours_name})", rows[ours_name], best))
    for line in target_lines(results):
        print(line)


# --- speed -------------------------------------------------------------------------------------


def end_to_end() -> dict[str, Any]:
    """`summarize clusters` on the ViMs clusters vs the hand-written sumy LexRank loop.

    Ours is timed OURS_RUNS times and the best run counts: a one-second run is at the mercy of
    a neighbour's burst on a shared 2-core machine, which the 30-second sumy run averages out.
    Every run is reported, and the peak memory is the highest of them.
    """
    exe = Path(sys.executable).with_name("summarize")
    runs = []
    with tempfile.TemporaryDirectory() as tmp:
        for _ in range(OURS_RUNS):
            _, seconds, peak = measure(
                [str(exe), "clusters", str(VIMS.path), "-o", f"{tmp}/o.jsonl", "--words", "224"]
            )
            runs.append((seconds, peak))
    ours_s, ours_mb = min(s for s, _ in runs), max(mb for _, mb in runs)
    _, hand_s, hand_mb = measure(child_argv("sumy-lexrank", VIMS))
    return {
        "ours_seconds": round(ours_s, 2),
        "ours_runs_seconds": [round(s, 2) for s, _ in runs],
        "ours_peak_mb": ours_mb,
        "sumy_lexrank_seconds": round(hand_s, 2),
        "sumy_lexrank_peak_mb": hand_mb,
        "speedup": round(hand_s / ours_s, 1),
    }


def ranking_speed() -> float:
    """Seconds to rank one 1,000-sentence cluster with the default ranker (best of 3)."""
    from summarize.models import Budget, Sentence
    from summarize.ranking.rank import select_summary

    sentences: list[Any] = []
    for cluster in VIMS.load():
        sentences += peers.our_sentences(cluster)
        if len(sentences) >= 1000:
            break
    sentences = [Sentence(s.text, s.article, i) for i, s in enumerate(sentences[:1000])]
    best = float("inf")
    for _ in range(3):
        started = time.perf_counter()
        select_summary(sentences, budget=Budget(sentences=None, syllables=250))
        best = min(best, time.perf_counter() - started)
    return round(best, 3)


def print_speed(speed: dict[str, Any], rank_1000: float) -> None:
    print(
        f"end to end, 150 ViMs clusters: summarize clusters {speed['ours_seconds']} s "
        f"(best of {speed['ours_runs_seconds']}; {speed['ours_peak_mb']} MB) vs sumy LexRank by hand {speed['sumy_lexrank_seconds']} s "
        f"({speed['sumy_lexrank_peak_mb']} MB): {speed['speedup']}x faster"
    )
    print(f"ranking a 1,000-sentence cluster: {rank_1000} s")
    print(
        verdict(
            f"speed {speed['speedup']}x >= {SPEEDUP_TARGET:.0f}x",
            speed["speedup"] >= SPEEDUP_TARGET,
        )
    )
    print(
        verdict(
            f"1,000 sentences ranked in {rank_1000} s <= {RANK_1000_TARGET} s",
            rank_1000 <= RANK_1000_TARGET,
        )
    )


# --- the gate ----------------------------------------------------------------------------------


def measure_check(corpus: Corpus) -> dict[str, Any]:
    """Ours (default) on the corpus's --check subset, in this process: what the gate pins."""
    items = corpus.load(corpus.check_items)
    name = f"ours-{default_algorithm()}"
    outputs = summaries(name, corpus, items)
    scores = [score(s, i["summaries"], budget_of(i)) for s, i in zip(outputs, items, strict=True)]
    return {"items": len(items), "measured": mean_scores(scores), "digest": digest(outputs)}


def check_entry(results: dict[str, Any], corpus: Corpus) -> dict[str, Any]:
    """The gate's pins for one corpus: ours measured, and the best peer on the same subset."""
    entry = {"algorithm": default_algorithm(), **measure_check(corpus)}
    entry["best_peer"] = best_peer(results, peer_names(corpus), key="check_subset")
    return entry


def check() -> int:
    """CI gate: ours on each corpus, twice (identical), above its pinned floor and not below the
    best peer's pinned figure on any metric (peers are not re-run: the ILP and sumy are slow)."""
    baseline = json.loads(BASELINE.read_text(encoding="utf-8"))
    failed = False
    for corpus in (VIMS, VIETNEWS):
        if baseline["data_sha256"][corpus.name] != corpus.sha256():
            print(
                f"bench-check: {corpus.path.name} changed since bench/baseline.json; run `make bench`"
            )
            return 1
        pinned = baseline["check"][corpus.name]
        first, second = measure_check(corpus), measure_check(corpus)
        if first["digest"] != second["digest"]:
            failed = True
            print(f"bench-check {corpus.name}: two runs gave different summaries")
        for metric, measured in pinned["measured"].items():
            floor = measured - MARGIN
            ok = first["measured"][metric] >= floor
            failed |= not ok
            print(
                f"bench-check {corpus.name} {metric}: {first['measured'][metric]:.2f} "
                f"(floor {floor:.2f}) {'ok' if ok else 'BELOW FLOOR'}"
            )
        label = f"bench-check {corpus.name}, first {pinned['items']}"
        print(margins_line(label, first["measured"], pinned["best_peer"]))
        for metric, best in pinned["best_peer"].items():
            if first["measured"][metric] < best["value"]:
                failed = True
                print(f"bench-check {corpus.name} {metric}: BELOW THE BEST PEER ({best['system']})")
    return 1 if failed else 0


def pin_check() -> None:
    """Re-measure ours on the gate's subsets and pin it; the rest of bench/baseline.json stays."""
    baseline = json.loads(BASELINE.read_text(encoding="utf-8"))
    for corpus in (VIMS, VIETNEWS):
        if baseline["data_sha256"][corpus.name] != corpus.sha256():
            raise SystemExit(
                f"{corpus.path.name} changed since bench/baseline.json; run `make bench`"
            )
        rows = baseline["corpora"][corpus.name]["systems"]
        baseline["check"][corpus.name] = check_entry(rows, corpus)
        measured = baseline["check"][corpus.name]["measured"]
        print(
            f"pinned --check {corpus.name}: " + ", ".join(f"{m} {measured[m]:.2f}" for m in METRICS)
        )
    write_baseline(baseline)


# --- the full run ------------------------------------------------------------------------------


def full(workers: int) -> None:
    started = time.perf_counter()
    jobs = [(n, c) for c in (VIMS, VIETNEWS) for n in system_names(c)]
    # Slowest first, so that the two workers finish together.
    jobs.sort(key=lambda j: (not j[0].endswith(("kl", "ilp", "oracle", "lexrank")), j[1].name))
    results = run_all(jobs, None, workers)
    results = {c.name: {n: results[c.name][n] for n in system_names(c)} for c in (VIMS, VIETNEWS)}
    for corpus in (VIMS, VIETNEWS):
        print_table(corpus, results[corpus.name])
    print_margins(results)
    from segmentation import evaluate  # bench/segmentation.py

    seg = evaluate()
    print(
        f"segmentation F1 (VTB dev): ours {seg['ours']['f1']:.4f}, underthesea {seg['underthesea']['f1']:.4f}"
    )
    speed, rank_1000 = end_to_end(), ranking_speed()
    print_speed(speed, rank_1000)
    write_baseline(baseline_of(results, seg, speed, rank_1000))
    print(f"wall time: {time.perf_counter() - started:.0f} s")


def baseline_of(
    results: dict[str, dict[str, Any]], seg: dict[str, Any], speed: dict[str, Any], rank_1000: float
) -> dict[str, Any]:
    corpora = {
        c.name: {
            "items": len(c.load()),
            "systems": results[c.name],
            "best_peer": best_peer(results[c.name], peer_names(c)),
        }
        for c in (VIMS, VIETNEWS)
    }
    return {
        "data_sha256": {c.name: c.sha256() for c in (VIMS, VIETNEWS)},
        "protocol": "budget = mean reference syllables; ROUGE F1 on syllables, mean over refs then items",
        "folds": f"{K} folds, fold = sha256(id) mod {K} (bench/folds.py)",
        "corpora": corpora,
        "targets": target_lines(results),
        "segmentation": seg,
        "end_to_end": speed,
        "rank_1000_seconds": rank_1000,
        "check": {c.name: check_entry(results[c.name], c) for c in (VIMS, VIETNEWS)},
    }


def write_baseline(baseline: dict[str, Any]) -> None:
    BASELINE.write_text(json.dumps(baseline, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {BASELINE.relative_to(ROOT)}")


def focused(names: list[str], corpora: list[Corpus], limit: int | None, workers: int) -> None:
    """A few rows on the chosen corpora; nothing written."""
    jobs = [(n, c) for c in corpora for n in names if n in system_names(c)]
    results = run_all(jobs, limit, workers)
    for corpus in corpora:
        if corpus.name in results:
            print_table(corpus, results[corpus.name])
    print_margins(results)


def main() -> None:
    parser = argparse.ArgumentParser(description="Summary quality and speed benchmark.")
    parser.add_argument("--check", action="store_true", help="CI gate on a fixed subset")
    parser.add_argument(
        "--systems",
        help="comma-separated systems to score (e.g. ours-centroid,ilp,lead-doc1); "
        "prints their rows with fold spreads and margins, writes nothing",
    )
    parser.add_argument("--corpus", choices=sorted(CORPORA), help="only this corpus")
    parser.add_argument("--limit", type=int, help="only the first N items (with --systems)")
    parser.add_argument("--jobs", type=int, default=JOBS, help="systems scored at once")
    parser.add_argument(
        "--end-to-end",
        action="store_true",
        help="only the speed figures: summarize clusters vs sumy LexRank by hand, ranking time",
    )
    parser.add_argument(
        "--pin-check",
        action="store_true",
        help="re-measure the --check subsets and pin them in bench/baseline.json (after a ranker change)",
    )
    parser.add_argument("--system", help=argparse.SUPPRESS)
    args = parser.parse_args()
    corpora = [CORPORA[args.corpus]] if args.corpus else [VIMS, VIETNEWS]
    if args.system:
        print(json.dumps(run_system(args.system, corpora[0], args.limit)))
    elif args.check:
        raise SystemExit(check())
    elif args.systems:
        names = args.systems.split(",")
        known = {n for c in corpora for n in system_names(c)}
        if unknown := sorted(set(names) - known):
            parser.error(f"unknown systems {unknown}; choose from {sorted(known)}")
        focused(names, corpora, args.limit, args.jobs)
    elif args.end_to_end:
        print_speed(end_to_end(), ranking_speed())
    elif args.pin_check:
        pin_check()
    else:
        full(args.jobs)


if __name__ == "__main__":
    main()
