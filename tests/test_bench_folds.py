"""Folds of the benchmark (bench/folds.py): fixed by id, balanced enough, spreads that add up."""

from __future__ import annotations

import hashlib

from bench.folds import by_fold, fold_of, fold_summary


def test_the_fold_is_the_sha256_of_the_id_modulo_k() -> None:
    digest = int(hashlib.sha256(b"Cluster_001").hexdigest(), 16)
    assert fold_of("Cluster_001") == digest % 5
    assert fold_of("Cluster_001", k=3) == digest % 3


def test_the_fold_depends_on_the_id_only_not_on_order() -> None:
    ids = [f"Cluster_{n:03d}" for n in range(1, 151)]
    forward = {ids[p] for p in by_fold(ids)[2]}
    backward = {ids[::-1][p] for p in by_fold(ids[::-1])[2]}
    assert forward == backward
    assert sorted(len(f) for f in by_fold(ids))[0] >= 20  # 150 clusters: no fold nearly empty


def test_fold_summary_gives_each_fold_mean_and_the_spread() -> None:
    ids = ["a", "b", "c", "d"]
    scores = [{"rouge1": 10.0 * (n + 1), "rouge2": 0.0, "rougeL": 5.0} for n in range(4)]
    summary = fold_summary(ids, scores, k=2)
    means = [f["rouge1"] for f in summary["folds"]]
    members = by_fold(ids, k=2)
    assert means == [sum(scores[p]["rouge1"] for p in m) / len(m) for m in members]
    assert summary["spread"]["rouge1"]["min"] == min(means)
    assert summary["spread"]["rouge1"]["max"] == max(means)
    assert summary["spread"]["rougeL"]["std"] == 0.0
