"""underthesea's parts of speech, the same tags its `pos_tag` gives, for half the CPU.

underthesea's `pos_tag` segments the words (a CRF featurized in Rust), then builds the
part-of-speech CRF's features in Python by reading its feature template anew for every feature of
every word: it parses the entry with a regular expression and copies the sentence's columns each
time, about two thirds of its cost. The people tagger reads every sentence of a section, so users
paid it on every article (about 110 ms of the tagger's 143 ms per dev article). Here each template
entry is parsed once and fills one column for the whole sentence; the feature strings, the model
and the segmenter are underthesea's own, so the tags are the same (tests/test_pos.py compares
both on sentences of every length; on the 4,411 dev sentences of the facts gold: the same tags,
25 s of CPU down to 12 s).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

# underthesea.pipeline.pos_tag.tagged_feature.template2features reads each entry with this.
_SYNTAX = re.compile(
    r"T\[(?P<index1>\-?\d+)(\,(?P<index2>\-?\d+))?\](\[(?P<column>.*)\])?(\.(?P<function>.*))?"
)


@dataclass(frozen=True, slots=True)
class _Entry:
    """One template entry ("T[-1,0]", "T[0].istitle", "T[-3][1]"), parsed."""

    prefix: str
    first: int
    last: int | None
    column: int
    function: str | None


@cache
def _model() -> tuple[Any, tuple[_Entry, ...]]:
    """underthesea's part-of-speech CRF and its template, parsed once."""
    from underthesea.pipeline.pos_tag.model_crf import CRFPOSTagPredictor

    predictor = CRFPOSTagPredictor.Instance()
    entries = []
    for syntax in predictor.transformer.template:
        found = _SYNTAX.match(syntax)
        assert found is not None, syntax
        column, last = found.group("column"), found.group("index2")
        entries.append(
            _Entry(
                prefix=f"{syntax}=",
                first=int(found.group("index1")),
                last=int(last) if last else None,
                column=int(column) if column else 0,
                function=found.group("function"),
            )
        )
    return predictor.model, tuple(entries)


def features(words: Sequence[str]) -> list[list[str]]:
    """The features underthesea's part-of-speech CRF reads for each word: the same strings, in
    the same order, as its `word2features` over the rows (word, "X")."""
    _, entries = _model()
    columns = (list(words), ["X"] * len(words))
    return [list(row) for row in zip(*(_column(e, columns) for e in entries), strict=True)]


def _column(entry: _Entry, columns: tuple[list[str], list[str]]) -> list[str]:
    """One template entry's feature for every word: "BOS" where it reaches before the first
    word (checked first, as underthesea does), "EOS" past the last, else the cells it names."""
    from underthesea.pipeline.pos_tag.tagged_feature import apply_function

    cells, n = columns[entry.column], len(columns[0])
    reach = entry.first if entry.last is None else max(entry.first, entry.last)
    bos = min(max(0, -entry.first), n)  # words before this one give BOS
    end = max(bos, min(n, n - reach))  # words from here on give EOS
    start, stop = bos + entry.first, end + entry.first  # the cells those words read
    if entry.last is None:
        found = cells[start:stop]
    else:
        width = entry.last - entry.first + 1
        found = [" ".join(cells[i : i + width]) for i in range(start, stop)]
    if entry.function is not None:
        values = {w: apply_function(entry.function, w) for w in set(found)}
        found = [values[w] for w in found]
    prefix = entry.prefix
    return (
        [f"{prefix}BOS"] * bos
        + [f"{prefix}{value}" for value in found]
        + [f"{prefix}EOS"] * (n - end)
    )


def pos_tag(sentence: str) -> list[tuple[str, str]]:
    """Each word of `sentence` with its part of speech, as `underthesea.pos_tag(sentence)`."""
    from underthesea import word_tokenize

    words = word_tokenize(sentence)
    model, _ = _model()
    return list(zip(words, model.tag(features(words)), strict=True))
