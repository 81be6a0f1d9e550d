"""A force or a cabinet named with a capital inside a sentence, stop 40 (orgs): "Lực lượng" and
"Nội các" are common nouns in lower case and at a sentence's start, a body's kind when capitalised
inside it (bench/README.md, "Stop 40, orgs")."""

from __future__ import annotations

from summarize.briefing.organisations import extract_organisations


def test_a_coast_guard_named_inside_a_sentence_is_a_body() -> None:
    found = extract_organisations(
        ["Hãng thông tấn Lana cho biết Lực lượng bảo vệ bờ biển Libya đã cứu được 84 người."]
    )
    assert "Lực lượng bảo vệ bờ biển Libya" in found


def test_a_force_opening_the_sentence_is_no_name() -> None:
    assert extract_organisations(["Lực lượng đặc nhiệm Mỹ bao gồm nhiều đội quân tinh nhuệ."]) == ()


def test_forces_in_lower_case_are_no_body() -> None:
    found = extract_organisations(
        ["Sơn đi xuống tầng 1 và bị lực lượng chức năng Hà Nội khống chế."]
    )
    assert not any(name.casefold().startswith("lực lượng") for name in found)
