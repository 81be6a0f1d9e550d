"""How far ViMs's human summaries agree with one another: the scale for any R-2 target.

Each reference, cut to the item's budget, is scored like a system against the item's other
references (ROUGE F1 on syllables, bench/rouge.py), then averaged over references and items.
Extractive systems can score above it (the annotators picked source sentences and rewrote
them, each differently; a system copies the source words), but a target far above it asks for
more agreement with the annotators than they have with one another.

    .venv/bin/python -m bench.agreement            # under a second
"""

from __future__ import annotations

from typing import Any

from bench.corpora import VIMS
from bench.rouge import budget_of, mean_scores, score


def agreement(items: list[dict[str, Any]]) -> dict[str, float]:
    """Mean ROUGE-1/2/L F1 (points) of each reference against the others of its item."""
    scores = [
        score([reference], others, budget_of(item))
        for item in items
        for i, reference in enumerate(item["summaries"])
        if (others := item["summaries"][:i] + item["summaries"][i + 1 :])
    ]
    return mean_scores(scores)


def main() -> None:
    items = VIMS.load()
    figures = agreement(items)
    print(f"ViMs, {len(items)} clusters: each human summary against the others")
    print("  R-1 {rouge1:.2f}  R-2 {rouge2:.2f}  R-L {rougeL:.2f}".format(**figures))


if __name__ == "__main__":
    main()
