"""The learned ranker's features and shipped weights."""

from __future__ import annotations

import json
from dataclasses import replace

import numpy as np
import pytest

from bench.lead_blend import LEAD_BLENDS
from summarize.models import Budget, Sentence
from summarize.ranking import learned
from summarize.ranking.concepts import CONCEPT_FEATURES, PRIOR_RAMP, PRIOR_RAMPS
from summarize.ranking.features import FEATURES, sentence_features
from summarize.ranking.rank import select_summary
from summarize.ranking.select import Candidates
from summarize.ranking.terms import term_matrix
from summarize.ranking.weights import (
    ModelError,
    Ranker,
    load_model,
    model_from_json,
    packaged_model,
)


def features_of(
    sentences: list[Sentence], title: str = "", group: list[int] | None = None
) -> dict[str, np.ndarray]:
    both = term_matrix([s.text for s in sentences], [title] if title else [])
    groups = np.array(group if group is not None else range(len(sentences)))
    rows = sentence_features(sentences, both, np.zeros(len(sentences), dtype=bool), groups)
    assert rows.shape == (len(sentences), len(FEATURES)) and np.isfinite(rows).all()
    return dict(zip(FEATURES, rows.T, strict=True))


SAME = "Thủ tướng Nguyễn Xuân Phúc tiếp Đại sứ Nhật Bản tại Hà Nội chiều 5/6."


def test_agreement_counts_the_other_articles_that_say_the_same() -> None:
    sentences = [
        Sentence(SAME, "a", 0),
        Sentence("Hai bên trao đổi về hợp tác kinh tế và đầu tư.", "a", 1),
        Sentence(SAME, "b", 0),
        Sentence("Giá vàng hôm nay tăng mạnh trên thị trường thế giới.", "c", 0),
    ]
    f = features_of(sentences)
    assert f["articles"].tolist() == [3, 3, 3, 3]
    assert f["position"].tolist() == [0, 1, 0, 0]
    assert f["cross_article_share_05"].tolist() == [0.5, 0.0, 0.5, 0.0]
    assert f["own_lead_similarity"][0] == pytest.approx(1.0)
    assert f["other_lead_max"][0] == pytest.approx(1.0)  # b's lead is the same sentence
    assert f["numbers"][0] == 2 and f["numbers"][1] == 0


def test_a_single_article_has_no_cross_article_signal_and_sees_its_title() -> None:
    sentences = [
        Sentence(SAME, "a", 0),
        Sentence("Hai bên trao đổi về hợp tác kinh tế và đầu tư.", "a", 1),
    ]
    f = features_of(sentences, title="Thủ tướng tiếp Đại sứ Nhật Bản")
    assert f["cross_article_sum"].tolist() == [0.0, 0.0]
    assert f["title_similarity"][0] > f["title_similarity"][1]


def test_a_lone_article_marks_its_first_prose_sentence_and_its_lead_shape() -> None:
    sentences = [
        Sentence("Đại biểu dự hội nghị - Ảnh: TTXVN", "a", 0),
        Sentence(
            "TTO - Sáng 5/6, tại Hà Nội, Bộ Công an tổ chức hội nghị tổng kết công tác.", "a", 1
        ),
        Sentence("Kết quả công tác đấu tranh còn hạn chế.", "a", 2),
    ]
    f = features_of(sentences, title="Bộ Công an tổng kết công tác")
    assert f["first_prose"].tolist() == [0.0, 1.0, 0.0]  # the caption is skipped
    assert f["agency_tag"].tolist() == [0.0, 1.0, 0.0]
    assert f["dateline"].tolist() == [0.0, 1.0, 0.0]
    assert f["dateline_place"].tolist() == [0.0, 1.0, 0.0]
    assert f["lone_first_prose_shaped"].tolist() == [0.0, 1.0, 0.0]
    assert f["title_overlap"][1] > f["title_overlap"][2] > 0.0


