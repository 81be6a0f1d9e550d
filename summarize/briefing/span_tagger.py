"""People the rules miss, found by a span tagger fitted on the project's own hand-annotated gold.

The rules in briefing/people.py find a person through a rank, an honorific or a position beside
the name; an article that names a speaker any other way ("Nguyễn Văn A cho biết …", a player in a
line-up) loses that person. A linear-chain CRF (underthesea_core, offline), fitted on the 205 dev
articles of bench/facts_gold.jsonl with `make train-tagger`, tags person (PER) and organisation
(ORG) spans token by token. Measured leave-one-batch-out (bench/README.md), its people help only
as extra candidates, and only when seen twice: a name it tags in two places of a section, one of
them with a mean token probability of 0.5 or more, that no person the rules found holds or is
held by. Its
organisations lost both as candidates and as a check of the rules', so they are not read.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from enum import Enum
from functools import cache
from importlib.resources import as_file, files
from typing import TYPE_CHECKING

from ..models import Person
from ..text.credits import LABEL_AT_END
from ..text.normalize import comparison_key
from .names import COMPANY_WORDS, COUNTRIES, place_at
from .span_features import token_features
from .tokens import span, tokens

if TYPE_CHECKING:
    from underthesea_core import CRFTagger

MODEL = "data/people_tagger.crf"
MIN_MENTIONS = 2  # a name tagged once is as often a stray capital as a person
MIN_PROBABILITY = 0.5  # mean marginal of the span's tokens being inside a PER span


class Kind(Enum):
    PERSON = "PER"
    ORGANISATION = "ORG"


@dataclass(frozen=True, slots=True)
class Span:
    """A run of tokens the tagger gives one label, with the mean probability of that label."""

    kind: Kind
    text: str
    probability: float


@cache
def _tagger() -> CRFTagger:
    """The shipped model, loaded once, when a section's people are first read."""
    from underthesea_core import CRFTagger  # heavy import: paid only when a briefing is built

    tagger = CRFTagger()
    with as_file(files("summarize").joinpath(MODEL)) as path:
        tagger.load(str(path))
    return tagger


def tag_spans(sentence: str) -> list[Span]:
    """The PER and ORG spans the model reads in one sentence, in order."""
    words = tokens(sentence)
    if not words:
        return []
    tagger = _tagger()
    features = token_features(sentence, words)
    labels = tagger.tag(features)
    if not any(label.startswith("B-") for label in labels):
        return []  # most sentences: no span, and no need of the marginals (a second pass)
    names = tagger.labels()
    marginals = [dict(zip(names, row, strict=True)) for row in tagger.marginals(features)]
    found, i = [], 0
    while i < len(labels):
        if not labels[i].startswith("B-"):
            i += 1
            continue
        kind = labels[i][2:]
        j = i + 1
        while j < len(labels) and labels[j] == f"I-{kind}":
            j += 1
        inside = (marginals[k][f"B-{kind}"] + marginals[k][f"I-{kind}"] for k in range(i, j))
        found.append(Span(Kind(kind), span(sentence, words, i, j), sum(inside) / (j - i)))
        i = j
    return found


def tagged_people(
    sentences: Iterable[str], found: Sequence[Person], bodies: Sequence[str] = ()
) -> tuple[Person, ...]:
    """People the tagger names at least MIN_MENTIONS times, at least once with MIN_PROBABILITY,
    in the order first seen, but for those the rules found (a name that holds, or is held by, a
    found one's: "Park" beside "Park Hang-seo" is that person) and for bodies (`_body`). They
    carry no title or role: the tagger reads names only."""
    mentions: Counter[str] = Counter()
    as_persons: Counter[str] = Counter()  # mentions not in a street's name nor in a credit
    best: dict[str, float] = {}
    for sentence in sentences:
        for item in tag_spans(sentence):
            if item.kind is Kind.PERSON:
                mentions[item.text] += 1
                as_persons[item.text] += not (
                    _named_after(sentence, item.text) or _credited(sentence, item.text)
                )
                best[item.text] = max(best.get(item.text, 0.0), item.probability)
    known = [comparison_key(p.name) for p in found]
    return tuple(
        Person(name, None)
        for name, count in mentions.items()
        if count >= MIN_MENTIONS
        and best[name] >= MIN_PROBABILITY
        and as_persons[name]
        and not _known(comparison_key(name), known)
        and not _body(name, bodies)
        and not _place(name)
    )


# Words that open the name of a street, a school or an administrative place, which are named
# after people ("đường Phạm Thái Bường", "Trường THPT Nguyễn Du", "phường Tân Phong").
_NAMED_AFTER = frozenset(
    "đường phố ngõ hẻm kiệt lộ trường thpt thcs phường xã quận huyện trấn cầu chợ bến".split()  # noqa: SIM905
)


def _every_mention(sentence: str, name: str, test: Callable[[re.Match[str]], bool]) -> bool:
    """The name stands in the sentence, and `test` holds of each place it stands."""
    places = list(re.finditer(re.escape(name), sentence))
    return bool(places) and all(test(m) for m in places)


def _named_after(sentence: str, name: str) -> bool:
    """Every place of the name in the sentence comes right after a street's or school's word."""

    def after_street(m: re.Match[str]) -> bool:
        before = sentence[: m.start()].split()
        return bool(before) and before[-1].lower() in _NAMED_AFTER

    return _every_mention(sentence, name, after_street)


# A credit: a photo's or a source's author, or a byline with its agency ("(Ảnh: Đỗ Tuấn Anh)",
# "Đỗ Tuấn Anh/VOV-Phnom Penh"): a reporter is no actor of the facts.
def _credited(sentence: str, name: str) -> bool:
    """Every place of the name in the sentence is a credit's."""

    def in_credit(m: re.Match[str]) -> bool:
        return (
            bool(LABEL_AT_END.search(sentence[: m.start()]))
            or sentence[m.end() : m.end() + 1] == "/"
        )

    return _every_mention(sentence, name, in_credit)


def _place(name: str) -> bool:
    """A country's or a place's whole name, which the tagger reads as the holder's when it stands
    between a title and the holder ("Hoàng tử Ả Rập Saudi Bandar bin Sultan")."""
    words = tokens(name)
    return name in COUNTRIES or (bool(words) and place_at(words, 0) >= len(words))


def _body(name: str, bodies: Sequence[str]) -> bool:
    """A body's name in Latin script, which the tagger, fitted on few of them, reads as a person's
    on text it has not seen ("Vietnam Airlines", "Manchester City"): one with a company word, or
    one the section's organisations hold, or are held by, word for word."""
    if any(word in COMPANY_WORDS for word in name.split()):
        return True
    key = f" {comparison_key(name)} "
    others = (f" {comparison_key(b)} " for b in bodies)
    return any(key in other or other in key for other in others)


def _known(name: str, known: Sequence[str]) -> bool:
    return any(name in other or other in name for other in known)
