"""How common each compound word is in news: `python -m bench.word_df [--write]`.

The comparison's "Chủ đề chính" ranked a conference's compound words by count alone, and the first
were words every official report uses ("công tác", "hoạt động", "chỉ đạo"). `stats.keywords` now
weighs a word's count by how rare it is in news, log(N / (1 + df)). The table: in how many of the
development articles (the first ARTICLES of each collection, each read up to CHARS characters,
title included) each compound word occurs, for words in at least MIN_DF of them; shipped as
summarize/data/word_df.txt, like stop words. A word not in it counts as in none.
"""

from __future__ import annotations

import argparse
from collections import Counter
from collections.abc import Iterator

from bench.corpora import COLLECTIONS, ROOT
from summarize.text.words import stop_words, word_tokens

ARTICLES = 1000  # per collection
CHARS = 2000
MIN_DF = 2
OUT = ROOT / "summarize" / "data" / "word_df.txt"


def articles() -> Iterator[str]:
    """The first ARTICLES documents of each collection, each cut to CHARS characters."""
    for corpus in COLLECTIONS.values():
        taken = 0
        for item in corpus.load():
            for document in item["documents"]:
                yield f"{document.get('title') or ''}\n{document['text']}"[:CHARS]
                taken += 1
                if taken >= ARTICLES:
                    break
            if taken >= ARTICLES:
                break


def document_frequency() -> tuple[int, Counter[str]]:
    """How many articles were read, and in how many each compound word (as `stats.keywords`
    counts them) occurs."""
    stops = stop_words()
    seen: Counter[str] = Counter()
    total = 0
    for text in articles():
        total += 1
        seen.update({w for w in word_tokens(text) if "_" in w and w not in stops})
    return total, seen


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help=f"write {OUT.name}")
    args = parser.parse_args()
    total, seen = document_frequency()
    kept = sorted(((w, n) for w, n in seen.items() if n >= MIN_DF), key=lambda x: (-x[1], x[0]))
    print(f"{total} articles, {len(kept)} words in {MIN_DF} or more; the most common:")
    print(", ".join(f"{w} {n}" for w, n in kept[:20]))
    if args.write:
        header = (
            "# In how many of N development news articles each compound word occurs (first line:\n"
            "# N). Made by `python -m bench.word_df --write`; syllables joined by _.\n"
        )
        rows = "".join(f"{w} {n}\n" for w, n in kept)
        OUT.write_text(f"{header}N {total}\n{rows}", encoding="utf-8")


if __name__ == "__main__":
    main()
