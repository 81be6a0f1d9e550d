"""Sentence ranking: the learned ranker (the default), our centroid ranker, every sumy algorithm.

The learned ranker scores sentences, then the concepts (bigrams) they hold, and covers the most
concept weight within the budget (concepts.py); it also reads the repeats dedup set aside, since
a statement several articles repeat is news, and may take the repeat that fits best (one of each
group at most). The other rankers only *rate* sentences, and share maximal marginal relevance
(the best rating minus its similarity to what is already chosen, near-repeats never). Either way
a sentence that points back comes only with its antecedent, the budget holds, and the summary
reads leads first. A lone article ranks with numpy only; scipy.sparse joins for the
cross-article agreement of a cluster, and sumy only for its own algorithms.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

import numpy as np

from ..models import (
    CENTROID,
    DEFAULT_ALGORITHM,
    DEFAULT_SENTENCES,
    OUR_ALGORITHM,
    SUMY_ALGORITHMS,
    Dropped,
    Sentence,
)
from ..text.words import SumyTokenizer, stop_words, syllable_tuple, syllables
from .concepts import Selection, SentenceFacts, concept_features, cover
from .features import FEATURES, Concepts, article_ids, concepts_of, sentence_features
from .weights import LinearModel, Ranker, packaged_model

if TYPE_CHECKING:
    from scipy import sparse

# Hyper-parameters tuned on bench/quality.py (vims_dev, both halves checked), nothing else learnt:
# News is lead-heavy: bonus POSITION_WEIGHT/(articles x (1+position)) on a 0..1 centrality. One
# article's lead is its summary's first choice; across a cluster every article brings a lead, and
# agreement between articles (centrality) says more, so the bonus is shared (0.1 for 6 articles).
POSITION_WEIGHT = 0.6
TITLE_WEIGHT = 0.3  # similarity to the article titles
MMR_LAMBDA = 1.0  # rating (0..1) minus this times the similarity to the closest chosen sentence
REDUNDANCY = 0.5  # cosine above which a candidate repeats a chosen sentence and is never taken
MIN_SYLLABLES = 6  # shorter units (datelines, fragments) are rarely worth a summary slot
# A sentence that opens by pointing back ("Qua đó, …", "Do vậy, …") reads as a non sequitur
# once lifted out of its paragraph; its rating is scaled by DANGLING_WEIGHT (not tuned on ROUGE,
# chosen for readability and checked to cost nothing on the dev clusters).
DANGLING_WEIGHT = 0.7
DANGLING_OPENERS = (
    "qua đó", "do đó", "do vậy", "vì vậy", "vì thế", "chính vì vậy", "chính vì thế", "bởi vậy",
    "theo đó", "từ đó", "như vậy", "ngoài ra", "bên cạnh đó", "đồng thời", "tuy nhiên",
    "trong đó", "mặt khác", "cũng theo",
)  # fmt: skip

Ratings = dict[int, float]


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

    def to_scipy(self) -> sparse.csr_matrix:
        from scipy import sparse

        return sparse.csr_matrix((self.data, (self.owner, self.indices)), shape=self.shape)


def select_summary(
    sentences: Sequence[Sentence],
    *,
    algorithm: str = DEFAULT_ALGORITHM,
    max_sentences: int | None = None,
    max_words: int | None = None,
    titles: Sequence[str] = (),
    model: Ranker | None = None,
    repeats: Sequence[Dropped] = (),
) -> tuple[Sentence, ...]:
    """The best sentences within the budget (syllables or sentences), in reading order.

    `repeats` are dedup's drops that repeat one of `sentences` (others are ignored); only the
    learned ranker reads them. `model` replaces its packaged weights (cross-validation in bench/).
    """
    if not sentences:
        return ()
    if max_sentences is None and max_words is None:
        max_sentences = DEFAULT_SENTENCES
    if algorithm == OUR_ALGORITHM:
        limits = (max_sentences, max_words)
        return learned_summary(sentences, repeats, titles, limits, model or packaged_model())
    texts = [s.text for s in sentences]
    both = titled_matrix(sentences, titles)
    ratings = rate(sentences, algorithm=algorithm, matrix=both, titles=titles)
    needs = _antecedents(sentences)
    chosen = _choose(texts, ratings, both.head(len(texts)), max_sentences, max_words, needs)
    return tuple(sentences[i] for i in reading_order(sentences, chosen, needs))


def reading_order(
    sentences: Sequence[Sentence], chosen: Sequence[int], needs: np.ndarray
) -> list[int]:
    """Leads first: by position within the article, then article; each article keeps its order.

    A sentence that points back follows the sentence it points to. One article reads in its own
    order; across articles, the leads set the scene before the details (R-L +3.7 on ViMs).
    """
    order = sorted(chosen, key=lambda i: (sentences[i].index, i))
    for i in [i for i in order if needs[i] >= 0]:
        order.remove(i)
        order.insert(order.index(int(needs[i])) + 1, i)
    return order


def _antecedents(sentences: Sequence[Sentence], openers: np.ndarray | None = None) -> np.ndarray:
    """For a sentence that opens by pointing back: the previous sentence of its article, else -1.

    `openers` (optional) are the `_dangles` flags when the caller already has them.
    """
    flags = [_dangles(s.text) for s in sentences] if openers is None else openers.tolist()
    previous: dict[str, int] = {}
    needs = np.full(len(sentences), -1, dtype=np.int64)
    for i, sentence in enumerate(sentences):
        if sentence.article in previous and flags[i]:
            needs[i] = previous[sentence.article]
        previous[sentence.article] = i
    return needs


def rate(
    sentences: Sequence[Sentence],
    *,
    algorithm: str,
    matrix: TermMatrix | None = None,
    titles: Sequence[str] = (),
    model: LinearModel | None = None,
) -> Ratings:
    """A score per sentence index; higher is better (the learned one: its sentence model)."""
    if algorithm in SUMY_ALGORITHMS:
        return sumy_ratings(sentences, algorithm, titles)
    if matrix is None:
        matrix = titled_matrix(sentences, titles)
    if algorithm == CENTROID:
        return dict(enumerate(centroid_scores(sentences, matrix).tolist()))
    rows, _ = learned_features(sentences, np.arange(len(sentences)), matrix)
    return dict(enumerate((model or packaged_model().sentences).predict(rows).tolist()))


def learned_summary(
    sentences: Sequence[Sentence],
    repeats: Sequence[Dropped],
    titles: Sequence[str],
    limits: tuple[int | None, int | None],
    model: Ranker,
) -> tuple[Sentence, ...]:
    """Score sentences, then concepts; cover the most concept weight within the budget."""
    pool, group = with_repeats(sentences, repeats)
    rows, concepts = learned_features(pool, group, titled_matrix(pool, titles))
    scores = model.sentences.predict(rows)
    concept, table = concept_rows(pool, rows, concepts, scores, titles)
    weights = model.concepts.predict(table) if len(table) else np.zeros(0)
    needs = _antecedents(pool, rows[:, _COLUMN["dangling_opener"]] > 0)
    sizes = np.array([len(s.text.split()) for s in pool], dtype=np.int64)
    limit = Selection(*limits, needs=needs, group=group, scores=scores)
    chosen = cover(concepts.rows, concept, weights, sizes, limit)
    if not chosen:  # nothing adds weight: the best-scored sentence that fits, else the best one
        fits = (needs < 0) & (sizes <= (limits[1] or sizes.max()))
        chosen = [int(np.argmax(np.where(fits, scores, -np.inf) if fits.any() else scores))]
    return tuple(pool[i] for i in reading_order(pool, chosen, needs))


def with_repeats(
    sentences: Sequence[Sentence], repeats: Sequence[Dropped]
) -> tuple[list[Sentence], np.ndarray]:
    """The sentences and the repeats of them, in document order, and each one's group (the
    position of the sentence it repeats; its own for the sentences)."""
    known = set(sentences)
    extra = [d for d in repeats if d.duplicate_of in known and d.sentence not in known]
    if not extra:
        return list(sentences), np.arange(len(sentences))
    article = {a: n for n, a in enumerate(dict.fromkeys(s.article for s in sentences))}
    pool = sorted(
        dict.fromkeys([*sentences, *(d.sentence for d in extra)]),
        key=lambda s: (article.get(s.article, len(article)), s.index),
    )
    position = {s: i for i, s in enumerate(pool)}
    group = np.arange(len(pool))
    for d in extra:
        assert d.duplicate_of is not None  # filtered above
        group[position[d.sentence]] = position[d.duplicate_of]
    return pool, group


def learned_features(
    sentences: Sequence[Sentence], group: np.ndarray, both: TermMatrix
) -> tuple[np.ndarray, Concepts]:
    """The rows the sentence model scores, and the concepts; bench/train_ranker.py fits on these."""
    openers = np.array([_dangles(s.text) for s in sentences], dtype=bool)
    concepts = concepts_of(sentences)
    return sentence_features(sentences, both, openers, group, concepts), concepts


_COLUMN = {name: n for n, name in enumerate(FEATURES)}


def concept_rows(
    sentences: Sequence[Sentence],
    rows: np.ndarray,
    concepts: Concepts,
    scores: np.ndarray,
    titles: Sequence[str],
) -> tuple[np.ndarray, np.ndarray]:
    """Each (sentence, concept) pair's concept, and the rows the concept model scores."""
    facts = SentenceFacts(
        article=article_ids(sentences),
        position=rows[:, _COLUMN["position"]],
        relative_position=rows[:, _COLUMN["relative_position"]],
        centrality=rows[:, _COLUMN["centrality"]],
        length=rows[:, _COLUMN["syllables"]],
        score=scores,
    )
    return concept_features(concepts, facts, titles)


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
    Vectorised: syllables get ids once, bigrams are id pairs folded into one integer.
    """
    rows_tokens = [syllable_tuple(text) for text in [*texts, *extra]]
    tokens = [t for row in rows_tokens for t in row]
    vocabulary = {t: i for i, t in enumerate(dict.fromkeys(tokens))}  # ids in first-seen order
    size = len(vocabulary)
    token_ids = np.fromiter(map(vocabulary.__getitem__, tokens), dtype=np.int64, count=len(tokens))
    lengths = np.fromiter(map(len, rows_tokens), dtype=np.int64, count=len(rows_tokens))
    token_rows = np.repeat(np.arange(len(rows_tokens), dtype=np.int64), lengths)
    stops = stop_words()
    content = np.array([t not in stops for t in vocabulary], dtype=bool)
    keep = content[token_ids] if size else np.zeros(0, dtype=bool)
    same_row = token_rows[:-1] == token_rows[1:]
    codes = token_ids[:-1][same_row] * size + token_ids[1:][same_row]
    bigrams, bigram_cols = np.unique(codes, return_inverse=True)
    cols = np.concatenate([token_ids[keep], size + bigram_cols.ravel()])
    all_rows = np.concatenate([token_rows[keep], token_rows[:-1][same_row]])
    shape = (len(texts) + len(extra), max(1, size + len(bigrams)))
    # One entry per (row, term) with its count, sorted by row: the CSR order.
    entries, counts = np.unique(all_rows * shape[1] + cols, return_counts=True)
    owner, indices = entries // shape[1], entries % shape[1]
    df = np.bincount(indices[owner < len(texts)], minlength=shape[1])
    idf = np.log((1 + len(texts)) / (1 + df)) + 1.0
    data = np.log1p(counts) * idf[indices]
    norms = np.sqrt(np.bincount(owner, weights=data * data, minlength=shape[0]))
    norms[norms == 0] = 1.0
    return TermMatrix(data / norms[owner], indices, owner, shape)


def centroid_scores(sentences: Sequence[Sentence], both: TermMatrix) -> np.ndarray:
    """Similarity to the cluster centroid, plus lead-position and title priors.

    `both` holds one row per sentence, then optionally one row for the joined titles.
    """
    matrix = both.head(len(sentences))
    centroid = matrix.column_means()
    norm = float(np.sqrt(np.sum(centroid * centroid)))  # not np.linalg: no BLAS threads
    centrality = matrix.dot(centroid / norm) if norm else np.zeros(len(sentences))
    top = centrality.max() if centrality.size and centrality.max() > 0 else 1.0
    scores = centrality / top
    articles = len({s.article for s in sentences})
    scores = scores + POSITION_WEIGHT / articles / (1.0 + _positions(sentences))
    if both.shape[0] > len(sentences):
        scores = scores + TITLE_WEIGHT * matrix.dot(both.dense_row(len(sentences)))
    lengths = np.array([len(s.text.split()) for s in sentences])
    scores = np.where(lengths < MIN_SYLLABLES, scores * 0.5, scores)
    dangling = np.array([_dangles(s.text) for s in sentences], dtype=bool)
    return np.where(dangling, scores * DANGLING_WEIGHT, scores)


_OPENERS = frozenset(DANGLING_OPENERS)


def _dangles(text: str) -> bool:
    """Does the sentence open with a connective that refers to the sentence before it?"""
    head = syllables(text[:40])[:3]  # openers are one to three syllables: look each up
    return any(" ".join(head[:n]) in _OPENERS for n in range(1, len(head) + 1))


def _positions(sentences: Sequence[Sentence]) -> np.ndarray:
    """Each sentence's rank within its own article (0 = lead)."""
    seen: dict[str, int] = {}
    out = []
    for sentence in sentences:
        out.append(seen.get(sentence.article, 0))
        seen[sentence.article] = out[-1] + 1
    return np.array(out, dtype=np.float64)


