"""Whether a model weighs one article with the pair fitted on the articles as published
(`Ranker.one_article`, bench/train_ranker.py) or with the pair its clusters use.

The articles as published are a training shape for one reason: to teach an opening that sums up
its article. So a model keeps them only when its own nested data shows they do that on articles
as published it was not fitted on: each candidate (without them, with them) is scored on the
article entries of its lead-blend choice (bench/lead_blend.py: every part summarised by a model
fitted without it, at the blend that candidate chose), and the one with the smaller shortfall
there wins; ties go to the higher lowest margin, then to the model without them. A model whose
nested data holds no article the articles could have taught (the VMDS-out model: its only
articles are ViMs ones, summarised by a model fitted without ViMs) sees the two tie and keeps
the model without them; that model lost VMDS articles under LOCO with them (bench/README.md,
"One article, nineteenth stop").
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from bench.prior_ramp import Bar, Scores
from bench.rouge import mean_scores

#: The one-article shapes that are an article as published (not a body without its lead).
ARTICLES = ("vims-article-40", "vims-article-80", "vmds-article-40", "vmds-article-80")

Means = Mapping[tuple[str, str], Mapping[str, float]]


def keeps_articles(without: tuple[Scores, float], with_: tuple[Scores, float], bar: Bar) -> bool:
    """True when the candidate fitted with the articles as published, at its chosen blend,
    leaves a smaller shortfall on the article entries than the one without (module
    docstring); each candidate is (its nested scores per blend, its chosen blend)."""
    mine, theirs = _articles(*with_), _articles(*without)
    if not mine or mine.keys() != theirs.keys():
        return False
    return _key(mine, [mine, theirs], bar) > _key(theirs, [mine, theirs], bar)


def _articles(scores: Scores, blend: float) -> dict[tuple[str, str], dict[str, float]]:
    """The mean scores of the article entries (shape, protocol) at `blend`."""
    return {
        (shape, protocol): mean_scores(rows)
        for (b, shape, protocol), rows in scores.items()
        if b == blend and shape in ARTICLES
    }


def _key(means: Means, both: Sequence[Means], bar: Bar) -> tuple[float, float]:
    """(−shortfall, lowest margin) over the entries: each asks for the pinned best peer or,
    when neither candidate reaches it, the best either reaches (lead_blend.shortfall)."""
    short, lowest = 0.0, float("inf")
    for entry, scores in means.items():
        for metric, peer in bar[entry].items():
            asked = min(peer, max(m[entry][metric] for m in both))
            short = max(short, asked - scores[metric])
            lowest = min(lowest, scores[metric] - peer)
    return -round(short, 9), round(lowest, 9)
