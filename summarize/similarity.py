"""How alike two articles' events are: their text, their titles and the names they share.

One sparse row per article, three L2-normalised TF-IDF blocks scaled by the square roots of their
weights, so that a dot product of two rows is the weighted sum of the three cosines (in 0..1).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np
from scipy import sparse

from .models import Article
from .normalize import fold_tones
from .rank import tfidf_matrix

# Weights chosen on ViMs dev clusters 1-75 (bench/grouping.py): the body's syllable uni- and
# bigrams, the title's (reporters retell one event in near-identical headlines), and the names
# (people, places, organisations: what tells two football squads or two drug busts apart).
TEXT_WEIGHT = 0.4
TITLE_WEIGHT = 0.3
NAME_WEIGHT = 0.3
# Words (letters and digits, inner hyphens and apostrophes) and single punctuation marks.
_TOKEN = re.compile(r"[^\W_][\w'’-]*|[^\w\s]")


def event_features(articles: Sequence[Article]) -> sparse.csr_matrix:
    """Rows whose dot products are the weighted text, title and name similarities."""
    blocks = [
        (TEXT_WEIGHT, tfidf_matrix([_body(a) for a in articles])),
        (TITLE_WEIGHT, tfidf_matrix([a.title or "" for a in articles])),
        (NAME_WEIGHT, _names_matrix([names(a) for a in articles])),
    ]
    return sparse.hstack([np.sqrt(w) * m for w, m in blocks], format="csr")


def _body(article: Article) -> str:
    return " ".join(s.text for s in article.sentences)


def names(article: Article) -> set[str]:
    """Runs of capitalised words, tone-folded and lower-cased ("kim_jong_un")."""
    texts = [article.title or "", *(s.text for s in article.sentences)]
    return {"_".join(fold_tones(" ".join(run)).lower().split()) for t in texts for run in _runs(t)}


def _runs(text: str) -> list[list[str]]:
    """Capitalised words in a row; the first word of a sentence is capitalised anyway: skipped."""
    runs: list[list[str]] = [[]]
    for index, match in enumerate(_TOKEN.finditer(text)):
        word = match.group()
        if index and word[0].isupper():
            runs[-1].append(word)
        elif runs[-1]:
            runs.append([])
    return [run for run in runs if run]


def _names_matrix(rows: Sequence[set[str]]) -> sparse.csr_matrix:
    """Binary name occurrence weighted by IDF over the articles, rows L2-normalised."""
    vocabulary: dict[str, int] = {}
    cols = [vocabulary.setdefault(name, len(vocabulary)) for row in rows for name in sorted(row)]
    owners = np.repeat(np.arange(len(rows)), [len(row) for row in rows])
    shape = (len(rows), max(1, len(vocabulary)))
    ones = np.ones(len(cols))
    matrix = sparse.csr_matrix((ones, (owners, np.asarray(cols, dtype=np.int64))), shape=shape)
    df = np.bincount(matrix.indices, minlength=shape[1])
    idf = np.log((1 + len(rows)) / (1 + df)) + 1.0
    matrix.data = idf[matrix.indices]
    norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    return sparse.csr_matrix(sparse.diags(1.0 / norms) @ matrix)
