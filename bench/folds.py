"""Deterministic k-fold split by item id: the same id always lands in the same fold."""

from __future__ import annotations

import hashlib

FOLDS = 5


def fold_of(item_id: str, k: int = FOLDS) -> int:
    return int(hashlib.sha256(item_id.encode()).hexdigest(), 16) % k
