"""One article's lead blend is chosen for each model on the one-article items of its own
training collections only (bench/lead_blend.py), by the worst entry, never the mean."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest

from bench import lead_blend
from bench.folds import fold_of
from bench.lead_blend import LEAD_BLENDS
from summarize.ranking.weights import packaged_model
from tests.test_bench_ramp import figures

SHAPES = ("vims-article-80", "vietnews-body")
BAR = {
    (shape, p): {"rouge1": 30.0, "rouge2": 15.0, "rougeL": 20.0}
    for shape in SHAPES
    for p in ("cut", "whole")
}


def test_the_blend_with_the_best_worst_shape_wins_not_the_best_mean() -> None:
    none, some = LEAD_BLENDS[0], LEAD_BLENDS[2]
    scores = {
        # no blend: bodies far above the bar, articles under it; some: both a little above
        (none, "vims-article-80", "cut"): figures(29.0, 14.5, 19.5),
        (none, "vietnews-body", "cut"): figures(36.0, 20.0, 26.0),
        (some, "vims-article-80", "cut"): figures(30.5, 15.2, 20.1),
        (some, "vietnews-body", "cut"): figures(30.2, 15.1, 20.3),
    }
    assert lead_blend.best_blend(scores, BAR) == some
    scores[none, "vims-article-80", "cut"] = figures(31.0, 15.5, 20.5)
    assert lead_blend.best_blend(scores, BAR) == none


def test_an_entry_no_blend_lifts_to_its_peer_asks_only_for_its_own_best() -> None:
    # The model that never saw VMDS (lone, twelfth stop): VietNews bodies stay under the bar at
    # every blend and fall 0.1 per step; articles are under it with no blend and over it with
    # the first. The worst margin (bodies, every time) would pick no blend and leave articles
    # 0.4 short; asked for their own best, the bodies are 0.1 short with the first blend.
    none, first = LEAD_BLENDS[0], LEAD_BLENDS[1]
    scores = {
        (none, "vims-article-80", "cut"): figures(30.2, 14.6, 20.1),
        (none, "vietnews-body", "whole"): figures(29.0, 15.1, 20.1),
        (first, "vims-article-80", "cut"): figures(30.3, 15.1, 20.2),
        (first, "vietnews-body", "whole"): figures(28.9, 15.1, 20.1),
    }
    assert lead_blend.worst_entry(scores, BAR, none, target=0.0)[0] == -1.0
    assert lead_blend.worst_entry(scores, BAR, first, target=0.0)[0] == pytest.approx(-1.1)
    assert lead_blend.shortfall(scores, BAR, none) == pytest.approx(0.4)
    assert lead_blend.shortfall(scores, BAR, first) == pytest.approx(0.1)
    assert lead_blend.best_blend(scores, BAR) == first
    # Articles short at the first blend too: the bodies' best decides again.
    scores[first, "vims-article-80", "cut"] = figures(30.3, 14.5, 20.2)
    assert lead_blend.best_blend(scores, BAR) == none


def test_ties_and_no_article_at_all_give_no_blend() -> None:
    same = {(b, "vietnews-body", "whole"): figures(31.0, 16.0, 21.0) for b in LEAD_BLENDS}
    assert lead_blend.best_blend(same, BAR) == 0.0
    assert lead_blend.best_blend({}, BAR) == 0.0


@dataclass
class Item:
    id: str
    shape: str
    corpus: str
    refs: tuple[str, ...] = ("tham chiếu",)
    budget: int = 10
    product_input: object = field(default_factory=object)  # what learned.weigh reads


def test_each_part_of_the_articles_is_summarised_by_a_model_fitted_without_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    items = [Item(f"c{n}", "vims-clusters", "vims") for n in range(8)]
    items += [Item(f"a{n}", "vietnews-body", "vietnews") for n in range(6)]
    lone = [Item(f"c{n}", "vims-article-80", "vims") for n in range(8)]
    fitted: list[set[str]] = []
    summarised: list[tuple[str, str, set[str], float]] = []

    def fit(subset):  # type: ignore[no-untyped-def]
        assert all(i in items for i in subset), "a fit saw an item outside its training set"
        fitted.append({i.id for i in subset})
        return packaged_model()

    def summary(item, model, fill, weighed):  # type: ignore[no-untyped-def]
        assert weighed == ("weighed by", len(fitted))  # by the model fitted last, once per item
        summarised.append((item.id, item.shape, fitted[-1], model.lead_blend))
        return ["tham chiếu"]

    monkeypatch.setattr(lead_blend, "summary", summary)
    monkeypatch.setattr(lead_blend, "weigh_once", lambda item, model: ("weighed by", len(fitted)))
    monkeypatch.setattr(
        lead_blend,
        "peer_bar",
        lambda shapes: (
            {k: v for k, v in BAR.items()}
            | {(s, p): BAR["vietnews-body", p] for s in shapes for p in ("cut", "whole")}
        ),
    )
    by_collection = lambda i: i.corpus  # noqa: E731
    assert lead_blend.choose_blend(items, lone, fit, by_collection) in LEAD_BLENDS  # type: ignore[arg-type]
    # the articles and the training bodies, never the clusters; each with every blend, twice
    assert {(n, s) for n, s, _, _ in summarised} == {(i.id, i.shape) for i in lone} | {
        (i.id, i.shape) for i in items if i.shape == "vietnews-body"
    }
    assert {b for *_, b in summarised} == set(LEAD_BLENDS)
    assert len(summarised) == (len(lone) + 6) * len(LEAD_BLENDS) * 2
    for _, shape, training, _ in summarised:
        corpus = "vims" if shape.startswith("vims") else "vietnews"
        assert training and all(by_collection(i) != corpus for i in items if i.id in training)
    # split by fold (a fold's model): each fold's articles by a model fitted without that fold
    summarised.clear()
    lead_blend.choose_blend(items, lone, fit, lambda i: str(fold_of(i.id)))  # type: ignore[arg-type]
    for name, _, training, _ in summarised:
        assert fold_of(name) not in {fold_of(t) for t in training}
