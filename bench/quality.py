"""Summary quality and speed on ViMs dev clusters: ours vs lead, sumy by hand, and an oracle.

Protocol (bench/README.md): budget = mean length of the cluster's references in syllables
(whitespace tokens); every system's summary is cut to that many syllables; ROUGE-1/2/L F1 on
lower-cased syllables without punctuation (summarize.words.syllables), averaged over the
references, then over clusters. Each system runs in its own process so that its time and peak
memory (ru_maxrss from wait4) are its own.

    .venv/bin/python bench/quality.py            # full table, writes bench/baseline.json
    .venv/bin/python bench/quality.py --check    # CI gate: ours on the first 30 clusters
    .venv/bin/python bench/quality.py --systems ours-centroid,sumy-lexrank   # a few rows, halves
    .venv/bin/python bench/quality.py --end-to-end   # speed ratio and ranking time only
    .venv/bin/python bench/quality.py --pin-check    # re-measure and re-pin the --check floor
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
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DATA = ROOT.parent / "shared" / "data" / "vims_dev.jsonl"
BASELINE = ROOT / "bench" / "baseline.json"
CHECK_CLUSTERS = 30
# Floors are pinned this far below the committed measurement (ROUGE points, 0..100).
MARGIN = 0.5
# `summarize clusters` is timed this many times in the end-to-end figure; the best run counts.
OURS_RUNS = 3
DEFAULT = "learned"  # summarize.models.DEFAULT_ALGORITHM
PEERS = ("lexrank", "textrank", "lsa", "luhn", "sumbasic", "kl")

Summary = list[str]


# --- ROUGE -------------------------------------------------------------------------------------


def tokens(text: str) -> list[str]:
    from summarize.words import syllables

    return syllables(text)


def rouge_n(candidate: list[str], reference: list[str], n: int) -> float:
    grams = lambda toks: Counter(tuple(toks[i : i + n]) for i in range(len(toks) - n + 1))  # noqa: E731
    c, r = grams(candidate), grams(reference)
    overlap = sum((c & r).values())
    if not overlap:
        return 0.0
    p, rec = overlap / sum(c.values()), overlap / sum(r.values())
    return 2 * p * rec / (p + rec)


def rouge_l(candidate: list[str], reference: list[str]) -> float:
    from rapidfuzz.distance import LCSseq

    lcs = LCSseq.similarity(candidate, reference)
    if not lcs:
        return 0.0
    p, rec = lcs / len(candidate), lcs / len(reference)
    return 2 * p * rec / (p + rec)


def score(summary: Summary, references: Sequence[str], budget: int) -> dict[str, float]:
    candidate = tokens(" ".join(summary))[:budget]
    refs = [tokens(r) for r in references]
    return {
        "rouge1": sum(rouge_n(candidate, r, 1) for r in refs) / len(refs) * 100,
        "rouge2": sum(rouge_n(candidate, r, 2) for r in refs) / len(refs) * 100,
        "rougeL": sum(rouge_l(candidate, r) for r in refs) / len(refs) * 100,
    }


def budget_of(cluster: dict[str, Any]) -> int:
    refs = cluster["summaries"]
    return round(sum(len(r.split()) for r in refs) / len(refs))


# --- systems -----------------------------------------------------------------------------------


def ours(algorithm: str) -> Callable[[dict[str, Any], int], Summary]:
    def run(cluster: dict[str, Any], budget: int) -> Summary:
        from summarize.clusters import summarize_cluster

        row = {"id": cluster["id"], "documents": cluster["documents"], "max_words": budget}
        return [s["text"] for s in summarize_cluster(row, algorithm=algorithm)["sentences"]]

    return run


def our_sentences(cluster: dict[str, Any]) -> list[Any]:
    from summarize.clusters import cluster_sentences

    return cluster_sentences(cluster["documents"])[0]


def lead(cluster: dict[str, Any], budget: int) -> Summary:
    """First sentences of each document in turn (round-robin), our segmentation."""
    by_doc: dict[str, list[str]] = {}
    for sentence in our_sentences(cluster):
        by_doc.setdefault(sentence.article, []).append(sentence.text)
    out, used, depth = [], 0, 0
    while used < budget and any(depth < len(v) for v in by_doc.values()):
        for sentences in by_doc.values():
            if depth < len(sentences) and used < budget:
                out.append(sentences[depth])
                used += len(sentences[depth].split())
        depth += 1
    return out


def oracle(cluster: dict[str, Any], budget: int) -> Summary:
    """Greedy ROUGE-2 oracle over our sentences: the ceiling for any extractive system."""
    pool = [s.text for s in our_sentences(cluster)]
    chosen: list[str] = []
    best = 0.0
    while pool:
        gains = [(score([*chosen, s], cluster["summaries"], budget)["rouge2"], s) for s in pool]
        value, sentence = max(gains, key=lambda g: g[0])
        if value <= best:
            break
        chosen.append(sentence)
        pool.remove(sentence)
        best = value
        if sum(len(c.split()) for c in chosen) >= budget:
            break
    return chosen


def sumy_by_hand(algorithm: str) -> Callable[[dict[str, Any], int], Summary]:
    """What a user writes: underthesea sent_tokenize + word_tokenize, then a sumy summarizer."""

    def run(cluster: dict[str, Any], budget: int) -> Summary:
        from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence
        from sumy.summarizers import kl, lex_rank, lsa, luhn, sum_basic, text_rank
        from underthesea import sent_tokenize, word_tokenize

        class Tokenizer:
            language = "vietnamese"

            def to_sentences(self, text: str) -> list[str]:
                return list(sent_tokenize(text))

            def to_words(self, sentence: str) -> list[str]:
                return [w for w in word_tokenize(sentence) if any(c.isalnum() for c in w)]

        tokenizer = Tokenizer()
        paragraphs = [
            Paragraph([Sentence(s, tokenizer) for s in tokenizer.to_sentences(doc["text"])])
            for doc in cluster["documents"]
        ]
        document = ObjectDocumentModel(paragraphs)
        summarizer = {
            "lexrank": lex_rank.LexRankSummarizer,
            "textrank": text_rank.TextRankSummarizer,
            "lsa": lsa.LsaSummarizer,
            "luhn": luhn.LuhnSummarizer,
            "sumbasic": sum_basic.SumBasicSummarizer,
            "kl": kl.KLSummarizer,
        }[algorithm]()
        average = max(
            1.0,
            sum(len(str(s).split()) for s in document.sentences) / max(1, len(document.sentences)),
        )
        count = max(1, round(budget / average))
        return [str(s) for s in summarizer(document, count)]

    return run


def systems() -> dict[str, Callable[[dict[str, Any], int], Summary]]:
    from summarize.models import ALGORITHMS

    table: dict[str, Callable[[dict[str, Any], int], Summary]] = {"lead": lead}
    table.update({f"sumy-{p}": sumy_by_hand(p) for p in PEERS})
    table["oracle"] = oracle
    table.update({f"ours-{a}": ours(a) for a in ALGORITHMS if a not in ("random",)})
    return table


# --- running -----------------------------------------------------------------------------------


def load(limit: int | None = None) -> list[dict[str, Any]]:
    rows = []
    with DATA.open(encoding="utf-8") as handle:
        for line in handle:
            rows.append(json.loads(line))
            if limit and len(rows) >= limit:
                break
    return rows


def run_system(name: str, limit: int | None) -> dict[str, Any]:
    """Score one system in this process (called in a child by measure())."""
    system = systems()[name]
    clusters = load(limit)
    summaries, scores = [], []
    started = time.perf_counter()
    for cluster in clusters:
        budget = budget_of(cluster)
        summary = system(cluster, budget)
        summaries.append(summary)
        scores.append(score(summary, cluster["summaries"], budget))
    seconds = time.perf_counter() - started
    result: dict[str, Any] = mean_scores(scores)
    result["seconds_per_cluster"] = round(seconds / len(clusters), 4)
    result["digest"] = hashlib.sha256(json.dumps(summaries).encode()).hexdigest()[:16]
    # The same figures on each half of the clusters: a change that helps only one is overfitting.
    half = len(scores) // 2
    result["halves"] = [mean_scores(scores[:half]), mean_scores(scores[half:])]
    return result


def mean_scores(scores: Sequence[dict[str, float]]) -> dict[str, float]:
    totals: Counter[str] = Counter()
    for row in scores:
        totals.update(row)
    return {k: round(v / max(1, len(scores)), 2) for k, v in totals.items()}


def measure(argv: list[str]) -> tuple[dict[str, Any], float, int]:
    """Run a child process; its stdout JSON, wall seconds and peak RSS in MB."""
    started = time.perf_counter()
    with tempfile.TemporaryFile() as out:
        child = subprocess.Popen(argv, stdout=out, cwd=ROOT)
        _, status, usage = os.wait4(child.pid, 0)
        child.returncode = os.waitstatus_to_exitcode(status)
        seconds = time.perf_counter() - started
        out.seek(0)
        text = out.read().decode()
    if child.returncode:
        raise SystemExit(f"{' '.join(argv)} failed with exit code {child.returncode}")
    return (json.loads(text) if text.strip() else {}), seconds, usage.ru_maxrss // 1024


def end_to_end() -> dict[str, Any]:
    """`summarize clusters` on all clusters vs the hand-written sumy LexRank loop, process start included.

    Ours is timed OURS_RUNS times and the best run counts: a one-second run is at the mercy of
    a neighbour's burst on a shared 2-core machine, which the 30-second sumy run averages out.
    Every run is reported, and the peak memory is the highest of them.
    """
    exe = Path(sys.executable).with_name("summarize")
    runs = []
    with tempfile.TemporaryDirectory() as tmp:
        for _ in range(OURS_RUNS):
            _, seconds, peak = measure(
                [str(exe), "clusters", str(DATA), "-o", f"{tmp}/o.jsonl", "--words", "224"]
            )
            runs.append((seconds, peak))
    ours_s, ours_mb = min(s for s, _ in runs), max(mb for _, mb in runs)
    _, hand_s, hand_mb = measure([sys.executable, __file__, "--system", "sumy-lexrank"])
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
    from summarize.models import Sentence
    from summarize.rank import select_summary

    sentences: list[Any] = []
    for cluster in load():
        sentences += our_sentences(cluster)
        if len(sentences) >= 1000:
            break
    sentences = [Sentence(s.text, s.article, i) for i, s in enumerate(sentences[:1000])]
    best = float("inf")
    for _ in range(3):
        started = time.perf_counter()
        select_summary(sentences, max_words=250)
        best = min(best, time.perf_counter() - started)
    return round(best, 3)


def data_hash() -> str:
    return hashlib.sha256(DATA.read_bytes()).hexdigest()


METRICS = ("rouge1", "rouge2", "rougeL")


def table(names: Sequence[str], limit: int | None = None) -> dict[str, Any]:
    """Run each system in its own process and print its row, with each half of the clusters."""
    results: dict[str, Any] = {}
    print(
        f"{'system':<16} {'R-1':>6} {'R-2':>6} {'R-L':>6} {'s/cluster':>10} {'peak MB':>8}"
        f"   {'1st half R-1/R-2/R-L':>20}   {'2nd half R-1/R-2/R-L':>20}",
        flush=True,
    )
    for name in names:
        argv = [sys.executable, __file__, "--system", name]
        row, _, peak = measure([*argv, "--limit", str(limit)] if limit else argv)
        row["peak_mb"] = peak
        results[name] = row
        halves = "   ".join(
            f"{'/'.join(f'{h[m]:.2f}' for m in METRICS):>20}" for h in row["halves"]
        )
        print(
            f"{name:<16} {row['rouge1']:>6.2f} {row['rouge2']:>6.2f} {row['rougeL']:>6.2f} "
            f"{row['seconds_per_cluster']:>10.4f} {peak:>8}   {halves}",
            flush=True,
        )
    return results


def best_peer(results: dict[str, Any]) -> dict[str, Any]:
    """Best lead/sumy figure per metric, overall and on each half."""
    peers = [v for k, v in results.items() if k == "lead" or k.startswith("sumy-")]
    best: dict[str, Any] = {m: max(v[m] for v in peers) for m in METRICS}
    best["halves"] = [{m: max(v["halves"][h][m] for v in peers) for m in METRICS} for h in (0, 1)]
    return best


def print_margins(default: dict[str, Any], best: dict[str, Any]) -> None:
    print(
        f"\nbest peer: R-1 {best['rouge1']:.2f}  R-2 {best['rouge2']:.2f}  R-L {best['rougeL']:.2f}"
    )
    for label, ours_, peer in (
        ("all clusters", default, best),
        ("1st half", default["halves"][0], best["halves"][0]),
        ("2nd half", default["halves"][1], best["halves"][1]),
    ):
        print(
            f"ours (default) - best peer, {label}: R-2 {ours_['rouge2'] - peer['rouge2']:+.2f} "
            f"points, R-1 {ours_['rouge1'] - peer['rouge1']:+.2f}, "
            f"R-L {ours_['rougeL'] - peer['rougeL']:+.2f}"
        )


def print_speed(speed: dict[str, Any], rank_1000: float) -> None:
    print(
        f"end to end, 150 clusters: summarize clusters {speed['ours_seconds']} s "
        f"(best of {speed['ours_runs_seconds']}; {speed['ours_peak_mb']} MB) vs sumy LexRank by hand {speed['sumy_lexrank_seconds']} s "
        f"({speed['sumy_lexrank_peak_mb']} MB): {speed['speedup']}x faster"
    )
    print(f"ranking a 1,000-sentence cluster: {rank_1000} s")


def measure_check() -> dict[str, Any]:
    """The --check subset measured afresh: what the gate's floor is pinned from."""
    check, _, _ = measure(
        [sys.executable, __file__, "--system", f"ours-{DEFAULT}", "--limit", str(CHECK_CLUSTERS)]
    )
    return {
        "clusters": CHECK_CLUSTERS,
        "algorithm": DEFAULT,
        "measured": {k: check[k] for k in METRICS},
        "digest": check["digest"],
    }


