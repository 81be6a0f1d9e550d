"""Grouping articles into events on ViMs dev clusters: ours vs TF-IDF + agglomerative clustering.

Protocol (bench/README.md): a folder mixes the articles of k random ViMs clusters (each cluster
is one event) as `<neutral random name>.txt` files, each the article's title, a blank line and
its text, in shuffled order: what a user's folder looks like. Ours reads the folder the way
`summarize report` does (find_articles, read_articles, summarize_articles, then the grouping
function build_briefing calls). Scores: B-cubed precision, recall and F1 and the adjusted Rand
index, averaged over seeds. Clusters 1-75 are the tuning half (our constants and the peer's
distance threshold were chosen there); clusters 76-150 the held-out half.

    .venv/bin/python bench/grouping.py           # the table, speed at 10,000 articles; pins the gate
    .venv/bin/python bench/grouping.py --check   # CI gate: k = 10 on the held-out half, 3 seeds
    .venv/bin/python bench/grouping.py --tune    # the peer's threshold and ours on the tuning half
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DATA = ROOT.parent / "shared" / "data" / "vims_dev.jsonl"
BASELINE = ROOT / "bench" / "grouping_baseline.json"
KS = (5, 10, 30)
SEEDS = tuple(range(1, 9))  # 8 folders per k and half
CHECK_K, CHECK_SEEDS = 10, (1, 2, 3)
MARGIN = 0.01  # the gate's floors sit this far below the pinned measurement
SPEED_ARTICLES = 10_000
PEER_THRESHOLDS = tuple(round(0.05 * i, 2) for i in range(6, 20))  # cosine distance 0.30-0.95


@dataclass(frozen=True)
class Item:
    """One article of a mix: its event (cluster id), title and text."""

    event: str
    title: str
    text: str


Grouper = Callable[[Sequence[Item]], list[int]]


def load() -> list[list[Item]]:
    with DATA.open(encoding="utf-8") as lines:
        rows = [json.loads(line) for line in lines]
    return [[Item(r["id"], d["title"], d["text"]) for d in r["documents"]] for r in rows]


def halves(clusters: list[list[Item]]) -> tuple[list[list[Item]], list[list[Item]]]:
    middle = len(clusters) // 2
    return clusters[:middle], clusters[middle:]


def mix(clusters: Sequence[list[Item]], k: int, seed: int) -> list[Item]:
    rng = random.Random(seed * 1000 + k)
    items = [item for cluster in rng.sample(list(clusters), k) for item in cluster]
    rng.shuffle(items)
    return items


# --- metrics -----------------------------------------------------------------------------------


def bcubed(predicted: Sequence[int], gold: Sequence[str]) -> tuple[float, float]:
    """B-cubed precision and recall (Bagga & Baldwin 1998), averaged over items."""
    pairs = Counter(zip(predicted, gold, strict=True))
    sizes_p, sizes_g = Counter(predicted), Counter(gold)
    n = len(gold)
    precision = sum(c * c / sizes_p[p] for (p, _), c in pairs.items()) / n
    recall = sum(c * c / sizes_g[g] for (_, g), c in pairs.items()) / n
    return precision, recall


def adjusted_rand(predicted: Sequence[int], gold: Sequence[str]) -> float:
    """Hubert & Arabie's adjusted Rand index from the contingency table."""
    comb = lambda x: x * (x - 1) / 2  # noqa: E731
    index = sum(comb(c) for c in Counter(zip(predicted, gold, strict=True)).values())
    a = sum(comb(c) for c in Counter(predicted).values())
    b = sum(comb(c) for c in Counter(gold).values())
    expected = a * b / comb(len(gold))
    maximum = (a + b) / 2
    return 1.0 if maximum == expected else (index - expected) / (maximum - expected)


def scores(predicted: Sequence[int], gold: Sequence[str]) -> dict[str, float]:
    p, r = bcubed(predicted, gold)
    f1 = 2 * p * r / (p + r)
    return {"precision": p, "recall": r, "f1": f1, "ari": adjusted_rand(predicted, gold)}


