"""A court or crime report gives a person's stage name or nickname in brackets after the real
name ("Đoàn Quý Nguyên (tức ca sỹ Nam Khang, SN 1985 …)"): one person, listed once under the
first name, who takes the alias's title and role when the first name has none (stop 41)."""

from __future__ import annotations

from summarize.briefing.people import extract_people, find_people


def _people(*sentences: str) -> dict[str, str | None]:
    return {p.name: p.role for p in extract_people(sentences)}


ALIASED = (
    "Hiền liền gọi điện cho bạn là Trần Quốc Minh (tức ca sỹ Minh Khang, SN 1985, trú tại Hà Nội).",
    "Tiếp theo, ca sỹ Minh Khang rủ thêm hai người bạn.",
)


def test_an_alias_in_brackets_is_the_same_person() -> None:
    assert _people(*ALIASED) == {"Trần Quốc Minh": "ca sỹ"}


def test_the_merged_alias_is_kept_apart_so_no_other_reader_adds_it_back() -> None:
    assert [p.name for p in find_people(ALIASED).aliases] == ["Minh Khang"]


def test_con_goi_la_opens_an_alias_too() -> None:
    people = _people(
        "Tòa xét xử bị cáo Lê Văn Hùng (còn gọi là ca sĩ Hùng Lê, SN 1978, trú tại Quảng Ninh).",
        "Ca sĩ Hùng Lê khai đã sử dụng ma túy.",
    )
    assert list(people) == ["Lê Văn Hùng"]


def test_two_people_in_one_bracket_without_an_alias_word_stay_two() -> None:
    people = _people(
        "Bị cáo Trần Quốc Minh (bạn của ca sỹ Minh Khang) khai nhận hành vi.",
        "Ca sỹ Minh Khang không có mặt tại tòa.",
    )
    assert {"Trần Quốc Minh", "Minh Khang"} <= set(people)
