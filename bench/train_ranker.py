"""Fit the learned ranker (summarize/data/ranker.json) on the development collections.

    make train      # .venv/bin/python -m bench.train_ranker: the shipped model, one per fold, one per left-out collection

Two linear models, each standardised features and ridge regression (scikit-learn, alpha 1), on
the product's own stages (clusters -> sentences -> dedup, repeats kept aside -> features):
1. sentences (summarize.ranking.features.FEATURES): label = the share of a sentence's bigrams
   that occur in a human summary (bigram precision, mean over the references);
2. concepts (summarize.ranking.concepts.CONCEPT_FEATURES, three of which read model 1's
   scores): label = the share of the references that contain the bigram.
The product covers the most predicted concept weight within the budget, the prior blended in on
clusters with a ramp each model chooses on its own training items (bench/prior_ramp.py), and on
one article with what lead-k quotes, by a blend chosen the same way (bench/lead_blend.py). The
training shapes, ViMs clusters (150), VMDS clusters (100), VietNews bodies (1,000) and VMDS
bodies (each VMDS article's body against its own lead, 314), weigh the same in each fit, so one
model learns every shape; the VMDS bodies give the model that never saw VietNews a body without
its lead to learn from (bench/README.md, "Bodies join the fit"). One article is weighed by two
models fitted the same way with one more shape, the articles as published (each ViMs article
alone, against its cluster's references), so that the weights, not only the lead blend, learn
an opening that sums up its article, when the model's own nested data shows they carry to
articles as published it was not fitted on (bench/published_fit.py); a cluster keeps the two
fitted without them (bench/README.md, "One article, nineteenth stop"). For validation
bench/ranker_folds/ gets, per fold, both models fitted without that fold, and per collection both
models fitted on the other collections only (bench/folds.py); bench/quality.py scores with them
and never fits. What lost is in bench/README.md.
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cache
from typing import Any

import numpy as np

from bench.corpora import COLLECTIONS, ROOT
from bench.folds import MODELS, K, fold_model, fold_of, loco_model
from bench.lead_blend import best_blend, blend_scores, lone_examples
from bench.prior_ramp import by_collection, by_fold, choose_ramp, peer_bar
from bench.published_fit import keeps_articles
from bench.rouge import budget_of
from bench.shapes import SHAPES
from summarize.batch.clusters import RowError, cluster_candidates
from summarize.models import Sentence
from summarize.ranking.concepts import CONCEPT_FEATURES
from summarize.ranking.features import FEATURES, Concepts
from summarize.ranking.learned import LearnedInput, concept_rows, learned_input
from summarize.ranking.select import Candidates
from summarize.ranking.terms import article_ids
from summarize.ranking.weights import LinearModel, Ranker
from summarize.text.words import syllables

#: The shapes the ranker learns from: each collection as its summaries were written from, and
#: VMDS bodies against their own lead (a body without its lead outside VietNews).
TRAINING = ("vims-clusters", "vmds-clusters", "vietnews-body", "vmds-body")
#: Each ViMs article alone, a training shape of its own for the models that weigh one article,
#: against its cluster's references (read from the one-article items the blend is chosen on).
#: ViMs clusters hold the articles as published, so their references were written from the
#: very text the model reads. VMDS clusters hold the bodies, not the leads: a VMDS article with
#: its lead put back scores its lead below the body's first sentence (label 0.39 against 0.47;
#: 0.45 against 0.39 on ViMs) and taught the model to skip a published opening (bench/README.md,
#: "One article, eighteenth stop").
AS_PUBLISHED = {"vims": "vims-article"}
PUBLISHED_AT_80 = ("vims-article-80",)
SHIPPED = ROOT / "summarize" / "data" / "ranker.json"
ALPHA = 1.0  # ridge penalty on standardised features; not tuned (1 and 10 gave the same CV)


@dataclass
class Example:
    """One cluster (or article) as the product sees it, with its references' bigrams; and, to
    choose the prior's ramp, as bench/quality.py summarises it (`product`, with its input)."""

    corpus: str
    shape: str
    id: str
    pool: list[Sentence]
    titles: list[str]
    rows: np.ndarray
    concepts: Concepts
    labels: np.ndarray
    references: list[set[tuple[str, str]]]
    refs: list[str]
    budget: int
    articles: int
    product: Candidates
    product_input: LearnedInput


