"""Sentence ranking: our vectorised centroid ranker (the default) and every sumy algorithm.

Every ranker only *rates* sentences; selection is shared: best first, skipping near-repeats of
what is already chosen (MMR), within the sentence or syllable budget, then back to reading order.
"""

from __future__ import annotations

import itertools
import random
from collections.abc import Callable, Sequence
from functools import cache
from typing import Any

import numpy as np
from scipy import sparse

from .models import DEFAULT_ALGORITHM, DEFAULT_SENTENCES, SUMY_ALGORITHMS, Sentence
from .words import SumyTokenizer, stop_words, syllables

# Hyper-parameters tuned on bench/quality.py (vims_dev), nothing else learnt from the data:
POSITION_WEIGHT = 0.6  # news is lead-heavy: bonus 0.6/(1+position) on a 0..1 centrality
TITLE_WEIGHT = 0.3  # similarity to the article titles
REDUNDANCY = 0.5  # cosine above which a candidate repeats a chosen sentence and is skipped
MIN_SYLLABLES = 6  # shorter units (datelines, fragments) are rarely worth a summary slot

Ratings = dict[int, float]


def select_summary(
    sentences: Sequence[Sentence],
    *,
    algorithm: str = DEFAULT_ALGORITHM,
    max_sentences: int | None = None,
    max_words: int | None = None,
    titles: Sequence[str] = (),
) -> tuple[Sentence, ...]:
    """The best sentences within the budget (syllables or sentences), in reading order."""
    if not sentences:
        return ()
    if max_sentences is None and max_words is None:
        max_sentences = DEFAULT_SENTENCES
    texts = [s.text for s in sentences]
    matrix = tfidf_matrix(texts)
    ratings = rate(sentences, algorithm=algorithm, matrix=matrix, titles=titles)
    chosen = _choose(texts, ratings, matrix, max_sentences, max_words)
    return tuple(sentences[i] for i in sorted(chosen))


def rate(
    sentences: Sequence[Sentence],
    *,
    algorithm: str,
    matrix: sparse.csr_matrix | None = None,
    titles: Sequence[str] = (),
) -> Ratings:
    """A score per sentence index; higher is better."""
    if algorithm in SUMY_ALGORITHMS:
        return sumy_ratings(sentences, algorithm, titles)
    matrix = tfidf_matrix([s.text for s in sentences]) if matrix is None else matrix
    return dict(enumerate(centroid_scores(sentences, matrix, titles).tolist()))


def tfidf_matrix(texts: Sequence[str]) -> sparse.csr_matrix:
    """L2-normalised TF-IDF rows over syllable unigrams and bigrams (stop syllables dropped)."""
    vocabulary: dict[str, int] = {}
    rows, cols, vals = [], [], []
    stops = stop_words()
    for row, text in enumerate(texts):
        tokens = syllables(text)
        grams = [t for t in tokens if t not in stops]
        grams += [f"{a}_{b}" for a, b in itertools.pairwise(tokens)]
        for gram in grams:
            rows.append(row)
            cols.append(vocabulary.setdefault(gram, len(vocabulary)))
            vals.append(1.0)
    shape = (len(texts), max(1, len(vocabulary)))
    counts = sparse.csr_matrix((vals, (rows, cols)), shape=shape, dtype=np.float64)
    counts.sum_duplicates()
    df = np.bincount(counts.indices, minlength=shape[1])
    idf = np.log((1 + shape[0]) / (1 + df)) + 1.0
    counts.data = np.log1p(counts.data) * idf[counts.indices]
    return _normalise_rows(counts)


def _normalise_rows(matrix: sparse.csr_matrix) -> sparse.csr_matrix:
    norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    return sparse.csr_matrix(sparse.diags(1.0 / norms) @ matrix)


def centroid_scores(
    sentences: Sequence[Sentence], matrix: sparse.csr_matrix, titles: Sequence[str]
) -> np.ndarray:
    """Similarity to the cluster centroid, plus lead-position and title priors."""
    centroid = np.asarray(matrix.mean(axis=0)).ravel()
    norm = np.linalg.norm(centroid)
    centrality = matrix @ (centroid / norm) if norm else np.zeros(matrix.shape[0])
    top = centrality.max() if centrality.size and centrality.max() > 0 else 1.0
    scores = centrality / top
    scores = scores + POSITION_WEIGHT / (1.0 + _positions(sentences))
    if any(t.strip() for t in titles):
        scores = scores + TITLE_WEIGHT * _title_similarity(sentences, titles)
    lengths = np.array([len(s.text.split()) for s in sentences])
    return np.where(lengths < MIN_SYLLABLES, scores * 0.5, scores)


def _positions(sentences: Sequence[Sentence]) -> np.ndarray:
    """Each sentence's rank within its own article (0 = lead)."""
    seen: dict[str, int] = {}
    out = []
    for sentence in sentences:
        out.append(seen.get(sentence.article, 0))
        seen[sentence.article] = out[-1] + 1
    return np.array(out, dtype=np.float64)


