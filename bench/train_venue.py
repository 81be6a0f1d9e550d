"""Fit the venue model (summarize/data/venue.json) on the dev half of bench/facts_gold.jsonl.

    .venv/bin/python -m bench.train_venue            # refit the shipped model (deterministic)
    .venv/bin/python -m bench.train_venue --folds    # leave-one-batch-out place F1, no writing

One logistic regression (scikit-learn, C = 1, standardised features) over every place an
article names (summarize.briefing.venue.candidates), label = the place is the annotated venue.
Only `"split": "dev"` lines are read; the held-out half is never fitted on. Each article goes
through the product's own reading (a .txt file, `read_articles`), as bench.facts does.
`--folds` fits on two of the three dev batches (dev-115, s8, s9) and scores the third with the
product's rule (`venue.article_venue`, place matched as bench.facts matches it), for each.
"""

from __future__ import annotations

import argparse
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.preprocessing import StandardScaler

from summarize import Options
from summarize.briefing.venue import PACKAGED, VenueModel, article_venue, candidates
from summarize.models import Article
from summarize.pipeline import read_articles
from summarize.text.normalize import comparison_key

from .facts import GOLD, aliases, article_text, load_gold

SHIPPED = Path(__file__).resolve().parent.parent / "summarize" / PACKAGED
BATCHES = ("dev-115", "s8", "s9")


def batch(entry: dict[str, Any]) -> str:
    """dev-115 holds the lines with no batch or batch s7 (COMMON.md's split)."""
    return entry["batch"] if entry.get("batch") in ("s8", "s9") else "dev-115"


def read(entries: Sequence[dict[str, Any]]) -> list[Article]:
    with tempfile.TemporaryDirectory() as folder:
        paths = []
        for n, entry in enumerate(entries):
            path = Path(folder) / f"{n:03d}.txt"
            path.write_text(article_text(entry["ref"]), encoding="utf-8")
            paths.append(path)
        articles, failures, _ = read_articles(paths, Options())
    if failures:
        raise SystemExit(f"unread gold articles: {failures}")
    return articles


def _key(place: str) -> str:
    return comparison_key(place).removeprefix("tp ")


def gold_places(entry: dict[str, Any]) -> set[str]:
    return {_key(p) for p in aliases(entry["place"]) if p}


def fit(pairs: Sequence[tuple[dict[str, Any], Article]]) -> VenueModel:
    rows, labels = [], []
    for entry, article in pairs:
        gold = gold_places(entry)
        for candidate in candidates(article):
            rows.append(candidate.features)
            labels.append(int(_key(candidate.place) in gold))
    x = np.array(rows, dtype=float)
    scaler = StandardScaler().fit(x)
    model = LogisticRegression(C=1.0, max_iter=1000).fit(scaler.transform(x), np.array(labels))
    scale = np.where(scaler.scale_ > 0, scaler.scale_, 1.0)
    return VenueModel(
        tuple(round(float(v), 6) for v in scaler.mean_),
        tuple(round(float(v), 6) for v in scale),
        tuple(round(float(v), 6) for v in model.coef_[0]),
        round(float(model.intercept_[0]), 6),
    )


def place_f1(pairs: Sequence[tuple[dict[str, Any], Article]], model: VenueModel) -> str:
    hits = found = gold = 0
    for entry, article in pairs:
        place, places = article_venue(article, model), gold_places(entry)
        found, gold = found + (place is not None), gold + bool(places)
        hits += bool(place and _key(place) in places)
    p, r = hits / found if found else 1.0, hits / gold if gold else 1.0
    return f"{2 * p * r / (p + r) if p + r else 0.0:.3f} ({hits}/{found}/{gold})"


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.train_venue", description=__doc__)
    parser.add_argument("--folds", action="store_true", help="leave-one-batch-out F1 only")
    args = parser.parse_args(argv)
    entries = [e for e in load_gold([GOLD]) if e.get("split", "dev") == "dev"]
    pairs = list(zip(entries, read(entries), strict=True))
    if args.folds:
        for left in BATCHES:
            model = fit([p for p in pairs if batch(p[0]) != left])
            print(f"{left:8} place F1 {place_f1([p for p in pairs if batch(p[0]) == left], model)}")
        return
    SHIPPED.write_text(fit(pairs).to_json(), encoding="utf-8")
    print(f"wrote {SHIPPED}")


if __name__ == "__main__":
    main()
