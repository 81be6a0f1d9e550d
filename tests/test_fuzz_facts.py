"""Real development articles broken the way users break them, through the whole briefing: facts
(people, places, dates, figures, venue), grouping, every renderer.

Each mutation is one a press office or a copy-paste produces: cut mid-sentence, every diacritic
stripped, all capitals, NFD, zero-width and bidi characters, Cyrillic look-alikes, impossible
numbers and dates, one long line, no punctuation, only the title, the title fifty times. Only our
typed errors may name a file not read; the rest is a briefing whose every string is NFC and whose
summaries are made of kept sentences. `make fuzz` runs many more examples.
"""

from __future__ import annotations

import json
import tempfile
import unicodedata
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from summarize.models import ALGORITHMS, GROUP_BY, BriefingOptions, Budget, Options
from summarize.pipeline import build_briefing
from summarize.render.html import render_html
from summarize.render.mail import render_email_html, render_email_text
from summarize.render.serialize import briefing_to_dict

from .test_contract import FEW, real_articles

INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u202e\u202a\u2066\u2069\u00ad"
ODD_FIGURES = " 1.000.000,5% ngày 31/02 ngày 0-13 tháng 13/2024 lúc 25h99 ông 0 tuổi. "


def _strip_marks(text: str, _: int) -> str:
    bare = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", bare).replace("đ", "d").replace("Đ", "D")


def _invisible(text: str, n: int) -> str:
    marks = (INVISIBLE[(i + n) % len(INVISIBLE)] if i % 17 == 0 else "" for i in range(len(text)))
    return "".join(c + mark for c, mark in zip(text, marks, strict=True))


def _stray_tones(text: str, n: int) -> str:
    return "".join(c + ("\u0301\u0323" if i % 41 == n % 41 else "") for i, c in enumerate(text))


MUTATIONS: dict[str, Callable[[str, int], str]] = {
    "cut": lambda t, n: t[: 1 + n % max(1, len(t) - 1)],
    "no marks": _strip_marks,
    "capitals": lambda t, n: t.upper(),
    "nfd": lambda t, n: unicodedata.normalize("NFD", t),
    "invisible": _invisible,
    "look-alikes": lambda t, n: t.replace("a", "\u0430").replace("o", "\u043e"),
    "odd figures": lambda t, n: t.replace(". ", ODD_FIGURES, 3),
    "one line": lambda t, n: t.replace("\n", " "),
    "no punctuation": lambda t, n: "".join(c for c in t if c.isalnum() or c.isspace()),
    "title only": lambda t, n: t.split("\n")[0][:200],
    "title x50": lambda t, n: "\n".join([t.split("\n")[0]] * 50),
    "line separators": lambda t, n: t.replace("\n", "\u2028"),
    "stray tones": lambda t, n: _stray_tones(t, n),
}
ARTICLE = st.tuples(st.sampled_from(real_articles()), st.sampled_from(sorted(MUTATIONS)),
                    st.integers(min_value=0, max_value=10**6))  # fmt: skip
BUDGETS = st.sampled_from([None, Budget(1, None), Budget(None, 1), Budget(3, 30), Budget(50, None)])


def strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield key
            yield from strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from strings(item)


@pytest.mark.slow
@settings(max_examples=FEW, derandomize=True)
@given(st.lists(ARTICLE, min_size=1, max_size=3), st.sampled_from(ALGORITHMS), BUDGETS,
       st.sampled_from(GROUP_BY))  # fmt: skip
def test_broken_real_articles_give_a_briefing_or_name_the_file(
    articles: list[tuple[str, str, int]], algorithm: str, budget: Budget | None, group_by: str
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        names = []
        for number, (text, mutation, n) in enumerate(articles):
            path = Path(folder, f"bai-{number}.txt")
            path.write_text(MUTATIONS[mutation](text, n), encoding="utf-8")
            names.append(str(path))
        briefing = build_briefing(
            [folder],
            Options(algorithm=algorithm, budget=budget),
            BriefingOptions(group_by=group_by),
        )
    # every file is either in the briefing or named with its reason
    read = {r.article.source for r in briefing.articles} | {f.source for f in briefing.failures}
    assert read == set(names)
    assert all(f.reason for f in briefing.failures)
    for result in briefing.articles:
        assert set(result.summary) <= set(result.kept)
    data = briefing_to_dict(briefing)
    assert all(unicodedata.is_normalized("NFC", s) for s in strings(data))
    json.dumps(data, ensure_ascii=False).encode("utf-8")  # no lone surrogate anywhere
    for page in (render_html(briefing), render_email_html(briefing), render_email_text(briefing)):
        page.encode("utf-8")
