"""A bound said in two words before a figure ("ít hơn", "ít nhất", "không quá") is an
approximation like "hơn", not what the figure measures (read off s10's "Hiện chỉ có ít hơn 10%
dân số Trung Quốc có ô tô"; bench/README.md, stop 41)."""

from __future__ import annotations

from summarize.briefing.facts import extract_facts


def _label(sentence: str) -> str | None:
    return extract_facts([sentence])[0].label


def test_less_than_a_share_is_a_share_of_what_follows() -> None:
    """ "ít hơn 10% dân số …": the share of the population, not "hiện chỉ có ít"."""
    assert _label("Hiện chỉ có ít hơn 10% dân số Trung Quốc có ô tô.") == (
        "dân số Trung Quốc có ô tô"
    )


def test_at_least_is_no_part_of_what_was_done() -> None:
    """ "làm ít nhất 70 người chết": the dead, without "ít nhất"."""
    label = _label("Vụ đánh bom làm ít nhất 70 người chết.") or ""
    assert "ít nhất" not in label
    assert "người chết" in label


def test_a_minimum_that_names_the_measure_stays() -> None:
    """ "công suất tối đa 15,4 mã lực": "tối đa" says which power, it is no bound."""
    assert "tối đa" in (_label("Động cơ tạo ra công suất tối đa 15,4 mã lực.") or "")
