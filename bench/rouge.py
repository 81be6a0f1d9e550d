"""ROUGE-1/2/L F1 on Vietnamese syllables, the budget rule, and means of score rows.

Syllables are `summarize.text.words.syllables` (lower case, punctuation dropped, one tone style): the
`rouge-score` package's default tokenizer drops every non-ASCII letter and scores nothing of
Vietnamese (../shared/data/SOURCE.md).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

METRICS = ("rouge1", "rouge2", "rougeL")

Summary = list[str]


def tokens(text: str) -> list[str]:
    from summarize.text.words import syllables

    return syllables(text)


def syllable_count(text: str) -> int:
    """The product's one syllable count, which every budget here uses too."""
    from summarize.text.words import syllable_count

    return syllable_count(text)


def grams(toks: Sequence[str], n: int) -> Counter[tuple[str, ...]]:
    return Counter(tuple(toks[i : i + n]) for i in range(len(toks) - n + 1))


def rouge_n(candidate: list[str], reference: list[str], n: int) -> float:
    return _rouge_n(grams(candidate, n), grams(reference, n))


def _rouge_n(c: Counter[tuple[str, ...]], r: Counter[tuple[str, ...]]) -> float:
    overlap = sum((c & r).values())
    if not overlap:
        return 0.0
    p, rec = overlap / sum(c.values()), overlap / sum(r.values())
    return 2 * p * rec / (p + rec)


def rouge_l(candidate: list[str], reference: list[str]) -> float:
    from rapidfuzz.distance import LCSseq

    lcs = LCSseq.similarity(candidate, reference)
    if not lcs:
        return 0.0
    p, rec = lcs / len(candidate), lcs / len(reference)
    return 2 * p * rec / (p + rec)


def score(summary: Summary, references: Sequence[str], budget: int) -> dict[str, float]:
    """Mean F1 over the references, in points (0..100), of the summary cut to `budget` syllables."""
    candidate = tokens(" ".join(summary))[:budget]
    refs = [_reference(r) for r in references]
    ones, twos = grams(candidate, 1), grams(candidate, 2)
    return {
        "rouge1": sum(_rouge_n(ones, r[1]) for r in refs) / len(refs) * 100,
        "rouge2": sum(_rouge_n(twos, r[2]) for r in refs) / len(refs) * 100,
        "rougeL": sum(rouge_l(candidate, r[0]) for r in refs) / len(refs) * 100,
    }


@lru_cache(maxsize=4096)
def _reference(text: str) -> tuple[list[str], Counter[tuple[str, ...]], Counter[tuple[str, ...]]]:
    """A reference's syllables, unigrams and bigrams: read once, though every row of every
    system scores against it (only read, never changed)."""
    toks = tokens(text)
    return toks, grams(toks, 1), grams(toks, 2)


def budget_of(item: dict[str, Any]) -> int:
    """The item's budget (bench/shapes.py), else the mean length of its references in syllables."""
    if "budget" in item:
        return int(item["budget"])
    refs = item["summaries"]
    return round(sum(syllable_count(r) for r in refs) / len(refs))


def mean_scores(scores: Sequence[dict[str, float]]) -> dict[str, float]:
    totals: Counter[str] = Counter()
    for row in scores:
        totals.update(row)
    return {m: round(totals[m] / max(1, len(scores)), 2) for m in METRICS}
