"""Exact and near-duplicate sentences, within and across articles, each drop with its reason.

Candidates come from an inverted index of word trigrams (rare ones only), so the work grows with
the number of sentences, not its square; rapidfuzz verifies each candidate pair.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

import numpy as np
from rapidfuzz import fuzz

from ..models import Deduplicated, Dropped, Relation, Sentence
from ..text.normalize import fold_tones
from ..text.words import syllable_tuple
from .terms import group_pairs, grouped, runs, token_ids

# Statements repeated with a word or two changed score ≥ 90 (the seeds' repeated statements of
# one speaker score 93–97); different sentences on the same topic stay well below 80.
NEAR_DUPLICATE_RATIO = 90.0
# A sentence whose words are ≥ 90 % inside a longer one only adds a word or two ("về").
CONTAINED_SHARE = 0.9
# Below this many words only an exact repeat is a duplicate ("Hội nghị bế mạc.").
MIN_WORDS = 4
# A trigram shared by more sentences than this is a stock phrase, useless for finding repeats.
MAX_POSTINGS = 24
# Share of the shorter sentence's n-grams a candidate pair must have in common. One changed word
# breaks at most three trigrams, so a 10-word repeat still shares 5 of its 8.
MIN_SHARED = 0.4
# Word ids fold into one integer per n-gram (id * _BASE + next id): 2**20 words per call, and
# three of them still fit in 63 bits.
_BASE = 1 << 20
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*\s*%?")
# Two letters or more: a lone capital ("A", an initial) is no name.
_NAME = re.compile(r"\b[A-ZĐ][^\W\d_]+", re.UNICODE)


class _Key:
    """What dedup compares: the words of one sentence; its figures and capitalised names too.

    Figures, names and the set of words are each read on first use: only sentences in a
    candidate pair need them (a small share of any cluster), and most pairs are told apart by
    their figures alone.
    """

    __slots__ = ("_folded", "_names", "_numbers", "_vocabulary", "original", "text", "words")

    def __init__(self, text: str) -> None:
        self.original = text
        # The ranker's syllables (tones folded, lower-cased): ranking then reads them for free.
        self.words = syllable_tuple(text)
        self.text = " ".join(self.words)
        self._folded: str | None = None
        self._numbers: dict[str, int] | None = None
        self._names: frozenset[str] | None = None
        self._vocabulary: frozenset[str] | None = None

    def _fold(self) -> str:
        if self._folded is None:
            self._folded = fold_tones(self.original)
        return self._folded

    @property
    def numbers(self) -> dict[str, int]:
        """How many times each figure occurs (a plain dict: equal as Counters are, cheaper)."""
        if self._numbers is None:
            numbers: dict[str, int] = {}
            for found in _NUMBER.findall(self._fold()):
                figure = found.replace(" ", "")
                numbers[figure] = numbers.get(figure, 0) + 1
            self._numbers = numbers
        return self._numbers

    @property
    def names(self) -> frozenset[str]:
        """Capitalised words after the first: names of people, places, organisations
        (case-folded, since "Hội nghị" and "hội nghị" are the same words)."""
        if self._names is None:
            self._names = frozenset(map(str.casefold, _NAME.findall(self._fold()[1:])))
        return self._names

    @property
    def vocabulary(self) -> frozenset[str]:
        if self._vocabulary is None:
            self._vocabulary = frozenset(self.words)
        return self._vocabulary


def deduplicate(sentences: Sequence[Sentence]) -> Deduplicated:
    """Keep the most informative sentence of each group of repeats; say why each other went."""
    keys = [_Key(s.text) for s in sentences]
    parent = list(range(len(sentences)))
    relations: dict[int, Relation] = {}
    for i, j, relation in _duplicate_pairs(keys):
        _union(parent, i, j, keys)
        relations.setdefault(max(i, j), relation)
        relations.setdefault(min(i, j), relation)
    return _outcome(sentences, keys, parent, relations)


def _duplicate_pairs(keys: Sequence[_Key]) -> list[tuple[int, int, Relation]]:
    """Every (earlier, later, relation) pair that passes verification, in a deterministic order."""
    pairs = []
    seen_exact: dict[str, int] = {}
    for index, key in enumerate(keys):
        if key.text in seen_exact:
            pairs.append((seen_exact[key.text], index, Relation.EXACT))
        elif key.text:
            seen_exact[key.text] = index
    for i, j in sorted(_candidates(keys)):
        if keys[i].text == keys[j].text:
            continue
        relation = _relation(keys[i], keys[j])
        if relation:
            pairs.append((i, j, relation))
    return pairs


def _candidates(keys: Sequence[_Key]) -> set[tuple[int, int]]:
    """Pairs sharing enough rare word trigrams (bigrams for short sentences), found with numpy."""
    ids, rows = _long_sentence_ids(keys)
    if not ids.size:
        return set()
    code, row = _ngram_codes(ids, rows)
    order = np.lexsort((row, code))
    code, row = code[order], row[order]
    fresh = np.r_[True, (code[1:] != code[:-1]) | (row[1:] != row[:-1])]
    code, row = code[fresh], row[fresh]  # each n-gram once per sentence
    grams = np.bincount(row, minlength=len(keys))
    starts, sizes = runs(code)
    found = grouped(_posting_pairs(row, starts, sizes, len(keys)))
    pairs, shared = found.keys, found.counts
    first, second = pairs // len(keys), pairs % len(keys)
    # A repeat shares most of the shorter sentence's n-grams; one shared stock phrase is not one.
    limit = MIN_SHARED * np.maximum(grams, 1)
    close = shared >= np.minimum(limit[first], limit[second])
    return set(zip(first[close].tolist(), second[close].tolist(), strict=True))


def _long_sentence_ids(keys: Sequence[_Key]) -> tuple[np.ndarray, np.ndarray]:
    """The words of sentences of MIN_WORDS or more as ids in first-seen order, and their rows.

    Read off every sentence's ids (terms.token_ids: the ranker's TF-IDF rows then extend these
    rows instead of counting them again), the short sentences' words left out and the rest
    renumbered as if counted alone, so that every n-gram code is the same."""
    tokens = token_ids([k.words for k in keys])
    lengths = np.fromiter((len(k.words) for k in keys), dtype=np.int64, count=len(keys))
    counted = lengths[tokens.rows] >= MIN_WORDS
    ids, rows = tokens.ids[counted], tokens.rows[counted]
    found = grouped(ids)  # stable: each id's first position among the counted words
    number = np.empty(len(found.keys), dtype=np.int64)
    number[np.argsort(found.first, kind="stable")] = np.arange(len(found.keys))
    return number[found.inverse], rows


def _posting_pairs(row: np.ndarray, starts: np.ndarray, sizes: np.ndarray, n: int) -> np.ndarray:
    """Every pair of sentences in each useful posting list, as `earlier * n + later` codes."""
    useful = (sizes > 1) & (sizes <= MAX_POSTINGS)
    first, second = group_pairs(starts[useful], sizes[useful])
    codes: np.ndarray = row[first] * n + row[second]
    return codes


def _ngram_codes(ids: np.ndarray, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Trigram codes for sentences of 6+ words, bigram codes for shorter ones, with their rows."""
    lengths = np.bincount(rows)[rows]
    bigram = ids[:-1] * _BASE + ids[1:]
    two = (rows[:-1] == rows[1:]) & (lengths[:-1] < 6)
    trigram = bigram[:-1] * _BASE + ids[2:]
    three = (rows[:-2] == rows[2:]) & (lengths[:-2] >= 6)
    return np.r_[bigram[two], trigram[three]], np.r_[rows[:-1][two], rows[:-2][three]]


