"""Words for ranking: syllables, underthesea word segmentation, stop words, the sumy adapter."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from .normalize import fold_tones
from .shipped import shipped_lines

_SYLLABLE = re.compile(r"[^\W_]+", re.UNICODE)


def syllables(text: str) -> list[str]:
    """Lower-cased syllables, no punctuation, one tone style: what ROUGE and TF-IDF count."""
    return list(syllable_tuple(text))


# Dedup and then ranking read the same sentences: the second read is a lookup. A pure function of
# the text, so the cache never changes a result; bounded (a cluster holds a few hundred units).
@lru_cache(maxsize=4096)
def syllable_tuple(text: str) -> tuple[str, ...]:
    """`syllables` as an immutable tuple, remembered for recently seen texts.

    `_SYLLABLE.findall` read word by word: a whitespace-separated word that is all letters and
    digits (str.isalnum, the pattern's very class) is one syllable as it is, and only the others
    ("hội,", "19-5") go through the pattern; no match spans a space, so the result is the same,
    a fifth cheaper."""
    found: list[str] = []
    for word in fold_tones(text).lower().split():
        if word.isalnum():
            found.append(word)
        else:
            found += _SYLLABLE.findall(word)
    return tuple(found)


def syllable_count(text: str) -> int:
    """The one syllable count of every length budget (CLI, clusters, bench) and the features.

    Punctuation is not a syllable and "19-5" or "4.000" are two: whitespace tokens disagree on
    about a quarter of news sentences, mostly by one (a dash, a date, a figure).
    """
    return len(syllable_tuple(text))


def word_tokens(text: str) -> list[str]:
    """underthesea's word segmentation ("hội_nghị"), lower-cased, punctuation dropped."""
    from underthesea import word_tokenize  # heavy: only the sumy path pays for it

    words = (w.replace(" ", "_") for w in word_tokenize(fold_tones(text).lower()))
    return [w for w in words if _SYLLABLE.search(w)]


@cache
def stop_words() -> frozenset[str]:
    """The shipped Vietnamese stop words, as syllables joined by "_" for multi-syllable words."""
    return frozenset("_".join(syllables(line)) for line in shipped_lines("stopwords_vi.txt"))


class SumyTokenizer:
    """sumy's duck-typed tokenizer seam (to_sentences/to_words) backed by underthesea."""

    language = "vietnamese"

    def __init__(self, *, segment_words: bool = True) -> None:
        self._segment = segment_words

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        from .segment import split_sentences

        return tuple(split_sentences(paragraph))

    def to_words(self, sentence: str) -> tuple[str, ...]:
        return tuple(word_tokens(sentence) if self._segment else syllables(sentence))
