"""sumy's algorithms as raters: each runs on a DOM built from our sentences (our segmentation,
underthesea's words), its ratings are read instead of its top-k cut, and our selection
(select.py: MMR within the budget, antecedents, leads first) makes the summary.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from functools import cache
from typing import Any

import numpy as np

from ..models import SUMY_ALGORITHMS, Budget, Sentence
from ..text.words import SumyTokenizer, stop_words, syllables
from .select import Candidates, Summarizer, mmr_choose, reading_order, sizes, standing
from .terms import titled_matrix


def summarizer(algorithm: str) -> Summarizer:
    """One of SUMY_ALGORITHMS behind the rankers' shared interface."""
    if algorithm not in SUMY_ALGORITHMS:
        raise ValueError(f"not a sumy algorithm: {algorithm}")

    def summarize(candidates: Candidates, budget: Budget) -> tuple[Sentence, ...]:
        sentences = candidates.sentences
        ratings = sumy_ratings(sentences, algorithm, candidates.titles)
        matrix = titled_matrix(sentences, candidates.titles).head(len(sentences))
        needs, quotable = standing(sentences)
        chosen = mmr_choose(ratings, matrix, sizes(sentences), needs, budget, quotable)
        return tuple(sentences[i] for i in reading_order(sentences, chosen, needs))

    return summarize


def sumy_ratings(
    sentences: Sequence[Sentence], algorithm: str, titles: Sequence[str]
) -> np.ndarray:
    """Ratings from one of sumy's summarizers, run on a DOM built from our sentences."""
    document, dom_sentences = _sumy_document(sentences, titles)
    engine = _sumy_summarizer(algorithm, titles)
    captured: dict[Any, float] = {}

    def capture(items: Any, count: Any, rating: Any, *args: Any, **kwargs: Any) -> tuple[()]:
        for item in items:
            captured[item] = (
                rating[item] if isinstance(rating, dict) else rating(item, *args, **kwargs)
            )
        return ()

    engine._get_best_sentences = capture  # read the ratings instead of sumy's top-k cut
    if algorithm == "random":
        state = random.getstate()
        random.seed(len(sentences))  # deterministic "random" baseline
        try:
            engine(document, len(dom_sentences))
        finally:
            random.setstate(state)
    else:
        engine(document, len(dom_sentences))
    return np.array([float(captured.get(s, 0.0)) for s in dom_sentences], dtype=np.float64)


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


def sumy_class(algorithm: str) -> Any:
    """sumy's summarizer class for one of SUMY_ALGORITHMS (imported only when asked for)."""
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
        "lsa": _sorted_lsa(lsa.LsaSummarizer),
        "luhn": luhn.LuhnSummarizer,
        "sumbasic": sum_basic.SumBasicSummarizer,
        "kl": kl.KLSummarizer,
        "edmundson": edmundson.EdmundsonSummarizer,
        "reduction": reduction.ReductionSummarizer,
        "random": random_summarizer.RandomSummarizer,
    }
    return classes[algorithm]


@cache
def _sorted_lsa(base: Any) -> Any:
    """sumy's LSA with its term rows in sorted order: sumy numbers them in frozenset order,
    which follows the per-process string hash, and the SVD's rounding then breaks ties one way
    or another (the same cluster got another summary in about one run of three)."""

    class SortedLsa(base):  # type: ignore[misc]
        def _create_dictionary(self, document: Any) -> dict[str, int]:
            words = map(self.normalize_word, document.words)
            unique = {self.stem_word(w) for w in words if w not in self._stop_words}
            return {w: i for i, w in enumerate(sorted(unique))}

    return SortedLsa


def _sumy_summarizer(algorithm: str, titles: Sequence[str]) -> Any:
    engine = sumy_class(algorithm)()
    words = stop_words()
    if algorithm == "edmundson":
        engine.bonus_words = tuple({w for t in titles for w in syllables(t)} - words) or ("_",)
        engine.stigma_words = ("_",)
        engine.null_words = tuple(words)
    elif algorithm != "random":
        engine.stop_words = words
    return engine


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
