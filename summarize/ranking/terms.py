"""The shared term model: syllable ids, TF-IDF rows and the centroid every ranker reads.

Written once here and read by dedup, the features, the rankers and the grouping's similarity,
so that they cannot drift apart. numpy only on the fast path; scipy joins when a caller wants
matrix algebra (`to_scipy`, `tfidf_matrix`).
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass
from itertools import chain, count, islice
from operator import itemgetter
from typing import TYPE_CHECKING, Final

import numpy as np

from ..models import Sentence
from ..text.words import stop_words, syllable_tuple

if TYPE_CHECKING:
    import numpy.typing as npt
    from scipy import sparse

# A matrix of at most this many rows has its rows' dot products summed in numpy (one dense
# block, when they make at most MAX_PAIRS products); larger ones go through scipy, block by block.
DENSE_ROWS = 512
MAX_PAIRS = 2_000_000


@dataclass(frozen=True, slots=True)
class TokenIds:
    """Rows of tokens as flat numpy arrays: each token's id and the row it belongs to."""

    vocabulary: dict[str, int]  # token -> id, ids in first-seen order
    ids: np.ndarray
    rows: np.ndarray  # non-decreasing


# The rows last given and their ids. Dedup asks for a cluster's sentences, the ranker for the
# same sentences with the titles after them (the TF-IDF matrix), then for the sentences alone
# (the concepts): rows that extend the last ones are counted from where those stopped, and the
# head of the last rows is read off (first-seen order: the head's ids are the first ones).
_LAST: list[tuple[list[Sequence[str]], TokenIds]] = []


def token_ids(rows: Sequence[Sequence[str]]) -> TokenIds:
    """Give every distinct token an id once, then work on integers (vectorised, no Python loop
    per pair): n-grams become id pairs folded into one integer. The arrays are read-only."""
    rows = list(rows)
    last = _LAST[-1] if _LAST else None
    if last is not None and len(rows) <= len(last[0]) and rows == last[0][: len(rows)]:
        return _head_ids(last[1], sum(map(len, rows)))
    if last is not None and len(rows) > len(last[0]) and rows[: len(last[0])] == last[0]:
        found = _extended_ids(last[1], rows[len(last[0]) :], len(last[0]))
    else:
        found = _counted_ids(rows)
    _LAST[:] = [(rows, found)]
    return found


def _head_ids(tokens: TokenIds, size: int) -> TokenIds:
    """The ids of the first `size` tokens, as token_ids would give them for their rows alone."""
    ids, owner = tokens.ids[:size], tokens.rows[:size]
    known = int(ids.max()) + 1 if size else 0
    return TokenIds(dict(islice(tokens.vocabulary.items(), known)), ids, owner)


def _extended_ids(tokens: TokenIds, more: Sequence[Sequence[str]], start: int) -> TokenIds:
    """`tokens` (the ids of rows 0..start-1) with the rows `more` after them: what
    _counted_ids gives for all the rows, new tokens numbered on in first-seen order."""
    added = _counted_ids(more)
    vocabulary = dict(tokens.vocabulary)  # the last rows' ids stay theirs
    for token in added.vocabulary:
        vocabulary.setdefault(token, len(vocabulary))
    ids = np.array([vocabulary[token] for token in added.vocabulary], dtype=np.int64)
    owner = np.concatenate([tokens.rows, added.rows + start])
    together = np.concatenate([tokens.ids, ids[added.ids]])
    together.flags.writeable = owner.flags.writeable = False  # shared with the next call
    return TokenIds(vocabulary, together, owner)


def _counted_ids(rows: Sequence[Sequence[str]]) -> TokenIds:
    tokens = list(chain.from_iterable(rows))
    vocabulary = dict(zip(dict.fromkeys(tokens), count()))
    # itemgetter looks every token up in one C call (one token: a bare value, not a tuple)
    found = itemgetter(*tokens)(vocabulary) if len(tokens) > 1 else [vocabulary[t] for t in tokens]
    ids = np.array(found, dtype=np.int64)
    lengths = np.fromiter(map(len, rows), dtype=np.int64, count=len(rows))
    owner = np.repeat(np.arange(len(rows), dtype=np.int64), lengths)
    ids.flags.writeable = owner.flags.writeable = False  # shared with the next call
    return TokenIds(vocabulary, ids, owner)


# numpy's stable sort of a few thousand int64 keys takes a third to a half of its default
# (quick)sort's time on this machine, and of integers both give the same sorted array.
_SORT: Final = "stable"


def _fresh(ordered: np.ndarray) -> npt.NDArray[np.bool_]:
    """Where each run of equal values of a sorted array starts (no np.r_: its Python-level
    indexing costs more than the comparison on a cluster's arrays)."""
    fresh = np.empty(len(ordered), dtype=bool)
    fresh[:1] = True
    np.not_equal(ordered[1:], ordered[:-1], out=fresh[1:])
    return fresh


