"""Deterministic k-fold split by cluster/article id, per-fold means with their spread, and the
held-out models that score them.

The fold of an item depends on its id only (never on file order or a random seed), so a model
trained on four folds and scored on the fifth sees the same split on every machine and run.
Two validations, both fitted by `make train` (bench/train_ranker.py) and committed:
- k-fold: `ranker_fold{k}.json` is fitted on every collection's items outside fold k;
- leave-one-collection-out: `ranker_loco_{n}.json` is fitted on every collection but the n-th of
  `bench.corpora.COLLECTIONS` (0 vims, 1 vmds, 2 vietnews: numbered, so that no committed file
  is named like the data sets the project must not copy), and scores all of its items (a
  collection the model never saw, as a user's will be).
"""

from __future__ import annotations

import hashlib
import statistics
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from bench.corpora import COLLECTIONS, ROOT
from bench.rouge import METRICS, mean_scores

K = 5
MODELS = ROOT / "bench" / "ranker_folds"


def fold_model(fold: int) -> Path:
    return MODELS / f"ranker_fold{fold}.json"


def loco_model(collection: str) -> Path:
    return MODELS / f"ranker_loco_{list(COLLECTIONS).index(collection)}.json"


def fold_of(item_id: str, k: int = K) -> int:
    """The item's fold, 0..k-1: sha256 of its id as an integer, modulo k."""
    return int(hashlib.sha256(item_id.encode()).hexdigest(), 16) % k


def by_fold(ids: Sequence[str], k: int = K) -> list[list[int]]:
    """Positions of the items in each fold, in file order."""
    folds: list[list[int]] = [[] for _ in range(k)]
    for position, item_id in enumerate(ids):
        folds[fold_of(item_id, k)].append(position)
    return folds


def fold_summary(
    ids: Sequence[str], scores: Sequence[dict[str, float]], k: int = K
) -> dict[str, Any]:
    """Per-fold means, and per metric the min, max and population std across the folds."""
    folds = [mean_scores([scores[i] for i in positions]) for positions in by_fold(ids, k)]
    spread = {
        m: {
            "min": min(f[m] for f in folds),
            "max": max(f[m] for f in folds),
            "std": round(statistics.pstdev(f[m] for f in folds), 2),
        }
        for m in METRICS
    }
    return {"folds": folds, "spread": spread}