def mean_scores(runs: Sequence[dict[str, float]]) -> dict[str, float]:
    return {key: round(sum(r[key] for r in runs) / len(runs), 4) for key in runs[0]}


# --- systems -----------------------------------------------------------------------------------


def write_folder(folder: Path, items: Sequence[Item], seed: int) -> dict[str, int]:
    """Each article as `<16 random hex digits>.txt`: title, blank line, text. Name -> item index."""
    rng = random.Random(seed)
    names = {}
    for index, item in enumerate(items):
        name = f"{rng.getrandbits(64):016x}.txt"
        (folder / name).write_text(f"{item.title}\n\n{item.text}\n", encoding="utf-8")
        names[name] = index
    return names


def ours(items: Sequence[Item]) -> list[int]:
    """The report's path: a folder read by the pipeline, then the grouping build_briefing uses."""
    from summarize.group import auto_groups
    from summarize.models import Options
    from summarize.pipeline import find_articles, read_articles, summarize_articles

    with tempfile.TemporaryDirectory() as tmp:
        names = write_folder(Path(tmp), items, len(items))
        files, failures = find_articles([tmp])
        articles, bad = read_articles(files, Options())
        assert not failures and not bad, (failures, bad)
        results = summarize_articles(articles, Options())
        labels = [-1] * len(items)
        for label, members in enumerate(auto_groups(results)):
            for member in members:
                labels[names[Path(results[member].article.source).name]] = label
    return labels


def peer(threshold: float) -> Grouper:
    """TF-IDF (title + text, word uni- and bigrams) and average-link agglomerative clustering."""

    def run(items: Sequence[Item]) -> list[int]:
        from sklearn.cluster import AgglomerativeClustering
        from sklearn.feature_extraction.text import TfidfVectorizer

        texts = [f"{item.title}\n{item.text}" for item in items]
        matrix = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True).fit_transform(texts)
        model = AgglomerativeClustering(
            n_clusters=None, distance_threshold=threshold, metric="cosine", linkage="average"
        )
        return [int(x) for x in model.fit_predict(matrix.toarray())]

    return run


def evaluate(
    group: Grouper, clusters: Sequence[list[Item]], k: int, seeds: Sequence[int]
) -> dict[str, float]:
    runs = []
    for seed in seeds:
        items = mix(clusters, k, seed)
        runs.append(scores(group(items), [item.event for item in items]))
    return mean_scores(runs)


def choose_peer_threshold(tuning: Sequence[list[Item]]) -> float:
    """The peer's distance threshold with the best mean B-cubed F1 over k on the tuning half."""

    def f1(threshold: float) -> float:
        return sum(evaluate(peer(threshold), tuning, k, SEEDS[:4])["f1"] for k in KS)

    return max(PEER_THRESHOLDS, key=lambda t: (f1(t), -t))


# --- speed -------------------------------------------------------------------------------------


