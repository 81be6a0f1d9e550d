"""A one-article summary starts from a lead-shaped opening (summarize/ranking/opening.py)."""

from __future__ import annotations

import numpy as np
import pytest

from summarize.models import Budget, Sentence
from summarize.ranking.opening import lead_shaped, opening
from summarize.text.words import syllable_count


@pytest.mark.parametrize(
    "text",
    [
        "TTO - Ngày 23-10, hàng nghìn người xuống đường.",
        "VOV.VN - Sẽ có khoảng 40.000 người tham gia.",
        "(PLO)- Sáng 2/11, Bộ Tài chính tổ chức hội nghị.",
        "( Petrotimes ) – Ngoại trưởng Ấn Độ phát biểu.",
        "Ngày 22/6, tại Hà Nội, UBND TP. Hà Nội họp báo.",
        "Chiều qua (5/3), ông Nguyễn Văn An chủ trì hội nghị.",
    ],
)
def test_an_agency_tag_or_a_dateline_is_a_lead_shaped_opening(text: str) -> None:
    assert lead_shaped(text)


@pytest.mark.parametrize(
    "text",
    [
        "Theo cáo trạng, năm 2013, bị cáo kết hôn.",
        "Phó Chủ tịch EgyptAir, ông Ahmed Adel, không loại trừ khả năng nào.",
        "Vào khoảng 15h ngày 24/7, sự việc xảy ra.",
    ],
)
def test_a_sentence_that_starts_elsewhere_is_not(text: str) -> None:
    assert not lead_shaped(text)


SENTENCES = [
    Sentence("Ngày 22/6, tại Hà Nội, Sở Tài chính tổ chức hội nghị tổng kết.", "a", 0),
    Sentence("Thu ngân sách tăng 13,45%, đạt 33.000 tỷ đồng.", "a", 1),
]


def _opening(sentences: list[Sentence], syllables: int) -> tuple[int, ...]:
    length = np.array([syllable_count(s.text) for s in sentences])
    yes = np.ones(len(sentences), dtype=bool)
    return opening(sentences, length, np.full(len(sentences), -1), yes, Budget(None, syllables))


def test_the_opening_starts_one_article_only_when_it_fits() -> None:
    assert _opening(SENTENCES, 100) == (0,)
    assert _opening(SENTENCES, 5) == (), "too long for the budget: the cover chooses"
    two_articles = [SENTENCES[0], Sentence(SENTENCES[1].text, "b", 0)]
    assert _opening(two_articles, 100) == (), "a cluster's summary is the cover's"