def _lengths(starts: npt.NDArray[np.intp], total: int) -> npt.NDArray[np.intp]:
    """The length of each run, given where each starts (np.diff with append=, without its
    Python-level concatenation)."""
    lengths = np.empty_like(starts)
    np.subtract(starts[1:], starts[:-1], out=lengths[:-1])
    lengths[-1:] = total - starts[-1:]
    return lengths


def distinct(values: np.ndarray) -> np.ndarray:
    """`np.unique(values)` of an integer array, by sorting: numpy 2's hash table is 3-4 times
    slower on a cluster's few thousand keys, and the result is the same sorted array."""
    ordered = np.sort(values, axis=None, kind=_SORT)
    return ordered[_fresh(ordered)]


@dataclass(frozen=True, slots=True)
class Distinct:
    """`np.unique` of an integer array and its extras, from one stable sort: numpy's own runs a
    dozen small steps per call and sorts again for each array it is asked for."""

    keys: np.ndarray  # the distinct values, sorted
    inverse: npt.NDArray[np.intp]  # each value's position in keys
    order: npt.NDArray[np.intp]  # the values' stable sort
    starts: npt.NDArray[np.intp]  # where each key's run starts in that order

    @property
    def first(self) -> npt.NDArray[np.intp]:
        """Each key's first position in the values (the sort is stable)."""
        return self.order[self.starts]

    @property
    def counts(self) -> npt.NDArray[np.intp]:
        """How many times each key occurs."""
        return _lengths(self.starts, len(self.order))


def grouped(values: np.ndarray) -> Distinct:
    """The arrays of `np.unique(values, return_index=True, return_inverse=True,
    return_counts=True)` for a 1-d integer array (dtypes included)."""
    order = np.argsort(values, kind=_SORT)
    ordered = values[order]
    fresh = _fresh(ordered)
    inverse = np.empty(len(values), dtype=np.intp)
    inverse[order] = np.cumsum(fresh) - 1
    starts = np.flatnonzero(fresh)
    return Distinct(ordered[starts], inverse, order, starts)


def members(values: np.ndarray, of: np.ndarray) -> np.ndarray:
    """`np.isin(values, of)` of integer arrays by binary search in `of`'s distinct values
    (np.isin hashes or sorts both arrays, each time)."""
    found = distinct(of)
    if not found.size:
        return np.zeros(np.shape(values), dtype=bool)
    near = np.minimum(np.searchsorted(found, values), len(found) - 1)
    hit: np.ndarray = found[near] == values
    return hit


def holders(owner: np.ndarray, key: np.ndarray, keys: int) -> np.ndarray:
    """For each key 0..keys-1, how many distinct owners (articles) hold it."""
    k = max(1, keys)
    return np.bincount(distinct(owner.astype(np.int64) * k + key) % k, minlength=keys)


