"""Grouping articles into events on ViMs dev clusters: ours vs TF-IDF + agglomerative clustering.

Protocol (bench/README.md): a folder mixes the articles of k random ViMs clusters (each cluster
is one event) as `<neutral random name>.txt` files, each the article's title, a blank line and
its text, in shuffled order: what a user's folder looks like. Ours reads the folder the way
`summarize report` does: `build_briefing`, whose sections are the groups. Scores: B-cubed precision, recall and F1 and the adjusted Rand
index, averaged over seeds. Clusters 1-75 are the tuning half (our constants and the peer's
distance threshold were chosen there); clusters 76-150 the held-out half.

    .venv/bin/python -m bench.grouping           # the table, speed at 10,000 articles; pins the gate
    .venv/bin/python -m bench.grouping --check   # CI gate: k = 10, held-out half, 3+3 folders
    .venv/bin/python -m bench.grouping --tune    # the peer's threshold and ours on the tuning half
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench.corpora import ROOT, VIMS

DATA = VIMS.path
BASELINE = ROOT / "bench" / "grouping_baseline.json"
KS = (5, 10, 30)
SEEDS = tuple(range(1, 9))  # 8 folders per k and half
CHECK_K, CHECK_SEEDS = 10, (1, 2, 3)
HARD_K = 10  # folders of one event and its nearest neighbours (near_mix)
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


def near_mix(clusters: Sequence[list[Item]], k: int, seed: int) -> list[Item]:
    """A hard folder: a random event and the k-1 events nearest to it (TF-IDF of whole clusters),
    so that events on one topic (two drug busts, two squads for one cup) meet in one folder."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    rng = random.Random(seed * 1000 + k + 7)
    texts = [" ".join(f"{i.title} {i.text}" for i in cluster) for cluster in clusters]
    matrix = TfidfVectorizer(sublinear_tf=True).fit_transform(texts)
    anchor = rng.randrange(len(clusters))
    similarity = (matrix @ matrix[anchor].T).toarray().ravel()
    chosen = sorted(range(len(clusters)), key=lambda c: (-similarity[c], c))[:k]
    items = [item for c in chosen for item in clusters[c]]
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
    """The report's path: a folder through build_briefing, its sections read back as groups."""
    from summarize.pipeline import build_briefing

    with tempfile.TemporaryDirectory() as tmp:
        names = write_folder(Path(tmp), items, len(items))
        briefing = build_briefing([tmp])
        assert not briefing.failures, briefing.failures
        source = {r.article.id: Path(r.article.source).name for r in briefing.articles}
        labels = [-1] * len(items)
        for label, conference in enumerate(briefing.conferences):
            for article in conference.articles:
                labels[names[source[article]]] = label
    return labels


def ours_grouped(items: Sequence[Item]) -> list[int]:
    """The groups `ours` reads, made the way build_briefing makes them (read_ranked, then
    groups_of) but without describing each section: the facts and summaries that take most of a
    briefing's time cannot move an article between sections. What `--check` scores."""
    from summarize.briefing.group import groups_of
    from summarize.models import BriefingOptions, Options
    from summarize.pipeline import read_ranked

    with tempfile.TemporaryDirectory() as tmp:
        names = write_folder(Path(tmp), items, len(items))
        ranked = read_ranked([tmp], Options())
        assert not ranked.failures, ranked.failures
        labels = [-1] * len(items)
        for label, members in enumerate(groups_of(ranked.results, BriefingOptions().group_by)):
            for member in members:
                labels[names[Path(ranked.results[member].article.source).name]] = label
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
    group: Grouper,
    clusters: Sequence[list[Item]],
    k: int,
    seeds: Sequence[int],
    mixer: Callable[[Sequence[list[Item]], int, int], list[Item]] = mix,
) -> dict[str, float]:
    runs = []
    for seed in seeds:
        items = mixer(clusters, k, seed)
        runs.append(scores(group(items), [item.event for item in items]))
    return mean_scores(runs)


def choose_peer_threshold(tuning: Sequence[list[Item]]) -> float:
    """The peer's distance threshold with the best mean B-cubed F1 over k on the tuning half."""

    def f1(threshold: float) -> float:
        return sum(evaluate(peer(threshold), tuning, k, SEEDS[:4])["f1"] for k in KS)

    return max(PEER_THRESHOLDS, key=lambda t: (f1(t), -t))


# --- speed -------------------------------------------------------------------------------------


