"""The budgeted selection every ranker shares: what may be chosen, within what, in which order.

A ranker rates sentences (or, the learned one, covers concepts); this module holds the rules
that make its choice a summary: the budget (syllables counted one way everywhere), a sentence
that leans on the one before it comes only with that sentence, a caption, credit, sub-heading
or quote without its speaker is never quoted (standalone.py says which sentences are which), a
budget that holds the whole text takes every sentence, a summary is never empty while there is a
sentence, and the summary reads leads first.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from ..models import Budget, Dropped, Sentence
from ..text.words import syllable_count
from .standalone import leans_back, stands_alone
from .terms import TermMatrix

# Hyper-parameters of maximal marginal relevance, tuned on bench/quality.py (vims_dev):
MMR_LAMBDA = 1.0  # rating (0..1) minus this times the similarity to the closest chosen sentence
REDUNDANCY = 0.5  # cosine above which a candidate repeats a chosen sentence and is never taken


@dataclass(frozen=True, slots=True)
class Candidates:
    """What a ranker chooses from: the kept sentences (in input order), the titles, and
    dedup's repeats of them, which are evidence and, when `quote_repeats`, may stand in for
    the sentence they repeat (a shorter variant may fit the budget better)."""

    sentences: tuple[Sentence, ...]
    titles: tuple[str, ...] = ()
    repeats: tuple[Dropped, ...] = ()
    quote_repeats: bool = True


#: One ranker behind the shared interface: candidates and a budget in, the summary out.
Summarizer = Callable[[Candidates, Budget], tuple[Sentence, ...]]


def sizes(sentences: Sequence[Sentence]) -> np.ndarray:
    """Each sentence's length in the budget's unit (syllables)."""
    return np.array([syllable_count(s.text) for s in sentences], dtype=np.int64)


def holds_everything(sentences: Sequence[Sentence], budget: Budget) -> bool:
    """Does the budget hold every sentence? Then the summary is the whole text."""
    if budget.sentences is not None and len(sentences) > budget.sentences:
        return False
    return budget.syllables is None or int(sizes(sentences).sum()) <= budget.syllables


def antecedents(sentences: Sequence[Sentence], openers: np.ndarray | None = None) -> np.ndarray:
    """For a sentence that leans on the one before it ("Tuy nhiên, …", "Công ty trên …", a bare
    "Ông"; standalone.leans_back): the previous sentence of its article, else -1.

    `openers` (optional) are the `leans_back` flags when the caller already has them.
    """
    flags = [leans_back(s.text) for s in sentences] if openers is None else openers.tolist()
    previous: dict[str, int] = {}
    needs = np.full(len(sentences), -1, dtype=np.int64)
    for i, sentence in enumerate(sentences):
        if sentence.article in previous and flags[i]:
            needs[i] = previous[sentence.article]
        previous[sentence.article] = i
    return needs


def standing(
    sentences: Sequence[Sentence], leaning: np.ndarray | None = None
) -> tuple[np.ndarray, np.ndarray]:
    """Each sentence's antecedent (-1: none) and whether a summary may quote it at all: what
    keeps a summary readable without its article, whatever the ranker.

    `leaning` (optional) are the `leans_back` flags when the caller already has them.
    """
    if leaning is None:
        leaning = np.array([leans_back(s.text) for s in sentences], dtype=bool)
    needs = antecedents(sentences, leaning)
    return needs, stands_alone(sentences, leaning, needs)


def reading_order(
    sentences: Sequence[Sentence], chosen: Sequence[int], needs: np.ndarray
) -> list[int]:
    """Leads first: by position within the article, then article; each article keeps its order.

    A sentence that points back follows the sentence it points to, which every ranker takes
    first (`needs`; only a summary's one sentence may come without it). One article reads in
    its own order; across articles, the leads set the scene before the details (R-L +3.7 on
    ViMs).
    """
    order = sorted(chosen, key=lambda i: (sentences[i].index, i))
    for i in [i for i in order if needs[i] >= 0 and needs[i] in chosen]:
        order.remove(i)
        order.insert(order.index(int(needs[i])) + 1, i)
    return order


def only_sentence(scores: np.ndarray, length: np.ndarray, needs: np.ndarray, budget: Budget) -> int:
    """The summary's one sentence when nothing else was chosen: the best-scored sentence that
    reads on its own and fits, else the best that reads on its own (the budget's one overrun:
    no sentence that reads on its own fits). An article's first sentence always reads alone.
    A score of -inf marks a sentence that may not be quoted."""
    alone = (needs < 0) & (scores > -np.inf)
    fits = alone & (length <= (budget.syllables or int(length.max())))
    allowed = fits if fits.any() else alone if alone.any() else scores > -np.inf
    return int(np.argmax(np.where(allowed, scores, -np.inf)))


def mmr_choose(
    ratings: np.ndarray,
    matrix: TermMatrix,
    length: np.ndarray,
    needs: np.ndarray,
    budget: Budget,
    quotable: np.ndarray | None = None,
) -> list[int]:
    """Greedy MMR within the budget: best rating minus MMR_LAMBDA x closest chosen similarity.

    Ratings are scaled to 0..1 first so that the trade-off means the same for every rater; ties
    go to the earlier sentence. A candidate closer than REDUNDANCY is never taken, nor one that
    points back (`needs` >= 0) before the sentence it points to, nor one not `quotable`.
    """
    values = np.nan_to_num(ratings.astype(np.float64))
    values = values / (np.abs(values).max() or 1.0)
    closest = np.zeros(len(values))  # each sentence's highest similarity to a chosen one
    open_ = np.ones(len(values), dtype=bool) if quotable is None else quotable.copy()
    chosen: list[int] = []
    used = 0
    while budget.sentences is None or len(chosen) < budget.sentences:
        open_ &= fits(used, length, budget)
        open_ &= closest <= REDUNDANCY
        candidates = open_ & ready(needs, chosen)
        if not candidates.any():
            break
        index = int(np.argmax(np.where(candidates, values - MMR_LAMBDA * closest, -np.inf)))
        chosen.append(index)
        open_[index] = False
        used += int(length[index])
        # One sparse product per chosen sentence, not one per candidate pair.
        closest = np.maximum(closest, matrix.dot(matrix.dense_row(index)))
        if budget.syllables is not None and used >= budget.syllables:
            break
    if not chosen and quotable is not None:
        values = np.where(quotable, values, -np.inf)
    return chosen or [only_sentence(values, length, needs, budget)]


def fits(used: int, length: np.ndarray, budget: Budget) -> np.ndarray:
    """Sentences that may still join a summary of `used` syllables: those within the syllable
    cap; with `Budget.fill` (scoring at equal length), any while the cap is not reached yet."""
    if budget.syllables is None:
        return np.ones(len(length), dtype=bool)
    if budget.fill:
        return np.full(len(length), used < budget.syllables)
    result: np.ndarray = used + length <= budget.syllables
    return result


def ready(needs: np.ndarray, chosen: Sequence[int]) -> np.ndarray:
    """Sentences whose antecedent, if any, is already chosen."""
    taken = np.zeros(len(needs) + 1, dtype=bool)  # the extra last slot answers needs == -1
    taken[list(chosen)] = True
    result: np.ndarray = (needs < 0) | taken[needs]
    return result
