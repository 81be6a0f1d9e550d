"""Options and the Budget are validated once, at construction; one default budget."""

from __future__ import annotations

import dataclasses

import pytest

from summarize.batch.clusters import summarize_cluster
from summarize.errors import OptionsError
from summarize.models import (
    ALGORITHMS,
    DEFAULT_BUDGET,
    DEFAULT_SENTENCES,
    DEFAULT_SYLLABLES,
    BriefingOptions,
    Budget,
    Options,
    Person,
)
from summarize.text.words import syllable_count


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda: Options(algorithm="nope"), "unknown algorithm"),
        (lambda: Budget.of(sentences=3, words=100), "not both"),
        (lambda: Budget.of(sentences=0), "positive"),
        (lambda: Budget.of(words=-5), "positive"),
        (lambda: Budget(sentences=None, syllables=2.5), "whole number"),
        (lambda: Options(max_bytes=0), "positive"),
        # From Python: a string was a TypeError traceback, 2.5 passed, and "false" allowed links
        # to private addresses.
        (lambda: Options(max_bytes="5"), "positive number, not .5."),
        (lambda: Options(max_sentences=2.5), "positive number, not 2.5"),
        (lambda: Options(allow_private_links="false"), "True or False"),
        (lambda: Options(budget=5), "Budget or None"),
        (lambda: BriefingOptions(title=None), "one line"),
        (lambda: BriefingOptions(group_by="color"), "group_by"),
        (lambda: BriefingOptions(title="a\nb"), "one line"),
    ],
)
def test_bad_options_are_refused_with_a_reason(make: object, message: str) -> None:
    with pytest.raises(OptionsError, match=message):
        make()  # type: ignore[operator]


@pytest.mark.parametrize("name", ALGORITHMS)
def test_every_algorithm_name_is_accepted(name: str) -> None:
    assert Options(algorithm=name).algorithm == name


def test_options_are_frozen_and_keyword_only() -> None:
    options = Options()
    with pytest.raises(dataclasses.FrozenInstanceError):
        options.budget = DEFAULT_BUDGET  # type: ignore[misc]
    with pytest.raises(TypeError):
        Options("lexrank")  # type: ignore[misc]


def test_the_one_default_is_sentences_and_syllables() -> None:
    assert Options().budget is None and Budget.of() is None  # "not given", never "no cap"
    assert Budget.for_article(None) == DEFAULT_BUDGET
    assert Budget(DEFAULT_SENTENCES, DEFAULT_SYLLABLES) == DEFAULT_BUDGET


def test_a_user_length_replaces_the_whole_default() -> None:
    assert Budget.of(words=120) == Budget(sentences=None, syllables=120)
    assert Budget.of(sentences=7) == Budget(sentences=7, syllables=None)


def test_a_cluster_drops_only_the_default_sentence_cap() -> None:
    assert Budget.for_cluster(None) == Budget(sentences=None, syllables=DEFAULT_SYLLABLES)
    assert Budget.for_cluster(Budget(3, None)) == Budget(3, None)
    # A budget given is kept, even one equal to the default: its sentence cap holds.
    assert Budget.for_cluster(Budget(5, 200)) == Budget(5, 200)
    assert Budget.for_article(Budget(None, 80)) == Budget(None, 80)


PLACES = ("Hà Nội", "Hải Dương", "Bắc Giang", "Nghệ An", "Cần Thơ", "Đà Nẵng", "Huế", "Sơn La")


def test_a_cluster_given_the_default_budget_keeps_its_sentence_cap() -> None:
    sentence = "Tỉnh {} đã khai trương {} trường học mới trong tháng {}."
    documents = [
        {
            "id": str(d),
            "text": " ".join(sentence.format(p, n + 3 * d, d + 1) for n, p in enumerate(PLACES)),
        }
        for d in range(3)
    ]  # 24 short sentences, about 260 syllables: more than 5 fit in 200 syllables
    row = {"id": "schools", "documents": documents}
    uncapped = summarize_cluster(row, Options())["sentences"]
    given = summarize_cluster(row, Options(budget=Budget(DEFAULT_SENTENCES, DEFAULT_SYLLABLES)))
    assert len(uncapped) > DEFAULT_SENTENCES
    assert len(given["sentences"]) == DEFAULT_SENTENCES


def test_a_syllable_is_what_a_reader_reads() -> None:
    assert syllable_count("Ngày 19-5, tại TP. Hà Nội – 4.000 người") == 10


def test_default_section_summaries_fit_the_budget(seed_briefing) -> None:  # type: ignore[no-untyped-def]
    for conference in seed_briefing.conferences:
        sizes = [syllable_count(s.text) for s in conference.summary]
        # over budget only when a single sentence is longer than the budget by itself
        assert sum(sizes) <= DEFAULT_SYLLABLES or len(sizes) == 1
        assert 1 <= len(sizes) <= DEFAULT_SENTENCES


def test_a_person_is_shown_title_first_with_the_role_once() -> None:
    colonel = Person("Lê Đức Thành", "Đại tá", "Phó Giám đốc Công an tỉnh")
    assert colonel.titled_name == "Đại tá Lê Đức Thành"
    assert colonel.shown() == "Đại tá Lê Đức Thành — Phó Giám đốc Công an tỉnh"
    assert colonel.shown(" (", ")") == "Đại tá Lê Đức Thành (Phó Giám đốc Công an tỉnh)"
    assert Person("Park Hang-seo", "HLV", "hlv").shown() == "HLV Park Hang-seo"
    assert Person("Nguyễn Văn An", None).shown(" (", ")") == "Nguyễn Văn An"
