"""Per-sentence features for the learned ranker: position, centrality, concept weight, agreement.

One row per sentence, one column per name in FEATURES. The same function feeds
`bench/train_ranker.py` (which fits the weights) and `rank.py` (which applies them), so training
and use cannot drift apart. Cluster shape is a feature too: a lone article and a 10-article
cluster weigh position differently, and one model serves both.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from operator import itemgetter
from typing import TYPE_CHECKING

import numpy as np

from ..models import Sentence
from ..text.words import syllable_tuple
from .standalone import not_prose
from .terms import (
    Distinct,
    article_ids,
    centrality,
    distinct,
    grouped,
    holders,
    runs,
    stop_flags,
    token_ids,
)

if TYPE_CHECKING:
    from .terms import TermMatrix

FEATURES: tuple[str, ...] = (
    "position", "inverse_position", "relative_position", "article_order",
    "relative_article_order", "articles", "log_article_sentences", "syllables",
    "centrality", "relative_centrality", "title_similarity", "bigram_df_mean", "bigram_df_sum",
    "shared_bigrams", "unigram_df_mean", "bigram_sentence_frequency", "numbers",
    "capitalised_share", "dangling_opener", "quotation", "question", "opens_with_quote",
    "paragraph", "paragraph_start", "own_lead_similarity", "other_lead_max",
    "other_lead_mean", "sentences", "cross_article_sum", "cross_article_mean",
    "cross_article_share_03", "cross_article_share_05", "concept_weight", "concept_density",
    "relative_concept_weight", "relative_concept_density", "relative_bigram_df_sum",
    "shared_lead_prior", "repeats", "repeat_articles", "repeat_article_share",
    "agency_tag", "dateline", "dateline_place", "title_overlap", "first_prose",
    "first_prose_shaped", "first_prose_title", "lone_first_prose", "lone_first_prose_shaped",
    "lone_first_prose_title",
)  # fmt: skip
# Cross-article agreement is a sentences x sentences product; past this many sentences each
# sentence is compared with the first ones only (news is lead-heavy), bounding time and memory.
MAX_PAIRWISE = 4000
# ICSI (Gillick and Favre 2009) keeps concepts found in at least 3 of 10 documents; our clusters
# hold 5-10 articles: 3 from 6 articles on, 2 below; one article counts sentences instead.
CONCEPT_MIN_ARTICLES = 3
_NUMBER = re.compile(r"\d+")
# A news lead's marks (issue 21): an agency tag ("TTO - ", "(PLO)-", "VOV.VN - "), a dateline
# ("Ngày 22/6, …", "Sáng nay 2-11, …", after a tag or not) and the place it names ("…, tại …").
_AGENCY_TAG = re.compile(
    r"^\s*(\(?[A-ZĐ][A-Za-zĐ.]{1,12}\)?\s*[-–—]\s|\([A-ZĐ][A-Za-zĐ.]{1,10}\)\s*[-–—]?)"
)
_DATELINE = re.compile(
    r"^\W*(\(?[A-ZĐ]{2,}[A-Za-z.]*\)?\s*[-–—]\s*)?(sáng|chiều|tối|trưa|ngày|hôm nay|"
    r"sáng nay|chiều nay|tối nay|trong ngày|vào|hôm qua|đêm)\b[^,.]{0,30}\d",
    re.IGNORECASE,
)
_PLACE = re.compile(r"\btại\b")
_QUOTE_OPENERS = ('"', "“", "-", "–", "(")
_first = itemgetter(0)


def sentence_features(
    sentences: Sequence[Sentence],
    both: TermMatrix,
    openers: np.ndarray,
    group: np.ndarray,
    concepts: Concepts | None = None,
) -> np.ndarray:
    """The FEATURES of every sentence, an (n, len(FEATURES)) array.

    `both` holds one TF-IDF row per sentence, then optionally one for the joined titles;
    `openers` flags sentences that open by pointing back ("Qua đó, ..."); `group` numbers the
    groups of repeats (dedup's near-duplicates): a statement that several articles repeat is news.
    """
    matrix = both.head(len(sentences))
    article = article_ids(sentences)
    positions = _position_columns(sentences, article)
    concepts = concepts or concepts_of(sentences)
    columns = [
        *positions,
        *_centrality_columns(sentences, both),
        *_concept_columns(article, concepts),
        *_surface_columns(sentences, openers),
        *_lead_columns(matrix, article),
        np.full(len(sentences), float(len(sentences))),
        *_agreement_columns(matrix, article),
        *_icsi_columns(sentences, article, concepts),
        _shared_lead_prior(article, positions[0]),
        *_repeat_columns(article, group),
        *_lead_shape_columns(sentences, both, article, openers),
    ]
    return np.column_stack(columns)


def _repeat_columns(article: np.ndarray, group: np.ndarray) -> list[np.ndarray]:
    """How many sentences repeat this one, and in how many articles (its own included)."""
    n = len(article)
    members = grouped(group).inverse
    size = np.bincount(members, minlength=n)[members].astype(np.float64)
    pairs = distinct(members * (int(article.max()) + 1) + article) // (int(article.max()) + 1)
    articles = np.bincount(pairs, minlength=n)[members].astype(np.float64)
    return [size, articles, articles / (int(article.max()) + 1)]


def _position_columns(sentences: Sequence[Sentence], article: np.ndarray) -> list[np.ndarray]:
    articles = int(article.max()) + 1
    sizes = np.bincount(article)[article].astype(np.float64)
    # Each sentence's rank among its article's (how many of the article's come before it):
    # the stable sort keeps each article's order, and a rank is its place after the run's start.
    by_article = np.argsort(article, kind="stable")
    grouped_ids = article[by_article]
    position = np.empty(len(sentences))
    position[by_article] = np.arange(len(sentences)) - np.searchsorted(grouped_ids, grouped_ids)
    order = article.astype(np.float64)
    return [
        position,
        1.0 / (1.0 + position),
        position / np.maximum(1.0, sizes),
        order,
        order / articles,
        np.full(len(sentences), float(articles)),
        np.log1p(sizes),
    ]


def _shared_lead_prior(article: np.ndarray, position: np.ndarray) -> np.ndarray:
    """1 / (articles x (1 + position)): a lone article's lead matters most (a linear model
    cannot form this product of two features itself)."""
    return 1.0 / ((int(article.max()) + 1) * (1.0 + position))


def _lead_shape_columns(
    sentences: Sequence[Sentence], both: TermMatrix, article: np.ndarray, openers: np.ndarray
) -> list[np.ndarray]:
    """Does a sentence look like a news lead: an agency tag, a dateline (and its place), the
    share of its terms in the titles; is it its article's first prose sentence (captions and
    sentences that point back skipped), alone and with those marks, in a lone article or not.
    The products are there because a linear model cannot form them."""
    n = len(sentences)
    tag = np.array([_AGENCY_TAG.match(s.text) is not None for s in sentences], dtype=np.float64)
    dated = [_DATELINE.match(s.text) is not None for s in sentences]
    date = np.array(dated, dtype=np.float64)
    # Where no dateline matched the place counts nothing: searched for where one did.
    texts = [s.text[:120] for s in sentences]
    place = np.array(
        [d and _PLACE.search(t) is not None for d, t in zip(dated, texts, strict=True)],
        dtype=np.float64,
    )
    overlap = np.zeros(n)
    if both.shape[0] > n:
        matrix = both.head(n)
        held = (both.dense_row(n) > 0)[matrix.indices].astype(np.float64)
        overlap = np.bincount(matrix.owner, weights=held, minlength=n) / np.maximum(
            1, np.bincount(matrix.owner, minlength=n)
        )
    first = np.zeros(n)
    prose = ~openers.astype(bool) & np.array([not not_prose(s.text) for s in sentences])
    prose_at = np.flatnonzero(prose)
    first[prose_at[grouped(article[prose_at]).first]] = 1.0  # each article's first prose one
    shaped, lone = np.maximum(tag, date), float(int(article.max()) == 0)
    leads = [first, first * shaped, first * overlap]
    return [tag, date, place, overlap, *leads, *(lone * column for column in leads)]


def _centrality_columns(sentences: Sequence[Sentence], both: TermMatrix) -> list[np.ndarray]:
    n = len(sentences)
    matrix = both.head(n)
    length = np.array([len(syllable_tuple(s.text)) for s in sentences], dtype=np.float64)
    near = centrality(matrix)
    top = float(near.max()) if n and near.max() > 0 else 1.0
    title = matrix.dot(both.dense_row(n)) if both.shape[0] > n else np.zeros(n)
    return [length, near, near / top, title]


def _bigram_codes(
    sentences: Sequence[Sentence],
) -> tuple[np.ndarray, np.ndarray, np.ndarray, list[str]]:
    """Unique (sentence, content bigram) pairs as (rows, codes), (sentence, unigram) pairs, and
    the syllable of each id (a bigram's code is first id x vocabulary size + second id).

    A bigram is content when either syllable is not a stop word (ICSI's rule).
    """
    tokens = token_ids([syllable_tuple(s.text) for s in sentences])
    vocabulary, token, row = tokens.vocabulary, tokens.ids, tokens.rows
    content = (~stop_flags(vocabulary))[token]
    pair = (row[:-1] == row[1:]) & (content[:-1] | content[1:])
    size = max(1, len(vocabulary))
    bigram_rows, bigrams = _unique_pairs(row[:-1][pair], token[:-1][pair] * size + token[1:][pair])
    unigram_rows, unigrams = _unique_pairs(row[content], token[content])
    return bigram_rows, bigrams, np.stack([unigram_rows, unigrams]), list(vocabulary)


def _unique_pairs(rows: np.ndarray, codes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Distinct (row, code) pairs, sorted by row (codes < 2**40 keep the key inside int64)."""
    span = int(codes.max()) + 1 if codes.size else 1
    keys = distinct(rows * span + codes)
    return keys // span, keys % span


def _frequency(rows: np.ndarray, codes: Distinct, article: np.ndarray) -> np.ndarray:
    """For each (row, code) pair: in how many articles the code occurs (`codes` grouped)."""
    if not codes.inverse.size:
        return np.zeros(0)
    return holders(article[rows], codes.inverse, len(codes.keys))[codes.inverse].astype(np.float64)


def _per_sentence(rows: np.ndarray, values: np.ndarray, n: int) -> tuple[np.ndarray, np.ndarray]:
    """Sum and mean of `values` grouped by sentence."""
    sums = np.bincount(rows, weights=values, minlength=n)
    counts = np.bincount(rows, minlength=n)
    return sums, sums / np.maximum(1, counts)


@dataclass(frozen=True, slots=True)
class Concepts:
    """Each sentence's distinct content bigrams with their article and sentence counts."""

    rows: np.ndarray  # the sentence of each (sentence, bigram) pair, non-decreasing
    codes: np.ndarray  # the bigram of each pair (see _bigram_codes)
    vocabulary: list[str]
    articles: np.ndarray  # in how many articles the pair's bigram occurs
    sentences: np.ndarray  # in how many sentences it occurs
    unigram_rows: np.ndarray
    unigram_articles: np.ndarray
    kinds: Distinct  # the codes grouped (np.unique's arrays), sorted once for every reader


def concepts_of(sentences: Sequence[Sentence]) -> Concepts:
    """The content bigrams of every sentence, counted over sentences and articles."""
    article = article_ids(sentences)
    rows, codes, single, vocabulary = _bigram_codes(sentences)
    kinds = grouped(codes)
    return Concepts(
        rows,
        codes,
        vocabulary,
        _frequency(rows, kinds, article),
        kinds.counts[kinds.inverse].astype(np.float64),  # pairs are distinct: sentences
        single[0],
        _frequency(single[0], grouped(single[1]), article),
        kinds,
    )


def kept_by_cut(sentences: Sequence[Sentence], concepts: Concepts) -> np.ndarray:
    """For each (sentence, bigram) pair of `concepts`: how many of the sentence's first
    syllables hold the bigram (where its first occurrence ends). A summary cut to its budget
    (bench's cut protocol, `Budget.fill`) keeps a bigram of the sentence it cuts only when the
    cut leaves at least that many of its syllables."""
    if not len(concepts.rows):
        return np.zeros(0, dtype=np.int64)
    tokens = token_ids([syllable_tuple(s.text) for s in sentences])
    token, row = tokens.ids, tokens.rows
    size = max(1, len(concepts.vocabulary))  # codes as _bigram_codes makes them
    span = size * size
    position = np.arange(len(row)) - np.searchsorted(row, row)
    same = row[:-1] == row[1:]
    keys = (row[:-1] * span + token[:-1] * size + token[1:])[same]
    found = grouped(keys)  # stable: a key's first position is its first occurrence
    end = position[:-1][same][found.first] + 2
    return np.asarray(end[np.searchsorted(found.keys, concepts.rows * span + concepts.codes)])


def _concept_columns(article: np.ndarray, concepts: Concepts) -> list[np.ndarray]:
    n = len(article)
    articles = float(article.max() + 1)
    rows, df = concepts.rows, concepts.articles
    df_sum, df_mean = _per_sentence(rows, df / articles, n)
    shared = np.bincount(rows, weights=(df >= 2).astype(np.float64), minlength=n)
    _, unigram_mean = _per_sentence(concepts.unigram_rows, concepts.unigram_articles / articles, n)
    _, sentence_frequency = _per_sentence(rows, concepts.sentences, n)
    return [df_mean, df_sum, shared, unigram_mean, sentence_frequency]


def _surface_columns(sentences: Sequence[Sentence], openers: np.ndarray) -> list[np.ndarray]:
    texts = [s.text for s in sentences]
    length = np.array([max(1, len(syllable_tuple(t))) for t in texts], dtype=np.float64)
    # Words that open with a capital, counted in C (map over the words' first letters).
    capitals = np.array([sum(map(str.isupper, map(_first, t.split()))) for t in texts], dtype=float)
    paragraph = np.array([s.paragraph for s in sentences], dtype=np.float64)
    starts = np.ones(len(sentences))
    for i in range(1, len(sentences)):
        same = (sentences[i].article, sentences[i].paragraph) == (
            sentences[i - 1].article,
            sentences[i - 1].paragraph,
        )
        starts[i] = float(not same)
    return [
        np.array([len(_NUMBER.findall(t)) for t in texts], dtype=np.float64),
        capitals / length,
        openers.astype(np.float64),
        np.array([('"' in t or "“" in t) for t in texts], dtype=np.float64),
        np.array([t.rstrip().endswith(("?", "!")) for t in texts], dtype=np.float64),
        np.array([t.lstrip().startswith(_QUOTE_OPENERS) for t in texts], dtype=np.float64),
        paragraph,
        starts,
    ]


def _lead_columns(matrix: TermMatrix, article: np.ndarray) -> list[np.ndarray]:
    """Similarity to the own article's first sentence and to the other articles' first ones."""
    n = len(article)
    leads = grouped(article).first
    similarity = np.column_stack([matrix.dot(matrix.dense_row(int(r))) for r in leads])
    own = similarity[np.arange(n), article]
    others = similarity.copy()
    others[np.arange(n), article] = 0.0
    count = len(leads)
    if count == 1:
        return [own, np.zeros(n), np.zeros(n)]
    return [own, others.max(axis=1), others.sum(axis=1) / (count - 1)]


def _agreement_columns(matrix: TermMatrix, article: np.ndarray) -> list[np.ndarray]:
    """How strongly the other articles say the same: each one's closest sentence, summed."""
    n = len(article)
    articles = int(article.max()) + 1
    if articles == 1:
        return [np.zeros(n)] * 4
    closest = _closest_per_article(matrix, article, articles)
    closest[np.arange(n), article] = 0.0
    total = closest.sum(axis=1)
    others = articles - 1
    return [
        total,
        total / others,
        (closest > 0.3).sum(axis=1) / others,
        (closest > 0.5).sum(axis=1) / others,
    ]


def _closest_per_article(matrix: TermMatrix, article: np.ndarray, articles: int) -> np.ndarray:
    """(n, articles): each sentence's highest cosine with a sentence of each article."""
    columns = min(matrix.shape[0], MAX_PAIRWISE)
    closest = np.zeros((matrix.shape[0], articles))
    starts, _ = runs(article[:columns])
    # Each article's sentences side by side (a cluster's are): one max per run of columns.
    side_by_side = len(starts) == len(distinct(article[:columns]))
    for start, block in matrix.dot_blocks(columns):
        rows = np.arange(start, start + block.shape[0])
        in_range = rows < columns
        block[np.nonzero(in_range)[0], rows[in_range]] = 0.0  # a sentence is not its own match
        if side_by_side:
            which = article[starts]
            closest[start : start + block.shape[0], which] = np.maximum.reduceat(block, starts, 1)
            continue
        for a in range(articles):
            mask = article[:columns] == a
            if mask.any():
                closest[start : start + block.shape[0], a] = block[:, mask].max(axis=1)
    return closest


def concept_floor(articles: int) -> int:
    """In how many of a cluster's articles a concept must occur to count (ICSI's minimum)."""
    return CONCEPT_MIN_ARTICLES if articles >= 6 else 2


def _icsi_columns(
    sentences: Sequence[Sentence], article: np.ndarray, concepts: Concepts
) -> list[np.ndarray]:
    """ICSI concept weight of each sentence: its bigrams' article counts, past a minimum."""
    n = len(sentences)
    articles = int(article.max()) + 1
    if articles == 1:
        counts = concepts.sentences
        weights = np.where(counts >= 2, counts, 0.0)
    else:
        weights = np.where(concepts.articles >= concept_floor(articles), concepts.articles, 0.0)
    length = np.array([max(1, len(syllable_tuple(s.text))) for s in sentences], dtype=np.float64)
    weight = np.bincount(concepts.rows, weights=weights, minlength=n)
    density = weight / length
    raw_sum = np.bincount(concepts.rows, weights=concepts.articles, minlength=n)
    return [
        weight,
        density,
        weight / (weight.max() or 1.0),
        density / (density.max() or 1.0),
        raw_sum / (raw_sum.max() or 1.0),
    ]
