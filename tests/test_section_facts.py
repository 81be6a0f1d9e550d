"""A section built from several articles lists each figure once (session 8, readable: a folder
of 22 ViMs articles gave Đắk Lắk's fact table 18 rows, six of them said twice)."""

from __future__ import annotations

from summarize.briefing.facts import extract_facts


def test_a_figure_written_with_and_without_a_space_is_one_figure() -> None:
    """One article writes "70.155ha", another "70.155 ha": the table showed both, "70.155 | ha"
    twice."""
    facts = extract_facts(
        [
            "Mùa khô vừa qua tỉnh có hơn 70.155ha cây trồng bị hạn, 277ha mất trắng.",
            "Mùa khô vừa qua, toàn tỉnh có hơn 70.155 ha cây trồng bị hạn, 277 ha mất trắng.",
        ]
    )
    assert [(f.value, f.unit) for f in facts] == [(70155.0, "ha"), (277.0, "ha")]
    assert facts[0].text == "70.155ha"  # the first place it is said