def test_a_cluster_marks_each_article_s_first_sentence_but_none_as_lone() -> None:
    sentences = [
        Sentence("Ngày 23-10, hàng nghìn người xuống đường biểu tình ở thủ đô.", "a", 0),
        Sentence("Cuộc biểu tình dự kiến kéo dài ba ngày.", "a", 1),
        Sentence("(PLO)- Phe đối lập tiếp tục biểu tình tại thủ đô.", "b", 0),
    ]
    f = features_of(sentences)
    assert f["first_prose"].tolist() == [1.0, 0.0, 1.0]
    assert f["first_prose_shaped"].tolist() == [1.0, 0.0, 1.0]
    assert f["agency_tag"].tolist() == [0.0, 0.0, 1.0]
    assert f["lone_first_prose"].tolist() == [0.0, 0.0, 0.0]
    assert f["title_overlap"].tolist() == [0.0, 0.0, 0.0]  # no title


def test_repeats_count_the_sentences_and_articles_that_say_the_same() -> None:
    sentences = [
        Sentence(SAME, "a", 0),
        Sentence("Hai bên trao đổi về hợp tác kinh tế và đầu tư.", "a", 1),
        Sentence(SAME + " Nguồn: TTXVN.", "b", 0),
        Sentence(SAME, "a", 2),
    ]
    f = features_of(sentences, group=[0, 1, 0, 0])
    assert f["repeats"].tolist() == [3, 1, 3, 3]
    assert f["repeat_articles"].tolist() == [2, 1, 2, 2]
    assert f["repeat_article_share"].tolist() == [1.0, 0.5, 1.0, 1.0]


def test_the_shipped_model_matches_the_features_and_ranks() -> None:
    model = packaged_model()
    assert model.sentences.features == FEATURES
    assert model.sentences.weights.shape == (len(FEATURES),)
    assert model.concepts.features == CONCEPT_FEATURES
    assert model.concepts.weights.shape == (len(CONCEPT_FEATURES),)
    sentences = [Sentence(SAME, "a", 0), Sentence("Hai bên trao đổi về hợp tác.", "a", 1)]
    assert len(select_summary(sentences, budget=Budget(1, None), model=model)) == 1


def test_a_model_trained_on_other_features_is_refused(tmp_path) -> None:  # type: ignore[no-untyped-def]
    data = json.loads(packaged_model().to_json())
    loaded = load_model_roundtrip(tmp_path, data)
    assert loaded.concepts.intercept == packaged_model().concepts.intercept
    assert np.array_equal(loaded.sentences.weights, packaged_model().sentences.weights)
    for part in ("sentences", "concepts"):
        data = json.loads(packaged_model().to_json())
        data[part]["features"] = data[part]["features"][:-1]
        with pytest.raises(ModelError, match="other features"):
            model_from_json(json.dumps(data), "old.json")
        data = json.loads(packaged_model().to_json())
        data[part]["scale"][0] = 0.0
        with pytest.raises(ModelError, match="one value per feature"):
            model_from_json(json.dumps(data), "bad.json")
    with pytest.raises(ModelError, match=r"old\.json: trained on other features"):
        model_from_json(json.dumps(data["sentences"]), "old.json")  # the one-model format
    with pytest.raises(ModelError, match="not JSON"):
        model_from_json("{", "broken.json")


def load_model_roundtrip(tmp_path, data):  # type: ignore[no-untyped-def]
    path = tmp_path / "model.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return load_model(path)


def test_a_model_file_carries_the_cluster_prior_ramp_it_was_chosen_with(tmp_path) -> None:  # type: ignore[no-untyped-def]
    data = json.loads(packaged_model().to_json())
    assert data["prior_ramp"] in PRIOR_RAMPS  # bench/train_ranker.py chose it from the grid
    data["prior_ramp"] = 1.5
    assert load_model_roundtrip(tmp_path, data).prior_ramp == 1.5
    del data["prior_ramp"]  # a file written before the ramp was chosen per model
    assert load_model_roundtrip(tmp_path, data).prior_ramp == PRIOR_RAMP
    for bad in (-1, "1.0", True, None):
        data["prior_ramp"] = bad
        with pytest.raises(ModelError, match="prior_ramp must be a number"):
            model_from_json(json.dumps(data), "bad.json")


