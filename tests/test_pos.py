"""summarize.briefing.pos builds underthesea's part-of-speech features once per template entry
instead of once per word and entry: the features and tags must be underthesea's own, on
sentences of every length (a template entry reaches up to three words back and two ahead, so
the first and last three words of a sentence are where BOS and EOS differ)."""

from __future__ import annotations

import pytest
from underthesea import pos_tag as underthesea_pos_tag
from underthesea import word_tokenize
from underthesea.pipeline.pos_tag.model_crf import CRFPOSTagPredictor

from summarize.briefing.pos import features, pos_tag

SENTENCES = [
    "",
    "Họp.",
    "Hà Nội",
    "Ông Nguyễn Văn An phát biểu.",
    "Uỷ ban nhân dân tỉnh Khánh Hoà họp sáng 2/11 tại TP.HCM.",
    "Toàn tỉnh đã tạo việc làm mới cho 33.000 lao động trong năm 2023, tăng 13,45%.",
    '"Chúng tôi sẵn sàng", HLV Park Hang-seo nói với VnExpress (Hàn Quốc) chiều qua!',
    "từ1 từ2 từ3 từ4 từ5 từ6 từ7 từ8 từ9 từ10",
]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_features_are_underthesea_s_own(sentence: str) -> None:
    words = word_tokenize(sentence)
    transformer = CRFPOSTagPredictor.Instance().transformer
    expected = transformer.transform([[(w, "X") for w in words]])[0][0] if words else []
    assert features(words) == expected


@pytest.mark.parametrize("sentence", SENTENCES)
def test_tags_are_underthesea_s_own(sentence: str) -> None:
    assert pos_tag(sentence) == underthesea_pos_tag(sentence)
