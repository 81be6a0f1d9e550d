""" "anh" and "chị" before a full name are a courtesy, and were read before a Vietnamese name of
three words only; a foreign volunteer or expert the press calls so was missed (stop 42: s8 "Chị
Heather Cesarini, người Canada, … cho biết")."""

from __future__ import annotations

from summarize.briefing.people import extract_people


def _people(*sentences: str) -> dict[str, str | None]:
    return {p.name: p.role for p in extract_people(sentences)}


def test_a_foreign_name_after_chi_is_a_person() -> None:
    assert "Heather Cesarini" in _people(
        "Chị Heather Cesarini, người Canada, hiện làm tình nguyện viên cho biết hiện vật rất đẹp."
    )


def test_a_foreign_name_after_anh_is_a_person_whatever_follows() -> None:
    assert "Jack Sanders" in _people("Hôm đó anh Jack Sanders đã đưa con đến bệnh viện.")


def test_anh_in_capitals_after_a_position_is_england() -> None:
    people = _people("Ngoại trưởng Anh William Hague phát biểu tại lễ ký.")
    assert people.get("William Hague") == "Ngoại trưởng Anh"


def test_a_name_hidden_behind_its_initial_is_no_foreign_name() -> None:
    assert not _people("Hàng xóm của anh Phan Thanh Th. kể lại sự việc với phóng viên.")
