"""The shapes of bench/shapes.py, and the human agreement of bench/agreement.py."""

from __future__ import annotations

from bench import agreement
from bench.corpora import VIMS, VMDS
from bench.quality import ours_system
from bench.rouge import METRICS, budget_of
from bench.shapes import SHAPES
from summarize.text.words import syllable_count


def test_each_article_alone_is_summarised_from_its_own_text_within_its_budget() -> None:
    cluster = VIMS.load(limit=1)[0]
    items = SHAPES["vims-article-40"].build([cluster])
    assert len(items) == len(cluster["documents"]) >= 5
    assert {i["id"] for i in items} == {cluster["id"]}  # the cluster's fold
    ours = ours_system("learned", None)
    for item, document in zip(items, cluster["documents"], strict=True):
        summary = ours(item, budget_of(item))
        assert summary and budget_of(item) == 40
        words = set(document["text"].split())
        assert all(set(sentence.split()) <= words for sentence in summary)


def test_a_vmds_article_as_published_has_its_lead_on_top_and_its_body_alone_is_scored_on_it() -> (
    None
):
    cluster = VMDS.load(limit=1)[0]
    document = cluster["documents"][0]
    published = SHAPES["vmds-article-80"].build([cluster])[0]
    assert published["documents"][0]["text"].startswith(document["lead"] + "\n")
    assert published["summaries"] == cluster["summaries"]
    body = SHAPES["vmds-body"].build([cluster])[0]
    assert body["documents"][0]["text"] == document["text"]
    assert body["summaries"] == [document["lead"]]
    assert budget_of(body) == syllable_count(document["lead"])
    clusters = SHAPES["vmds-clusters"].build([cluster])[0]
    assert all("lead" not in d for d in clusters["documents"])


def test_agreement_is_full_for_identical_references_and_lower_for_the_real_ones() -> None:
    item = VIMS.load(limit=1)[0]
    same = {"summaries": ["hội nghị bàn về kinh tế và xã hội năm nay"] * 3}
    assert agreement.agreement([same]) == {m: 100.0 for m in METRICS}
    real = agreement.agreement([item])
    assert all(0.0 < real[m] < 100.0 for m in METRICS)
