"""How alike two articles' events are: their text, their titles and the names they share.

One sparse row per article, three L2-normalised TF-IDF blocks scaled by the square roots of their
weights, so that a dot product of two rows is the weighted sum of the three cosines (in 0..1).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np
from scipy import sparse

from ..models import Article
from ..ranking.terms import tfidf_matrix
from ..text.normalize import fold_tones

# Weights chosen on ViMs dev clusters 1-75 (bench/grouping.py): the body's syllable uni- and
# bigrams, the title's (reporters retell one event in near-identical headlines), and the names
# (people, places, organisations: what tells two football squads or two drug busts apart).
TEXT_WEIGHT = 0.4
TITLE_WEIGHT = 0.3
NAME_WEIGHT = 0.3
# Each article's text is represented by its this many heaviest terms (re-normalised): what tells
# its event apart; the long tail of common words costs most of the pairwise products.
TEXT_TERMS = 100
# Capitalised words (Latin capitals, Vietnamese ones included) in a row, separated by spaces only.
_UPPER = "".join(c for c in map(chr, range(0x41, 0x1EFA)) if c.isupper() and c.isalpha())
_NAME = re.compile(rf"[{_UPPER}][\w'’-]*(?: +[{_UPPER}][\w'’-]*)*")
_FIRST_WORD = re.compile(r"\w")


def event_features(articles: Sequence[Article]) -> sparse.csr_matrix:
    """Rows whose dot products are the weighted text, title and name similarities."""
    blocks = [
        (TEXT_WEIGHT, top_terms(tfidf_matrix([_body(a) for a in articles]), TEXT_TERMS)),
        (TITLE_WEIGHT, tfidf_matrix([a.title or "" for a in articles])),
        (NAME_WEIGHT, _names_matrix([names(a) for a in articles])),
    ]
    return sparse.hstack([np.sqrt(w) * m for w, m in blocks], format="csr")


def _body(article: Article) -> str:
    return " ".join(s.text for s in article.sentences)


def names(article: Article) -> set[str]:
    """Runs of capitalised words, tone-folded and lower-cased ("kim_jong_un").

    The first word of a sentence is capitalised whatever it is, so it never starts a name; nor
    is a legal reference one ("Nghị định", "Điều 8", "…/2026/NĐ-CP"): two articles on
    different rules both cite decrees.
    """
    found: set[str] = set()
    for text in (article.title or "", *(s.text for s in article.sentences)):
        first = _FIRST_WORD.search(text)
        for match in _NAME.finditer(text):
            words = match.group().split()
            if first and match.start() == first.start():
                words = words[1:]
            if _cites_a_rule(text, match, words):
                continue
            if words:
                found.add("_".join(words).lower())
    return {fold_tones(name) for name in found}


# A document's kind, or a law's article, written with a capital ("Nghị định 68", "Điều 10").
_DOCUMENT = re.compile(
    r"(?:Nghị định|Nghị quyết|Thông tư|Quyết định|Chỉ thị|Công văn)(?![\wÀ-ỹ])|(?:Điều|Khoản)\s+\d"
)


def _cites_a_rule(text: str, run: re.Match[str], words: Sequence[str]) -> bool:
    """A name of one word that opens a document's kind or a law's article ("Nghị" of "Nghị
    định"), or the issuer's code of a document's number ("68/2026/NĐ-CP")."""
    if text[: run.start()].endswith("/"):
        return True
    return len(words) == 1 and bool(_DOCUMENT.match(text, run.end() - len(words[0])))


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


def top_terms(matrix: sparse.csr_matrix, count: int) -> sparse.csr_matrix:
    """Each row's `count` largest entries, the row L2-normalised again (ties: lower column).

    One stable sort on row - value (values in 0..1 after normalisation) ranks within each row.
    """
    matrix = sparse.csr_matrix(matrix)
    matrix.sort_indices()
    rows = np.repeat(np.arange(matrix.shape[0]), np.diff(matrix.indptr))
    order = np.argsort(rows - matrix.data / (1.0 + matrix.data.max(initial=0.0)), kind="stable")
    rank = np.arange(len(order)) - matrix.indptr[rows[order]]
    keep = np.sort(order[rank < count])
    pruned = sparse.csr_matrix(
        (
            matrix.data[keep],
            matrix.indices[keep],
            np.r_[0, np.cumsum(np.bincount(rows[keep], minlength=matrix.shape[0]))],
        ),
        shape=matrix.shape,
    )
    norms = np.sqrt(np.asarray(pruned.multiply(pruned).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    return sparse.csr_matrix(sparse.diags(1.0 / norms) @ pruned)
