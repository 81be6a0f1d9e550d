"""Concepts (content syllable bigrams): their features, learned weights, and budgeted coverage.

The learned ranker's second stage. A summary is scored by the human summaries' bigrams it
contains, each counted once, so a good summary *covers* many likely bigrams rather than repeating
one likely sentence (Gillick and Favre 2009 weight a bigram by how many articles contain it; Li,
Qian and Liu 2013 learn the weight instead). Each concept gets the features below; a linear model
(bench/train_ranker.py) predicts the share of human summaries that contain it; the summary then
takes, greedily, the sentence that adds the most not yet covered weight per syllable**0.5
(Lin and Bilmes 2010's scaled cost: plain per-syllable gain favours fragments).
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from ..models import Budget
from ..text.words import syllable_tuple
from .features import Concepts, concept_floor
from .select import fits, ready
from .terms import holders, members, stop_flags

CONCEPT_FEATURES: tuple[str, ...] = (
    "article_share", "articles", "log_articles", "single_article", "sentences", "sentence_share",
    "first_position", "mean_position", "first_relative_position", "first_article_order",
    "in_title", "stop_syllables", "has_number", "best_sentence_score", "mean_sentence_score",
    "first_sentence_score", "best_centrality", "shortest_sentence", "in_a_lead",
    "lead_article_share", "in_a_prose_lead", "prose_lead_article_share",
)  # fmt: skip
# Chosen on bench/train_ranker.py's cross-validation (5 folds, both corpora; the nested choice
# per fold is in bench/README.md): concepts predicted below MIN_WEIGHT are noise, and the gain of
# a sentence is divided by its length**COST_EXPONENT (1 favours fragments, 0 long sentences).
# On a cluster (ramp 0: the weight is the prior) MIN_WEIGHT also cuts the prior, whose values are
# multiples of 1 / (2 x articles): a concept only one article's quoted lead holds weighs 0.5 / n,
# exactly MIN_WEIGHT at five articles, so it counts there and not from six on. Measured (ninth
# stop, bench/README.md "What lost"): counting it strictly (> MIN_WEIGHT) moves ViMs clusters by
# noise (+0.20 R-2 cut, standard error 0.36), so the tie stays as it is.
MIN_WEIGHT = 0.1
COST_EXPONENT = 0.5
# One article held to whole sentences is covered from each sentence that may open it (cover's
# `_seeded`); past this many such sentences, from the ones worth most alone (a bound on time).
MAX_SEEDS = 100
# On a cluster the learned weight is blended with a prior that needs no fitting, whose share
# grows with the articles (1 - ramp / articles: 0.63 for two, 0.93 for ten with a ramp of 0.75),
# since how many articles repeat a bigram says more the more articles there are. Fitted on VMDS
# clusters (2-5 articles) and VietNews bodies, the learned weight alone scored ViMs clusters
# (5-10) 5.2 R-2 below the ILP peer, whose weight is the prior's first half. Each model file
# carries its own ramp (weights.Ranker.prior_ramp), chosen by bench/train_ranker.py from
# PRIOR_RAMPS on the items that model was fitted on only (bench/README.md, "The cluster prior");
# PRIOR_RAMP is the value of model files written before that. One article keeps the learned weight.
# Ramp 0 is the prior alone. The choice keeps the smallest ramp within one standard error of the
# best (bench/prior_ramp.py), and since the eighth stop every model takes 0: no ramp beat the
# prior alone by more than the noise of its nested score.
PRIOR_RAMP = 0.75
PRIOR_RAMPS = (0.0, 0.25, 0.5, 0.75, 1.0, 1.5, 2.0)
_COLUMN = {name: n for n, name in enumerate(CONCEPT_FEATURES)}


@dataclass(frozen=True, slots=True)
class SentenceFacts:
    """What the concept features read from the sentence stage, one value per sentence."""

    article: np.ndarray  # article id, 0.. in order of first appearance
    position: np.ndarray  # rank within its article (0 = lead)
    relative_position: np.ndarray
    centrality: np.ndarray
    length: np.ndarray  # syllables
    score: np.ndarray  # the sentence model's prediction
    first_prose: np.ndarray  # its article's first prose sentence (features' "first_prose")


def concept_features(
    concepts: Concepts, facts: SentenceFacts, titles: Sequence[str]
) -> tuple[np.ndarray, np.ndarray]:
    """(concept id of each (sentence, concept) pair, one CONCEPT_FEATURES row per concept)."""
    keys, inverse = concepts.kinds.keys, concepts.kinds.inverse
    if not len(keys):
        return inverse, np.zeros((0, len(CONCEPT_FEATURES)))
    columns = [
        *_spread_columns(concepts.rows, inverse, len(keys), facts),
        *_word_columns(keys, concepts.vocabulary, titles),
        *_score_columns(concepts.rows, inverse, concepts.kinds.first, facts),
        *_lead_columns(concepts.rows, inverse, len(keys), facts),
    ]
    return inverse, np.column_stack(columns)


def _spread_columns(
    rows: np.ndarray, inverse: np.ndarray, k: int, facts: SentenceFacts
) -> list[np.ndarray]:
    """How widely a concept occurs: articles, sentences, positions."""
    n = len(facts.article)
    articles = int(facts.article.max()) + 1 if n else 1
    per_article = holders(facts.article[rows], inverse, k)
    count = np.bincount(inverse, minlength=k).astype(np.float64)
    position = facts.position[rows]
    first = np.full(k, np.inf)
    np.minimum.at(first, inverse, position)
    return [
        per_article / articles,
        per_article.astype(np.float64),
        np.full(k, np.log(articles)),
        np.full(k, float(articles == 1)),
        count,
        count / max(1, n),
        first,
        np.bincount(inverse, weights=position, minlength=k) / count,
        _group_min(inverse, facts.relative_position[rows], k),
        _group_min(inverse, facts.article[rows].astype(np.float64), k) / articles,
    ]


def _lead_columns(
    rows: np.ndarray, inverse: np.ndarray, k: int, facts: SentenceFacts
) -> list[np.ndarray]:
    """Whether a lead holds the concept, and the share of articles whose lead does; then the
    same for each article's first prose sentence (a caption or a sentence that points back
    skipped: 20 of 314 VMDS bodies open with a caption)."""
    articles = int(facts.article.max()) + 1 if len(facts.article) else 1
    columns: list[np.ndarray] = []
    for lead in (facts.position[rows] == 0, facts.first_prose[rows] > 0):
        lead_articles = holders(facts.article[rows][lead], inverse[lead], k)
        in_a_lead = np.bincount(inverse, weights=lead.astype(np.float64), minlength=k) > 0
        columns += [in_a_lead.astype(np.float64), lead_articles / articles]
    return columns


def _word_columns(
    keys: np.ndarray, vocabulary: Sequence[str], titles: Sequence[str]
) -> list[np.ndarray]:
    """What the bigram is made of: in a title, stop syllables, figures."""
    size = max(1, len(vocabulary))
    first_id, second_id = keys // size, keys % size
    is_stop = stop_flags(vocabulary).astype(np.float64)
    is_number = np.fromiter(map(str.isdigit, vocabulary), dtype=bool, count=len(vocabulary))
    return [
        members(keys, _title_codes(titles, vocabulary)).astype(np.float64),
        is_stop[first_id] + is_stop[second_id],
        (is_number[first_id] | is_number[second_id]).astype(np.float64),
    ]


def _score_columns(
    rows: np.ndarray, inverse: np.ndarray, first_pair: np.ndarray, facts: SentenceFacts
) -> list[np.ndarray]:
    """What the sentence stage says of the sentences that hold the concept (`first_pair`: each
    concept's first pair, in its first sentence since pairs are sorted by sentence)."""
    k = len(first_pair)
    score = facts.score[rows]
    count = np.bincount(inverse, minlength=k).astype(np.float64)
    return [
        -_group_min(inverse, -score, k),
        np.bincount(inverse, weights=score, minlength=k) / count,
        score[first_pair],
        -_group_min(inverse, -facts.centrality[rows], k),
        _group_min(inverse, facts.length[rows], k),
    ]


def with_prior(
    learned: np.ndarray,
    table: np.ndarray,
    articles: int,
    ramp: float = PRIOR_RAMP,
    lead: np.ndarray | None = None,
) -> np.ndarray:
    """The concept weights a summary covers: on a cluster of n articles, the learned weight and
    the prior blended, the prior's share max(0, 1 - ramp / n); one article's are the learned ones.

    The prior is half the share of the articles that hold the concept, counted from ICSI's
    minimum of articles on (Gillick and Favre 2009: what several reports repeat is the news),
    and half what the lead peers quote: `lead` (`quoted_lead_share`, the opening rounds that
    lead-rr quotes at this budget) or, without it, the share of the articles whose first
    sentence holds the concept.
    """
    if articles < 2 or not len(table):
        return learned
    share = table[:, _COLUMN["article_share"]]
    repeated = table[:, _COLUMN["articles"]] >= concept_floor(articles)
    if lead is None:
        lead = table[:, _COLUMN["lead_article_share"]]
    prior = 0.5 * (np.where(repeated, share, 0.0) + lead)
    part = max(0.0, 1.0 - ramp / articles)
    return np.asarray((1.0 - part) * learned + part * prior)


def with_lead(learned: np.ndarray, lead: np.ndarray, blend: float) -> np.ndarray:
    """One article's concept weights: the learned weight and `lead` (1 for a concept in the
    sentences lead-k quotes at this budget, quoted_lead_share) blended, `blend` the lead's share.

    Each model carries its blend (weights.Ranker.lead_blend), chosen by bench/train_ranker.py on
    the one-article shapes of its own training collections only (bench/lead_blend.py): fitted on
    clusters and bodies whose lead was cut, the learned weight alone skips an article's opening
    sentences that the references copy (bench/README.md, "Lead-aware ranking")."""
    return np.asarray((1.0 - blend) * learned + blend * lead)


def lead_rounds(position: np.ndarray, length: np.ndarray, budget: Budget) -> np.ndarray:
    """Whether lead-rr quotes each sentence at this budget: round r holds every article's
    sentence at position r, and lead-rr takes round after round while it is under the budget,
    so the rounds that start under every cap count (the last one partly quoted, whole here).
    The first round always counts (it is the lead), and with no cap only it does. VMDS
    references copy each article's first two to four sentences, ViMs references (more
    articles, a budget filled by one or two rounds) mostly the first: the rounds follow the
    budget per article."""
    rounds = position.astype(np.int64)
    quoted = np.ones(int(rounds.max()) + 1 if len(rounds) else 1, dtype=bool)
    quoted[1:] = budget.syllables is not None or budget.sentences is not None
    for cap, size in ((budget.syllables, length), (budget.sentences, np.ones(len(rounds)))):
        if cap is not None:
            per_round = np.bincount(rounds, weights=size, minlength=len(quoted))
            quoted &= np.cumsum(per_round) - per_round < cap
    quoted[0] = True
    return np.asarray(quoted[rounds], dtype=np.float64)


def quoted_lead_share(
    rows: np.ndarray, concept: np.ndarray, k: int, article: np.ndarray, part: np.ndarray
) -> np.ndarray:
    """For each concept, the share of the articles where lead-rr quotes it (`part`, from
    lead_rounds: 1 for a quoted sentence; the largest among the article's that hold it)."""
    articles = int(article.max()) + 1
    best = np.zeros(articles * k)
    np.maximum.at(best, article[rows].astype(np.int64) * k + concept, part[rows])
    return np.asarray(best.reshape(articles, k).sum(axis=0) / articles)


def cover(
    rows: np.ndarray,
    concept: np.ndarray,
    weights: np.ndarray,
    length: np.ndarray,
    allowed: Selection,
    ends: np.ndarray | None = None,
    start: Sequence[int] = (),
) -> list[int]:
    """Greedy budgeted coverage: the sentence with the most new weight per length**0.5, in turn.

    `rows`/`concept` are the (sentence, concept) pairs sorted by sentence; `weights` one per
    concept. Once nothing that fits adds weight, the best-scored sentences that fit fill what
    is left of a sentence budget (a user who asks for ten sentences gets ten when there are),
    of a budget that fills (`Budget.fill`: the last sentence may cross the syllable cap), and
    of one article's syllable budget (`Selection.fills`). Ties go to the earlier sentence.
    `ends`: a sentence the cut protocol will cut is worth what the cut keeps (`_worth`).
    `start`: sentences already chosen, from which the cover goes on. One article held to whole
    sentences within a syllable cap is also covered from each sentence that may open it
    (`_seeded`)."""
    value = np.where(weights >= MIN_WEIGHT, weights, 0.0)[concept]
    chosen = _greedy(rows, concept, value, length, allowed, ends, start, len(weights))
    budget = allowed.budget
    whole = budget.syllables is not None and not budget.fill and not budget.sentences
    if len(start) or not allowed.fills or not whole:
        return chosen
    return _seeded(rows, concept, value, length, allowed, chosen, len(weights))


def _seeded(
    rows: np.ndarray,
    concept: np.ndarray,
    value: np.ndarray,
    length: np.ndarray,
    allowed: Selection,
    plain: list[int],
    k: int,
) -> list[int]:
    """The greedy from each seed (a quotable sentence with no antecedent, within the cap) and
    from none (`plain`): the run that covers the most concept weight, ties to `plain`, then the
    earlier seed. Partial enumeration (Khuller, Moss and Naor 1999): under a short cap the
    scaled-cost greedy takes a short dense sentence first, after which the long sentence worth
    more no longer fits (bench/README.md, "One article, thirteenth stop")."""
    best, most = plain, _covered(rows, concept, value, plain)
    seeds = allowed.quotable & (allowed.needs < 0) & (length <= (allowed.budget.syllables or 0))
    for seed in _heaviest(np.flatnonzero(seeds), np.bincount(rows, value, len(length))):
        run = _greedy(rows, concept, value, length, allowed, None, [int(seed)], k)
        worth = _covered(rows, concept, value, run)
        if worth > most + 1e-12:
            best, most = run, worth
    return best


def _heaviest(seeds: np.ndarray, alone: np.ndarray) -> np.ndarray:
    """At most MAX_SEEDS of the `seeds`, those worth most alone (`alone`), in reading order: a
    bound on time for a text of thousands of sentences (no article in bench/ has 100)."""
    if len(seeds) <= MAX_SEEDS:
        return seeds
    heaviest = np.argsort(-alone[seeds], kind="stable")[:MAX_SEEDS]
    return np.sort(seeds[heaviest])


def _covered(rows: np.ndarray, concept: np.ndarray, value: np.ndarray, chosen: list[int]) -> float:
    """The weight of the distinct concepts the `chosen` sentences hold (`value`: per pair)."""
    held = np.isin(rows, chosen)
    per_concept = np.zeros(int(concept.max()) + 1 if len(concept) else 0)
    per_concept[concept[held]] = value[held]
    return float(per_concept.sum())


def _greedy(
    rows: np.ndarray,
    concept: np.ndarray,
    value: np.ndarray,
    length: np.ndarray,
    allowed: Selection,
    ends: np.ndarray | None,
    start: Sequence[int],
    k: int,
) -> list[int]:
    """cover's greedy loop (`value`: each pair's weight; `k` concepts), on from `start`."""
    n = len(length)
    starts = np.searchsorted(rows, np.arange(n + 1))
    uncovered, open_ = _left_open(concept, starts, k, allowed, start)
    chosen, used = list(start), int(length[list(start)].sum())
    budget = allowed.budget
    by_score = budget.sentences is not None or budget.fill or allowed.fills
    while n and (budget.sentences is None or len(chosen) < budget.sentences):
        open_ &= fits(used, length, budget)
        candidates = open_ & ready(allowed.needs, chosen)
        gain, cost = _worth(rows, value * uncovered[concept], length, ends, budget, used)
        ratio = np.where(candidates & (gain > 0), gain / cost, -np.inf)
        if not np.isfinite(ratio).any() and by_score:
            ratio = np.where(candidates, allowed.scores, -np.inf)
        best = int(np.argmax(ratio))
        if ratio[best] == -np.inf:
            break
        chosen.append(best)
        used += int(length[best])
        uncovered[concept[starts[best] : starts[best + 1]]] = False
        open_ &= allowed.group != allowed.group[best]  # one sentence of each group of repeats
    return chosen


def _left_open(
    concept: np.ndarray, starts: np.ndarray, k: int, allowed: Selection, start: Sequence[int]
) -> tuple[np.ndarray, np.ndarray]:
    """The concepts `start` leaves uncovered, and the sentences it leaves open to quote (one of
    each group of repeats)."""
    uncovered = np.ones(k, dtype=bool)
    open_ = allowed.quotable.copy()
    for j in start:
        uncovered[concept[starts[j] : starts[j + 1]]] = False
        open_ &= allowed.group != allowed.group[j]
    return uncovered, open_


def _worth(
    rows: np.ndarray,
    new: np.ndarray,
    length: np.ndarray,
    ends: np.ndarray | None,
    budget: Budget,
    used: int,
) -> tuple[np.ndarray, np.ndarray]:
    """Each sentence's new weight (`new`: per pair) and its cost, length**COST_EXPONENT. With
    `ends` (learned._kept_by_cut: where each pair's bigram ends in its sentence), a sentence
    longer than the `left` syllables before the cap will be cut there: it is worth the concepts
    whose first occurrence ends within them, at the cost of those syllables (bench/README.md,
    "One article, twelfth stop")."""
    left = budget.syllables - used if ends is not None and budget.syllables else None
    gain = np.bincount(rows, weights=new, minlength=len(length))
    if left is None or ends is None:
        return gain, np.maximum(1.0, length) ** COST_EXPONENT
    kept = np.bincount(rows, weights=new * (ends <= left), minlength=len(length))
    cost = np.maximum(1.0, np.minimum(length, left)) ** COST_EXPONENT
    return np.where(length > left, kept, gain), cost


@dataclass(frozen=True, slots=True)
class Selection:
    """The limits of a summary: the budget, antecedents (-1: none), groups of repeats, the
    sentence scores that fill a sentence budget once no concept is left to cover, and which
    sentences may be quoted (a repeat may stand in for its sentence only where allowed).

    `fills`: the scores fill what is left of the syllable budget too. One article's summary
    does (a section reads its budget's worth: on the one-article shapes held to whole sentences
    it left syllables unused that lead-k fills, R-1 −0.02 below it on ViMs articles at 40); a
    cluster's does not (its cover fills the budget, and filling by score cost ViMs clusters
    0.03-0.05 R-1/R-2; bench/README.md, "Lead-aware ranking")."""

    budget: Budget
    needs: np.ndarray
    group: np.ndarray
    scores: np.ndarray
    quotable: np.ndarray
    fills: bool = False


def _group_min(inverse: np.ndarray, values: np.ndarray, k: int) -> np.ndarray:
    out = np.full(k, np.inf)
    np.minimum.at(out, inverse, values.astype(np.float64))
    return out


def _title_codes(titles: Sequence[str], vocabulary: Sequence[str]) -> np.ndarray:
    """The codes of the titles' bigrams whose syllables occur in the sentences."""
    ids = dict(zip(vocabulary, itertools.count()))
    size = max(1, len(vocabulary))
    codes = []
    for title in titles:
        tokens = syllable_tuple(title)
        for a, b in itertools.pairwise(tokens):
            if a in ids and b in ids:
                codes.append(ids[a] * size + ids[b])
    return np.array(codes, dtype=np.int64)
