"""The quality gate (`python -m bench.quality --check`): ours on every shape against its pins."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from bench import quality
from bench.corpora import COLLECTIONS
from bench.shapes import SHAPES

OURS = {"rouge1": 50.0, "rouge2": 25.0, "rougeL": 35.0}


def pinned(tmp_path: Path, peer: dict[str, float]) -> Path:
    """A baseline.json whose data hashes match the real collections; ours pinned at OURS in
    both protocols (cut and whole)."""
    check: dict[str, Any] = {}
    for protocol in quality.PROTOCOLS:
        names = quality.ours_rows(protocol)
        entry: dict[str, Any] = {n: {"measured": dict(OURS), "digest": "same"} for n in names}
        entry["best_peer"] = {m: {"system": "lead", "value": v} for m, v in peer.items()}
        check[protocol] = {name: entry for name in SHAPES}
    baseline = {
        "data_sha256": {c.name: c.sha256() for c in COLLECTIONS.values()},
        "check": check,
    }
    path = tmp_path / "baseline.json"
    path.write_text(json.dumps(baseline), encoding="utf-8")
    return path


def run_gate(
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    peer: dict[str, float],
    now: list[dict[str, float]],
) -> int:
    """The gate with ours measuring `now` (one entry per call, repeated) instead of summarising."""
    monkeypatch.setattr(quality, "BASELINE", pinned(tmp_path, peer))
    calls = iter(now * 100)

    def measure(shape: Any) -> dict[str, Any]:
        figures = next(calls)
        names = [n for p in quality.PROTOCOLS for n in quality.ours_rows(p)]
        return {n: {"measured": dict(figures), "digest": str(figures)} for n in names}

    monkeypatch.setattr(quality, "measure_ours", measure)
    return quality.check()


def test_the_gate_passes_at_its_pins_and_fails_below_the_best_peer(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    peer = {"rouge1": 40.0, "rouge2": 24.8, "rougeL": 30.0}
    assert run_gate(monkeypatch, tmp_path, peer, [OURS]) == 0
    assert "BELOW" not in capsys.readouterr().out
    slipped = {**OURS, "rouge2": 24.7}  # within the floor's margin, but under the peer
    assert run_gate(monkeypatch, tmp_path, peer, [slipped]) == 1
    assert "rouge2: 24.70 (floor 24.80) BELOW THE BEST PEER" in capsys.readouterr().out


def test_a_pinned_shortfall_is_shown_as_a_known_miss_and_may_not_grow(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    peer = {"rouge1": 40.0, "rouge2": 27.0, "rougeL": 30.0}
    assert run_gate(monkeypatch, tmp_path, peer, [OURS]) == 0
    assert "known miss: pinned 25.00 < lead 27.00" in capsys.readouterr().out
    worse = {**OURS, "rouge2": OURS["rouge2"] - quality.MARGIN - 0.01}
    assert run_gate(monkeypatch, tmp_path, peer, [worse]) == 1
    assert "rouge2: 24.49 (floor 24.50, known miss" in capsys.readouterr().out


def test_the_gate_fails_when_two_runs_give_different_summaries(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    peer = {"rouge1": 40.0, "rouge2": 20.0, "rougeL": 30.0}
    other = {**OURS, "rouge1": 50.1}
    assert run_gate(monkeypatch, tmp_path, peer, [OURS, other]) == 1
    assert "vims-clusters: two runs gave different summaries" in capsys.readouterr().out


def test_the_gate_holds_ours_in_both_protocols(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    peer = {"rouge1": 40.0, "rouge2": 20.0, "rougeL": 30.0}
    assert run_gate(monkeypatch, tmp_path, peer, [OURS]) == 0
    out = capsys.readouterr().out
    for name in (quality.ours(), quality.ours() + quality.WHOLE):
        assert f"bench-check vims-clusters {name} rouge2: 25.00" in out


def test_a_speed_only_run_pins_its_figures_and_keeps_every_other_entry(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    baseline = tmp_path / "baseline.json"
    baseline.write_text(json.dumps({"shapes": {"x": 1}, "end_to_end": {"speedup": 1.0}}))
    monkeypatch.setattr(quality, "BASELINE", baseline)
    monkeypatch.setattr(quality, "ROOT", tmp_path)
    speed = {"speedup": 21.5, "load_average": {"before": [0.5, 0.4, 0.3], "after": [1, 1, 1]}}
    quality.record_speed(speed, 0.05)
    written = json.loads(baseline.read_text())
    assert written == {"shapes": {"x": 1}, "end_to_end": speed, "rank_1000_seconds": 0.05}
