"""Property-based fuzzing of load -> clean -> segment -> dedup -> rank (issue 8, item 3).

`make test` runs a bounded number of examples; `make fuzz` sets HYPOTHESIS_PROFILE=fuzz for a
long local run (the profiles are in conftest.py).
"""

from __future__ import annotations

import os
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from summarize.errors import SummarizeError
from summarize.models import Budget, Role, Sentence
from summarize.ranking.dedup import deduplicate
from summarize.ranking.rank import select_summary
from summarize.text.clean import classify_lines
from summarize.text.load import decode_bytes, document_from_text
from summarize.text.normalize import clean_text
from summarize.text.segment import segment_lines

VIETNAMESE = (
    "aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
)
SPECIAL = [" ", " ", " ", ".", ",", "…", "?", "!", "%", "\n", "\n\n", '"', "(", ")", ":", ";"]
SPECIAL += ["PGS.TS ", "TP. ", "UBND ", "13,45%", "33.000", "12/6/2024", "\u200b", "\u202e"]
SPECIAL += ["\x00", "\u0301", "\u0323", "<script>", "{{ 7*7 }}", "\t", "\r\n", "-"]
ALPHABET = st.sampled_from([*VIETNAMESE, *VIETNAMESE.upper(), *"0123456789", *SPECIAL])
TEXTS = st.lists(ALPHABET, max_size=400).map("".join)
WS = re.compile(r"\s+")


def pipeline(text: str) -> tuple[list[Sentence], list[Sentence], tuple[Sentence, ...]]:
    """Every text stage once; only our typed errors may escape."""
    document = document_from_text(text, source="<fuzz>")
    lines = classify_lines(document)
    sentences = list(segment_lines(lines, "a1"))
    outcome = deduplicate(sentences)
    summary = select_summary(outcome.kept, budget=Budget(3, None))
    return sentences, list(outcome.kept), summary


@given(TEXTS)
def test_stages_raise_only_typed_errors_and_are_deterministic(text: str) -> None:
    try:
        first = pipeline(text)
    except SummarizeError:
        return
    assert pipeline(text) == first


@given(TEXTS)
def test_kept_sentences_come_from_the_normalised_input(text: str) -> None:
    try:
        document = document_from_text(text, source="<fuzz>")
    except SummarizeError:
        return
    lines = classify_lines(document)
    body = " ".join(line.text for line in lines if line.role is Role.BODY)
    flat = WS.sub(" ", body)
    sentences = segment_lines(lines, "a1")
    for sentence in sentences:
        assert WS.sub(" ", sentence.text) in flat
    # segmentation loses nothing but whitespace
    assert WS.sub("", "".join(s.text for s in sentences)) == WS.sub("", body)


@given(TEXTS)
def test_summary_is_made_of_kept_sentences_in_reading_order(text: str) -> None:
    try:
        _, kept, summary = pipeline(text)
    except SummarizeError:
        return
    assert set(summary) <= set(kept)
    assert list(summary) == sorted(summary, key=kept.index)
    if kept:
        assert summary


@given(st.lists(st.integers(min_value=0, max_value=10**6), min_size=1, max_size=40, unique=True))
def test_dedup_never_drops_a_sentence_without_a_duplicate(numbers: list[int]) -> None:
    # Sentences that differ in their figures are never duplicates of each other.
    sentences = [
        Sentence(f"Hội nghị ghi nhận {n} lượt người tham gia các hoạt động.", "a1", i)
        for i, n in enumerate(numbers)
    ]
    outcome = deduplicate(sentences)
    assert list(outcome.kept) == sentences
    assert not outcome.dropped


@given(TEXTS, st.integers(min_value=1, max_value=5))
def test_every_dropped_sentence_points_at_a_kept_one(text: str, repeats: int) -> None:
    try:
        document = document_from_text(text + "\n" + text * repeats, source="<fuzz>")
    except SummarizeError:
        return
    sentences = segment_lines(classify_lines(document), "a1")
    outcome = deduplicate(sentences)
    kept = set(outcome.kept)
    assert len(outcome.kept) + len(outcome.dropped) == len(sentences)
    for dropped in outcome.dropped:
        assert dropped.duplicate_of in kept


@given(st.binary(max_size=600))
def test_any_bytes_decode_to_nfc_text_or_a_typed_error(data: bytes) -> None:
    try:
        text = decode_bytes(data, "<fuzz>")
    except SummarizeError as error:
        assert str(error)
        return
    assert clean_text(text) == clean_text(clean_text(text))


def test_the_profile_bounds_the_examples_in_make_test() -> None:
    profile = os.environ.get("HYPOTHESIS_PROFILE", "ci")
    assert settings().max_examples == {"ci": 60, "fuzz": 3000}[profile]
    assert settings().deadline is None  # a slow CI machine must not fail an example
