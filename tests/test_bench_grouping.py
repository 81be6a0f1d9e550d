"""The grouping gate (`python -m bench.grouping --check`): the groups it scores are the sections
a whole briefing makes, and a difference fails it."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from bench import grouping
from bench.grouping import Item


def events(items: Sequence[Item]) -> list[int]:
    """Perfect groups: one per event, in the order of their first article."""
    order = list(dict.fromkeys(item.event for item in items))
    return [order.index(item.event) for item in items]


def one_each(items: Sequence[Item]) -> list[int]:
    return list(range(len(items)))


@pytest.fixture()
def gate(monkeypatch: pytest.MonkeyPatch) -> None:
    """150 small events instead of ViMs, the pinned digest taken as theirs."""
    clusters = [
        [Item(f"e{n}", f"Tin {n}", f"Sự kiện số {n} ở nơi {n}, bài {k}.") for k in range(2)]
        for n in range(150)
    ]
    monkeypatch.setattr(grouping, "load", lambda: clusters)
    pinned = grouping.json.loads(grouping.BASELINE.read_text(encoding="utf-8"))
    monkeypatch.setattr(grouping, "data_digest", lambda: pinned["data_sha256"])
    monkeypatch.setattr(grouping, "ours_grouped", events)


def test_the_gate_passes_when_the_briefings_sections_are_the_groups_scored(
    gate: None, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(grouping, "ours", events)
    assert grouping.check() == 0
    assert "FAIL" not in capsys.readouterr().out


def test_the_gate_fails_when_the_briefings_sections_are_not_the_groups_scored(
    gate: None, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # The gate scores the groups read_ranked + groups_of make, without describing each section
    # (a twelfth of a briefing's time); one whole briefing must show the same sections.
    monkeypatch.setattr(grouping, "ours", one_each)
    assert grouping.check() == 1
    assert capsys.readouterr().out.splitlines()[-1] == (
        "FAIL: the briefing's sections are not the groups read_ranked + groups_of make"
    )
