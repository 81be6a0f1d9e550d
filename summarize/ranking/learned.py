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
from dataclasses import dataclass, replace

import numpy as np

from ..models import Budget, Dropped, Sentence
from .concepts import (
    Selection,
    SentenceFacts,
    concept_features,
    cover,
    lead_rounds,
    quoted_lead_share,
    with_lead,
    with_prior,
)
from .features import FEATURES, Concepts, concepts_of, kept_by_cut, sentence_features
from .packing import openings, pack
from .select import Candidates, only_sentence, reading_order, standing
from .standalone import leans_back, opens_quote
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
    given: LearnedInput,
    candidates: Candidates,
    budget: Budget,
    model: Ranker,
    weighed: Weighed | None = None,
) -> tuple[Sentence, ...]:
    """The summary of `candidates` from what both models read (`given`, learned_input's): apart
    from summarize so that bench/train_ranker.py can try the prior's ramps and the lead blends
    on one input (`weighed`: `weigh`'s, read once for every budget, ramp and blend)."""
    pool, group, rows, concepts = given.pool, given.group, given.rows, given.concepts
    weighed = weighed or weigh(given, candidates, model)
    length = rows[:, _COLUMN["syllables"]].astype(np.int64)  # = select.sizes(pool)
    weights = _blended(given, weighed, length, budget, model)
    needs, readable = standing(pool, rows[:, _COLUMN["dangling_opener"]] > 0)
    # A repeat is evidence; it stands in for its sentence only where the caller allows it.
    quotable = (group == np.arange(len(pool))) | candidates.quote_repeats
    quotable &= readable
    scores = weighed.scores
    lone = bool((rows[:, _COLUMN["articles"]] == 1).all())  # one article
    limit = Selection(budget, needs, group, scores, quotable, fills=lone)
    # One article cut to a filling budget (bench's cut protocol): its last sentence is valued
    # for what the cut keeps of it.
    ends = _kept_by_cut(pool, concepts) if budget.fill and lone else None
    if lone:
        chosen = cover(concepts.rows, weighed.concept, weights, length, limit, ends)
    else:
        chosen = _cover_cluster(given, weighed.concept, weights, length, limit)
    if not chosen:  # nothing adds weight: the best-scored sentence that fits
        chosen = [only_sentence(np.where(quotable, scores, -np.inf), length, needs, budget)]
    return tuple(pool[i] for i in reading_order(pool, chosen, needs))


def _cover_cluster(
    given: LearnedInput,
    concept: np.ndarray,
    weights: np.ndarray,
    length: np.ndarray,
    limit: Selection,
) -> list[int]:
    """A cluster's choice under a syllable budget: the greedy cover over the whole budget, of
    which the openings lead-rr quotes stay, the rest of the cap packed anew (packing.pack: the
    references copy openings, and past them the greedy packs loosely; bench/README.md, "Packing
    the rest"). A budget that fills (bench's cut protocol) stops there too: the packing leaves a
    syllable or two, and a sentence crossing the cap would have the cut fall on the summary's
    last sentence in reading order, a packed one (bench/README.md, "No crossing sentence")."""
    rows, budget = given.concepts.rows, limit.budget
    if budget.syllables is None or budget.sentences is not None:
        return cover(rows, concept, weights, length, limit)
    whole = replace(limit, budget=Budget(None, budget.syllables))
    greedy = cover(rows, concept, weights, length, whole)
    part = lead_rounds(given.rows[:, _COLUMN["position"]], length, budget)
    fixed = openings(greedy, part, limit.needs)
    rest = [j for j in greedy if j not in fixed]
    return pack(rows, concept, weights, length, whole, fixed, rest)


def _kept_by_cut(pool: Sequence[Sentence], concepts: Concepts) -> np.ndarray:
    """features.kept_by_cut, except that the cut keeps nothing of a sentence that opens a
    quotation (standalone.opens_quote): it would drop the speaker, who follows the quote, and
    leave a quote without its speaker (issue 21 item 5; bench/README.md, "One article, twelfth
    stop"). Such a sentence may still join where it fits whole."""
    ends = kept_by_cut(pool, concepts)
    quoting = np.array([opens_quote(s.text) for s in pool], dtype=bool)
    return np.where(quoting[concepts.rows], np.iinfo(np.int64).max, ends)


@dataclass(frozen=True, slots=True)
class Weighed:
    """What the models say of one input, whatever the budget: each sentence's score, each
    (sentence, concept) pair's concept, the concept model's rows and its weights."""

    scores: np.ndarray
    concept: np.ndarray
    table: np.ndarray
    weights: np.ndarray


def weigh(given: LearnedInput, candidates: Candidates, model: Ranker) -> Weighed:
    """Score the sentences, then the concepts (the learned weights, before any blend), with the
    models that weigh this many articles (Ranker.weighing)."""
    sentences, concepts = model.weighing(_articles(given.rows))
    scores = sentences.predict(given.rows)
    concept, table = concept_rows(given.pool, given.rows, given.concepts, scores, candidates.titles)
    weights = concepts.predict(table) if len(table) else np.zeros(0)
    return Weighed(scores, concept, table, weights)


def _articles(rows: np.ndarray) -> int:
    """How many articles the input holds (the sentence rows' `articles` column)."""
    return int(rows[:, _COLUMN["articles"]].max()) if len(rows) else 0


def _blended(
    given: LearnedInput, weighed: Weighed, length: np.ndarray, budget: Budget, model: Ranker
) -> np.ndarray:
    """The concept model's weights blended with what the lead peers quote at this budget
    (concepts.lead_rounds): on a cluster through the prior (concepts.with_prior), on one
    article through the model's lead blend (concepts.with_lead)."""
    weights, table = weighed.weights, weighed.table
    article = article_ids(given.pool)
    articles = int(article.max()) + 1
    if not len(table) or (articles < 2 and not model.lead_blend):
        return weights
    part = lead_rounds(given.rows[:, _COLUMN["position"]], length, budget)
    lead = quoted_lead_share(given.concepts.rows, weighed.concept, len(table), article, part)
    if articles < 2:
        return with_lead(weights, lead, model.lead_blend)
    return with_prior(weights, table, articles, model.prior_ramp, lead)


def rate(
    sentences: Sequence[Sentence], titles: Sequence[str], model: Ranker | None = None
) -> np.ndarray:
    """The sentence model's score of each sentence (no repeats, no concepts)."""
    group = np.arange(len(sentences))
    rows, _ = learned_features(sentences, group, titled_matrix(sentences, titles))
    sentences_model, _ = (model or packaged_model()).weighing(_articles(rows))
    scores: np.ndarray = sentences_model.predict(rows)
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
