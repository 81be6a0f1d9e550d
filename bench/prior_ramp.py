"""The cluster prior's ramp (`summarize.ranking.concepts.with_prior`), chosen for each model on
the items that model is fitted on only, so that no figure a model is scored on chose it.

For a model fitted on the items I (bench/train_ranker.py): the clusters of I in each fold k
(bench/folds.py) are summarised by a model fitted on I without fold k, once with each ramp of
`PRIOR_RAMPS`, in both protocols (cut: `Budget.fill`; whole: as shipped); the ramp kept has the
highest worst margin over I's cluster collections, both protocols and R-1/R-2/R-L, where margin
= ours − the best peer pinned in bench/baseline.json, and R-2's is counted 1 lower (the issue's
cluster target). Ties go to the first ramp of the grid. A left-out collection's model (LOCO)
thus chooses on the other cluster collection alone, a fold's model on the other four folds.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

import numpy as np

from bench.folds import fold_of
from bench.rouge import mean_scores, score
from summarize.models import Budget, Sentence
from summarize.ranking.concepts import PRIOR_RAMPS
from summarize.ranking.learned import choose
from summarize.ranking.select import antecedents, holds_everything, reading_order
from summarize.ranking.weights import Ranker

if TYPE_CHECKING:
    from bench.train_ranker import Example

PROTOCOLS = ("cut", "whole")
CLUSTER_TARGET = 1.0  # R-2 points over the best peer asked of clusters (issue 21)
Bar = dict[tuple[str, str], dict[str, float]]  # (shape, protocol) -> metric -> best peer


def peer_bar(shapes: Sequence[str]) -> Bar:
    """The best peer's pinned figure per shape, protocol and metric (bench/baseline.json)."""
    from bench.quality import BASELINE, best_peer, peer_names
    from bench.shapes import SHAPES

    rows = json.loads(BASELINE.read_text(encoding="utf-8"))["shapes"]
    return {
        (name, p): {
            m: v["value"]
            for m, v in best_peer(rows[name]["systems"], peer_names(SHAPES[name], p)).items()
        }
        for name in shapes
        for p in PROTOCOLS
    }


Scores = dict[tuple[float, str, str], list[dict[str, float]]]  # (ramp, shape, protocol) -> items


def choose_ramp(
    items: Sequence[Example], fit: Callable[[list[Example]], Ranker], bar: Bar
) -> float:
    """The ramp of PRIOR_RAMPS with the highest worst margin on `items`' clusters, each fold
    summarised by a model `fit` on the other folds of `items` (module docstring)."""
    clusters = [i for i in items if i.articles > 1]
    scores: Scores = defaultdict(list)
    for k in sorted({fold_of(i.id) for i in clusters}):
        model = fit([i for i in items if fold_of(i.id) != k])
        for item in (i for i in clusters if fold_of(i.id) == k):
            for ramp in PRIOR_RAMPS:
                for protocol in PROTOCOLS:
                    texts = summary(item, replace(model, prior_ramp=ramp), protocol == "cut")
                    scores[ramp, item.shape, protocol].append(score(texts, item.refs, item.budget))
    return best_ramp(scores, bar)


def best_ramp(scores: Scores, bar: Bar) -> float:
    """The ramp whose lowest margin (over shapes, protocols, metrics; R-2 with the target
    counted) is the highest; ties go to the earlier ramp, a ramp never scored never wins."""

    def worst(ramp: float) -> float:
        margins: list[float] = []
        for (r, shape, protocol), rows in scores.items():
            means = mean_scores(rows) if r == ramp else {}
            for m, value in means.items():
                need = CLUSTER_TARGET if m == "rouge2" else 0.0
                margins.append(value - bar[shape, protocol][m] - need)
        return min(margins, default=-np.inf)

    return max(PRIOR_RAMPS, key=worst)


def summary(item: Example, model: Ranker, fill: bool) -> list[str]:
    """Ours on one training cluster, as bench/quality.py's rows give it (rank.select_summary)."""
    budget = Budget(None, item.budget, fill=fill)
    sentences: Sequence[Sentence] = item.product.sentences
    if holds_everything(sentences, budget):
        chosen = reading_order(sentences, range(len(sentences)), antecedents(sentences))
        return [sentences[i].text for i in chosen]
    return [s.text for s in choose(item.product_input, item.product, budget, model)]