def full() -> None:
    results = table(list(systems()))
    from segmentation import evaluate  # bench/segmentation.py

    seg = evaluate()
    speed = end_to_end()
    rank_1000 = ranking_speed()
    best = best_peer(results)
    print_margins(results["ours-centroid"], best)
    print(
        f"segmentation F1 (VTB dev): ours {seg['ours']['f1']:.4f}, underthesea {seg['underthesea']['f1']:.4f}"
    )
    print_speed(speed, rank_1000)
    baseline = {
        "data_sha256": data_hash(),
        "protocol": "budget = mean reference syllables; ROUGE F1 on syllables, mean over refs then clusters",
        "systems": results,
        "best_peer": best,
        "segmentation": seg,
        "end_to_end": speed,
        "rank_1000_seconds": rank_1000,
        "check": measure_check(),
    }
    write_baseline(baseline)


def write_baseline(baseline: dict[str, Any]) -> None:
    BASELINE.write_text(json.dumps(baseline, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {BASELINE.relative_to(ROOT)}")


def pin_check() -> None:
    """Re-measure the gate's subset and pin it; the rest of bench/baseline.json stays as it is."""
    baseline = json.loads(BASELINE.read_text(encoding="utf-8"))
    if baseline["data_sha256"] != data_hash():
        raise SystemExit("the data file changed since bench/baseline.json; run `make bench`")
    baseline["check"] = measure_check()
    measured = baseline["check"]["measured"]
    print("pinned --check: " + ", ".join(f"{m} {measured[m]:.2f}" for m in METRICS))
    write_baseline(baseline)


def check() -> int:
    """CI gate: ours on a fixed subset must stay above the pinned floor, and be deterministic."""
    baseline = json.loads(BASELINE.read_text(encoding="utf-8"))
    if baseline["data_sha256"] != data_hash():
        print("bench-check: the data file changed since bench/baseline.json; run `make bench`")
        return 1
    pinned = baseline["check"]
    first = run_system("ours-" + pinned["algorithm"], pinned["clusters"])
    second = run_system("ours-" + pinned["algorithm"], pinned["clusters"])
    failed = first["digest"] != second["digest"]
    if failed:
        print("bench-check: two runs gave different summaries")
    for metric, measured in pinned["measured"].items():
        floor = measured - MARGIN
        ok = first[metric] >= floor
        failed |= not ok
        print(
            f"bench-check {metric}: {first[metric]:.2f} (floor {floor:.2f}) {'ok' if ok else 'BELOW FLOOR'}"
        )
    return 1 if failed else 0


def main() -> None:
    parser = argparse.ArgumentParser(description="Summary quality and speed benchmark.")
    parser.add_argument("--check", action="store_true", help="CI gate on a fixed subset")
    parser.add_argument(
        "--systems",
        help="comma-separated systems to score (e.g. ours-centroid,sumy-lexrank); "
        "prints their rows with each half of the clusters and writes nothing",
    )
    parser.add_argument("--limit", type=int, help="only the first N clusters (with --systems)")
    parser.add_argument(
        "--end-to-end",
        action="store_true",
        help="only the speed figures: summarize clusters vs sumy LexRank by hand, ranking time",
    )
    parser.add_argument(
        "--pin-check",
        action="store_true",
        help="re-measure the --check subset and pin it in bench/baseline.json (after a ranker change)",
    )
    parser.add_argument("--system", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.system:
        print(json.dumps(run_system(args.system, args.limit)))
    elif args.check:
        raise SystemExit(check())
    elif args.systems:
        names = args.systems.split(",")
        unknown = sorted(set(names) - set(systems()))
        if unknown:
            parser.error(f"unknown systems {unknown}; choose from {sorted(systems())}")
        results = table(names, args.limit)
        if "ours-centroid" in results and len(results) > 1:
            print_margins(results["ours-centroid"], best_peer(results))
    elif args.end_to_end:
        print_speed(end_to_end(), ranking_speed())
    elif args.pin_check:
        pin_check()
    else:
        full()


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).parent))
    main()