def bigrams(text: str) -> Counter[tuple[str, str]]:
    return Counter(itertools.pairwise(syllables(text)))


def labels(sentences: list[Any], references: list[str]) -> np.ndarray:
    """Bigram precision of each sentence against each reference, averaged over references."""
    refs = [bigrams(r) for r in references]
    out = []
    for sentence in sentences:
        own = bigrams(sentence.text)
        total = max(1, sum(own.values()))
        out.append(np.mean([sum((own & r).values()) / total for r in refs]))
    return np.array(out)


def example(corpus: str, shape: str, row: dict[str, Any]) -> Example:
    """The product's own sentences, repeats and sentence features for one cluster."""
    candidates = cluster_candidates(row["documents"])
    given = learned_input(candidates)
    pool, refs = given.pool, row["summaries"]
    # What summarize_cluster ranks: the same, without empty titles (pipeline.summarize_sentences).
    product = replace(candidates, titles=tuple(t for t in candidates.titles if t))
    product_input = given if product == candidates else learned_input(product)
    return Example(
        corpus, shape, row["id"], pool, list(candidates.titles), given.rows, given.concepts,
        labels(pool, refs), [set(bigrams(r)) for r in refs], list(refs), budget_of(row),
        int(article_ids(pool).max()) + 1, product, product_input,
    )  # fmt: skip


