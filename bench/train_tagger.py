"""Fit the people tagger (summarize/data/people_tagger.crf) on the dev half of the facts gold.

    make train-tagger                     # .venv/bin/python -m bench.train_tagger: the shipped model
    .venv/bin/python -m bench.train_tagger --lobo   # leave-one-batch-out figures, nothing written

A linear-chain CRF (underthesea_core's CRFTrainer: L-BFGS, L1 1.0, L2 0.01, 100 iterations,
features seen fewer than 5 times dropped; none of them tuned on a score, L1 and 5 chosen for the
file's size) over the tokens of the sentences the people and organisation rules read
(briefing.group.names_text), with summarize/briefing/span_features.py's features. Its labels are
distant: each annotated name and organisation alias of the article (bench/facts_gold.jsonl, dev
lines only, never held-out ones) found verbatim as a run of tokens is tagged PER or ORG, the
longest first; the names not found are counted and printed. Fitting is deterministic in what
the model tags: two fits store their attribute strings in another order (the bytes differ), but
give the same tags on all 3,461 dev sentences and marginals within 1e-10. `--lobo` fits on all dev batches but one (dev-115, s8, s9, s10: fit on three),
scores the one left out with bench.facts' scorer, rules alone, rules with that tagger's people,
and rules with the shipped tagger's, for each batch: the figures bench/README.md reports.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any
from unittest import mock

from bench import facts
from bench.corpora import ROOT
from summarize.briefing import group, span_tagger
from summarize.briefing.group import names_text
from summarize.briefing.span_features import token_features
from summarize.briefing.tokens import Token, tokens
from summarize.pipeline import summarize_file

SHIPPED = ROOT / "summarize" / "data" / "people_tagger.crf"
L1 = 1.0  # sparse weights; with MIN_SEEN chosen by the file's size alone, never by a score
L2 = 0.01  # the trainer's default; not tuned
ITERATIONS = 100
MIN_SEEN = 5  # a feature string seen fewer times in training is dropped: the file keeps every
# one it was given (110,173 strings, 5.8 MB, for all dev; 19,146 strings, 1.0 MB, at 5)


def dev_entries() -> list[dict[str, Any]]:
    return [e for e in facts.load_gold([facts.GOLD]) if e.get("split", "dev") == "dev"]


def sentences_of(entry: dict[str, Any]) -> list[str]:
    """The sentences the rules read in this article, as the briefing reads it from a .txt file."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "article.txt"
        path.write_text(facts.article_text(entry["ref"]), encoding="utf-8")
        return names_text([summarize_file(path)])


def distant_labels(words: Sequence[Token], entry: dict[str, Any]) -> tuple[list[str], set[str]]:
    """BIO labels from the article's annotated names (PER) and organisations (ORG), the longest
    first, never over a token already labelled; and the annotated strings found."""
    wanted = [(a, "PER") for p in entry["people"] for a in facts.aliases(p[0]) if a]
    wanted += [(a, "ORG") for o in entry["organisations"] for a in facts.aliases(o) if a]
    texts = [t.text for t in words]
    labels, found = ["O"] * len(words), set()
    for n, text, kind in sorted(((len(tokens(s)), s, k) for s, k in wanted), reverse=True):
        parts = [t.text for t in tokens(text)]
        for i in range(len(texts) - n + 1):
            if texts[i : i + n] == parts and all(x == "O" for x in labels[i : i + n]):
                labels[i : i + n] = [f"B-{kind}"] + [f"I-{kind}"] * (n - 1)
                found.add(text)
    return labels, found


def examples(
    entries: Sequence[dict[str, Any]],
) -> tuple[list[list[list[str]]], list[list[str]], Counter[str]]:
    """Features and labels of every sentence, and how many annotated names were not found."""
    features, labels, missing = [], [], Counter[str]()
    for entry in entries:
        found: set[str] = set()
        for sentence in sentences_of(entry):
            words = tokens(sentence)
            if words:
                tags, seen = distant_labels(words, entry)
                features.append(token_features(sentence, words))
                labels.append(tags)
                found |= seen
        for field, names in (("people", [p[0] for p in entry["people"]]),
                             ("organisations", entry["organisations"])):  # fmt: skip
            missing[field] += sum(not set(facts.aliases(n)) & found for n in names)
            missing[f"{field} annotated"] += len(names)
    return features, labels, missing


def fit(entries: Sequence[dict[str, Any]], path: Path) -> Counter[str]:
    from underthesea_core import CRFTrainer

    features, labels, missing = examples(entries)
    seen = Counter(f for sentence in features for token in sentence for f in token)
    kept = [[[f for f in token if seen[f] >= MIN_SEEN] for token in s] for s in features]
    trainer = CRFTrainer(
        loss_function="lbfgs", l1_penalty=L1, l2_penalty=L2, max_iterations=ITERATIONS, verbose=0
    )
    trainer.train(kept, labels).save(str(path))
    return missing


def leave_one_batch_out(entries: Sequence[dict[str, Any]]) -> dict[str, dict[str, facts.Score]]:
    """Each dev batch scored three ways: the rules alone, the rules with a tagger fitted on the
    other batches' gold only (what carries to unseen text), and with the shipped tagger (fitted on
    every dev batch, this one included: in-sample)."""
    from underthesea_core import CRFTagger

    scores: dict[str, dict[str, facts.Score]] = {}
    for held in facts.dev_batches(entries):
        scored = [e for e in entries if facts.batch_of(e) == held]
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "model.crf"
            fit([e for e in entries if facts.batch_of(e) != held], path)
            tagger = CRFTagger()
            tagger.load(str(path))
            with mock.patch.object(group, "tagged_people", lambda s, f: ()):
                rules = facts.score_entries(scored)
            with mock.patch.object(span_tagger, "_tagger", return_value=tagger):
                lobo = facts.score_entries(scored)
        shipped = facts.score_entries(scored)
        scores[held] = {"rules alone": rules, "tagger fitted on the others": lobo,
                        "shipped tagger": shipped}  # fmt: skip
        for name, score in scores[held].items():
            print(facts.report(f"{held}, {name}", len(scored), score), flush=True)
    return scores


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.train_tagger", description=__doc__)
    parser.add_argument("--lobo", action="store_true", help="leave-one-batch-out figures only")
    args = parser.parse_args(argv)
    entries = dev_entries()
    if args.lobo:
        leave_one_batch_out(entries)
        return 0
    missing = fit(entries, SHIPPED)
    print(f"wrote {SHIPPED.relative_to(ROOT)} from {len(entries)} dev articles; not found "
          f"verbatim: {missing['people']} of {missing['people annotated']} people, "
          f"{missing['organisations']} of {missing['organisations annotated']} organisations")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
