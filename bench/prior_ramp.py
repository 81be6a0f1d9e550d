"""The cluster prior's ramp (`summarize.ranking.concepts.with_prior`), chosen for each model on
the items that model is fitted on only, so that no figure a model is scored on chose it.

The choice mirrors the validation the model stands for. For a model fitted on the items I
(bench/train_ranker.py), I's clusters are split into parts: by fold (bench/folds.py) for a
fold's model, scored k-fold; by collection for a left-out collection's model and the shipped
one, which meet collections they never saw. Each part's clusters are summarised by a model
fitted on I without that part, once with each ramp of `PRIOR_RAMPS`, in both protocols (cut:
`Budget.fill`; whole: as shipped). Each ramp's worst margin is the lowest over I's cluster
collections, both protocols and R-1/R-2/R-L, where margin = ours − the best peer pinned in
bench/baseline.json, and R-2's is counted 1 lower (the issue's cluster target). The ramp kept is
the smallest whose worst margin is within one standard error of the highest (the one-SE rule;
the error is that of the mean over items of the entry giving the best ramp its worst margin):
ramps a few tenths apart are noise (the model without VMDS saw every ramp within 0.3), and a
smaller ramp puts more weight on the prior, which nothing fitted. So the model without ViMs chooses on VMDS clusters summarised by a model
fitted on VietNews alone; a fold's model on the other four folds.

Why the split follows the validation: within a collection the learned weight is in its own
domain, so a split by fold under-weights the prior for a model that will meet a new collection
(choosing by fold, the model without ViMs took 2.0 and scored ViMs clusters 38.09 R-2 cut; by
collection 0.75 and 39.35, and since the grid holds 0 the prior alone and 40.20; bench/README.md,
"The cluster prior").
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


def by_fold(item: Example) -> str:
    return f"fold {fold_of(item.id)}"


def by_collection(item: Example) -> str:
    return item.corpus


def choose_ramp(
    items: Sequence[Example],
    fit: Callable[[list[Example]], Ranker],
    bar: Bar,
    part: Callable[[Example], str] = by_fold,
) -> float:
    """The ramp of PRIOR_RAMPS with the highest worst margin on `items`' clusters, each `part`
    of them summarised by a model `fit` on the rest of `items` (module docstring)."""
    clusters = [i for i in items if i.articles > 1]
    scores: Scores = defaultdict(list)
    for k in sorted({part(i) for i in clusters}):
        model = fit([i for i in items if part(i) != k])
        for item in (i for i in clusters if part(i) == k):
            for ramp in PRIOR_RAMPS:
                for protocol in PROTOCOLS:
                    texts = summary(item, replace(model, prior_ramp=ramp), protocol == "cut")
                    scores[ramp, item.shape, protocol].append(score(texts, item.refs, item.budget))
    return best_ramp(scores, bar)


def best_ramp(scores: Scores, bar: Bar) -> float:
    """The smallest ramp whose lowest margin (over shapes, protocols, metrics; R-2 with the
    target counted) is within one standard error of the highest: the one-SE rule, since ramps
    a few tenths apart are noise, and a smaller ramp leans on the prior, which nothing fitted
    (bench/README.md, "The cluster prior"). A ramp never scored never wins."""
    worst = {ramp: worst_entry(scores, bar, ramp) for ramp in PRIOR_RAMPS}
    top = max(PRIOR_RAMPS, key=lambda ramp: worst[ramp][0])
    floor = worst[top][0] - standard_error(worst[top][1])
    return next(ramp for ramp in PRIOR_RAMPS if worst[ramp][0] >= floor)


def worst_entry(
    scores: Scores, bar: Bar, ramp: float, target: float = CLUSTER_TARGET
) -> tuple[float, list[float]]:
    """`ramp`'s lowest margin and the item scores of the (shape, protocol, metric) giving it;
    R-2 must clear the bar by `target` (the clusters' +1; bench/lead_blend.py passes 0)."""
    worst: tuple[float, list[float]] = (-np.inf, [])
    for (r, shape, protocol), rows in scores.items():
        means = mean_scores(rows) if r == ramp else {}
        for m, value in means.items():
            need = target if m == "rouge2" else 0.0
            margin = value - bar[shape, protocol][m] - need
            if margin < worst[0] or not worst[1]:
                worst = (margin, [row[m] for row in rows])
    return worst


def standard_error(values: Sequence[float]) -> float:
    """The standard error of the mean of `values` (0 for fewer than two)."""
    if len(values) < 2:
        return 0.0
    return float(np.std(values, ddof=1) / np.sqrt(len(values)))


def summary(item: Example, model: Ranker, fill: bool) -> list[str]:
    """Ours on one training cluster, as bench/quality.py's rows give it (rank.select_summary)."""
    budget = Budget(None, item.budget, fill=fill)
    sentences: Sequence[Sentence] = item.product.sentences
    if holds_everything(sentences, budget):
        chosen = reading_order(sentences, range(len(sentences)), antecedents(sentences))
        return [sentences[i].text for i in chosen]
    return [s.text for s in choose(item.product_input, item.product, budget, model)]
