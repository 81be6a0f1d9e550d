"""Facts: Vietnamese numbers, figures with what they measure, people with their titles."""

from __future__ import annotations

import pytest

from summarize.facts import extract_date, extract_facts, extract_people, format_number, parse_number


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("13,45", 13.45),
        ("33.000", 33000),
        ("1.234,5", 1234.5),
        ("2,63%", 2.63),
        ("10", 10),
        ("14.630", 14630),
        ("1.000.000", 1_000_000),
    ],
)
def test_parse_number(text: str, value: float) -> None:
    assert parse_number(text) == pytest.approx(value)


@pytest.mark.parametrize("value", [33000, 13.45, 2.63, 1_234_567.5, 10])
def test_format_number_round_trips(value: float) -> None:
    assert parse_number(format_number(value)) == pytest.approx(value)


def test_not_a_number_is_an_error() -> None:
    with pytest.raises(ValueError):
        parse_number("13.4.5,6,7")


def facts_of(seed_briefing, place: str):  # type: ignore[no-untyped-def]
    return next(c for c in seed_briefing.conferences if c.place == place)


@pytest.mark.parametrize(
    ("place", "text", "value", "unit", "measure"),
    [
        ("Bắc Giang", "13,45%", 13.45, "%", "tăng trưởng kinh tế"),
        ("Bắc Giang", "2,63%", 2.63, "%", "hộ nghèo"),
        ("Bắc Giang", "33.000 lao động", 33000, "lao động", "việc làm"),
        ("Hải Dương", "10%", 10, "%", "tăng trưởng kinh tế"),
        ("Hải Dương", "14.630 lượt lao động", 14630, "lượt lao động", "tư vấn"),
        ("Hải Dương", "3.441 người", 3441, "người", "giới thiệu việc làm"),
        ("Hải Dương", "260 vụ", 260, "vụ", "trợ giúp pháp lý"),
    ],
)
def test_seed_figures_with_value_unit_and_measure(  # type: ignore[no-untyped-def]
    seed_briefing, place, text, value, unit, measure
) -> None:
    facts = facts_of(seed_briefing, place).facts
    fact = next(f for f in facts if f.text == text)
    assert fact.value == pytest.approx(value) and fact.unit == unit
    assert measure in (fact.measure or "")


def test_years_dates_and_periods_are_not_figures(seed_briefing) -> None:  # type: ignore[no-untyped-def]
    texts = {f.text for c in seed_briefing.conferences for f in c.facts}
    assert not texts & {"2024", "2023", "2021", "2025", "6 tháng", "6"}


def test_precision_and_recall_of_figures_on_the_seeds(seed_briefing) -> None:  # type: ignore[no-untyped-def]
    gold = {
        "13,45%",
        "2,63%",
        "13,4%",
        "13,6%",
        "33.000 lao động",
        "10%",
        "14.630 lượt lao động",
        "3.441 người",
        "260 vụ",
    }
    found = {f.text for c in seed_briefing.conferences for f in c.facts}
    assert found == gold  # precision 1.0 and recall 1.0 on the seeds


def test_people_with_titles_and_roles(seed_briefing) -> None:  # type: ignore[no-untyped-def]
    people = {p.name: p for c in seed_briefing.conferences for p in c.people}
    assert people["Nguyễn Văn Kỷ"].title == "Thiếu tướng"
    assert (people["Nguyễn Văn Kỷ"].organisation or "").startswith("Phó Chánh")
    assert people["Nguyễn Thị Thanh Hải"].title == "PGS.TS"
    assert people["Lê Đức Thành"].title == "Đại tá"
    assert "Mai Sơn" in people
    assert set(people) == {"Nguyễn Văn Kỷ", "Nguyễn Thị Thanh Hải", "Lê Đức Thành", "Mai Sơn"}


def test_rules_on_plain_sentences() -> None:
    facts = extract_facts(["Kinh phí đạt 1.234,5 tỷ đồng, tăng 12,5%."])
    assert [(f.kind, f.value, f.unit) for f in facts] == [
        ("money", 1234.5, "tỷ đồng"),
        ("percent", 12.5, "%"),
    ]
    people = extract_people(
        ["Bộ trưởng Trần Văn Sơn phát biểu.", "Đồng chí Hà Thị Lan, Bí thư Tỉnh ủy cho biết."]
    )
    assert [p.name for p in people] == ["Hà Thị Lan"]
    assert people[0].organisation == "Bí thư Tỉnh ủy"
    assert extract_date(["Sáng ngày 12/6/2024, hội nghị khai mạc."]).isoformat() == "2024-06-12"
    assert extract_date(["ngày 31/2/2024 không tồn tại"]) is None
