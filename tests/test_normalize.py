"""Tone folding: the quick test that skips most texts never skips one the fold would change."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from summarize.text.normalize import _OLD_STYLE, fold_tones

# Letters and marks of old- and new-style syllables, q/Q, a digit, spaces and punctuation.
PIECES = (
    list("oOuUqQaAeEyYhtn1 .,-")
    + list("àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸỳýỷỹỵỲÝỶỸỴ")
    + list("\u0300\u0301\u0309\u0303\u0323")
)


def slow_fold(text: str) -> str:
    """The fold without its shortcut: every text through NFD and back."""
    moved = _OLD_STYLE.sub(
        lambda m: m.group(1) + m.group(3) + m.group(2), unicodedata.normalize("NFD", text)
    )
    return unicodedata.normalize("NFC", moved)


@pytest.mark.parametrize(
    ("text", "folded"),
    [("hoà", "hòa"), ("Thuỷ", "Thủy"), ("quý", "quý"), ("Quà", "Quà"), ("hoàng", "hoàng"),
     ("oà", "òa"), ("qoà", "qoà"), ("xoè hoa", "xòe hoa")],
)  # fmt: skip
def test_old_style_tones_move_to_the_first_vowel(text: str, folded: str) -> None:
    assert fold_tones(text) == folded


@given(st.lists(st.sampled_from(PIECES), max_size=12).map("".join))
def test_the_shortcut_agrees_with_the_full_fold(text: str) -> None:
    assert fold_tones(text) == slow_fold(text)