def speed(clusters: Sequence[list[Item]], count: int = SPEED_ARTICLES) -> tuple[float, int]:
    """Seconds to group `count` loaded articles: the dev articles, each copy with its own order
    of paragraphs and a part dropped, so copies are near (not exact) duplicates."""
    from summarize.group import auto_groups
    from summarize.load import document_from_text
    from summarize.models import ArticleResult
    from summarize.pipeline import prepare_article

    items = [item for cluster in clusters for item in cluster]
    rng = random.Random(0)
    results = []
    for n in range(count):
        item = items[n % len(items)]
        lines = [ln for ln in item.text.splitlines() if ln.strip()]
        if n >= len(items):
            rng.shuffle(lines)
            lines = lines[: max(1, len(lines) * 4 // 5)]
        text = item.title + "\n\n" + "\n\n".join(lines)
        article = prepare_article(document_from_text(text, source=f"{n}.txt"), f"a{n + 1}")
        results.append(ArticleResult(article, article.sentences, (), ()))
    start = time.perf_counter()
    groups = auto_groups(results)
    return time.perf_counter() - start, len(groups)


# --- output ------------------------------------------------------------------------------------


def row(name: str, k: int, half: str, s: dict[str, float]) -> str:
    return (
        f"| {name} | {k} | {half} | {s['precision']:.3f} | {s['recall']:.3f} | "
        f"{s['f1']:.3f} | {s['ari']:.3f} |"
    )


def full() -> None:
    clusters = load()
    tuning, held_out = halves(clusters)
    threshold = choose_peer_threshold(tuning)
    print(f"peer distance threshold chosen on clusters 1-75: {threshold}\n")
    print("| system | k | clusters | B3 precision | B3 recall | B3 F1 | ARI |")
    print("|---|---|---|---|---|---|---|")
    table: dict[str, Any] = {}
    for name, group in (("ours", ours), (f"peer tfidf+agglo@{threshold}", peer(threshold))):
        for k in KS:
            for half, part in (("1-75 (tuning)", tuning), ("76-150 (held out)", held_out)):
                result = evaluate(group, part, k, SEEDS)
                table[f"{name.split()[0]} k={k} {half.split()[0]}"] = result
                print(row(name, k, half, result), flush=True)
    seconds, groups = speed(clusters)
    print(f"\n{SPEED_ARTICLES:,} articles grouped in {seconds:.1f} s ({groups:,} groups)")
    check = evaluate(ours, held_out, CHECK_K, CHECK_SEEDS)
    BASELINE.write_text(
        json.dumps(
            {
                "data_sha256": data_digest(),
                "peer_threshold": threshold,
                "table": table,
                "speed_seconds": round(seconds, 2),
                "check": {"k": CHECK_K, "seeds": list(CHECK_SEEDS), "measured": check},
            },
            indent=2,
        )
        + "\n",
        encoding="utf-8",
    )


def data_digest() -> str:
    return hashlib.sha256(DATA.read_bytes()).hexdigest()


def check() -> int:
    """Ours at k = 10 on the held-out half must stay within MARGIN of the pinned figures."""
    pinned = json.loads(BASELINE.read_text(encoding="utf-8"))
    if pinned["data_sha256"] != data_digest():
        print(f"grouping check: {DATA} is not the file the baseline was measured on")
        return 1
    _, held_out = halves(load())
    measured = evaluate(ours, held_out, CHECK_K, CHECK_SEEDS)
    failed = [
        f"{key} {measured[key]:.4f} < floor {pinned['check']['measured'][key] - MARGIN:.4f}"
        for key in ("precision", "recall", "f1", "ari")
        if measured[key] < pinned["check"]["measured"][key] - MARGIN
    ]
    print(f"grouping check (k={CHECK_K}, clusters 76-150, seeds {list(CHECK_SEEDS)}): {measured}")
    for line in failed:
        print("FAIL:", line)
    return 1 if failed else 0


def tune() -> None:
    clusters = load()
    tuning, _ = halves(clusters)
    for threshold in PEER_THRESHOLDS:
        f1s = [evaluate(peer(threshold), tuning, k, SEEDS[:4])["f1"] for k in KS]
        print(f"peer {threshold}: " + " ".join(f"{f:.3f}" for f in f1s), flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description="Event grouping benchmark.")
    parser.add_argument("--check", action="store_true", help="CI gate on a fixed subset")
    parser.add_argument("--tune", action="store_true", help="the peer's thresholds, tuning half")
    parser.add_argument("--speed", action="store_true", help="only the 10,000-article timing")
    args = parser.parse_args()
    if args.check:
        raise SystemExit(check())
    if args.tune:
        tune()
    elif args.speed:
        seconds, groups = speed(load())
        print(f"{SPEED_ARTICLES:,} articles grouped in {seconds:.1f} s ({groups:,} groups)")
    else:
        full()


if __name__ == "__main__":
    main()
