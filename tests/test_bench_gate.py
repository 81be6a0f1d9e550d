"""The quality gate (bench/quality.py --check) fails below its floor and below the best peer."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

import quality


def pinned(tmp_path: Path, ours: dict[str, float], peer: dict[str, float]) -> Path:
    """A baseline.json whose data hashes match the real corpora."""
    entry = {
        "items": 1,
        "measured": ours,
        "best_peer": {m: {"system": "ilp", "value": v} for m, v in peer.items()},
    }
    baseline = {
        "data_sha256": {c.name: c.sha256() for c in (quality.VIMS, quality.VIETNEWS)},
        "check": {c.name: entry for c in (quality.VIMS, quality.VIETNEWS)},
    }
    path = tmp_path / "baseline.json"
    path.write_text(json.dumps(baseline), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("peer", "expected", "message"),
    [
        ({"rouge1": 40.0, "rouge2": 20.0, "rougeL": 30.0}, 0, "ok"),
        ({"rouge1": 40.0, "rouge2": 25.5, "rougeL": 30.0}, 1, "rouge2: BELOW THE BEST PEER (ilp)"),
    ],
)
def test_the_gate_fails_when_ours_falls_below_the_best_peer(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    peer: dict[str, float],
    expected: int,
    message: str,
) -> None:
    ours = {"rouge1": 50.0, "rouge2": 25.0, "rougeL": 35.0}
    monkeypatch.setattr(quality, "BASELINE", pinned(tmp_path, ours, peer))

    def measure(corpus: Any) -> dict[str, Any]:
        return {"items": 1, "measured": dict(ours), "digest": "same"}

    monkeypatch.setattr(quality, "measure_check", measure)
    assert quality.check() == expected
    assert message in capsys.readouterr().out


def test_the_gate_fails_below_its_floor_and_when_two_runs_differ(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    ours = {"rouge1": 50.0, "rouge2": 25.0, "rougeL": 35.0}
    peer = {"rouge1": 40.0, "rouge2": 20.0, "rougeL": 30.0}
    monkeypatch.setattr(quality, "BASELINE", pinned(tmp_path, ours, peer))
    digests = iter(["a", "b"] * 2)

    def measure(corpus: Any) -> dict[str, Any]:
        lower = {**ours, "rougeL": ours["rougeL"] - quality.MARGIN - 0.01}
        return {"items": 1, "measured": lower, "digest": next(digests)}

    monkeypatch.setattr(quality, "measure_check", measure)
    assert quality.check() == 1
    out = capsys.readouterr().out
    assert "rougeL: 34.49 (floor 34.50) BELOW FLOOR" in out
    assert "two runs gave different summaries" in out