def speed(clusters: Sequence[list[Item]], count: int = SPEED_ARTICLES) -> tuple[float, float, int]:
    """Seconds to group `count` loaded articles: the dev articles, each copy with its own order
    of paragraphs and a part dropped, so copies are near (not exact) duplicates."""
    from summarize.briefing.group import auto_groups
    from summarize.pipeline import prepare_article
    from summarize.text.load import document_from_text

    items = [item for cluster in clusters for item in cluster]
    rng = random.Random(0)
    articles = []
    for n in range(count):
        item = items[n % len(items)]
        lines = [ln for ln in item.text.splitlines() if ln.strip()]
        if n >= len(items):
            rng.shuffle(lines)
            lines = lines[: max(1, len(lines) * 4 // 5)]
        text = item.title + "\n\n" + "\n\n".join(lines)
        articles.append(prepare_article(document_from_text(text, source=f"{n}.txt"), f"a{n + 1}"))
    start, cpu = time.perf_counter(), time.process_time()
    groups = auto_groups(articles)
    return time.perf_counter() - start, time.process_time() - cpu, len(groups)


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
    for name, group in (("ours", ours), (f"peer tfidf+agglo@{threshold}", peer(threshold))):
        for half, part in (("1-75 (tuning)", tuning), ("76-150 (held out)", held_out)):
            result = evaluate(group, part, HARD_K, SEEDS, near_mix)
            table[f"{name.split()[0]} hard k={HARD_K} {half.split()[0]}"] = result
            print(row(name + " (nearest events)", HARD_K, half, result), flush=True)
    seconds, cpu, groups = speed(clusters)
    print(f"\n{speed_line(seconds, cpu, groups)}")
    ours_k, peer_k = table[f"ours k={CHECK_K} 76-150"], table[f"peer k={CHECK_K} 76-150"]
    print(
        f"k={CHECK_K}, held out: ours F1 {ours_k['f1']:.3f} P {ours_k['precision']:.3f}, "
        f"peer F1 {peer_k['f1']:.3f}, margin {ours_k['f1'] - peer_k['f1']:+.3f} "
        "(targets: F1 >= 0.97, P >= 0.98, margin >= 0.05, <= 30 s)"
    )
    check = check_subset(held_out)
    BASELINE.write_text(
        json.dumps(
            {
                "data_sha256": data_digest(),
                "peer_threshold": threshold,
                "table": table,
                "speed": {
                    "articles": SPEED_ARTICLES,
                    "seconds": round(seconds, 2),
                    "cpu_seconds": round(cpu, 2),
                    "groups": groups,
                },
                "check": {"k": CHECK_K, "seeds": list(CHECK_SEEDS), "measured": check},
            },
            indent=2,
        )
        + "\n",
        encoding="utf-8",
    )


def speed_line(seconds: float, cpu: float, groups: int) -> str:
    return (
        f"{SPEED_ARTICLES:,} articles grouped in {seconds:.1f} s wall, {cpu:.1f} s CPU "
        f"({groups:,} groups)"
    )


def data_digest() -> str:
    return hashlib.sha256(DATA.read_bytes()).hexdigest()


def check_subset(
    held_out: Sequence[list[Item]], group: Grouper | None = None
) -> dict[str, dict[str, float]]:
    """The gate's cheap subset: k = 10 on the held-out half, random and nearest-event folders
    (grouped by ours_grouped unless `group` is given)."""
    group = group or ours_grouped
    return {
        "random": evaluate(group, held_out, CHECK_K, CHECK_SEEDS),
        "nearest": evaluate(group, held_out, CHECK_K, CHECK_SEEDS, near_mix),
    }


def check() -> int:
    """Ours on the check subset, within MARGIN of the pinned figures, twice (the same groups).
    The groups are made as build_briefing makes its sections, without describing each section
    (ours_grouped: a twelfth of a briefing's time); one folder's whole briefing shows that its
    sections are those groups."""
    pinned = json.loads(BASELINE.read_text(encoding="utf-8"))
    if pinned["data_sha256"] != data_digest():
        print(f"grouping check: {DATA} is not the file the baseline was measured on")
        return 1
    _, held_out = halves(load())
    measured, again = check_subset(held_out), check_subset(held_out)
    failed = [] if again == measured else [f"two runs differ: {measured} != {again}"]
    folder = mix(held_out, CHECK_K, CHECK_SEEDS[0])
    if ours(folder) != ours_grouped(folder):  # one whole briefing: its sections are these groups
        failed.append("the briefing's sections are not the groups read_ranked + groups_of make")
    for mixing, scores_now in measured.items():
        floor = {k: v - MARGIN for k, v in pinned["check"]["measured"][mixing].items()}
        failed += [
            f"{mixing} {key} {scores_now[key]:.4f} < floor {floor[key]:.4f}"
            for key in ("precision", "recall", "f1", "ari")
            if scores_now[key] < floor[key]
        ]
        print(f"grouping check ({mixing} folders, k={CHECK_K}, clusters 76-150): {scores_now}")
    for line in failed:
        print("FAIL:", line)
    return 1 if failed else 0


def pin_check() -> None:
    pinned = json.loads(BASELINE.read_text(encoding="utf-8"))
    pinned["check"]["measured"] = check_subset(halves(load())[1])
    BASELINE.write_text(json.dumps(pinned, indent=2) + "\n", encoding="utf-8")
    print(pinned["check"])


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
    parser.add_argument(
        "--pin-check", action="store_true", help="re-measure and re-pin only the --check subset"
    )
    args = parser.parse_args()
    if args.check:
        raise SystemExit(check())
    if args.tune:
        tune()
    elif args.pin_check:
        pin_check()
    elif args.speed:
        print(speed_line(*speed(load())))
    else:
        full()


if __name__ == "__main__":
    main()
