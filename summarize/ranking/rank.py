"""Which ranker summarizes: learned (the default), centroid, or any sumy algorithm.

Every ranker sits behind one interface (select.Summarizer: candidates and a budget in, the
summary out) and shares select.py's rules; this module only picks one by name and applies the
rules that hold whatever the ranker: no sentence, no summary; a budget that holds the whole
text, the whole text.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from ..models import (
    CENTROID,
    DEFAULT_ALGORITHM,
    OUR_ALGORITHM,
    Budget,
    Dropped,
    Sentence,
)
from ..text.words import syllable_count
from . import centroid, learned, sumy_adapter
from .select import (
    Candidates,
    Summarizer,
    antecedents,
    holds_everything,
    reading_order,
    standing,
)
from .terms import titled_matrix
from .weights import Ranker


def select_summary(
    sentences: Sequence[Sentence],
    *,
    algorithm: str = DEFAULT_ALGORITHM,
    budget: Budget | None = None,
    titles: Sequence[str] = (),
    model: Ranker | None = None,
    repeats: Sequence[Dropped] = (),
    quote_repeats: bool = True,
    opening: bool = False,
) -> tuple[Sentence, ...]:
    """The best sentences within the budget, in reading order (DEFAULT_BUDGET when None).

    `repeats` are dedup's drops that repeat one of `sentences` (others are ignored); only the
    learned ranker reads them, and quotes one in place of its sentence when `quote_repeats`.
    `model` replaces the learned ranker's packaged weights (cross-validation in bench/).
    `opening`: a briefing section's summary, which opens with its first article's first
    sentence, the one that says what happened (issue 21: a reader met "Tình hình an ninh, trật
    tự được bảo đảm." first), when it stands alone and fits; the ranker fills the rest.
    """
    budget = Budget.for_article(budget)
    candidates = Candidates(tuple(sentences), tuple(titles), tuple(repeats), quote_repeats)
    if not (opening and _opens(candidates.sentences, budget)):
        return _ranked(candidates, budget, algorithm, model)
    first, *others = candidates.sentences
    rest = _rest(budget, syllable_count(first.text))
    if rest is None or not others:
        return (first,)
    return (first, *_ranked(replace(candidates, sentences=tuple(others)), rest, algorithm, model))


def _ranked(
    candidates: Candidates, budget: Budget, algorithm: str, model: Ranker | None
) -> tuple[Sentence, ...]:
    """The named ranker's choice (`model` in place of the packaged weights), after the rules
    that hold whatever the ranker: no sentence, no summary; a budget that holds the whole text,
    the whole text."""
    sentences = candidates.sentences
    if not sentences:
        return ()
    if holds_everything(sentences, budget):
        order = reading_order(sentences, range(len(sentences)), antecedents(sentences))
        return tuple(sentences[i] for i in order)
    if algorithm == OUR_ALGORITHM and model is not None:
        return learned.summarize(candidates, budget, model)
    return summarizer(algorithm)(candidates, budget)


def _opens(sentences: Sequence[Sentence], budget: Budget) -> bool:
    """Does the first sentence open the summary? It stands alone and fits, and the budget does
    not hold the whole text (which is quoted whole)."""
    if not sentences or holds_everything(sentences, budget):
        return False
    fits = budget.syllables is None or syllable_count(sentences[0].text) <= budget.syllables
    return fits and bool(standing(sentences[:1])[1][0])


def _rest(budget: Budget, size: int) -> Budget | None:
    """The budget left once the opening (`size` syllables) is taken; None when it is spent."""
    left = None if budget.syllables is None else budget.syllables - size
    count = None if budget.sentences is None else budget.sentences - 1
    if left == 0 or count == 0:
        return None
    return Budget(count, left, fill=budget.fill)


def rate(
    sentences: Sequence[Sentence], *, algorithm: str, titles: Sequence[str] = ()
) -> dict[int, float]:
    """Each sentence's rating by the named ranker (higher is better), before any selection:
    the learned ranker's sentence model, the centroid score, or sumy's rating."""
    if algorithm == OUR_ALGORITHM:
        scores = learned.rate(sentences, titles)
    elif algorithm == CENTROID:
        scores = centroid.centroid_scores(sentences, titled_matrix(sentences, titles))
    else:
        scores = sumy_adapter.sumy_ratings(sentences, algorithm, titles)
    return dict(enumerate(scores.tolist()))


def summarizer(algorithm: str) -> Summarizer:
    """The ranker of that name, as select.Summarizer (the learned one with its packaged weights)."""
    if algorithm == OUR_ALGORITHM:
        return learned.summarize
    if algorithm == CENTROID:
        return centroid.summarize
    return sumy_adapter.summarizer(algorithm)
