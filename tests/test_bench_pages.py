"""The page gate (`python -m bench.pages --check`) scores kept sentences and metadata, and fails below
issue 22's targets."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from bench import pages

GOLD = pages.Gold(
    "p.html",
    "Hội nghị tổng kết năm",
    (
        "Sáng 2/11, UBND tỉnh tổ chức hội nghị tổng kết năm 2024.",
        "Hội nghị thống nhất đẩy mạnh chuyển đổi số trong các cơ quan.",
    ),
    date(2024, 11, 2),
    "Thuận Văn",
)


def test_a_perfect_extraction_meets_every_target() -> None:
    tally = pages.Tally()
    got = pages.Extraction(GOLD.title, "\n\n".join(GOLD.body), GOLD.published, GOLD.author)
    pages.score_page(tally, GOLD, got)
    assert pages.check(tally) == []


def test_furniture_costs_precision_and_a_lost_lead_costs_recall() -> None:
    tally = pages.Tally()
    text = GOLD.body[1] + "\n\nVĩnh Long thu hút đầu tư vào khu công nghiệp phía nam tỉnh."
    missed, extra = pages.score_page(tally, GOLD, pages.Extraction(None, text, None, None))
    assert len(missed) == 1 and len(extra) == 1
    failed = " ".join(pages.check(tally))
    for metric in ("precision", "recall", "title", "date", "author"):
        assert metric in failed


def test_dir_scores_another_page_set_in_the_same_format(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    body = "<p>" + "</p><p>".join(GOLD.body) + "</p>"
    html = f"<html><body><article><h1>{GOLD.title}</h1>{body}</article></body></html>"
    (tmp_path / GOLD.file).write_text(html, encoding="utf-8")
    row: dict[str, object] = {"file": GOLD.file, "title": GOLD.title, "body": list(GOLD.body)}
    row |= {"published": None, "author": None}
    (tmp_path / "pages.jsonl").write_text(json.dumps(row, ensure_ascii=False), encoding="utf-8")
    pages.main(["--pages", "--dir", str(tmp_path)])
    out = capsys.readouterr().out
    assert f"Saved pages (1, {tmp_path})" in out
    assert "== p.html" in out and "missed:" not in out
