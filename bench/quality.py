"""Summary quality on every shape of input, k-fold and leave-one-collection-out, and speed.

Protocol (bench/README.md): the shapes of bench/shapes.py (ViMs and VMDS clusters, one article
as published at 40 and 80 syllables, one article's body); every summary cut to the item's budget;
ROUGE-1/2/L F1 on syllables (bench/rouge.py), averaged over the references, then over items and
over each of 5 folds fixed by item id (bench/folds.py). Ours is scored twice: each fold by the
model fitted without it (k-fold), and each collection by the model fitted on the others only
(leave-one-collection-out, `-loco`). Each (system, family of shapes) runs in its own process so
that its time and peak memory (ru_maxrss from wait4) are its own.

    .venv/bin/python -m bench.quality            # every system on every shape, writes bench/baseline.json
    .venv/bin/python -m bench.quality --check    # the gate: ours on every shape vs pinned figures
    .venv/bin/python -m bench.quality --systems ours-centroid,ilp [--shapes vims-clusters] [--limit N]
    .venv/bin/python -m bench.quality --end-to-end   # speed ratio and ranking time only
    .venv/bin/python -m bench.quality --end-to-end --record   # ... and pin them in baseline.json
    .venv/bin/python -m bench.quality --pin-check    # re-measure ours and re-pin the gate

A benchmark never fits: `make train` (bench/train_ranker.py) writes the models it reads.
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
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from unittest import mock

from bench import peers
from bench.corpora import COLLECTIONS, ROOT, VIMS
from bench.folds import K, by_fold, fold_model, fold_summary, loco_model
from bench.rouge import METRICS, Summary, budget_of, mean_scores, score
from bench.shapes import SHAPES, Item, Shape, family

BASELINE = ROOT / "bench" / "baseline.json"
# The gate's floors sit this far below the pinned measurement (ROUGE points, 0..100).
MARGIN = 0.5
# `summarize clusters` is timed this many times in the end-to-end figure; the best run counts.
OURS_RUNS = 3
# Child processes scoring systems at once (the machine has 2 cores).
JOBS = 2
# The targets (points), printed as PASS/MISS by `make bench`.
CLUSTER_R2_OVER_BEST_PEER = 1.0
SPEEDUP_TARGET = 20.0
RANK_1000_TARGET = 0.3
LOCO = "-loco"
# Two protocols of equal length (bench/README.md), both printed and gated:
# "cut": every system gives sentences in its own order and may cross the budget by its last one;
#        the scorer cuts the text to the budget (ours through Budget.fill);
# "whole": every system is held to whole sentences within the budget, what a reader gets (ours as
#        shipped; each peer's output through peers.whole; the ILP fits the budget in both).
PROTOCOLS = ("cut", "whole")
WHOLE = "-whole"
WITHIN_BUDGET = frozenset({"ilp"})  # peers whose output always fits: one row for both protocols

System = Callable[[Item, int], Summary]


# --- systems -----------------------------------------------------------------------------------


def default_algorithm() -> str:
    from summarize.models import DEFAULT_ALGORITHM

    return DEFAULT_ALGORITHM


def ours() -> str:
    return f"ours-{default_algorithm()}"


def ours_system(algorithm: str, model: Path | None, fill: bool = False) -> System:
    """THE hook for every `ours-*` row: a summarizer that ranks with `model` (a fitted ranker file).

    The caller picks a model that never saw the items it summarises (bench/folds.py). The stages
    are the ones `summarize clusters` runs: the public `summarize_cluster`, given the model.
    `fill` (the "cut" protocol) asks the selection to go on until the budget is reached, its last
    sentence crossing it (Budget.fill); without it ours is the product, whole sentences within.
    """
    from summarize.batch.clusters import RowError, summarize_cluster
    from summarize.models import Budget, Options
    from summarize.ranking.weights import load_model

    ranker = load_model(model) if algorithm == "learned" and model else None

    def run(item: Item, budget: int) -> Summary:
        options = Options(algorithm=algorithm, budget=Budget(None, budget, fill=fill))
        row = {"documents": item["documents"], "max_words": budget}
        try:
            return [s["text"] for s in summarize_cluster(row, options, model=ranker)["sentences"]]
        except RowError:  # no text left once cleaned (an article of captions): nothing to say
            return []

    return run


def our_algorithms() -> list[str]:
    from summarize.models import ALGORITHMS

    return [a for a in ALGORITHMS if a != "random"]


def in_protocol(name: str, protocol: str) -> str:
    """A system's row in the protocol: the cut row is the system's name, the whole row adds
    WHOLE (but a peer that always fits has one row)."""
    return name + WHOLE if protocol == "whole" and name not in WITHIN_BUDGET else name


def ours_rows(protocol: str) -> tuple[str, str]:
    """Ours (default) k-fold and left out, in the protocol."""
    return in_protocol(ours(), protocol), in_protocol(ours() + LOCO, protocol)


def peer_names(shape: Shape, protocol: str = "cut") -> list[str]:
    return [in_protocol(n, protocol) for n in peers.peers(shape.single)]


def system_names(shape: Shape, protocol: str = "cut") -> list[str]:
    """The rows of a protocol's table: peers, the oracle, ours k-fold and ours left out."""
    return [*peer_names(shape, protocol), in_protocol("oracle", protocol), *ours_rows(protocol)]


