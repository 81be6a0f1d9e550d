"""bench/lone_articles.py and bench/agreement.py: lone articles by their fold model; human agreement."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

import agreement
import lone_articles
from corpora import VIMS
from quality import ours_system
from rouge import METRICS


def test_each_article_alone_is_summarised_from_its_own_text_only() -> None:
    cluster = VIMS.load(limit=1)[0]
    items = lone_articles.alone(cluster)
    assert len(items) == len(cluster["documents"]) >= 5
    ours = ours_system("learned", 0)
    for item, document in zip(items, cluster["documents"], strict=True):
        summary = ours(item, 60)
        assert summary
        words = set(document["text"].split())
        assert all(set(sentence.split()) <= words for sentence in summary)


def test_the_table_has_every_system_at_every_budget_with_scores_in_range() -> None:
    rows = lone_articles.table(VIMS.load(limit=2), budgets=(30,))
    assert [r.system for r in rows] == ["lead", "ilp", "ours-learned"]
    for row in rows:
        assert all(0.0 < row.means[m] < 100.0 for m in METRICS)
        assert len(row.folds["folds"]) == 5 and row.folds["spread"]["rouge2"]


def test_agreement_is_full_for_identical_references_and_lower_for_the_real_ones() -> None:
    item = VIMS.load(limit=1)[0]
    same = {"summaries": ["hội nghị bàn về kinh tế và xã hội năm nay"] * 3}
    assert agreement.agreement([same]) == {m: 100.0 for m in METRICS}
    real = agreement.agreement([item])
    assert all(0.0 < real[m] < 100.0 for m in METRICS)
