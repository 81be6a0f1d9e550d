"""The public API: every exported name resolves, and the three uses work from Python alone."""

from __future__ import annotations

import json
from email.parser import BytesParser
from email.policy import default
from pathlib import Path

import pytest

import summarize

from .conftest import SEEDS


@pytest.mark.parametrize("name", summarize.__all__)
def test_every_exported_name_resolves(name: str) -> None:
    assert getattr(summarize, name) is not None


def test_an_unknown_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no_such_thing"):
        summarize.no_such_thing  # noqa: B018


def test_email_and_batch_from_python(tmp_path: Path) -> None:
    briefing = summarize.build_briefing(
        [SEEDS], summarize.Options(budget=summarize.Budget(sentences=3, syllables=None))
    )
    message = summarize.build_message(
        briefing, sender="Văn phòng <vp@example.vn>", recipients=["bbt@example.vn"]
    )
    summarize.write_eml(message, tmp_path / "b.eml")
    parsed = BytesParser(policy=default).parsebytes((tmp_path / "b.eml").read_bytes())
    assert parsed["To"] == "bbt@example.vn"
    assert "Bắc Giang" in parsed.get_body(("plain",)).get_content()

    items = list(summarize.run_batch(SEEDS, tmp_path / "out", jobs=1))
    assert sorted(Path(item.source).name for item in items) == sorted(
        p.name for p in SEEDS.glob("*.txt")
    )
    rows = [
        json.loads(line) for line in (tmp_path / "out" / "summaries.jsonl").open(encoding="utf-8")
    ]
    assert all(1 <= len(row["summary"]) <= 5 for row in rows)
