"""A count that closes "X có N <noun>" is counted by its noun, the whole that has it added (read
off s9's "Sanna Khánh Hòa đã có 16 điểm", measured "Sanna Khánh Hòa"; bench/README.md, stop 41)."""

from __future__ import annotations

from summarize.briefing.facts import extract_facts


def _label(sentence: str) -> str | None:
    return extract_facts([sentence])[0].label


def test_points_a_team_has_are_its_points() -> None:
    """ "đã có 16 điểm": the team's points, not the team."""
    assert _label("Sau vòng đấu 11, Sanna Khánh Hòa đã có 16 điểm.") == "điểm của Sanna Khánh Hòa"


def test_a_squad_has_its_players() -> None:
    assert _label("Đội tuyển Việt Nam có 23 cầu thủ.") == "cầu thủ của Đội tuyển Việt Nam"


def test_a_count_with_no_whole_named_gets_no_bare_noun() -> None:
    """ "năm 2023 đã có 45 doanh nghiệp.": a year has no companies; "doanh nghiệp" alone would
    say nothing the figure does not."""
    assert _label("Ông An cho biết, năm 2023 đã có 45 doanh nghiệp.") is None
