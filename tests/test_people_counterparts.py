"""Talks and visits name the other side as a counterpart: "hội đàm với người đồng cấp Mỹ John
Kerry". The standing was no position, and a foreign name needs one, so the counterpart was missed
(stop 42, s9). It is a role only for someone given no other: "Ngoại trưởng Mỹ" elsewhere wins."""

from __future__ import annotations

from summarize.briefing.people import extract_people


def _people(*sentences: str) -> dict[str, str | None]:
    return {p.name: p.role for p in extract_people(sentences)}


def test_a_counterpart_is_a_person_with_that_role() -> None:
    people = _people(
        "Ngoại trưởng Pháp Laurent Fabius cho biết đã nói rõ với người đồng cấp Mỹ John Kerry."
    )
    assert people.get("John Kerry") == "người đồng cấp Mỹ"


def test_a_position_given_elsewhere_wins_over_the_counterpart() -> None:
    people = _people(
        "Ngoại trưởng Mỹ John Kerry tới Hà Nội.",
        "Ông hội đàm với người đồng cấp Mỹ John Kerry trong hai giờ.",
    )
    assert people.get("John Kerry") == "Ngoại trưởng Mỹ"


def test_a_position_given_to_the_short_name_wins_too() -> None:
    people = _people(
        "Ông Lavrov đã điện đàm với người đồng cấp Mỹ John Kerry.",
        "Ngoại trưởng Kerry cho biết hai bên đã thống nhất.",
    )
    assert people.get("John Kerry") == "Ngoại trưởng"
