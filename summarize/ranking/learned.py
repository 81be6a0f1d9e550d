"""The learned ranker (the default): score sentences, then the concepts (bigrams) they hold, and
cover the most concept weight within the budget (concepts.py).

It also reads the repeats dedup set aside, since a statement several articles repeat is news,
and may take the repeat that fits best (one of each group at most). The weights are two linear
models (weights.py) fitted by bench/train_ranker.py on `learned_features` and `concept_rows`,
the very functions used here, so training and use cannot drift apart. A lone article ranks with
numpy only, and so does a cluster (scipy.sparse joins past terms.DENSE_ROWS sentences).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from ..models import Budget, Dropped, Sentence
from .concepts import (
    Selection,
    SentenceFacts,
    concept_features,
    cover,
    lead_rounds,
    quoted_lead_share,
    with_prior,
)
from .features import FEATURES, Concepts, concepts_of, sentence_features
from .select import Candidates, only_sentence, reading_order, sizes, standing
from .standalone import leans_back
from .terms import TermMatrix, article_ids, titled_matrix
from .weights import Ranker, packaged_model

_COLUMN = {name: n for n, name in enumerate(FEATURES)}


def summarize(
    candidates: Candidates, budget: Budget, model: Ranker | None = None
) -> tuple[Sentence, ...]:
    """Score sentences, then concepts; cover the most concept weight within the budget.

    `model` replaces the packaged weights (cross-validation in bench/).
    """
    return choose(learned_input(candidates), candidates, budget, model or packaged_model())


def choose(
    given: LearnedInput, candidates: Candidates, budget: Budget, model: Ranker
) -> tuple[Sentence, ...]:
    """The summary of `candidates` from what both models read (`given`, learned_input's): apart
    from summarize so that bench/train_ranker.py can try the prior's ramps on one input."""
    pool, group, rows, concepts = given.pool, given.group, given.rows, given.concepts
    scores = model.sentences.predict(rows)
    concept, table = concept_rows(pool, rows, concepts, scores, candidates.titles)
    weights = _blended(given, concept, table, budget, model)
    needs, readable = standing(pool, rows[:, _COLUMN["dangling_opener"]] > 0)
    length = sizes(pool)
    # A repeat is evidence; it stands in for its sentence only where the caller allows it.
    quotable = (group == np.arange(len(pool))) | candidates.quote_repeats
    quotable &= readable
    limit = Selection(budget, needs=needs, group=group, scores=scores, quotable=quotable)
    chosen = cover(concepts.rows, concept, weights, length, limit)
    if not chosen:  # nothing adds weight: the best-scored sentence that fits
        chosen = [only_sentence(np.where(quotable, scores, -np.inf), length, needs, budget)]
    return tuple(pool[i] for i in reading_order(pool, chosen, needs))


def _blended(
    given: LearnedInput, concept: np.ndarray, table: np.ndarray, budget: Budget, model: Ranker
) -> np.ndarray:
    """The concept model's weights; on a cluster blended with the prior (concepts.with_prior),
    whose lead half is what lead-rr quotes at this budget (concepts.lead_rounds)."""
    weights = model.concepts.predict(table) if len(table) else np.zeros(0)
    article = article_ids(given.pool)
    articles = int(article.max()) + 1
    if articles < 2 or not len(table):
        return weights
    part = lead_rounds(given.rows[:, _COLUMN["position"]], sizes(given.pool), budget)
    lead = quoted_lead_share(given.concepts.rows, concept, len(table), article, part)
    return with_prior(weights, table, articles, model.prior_ramp, lead)


def rate(
    sentences: Sequence[Sentence], titles: Sequence[str], model: Ranker | None = None
) -> np.ndarray:
    """The sentence model's score of each sentence (no repeats, no concepts)."""
    group = np.arange(len(sentences))
    rows, _ = learned_features(sentences, group, titled_matrix(sentences, titles))
    scores: np.ndarray = (model or packaged_model()).sentences.predict(rows)
    return scores


@dataclass(frozen=True, slots=True)
class LearnedInput:
    """What both models read: the sentences with their repeats (`pool`), each one's group of
    repeats, the sentence model's feature rows and the concepts. bench/train_ranker.py fits on
    these, so training and use read the same."""

    pool: list[Sentence]
    group: np.ndarray
    rows: np.ndarray
    concepts: Concepts


def learned_input(candidates: Candidates) -> LearnedInput:
    """The sentences and their repeats as both models read them."""
    pool, group = with_repeats(candidates.sentences, candidates.repeats)
    rows, concepts = learned_features(pool, group, titled_matrix(pool, candidates.titles))
    return LearnedInput(pool, group, rows, concepts)


def with_repeats(
    sentences: Sequence[Sentence], repeats: Sequence[Dropped]
) -> tuple[list[Sentence], np.ndarray]:
    """The sentences and the repeats of them, in document order, and each one's group (the
    position of the sentence it repeats; its own for the sentences)."""
    known = set(sentences)
    extra = [d for d in repeats if d.duplicate_of in known and d.sentence not in known]
    if not extra:
        return list(sentences), np.arange(len(sentences))
    article = {a: n for n, a in enumerate(dict.fromkeys(s.article for s in sentences))}
    pool = sorted(
        dict.fromkeys([*sentences, *(d.sentence for d in extra)]),
        key=lambda s: (article.get(s.article, len(article)), s.index),
    )
    position = {s: i for i, s in enumerate(pool)}
    group = np.arange(len(pool))
    for d in extra:
        group[position[d.sentence]] = position[d.duplicate_of]
    return pool, group


def learned_features(
    sentences: Sequence[Sentence], group: np.ndarray, both: TermMatrix
) -> tuple[np.ndarray, Concepts]:
    """The rows the sentence model scores, and the concepts; bench/train_ranker.py fits on these."""
    openers = np.array([leans_back(s.text) for s in sentences], dtype=bool)
    concepts = concepts_of(sentences)
    return sentence_features(sentences, both, openers, group, concepts), concepts


def concept_rows(
    sentences: Sequence[Sentence],
    rows: np.ndarray,
    concepts: Concepts,
    scores: np.ndarray,
    titles: Sequence[str],
) -> tuple[np.ndarray, np.ndarray]:
    """Each (sentence, concept) pair's concept, and the rows the concept model scores."""
    facts = SentenceFacts(
        article=article_ids(sentences),
        position=rows[:, _COLUMN["position"]],
        relative_position=rows[:, _COLUMN["relative_position"]],
        centrality=rows[:, _COLUMN["centrality"]],
        length=rows[:, _COLUMN["syllables"]],
        score=scores,
        first_prose=rows[:, _COLUMN["first_prose"]],
    )
    return concept_features(concepts, facts, titles)