def _choose(
    texts: Sequence[str],
    ratings: Ratings,
    matrix: TermMatrix,
    max_sentences: int | None,
    max_words: int | None,
    needs: np.ndarray,
) -> list[int]:
    """Greedy MMR within the budget: best rating minus MMR_LAMBDA x closest chosen similarity.

    Ratings are scaled to 0..1 first so that the trade-off means the same for every algorithm;
    ties go to the earlier sentence. A candidate closer than REDUNDANCY is never taken, nor one
    that points back (`needs` >= 0) before the sentence it points to.
    """
    values = np.nan_to_num(np.array([ratings.get(i, 0.0) for i in range(len(texts))]))
    values = values / (np.abs(values).max() or 1.0)
    sizes = np.array([len(t.split()) for t in texts])
    closest = np.zeros(len(texts))  # each sentence's highest similarity to a chosen one
    open_ = np.ones(len(texts), dtype=bool)
    chosen: list[int] = []
    used = 0
    while max_sentences is None or len(chosen) < max_sentences:
        # The budget is never exceeded, except by a summary's only sentence when none fits.
        if max_words is not None and (chosen or (sizes <= max_words).any()):
            open_ &= used + sizes <= max_words
        open_ &= closest <= REDUNDANCY
        taken = np.zeros(len(texts) + 1, dtype=bool)  # the extra last slot answers needs == -1
        taken[chosen] = True
        candidates = open_ & ((needs < 0) | taken[needs])
        if not candidates.any():
            break
        index = int(np.argmax(np.where(candidates, values - MMR_LAMBDA * closest, -np.inf)))
        chosen.append(index)
        open_[index] = False
        used += int(sizes[index])
        # One sparse product per chosen sentence, not one per candidate pair.
        closest = np.maximum(closest, matrix.dot(matrix.dense_row(index)))
        if max_words is not None and used >= max_words:
            break
    return chosen


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
    summarizer = sumy_class(algorithm)()
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
