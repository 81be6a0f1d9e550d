"""The ICSI concept ILP peer (bench/ilp.py): exact knapsack, concepts, frequency floors, pruning."""

from __future__ import annotations

import pytest

from bench import ilp
from summarize.text.words import stop_words, syllable_tuple


def unit(text: str, document: str = "d1") -> ilp.Unit:
    return ilp.Unit(text, document, syllable_tuple(text))


def test_the_knapsack_is_exact_where_greedy_by_ratio_is_not() -> None:
    # Sentence 0 has the best value per syllable (10 over 6) but then nothing else fits; the
    # optimum under 10 syllables is sentences 1 and 2 (7 + 7 = 14 > 10).
    lengths, covers, values = [6, 5, 5], [[0], [1], [2]], [10.0, 7.0, 7.0]
    assert ilp.solve(lengths, covers, values, 10) == [1, 2]


def test_a_concept_counts_once_however_many_chosen_sentences_hold_it() -> None:
    # Sentences 0 and 1 both carry concept 0 (weight 10); taking both would pay it twice.
    lengths, covers, values = [5, 5, 5], [[0], [0], [1]], [10.0, 3.0]
    chosen = ilp.solve(lengths, covers, values, 10)
    assert 2 in chosen and len(chosen) == 2


def test_the_budget_is_never_exceeded() -> None:
    assert ilp.solve([7, 7], [[0], [1]], [5.0, 5.0], 13) in ([0], [1])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("và của", set()),  # stop words only
        ("giá vàng", {("giá", "vàng")}),
        ("của giá", {("của", "giá")}),  # one content syllable is enough
    ],
)
def test_concepts_are_bigrams_not_made_of_stop_words_only(
    text: str, expected: set[tuple[str, str]]
) -> None:
    assert ilp.concepts(syllable_tuple(text), stop_words()) == expected


@pytest.mark.parametrize(("documents", "floor"), [(1, 2), (5, 2), (7, 3), (10, 3)])
def test_the_frequency_floor_scales_with_the_cluster(documents: int, floor: int) -> None:
    assert ilp.min_frequency(documents) == floor


def test_short_quoted_and_repeated_units_are_not_candidates() -> None:
    long = "Giá vàng trong nước hôm nay tăng mạnh theo đà tăng của giá vàng thế giới."
    units = [
        unit(long),
        unit("Ảnh: Minh họa."),
        unit(f"“{long}”"),
        unit(long, "d2"),
        unit("Ngân hàng Nhà nước cho biết sẽ tiếp tục theo dõi sát diễn biến của thị trường vàng."),
    ]
    assert ilp.candidates(units) == [0, 4]


def test_weights_count_documents_in_a_cluster_and_sentences_in_one_article() -> None:
    a = "Giá vàng trong nước hôm nay tăng mạnh."
    b = "Giá vàng thế giới cũng tăng mạnh trong phiên."
    cluster = ilp.weights([unit(a, "d1"), unit(b, "d1"), unit(b, "d2")], stop_words())
    article = ilp.weights([unit(a), unit(b), unit(b)], stop_words())
    assert cluster[("giá", "vàng")] == 2  # two articles
    assert article[("giá", "vàng")] == 3  # three sentences
    assert ("thế", "giới") in cluster and ("hôm", "nay") not in cluster  # below the floor of 2


def test_an_article_with_no_repeated_bigram_still_gets_a_summary() -> None:
    units = [
        unit("Giá vàng trong nước hôm nay tăng mạnh theo thị trường thế giới."),
        unit(
            "Ngân hàng Nhà nước cho biết sẽ tiếp tục theo dõi sát diễn biến trong những ngày tới."
        ),
    ]
    assert set(ilp.weights(units, stop_words()).values()) == {1}
    assert ilp.summarize(units, 14) == [units[0].text]  # 14 syllables: only the first fits
