"""A model weighs one article with the pair fitted on the articles as published only when its
own nested scores show they lift articles as published it was not fitted on
(bench/published_fit.py); bodies choose each candidate's blend, not the candidate."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bench import train_ranker
from bench.published_fit import keeps_articles
from bench.train_ranker import fit_with_ramp
from summarize.ranking.weights import packaged_model
from tests.test_bench_ramp import figures

BAR = {
    (shape, p): {"rouge1": 30.0, "rouge2": 15.0, "rougeL": 20.0}
    for shape in ("vmds-article-80", "vims-article-80", "vietnews-body")
    for p in ("cut", "whole")
}


def nested(blend: float, article: tuple[float, ...], body: tuple[float, ...]):  # type: ignore[no-untyped-def]
    """One candidate's nested scores at its blend: a VMDS article and a VietNews body."""
    return {
        (blend, "vmds-article-80", "cut"): figures(*article),
        (blend, "vietnews-body", "cut"): figures(*body),
    }


def test_the_articles_stay_where_they_lift_an_article_the_fit_never_saw() -> None:
    # The VietNews-out model: VMDS articles, summarised by a model fitted on ViMs clusters with
    # or without ViMs articles; without them, 0.2 R-1 short of the lead at its blend.
    without = nested(0.1, (29.8, 15.1, 21.0), (31.0, 16.0, 21.0))
    with_ = nested(0.05, (30.5, 15.8, 21.5), (31.0, 16.0, 21.0))
    assert keeps_articles((without, 0.1), (with_, 0.05), BAR)
    assert not keeps_articles((with_, 0.05), (without, 0.1), BAR)
    # Both above the peer: the higher lowest margin decides.
    without = nested(0.1, (30.2, 15.1, 21.0), (31.0, 16.0, 21.0))
    assert keeps_articles((without, 0.1), (with_, 0.05), BAR)


def test_a_tie_keeps_the_model_without_them_and_bodies_do_not_choose() -> None:
    # The VMDS-out model: its only articles as published are ViMs ones, summarised by a model
    # fitted without ViMs, so both candidates score them alike; the articles lift VietNews
    # bodies, which already chose each candidate's blend.
    without = nested(0.05, (30.5, 15.8, 21.5), (29.0, 14.0, 19.0))
    with_ = nested(0.05, (30.5, 15.8, 21.5), (31.0, 16.0, 21.0))
    assert not keeps_articles((without, 0.05), (with_, 0.05), BAR)
    # No article entry at all (no candidate could be judged): without.
    bodies = {k: v for k, v in with_.items() if k[1] == "vietnews-body"}
    assert not keeps_articles((bodies, 0.05), (bodies, 0.05), BAR)


@pytest.mark.parametrize("lifts", [True, False])
def test_the_model_written_carries_the_articles_pair_only_when_they_lift_articles(
    monkeypatch: pytest.MonkeyPatch, lifts: bool
) -> None:
    shipped = packaged_model()
    fitted = replace(shipped, one_article=(shipped.sentences, shipped.concepts))
    without = nested(0.1, (29.8, 15.1, 21.0), (31.0, 16.0, 21.0))
    with_ = nested(0.05, (30.5, 15.8, 21.5) if lifts else (29.8, 15.1, 21.0), (31.0, 16.0, 21.0))

    def blend_scores(items, lone, fit, part):  # type: ignore[no-untyped-def]
        scores = with_ if fit(items).one_article is not None else without
        return scores, BAR

    monkeypatch.setattr(train_ranker, "choose_ramp", lambda *args: 0.0)
    monkeypatch.setattr(train_ranker, "blend_scores", blend_scores)
    model = fit_with_ramp([], lambda subset: fitted, str, [])  # type: ignore[arg-type]
    assert (model.one_article is not None) is lifts
    assert model.lead_blend == (0.05 if lifts else 0.1)
