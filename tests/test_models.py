"""Options are validated once, at construction."""

from __future__ import annotations

import dataclasses

import pytest

from summarize.errors import OptionsError
from summarize.models import ALGORITHMS, DEFAULT_SENTENCES, DEFAULT_SUMMARY_SYLLABLES, Options


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"algorithm": "nope"}, "unknown algorithm"),
        ({"sentences": 3, "words": 100}, "not both"),
        ({"sentences": 0}, "positive"),
        ({"words": -5}, "positive"),
        ({"max_bytes": 0}, "positive"),
        ({"group_by": "color"}, "group_by"),
    ],
)
def test_bad_options_are_refused_with_a_reason(kwargs: dict[str, object], message: str) -> None:
    with pytest.raises(OptionsError, match=message):
        Options(**kwargs)  # type: ignore[arg-type]


@pytest.mark.parametrize("name", ALGORITHMS)
def test_every_algorithm_name_is_accepted(name: str) -> None:
    assert Options(algorithm=name).algorithm == name


def test_options_are_frozen_and_keyword_only() -> None:
    options = Options()
    with pytest.raises(dataclasses.FrozenInstanceError):
        options.sentences = 3  # type: ignore[misc]
    with pytest.raises(TypeError):
        Options("lexrank")  # type: ignore[misc]


def test_default_length_is_sentences_unless_words_given() -> None:
    assert Options().limit_sentences == DEFAULT_SENTENCES
    assert Options(words=120).limit_sentences is None
    assert Options(sentences=2).limit_sentences == 2


def test_default_length_also_stops_at_a_syllable_budget() -> None:
    assert Options().limit_words == DEFAULT_SUMMARY_SYLLABLES
    assert Options(words=120).limit_words == 120
    assert Options(sentences=7).limit_words is None  # an explicit sentence count is obeyed


def test_default_section_summaries_fit_the_budget(seed_briefing) -> None:  # type: ignore[no-untyped-def]
    for conference in seed_briefing.conferences:
        sizes = [len(s.text.split()) for s in conference.summary]
        # over budget only when a single sentence is longer than the budget by itself
        assert sum(sizes) <= DEFAULT_SUMMARY_SYLLABLES or len(sizes) == 1
        assert 1 <= len(sizes) <= DEFAULT_SENTENCES
