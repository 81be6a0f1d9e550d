"""Per-conference statistics and the side-by-side comparison rows of the briefing."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

import numpy as np

from ..models import (
    ArticleResult,
    ComparisonRow,
    Conference,
    ConferenceStats,
    Fact,
    Person,
    Sentence,
)
from ..text.words import stop_words, word_tokens
from .facts import figures_by_measure, format_number

KEYWORDS = 5
# Keywords describe a conference and its first sentences are enough: word segmentation costs
# ~0.2 ms a sentence, so one article of 100,000 sentences (or a 5 MB run-on line) would cost
# minutes. Far above any real conference (the seeds' run 30-60 sentences).
KEYWORD_SENTENCES = 2000
KEYWORD_CHARS = 200_000
# Words every section of a conference briefing shares: they name the genre, not a topic.
_NOT_TOPICS = frozenset({"hội_nghị", "hội_thảo", "tập_huấn", "đại_biểu"})
# What a figure measures, by a phrase its measure contains: the rows shared figures align on.
# Most specific first: each figure takes the first row whose phrase it contains, so "giới thiệu
# việc làm" (placements) never lands in the row of jobs created.
MEASURES: tuple[tuple[str, str], ...] = (
    ("tăng trưởng kinh tế", "Tăng trưởng kinh tế"),
    ("hộ nghèo", "Tỷ lệ hộ nghèo"),
    ("tư vấn", "Lượt tư vấn"),
    ("giới thiệu việc làm", "Giới thiệu việc làm"),
    ("việc làm", "Việc làm mới"),
    ("pháp lý", "Trợ giúp pháp lý"),
    ("đại biểu", "Đại biểu"),
    ("kinh phí", "Kinh phí"),
    ("vốn", "Vốn"),
)


def conference_stats(
    members: Sequence[ArticleResult],
    summary: Sequence[Sentence],
    facts: Sequence[Fact],
    people: Sequence[Person],
) -> ConferenceStats:
    """The figures the comparison table shows for one conference."""
    before = sum(len(r.article.sentences) for r in members)
    after = sum(len(r.kept) for r in members)
    kept_words = sum(len(s.text.split()) for r in members for s in r.kept)
    summary_words = sum(len(s.text.split()) for s in summary)
    return ConferenceStats(
        articles=len(members),
        sentences_before=before,
        sentences_after=after,
        duplicates_removed=before - after,
        summary_sentences=len(summary),
        summary_words=summary_words,
        compression=round(summary_words / kept_words, 3) if kept_words else 0.0,
        speakers=len(people),
        figures=len(facts),
        keywords=keywords([s.text for r in members for s in r.kept]),
    )


def keywords(texts: Sequence[str], limit: int = KEYWORDS) -> tuple[str, ...]:
    """Most frequent compound words ("nhân quyền", "con người"), by underthesea's segmentation.

    Syllable pairs made topics such as "quyền con" or "đảm quyền" (across a word border); the
    segmenter keeps "bảo đảm" and "quyền con người" apart. Ties go to the first seen.
    """
    stops = stop_words()
    counts: Counter[str] = Counter()
    read = 0
    for text in texts[:KEYWORD_SENTENCES]:
        if read >= KEYWORD_CHARS:
            break
        read += len(text)
        counts.update(
            w for w in word_tokens(text) if "_" in w and w not in stops and w not in _NOT_TOPICS
        )
    return tuple(word.replace("_", " ") for word, _ in counts.most_common(limit))


def comparison_rows(conferences: Sequence[Conference]) -> tuple[ComparisonRow, ...]:
    """One row per compared figure, one value per conference."""
    stats = [c.stats for c in conferences]

    def row(label: str, values: Sequence[float | None], fmt: str = "{}") -> ComparisonRow:
        shown = tuple(None if v is None else _show(v, fmt) for v in values)
        return ComparisonRow(label, shown, tuple(values))

    def col(name: str) -> list[float | None]:
        return [None if s is None else float(getattr(s, name)) for s in stats]

    rows = [
        row("Số bài", col("articles")),
        row("Câu trước lọc trùng", col("sentences_before")),
        row("Câu sau lọc trùng", col("sentences_after")),
        row("Câu trùng đã bỏ", col("duplicates_removed")),
        row("Câu trong tóm tắt", col("summary_sentences")),
        row("Âm tiết trong tóm tắt", col("summary_words")),
        row("Tỷ lệ nén", [None if v is None else v * 100 for v in col("compression")], "{:.1f}%"),
        row("Người phát biểu", col("speakers")),
        row("Số liệu nêu ra", col("figures")),
    ]
    topics = tuple(", ".join(s.keywords) if s else None for s in stats)
    rows.append(ComparisonRow("Chủ đề chính", topics, ()))
    return tuple(rows)


def _show(value: float, fmt: str) -> str:
    """Counts as Vietnamese numbers (3.441); "{:.1f}%" keeps one decimal, written "26,0%"."""
    if fmt == "{}":
        return format_number(round(value, 1))
    return fmt.format(value).replace(".", ",")


def shared_figures(conferences: Sequence[Conference]) -> tuple[ComparisonRow, ...]:
    """Figures aligned by what they measure, for measures at least one conference reports."""
    labelled = [_figures_by_label(c.facts) for c in conferences]
    rows = []
    for _, label in MEASURES:
        cells = [figures.get(label) for figures in labelled]
        if any(cells):
            values = tuple(f.text if f else None for f in cells)
            numbers = tuple(f.value if f else None for f in cells)
            rows.append(ComparisonRow(label, values, numbers))
    return tuple(rows)


def _figures_by_label(facts: Sequence[Fact]) -> dict[str, Fact]:
    """Each figure under the first MEASURES row it fits; the first figure of a row wins."""
    out: dict[str, Fact] = {}
    levels = [f for f in facts if f.change is None]  # the size of a change is not a level
    for measure, fact in figures_by_measure(levels).items():
        label = next((lab for phrase, lab in MEASURES if phrase in measure), None)
        if label is not None:
            out.setdefault(label, fact)
    return out


def chart_values(row: ComparisonRow) -> list[float]:
    """A row's numbers with gaps as zero, for bar charts."""
    return [float(np.nan_to_num(v)) if v is not None else 0.0 for v in row.numbers]