def known_systems(shape: Shape) -> list[str]:
    """Every system `--systems` accepts: both tables' rows, and ours with each algorithm."""
    algorithms = [f"ours-{a}" for a in our_algorithms()]
    return [
        *dict.fromkeys(n for p in PROTOCOLS for n in system_names(shape, p)),
        *(in_protocol(n, p) for p in PROTOCOLS for n in algorithms),
    ]


def summaries(name: str, shape: Shape, items: Sequence[Item]) -> list[Summary]:
    """Each item's summary, in order; ours scores each item with a model that never saw it."""
    if name.startswith("ours-"):
        return ours_summaries(name, shape, items)
    if name.endswith(WHOLE):  # the cut row's output (once per process), held to whole sentences
        cut = summaries(name.removesuffix(WHOLE), shape, items)
        return [
            peers.whole(s, budget_of(i), peers.shortest_sentence(i))
            for s, i in zip(cut, items, strict=True)
        ]
    key = (name, shape.name, len(items))
    if key not in _PEER_OUTPUTS:
        peer = peers.oracle if name == "oracle" else peers.peers(shape.single)[name]
        _PEER_OUTPUTS[key] = [peer(item, budget_of(item)) for item in items]
    return _PEER_OUTPUTS[key]


_PEER_OUTPUTS: dict[tuple[str, str, int], list[Summary]] = {}


def ours_summaries(name: str, shape: Shape, items: Sequence[Item]) -> list[Summary]:
    """Ours: a `-loco` row by the model that never saw the collection, else each fold by the
    model that never saw the fold; a `-whole` row as shipped, else filling the budget (cut)."""
    fill = not name.endswith(WHOLE)
    core = name.removesuffix(WHOLE).removeprefix("ours-")
    if core.endswith(LOCO):
        system = ours_system(core.removesuffix(LOCO), loco_model(shape.collection.name), fill)
        return [system(item, budget_of(item)) for item in items]
    out: list[Summary] = [[] for _ in items]
    for fold, positions in enumerate(by_fold([i["id"] for i in items])):
        system = ours_system(core, fold_model(fold), fill)
        for p in positions:
            out[p] = system(items[p], budget_of(items[p]))
    return out


# --- running -----------------------------------------------------------------------------------


def run_system(name: str, shape: Shape, limit: int | None) -> dict[str, Any]:
    """Score one system on one shape in this process."""
    items = shape.items(limit)
    started = time.perf_counter()
    outputs = summaries(name, shape, items)
    seconds = time.perf_counter() - started
    scores = [score(s, i["summaries"], budget_of(i)) for s, i in zip(outputs, items, strict=True)]
    result: dict[str, Any] = mean_scores(scores)
    result.update(fold_summary([i["id"] for i in items], scores))
    result["items"] = len(items)
    result["seconds_per_item"] = round(seconds / len(items), 4)
    result["digest"] = digest(outputs)
    return result


