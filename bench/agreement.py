"""How far ViMs's human summaries agree with one another: the scale for any R-2 target.

Each reference, cut to the item's budget, is scored like a system against the item's other
references (ROUGE F1 on syllables, bench/rouge.py), then averaged over references and items.
Extractive systems can score above it (the annotators picked source sentences and rewrote
them, each differently; a system copies the source words), but a target far above it asks for
more agreement with the annotators than they have with one another.

    .venv/bin/python bench/agreement.py            # under a second
"""

from __future__ import annotations

import statistics
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from corpora import VIMS  # noqa: E402
from rouge import METRICS, budget_of, rouge_l, rouge_n, tokens  # noqa: E402


def agreement(items: list[dict[str, Any]]) -> dict[str, float]:
    """Mean ROUGE-1/2/L F1 (points) of each reference against the others of its item."""
    scores: dict[str, list[float]] = {m: [] for m in METRICS}
    for item in items:
        references = [tokens(r) for r in item["summaries"]]
        budget = budget_of(item)
        for i, reference in enumerate(references):
            others = references[:i] + references[i + 1 :]
            if not others:
                continue
            candidate = reference[:budget]
            scores["rouge1"].append(statistics.mean(rouge_n(candidate, o, 1) for o in others))
            scores["rouge2"].append(statistics.mean(rouge_n(candidate, o, 2) for o in others))
            scores["rougeL"].append(statistics.mean(rouge_l(candidate, o) for o in others))
    return {m: round(statistics.mean(v) * 100, 2) for m, v in scores.items()}


def main() -> None:
    items = VIMS.load()
    figures = agreement(items)
    print(f"ViMs, {len(items)} clusters: each human summary against the others")
    print("  R-1 {rouge1:.2f}  R-2 {rouge2:.2f}  R-L {rougeL:.2f}".format(**figures))


if __name__ == "__main__":
    main()