def concept_examples(item: Example, sentences: LinearModel) -> tuple[np.ndarray, np.ndarray]:
    """The concept model's rows for one cluster (reading `sentences`' scores) and labels."""
    scores = sentences.predict(item.rows)
    _, table = concept_rows(item.pool, item.rows, item.concepts, scores, item.titles)
    size = max(1, len(item.concepts.vocabulary))
    words = item.concepts.vocabulary
    keys = [(words[c // size], words[c % size]) for c in np.unique(item.concepts.codes).tolist()]
    share = [sum(k in r for r in item.references) / len(item.references) for k in keys]
    return table, np.array(share)


def examples() -> list[Example]:
    out = []
    for name in TRAINING:
        shape = SHAPES[name]
        for item in shape.items():
            try:
                out.append(example(shape.collection.name, name, item))
            except RowError:  # no text once cleaned (two VMDS bodies): nothing to learn from
                continue
    return out


def fit_linear(
    parts: list[tuple[str, np.ndarray, np.ndarray]], features: tuple[str, ...]
) -> LinearModel:
    """Standardise, then ridge with each training shape weighing the same in total."""
    from sklearn.linear_model import Ridge
    from sklearn.preprocessing import StandardScaler

    rows = np.vstack([x for _, x, _ in parts])
    target = np.concatenate([y for _, _, y in parts])
    per_shape: Counter[str] = Counter()
    for shape, x, _ in parts:
        per_shape[shape] += len(x)
    weights = np.concatenate([np.full(len(x), 1.0 / per_shape[s]) for s, x, _ in parts])
    scaler = StandardScaler().fit(rows)
    scale = np.where(scaler.scale_ > 0, scaler.scale_, 1.0)
    ridge = Ridge(alpha=ALPHA).fit((rows - scaler.mean_) / scale, target, weights / weights.mean())
    return LinearModel(
        features, scaler.mean_, scale, np.asarray(ridge.coef_), float(ridge.intercept_)
    )


def fit(items: list[Example]) -> Ranker:
    """The sentence model, then the concept model on its scores, fitted on the items but the
    articles as published; and, when there are some, the two fitted on every item, which weigh
    one article (Ranker.one_article)."""
    apart = [i for i in items if i.shape not in AS_PUBLISHED.values()]
    ranker = Ranker(*fit_pair(apart))
    if len(apart) == len(items):
        return ranker
    return replace(ranker, one_article=fit_pair(items))


def fit_pair(items: list[Example]) -> tuple[LinearModel, LinearModel]:
    sentences = fit_linear([(i.shape, i.rows, i.labels) for i in items], FEATURES)
    concepts = [(i.shape, *concept_examples(i, sentences)) for i in items]
    return sentences, fit_linear(concepts, CONCEPT_FEATURES)


def as_published(lone: list[Example]) -> list[Example]:
    """Each article as published once (lead_blend.lone_examples builds it at 40 and 80
    syllables; its labels do not depend on the budget), as a training shape of its own."""
    return [replace(i, shape=AS_PUBLISHED[i.corpus]) for i in lone if i.shape in PUBLISHED_AT_80]


def fitter(items: list[Example]) -> Callable[[list[Example]], Ranker]:
    """`fit`, remembering each set of items it was given (the nested choices share fits)."""
    position = {id(item): n for n, item in enumerate(items)}

    @cache
    def on(chosen: frozenset[int]) -> Ranker:
        return fit([items[n] for n in sorted(chosen)])

    return lambda subset: on(frozenset(position[id(i)] for i in subset))


def fit_with_ramp(
    items: list[Example],
    fit_on: Callable[[list[Example]], Ranker],
    part: Callable[[Example], str],
    lone: list[Example],
) -> Ranker:
    """Both models fitted on `items`, and the prior's ramp and the lead blend chosen on `items`
    (and `lone`, the one-article items of the same collections and folds) only, split into
    `part`s the way the model is validated (bench/prior_ramp.py, bench/lead_blend.py); with the
    pair that weighs one article fitted on the articles as published too, or not, whichever the
    same nested scores say carries to articles as published (bench/published_fit.py)."""
    ramp = choose_ramp(items, fit_on, peer_bar(TRAINING[:2]), part)
    with_ = blend_scores(items, lone, fit_on, part)
    without = blend_scores(items, lone, lambda subset: without_articles(fit_on(subset)), part)
    blends = best_blend(*without), best_blend(*with_)
    keep = keeps_articles((without[0], blends[0]), (with_[0], blends[1]), with_[1])
    model = fit_on(items) if keep else without_articles(fit_on(items))
    print(
        f"  {len(items)} items: prior ramp {ramp}, lead blend {blends[keep]} "
        f"(without / with the articles as published: {blends[0]} / {blends[1]}; "
        f"{'with' if keep else 'without'} kept)",
        flush=True,
    )
    return replace(model, prior_ramp=ramp, lead_blend=blends[keep])


def without_articles(model: Ranker) -> Ranker:
    """The model whose cluster pair weighs one article too (fitted without the articles)."""
    return replace(model, one_article=None)


def main() -> None:
    lone = lone_examples(example)
    items = examples() + as_published(lone)
    fit_on = fitter(items)
    SHIPPED.write_text(
        fit_with_ramp(items, fit_on, by_collection, lone).to_json() + "\n", encoding="utf-8"
    )
    print(f"wrote {SHIPPED.relative_to(ROOT)} from {len(items)} clusters/articles")
    MODELS.mkdir(parents=True, exist_ok=True)
    for fold in range(K):
        outside = [i for i in lone if fold_of(i.id) != fold]
        model = fit_with_ramp([i for i in items if fold_of(i.id) != fold], fit_on, by_fold, outside)
        fold_model(fold).write_text(model.to_json() + "\n", "utf-8")
    for name in COLLECTIONS:
        others = [i for i in lone if i.corpus != name]
        model = fit_with_ramp([i for i in items if i.corpus != name], fit_on, by_collection, others)
        loco_model(name).write_text(model.to_json() + "\n", "utf-8")
    print(
        f"wrote {K} fold models and {len(COLLECTIONS)} left-out-collection models to {MODELS.relative_to(ROOT)}"
    )


if __name__ == "__main__":
    main()
