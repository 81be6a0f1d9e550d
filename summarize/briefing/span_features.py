"""What the learned span tagger sees of each token: the word, its case shape, its neighbours,
underthesea's part of speech and whether the project's own lists start or hold it (a kind of body,
a position, a rank or honorific, a place, a family name).

The lists are the ones the rules read (briefing/names.py, briefing/organisations.py), so the
tagger learns from the hand-annotated gold when a listed word does open a name and when it does
not, which the rules can only be told one case at a time. Changing a feature here changes what the
shipped model (summarize/data/people_tagger.crf) was fitted on: refit it with `make train-tagger`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from .names import is_honorific, is_role_head, place_at
from .organisations import ORG_HEADS
from .tokens import SURNAMES, Token, phrase_at, tagged

NEIGHBOURS = (-2, -1, 1, 2)  # tokens either side whose word and shape are features


def shape(text: str) -> str:
    """The token's case shape: P punctuation, D digits, A acronym ("UBND"), C capitalised word,
    Cx capitalised with digits or inner marks ("Hang-seo"), l and lx the same in lower case."""
    if not text[:1].isalnum():
        return "P"
    if text.isdigit():
        return "D"
    if text.isupper() and len(text) > 1:
        return "A"
    if text[:1].isupper():
        return "C" if text.isalpha() else "Cx"
    return "l" if text.isalpha() else "lx"


def _marks(words: Sequence[Token], found: Callable[[Sequence[Token], int], int]) -> list[str]:
    """ "B" where a listed phrase starts, "I" on its other tokens, "" elsewhere."""
    out = [""] * len(words)
    for i in range(len(words)):
        n = found(words, i)
        if n:
            out[i] = out[i] or "B"
            for k in range(i + 1, min(i + n, len(words))):
                out[k] = out[k] or "I"
    return out


def _parts_of_speech(sentence: str, words: Sequence[Token]) -> list[str]:
    """underthesea's tag of the word each token starts ("B-N") or goes on ("I-N")."""
    starts = tagged(sentence)
    out, current = [], ""
    for token in words:
        if token.start in starts:
            current = starts[token.start][1]
            out.append("B-" + current)
        else:
            out.append("I-" + current)
    return out


def token_features(sentence: str, words: Sequence[Token]) -> list[list[str]]:
    """One list of feature strings per token of `sentence`, as the CRF reads them."""
    body = _marks(words, lambda w, i: phrase_at(w, i, ORG_HEADS))
    role = _marks(words, is_role_head)
    rank = _marks(words, is_honorific)
    place = _marks(words, place_at)
    pos = _parts_of_speech(sentence, words)
    low = [t.text.lower() for t in words]
    shp = [shape(t.text) for t in words]
    features = []
    for i, token in enumerate(words):
        size = min(len(token.text), 6)
        own = [
            "b", f"w={low[i]}", f"s={shp[i]}", f"sur={token.text in SURNAMES}", f"org={body[i]}",
            f"role={role[i]}", f"hon={rank[i]}", f"place={place[i]}", f"len={size}",
            f"pos={pos[i]}",
        ]  # fmt: skip
        for d in NEIGHBOURS:
            k = i + d
            if not 0 <= k < len(words):
                own.append(f"w{d}=<E>")
                continue
            own += [f"w{d}={low[k]}", f"s{d}={shp[k]}"]
            if abs(d) == 1:
                own += [f"org{d}={body[k]}", f"role{d}={role[k]}", f"hon{d}={rank[k]}"]
                own.append(f"pos{d}={pos[k]}")
        if i > 0:
            own += [f"w-1|w={low[i - 1]}|{low[i]}", f"s-1|s={shp[i - 1]}{shp[i]}"]
        if i + 1 < len(words):
            own += [f"w|w+1={low[i]}|{low[i + 1]}", f"s|s+1={shp[i]}{shp[i + 1]}"]
        features.append(own)
    return features
