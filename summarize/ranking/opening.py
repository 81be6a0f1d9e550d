"""One article's opening, when it is shaped like a lead: the summary starts from it.

A news article as published opens with its lead (sapo): an agency tag ("TTO - ", "(PLO)-",
"VOV.VN - "), a dateline ("Ngày 23/10, tại Hà Nội, ...", "Sáng 2/11, ...") and what happened.
Readers and reference summaries take it first (issue 21: an editor preferred the opening 19 of
30 times). The learned ranker cannot learn this from collections whose bodies had their lead cut
out, so it is a rule on what the product sees: one article, and an opening of that shape.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from enum import StrEnum

import numpy as np

from ..models import Budget, Sentence

# "TTO - ", "(PLO)-", "VOV.VN - ", "( Petrotimes ) – ", "Hà Nội - ": up to three capitalised
# words, in brackets or not, then a dash.
_AGENCY = re.compile(r"^\s*\(?\s*[A-ZĐ][\w.&]*(?:\s+[A-ZĐ][\w.&]*){0,2}\s*\)?\s*[-–—]")
# "Ngày 23/10", "Sáng nay 2-11", "Chiều qua (5/3)", "Tối 12.6": a part of the day and a date.
_DATELINE = re.compile(
    r"^\s*(?:rạng sáng|sáng sớm|sáng|trưa|chiều tối|chiều|tối|đêm|ngày)"
    r"(?:\s+(?:nay|qua|hôm nay|hôm qua))?(?:\s+ngày)?\s*\(?\s*\d{1,2}\s*[/.-]\s*\d{1,2}",
    re.IGNORECASE,
)


class Opening(StrEnum):
    """Which one-article openings start the summary (issue 21 item 4; bench/README.md has
    each one's figures): SHAPED (an agency tag or a dateline) won on the worst shape."""

    NONE = "none"  # the learned cover alone
    TAG = "tag"  # an agency tag
    SHAPED = "shaped"  # an agency tag or a dateline
    ALL = "all"  # any one article's first sentence


MODE = Opening.SHAPED


def lead_shaped(text: str) -> bool:
    """Does the sentence open like a news lead: an agency tag or a dateline?"""
    return bool(_AGENCY.match(text) or _DATELINE.match(text))


def opens_with(text: str, mode: Opening) -> bool:
    """Does this opening start the summary under `mode`?"""
    if mode is Opening.ALL:
        return True
    if mode is Opening.TAG:
        return bool(_AGENCY.match(text))
    return mode is Opening.SHAPED and lead_shaped(text)


def opening(
    pool: Sequence[Sentence],
    length: np.ndarray,
    needs: np.ndarray,
    quotable: np.ndarray,
    budget: Budget,
) -> tuple[int, ...]:
    """The sentence a one-article summary starts from (its position in `pool`), if any: the
    article's first sentence, when it is lead-shaped, may be quoted, reads alone and fits."""
    if not pool or len({s.article for s in pool}) != 1 or not opens_with(pool[0].text, MODE):
        return ()
    fits = budget.fill or budget.syllables is None or int(length[0]) <= budget.syllables
    return (0,) if fits and needs[0] < 0 and bool(quotable[0]) else ()
