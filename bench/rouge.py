"""ROUGE-1/2/L F1 on Vietnamese syllables, the budget rule, and means of score rows.

Syllables are `summarize.text.words.syllables` (lower case, punctuation dropped, one tone style): the
`rouge-score` package's default tokenizer drops every non-ASCII letter and scores nothing of
Vietnamese (../shared/data/SOURCE.md).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
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


def rouge_n(candidate: list[str], reference: list[str], n: int) -> float:
    grams = lambda toks: Counter(tuple(toks[i : i + n]) for i in range(len(toks) - n + 1))  # noqa: E731
    c, r = grams(candidate), grams(reference)
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
    refs = [tokens(r) for r in references]
    return {
        "rouge1": sum(rouge_n(candidate, r, 1) for r in refs) / len(refs) * 100,
        "rouge2": sum(rouge_n(candidate, r, 2) for r in refs) / len(refs) * 100,
        "rougeL": sum(rouge_l(candidate, r) for r in refs) / len(refs) * 100,
    }


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
