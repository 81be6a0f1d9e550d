"""Deduplication: what is a repeat, what is not, and which occurrence survives."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st
from rapidfuzz import fuzz

from summarize.models import Relation, Sentence
from summarize.ranking import dedup
from summarize.ranking.dedup import deduplicate

LONG = (
    "Tại hội nghị, Thiếu tướng Nguyễn Văn Kỷ khẳng định nhân quyền là công tác chung "
    "của cả hệ thống chính trị, gắn liền với cấp cơ sở."
)


def sentences(*texts: str) -> list[Sentence]:
    return [Sentence(t, f"a{n % 2 + 1}", n) for n, t in enumerate(texts)]


@pytest.mark.parametrize(
    ("repeat", "relation"),
    [
        (LONG, Relation.EXACT),
        (unicodedata.normalize("NFD", LONG), Relation.EXACT),
        (LONG.upper(), Relation.EXACT),
        (LONG.replace(",", "").replace(".", "!"), Relation.EXACT),
        (
            "Thiếu tướng Nguyễn Văn Kỷ khẳng định nhân quyền là công tác chung của cả hệ thống "
            "chính trị.",
            Relation.CONTAINED,
        ),
        (LONG.replace("khẳng định", "nhấn mạnh"), Relation.NEAR_DUPLICATE),
    ],
)
def test_repeats_are_dropped_with_their_relation(repeat: str, relation: Relation) -> None:
    outcome = deduplicate(sentences(LONG, repeat))
    assert [s.text for s in outcome.kept] == [LONG]
    (dropped,) = outcome.dropped
    assert dropped.relation is relation and dropped.duplicate_of == outcome.kept[0]


def test_old_and_new_tone_placement_are_the_same_sentence() -> None:
    outcome = deduplicate(
        sentences("Hội nghị bàn về hoà bình và thuỷ lợi.", "Hội nghị bàn về hòa bình và thủy lợi.")
    )
    assert len(outcome.kept) == 1 and outcome.dropped[0].relation is Relation.EXACT


@pytest.mark.parametrize(
    "other",
    [
        "Tỷ lệ hộ nghèo giảm xuống còn 2,63% trong năm 2023 theo chuẩn mới.",
        LONG.replace("Nguyễn Văn Kỷ", "Lê Đức Thành"),
        "Tại hội nghị, các đại biểu đã thảo luận sôi nổi về kế hoạch năm tới của tỉnh.",
        "Hội nghị bế mạc.",
    ],
)
def test_different_statements_are_kept(other: str) -> None:
    outcome = deduplicate(sentences(LONG, other))
    assert len(outcome.kept) == 2 and not outcome.dropped


def test_figures_that_differ_are_never_merged() -> None:
    a = "Tốc độ tăng trưởng kinh tế của tỉnh đạt 13,45%, đứng đầu cả nước."
    b = "Tốc độ tăng trưởng kinh tế của tỉnh đạt 13,46%, đứng đầu cả nước."
    assert len(deduplicate(sentences(a, b)).kept) == 2


def test_the_most_informative_occurrence_survives_and_chains_resolve() -> None:
    short = "Thiếu tướng Nguyễn Văn Kỷ khẳng định nhân quyền là công tác chung."
    middle = short[:-1] + " của cả hệ thống chính trị."
    outcome = deduplicate(sentences(short, middle, LONG))
    assert [s.text for s in outcome.kept] == [LONG]
    assert all(d.duplicate_of == outcome.kept[0] for d in outcome.dropped)


def test_deterministic_and_complete() -> None:
    texts = [f"Câu số {n} nói về hội nghị lần thứ {n % 7} của tỉnh." for n in range(300)]
    texts += texts[:50]
    first, second = deduplicate(sentences(*texts)), deduplicate(sentences(*texts))
    assert first == second
    assert len(first.kept) == 300 and len(first.dropped) == 50
    kept = set(first.kept)
    assert all(d.duplicate_of in kept for d in first.dropped)


# Words that make pairs score around the cutoffs: one or two changed, moved or missing.
PAIR_WORDS = st.lists(st.sampled_from(["hội", "nghị", "tỉnh", "ông", "a", "b", "19", "về"]))


@given(PAIR_WORDS, PAIR_WORDS)
def test_the_cutoffs_rapidfuzz_stops_at_decide_as_the_full_scores(
    a: list[str], b: list[str]
) -> None:
    short, long = " ".join(a), " ".join(b + a[1:])
    assert dedup._near(short, long) == (fuzz.ratio(short, long) >= dedup.NEAR_DUPLICATE_RATIO)
    contained = fuzz.partial_ratio(short, long) / 100 >= dedup.CONTAINED_SHARE
    assert (dedup._ordered_share(short, long) >= dedup.CONTAINED_SHARE) == contained
