"""The centroid ranker (the default until the learned one): similarity to the cluster's centroid,
lead-position and title priors, then maximal marginal relevance within the budget (select.py).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from ..models import Budget, Sentence
from .select import Candidates, mmr_choose, reading_order, sizes, standing
from .standalone import leans_back
from .terms import TermMatrix, centrality, titled_matrix

# Hyper-parameters tuned on bench/quality.py (vims_dev, both halves checked), nothing else learnt:
# News is lead-heavy: bonus POSITION_WEIGHT/(articles x (1+position)) on a 0..1 centrality. One
# article's lead is its summary's first choice; across a cluster every article brings a lead, and
# agreement between articles (centrality) says more, so the bonus is shared (0.1 for 6 articles).
POSITION_WEIGHT = 0.6
TITLE_WEIGHT = 0.3  # similarity to the article titles
MIN_SYLLABLES = 6  # shorter units (datelines, fragments) are rarely worth a summary slot
# A sentence that points back ("Qua đó, …") has its rating scaled by DANGLING_WEIGHT (not tuned
# on ROUGE, chosen for readability and checked to cost nothing on the dev clusters).
DANGLING_WEIGHT = 0.7


def summarize(candidates: Candidates, budget: Budget) -> tuple[Sentence, ...]:
    """Rate by centroid, choose by MMR within the budget, read leads first."""
    sentences = candidates.sentences
    both = titled_matrix(sentences, candidates.titles)
    needs, quotable = standing(sentences)
    matrix = both.head(len(sentences))
    scores = centroid_scores(sentences, both)
    chosen = mmr_choose(scores, matrix, sizes(sentences), needs, budget, quotable)
    return tuple(sentences[i] for i in reading_order(sentences, chosen, needs))


def centroid_scores(sentences: Sequence[Sentence], both: TermMatrix) -> np.ndarray:
    """Similarity to the cluster centroid, plus lead-position and title priors.

    `both` holds one row per sentence, then optionally one row for the joined titles.
    """
    matrix = both.head(len(sentences))
    near = centrality(matrix)
    top = near.max() if near.size and near.max() > 0 else 1.0
    scores = near / top
    articles = len({s.article for s in sentences})
    scores = scores + POSITION_WEIGHT / articles / (1.0 + _positions(sentences))
    if both.shape[0] > len(sentences):
        scores = scores + TITLE_WEIGHT * matrix.dot(both.dense_row(len(sentences)))
    lengths = np.array([len(s.text.split()) for s in sentences])
    scores = np.where(lengths < MIN_SYLLABLES, scores * 0.5, scores)
    dangling = np.array([leans_back(s.text) for s in sentences], dtype=bool)
    return np.where(dangling, scores * DANGLING_WEIGHT, scores)


def _positions(sentences: Sequence[Sentence]) -> np.ndarray:
    """Each sentence's rank within its own article (0 = lead)."""
    seen: dict[str, int] = {}
    out = []
    for sentence in sentences:
        out.append(seen.get(sentence.article, 0))
        seen[sentence.article] = out[-1] + 1
    return np.array(out, dtype=np.float64)
