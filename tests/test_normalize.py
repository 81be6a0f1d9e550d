"""Tone folding: the quick test that skips most texts never skips one the fold would change."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from summarize.text.normalize import _OLD_STYLE, fold_tones, json_value

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


def test_json_value_replaces_half_an_emoji_in_every_string_and_key() -> None:
    # Valid JSON (an escaped lone surrogate), but no output could be written as UTF-8 holding it.
    raw = r'{"t\ud83d": ["a \udcff", 1, {"ok": "\ud83d\ude00 Hội"}]}'
    expected = {"t\ufffd": ["a \ufffd", 1, {"ok": "\U0001f600 Hội"}]}
    assert json_value(raw) == json_value(raw.encode()) == expected
    assert json_value(b'["\xed\xa0\xbd"]') == ["\ufffd"]  # its bytes, which json.loads passes