def digest(outputs: Sequence[Summary]) -> str:
    return hashlib.sha256(json.dumps(outputs, ensure_ascii=False).encode()).hexdigest()[:16]


@dataclass(frozen=True, slots=True)
class Run:
    """A child process's stdout JSON, wall seconds, peak RSS in MB and CPU seconds (user +
    system, its own and those of the workers it waited for)."""

    result: dict[str, Any]
    seconds: float
    peak_mb: int
    cpu_seconds: float


def measure(argv: list[str]) -> Run:
    """Run a child process and measure it.

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
    return Run(result, seconds, usage.ru_maxrss // 1024, usage.ru_utime + usage.ru_stime)


def child_argv(name: str, family_name: str, limit: int | None = None) -> list[str]:
    argv = [sys.executable, "-m", "bench.quality", "--system", name, "--family", family_name]
    return [*argv, "--limit", str(limit)] if limit else argv


def run_all(
    jobs: list[tuple[str, str]], shapes: Sequence[Shape], limit: int | None, workers: int
) -> dict[str, dict[str, Any]]:
    """Every (systems, family) job in its own child, `workers` at a time; rows by shape, system."""

    def one(job: tuple[str, str]) -> dict[str, Any]:
        run = measure(child_argv(*job, limit))
        for by_system in run.result.values():
            for row in by_system.values():
                row["peak_mb"] = run.peak_mb
        print(f"  done {job[1]:<15} {job[0][:40]:<40} {run.seconds:7.1f} s", flush=True)
        return run.result

    with ThreadPoolExecutor(max_workers=workers) as pool:
        done = list(pool.map(one, jobs))
    results: dict[str, dict[str, Any]] = {s.name: {} for s in shapes}
    for rows in done:
        for shape_name, by_system in rows.items():
            if shape_name in results:
                results[shape_name].update(by_system)
    return results


def jobs_for(names: Sequence[str], shapes: Sequence[Shape]) -> list[tuple[str, str]]:
    """(systems, family) jobs, slowest first so that the workers finish together. The sumy rows
    of a family share two processes: underthesea tokenises each text once for three of them
    (so only the first sumy row of each process has the tokenisation in its time)."""
    jobs: dict[tuple[str, str], None] = {}
    for family_name in dict.fromkeys(s.family for s in shapes):
        members = family(family_name)
        known = [n for n in names if n in known_systems(members[0])]
        # A peer's whole row trims its cut row's output: both in one process, run once.
        rows = {
            n.removesuffix(WHOLE): [
                m for m in known if m.removesuffix(WHOLE) == n.removesuffix(WHOLE)
            ]
            for n in known
        }
        sumy = [b for b in rows if b.startswith("sumy-")]
        for half in (sumy[0::2], sumy[1::2]):  # two jobs, one per worker, about as slow
            if half:
                jobs[(",".join(n for b in half for n in rows[b]), family_name)] = None
        jobs.update(((",".join(rows[b]), family_name), None) for b in rows if b not in sumy)
    slow = ("sumy", "ilp", "oracle")
    return sorted(jobs, key=lambda j: (not j[0].startswith(slow), not j[1].endswith("clusters")))


# --- printing ----------------------------------------------------------------------------------


def spread_text(row: dict[str, Any]) -> str:
    return " ".join(
        f"{row['spread'][m]['min']:>5.1f}-{row['spread'][m]['max']:<5.1f}({row['spread'][m]['std']:.1f})"
        for m in METRICS
    )


def print_table(shape: Shape, rows: dict[str, Any], protocol: str = "cut") -> None:
    """Means over all items, then the spread over the 5 folds (min-max, std) and R-2 per fold."""
    items = next(iter(rows.values()))["items"] if rows else 0
    print(
        f"\n{shape.name}, {protocol} ({items} items): mean over all items; folds: min-max (std) of the {K} fold means"
    )
    print(
        f"{'system':<24} {'R-1':>6} {'R-2':>6} {'R-L':>6}   {'fold R-1':>17} {'fold R-2':>17} "
        f"{'fold R-L':>17}   {'R-2 per fold':>29} {'s/item':>7} {'MB':>5}"
    )
    for name, row in rows.items():
        per_fold = " ".join(f"{f['rouge2']:5.1f}" for f in row["folds"])
        print(
            f"{name:<24} {row['rouge1']:>6.2f} {row['rouge2']:>6.2f} {row['rougeL']:>6.2f}   "
            f"{spread_text(row)}   {per_fold:>29} {row['seconds_per_item']:>7.4f} {row.get('peak_mb', 0):>5}"
        )


def best_peer(rows: dict[str, Any], names: Sequence[str]) -> dict[str, Any]:
    """Per metric the best peer's figure and name."""
    best: dict[str, Any] = {}
    for m in METRICS:
        name = max((n for n in names if n in rows), key=lambda n: rows[n][m])
        best[m] = {"system": name, "value": rows[name][m]}
    return best


