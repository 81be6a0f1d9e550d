"""is_vietnamese stops counting marked words once the share is reached: the answer must stay
marked_share(text) >= MIN_MARKED_SHARE, at the share itself and on either side of it."""

from __future__ import annotations

from summarize.text.language import MIN_MARKED_SHARE, is_vietnamese, marked_share


def text_of(marked: int, plain: int) -> str:
    return " ".join(["được"] * marked + ["the"] * plain + ["2024", "—"])  # no letter: not words


def test_the_share_itself_is_vietnamese_and_one_word_less_is_not() -> None:
    assert marked_share(text_of(3, 17)) == MIN_MARKED_SHARE
    assert is_vietnamese(text_of(3, 17))
    assert not is_vietnamese(text_of(2, 18))


def test_marked_words_late_in_the_text_still_count() -> None:
    text = " ".join(["the"] * 80 + ["Đà", "Nẵng"] * 10)
    assert marked_share(text) == 0.2 and is_vietnamese(text)


def test_a_short_text_is_not_judged() -> None:
    assert is_vietnamese("The minister said so.")