def _relation(a: _Key, b: _Key) -> Relation | None:
    """CONTAINED or NEAR_DUPLICATE when the pair repeats one statement with the same figures."""
    short, long = (a, b) if len(a.words) <= len(b.words) else (b, a)
    if len(short.words) < MIN_WORDS or _more_of(short.numbers, long.numbers):
        return None
    if any(name not in long.vocabulary for name in short.names):
        return None  # another person or place: "Ông A phát biểu" is not "Ông B phát biểu"
    if f" {short.text} " in f" {long.text} ":
        return Relation.CONTAINED
    if short.numbers == long.numbers and _near(short.text, long.text):
        return Relation.NEAR_DUPLICATE
    # Each distinct word missing from the long sentence is at least one token missing: a cheap
    # set difference rules out most pairs before the word counts are compared.
    allowed = (1 - CONTAINED_SHARE) * len(short.words) + 1e-9  # the margin absorbs rounding
    if len(short.vocabulary - long.vocabulary) > allowed:
        return None
    inside = sum((Counter(short.words) & Counter(long.words)).values()) / len(short.words)
    if inside >= CONTAINED_SHARE and _ordered_share(short.text, long.text) >= CONTAINED_SHARE:
        return Relation.CONTAINED
    return None


def _more_of(these: dict[str, int], those: dict[str, int]) -> bool:
    """Does `these` hold some figure more often than `those` (a non-empty Counter difference)?"""
    return any(count > those.get(key, 0) for key, count in these.items())


def _near(short: str, long: str) -> bool:
    """A repeat with a word or two changed (the cutoff lets rapidfuzz stop early)."""
    score: float = fuzz.ratio(short, long, score_cutoff=NEAR_DUPLICATE_RATIO)  # else 0
    return score >= NEAR_DUPLICATE_RATIO


def _ordered_share(short: str, long: str) -> float:
    """Share of the short sentence found in the long one in the same order (alignment score),
    given their words joined by single spaces (the keys' text); 0 below CONTAINED_SHARE, where
    rapidfuzz may stop early."""
    score: float = fuzz.partial_ratio(short, long, score_cutoff=100 * CONTAINED_SHARE)
    return score / 100


def _weight(key: _Key) -> tuple[int, int, int]:
    """More words, more figures, more characters: the most informative occurrence wins."""
    return (len(key.words), sum(key.numbers.values()), len(key.text))


def _find(parent: list[int], i: int) -> int:
    while parent[i] != i:
        parent[i] = parent[parent[i]]
        i = parent[i]
    return i


def _union(parent: list[int], i: int, j: int, keys: Sequence[_Key]) -> None:
    """Merge two groups; the root is the group's best sentence (earliest on ties)."""
    a, b = _find(parent, i), _find(parent, j)
    if a == b:
        return
    best, other = (a, b) if (_weight(keys[a]), -a) >= (_weight(keys[b]), -b) else (b, a)
    parent[other] = best


def _outcome(
    sentences: Sequence[Sentence],
    keys: Sequence[_Key],
    parent: list[int],
    relations: dict[int, Relation],
) -> Deduplicated:
    kept, dropped = [], []
    for index, sentence in enumerate(sentences):
        root = _find(parent, index)
        if root == index:
            kept.append(sentence)
        else:
            exact = keys[root].text == keys[index].text
            relation = Relation.EXACT if exact else relations[index]
            dropped.append(Dropped(sentence, relation, sentences[root]))
    return Deduplicated(tuple(kept), tuple(dropped))