def margins(measured: dict[str, float], best: dict[str, Any]) -> str:
    return " ".join(f"{measured[m] - best[m]['value']:+6.2f}" for m in METRICS)


def ours_against_peers(
    results: dict[str, dict[str, Any]], shape: Shape, protocol: str
) -> tuple[dict[str, Any], dict[str, Any]] | None:
    """A shape's rows and its best peer in the protocol, when both of ours (k-fold, LOCO) and a
    peer were run."""
    rows, names = results.get(shape.name, {}), peer_names(shape, protocol)
    if not set(ours_rows(protocol)) <= rows.keys() or not any(n in rows for n in names):
        return None
    return rows, best_peer(rows, names)


def print_overview(results: dict[str, dict[str, Any]], protocol: str = "cut") -> None:
    """The shape x system table: best peer, ours k-fold and left out, margins per metric."""
    print(
        f"\nshape x system, {protocol} (R-1 R-2 R-L); margin = ours - best peer per metric; spread = fold R-2 min-max"
    )
    print(
        f"{'shape':<16} {'best peer':<34} {'ours k-fold':<20} {'margin':<21} "
        f"{'ours LOCO':<20} {'margin':<21} {'k-fold R-2':<11} {'LOCO R-2'}"
    )
    for shape in SHAPES.values():
        compared = ours_against_peers(results, shape, protocol)
        if compared is None:
            continue
        rows, best = compared
        peer = " ".join(f"{best[m]['value']:6.2f}" for m in METRICS)
        names = ",".join(sorted({best[m]["system"].removesuffix(WHOLE) for m in METRICS}))
        kfold, loco = (rows[n] for n in ours_rows(protocol))
        cells = [
            f"{' '.join(f'{r[m]:6.2f}' for m in METRICS):<20} {margins(r, best):<21}"
            for r in (kfold, loco)
        ]
        spreads = [
            f"{r['spread']['rouge2']['min']:.1f}-{r['spread']['rouge2']['max']:.1f}"
            for r in (kfold, loco)
        ]
        print(
            f"{shape.name:<16} {peer} {names:<13} {cells[0]} {cells[1]} {spreads[0]:<11} {spreads[1]}"
        )


def target_lines(results: dict[str, dict[str, Any]]) -> list[str]:
    """The issue's quality targets as PASS/MISS lines (the gate pins what is achieved)."""
    lines = []
    for protocol, shape in ((p, s) for p in PROTOCOLS for s in SHAPES.values()):
        compared = ours_against_peers(results, shape, protocol)
        if compared is None:
            continue
        rows, best = compared
        for label, name in zip(("k-fold", "LOCO"), ours_rows(protocol), strict=True):
            row = rows[name]
            below = [m for m in METRICS if row[m] < best[m]["value"]]
            text = f"{shape.name} {protocol} {label}: ours >= best peer on R-1, R-2, R-L ({margins(row, best)})"
            lines.append(verdict(text, not below))
            if not shape.single:
                need = best["rouge2"]["value"] + CLUSTER_R2_OVER_BEST_PEER
                text = f"{shape.name} {protocol} {label}: R-2 {row['rouge2']:.2f} >= best peer + 1 = {need:.2f}"
                lines.append(verdict(text, row["rouge2"] >= need))
    return lines