def test_a_model_file_carries_its_lead_blend_for_one_article(tmp_path) -> None:  # type: ignore[no-untyped-def]
    data = json.loads(packaged_model().to_json())
    assert data["lead_blend"] in LEAD_BLENDS  # bench/train_ranker.py chose it from the grid
    data["lead_blend"] = 0.3
    assert load_model_roundtrip(tmp_path, data).lead_blend == 0.3
    del data["lead_blend"]  # a file written before the blend: the learned weight alone
    assert load_model_roundtrip(tmp_path, data).lead_blend == 0.0
    for bad in (-0.1, 1.5, "0.1", True, None):
        data["lead_blend"] = bad
        with pytest.raises(ModelError, match="lead_blend must be a number from 0 to 1"):
            model_from_json(json.dumps(data), "bad.json")


ONE_ARTICLE = [
    "Sáng 5/6, Hội đồng nhân dân tỉnh Bắc Giang khai mạc kỳ họp thứ bảy tại thành phố Bắc Giang.",
    "Kỳ họp xem xét các báo cáo kinh tế xã hội sáu tháng đầu năm của tỉnh.",
    "Giá vàng trong nước hôm nay tăng mạnh theo thị trường thế giới.",
]


def with_one_article_models() -> tuple[Ranker, Ranker]:
    """The shipped cluster models alone, and the same with other models that weigh one
    article."""
    model = replace(packaged_model(), one_article=None)
    shifted = replace(model.sentences, intercept=model.sentences.intercept + 1.0)
    negated = replace(model.concepts, weights=-model.concepts.weights)
    return model, replace(model, one_article=(shifted, negated))


def test_one_article_is_weighed_by_the_models_fitted_with_articles_as_published() -> None:
    # The articles as published teach an opening that sums up its article: the models fitted
    # with them weigh one article; a cluster keeps the models fitted without them.
    model, ranker = with_one_article_models()
    one = Candidates(tuple(Sentence(t, "a", i) for i, t in enumerate(ONE_ARTICLE)))
    given = learned.learned_input(one)
    plain, lone = learned.weigh(given, one, model), learned.weigh(given, one, ranker)
    assert np.allclose(lone.scores, plain.scores + 1.0)
    assert np.allclose(lone.weights, ranker.one_article[1].predict(lone.table))  # type: ignore[index]
    assert np.allclose(learned.rate(one.sentences, [], ranker), plain.scores + 1.0)
    cluster = Candidates(
        (Sentence(ONE_ARTICLE[0], "a", 0), Sentence(ONE_ARTICLE[1], "b", 0), Sentence(SAME, "b", 1))
    )
    given = learned.learned_input(cluster)
    mine, shipped = learned.weigh(given, cluster, ranker), learned.weigh(given, cluster, model)
    assert np.array_equal(mine.scores, shipped.scores)
    assert np.array_equal(mine.weights, shipped.weights)


def test_a_model_file_may_carry_the_models_that_weigh_one_article(tmp_path) -> None:  # type: ignore[no-untyped-def]
    _, ranker = with_one_article_models()
    data = json.loads(ranker.to_json())
    loaded = load_model_roundtrip(tmp_path, data)
    assert loaded.one_article is not None
    assert loaded.one_article[0].intercept == ranker.one_article[0].intercept  # type: ignore[index]
    assert np.array_equal(loaded.one_article[1].weights, ranker.one_article[1].weights)  # type: ignore[index]
    data["one_article"]["concepts"]["features"] = data["one_article"]["concepts"]["features"][:-1]
    with pytest.raises(ModelError, match="other features"):
        model_from_json(json.dumps(data), "old.json")
    data["one_article"] = [1, 2]
    with pytest.raises(ModelError, match="one_article must hold"):
        model_from_json(json.dumps(data), "bad.json")
    del data["one_article"]  # a file written before: the cluster's models weigh one article
    assert load_model_roundtrip(tmp_path, data).one_article is None
