"""The seeds end to end: each failure of the naive tools, fixed, shown by contains checks."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from summarize.errors import TooLargeError
from summarize.models import (
    Budget,
    Deduplicated,
    Dropped,
    Options,
    Relation,
    Role,
    Sentence,
)
from summarize.pipeline import (
    EARLY_REFUSAL_MIN,
    build_briefing,
    prepare_article,
    promote,
    summarize_file,
    summarize_text,
)
from summarize.render.serialize import briefing_to_dict
from summarize.text.load import document_from_text

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
BAC_GIANG = "000_1e895c6a7197ecaf.txt"
HAI_DUONG = "001_d1e5b864b3ef2be7.txt"
FOOTER = ("Phản hồi", "Các tin khác", "Mới nhất", "Xem nhiều nhất")
KY_STATEMENT = "khẳng định nhân quyền là công tác chung của cả hệ thống chính trị"


@pytest.fixture(scope="module")
def briefing() -> dict[str, Any]:
    return briefing_to_dict(
        build_briefing([SEEDS], Options(budget=Budget(sentences=4, syllables=None)))
    )


def article(briefing: dict[str, Any], name: str) -> dict[str, Any]:
    return next(a for a in briefing["articles"] if a["source"].endswith(name))


def all_kept(briefing: dict[str, Any]) -> list[str]:
    return [s for a in briefing["articles"] for s in a["sentences"]]


def test_caption_is_not_glued_onto_the_next_sentence(briefing: dict[str, Any]) -> None:
    sentences = article(briefing, HAI_DUONG)["sentences"]
    assert not any("báo cáo tại Hội nghị Qua" in s for s in sentences)
    assert any(s.startswith("Qua Hội nghị tập huấn") for s in sentences)
    dropped_lines = article(briefing, HAI_DUONG)["dropped_lines"]
    captions = [line["text"] for line in dropped_lines if line["role"] == "caption"]
    assert any(c.startswith("PGS.TS Nguyễn Thị Thanh Hải") for c in captions)


def test_a_caption_is_a_dropped_line_and_every_dropped_sentence_a_repeat() -> None:
    result = summarize_file(SEEDS / HAI_DUONG)
    captions = [line for line in result.article.dropped_lines() if line.role is Role.CAPTION]
    assert any(line.text.startswith("PGS.TS Nguyễn Thị Thanh Hải") for line in captions)
    assert not any(c.text in {s.text for s in result.article.sentences} for c in captions)
    repeated = summarize_file(SEEDS / BAC_GIANG)  # the general's statement, three times
    assert len(repeated.dropped) >= 2
    for repeat in repeated.dropped:  # real sentences of the body, each naming a kept one
        assert repeat.sentence in repeated.article.sentences
        assert repeat.duplicate_of in repeated.kept and isinstance(repeat.relation, Relation)


def test_ellipsis_glued_to_a_capital_splits(briefing: dict[str, Any]) -> None:
    sentences = article(briefing, BAC_GIANG)["sentences"]
    assert any(s.startswith("Giảm nghèo bền vững được chú trọng") for s in sentences)
    assert not any("trẻ em…Giảm" in s for s in sentences)


@pytest.mark.parametrize("figure", ["13,45%", "33.000", "2,63%", "14.630", "3.441"])
def test_numbers_stay_inside_one_sentence(briefing: dict[str, Any], figure: str) -> None:
    holders = [s for s in all_kept(briefing) if figure in s]
    assert len(holders) == 1
    assert not holders[0].startswith(figure.split(",")[-1].split(".")[-1])


def test_abbreviations_do_not_split(briefing: dict[str, Any]) -> None:
    kept = all_kept(briefing)
    assert not any(s in {"PGS.", "PGS.TS", "TS."} for s in kept)
    assert any(
        s == "Tốc độ tăng trưởng kinh tế của tỉnh đạt 13,45%, đứng đầu cả nước." for s in kept
    )


@pytest.mark.parametrize("footer", FOOTER)
def test_web_footer_is_boilerplate_not_text(briefing: dict[str, Any], footer: str) -> None:
    bac_giang = article(briefing, BAC_GIANG)
    assert footer not in bac_giang["sentences"]
    assert not any(footer in s for s in bac_giang["summary"])
    assert {"text": footer, "role": "boilerplate"} in bac_giang["dropped_lines"]
    assert not any(d["text"] == footer for d in bac_giang["duplicates"])


def test_three_statements_of_the_general_become_one(briefing: dict[str, Any]) -> None:
    bac_giang = article(briefing, BAC_GIANG)
    kept = [s for s in bac_giang["sentences"] if KY_STATEMENT in s]
    assert len(kept) == 1
    repeats = [d for d in bac_giang["duplicates"] if KY_STATEMENT in d["text"]]
    assert len(repeats) == 2
    assert all(d["duplicate_of"] == kept[0] for d in repeats)
    assert all(d["relation"] in {"exact", "contained", "near-duplicate"} for d in repeats)
    # The variant the summary quotes is the one kept (a shorter one fits the budget better).
    quoted = [s for s in bac_giang["summary"] if KY_STATEMENT in s]
    assert quoted in ([], kept)


def test_summaries_quote_kept_sentences_and_duplicates_name_kept_ones(
    briefing: dict[str, Any],
) -> None:
    everything_kept = {s for item in briefing["articles"] for s in item["sentences"]}
    for item in briefing["articles"]:
        assert 1 <= len(item["summary"]) <= 4
        assert set(item["summary"]) <= set(item["sentences"])
        assert len(set(item["summary"])) == len(item["summary"])
        for duplicate in item["duplicates"]:
            assert duplicate["duplicate_of"] in everything_kept


def test_a_quoted_repeat_is_kept_and_its_group_names_it_in_every_article() -> None:
    long = Sentence("Hội nghị đã thông qua nghị quyết về nhân quyền trong năm nay.", "a1", 0)
    lead = Sentence("Đại biểu dự đông đủ.", "a1", 1)
    short = Sentence("Hội nghị đã thông qua nghị quyết về nhân quyền.", "a1", 2)
    copy = Sentence(long.text, "a2", 0)
    outcome = Deduplicated(
        kept=(long, lead),
        dropped=(Dropped(short, Relation.CONTAINED, long), Dropped(copy, Relation.EXACT, long)),
    )
    order = {s: n for n, s in enumerate((long, lead, short, copy))}

    assert promote(outcome, [lead], order) is outcome  # no repeat quoted: nothing moves
    after = promote(outcome, [lead, short], order)

    assert after.kept == (lead, short)
    assert after.dropped == (
        Dropped(long, Relation.CONTAINED, short),
        Dropped(copy, Relation.EXACT, short),
    )


def test_json_schema(briefing: dict[str, Any]) -> None:
    assert {"articles", "conferences"} <= briefing.keys()
    for item in briefing["articles"]:
        keys = {"id", "source", "title", "sentences", "dropped_lines", "duplicates", "summary"}
        assert keys <= item.keys()
        assert isinstance(item["id"], str) and Path(item["source"]).exists()
        assert item["title"] is None or isinstance(item["title"], str)
        assert all(isinstance(s, str) for s in item["sentences"] + item["summary"])
        for line in item["dropped_lines"]:
            assert line.keys() == {"text", "role"}
            assert line["role"] in {"caption", "byline", "boilerplate"}
        for duplicate in item["duplicates"]:
            assert duplicate.keys() == {"text", "relation", "duplicate_of", "duplicate_of_article"}
            assert duplicate["relation"] in {"exact", "contained", "near-duplicate"}
    ids = {a["id"] for a in briefing["articles"]}
    assert len(briefing["conferences"]) == 2  # the two seeds are two conferences
    for conference in briefing["conferences"]:
        assert {"id", "title", "articles", "summary"} <= conference.keys()
        assert set(conference["articles"]) <= ids and conference["summary"]


def test_title_is_taken_from_the_first_line(briefing: dict[str, Any]) -> None:
    assert article(briefing, BAC_GIANG)["title"] == "Công tác nhân quyền gắn chặt với cơ sở"


def test_diacritics_survive_decomposed_input() -> None:
    import unicodedata

    text = (SEEDS / BAC_GIANG).read_text(encoding="utf-8")
    result = summarize_text(
        unicodedata.normalize("NFD", text),
        options=Options(budget=Budget(sentences=3, syllables=None)),
    )
    joined = " ".join(s.text for s in result.kept)
    assert unicodedata.is_normalized("NFC", joined)
    assert "Thiếu tướng Nguyễn Văn Kỷ" in joined


def test_the_sentence_limit_counts_split_sentences() -> None:
    text = " ".join(f"Hội nghị lần thứ {n} đã diễn ra." for n in range(150))
    document = document_from_text(text, source="many.txt")
    with pytest.raises(TooLargeError, match="too many sentences: 150, the limit is 100"):
        prepare_article(document, "a1", max_sentences=100)
    assert len(prepare_article(document, "a1", max_sentences=150).sentences) == 150


def test_abbreviations_never_make_a_short_article_too_long() -> None:
    text = "Hội nghị ở TP. Hà Nội bàn về TP. Huế và TP. Cần Thơ. " * 4  # 12 "TP." for 4 sentences
    article = prepare_article(document_from_text(text, source="tp.txt"), "a1", max_sentences=5)
    assert len(article.sentences) == 4


# Sentences, and the most stops a text of its length can hold (one in every two characters).
@pytest.mark.parametrize(
    "text", ["Câu. " * (EARLY_REFUSAL_MIN + 2), ". " * (EARLY_REFUSAL_MIN + 2)]
)
def test_a_huge_count_of_full_stops_is_refused_before_splitting(
    monkeypatch: pytest.MonkeyPatch, text: str
) -> None:
    def never_split(*_: object) -> None:
        raise AssertionError("split a text that should have been refused first")

    monkeypatch.setattr("summarize.pipeline.segment_lines", never_split)
    document = document_from_text(text, source="stops.txt")
    with pytest.raises(TooLargeError, match=r"about 20,001, the limit is 100 "):
        prepare_article(document, "a1", max_sentences=100)
