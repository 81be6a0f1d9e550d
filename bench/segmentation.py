"""Sentence-boundary precision, recall and F1 on the VTB dev paragraphs: ours vs underthesea.

Protocol (../shared/data/SOURCE.md): a boundary is the character offset where a sentence starts;
offset 0 is not counted (every splitter gets it for free). Gold offsets come from joining the gold
sentences with one space, which reproduces `text` exactly.

    .venv/bin/python -m bench.segmentation [--data PATH] [--json]
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable, Iterable
from pathlib import Path

from bench.corpora import SEGMENTATION

DATA = SEGMENTATION


def gold_boundaries(sentences: list[str]) -> set[int]:
    offsets, position = set(), 0
    for sentence in sentences[:-1]:
        position += len(sentence) + 1
        offsets.add(position)
    return offsets


def offsets_of(text: str, pieces: Iterable[str]) -> set[int]:
    """Start offsets of each piece found in order in `text` (for splitters that return strings)."""
    found, cursor = set(), 0
    for piece in pieces:
        piece = piece.strip()
        at = text.find(piece, cursor) if piece else -1
        if at < 0:
            continue
        if at > 0:
            found.add(at)
        cursor = at + len(piece)
    return found


def score(rows: list[dict], split: Callable[[str], set[int]]) -> dict[str, float]:
    tp = fp = fn = 0
    for row in rows:
        gold, ours = gold_boundaries(row["sentences"]), split(row["text"])
        tp, fp, fn = tp + len(gold & ours), fp + len(ours - gold), fn + len(gold - ours)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4)}


def evaluate(path: str | Path = DATA) -> dict[str, dict[str, float]]:
    """Scores of our splitter and of plain underthesea.sent_tokenize on the same paragraphs."""
    from underthesea import sent_tokenize

    from summarize.text.segment import sentence_spans

    rows = [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines()]
    return {
        "ours": score(rows, lambda t: {a for a, _ in sentence_spans(t) if a > 0}),
        "underthesea": score(rows, lambda t: offsets_of(t, sent_tokenize(t))),
        "paragraphs": {"count": len(rows)},
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=str(DATA))
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    result = evaluate(args.data)
    if args.json:
        print(json.dumps(result, indent=2))
        return
    print(f"{'splitter':<12} {'P':>7} {'R':>7} {'F1':>7}")
    for name in ("ours", "underthesea"):
        r = result[name]
        print(f"{name:<12} {r['precision']:>7.4f} {r['recall']:>7.4f} {r['f1']:>7.4f}")


if __name__ == "__main__":
    main()
