"""Fit the learned ranker's weights (summarize/data/ranker.json) on both development corpora.

    .venv/bin/python bench/train_ranker.py          # writes the shipped model and one per fold

Features: summarize.ranking.features.FEATURES, computed by the same code the product runs (clusters ->
sentences -> dedup -> features). Label: the share of a sentence's bigrams that occur in a
human summary (bigram precision, mean over the references): a per-syllable value, so that a
budgeted selection fills the budget with dense sentences. Model: standardised features and
ridge regression (scikit-learn, alpha 1). ViMs (150 clusters) and VietNews (1,000 articles) weigh
the same in the fit, so one model learns both shapes. For cross-validation, bench/ranker_folds/
gets one model per fold trained without that fold (bench/quality.py scores each fold with it).
Tried and dropped (5-fold CV, bench/README.md): LightGBM (+0.3 R-2 on ViMs, wider fold spread,
a runtime dependency), LambdaRank, oracle-membership labels, one model per corpus shape.
"""

from __future__ import annotations

import itertools
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from folds import K, fold_of  # noqa: E402

from summarize.batch.clusters import cluster_sentences  # noqa: E402
from summarize.ranking.dedup import deduplicate  # noqa: E402
from summarize.ranking.features import FEATURES  # noqa: E402
from summarize.ranking.rank import learned_features, titled_matrix  # noqa: E402
from summarize.ranking.weights import LinearModel  # noqa: E402
from summarize.text.words import syllables  # noqa: E402

DATA = ROOT.parent / "shared" / "data"
CORPORA = ("vims_dev.jsonl", "vietnews_dev.jsonl")
SHIPPED = ROOT / "summarize" / "data" / "ranker.json"
FOLD_MODELS = ROOT / "bench" / "ranker_folds"  # committed: bench/quality.py scores each fold
ALPHA = 1.0  # ridge penalty on standardised features; not tuned (1 and 10 gave the same CV)


def bigrams(text: str) -> Counter[tuple[str, str]]:
    tokens = syllables(text)
    return Counter(itertools.pairwise(tokens))


def labels(sentences: list[Any], references: list[str]) -> np.ndarray:
    """Bigram precision of each sentence against each reference, averaged over references."""
    refs = [bigrams(r) for r in references]
    out = []
    for sentence in sentences:
        own = bigrams(sentence.text)
        total = max(1, sum(own.values()))
        out.append(np.mean([sum((own & r).values()) / total for r in refs]))
    return np.array(out)


def features(row: dict[str, Any]) -> tuple[np.ndarray, list[Any]]:
    """The product's own sentences and features for one cluster (or one article)."""
    sentences, titles = cluster_sentences(row["documents"])
    kept = list(deduplicate(sentences).kept)
    return learned_features(kept, titled_matrix(kept, titles)), kept


def examples() -> list[tuple[str, str, np.ndarray, np.ndarray]]:
    """(corpus, id, features, labels) for every cluster of both corpora."""
    out = []
    for corpus in CORPORA:
        with (DATA / corpus).open(encoding="utf-8") as handle:
            for line in handle:
                row = json.loads(line)
                rows, kept = features(row)
                out.append((corpus, row["id"], rows, labels(kept, row["summaries"])))
    return out


def fit(items: list[tuple[str, str, np.ndarray, np.ndarray]]) -> LinearModel:
    """Standardise, then ridge with each corpus weighing the same in total."""
    from sklearn.linear_model import Ridge
    from sklearn.preprocessing import StandardScaler

    rows = np.vstack([x for _, _, x, _ in items])
    target = np.concatenate([y for _, _, _, y in items])
    per_corpus = Counter()
    for corpus, _, x, _ in items:
        per_corpus[corpus] += len(x)
    weights = np.concatenate([np.full(len(x), 1.0 / per_corpus[c]) for c, _, x, _ in items])
    scaler = StandardScaler().fit(rows)
    ridge = Ridge(alpha=ALPHA).fit(scaler.transform(rows), target, weights / weights.mean())
    return LinearModel(
        FEATURES, scaler.mean_, scaler.scale_, np.asarray(ridge.coef_), float(ridge.intercept_)
    )


def main() -> None:
    items = examples()
    SHIPPED.write_text(fit(items).to_json() + "\n", encoding="utf-8")
    print(f"wrote {SHIPPED.relative_to(ROOT)} from {len(items)} clusters/articles")
    FOLD_MODELS.mkdir(parents=True, exist_ok=True)
    for fold in range(K):
        model = fit([item for item in items if fold_of(item[1]) != fold])
        (FOLD_MODELS / f"ranker_fold{fold}.json").write_text(model.to_json() + "\n", "utf-8")
    print(f"wrote {K} fold models to {FOLD_MODELS.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
