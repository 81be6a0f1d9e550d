"""Corrections are data applied to a freshly built briefing: by the page and by the CLI alike."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from summarize.briefing.stats import comparison_rows, shared_figures
from summarize.cli import main
from summarize.corrections import (
    Corrections,
    add_sentence,
    apply_corrections,
    article_keys,
    candidates,
    corrections_from_dict,
    corrections_to_dict,
    exclude_article,
    move_article,
    move_sentence,
    read_corrections,
    remove_sentence,
    rename_briefing,
    rename_section,
    sentence_ref,
    set_length,
    split_article,
    write_corrections,
)
from summarize.errors import DecodingError, InputError
from summarize.models import Briefing
from summarize.pipeline import build_briefing
from tests.conftest import BAC_GIANG, HAI_DUONG, SEEDS


def refs(briefing: Briefing, n: int = 0) -> tuple[str, ...]:
    keys = article_keys(briefing.articles)
    return tuple(sentence_ref(keys[s.article], s) for s in briefing.conferences[n].summary)


@pytest.fixture
def base(seed_briefing: Briefing) -> Briefing:
    return seed_briefing


def test_no_corrections_keep_every_section_and_name_it_by_its_first_article(base: Briefing) -> None:
    shown = apply_corrections(base, Corrections())
    keys = article_keys(base.articles)
    assert [c.id for c in shown.conferences] == [f"s-{keys['a1']}", f"s-{keys['a2']}"]
    assert [c.summary for c in shown.conferences] == [c.summary for c in base.conferences]


def test_a_removed_sentence_leaves_the_summary_and_never_comes_back(base: Briefing) -> None:
    shown = apply_corrections(base, Corrections())
    label, summary = shown.conferences[0].id, refs(shown)
    corrections = remove_sentence(Corrections(), label, summary, summary[0])
    after = apply_corrections(base, corrections)
    assert refs(after) == summary[1:]
    # ranking the section again (a new length) still leaves it out
    longer = apply_corrections(base, set_length(corrections, label, len(summary) + 3))
    assert summary[0] not in refs(longer)
    assert len(refs(longer)) == len(summary) + 3


def test_added_and_reordered_sentences_are_shown_in_the_persons_order(base: Briefing) -> None:
    shown = apply_corrections(base, Corrections())
    label, summary = shown.conferences[0].id, refs(shown)
    best_other = candidates(shown, shown.conferences[0])[0]
    keys = article_keys(base.articles)
    added = sentence_ref(keys[best_other.article], best_other)
    corrections = add_sentence(Corrections(), label, summary, added)
    corrections = move_sentence(corrections, label, (*summary, added), added, -1)
    assert refs(apply_corrections(base, corrections)) == (*summary[:-1], added, summary[-1])


def test_candidates_are_the_sections_other_sentences(base: Briefing) -> None:
    shown = apply_corrections(base, Corrections())
    others = candidates(shown, shown.conferences[0])
    assert others and not set(others) & set(shown.conferences[0].summary)
    assert {s.article for s in others} == {"a1"}


def test_moving_an_article_merges_sections_and_describes_the_section_again(base: Briefing) -> None:
    shown = apply_corrections(base, Corrections())
    first, second = (c.id for c in shown.conferences)
    keys = article_keys(base.articles)
    after = apply_corrections(base, move_article(Corrections(), keys["a2"], second, first))
    assert [c.articles for c in after.conferences] == [("a1", "a2")]
    assert after.conferences[0].stats is not None and after.conferences[0].stats.articles == 2
    # and splitting gives the article a section of its own again
    split = split_article(move_article(Corrections(), keys["a2"], second, first), keys["a2"], first)
    assert [c.articles for c in apply_corrections(base, split).conferences] == [("a1",), ("a2",)]


def test_the_comparison_follows_a_corrected_briefing_s_sections(base: Briefing) -> None:
    """render/ shows the comparison the briefing carries: a correction that merges the two seed
    sections leaves one column and no shared figure (they need two sections), never the rows of
    the sections it had; and a briefing with a stale comparison cannot be made at all."""
    shown = apply_corrections(base, Corrections())
    first, second = (c.id for c in shown.conferences)
    keys = article_keys(base.articles)
    assert base.comparison.shared  # the seeds share figures: two columns of them
    after = apply_corrections(base, move_article(Corrections(), keys["a2"], second, first))
    assert after.comparison.rows == comparison_rows(after.conferences)
    assert {len(row.values) for row in after.comparison.rows} == {1}
    assert after.comparison.shared == shared_figures(after.conferences) == ()
    with pytest.raises(ValueError, match="other conferences"):
        replace(base, conferences=after.conferences)


def test_titles_and_excluded_articles(base: Briefing) -> None:
    shown = apply_corrections(base, Corrections())
    keys = article_keys(base.articles)
    corrections = rename_section(Corrections(), shown.conferences[1].id, "  Hải Dương:\n tập huấn ")
    corrections = exclude_article(corrections, keys["a1"])
    corrections = rename_briefing(corrections, "Bản tin\tsáng thứ Hai ")
    after = apply_corrections(base, corrections)
    assert after.title == "Bản tin sáng thứ Hai"
    assert apply_corrections(base, rename_briefing(corrections, " ")).title == base.title
    assert [c.title for c in after.conferences] == ["Hải Dương: tập huấn"]
    assert [r.article.id for r in after.articles] == ["a2"]


@pytest.mark.parametrize("typed", ["Tên\x00 mới", "Tên \u202emới", "Tên\u200b mới", "Tên\x07 mới"])
def test_a_title_typed_with_a_control_character_is_saved_as_a_file_that_reads_back(
    tmp_path: Path, typed: str
) -> None:
    # It was saved as typed and refused when read back: a restart lost the page's whole session.
    corrections = rename_briefing(rename_section(Corrections(), "s-x", typed), typed)
    write_corrections(tmp_path / "c.json", corrections)
    read = read_corrections(tmp_path / "c.json")
    assert read == corrections
    assert read.title == read.titles["s-x"] == "Tên mới"


def test_keys_follow_the_text_not_the_file_order() -> None:
    forward = build_briefing([BAC_GIANG, HAI_DUONG])
    backward = build_briefing([HAI_DUONG, BAC_GIANG])
    assert set(article_keys(forward.articles).values()) == set(
        article_keys(backward.articles).values()
    )


def test_the_file_round_trips_and_refuses_what_it_cannot_use(tmp_path: Path) -> None:
    corrections = Corrections(excluded=frozenset({"abc"}), titles={"s-x": "Tên"}, lengths={"s-x": 3},
                              summaries={"s-x": ("abc#1", "abc#0")}, removed=frozenset({"abc#2"}),
                              title="Bản tin")  # fmt: skip
    write_corrections(tmp_path / "c.json", corrections)
    assert read_corrections(tmp_path / "c.json") == corrections
    for bad in ({"version": 99}, [], {"version": 1, "lengths": {"s-x": 0}},
                {"version": 1, "titles": {"s-x": "a\nb"}}, {"version": 1, "removed": "abc#1"}):  # fmt: skip
        with pytest.raises(InputError):
            corrections_from_dict(bad)
    (tmp_path / "bad.json").write_text("{", encoding="utf-8")
    with pytest.raises(InputError, match="not valid JSON"):
        read_corrections(tmp_path / "bad.json")


def test_report_applies_a_correction_file_like_the_page(
    base: Briefing, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shown = apply_corrections(base, Corrections())
    label, summary = shown.conferences[0].id, refs(shown)
    corrections = rename_section(
        remove_sentence(Corrections(), label, summary, summary[1]), label, "Mục A"
    )
    write_corrections(tmp_path / "corrections.json", corrections)
    assert main(["report", str(SEEDS), "-o", str(tmp_path / "out"),
                 "--corrections", str(tmp_path / "corrections.json")]) == 0  # fmt: skip
    written = json.loads((tmp_path / "out" / "briefing.json").read_text(encoding="utf-8"))
    expected = apply_corrections(base, corrections)
    assert written["conferences"][0]["title"] == "Mục A"
    assert written["conferences"][0]["summary"] == [s.text for s in expected.conferences[0].summary]
    assert corrections_to_dict(read_corrections(tmp_path / "corrections.json"))["removed"] == [
        summary[1]
    ]


def test_report_names_a_bad_correction_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "c.json").write_text('{"version": 1, "lengths": {"s-x": "five"}}', encoding="utf-8")
    code = main(
        ["report", str(SEEDS), "-o", str(tmp_path), "--corrections", str(tmp_path / "c.json")]
    )
    assert code == 1
    assert f"Error: {tmp_path / 'c.json'}: malformed correction file" in capsys.readouterr().err
    assert not (tmp_path / "briefing.pdf").exists()


def test_a_correction_file_nested_too_deep_is_an_error_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # json.loads raised RecursionError on "[[[[…" (200 KB): `report --corrections` ended in a
    # traceback (and the page's session with such a file, in a 500).
    deep = tmp_path / "c.json"
    deep.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    assert (
        main(["report", str(SEEDS), "-o", str(tmp_path / "out"), "--corrections", str(deep)]) == 1
    )
    assert capsys.readouterr().err.startswith(f"Error: {deep}: not valid JSON (nested too deeply)")


def test_a_correction_file_that_is_not_json_is_named_as_every_json_input_is(
    tmp_path: Path,
) -> None:
    # It said "not JSON: Expecting ',' delimiter: line 3 column 5 (char 30)" and "not JSON:
    # 'utf-8' codec can't decode byte 0xff in position 0: ...", where batch and clusters say
    # "not valid JSON (... at column 5)" and "cannot decode as UTF-8 at byte 0"; and a file an
    # editor saved with a byte-order mark was "not JSON: Unexpected UTF-8 BOM".
    path = tmp_path / "c.json"
    path.write_text('{\n  "version": 1,\n  "titles" {}\n}', encoding="utf-8")
    with pytest.raises(InputError) as error:
        read_corrections(path)
    assert error.value.reason == "not valid JSON (Expecting ':' delimiter at line 3, column 12)"
    path.write_bytes(b"\xff{}")
    with pytest.raises(DecodingError) as decoding:
        read_corrections(path)
    assert decoding.value.reason == "cannot decode as UTF-8 at byte 0"
    path.write_text('\ufeff{"version": 1}', encoding="utf-8")
    assert read_corrections(path) == Corrections()
