"""How alike two articles' events are: their text, their titles and the names they share.

One sparse row per article, three L2-normalised TF-IDF blocks scaled by the square roots of their
weights, so that a dot product of two rows is the weighted sum of the three cosines (in 0..1).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import cache

import numpy as np
from scipy import sparse

from ..models import Article
from ..ranking.terms import tfidf_matrix
from ..text.normalize import fold_tones
from ..text.shipped import shipped_lines

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
_CAPITAL_WORD = re.compile(rf"[{_UPPER}][\w'’-]*")
_SYLLABLE_AFTER = re.compile(r" +([^\W\d_]+)(?![\w'’-])")
_GAP = re.compile(r" +")
_FIRST_WORD = re.compile(r"\w")
COMPOUND_SYLLABLES = 4  # the longest compound a capitalised word is read with


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

    A capitalised word that opens a common compound takes the compound's lower-case syllables
    along ("Bộ Tài chính", "Sở Giao dịch Chứng khoán TPHCM"): an organisation's name is written
    with a capital on its first syllable only, and cut at its first lower-case syllable it left
    pieces two unrelated articles share ("bộ_tài", "chứng", "ngân": cafef's FTSE list and
    vietnamnet's FLC shares met in one section through "chứng").
    The first word of a sentence is capitalised whatever it is, so it never starts a name; nor
    is a legal reference one ("Nghị định", "Điều 8", "…/2026/NĐ-CP"): two articles on
    different rules both cite decrees.
    """
    found: set[str] = set()
    for text in (article.title or "", *(s.text for s in article.sentences)):
        first = _FIRST_WORD.search(text)
        for run in _name_runs(text):
            if text[: run[0][0]].endswith("/"):
                continue  # the issuer's code of a document's number ("68/2026/NĐ-CP")
            if first and run[0][0] == first.start():
                run = run[1:]
            if not run or _cites_a_rule(text, run):
                continue
            found.add("_".join(word for _, unit in run for word in unit).lower())
    return {fold_tones(name) for name in found}


def _name_runs(text: str) -> Iterator[list[tuple[int, list[str]]]]:
    """Each run of capitalised words separated by spaces, as its units and where each starts: a
    word, or a capitalised word with the lower-case syllables that complete its compound."""
    position = 0
    while match := _CAPITAL_WORD.search(text, position):
        run: list[tuple[int, list[str]]] = []
        word: re.Match[str] | None = match
        while word is not None:
            unit, position = _compound(text, word.group(), word.end())
            run.append((word.start(), unit))
            gap = _GAP.match(text, position)
            word = _CAPITAL_WORD.match(text, gap.end()) if gap else None
        yield run


def _compound(text: str, word: str, end: int) -> tuple[list[str], int]:
    """The word with the lower-case syllables after it that make a common compound with it
    ("Tài" + "chính"), the longest found, and where it ends; the word alone when none does."""
    following: list[tuple[str, int]] = []
    position = end
    while len(following) < COMPOUND_SYLLABLES - 1:
        lower = _SYLLABLE_AFTER.match(text, position)
        if lower is None or not lower.group(1)[0].islower():
            break
        following.append((lower.group(1), lower.end()))
        position = lower.end()
    compounds = common_compounds()
    for size in range(len(following), 0, -1):
        syllables = [word, *(w for w, _ in following[:size])]
        if fold_tones("_".join(syllables)).lower() in compounds:
            return syllables, following[size - 1][1]
    return [word], end


@cache
def common_compounds() -> frozenset[str]:
    """Compound words of development news ("tài_chính"; summarize/data/word_df.txt)."""
    rows = (line.split() for line in shipped_lines("word_df.txt"))
    return frozenset(word for word, *_ in rows if "_" in word)


# A document's kind, or a law's article, written with a capital ("Nghị định 68", "Điều 10").
_DOCUMENT = re.compile(
    r"(?:Nghị định|Nghị quyết|Thông tư|Quyết định|Chỉ thị|Công văn)(?![\wÀ-ỹ])|(?:Điều|Khoản)\s+\d"
)


def _cites_a_rule(text: str, run: Sequence[tuple[int, list[str]]]) -> bool:
    """A name of one unit that is a document's kind or a law's article ("Nghị định", "Điều" of
    "Điều 8")."""
    return len(run) == 1 and bool(_DOCUMENT.match(text, run[0][0]))


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
