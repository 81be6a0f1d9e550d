"""One article with its opening intact: ours against the lead, the shape of most briefing sections.

VietNews (bench/quality.py) scores single articles whose lead paragraph (sapo) was cut out of the
body to serve as the reference. Real articles keep it: both seeds open with it. This view takes
each ViMs article alone, opening included, and scores it against its cluster's human summaries
(they state the event every article of the cluster reports), at two fixed budgets. It is a proxy
(the references were written for the cluster, not for the article) and prints figures only; the
gate is bench/quality.py's.

    .venv/bin/python bench/lone_articles.py            # 1,000-odd articles, about 30 s

Each article is scored by the fold model that never saw its cluster (bench/ranker_folds/).
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import peers  # noqa: E402
from corpora import VIMS  # noqa: E402
from folds import K, fold_of, fold_summary  # noqa: E402
from quality import System, ours_system  # noqa: E402
from rouge import METRICS, mean_scores, score  # noqa: E402

BUDGETS = (40, 80)  # syllables: a two-sentence and a four-sentence section summary


@dataclass(frozen=True, slots=True)
class Row:
    budget: int
    system: str
    means: dict[str, float]
    folds: dict[str, Any]  # folds.fold_summary: each fold's means, and the spread per metric


def alone(cluster: dict[str, Any]) -> list[dict[str, Any]]:
    """Each article of the cluster as an item of its own (the cluster's id keeps its fold)."""
    return [{"id": cluster["id"], "documents": [d]} for d in cluster["documents"]]


def table(clusters: list[dict[str, Any]], budgets: tuple[int, ...] = BUDGETS) -> list[Row]:
    """Every system at every budget over every article alone, with its five fold means."""
    systems: dict[str, list[System]] = {
        "lead": [peers.lead_doc1] * K,
        "ilp": [peers.icsi_ilp] * K,
        "ours-learned": [ours_system("learned", fold) for fold in range(K)],
    }
    rows = []
    for budget in budgets:
        for name, by_fold in systems.items():
            ids, scores = [], []
            for cluster in clusters:
                system = by_fold[fold_of(cluster["id"])]
                for item in alone(cluster):
                    ids.append(cluster["id"])
                    scores.append(score(system(item, budget), cluster["summaries"], budget))
            rows.append(Row(budget, name, mean_scores(scores), fold_summary(ids, scores)))
    return rows


def main() -> None:
    clusters = VIMS.load()
    articles = sum(len(c["documents"]) for c in clusters)
    print(f"{articles} ViMs articles alone, scored against their cluster's references")
    print(f"{'budget':>6}  {'system':<13} {'R-1':>6} {'R-2':>6} {'R-L':>6}   fold R-2")
    for row in table(clusters):
        figures = " ".join(f"{row.means[m]:6.2f}" for m in METRICS)
        r2 = row.folds["spread"]["rouge2"]
        spread = f"{r2['min']:.1f}-{r2['max']:.1f} (std {r2['std']:.2f})"
        print(f"{row.budget:>6}  {row.system:<13} {figures}   {spread}")


if __name__ == "__main__":
    main()
