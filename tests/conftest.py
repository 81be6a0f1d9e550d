"""Shared builders: the seeds, and articles made from plain strings."""

from __future__ import annotations

from pathlib import Path

import pytest

from summarize.models import Options
from summarize.pipeline import build_briefing

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
DATA = ROOT.parent / "shared" / "data"
BAC_GIANG = SEEDS / "000_1e895c6a7197ecaf.txt"
HAI_DUONG = SEEDS / "001_d1e5b864b3ef2be7.txt"


@pytest.fixture(scope="session")
def seed_briefing():  # type: ignore[no-untyped-def]
    """The seeds' briefing, built once for every test that only reads it."""
    return build_briefing([SEEDS], Options())
