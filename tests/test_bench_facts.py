"""The facts scorer (python -m bench.facts): matching rules, the gate, and unseen article files."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from bench import facts
from summarize.models import Person


def test_a_measure_must_hold_most_of_the_annotation_and_not_a_whole_sentence() -> None:
    assert facts._measure_ok("tổng vốn đầu tư giai đoạn 1", "vốn đầu tư giai đoạn 1")
    assert not facts._measure_ok("giúp", "tiết kiệm nhiên liệu")
    long = "theo thông cáo báo chí từ ngân hàng dự án đầu tư xây dựng hầm đường bộ có chiều dài"
    assert not facts._measure_ok(long, "chiều dài")


def test_the_role_scored_is_the_standing_the_briefing_shows() -> None:
    assert facts.shown_role(Person("Kilrain", "Chuẩn đô đốc", None, None)) == "Chuẩn đô đốc"
    assert facts.shown_role(Person("Chung", "Ông", None, None)) is None  # a courtesy
    assert facts.shown_role(Person("A", "Đại tá", "Giám đốc Sở", "Sở")) == "Đại tá Giám đốc Sở"


def test_an_annotated_figure_s_value_is_its_number_not_a_unit_s_digit() -> None:
    assert facts.gold_value("105,6m2") == 105.6
    assert facts.gold_value("1.000 m2") == 1000
    assert facts.gold_value("1.029m3") == 1029
    assert facts.gold_value("7-7,2%") == 7.2  # a range: its upper end


def test_a_date_without_a_year_matches_on_day_and_month() -> None:
    assert facts._same_date((None, 10, 22), "--10-22")
    assert facts._same_date((2013, 10, 22), "2013-10-22")
    assert not facts._same_date((2014, 10, 22), "2013-10-22")
    assert not facts._same_date((None, 10, 21), "--10-22")
    assert not facts._same_date(None, "--10-22")


def test_the_gate_fails_below_a_floor_and_passes_at_it() -> None:
    score = facts.Score()
    score.tallies["people"].add(9, 10, 10)  # P = R = F1 = 0.9
    assert facts.gate({"dev": score}, {"dev": {"people": 0.91}}) == []  # within the slack
    failures = facts.gate({"dev": score}, {"dev": {"people": 0.95}})
    assert failures == ["dev people: F1 0.900 < floor 0.950"]


def test_re_pinning_one_half_keeps_the_other_half_s_floors(tmp_path: Path) -> None:
    baseline = tmp_path / "facts_baseline.json"
    baseline.write_text(json.dumps({"dev": {"people": 0.5}, "heldout": {"people": 0.7}}))
    score = facts.Score()
    score.tallies["people"].add(9, 10, 10)
    facts.pin({"dev": score}, baseline)
    floors = json.loads(baseline.read_text())
    assert floors["heldout"] == {"people": 0.7}
    assert floors["dev"]["people"] == 0.9


def test_an_unseen_article_file_is_scored_from_its_own_annotation(tmp_path: Path) -> None:
    article = tmp_path / "hop-bao.txt"
    article.write_text(
        "Họp báo về giá đất\n\n"
        "Chiều 2/11, tại Hà Nội, Sở Tài chính tổ chức họp báo. Ông Nguyễn Văn An, Giám đốc "
        "Sở Tài chính cho biết tiền sử dụng đất năm nay đạt 4.500 tỷ đồng.\n",
        encoding="utf-8",
    )
    gold = tmp_path / "gold.jsonl"
    entry = {
        "file": str(article),
        "split": "dev",
        "place": "Hà Nội",
        "date": "--11-02",
        "people": [["Nguyễn Văn An", "Giám đốc Sở Tài chính", "Sở Tài chính"]],
        "organisations": [["Sở Tài chính"]],
        "figures": [["4.500 tỷ đồng", "tiền sử dụng đất"]],
    }
    gold.write_text(json.dumps(entry, ensure_ascii=False) + "\n", encoding="utf-8")
    entries = facts.select(facts.load_gold([gold]), [str(article)])
    f1 = facts.score_entries(entries).f1()
    assert f1 == {name: 1.0 for name in facts.FIELDS}


def _press_briefing(folder: Path, **gold: Any) -> dict[str, Any]:
    """An article whose annotation misses the person it names (Trần Thị Bình is not in it)."""
    article = folder / "hop-bao.txt"
    article.write_text(
        "Họp báo\n\nChiều 2/11, tại Hà Nội, Sở Tài chính họp báo. Ông Nguyễn Văn An, Giám đốc "
        "Sở Tài chính cho biết thu ngân sách đạt 4.500 tỷ đồng.\n",
        encoding="utf-8",
    )
    entry = {
        "file": str(article),
        "place": "Hà Nội",
        "date": "--11-02",
        "people": [["Trần Thị Bình", "Phó Giám đốc", "Sở Tài chính"]],
        "organisations": [["Sở Tài chính"]],
        "figures": [["4.500 tỷ đồng", "thu ngân sách"]],
    }
    return entry | gold


def test_errors_name_each_miss_and_false_hit(tmp_path: Path) -> None:
    entry = _press_briefing(tmp_path, place="Đà Nẵng")
    errors = facts.score_entries([entry]).errors
    assert any("people missed: Trần Thị Bình" in e for e in errors)
    assert any("people false: Nguyễn Văn An" in e for e in errors)
    assert any("place wrong: Hà Nội != Đà Nẵng" in e for e in errors)
    assert not any("organisations" in e or "figures" in e or "date" in e for e in errors)


def test_the_held_out_half_shows_pass_or_fail_never_its_scores_or_errors(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "dev").mkdir()
    (tmp_path / "held").mkdir()
    halves = [
        _press_briefing(tmp_path / "dev"),
        _press_briefing(tmp_path / "held", split="heldout"),
    ]
    gold = tmp_path / "gold.jsonl"
    gold.write_text("".join(json.dumps(e, ensure_ascii=False) + "\n" for e in halves), "utf-8")
    baseline = tmp_path / "facts_baseline.json"
    floors = {name: 0.0 for name in facts.FIELDS}
    baseline.write_text(json.dumps({"dev": floors, "heldout": floors}))
    monkeypatch.setattr(facts, "BASELINE", baseline)
    assert facts.main(["--gold", str(gold), "--errors", "--check"]) == 0
    out = capsys.readouterr().out
    dev, heldout = out.split("heldout (")
    assert "people " in dev and re.search(r"\d\.\d{3}", dev)  # dev scores are shown
    assert "people missed: Trần Thị Bình" in dev  # and dev errors, when asked
    assert not re.search(r"\d\.\d", heldout)  # held-out: no score, no floor
    assert [line.split()[-1] for line in heldout.splitlines()[1:]] == ["pass"] * len(facts.FIELDS)
    assert str(tmp_path / "held") not in out  # no held-out error line


def test_the_shipped_gold_set_holds_at_least_sixty_development_articles() -> None:
    entries = facts.load_gold([facts.GOLD])
    assert len({e["ref"] for e in entries if e.get("split", "dev") == "dev"}) >= 60
    assert all(e.get("split", "dev") in ("dev", "heldout") for e in entries)


def test_a_held_out_drop_fails_the_gate_without_saying_by_how_much(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    entry = _press_briefing(tmp_path, split="heldout")  # the scorer misses her
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps(entry, ensure_ascii=False) + "\n", encoding="utf-8")
    baseline = tmp_path / "facts_baseline.json"
    baseline.write_text(json.dumps({"heldout": {"people": 0.9, "place": 0.9}}))
    monkeypatch.setattr(facts, "BASELINE", baseline)
    assert facts.main(["--gold", str(gold), "--check"]) == 1
    out, err = capsys.readouterr()
    assert "  people             fail" in out and "  place              pass" in out
    assert err.strip() == "facts gate: heldout people: below its floor"
    assert not re.search(r"\d\.\d", out + err)
    facts.main(["--gold", str(gold), "--split", "heldout"])  # asked by name: scored openly
    assert "0.000" in capsys.readouterr().out


def test_a_fresh_batch_is_scored_by_name_and_silently_otherwise(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    entry = _press_briefing(tmp_path, split="fresh", batch="s11")  # the scorer misses her
    gold = tmp_path / "fresh.jsonl"
    gold.write_text(json.dumps(entry, ensure_ascii=False) + "\n", encoding="utf-8")
    baseline = tmp_path / "facts_baseline.json"
    baseline.write_text(json.dumps({"dev": {"people": 0.5}}))
    monkeypatch.setattr(facts, "BASELINE", baseline)
    assert facts.main(["--gold", str(gold), "--split", "fresh"]) == 0  # asked by name
    out = capsys.readouterr().out
    assert out.startswith("fresh (1 articles)")
    assert "  people              0.000  0.000  0.000  0/1/1" in out
    assert "  place               1.000  1.000  1.000  1/1/1" in out
    assert facts.main(["--gold", str(gold), "--errors", "--check", "--write"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("fresh (1 articles; scores not shown")
    assert not re.search(r"\d\.\d", out) and "Trần Thị Bình" not in out  # no score, no error
    assert json.loads(baseline.read_text()) == {"dev": {"people": 0.5}}  # never pinned


def test_the_shipped_fresh_batches_are_apart_from_the_gold_set() -> None:
    fresh = facts.load_gold([facts.HERE / "facts_fresh.jsonl"])
    assert all(e["split"] == "fresh" and e["batch"] in ("s11", "s12") for e in fresh)
    assert len(fresh) >= 50
    gold = facts.load_gold([facts.GOLD])
    assert not {e["ref"] for e in gold} & {e["ref"] for e in fresh}
    # s12 holds only events no other batch has: no cluster (a VietNews item is its own) of the
    # gold set or of s11, and one article per cluster
    clusters = [e["ref"].rsplit(":", 1)[0] for e in fresh if e["batch"] == "s12"]
    others = {e["ref"].rsplit(":", 1)[0] for e in gold + fresh if e.get("batch") != "s12"}
    assert len(clusters) == len(set(clusters)) == 30 and not others & set(clusters)
    assert all(facts.article_text(e["ref"]) for e in fresh if e["batch"] == "s12")


def test_one_batch_is_scored_apart_by_name(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    entries = [
        _press_briefing(tmp_path, split="fresh", batch="s11"),
        _press_briefing(tmp_path, split="fresh", batch="s12", people=[]),
    ]
    gold = tmp_path / "fresh.jsonl"
    gold.write_text("".join(json.dumps(e, ensure_ascii=False) + "\n" for e in entries))
    assert facts.main(["--gold", str(gold), "--split", "fresh", "--batch", "s12"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("fresh (1 articles)")  # s11's line left out
    assert re.search(r"people .* 0/1/0\n", out)  # s12's line, whose people list is empty
    assert facts.main(["--gold", str(gold), "--split", "fresh"]) == 0
    assert capsys.readouterr().out.startswith("fresh (2 articles)")  # without it, both batches


def test_each_annotated_batch_is_a_fold_of_its_own_and_a_new_one_joins_no_other() -> None:
    lines = [
        {"ref": "a"},
        {"ref": "b", "batch": "s7"},
        {"ref": "c", "batch": "s10"},
        {"ref": "d", "batch": "s8"},
        {"ref": "e", "batch": "s9"},
    ]
    assert [facts.batch_of(line) for line in lines] == ["dev-115", "dev-115", "s10", "s8", "s9"]
    assert facts.dev_batches(lines) == ["dev-115", "s8", "s9", "s10"]
