"""What the ranker is fitted on (bench/train_ranker.py): every training shape weighs the same,
whatever collection it comes from, so VMDS bodies (VietNews's shape from another collection)
teach the model that never saw VietNews what a body without its lead is."""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from bench import train_ranker
from bench.train_ranker import TRAINING, as_published, example, fit

BODY = (
    "Ngày 12/3, Công an huyện Hương Sơn cho biết đã bắt giữ hai đối tượng trộm cắp tài sản. "
    "Hai đối tượng khai đã lấy trộm ba chiếc xe máy tại chợ trung tâm huyện. "
    "Công an huyện đang tiếp tục điều tra mở rộng vụ án."
)
CLUSTER = (
    "Sáng 5/6, Hội nghị tổng kết công tác phòng chống thiên tai được tổ chức tại Hà Nội. "
    "Hội nghị đánh giá kết quả công tác phòng chống thiên tai năm qua. "
    "Các đại biểu thống nhất nhiều giải pháp cho năm tới."
)


def row(name: str, text: str, reference: str) -> dict[str, object]:
    return {
        "id": name,
        "documents": [{"id": f"{name}-1", "title": "", "text": text}],
        "summaries": [reference],
        "budget": 30,
    }


def test_bodies_without_their_lead_are_a_training_shape_of_their_own() -> None:
    assert {"vietnews-body", "vmds-body"} <= set(TRAINING)
    cluster = example("vmds", "vmds-clusters", row("c", CLUSTER, "Hội nghị tổng kết thiên tai."))
    body = example("vmds", "vmds-body", row("b", BODY, "Bắt hai đối tượng trộm xe máy."))
    many = [cluster, *(replace(body, id=f"b{n}") for n in range(5))]
    # Five bodies weigh as much as the one cluster: as one shape each, not as one collection.
    as_shapes = fit(many)
    as_one_shape = fit([replace(i, shape="vmds-clusters") for i in many])
    assert not np.allclose(as_shapes.sentences.intercept, as_one_shape.sentences.intercept)
    # The collection a shape comes from does not weigh.
    other = fit([cluster, *(replace(i, corpus="vietnews") for i in many[1:])])
    assert np.allclose(other.sentences.weights, as_shapes.sentences.weights)
    assert np.isclose(other.sentences.intercept, as_shapes.sentences.intercept)


def test_an_item_with_no_text_left_is_not_a_training_example(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    class Empty:
        collection = type("C", (), {"name": "vmds"})()

        def items(self) -> list[dict[str, object]]:
            return [row("e", "", "x"), row("b", BODY, "Bắt hai đối tượng trộm xe máy.")]

    monkeypatch.setattr(train_ranker, "TRAINING", ("vmds-body",))
    monkeypatch.setattr(train_ranker, "SHAPES", {"vmds-body": Empty()})
    assert [e.id for e in train_ranker.examples()] == ["b"]


def test_articles_as_published_fit_only_the_models_that_weigh_one_article() -> None:
    cluster = example("vmds", "vmds-clusters", row("c", CLUSTER, "Hội nghị tổng kết thiên tai."))
    body = example("vmds", "vmds-body", row("b", BODY, "Bắt hai đối tượng trộm xe máy."))
    article = example("vims", "vims-article", row("a", BODY, "Công an Hương Sơn bắt hai kẻ trộm."))
    before = fit([cluster, body])
    ranker = fit([cluster, body, article])
    assert before.one_article is None
    # A cluster is weighed as before: its models never see the article.
    assert np.array_equal(ranker.sentences.weights, before.sentences.weights)
    assert np.array_equal(ranker.concepts.weights, before.concepts.weights)
    assert ranker.one_article is not None
    assert not np.allclose(ranker.one_article[0].weights, before.sentences.weights)


def test_each_vims_article_as_published_is_read_once_whatever_its_budgets() -> None:
    vims = example("vims", "vims-article-40", row("a", BODY, "Bắt hai kẻ trộm."))
    vmds = example("vmds", "vmds-article-40", row("m", CLUSTER, "Hội nghị tổng kết."))
    lone = [
        vims,
        replace(vims, shape="vims-article-80", budget=80),
        vmds,
        replace(vmds, shape="vmds-article-80", budget=80),
        replace(vmds, shape="vmds-body"),
    ]
    # A VMDS article's lead was put back on a body its cluster's references were written from.
    assert [(i.id, i.shape) for i in as_published(lone)] == [("a", "vims-article")]
