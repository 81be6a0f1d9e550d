"""A court report writes one defendant's name a second way a few lines on: an inner word left
out ("Phạm Ngọc Bảo Quân", then "Phạm Bảo Quân") or one tone mark changed ("Phạm Thế Tuấn",
then "Phạm Thế Tuân"). One person, listed once under the name found first (stop 41, s9)."""

from __future__ import annotations

from summarize.briefing.people import extract_people


def _names(*sentences: str) -> list[str]:
    return [p.name for p in extract_people(sentences)]


def test_an_inner_word_left_out_is_the_same_person() -> None:
    names = _names(
        "Các bị cáo Lê Văn Hải, Trần Ngọc Bảo Long bị truy tố về tội mua bán trái phép chất ma túy.",
        "Bị cáo Trần Bảo Long bị đề nghị mức án 20 năm tù.",
    )
    assert "Trần Bảo Long" not in names
    assert "Trần Ngọc Bảo Long" in names


def test_a_changed_tone_mark_is_the_same_person() -> None:
    names = _names(
        "Các ông Hà Văn Phước, Phạm Thế Tuấn đã không thực hiện đúng nhiệm vụ được giao.",
        "Ông Phạm Thế Tuân khai nhận đã ký các hồ sơ vay vốn.",
    )
    assert [n for n in names if n.startswith("Phạm Thế")] == ["Phạm Thế Tuấn"]


def test_another_given_name_is_another_person() -> None:
    names = _names(
        "Bị cáo Nguyễn Văn An và bị cáo Nguyễn Văn Anh cùng bị truy tố.",
    )
    assert {"Nguyễn Văn An", "Nguyễn Văn Anh"} <= set(names)


def test_a_name_of_two_words_is_never_folded_into_a_longer_one() -> None:
    names = _names("Ông Nguyễn Văn Nam và ông Nguyễn Nam cùng dự họp.")
    assert {"Nguyễn Văn Nam"} <= set(names)