def runs(values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Start and length of each run of equal values in a sorted array."""
    starts = np.flatnonzero(_fresh(values))
    return starts, _lengths(starts, len(values))


def group_pairs(starts: np.ndarray, sizes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Every (earlier, later) pair of positions inside each group of a sorted array, group after
    group, given each group's start and size. Flat numpy: each member is repeated once per
    member after it, then offset."""
    offset = np.arange(sizes.sum()) - np.repeat(np.cumsum(sizes) - sizes, sizes)
    member = np.repeat(starts, sizes) + offset
    after = np.repeat(sizes, sizes) - offset - 1  # members that follow it in its group
    first = np.repeat(member, after)
    step = np.arange(after.sum()) - np.repeat(np.cumsum(after) - after, after) + 1
    return first, first + step


def stop_flags(tokens: Collection[str]) -> npt.NDArray[np.bool_]:
    """Which tokens are stop words, looked up in C (a cluster's vocabulary, several times)."""
    return np.fromiter(map(stop_words().__contains__, tokens), dtype=bool, count=len(tokens))


def article_ids(sentences: Sequence[Sentence]) -> np.ndarray:
    """Each sentence's article as 0, 1, ... in order of first appearance."""
    ids: dict[str, int] = {}
    return np.array([ids.setdefault(s.article, len(ids)) for s in sentences], dtype=np.int64)


@dataclass(frozen=True, slots=True)
class TermMatrix:
    """L2-normalised TF-IDF rows in CSR form, as plain numpy arrays (no scipy on the fast path)."""

    data: np.ndarray  # weight of each stored entry
    indices: np.ndarray  # its column (term id)
    owner: np.ndarray  # its row (sentence), non-decreasing
    shape: tuple[int, int]

    def head(self, rows: int) -> TermMatrix:
        """The first `rows` rows (the sentences, without the title row)."""
        end = int(np.searchsorted(self.owner, rows))
        keep = slice(0, end)
        return TermMatrix(
            self.data[keep], self.indices[keep], self.owner[keep], (rows, self.shape[1])
        )

    def dense_row(self, row: int) -> np.ndarray:
        start, end = np.searchsorted(self.owner, [row, row + 1])
        vector = np.zeros(self.shape[1])
        vector[self.indices[start:end]] = self.data[start:end]
        return vector

    def dot(self, vector: np.ndarray) -> np.ndarray:
        """Each row's dot product with a dense vector over the columns."""
        weights = self.data * vector[self.indices]
        return np.bincount(self.owner, weights=weights, minlength=self.shape[0])

    def column_means(self) -> np.ndarray:
        totals = np.bincount(self.indices, weights=self.data, minlength=self.shape[1])
        return totals / max(1, self.shape[0])

    def dot_blocks(self, columns: int) -> Iterator[tuple[int, np.ndarray]]:
        """Each block of rows' dot products with the first `columns` rows, dense, with the
        block's first row. Summed term by term in column order, as scipy's sparse product sums
        them, so either way gives the same bits; a cluster-sized matrix never imports scipy."""
        gram = self._gram() if columns == self.shape[0] <= DENSE_ROWS else None
        if gram is not None:
            yield 0, gram
            return
        matrix = self.to_scipy()
        for start in range(0, self.shape[0], DENSE_ROWS):
            yield start, (matrix[start : start + DENSE_ROWS] @ matrix[:columns].T).toarray()

    def _gram(self) -> np.ndarray | None:
        """Every row's dot product with every row, or None past MAX_PAIRS products. Each term's
        rows pair up (earlier, later), term after term: a cell adds its terms in column order."""
        n = self.shape[0]
        order = np.argsort(self.indices * n + self.owner, kind=_SORT)  # by term, then row (unique)
        term, row, value = self.indices[order], self.owner[order], self.data[order]
        starts, sizes = runs(term)
        if int((sizes * (sizes - 1)).sum()) // 2 > MAX_PAIRS:
            return None
        useful = sizes > 1
        first, second = group_pairs(starts[useful], sizes[useful])
        keys = row[first] * n + row[second]
        upper = np.bincount(keys, weights=value[first] * value[second], minlength=n * n)
        upper = upper.astype(np.float64, copy=False)  # no pair at all: bincount gives ints
        gram: np.ndarray = upper.reshape(n, n) + upper.reshape(n, n).T  # one side is 0: exact
        gram[np.arange(n), np.arange(n)] = np.bincount(
            self.owner, weights=self.data * self.data, minlength=n
        )
        return gram

    def to_scipy(self) -> sparse.csr_matrix:
        from scipy import sparse

        return sparse.csr_matrix((self.data, (self.owner, self.indices)), shape=self.shape)


def centrality(matrix: TermMatrix) -> np.ndarray:
    """Each row's cosine with the centroid of all rows (0 when the centroid is empty)."""
    centroid = matrix.column_means()
    norm = float(np.sqrt(np.sum(centroid * centroid)))  # not np.linalg: no BLAS threads
    return matrix.dot(centroid / norm) if norm else np.zeros(matrix.shape[0])


def titled_matrix(sentences: Sequence[Sentence], titles: Sequence[str]) -> TermMatrix:
    """TF-IDF rows of the sentences, then one row for the joined titles when there are any."""
    title = " ".join(t for t in titles if t.strip())
    return term_matrix([s.text for s in sentences], [title] if title else [])


def tfidf_matrix(texts: Sequence[str], extra: Sequence[str] = ()) -> sparse.csr_matrix:
    """`term_matrix` as a scipy CSR matrix, for callers that want matrix algebra (grouping)."""
    return term_matrix(texts, extra).to_scipy()


def term_matrix(texts: Sequence[str], extra: Sequence[str] = ()) -> TermMatrix:
    """L2-normalised TF-IDF rows over syllable unigrams and bigrams (stop syllables dropped).

    `extra` texts (titles) get rows at the end, weighted with the sentences' IDF only.
    """
    tokens = token_ids([syllable_tuple(text) for text in [*texts, *extra]])
    size = len(tokens.vocabulary)
    content = ~stop_flags(tokens.vocabulary)
    keep = content[tokens.ids] if size else np.zeros(0, dtype=bool)
    same_row = tokens.rows[:-1] == tokens.rows[1:]
    codes = tokens.ids[:-1][same_row] * size + tokens.ids[1:][same_row]
    bigrams = grouped(codes)
    cols = np.concatenate([tokens.ids[keep], size + bigrams.inverse])
    all_rows = np.concatenate([tokens.rows[keep], tokens.rows[:-1][same_row]])
    shape = (len(texts) + len(extra), max(1, size + len(bigrams.keys)))
    return _weighted(all_rows * shape[1] + cols, shape, len(texts))


def _weighted(keys: np.ndarray, shape: tuple[int, int], documents: int) -> TermMatrix:
    """One entry per (row, term) with its count, sorted by row (the CSR order), as log TF x IDF
    (IDF over the first `documents` rows), each row L2-normalised."""
    found = grouped(keys)
    entries, counts = found.keys, found.counts
    owner, indices = entries // shape[1], entries % shape[1]
    df = np.bincount(indices[owner < documents], minlength=shape[1])
    idf = np.log((1 + documents) / (1 + df)) + 1.0
    data = np.log1p(counts) * idf[indices]
    norms = np.sqrt(np.bincount(owner, weights=data * data, minlength=shape[0]))
    norms[norms == 0] = 1.0
    return TermMatrix(data / norms[owner], indices, owner, shape)
