"""The systems ours must beat: lead baselines, sumy run by hand, the ICSI ILP, and an oracle.

Every peer gets an item (`{"documents": [...], "summaries": [...]}`) and the syllable budget and
returns sentences; the scorer cuts the joined text to the budget, so a peer may overrun (the
"cut" protocol). `whole` holds a peer's output to whole sentences within the budget (the "whole"
protocol, bench/README.md).
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

from bench import ilp
from bench.rouge import Summary, rouge_n, syllable_count, tokens

Peer = Callable[[dict[str, Any], int], Summary]
SUMY = ("lexrank", "textrank", "lsa", "luhn", "sumbasic", "kl")


def our_sentences(item: dict[str, Any]) -> list[Any]:
    """Our cleaning and segmentation of every document (summarize.batch.clusters)."""
    from summarize.batch.clusters import cluster_sentences

    return cluster_sentences(item["documents"])[0]


def lead_doc1(item: dict[str, Any], budget: int) -> Summary:
    """The first article as published (no cleaning), then the next article's: the scorer cuts it.

    On one article this is lead-k, the first `budget` syllables of the body. Raw text rather than
    our cleaned sentences: cleaning drops some opening lines (a sapo fused with a sub-heading) that
    a user copying the opening would keep (the raw opening scores as high on ViMs, 0.6 R-2
    higher on VietNews).
    """
    return [line for doc in item["documents"] for line in doc["text"].splitlines() if line.strip()]


def lead_rr(item: dict[str, Any], budget: int) -> Summary:
    """First sentence of each article in turn (round-robin), then the second ..., our segmentation."""
    by_doc: dict[str, list[str]] = {}
    for sentence in our_sentences(item):
        by_doc.setdefault(sentence.article, []).append(sentence.text)
    out, used, depth = [], 0, 0
    while used < budget and any(depth < len(v) for v in by_doc.values()):
        for sentences in by_doc.values():
            if depth < len(sentences) and used < budget:
                out.append(sentences[depth])
                used += syllable_count(sentences[depth])
        depth += 1
    return out


def icsi_ilp(item: dict[str, Any], budget: int) -> Summary:
    """Gillick and Favre 2009 concept ILP over our sentences (bench/ilp.py)."""
    from summarize.text.words import syllable_tuple

    units = [ilp.Unit(s.text, s.article, syllable_tuple(s.text)) for s in our_sentences(item)]
    return ilp.summarize(units, budget)


def oracle(item: dict[str, Any], budget: int) -> Summary:
    """Greedy ROUGE-2 oracle over our sentences: the ceiling for any extractive system.

    Each step adds the sentence that raises ROUGE-2 (rouge.score's figure, computed on cached
    syllables) the most, and stops when none raises it or the budget is spent.
    """
    refs = [tokens(r) for r in item["summaries"]]
    pool = [(s.text, tokens(s.text)) for s in our_sentences(item)]
    chosen: list[str] = []
    used: list[str] = []
    best = 0.0
    while pool:
        gains = [(rouge2([*used, *toks][:budget], refs), n) for n, (_, toks) in enumerate(pool)]
        value, n = max(gains, key=lambda g: g[0])
        if value <= best:
            break
        text, toks = pool.pop(n)
        chosen.append(text)
        used += toks
        best = value
        if sum(syllable_count(c) for c in chosen) >= budget:
            break
    return chosen


def rouge2(candidate: list[str], refs: list[list[str]]) -> float:
    return sum(rouge_n(candidate, r, 2) for r in refs) / len(refs) * 100


@functools.lru_cache(maxsize=4096)
def _sentences_by_hand(text: str) -> tuple[str, ...]:
    from underthesea import sent_tokenize

    return tuple(sent_tokenize(text))


@functools.lru_cache(maxsize=65536)
def _words_by_hand(sentence: str) -> tuple[str, ...]:
    """underthesea's words of a sentence (cached: the 40- and 80-syllable shapes read one text)."""
    from underthesea import word_tokenize

    return tuple(w for w in word_tokenize(sentence) if any(c.isalnum() for c in w))


def sumy_by_hand(algorithm: str) -> Peer:
    """What a user writes: underthesea sent_tokenize + word_tokenize, then a sumy summarizer."""

    def run(item: dict[str, Any], budget: int) -> Summary:
        from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence

        from summarize.ranking.sumy_adapter import sumy_class

        class Tokenizer:
            language = "vietnamese"

            def to_sentences(self, text: str) -> list[str]:
                return list(_sentences_by_hand(text))

            def to_words(self, sentence: str) -> list[str]:
                return list(_words_by_hand(sentence))

        tokenizer = Tokenizer()
        paragraphs = [
            Paragraph([Sentence(s, tokenizer) for s in tokenizer.to_sentences(doc["text"])])
            for doc in item["documents"]
        ]
        document = ObjectDocumentModel(paragraphs)
        summarizer = sumy_class(algorithm)()
        average = max(
            1.0,
            sum(syllable_count(str(s)) for s in document.sentences)
            / max(1, len(document.sentences)),
        )
        count = max(1, round(budget / average))
        return [str(s) for s in summarizer(document, count)]

    return run


def whole(summary: Summary, budget: int, shortest: int) -> Summary:
    """The "whole" protocol, one rule for every system (ours as shipped keeps it): the summary's
    sentences (our segmentation) in its own order, each kept when it fits in what is left of the
    budget, skipped when not; longer than the budget only when no sentence of the text fits
    (`shortest`: the text's shortest sentence, `shortest_sentence`), then its first sentence,
    cut by the scorer. What a reader of the system would get within the budget."""
    from summarize.text.segment import split_sentences

    parts = [s for part in summary for s in split_sentences(part)]
    out: Summary = []
    used = 0
    for sentence in parts:
        size = syllable_count(sentence)
        if used + size <= budget:
            out.append(sentence)
            used += size
    return out or (parts[:1] if shortest > budget else [])


def shortest_sentence(item: dict[str, Any]) -> int:
    """The syllables of the item's shortest sentence (our segmentation; 0 when it has none)."""
    return min((syllable_count(s.text) for s in our_sentences(item)), default=0)


def peers(single: bool) -> dict[str, Peer]:
    """The peer rows of a shape: on one article lead-doc1, lead-rr and lead-k coincide (`lead`)."""
    table: dict[str, Peer] = (
        {"lead": lead_doc1} if single else {"lead-doc1": lead_doc1, "lead-rr": lead_rr}
    )
    table["ilp"] = icsi_ilp
    table.update({f"sumy-{a}": sumy_by_hand(a) for a in SUMY})
    return table
