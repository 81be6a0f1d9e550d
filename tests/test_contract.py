"""The summary's contract (issue 21), as properties over real and generated articles.

For every algorithm, any budget from one syllable to more than the text, any sentence cap:
no exception; never empty while the text has a sentence; made of kept sentences, in reading
order; within the budget (one sentence that reads on its own may overrun it when none fits;
with Budget.fill, the bench's equal-length option, only the last sentence crosses it);
the whole text when the budget holds it (else no caption, no quote without its speaker); the same
on every run. A conference quotes only sentences that briefing.json lists as kept. Real articles
are a fixed sample of the development collections in ../shared/data, read in place; `make fuzz`
runs many more examples.
"""

from __future__ import annotations

import json
import tempfile
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bench.corpora import DATA
from summarize.errors import SummarizeError
from summarize.models import ALGORITHMS, ArticleResult, BriefingOptions, Budget, Options
from summarize.pipeline import build_briefing, summarize_text
from summarize.ranking.select import standing
from summarize.ranking.standalone import unattributed_quote
from summarize.render.serialize import briefing_to_dict
from summarize.text.words import syllable_count

# Each example ranks a whole article (sumy's algorithms segment words with underthesea): a tenth
# of the profile's count keeps `make test` fast; `make fuzz` (3,000) makes that 300.
FEW = max(6, settings().max_examples // 10)


def _lines(name: str, count: int) -> list[dict[str, Any]]:
    with (DATA / name).open(encoding="utf-8") as handle:
        return [json.loads(next(handle)) for _ in range(count)]


@cache
def real_articles() -> tuple[str, ...]:
    """ViMs and VietNews articles, VMDS ones with and without their lead paragraph."""
    texts = [d["text"] for row in _lines("vims_dev.jsonl", 3) for d in row["documents"]]
    texts += [row["documents"][0]["text"] for row in _lines("vietnews_dev.jsonl", 15)]
    for row in _lines("vmds_dev.jsonl", 5):
        for doc in row["documents"]:
            texts += [doc["text"], f"{doc['lead']}\n{doc['text']}"]
    return tuple(texts)


@cache
def real_clusters() -> tuple[tuple[str, ...], ...]:
    rows = [*_lines("vims_dev.jsonl", 6), *_lines("vmds_dev.jsonl", 6)]
    return tuple(tuple(d["text"] for d in row["documents"]) for row in rows)


WORDS = st.sampled_from(
    [
        "hội",
        "nghị",
        "tỉnh",
        "Bắc",
        "Giang",
        "tổng",
        "kết",
        "công",
        "tác",
        "nhân",
        "quyền",
        "năm",
        "2023",
        "đại",
        "biểu",
        "thảo",
        "luận",
        "kế",
        "hoạch",
        "UBND",
        "TP.",
        "Hà",
        "Nội",
        "PGS.TS",
        "Nguyễn",
        "Văn",
        "An",
        "tăng",
        "13,45%",
        "33.000",
        "người",
    ]
)
OPENERS = st.sampled_from(["", "", "", "Tuy nhiên, ", "Qua đó, ", "Do vậy, ", "Trong đó, "])
SENTENCE = st.builds(
    lambda opener, words, end: opener + " ".join(words) + end,
    OPENERS,
    st.lists(WORDS, min_size=1, max_size=25),
    st.sampled_from([".", ".", "?", "!", "…"]),
)
# A quotation, with its speaker after it or without (never quoted unless the text is whole).
QUOTATION = st.builds(
    lambda words, speaker: f"“{' '.join(words)}.”{speaker}",
    st.lists(WORDS, min_size=1, max_size=25),
    st.sampled_from(["", "", " - ông Nguyễn Văn An nói."]),
)
# Generated articles: paragraphs of sentences, some of them repeated word for word.
GENERATED = st.lists(
    st.lists(st.one_of(SENTENCE, SENTENCE, QUOTATION), min_size=1, max_size=4),
    min_size=1,
    max_size=6,
).map(lambda paragraphs: "\n\n".join(" ".join(p) for p in [*paragraphs, *paragraphs[:1]]))
TEXTS = st.one_of(st.sampled_from(real_articles()), GENERATED)
CAPS = st.one_of(st.none(), st.integers(min_value=1, max_value=12))
BUDGETS = st.builds(Budget, CAPS, st.one_of(st.none(), st.integers(min_value=1, max_value=3000)))
ALGORITHM = st.sampled_from(ALGORITHMS)
# Budget.fill (the bench's "cut" protocol): the selection may cross the cap by its last sentence.
FILLING = st.builds(
    lambda cap, syllables: Budget(cap, syllables, fill=True),
    CAPS,
    st.integers(min_value=1, max_value=3000),
)


def summarize(text: str, algorithm: str, budget: Budget) -> ArticleResult | None:
    try:
        return summarize_text(text, options=Options(algorithm=algorithm, budget=budget))
    except SummarizeError:  # no article text at all: a typed error, never a traceback
        return None


def check_contract(result: ArticleResult, budget: Budget) -> None:
    kept, summary = result.kept, result.summary
    assert summary, "a text with a sentence has a summary"
    assert set(summary) <= set(kept), "made of kept sentences"
    needs, quotable = standing(kept)
    position = {s: n for n, s in enumerate(kept)}
    assert [s.index for s in summary] == sorted(s.index for s in summary), "reading order"
    if summary != kept and quotable.any():  # only a text quoted whole keeps its captions
        assert all(quotable[position[s]] for s in summary), "every sentence stands alone"
        assert not [s for s in summary if unattributed_quote(s.text)], "no quote lacks its speaker"
    for sentence in summary:  # one that points back comes with the sentence it points to
        before = int(needs[position[sentence]])
        assert before < 0 or kept[before] in summary or len(summary) == 1
    sizes = [syllable_count(s.text) for s in summary]
    assert budget.sentences is None or len(summary) <= budget.sentences
    if budget.fill and budget.syllables is not None:  # scoring at equal length (bench/)
        assert sum(sizes) - max(sizes) < budget.syllables, "only the last sentence crosses it"
    elif budget.syllables is not None and sum(sizes) > budget.syllables:
        assert len(summary) == 1, "only a summary's one sentence may overrun the budget"
        alone = [s for s in kept if needs[position[s]] < 0 and quotable[position[s]]]
        assert all(syllable_count(s.text) > budget.syllables for s in alone)
    whole = budget.sentences is None or len(kept) <= budget.sentences
    if whole and (
        budget.syllables is None
        or sum(map(syllable_count, (s.text for s in kept))) <= budget.syllables
    ):
        assert summary == kept, "a budget that holds the text returns every kept sentence"


@pytest.mark.slow
@settings(max_examples=FEW * 5, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS, ALGORITHM, st.one_of(BUDGETS, FILLING))
def test_every_algorithm_keeps_the_contract_at_any_budget(
    text: str, algorithm: str, budget: Budget
) -> None:
    result = summarize(text, algorithm, budget)
    if result is not None:
        check_contract(result, budget)


@settings(max_examples=FEW * 2, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(real_articles()), ALGORITHM, st.integers(min_value=1, max_value=40))
def test_a_tiny_budget_is_one_sentence_that_reads_on_its_own(
    text: str, algorithm: str, syllables: int
) -> None:
    budget = Budget(sentences=None, syllables=syllables)
    result = summarize(text, algorithm, budget)
    assert result is not None
    check_contract(result, budget)


@settings(max_examples=FEW, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS, ALGORITHM, st.one_of(BUDGETS, FILLING))
def test_the_same_text_gives_the_same_summary_on_every_run(
    text: str, algorithm: str, budget: Budget
) -> None:
    assert summarize(text, algorithm, budget) == summarize(text, algorithm, budget)


@pytest.mark.slow
@settings(max_examples=FEW, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(real_clusters()), st.integers(min_value=20, max_value=400))
def test_a_conference_quotes_only_sentences_the_json_lists_as_kept(
    texts: tuple[str, ...], syllables: int
) -> None:
    options = Options(budget=Budget(sentences=None, syllables=syllables))
    with tempfile.TemporaryDirectory() as folder:
        for n, text in enumerate(texts):
            (Path(folder) / f"{n:02}.txt").write_text(f"Bài {n}\n\n{text}\n", "utf-8")
        briefing = build_briefing([folder], options, BriefingOptions(group_by="folder"))
    data = briefing_to_dict(briefing)
    kept = {text for article in data["articles"] for text in article["sentences"]}
    (conference,) = data["conferences"]
    assert conference["summary"] and set(conference["summary"]) <= kept