def verdict(text: str, ok: bool) -> str:
    return f"{'PASS' if ok else 'MISS'}  {text}"


# --- speed -------------------------------------------------------------------------------------


def end_to_end() -> dict[str, Any]:
    """`summarize clusters` on the ViMs clusters vs the hand-written sumy LexRank loop.

    Ours is timed OURS_RUNS times and the best run counts: a one-second run is at the mercy of
    a neighbour's burst on a shared 2-core machine, which the 30-second sumy run averages out.
    Every run is reported, and the peak memory is the highest of them; so is the load average
    (1, 5, 15 minutes) before and after, since both figures are wall times on a shared machine,
    and each side's CPU time (user + system, all its processes): a loaded machine inflates it far
    less, and ours spreads over the cores (--jobs) while the sumy loop runs on one.
    """
    exe = Path(sys.executable).with_name("summarize")
    load = [round(x, 2) for x in os.getloadavg()]
    with tempfile.TemporaryDirectory() as tmp:
        argv = [str(exe), "clusters", str(VIMS.path), "-o", f"{tmp}/o.jsonl", "--words", "224"]
        runs = [measure(argv) for _ in range(OURS_RUNS)]
    hand = measure(child_argv("sumy-lexrank", "vims-clusters"))
    best = min(r.seconds for r in runs)
    return {
        "ours_seconds": round(best, 2),
        "ours_runs_seconds": [round(r.seconds, 2) for r in runs],
        "ours_peak_mb": max(r.peak_mb for r in runs),
        "sumy_lexrank_seconds": round(hand.seconds, 2),
        "sumy_lexrank_peak_mb": hand.peak_mb,
        "speedup": round(hand.seconds / best, 1),
        "load_average": {"before": load, "after": [round(x, 2) for x in os.getloadavg()]},
        "cpu_seconds": {
            "ours_runs": [round(r.cpu_seconds, 2) for r in runs],
            "sumy_lexrank": round(hand.cpu_seconds, 2),
        },
        "cpu_speedup": round(hand.cpu_seconds / min(r.cpu_seconds for r in runs), 1),
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
    cpu = speed["cpu_seconds"]
    print(
        f"CPU seconds (user + system, all processes): summarize clusters {cpu['ours_runs']}, "
        f"sumy LexRank by hand {cpu['sumy_lexrank']}: {speed['cpu_speedup']}x less"
    )
    print(
        f"load average (1, 5, 15 min) before {speed['load_average']['before']}, after {speed['load_average']['after']}"
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


def measure_ours(shape: Shape) -> dict[str, Any]:
    """Ours (default) on every item of the shape, k-fold and left out, both protocols, in this
    process: means, digest, and the fold means with their spread."""
    items = shape.items()
    out = {}
    with candidates_once():
        rows = {name: summaries(name, shape, items) for p in PROTOCOLS for name in ours_rows(p)}
    for name, outputs in rows.items():
        scores = [
            score(s, i["summaries"], budget_of(i)) for s, i in zip(outputs, items, strict=True)
        ]
        ids = [i["id"] for i in items]
        out[name] = {"measured": mean_scores(scores), "digest": digest(outputs)}
        out[name].update(fold_summary(ids, scores))
    return out


_SHARING: list[bool] = []  # a candidates_once is open: the ones inside it share its builds


@contextmanager
def candidates_once() -> Iterator[None]:
    """Within it, `summarize_cluster` builds each cluster's candidates (its sentences segmented,
    cleaned and deduplicated) once, not once per row of ours: the rows (k-fold and left out, cut
    and whole) differ only in the model and the budget, and so do the shapes of one family (the
    same texts at 40 and 80 syllables), which the gate measures inside one candidates_once. The
    learned ranker's input (learned_input: repeats, features, concepts; a third of a row) depends
    on the candidates alone: read once too; so is each model file, and what a model says of an
    input (learned.weigh: the cut and whole rows of a fold share it). The summaries are the same;
    each `measure_ours` of a cluster shape builds its own, so the gate's second run, which checks
    that two runs agree, builds them again."""
    if _SHARING:  # an outer candidates_once already builds once
        yield
        return
    from summarize.batch import clusters
    from summarize.ranking import learned, weights

    build, read = clusters.cluster_candidates, learned.learned_input
    load, weigh = weights.load_model, learned.weigh
    built: dict[tuple[Any, ...], Any] = {}
    inputs: dict[tuple[int, int, tuple[str, ...]], tuple[object, Any]] = {}
    models: dict[str, Any] = {}
    weighed: dict[tuple[int, int, tuple[str, ...]], tuple[object, Any]] = {}

    def once(documents: Sequence[Any], max_sentences: int = clusters.DEFAULT_MAX_SENTENCES) -> Any:
        key = (*(tuple(sorted(d.items())) for d in documents), max_sentences)
        if key not in built:
            built[key] = build(documents, max_sentences)
        return built[key]

    def read_once(candidates: Any) -> Any:
        """The same sentences and repeats (the very tuples `once` built; kept here, so their ids
        stay theirs) and titles: the same input, which the rows read and never change."""
        parts = (candidates.sentences, candidates.repeats)
        key = (id(parts[0]), id(parts[1]), candidates.titles)
        if key not in inputs:
            inputs[key] = (parts, read(candidates))
        return inputs[key][1]

    def load_once(path: str | Path) -> Any:
        if str(path) not in models:
            models[str(path)] = load(path)
        return models[str(path)]

    def weigh_once(given: Any, candidates: Any, model: Any) -> Any:
        """The same input (read_once's, kept there) and model (load_once's): the same weights."""
        key = (id(given), id(model), candidates.titles)
        if key not in weighed:
            weighed[key] = ((given, model), weigh(given, candidates, model))
        return weighed[key][1]

    _SHARING.append(True)
    try:
        with (
            mock.patch.object(clusters, "cluster_candidates", once),
            mock.patch.object(learned, "learned_input", read_once),
            mock.patch.object(weights, "load_model", load_once),
            mock.patch.object(learned, "weigh", weigh_once),
        ):
            yield
    finally:
        _SHARING.pop()


def check_entry(rows: dict[str, Any], shape: Shape, protocol: str) -> dict[str, Any]:
    """The gate's pins for one shape and protocol: ours k-fold and left out, and the best peer."""
    entry: dict[str, Any] = {
        name: {"measured": {m: rows[name][m] for m in METRICS}, "digest": rows[name]["digest"]}
        for name in ours_rows(protocol)
    }
    entry["best_peer"] = best_peer(rows, peer_names(shape, protocol))
    return entry


def check_entries(results: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """The gate's pins: per protocol, per shape."""
    return {
        p: {s.name: check_entry(results[s.name], s, p) for s in SHAPES.values()} for p in PROTOCOLS
    }


def gate_lines(
    shape: Shape, pinned: dict[str, Any], now: dict[str, Any], protocol: str
) -> tuple[bool, list[str]]:
    """Ours must not fall below its pinned figure minus MARGIN, nor below the best peer where the
    pinned figure was at or above it; a pinned shortfall is printed as a known miss."""
    failed, lines = False, []
    for name in ours_rows(protocol):
        for m in METRICS:
            value, was = now[name]["measured"][m], pinned[name]["measured"][m]
            peer = pinned["best_peer"][m]
            floor = was - MARGIN if was < peer["value"] else max(was - MARGIN, peer["value"])
            ok = value >= floor
            failed |= not ok
            note = (
                ""
                if was >= peer["value"]
                else f", known miss: pinned {was:.2f} < {peer['system']} {peer['value']:.2f}"
            )
            status = (
                "ok"
                if ok
                else ("BELOW THE BEST PEER" if value < peer["value"] <= was else "BELOW FLOOR")
            )
            lines.append(
                f"bench-check {shape.name} {name} {m}: {value:.2f} (floor {floor:.2f}{note}) {status}"
            )
    return failed, lines


def measured_by_family() -> Iterator[tuple[Shape, dict[str, Any]]]:
    """measure_ours of every shape, in SHAPES order; the shapes of a family inside one
    candidates_once (they read the same texts: each built once for all of them)."""
    for family_name in dict.fromkeys(s.family for s in SHAPES.values()):
        with candidates_once():
            measured = [(shape, measure_ours(shape)) for shape in family(family_name)]
        yield from measured


def check() -> int:
    """CI gate: ours on every shape, k-fold and left out, against its pins; the k-fold run twice
    (identical summaries). Peers are not re-run: the ILP and sumy would make the gate slow."""
    baseline = json.loads(BASELINE.read_text(encoding="utf-8"))
    for corpus in COLLECTIONS.values():
        if baseline["data_sha256"].get(corpus.name) != corpus.sha256():
            print(
                f"bench-check: {corpus.path.name} changed since bench/baseline.json; run `make bench`"
            )
            return 1
    failed = False
    for shape, now in measured_by_family():
        # Twice on the clusters (the articles go through the same code, one article at a time).
        if not shape.single and measure_ours(shape) != now:
            failed = True
            print(f"bench-check {shape.name}: two runs gave different summaries")
        for protocol in PROTOCOLS:
            pins = baseline["check"][protocol][shape.name]
            below, lines = gate_lines(shape, pins, now, protocol)
            failed |= below
            print("\n".join(lines))
    return 1 if failed else 0


def pin_check() -> None:
    """Re-measure ours on every shape and pin it; the peers' rows and the rest stay."""
    baseline = json.loads(BASELINE.read_text(encoding="utf-8"))
    for shape, measured in measured_by_family():
        rows = baseline["shapes"][shape.name]["systems"]
        for name, now in measured.items():
            rows.setdefault(name, {}).update(
                now["measured"], digest=now["digest"], folds=now["folds"], spread=now["spread"]
            )
        print(f"pinned {shape.name}: " + ", ".join(f"{m} {rows[ours()][m]:.2f}" for m in METRICS))
    results = {s.name: baseline["shapes"][s.name]["systems"] for s in SHAPES.values()}
    baseline["check"] = check_entries(results)
    baseline["targets"] = target_lines(results)
    write_baseline(baseline)


# --- the full run ------------------------------------------------------------------------------


def full(workers: int) -> None:
    started = time.perf_counter()
    shapes = list(SHAPES.values())
    names = sorted({n for s in shapes for p in PROTOCOLS for n in system_names(s, p)})
    results = run_all(jobs_for(names, shapes), shapes, None, workers)
    print_protocols(results, shapes)
    for line in target_lines(results):
        print(line)
    from bench.segmentation import evaluate

    seg = evaluate()
    print(
        f"segmentation F1 (VTB dev): ours {seg['ours']['f1']:.4f}, underthesea {seg['underthesea']['f1']:.4f}"
    )
    speed, rank_1000 = end_to_end(), ranking_speed()
    print_speed(speed, rank_1000)
    write_baseline(baseline_of(results, seg, speed, rank_1000))
    print(f"wall time: {time.perf_counter() - started:.0f} s")


def print_protocols(results: dict[str, dict[str, Any]], shapes: Sequence[Shape]) -> None:
    """Each protocol's tables (the rows that were run, in the table's order), then its overview."""
    for protocol in PROTOCOLS:
        for shape in shapes:
            rows = results[shape.name]
            table = {n: rows[n] for n in system_names(shape, protocol) if n in rows}
            extra = {
                n: rows[n]
                for n in rows
                if n not in table and in_protocol(n.removesuffix(WHOLE), protocol) == n
            }
            if table or extra:
                print_table(shape, {**table, **extra}, protocol)
        print_overview(results, protocol)


def baseline_of(
    results: dict[str, dict[str, Any]], seg: dict[str, Any], speed: dict[str, Any], rank_1000: float
) -> dict[str, Any]:
    return {
        "data_sha256": {c.name: c.sha256() for c in COLLECTIONS.values()},
        "protocol": "budget = mean reference syllables (articles: 40, 80); ROUGE F1 on syllables, mean over refs then items; "
        "cut: every system may cross the budget by its last sentence (ours: Budget.fill), cut to it; "
        "whole: every system held to whole sentences within the budget (rows ending -whole)",
        "folds": f"{K} folds, fold = sha256(id) mod {K}; LOCO = fitted on the other collections (bench/folds.py)",
        "shapes": {
            s.name: {
                "systems": results[s.name],
                "best_peer": {p: best_peer(results[s.name], peer_names(s, p)) for p in PROTOCOLS},
            }
            for s in SHAPES.values()
        },
        "targets": target_lines(results),
        "segmentation": seg,
        "end_to_end": speed,
        "rank_1000_seconds": rank_1000,
        "check": check_entries(results),
    }


def record_speed(speed: dict[str, Any], rank_1000: float) -> None:
    """Pin a speed-only run's figures (`--end-to-end --record`); every other entry is kept."""
    baseline = json.loads(BASELINE.read_text(encoding="utf-8"))
    baseline.update(end_to_end=speed, rank_1000_seconds=rank_1000)
    write_baseline(baseline)


def write_baseline(baseline: dict[str, Any]) -> None:
    BASELINE.write_text(json.dumps(baseline, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {BASELINE.relative_to(ROOT)}")


def focused(names: list[str], shapes: list[Shape], limit: int | None, workers: int) -> None:
    """A few rows on the chosen shapes; nothing written."""
    results = run_all(jobs_for(names, shapes), shapes, limit, workers)
    print_protocols(results, shapes)


def arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="Summary quality and speed benchmark.")
    parser.add_argument(
        "--check", action="store_true", help="the gate: ours on every shape vs its pins"
    )
    parser.add_argument(
        "--systems",
        help="comma-separated systems to score (e.g. ours-learned,ours-learned-loco,ilp,lead); "
        "prints their rows with fold spreads, writes nothing",
    )
    parser.add_argument(
        "--shapes", help=f"comma-separated shapes (default all): {', '.join(SHAPES)}"
    )
    parser.add_argument(
        "--limit", type=int, help="only the first N lines of each collection (with --systems)"
    )
    parser.add_argument("--jobs", type=int, default=JOBS, help="systems scored at once")
    parser.add_argument("--end-to-end", action="store_true", help="only the speed figures")
    parser.add_argument(
        "--record",
        action="store_true",
        help="with --end-to-end: pin the speed figures in bench/baseline.json",
    )
    parser.add_argument(
        "--pin-check",
        action="store_true",
        help="re-measure ours and re-pin the gate (after a ranker change)",
    )
    parser.add_argument("--system", help=argparse.SUPPRESS)
    parser.add_argument("--family", help=argparse.SUPPRESS)
    return parser.parse_args()


def main() -> None:
    args = arguments()
    shapes = [SHAPES[n] for n in args.shapes.split(",")] if args.shapes else list(SHAPES.values())
    if args.system:
        systems = args.system.split(",")
        rows = {
            s.name: {n: run_system(n, s, args.limit) for n in systems} for s in family(args.family)
        }
        print(json.dumps(rows))
    elif args.check:
        raise SystemExit(check())
    elif args.systems:
        focused(args.systems.split(","), shapes, args.limit, args.jobs)
    elif args.end_to_end:
        speed, rank_1000 = end_to_end(), ranking_speed()
        print_speed(speed, rank_1000)
        if args.record:
            record_speed(speed, rank_1000)
    elif args.pin_check:
        pin_check()
    else:
        full(args.jobs)


if __name__ == "__main__":
    main()
