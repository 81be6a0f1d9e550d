"""What makes two articles about one event: text, title and the names they share."""

from __future__ import annotations

import numpy as np
import pytest
from scipy import sparse

from summarize.briefing.similarity import event_features, names, top_terms
from summarize.models import Article
from summarize.pipeline import prepare_article
from summarize.text.load import document_from_text

from .events import FAIR, VISIT


def article(text: str, article_id: str = "a1") -> Article:
    return prepare_article(document_from_text(text, source=f"{article_id}.txt"), article_id)


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        ("Tin\n\nLãnh đạo Triều Tiên Kim Jong-un đã bỏ thuốc lá.", {"triều_tiên_kim_jong-un"}, {"lãnh"}),
        ("Tin\n\nÔng nói với hãng tin Yonhap của Hàn Quốc.", {"yonhap", "hàn_quốc"}, {"ông"}),
        # a sentence's first word is capitalised anyway; punctuation ends a name
        ("Tin\n\n“Đây là tin tốt,” Bộ Y tế nói.", {"bộ_y_tế"}, {"đây"}),
        ("Tin\n\nHọ đến Hà Nội, Đà Nẵng và Huế.", {"hà_nội", "đà_nẵng", "huế"}, {"hà_nội_đà_nẵng"}),
        # one tone style: "Khánh Hoà" and "Khánh Hòa" are one name
        ("Tin\n\nNgư dân Khánh Hoà câu được cá ngừ.", {"khánh_hòa"}, {"khánh_hoà"}),
        # a legal reference names no actor: two roundups of new rules both cite decrees
        ("Tin\n\nTheo Nghị định 68/2026/NĐ-CP và Điều 10 Thông tư này, Bộ Tài chính hướng dẫn.",
         {"bộ_tài_chính"}, {"nghị", "nghị_định", "nđ-cp", "điều", "thông", "thông_tư"}),
        # an organisation's name is capitalised on its first syllable only: its compounds go
        # with it ("chứng" of two exchanges' names put a FTSE list and FLC's shares in one section)
        ("Tin\n\nCổ phiếu được giao dịch tại Sở Giao dịch Chứng khoán TPHCM và Chứng khoán MB.",
         {"sở_giao_dịch_chứng_khoán_tphcm", "chứng_khoán_mb"}, {"chứng", "sở_giao", "mb"}),
        # a given name followed by a word that makes no compound with it stays itself
        ("Tin\n\nTheo ông Tống Anh Linh đang sở hữu 30 tài khoản.", {"tống_anh_linh"}, set()),
        ("Tin\n\nBà gặp ông Thông tại Hà Nội.", {"thông", "hà_nội"}, set()),
    ],
)  # fmt: skip
def test_names_are_runs_of_capitalised_words(
    text: str, expected: set[str], absent: set[str]
) -> None:
    found = names(article(text))
    assert expected <= found
    assert not absent & found


def test_top_terms_keeps_each_rows_heaviest_entries_renormalised() -> None:
    matrix = sparse.csr_matrix(
        np.array([[0.1, 0.8, 0.2, 0.5], [0.0, 0.0, 0.3, 0.0], [0.4, 0.4, 0.4, 0.1]])
    )
    pruned = top_terms(matrix, 2).toarray()
    assert (pruned > 0).tolist() == [
        [False, True, False, True],
        [False, False, True, False],
        [True, True, False, False],  # a tie goes to the lower column
    ]
    assert np.allclose(np.linalg.norm(pruned, axis=1), 1.0)


def test_articles_of_one_event_are_more_alike_than_articles_of_two() -> None:
    articles = [article(t, f"a{n}") for n, t in enumerate([*VISIT, *FAIR])]
    features = event_features(articles)
    similarity = (features @ features.T).toarray()
    visit, fair = slice(0, len(VISIT)), slice(len(VISIT), None)
    across = similarity[visit, fair].max()
    within = min(similarity[visit, visit].min(), similarity[fair, fair].min())
    assert across < 0.05 < within
    assert np.allclose(similarity, similarity.T)
