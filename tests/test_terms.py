"""The shared term model's products: numpy for a cluster, scipy past it, the same bits."""

from __future__ import annotations

import json

import numpy as np
import pytest

from bench.corpora import VIMS
from summarize.ranking import terms
from summarize.ranking.terms import TermMatrix, group_pairs, runs, term_matrix


def scipy_product(matrix: TermMatrix, columns: int) -> np.ndarray:
    sparse = matrix.to_scipy()
    product: np.ndarray = (sparse @ sparse[:columns].T).toarray()
    return product


def joined(matrix: TermMatrix, columns: int) -> np.ndarray:
    blocks = list(matrix.dot_blocks(columns))
    assert [start for start, _ in blocks] == list(range(0, matrix.shape[0], terms.DENSE_ROWS))
    return np.vstack([block for _, block in blocks])


@pytest.fixture(scope="module")
def cluster_texts() -> list[str]:
    with VIMS.path.open(encoding="utf-8") as handle:
        cluster = json.loads(handle.readline())
    return [line for d in cluster["documents"] for line in d["text"].split("\n") if line.strip()]


def test_a_clusters_products_are_scipys_bit_for_bit(cluster_texts: list[str]) -> None:
    matrix = term_matrix(cluster_texts)
    assert matrix.shape[0] <= terms.DENSE_ROWS
    assert np.array_equal(joined(matrix, matrix.shape[0]), scipy_product(matrix, matrix.shape[0]))


def test_a_large_matrix_goes_through_scipy_block_by_block(
    cluster_texts: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(terms, "DENSE_ROWS", 7)
    matrix = term_matrix(cluster_texts)
    assert np.array_equal(joined(matrix, 10), scipy_product(matrix, 10))


def test_too_many_products_fall_back_to_scipy(
    cluster_texts: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(terms, "MAX_PAIRS", 3)
    matrix = term_matrix(cluster_texts)
    assert matrix._gram() is None
    assert np.array_equal(joined(matrix, matrix.shape[0]), scipy_product(matrix, matrix.shape[0]))


def test_group_pairs_lists_each_pair_of_a_group_once_group_after_group() -> None:
    starts, sizes = runs(np.array([4, 4, 4, 7, 9, 9]))
    assert starts.tolist() == [0, 3, 4] and sizes.tolist() == [3, 1, 2]
    first, second = group_pairs(starts, sizes)
    pairs = list(zip(first.tolist(), second.tolist(), strict=True))
    assert pairs == [(0, 1), (0, 2), (1, 2), (4, 5)]
    assert runs(np.array([], dtype=np.int64))[1].tolist() == []


def test_sentences_without_terms_have_no_similarity() -> None:
    matrix = term_matrix(["", "...", "!!"])
    (start, block), *rest = matrix.dot_blocks(matrix.shape[0])
    assert start == 0 and rest == [] and block.dtype == np.float64
    assert np.array_equal(block, scipy_product(matrix, matrix.shape[0]))


@pytest.mark.parametrize("size", [0, 1, 2, 7, 300])
def test_grouped_gives_np_uniques_arrays(size: int) -> None:
    values = np.random.default_rng(size).integers(-5, 40, size)
    keys, first, inverse, counts = np.unique(
        values, return_index=True, return_inverse=True, return_counts=True
    )
    found = terms.grouped(values)
    for mine, numpys in zip(
        (found.keys, found.first, found.inverse, found.counts),
        (keys, first, inverse, counts),
        strict=True,
    ):
        assert mine.dtype == numpys.dtype and np.array_equal(mine, numpys)


@pytest.mark.parametrize("size", [0, 1, 5, 300])
def test_members_answers_as_np_isin(size: int) -> None:
    rng = np.random.default_rng(size)
    values, of = rng.integers(0, 50, 200), rng.integers(0, 50, size)
    assert np.array_equal(terms.members(values, of), np.isin(values, of))
    assert np.array_equal(terms.distinct(of), np.unique(of))


def test_the_ids_of_the_last_rows_head_are_those_counted_anew() -> None:
    rows = [("hội", "nghị"), ("tỉnh", "hội"), ("về",)]
    whole = terms.token_ids([*rows, ("nghị", "mới")])
    head = terms.token_ids(rows)  # read off the call before
    fresh = terms._counted_ids(rows)
    assert (
        list(head.vocabulary.items())
        == list(fresh.vocabulary.items())
        == [("hội", 0), ("nghị", 1), ("tỉnh", 2), ("về", 3)]
    )
    assert np.array_equal(head.ids, fresh.ids) and np.array_equal(head.rows, fresh.rows)
    with pytest.raises(ValueError):
        whole.ids[0] = 9  # shared with the next call: read-only
