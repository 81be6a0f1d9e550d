"""A crime's doer named by its part ("hung thủ", "nghi phạm", "nghi can") keeps a count's verb as a
court role does, and the verb words before a count neither cut a word in two nor reach past a word
that opens a clause ("khi", "để", "thì") (read off s9's "hung thủ đã chuẩn bị rất kỹ khi mua 3 con
dao", gold "dao hung thủ mua để gây án"; bench/README.md, stop 42)."""

from __future__ import annotations

from summarize.briefing.facts import extract_facts


def _labels(sentence: str) -> dict[str, str | None]:
    return {f.text: f.label for f in extract_facts([sentence])}


def test_the_killer_is_the_doer_of_what_he_bought() -> None:
    """ "hung thủ … mua 3 con dao": the knives the killer bought (rule H)."""
    label = _labels("Để làm việc trên, hung thủ đã chuẩn bị rất kỹ khi mua 3 con dao.")["3 con"]
    assert label is not None
    assert label.startswith("hung thủ")
    assert label.endswith("mua dao")


def test_the_verb_words_do_not_cut_a_word_in_two() -> None:
    """ "… chất ma tuý với tổng khối lượng 120 kg bột": "ma tuý", not "tuý" (rule V)."""
    sentence = (
        "Các bị cáo phải chịu trách nhiệm về tội Mua bán trái phép chất ma tuý với tổng khối lượng"
        " 120 kg bột."
    )
    assert (_labels(sentence)["120 kg"] or "").startswith("ma tuý")


def test_the_verb_words_start_after_a_word_that_opens_a_clause() -> None:
    """ "đi xe khách đến nhà Giàng để mua 5 kg thuốc phiện": the buying, not the journey."""
    sentence = "Sáng hôm đó, Vảng và Hòa đi xe khách đến nhà Giàng để mua 5 kg thuốc phiện."
    assert (_labels(sentence)["5 kg"] or "").lower() == "vảng và hòa mua thuốc phiện"