def _title_similarity(sentences: Sequence[Sentence], titles: Sequence[str]) -> np.ndarray:
    both = tfidf_matrix([*(s.text for s in sentences), " ".join(titles)])
    return np.asarray((both[:-1] @ both[-1].T).todense()).ravel()


def _choose(
    texts: Sequence[str],
    ratings: Ratings,
    matrix: sparse.csr_matrix,
    max_sentences: int | None,
    max_words: int | None,
) -> list[int]:
    """Greedy best-first selection within the budget, skipping near-repeats (MMR-style)."""
    order = sorted(ratings, key=lambda i: (-ratings[i], i))  # ties: earlier sentence first
    chosen: list[int] = []
    used = 0
    for index in order:
        if max_sentences is not None and len(chosen) >= max_sentences:
            break
        size = len(texts[index].split())
        if max_words is not None and chosen and used + size > max_words:
            continue
        if chosen and _max_similarity(matrix, index, chosen) > REDUNDANCY:
            continue
        chosen.append(index)
        used += size
        if max_words is not None and used >= max_words:
            break
    return chosen


def _max_similarity(matrix: sparse.csr_matrix, index: int, chosen: list[int]) -> float:
    return float((matrix[chosen] @ matrix[index].T).max())


# --- sumy -----------------------------------------------------------------------------------


def sumy_ratings(sentences: Sequence[Sentence], algorithm: str, titles: Sequence[str]) -> Ratings:
    """Ratings from one of sumy's summarizers, run on a DOM built from our sentences."""
    document, dom_sentences = _sumy_document(sentences, titles)
    summarizer = _sumy_summarizer(algorithm, titles)
    captured: dict[Any, float] = {}

    def capture(items: Any, count: Any, rating: Any, *args: Any, **kwargs: Any) -> tuple[()]:
        for item in items:
            captured[item] = (
                rating[item] if isinstance(rating, dict) else rating(item, *args, **kwargs)
            )
        return ()

    summarizer._get_best_sentences = capture  # read the ratings instead of sumy's top-k cut
    if algorithm == "random":
        state = random.getstate()
        random.seed(len(sentences))  # deterministic "random" baseline
        try:
            summarizer(document, len(dom_sentences))
        finally:
            random.setstate(state)
    else:
        summarizer(document, len(dom_sentences))
    return {i: float(captured.get(s, 0.0)) for i, s in enumerate(dom_sentences)}


def _sumy_document(sentences: Sequence[Sentence], titles: Sequence[str]) -> tuple[Any, list[Any]]:
    from sumy.models.dom import ObjectDocumentModel, Paragraph
    from sumy.models.dom import Sentence as DomSentence

    tokenizer = SumyTokenizer()
    headings = [DomSentence(t, tokenizer, is_heading=True) for t in titles if t.strip()]
    groups: dict[tuple[str, int], list[Any]] = {}
    dom_sentences = []
    for index, sentence in enumerate(sentences):
        dom = _indexed_class()(sentence.text, tokenizer, index)
        groups.setdefault((sentence.article, sentence.paragraph), []).append(dom)
        dom_sentences.append(dom)
    paragraphs = [Paragraph(headings)] if headings else []
    paragraphs += [Paragraph(group) for group in groups.values()]
    return ObjectDocumentModel(paragraphs), dom_sentences


def _sumy_summarizer(algorithm: str, titles: Sequence[str]) -> Any:
    from sumy.summarizers import (
        edmundson,
        kl,
        lex_rank,
        lsa,
        luhn,
        reduction,
        sum_basic,
        text_rank,
    )
    from sumy.summarizers import random as random_summarizer

    classes: dict[str, Callable[[], Any]] = {
        "lexrank": lex_rank.LexRankSummarizer,
        "textrank": text_rank.TextRankSummarizer,
        "lsa": lsa.LsaSummarizer,
        "luhn": luhn.LuhnSummarizer,
        "sumbasic": sum_basic.SumBasicSummarizer,
        "kl": kl.KLSummarizer,
        "edmundson": edmundson.EdmundsonSummarizer,
        "reduction": reduction.ReductionSummarizer,
        "random": random_summarizer.RandomSummarizer,
    }
    summarizer = classes[algorithm]()
    words = stop_words()
    if algorithm == "edmundson":
        summarizer.bonus_words = tuple({w for t in titles for w in syllables(t)} - words) or ("_",)
        summarizer.stigma_words = ("_",)
        summarizer.null_words = tuple(words)
    elif algorithm != "random":
        summarizer.stop_words = words
    return summarizer


@cache
def _indexed_class() -> Any:
    """sumy's Sentence, keyed by position: sumy compares by text and would merge equal texts."""
    from sumy.models.dom import Sentence as DomSentence

    class IndexedSentence(DomSentence):  # type: ignore[misc]
        __slots__ = ("_index",)

        def __init__(self, text: str, tokenizer: Any, index: int) -> None:
            super().__init__(text, tokenizer)
            self._index = index

        def __eq__(self, other: object) -> bool:
            return isinstance(other, IndexedSentence) and self._index == other._index

        def __hash__(self) -> int:
            return hash(self._index)

    return IndexedSentence
