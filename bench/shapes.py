"""Every shape of input a briefing meets, built from the development collections.

A shape turns a collection's lines into items `{"id", "documents", "summaries", "budget"}`:
- clusters (ViMs, VMDS): several articles' bodies; budget = mean reference length;
- one article as published (each ViMs article alone; each VMDS article with its `lead` put back
  on top), at 40 and 80 syllables, against its cluster's references: a one-article section;
- one article's body without its lead (VietNews; VMDS bodies against their own lead).
An item's id is its cluster's (or article's) id, so an article lands in its cluster's fold and a
model never scores an article of a cluster it was fitted on.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from bench.corpora import VIETNEWS, VIMS, VMDS, Corpus

Item = dict[str, Any]
ARTICLE_BUDGETS = (40, 80)  # syllables: a two-sentence and a four-sentence section summary


@dataclass(frozen=True, slots=True)
class Shape:
    name: str
    collection: Corpus
    build: Callable[[list[Item]], list[Item]]
    #: One article per item: lead-doc1, lead-rr and lead-k coincide (the `lead` peer).
    single: bool
    #: Shapes of one family read the same texts (only the budget differs): one process scores them.
    family: str

    def items(self, limit: int | None = None) -> list[Item]:
        return self.build(self.collection.load(limit))


def mean_length(references: list[str]) -> int:
    """Mean length of the references in syllables (the product's one syllable count)."""
    from summarize.text.words import syllable_count

    return round(sum(syllable_count(r) for r in references) / len(references))


def body(document: dict[str, Any]) -> dict[str, Any]:
    return {"id": document["id"], "title": document["title"], "text": document["text"]}


def published(document: dict[str, Any]) -> dict[str, Any]:
    """The article as its reader saw it: the lead paragraph, when the collection cut it, on top."""
    lead = document.get("lead")
    text = f"{lead}\n{document['text']}" if lead else document["text"]
    return {"id": document["id"], "title": document["title"], "text": text}


def clusters(rows: list[Item]) -> list[Item]:
    return [
        {
            "id": row["id"],
            "documents": [body(d) for d in row["documents"]],
            "summaries": row["summaries"],
            "budget": mean_length(row["summaries"]),
        }
        for row in rows
    ]


def articles(budget: int) -> Callable[[list[Item]], list[Item]]:
    """Each article of each cluster alone, as published, at a fixed budget."""

    def build(rows: list[Item]) -> list[Item]:
        return [
            {
                "id": row["id"],
                "documents": [published(d)],
                "summaries": row["summaries"],
                "budget": budget,
            }
            for row in rows
            for d in row["documents"]
        ]

    return build


def lead_bodies(rows: list[Item]) -> list[Item]:
    """Each VMDS article's body, its own lead paragraph the reference (VietNews's shape)."""
    return [
        {
            "id": row["id"],
            "documents": [body(d)],
            "summaries": [d["lead"]],
            "budget": mean_length([d["lead"]]),
        }
        for row in rows
        for d in row["documents"]
        if d.get("lead", "").strip()
    ]


SHAPES = {
    s.name: s
    for s in (
        Shape("vims-clusters", VIMS, clusters, single=False, family="vims-clusters"),
        Shape("vmds-clusters", VMDS, clusters, single=False, family="vmds-clusters"),
        *(
            Shape(f"{c.name}-article-{b}", c, articles(b), single=True, family=f"{c.name}-article")
            for c in (VIMS, VMDS)
            for b in ARTICLE_BUDGETS
        ),
        Shape("vietnews-body", VIETNEWS, clusters, single=True, family="vietnews-body"),
        Shape("vmds-body", VMDS, lead_bodies, single=True, family="vmds-body"),
    )
}


def family(name: str) -> list[Shape]:
    return [s for s in SHAPES.values() if s.family == name]
