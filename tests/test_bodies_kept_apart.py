"""Bodies kept apart or left out, stop 40 (orgs): a group and its bank share a brand but not a
designator, so they are two bodies; a parent body in brackets after a unit's name places the unit
and names no party; "và" before a kind of body ends a name whatever the kind's case (bench/README.md,
"Stop 40, orgs")."""

from __future__ import annotations

from summarize.briefing.organisations import extract_organisations, same_body

OWNER = (
    "Ông là chủ sở hữu chính của Alfa Group - tập đoàn sở hữu ngân hàng thương mại tư nhân "
    "lớn Alfa Bank."
)


def test_a_group_and_its_bank_are_two_bodies() -> None:
    found = extract_organisations([OWNER])
    assert "Alfa Group" in found
    assert "Alfa Bank" in found


def test_a_label_and_a_studio_of_one_brand_are_two_bodies() -> None:
    assert not same_body("Sony Music", "Sony Pictures")


def test_a_brand_and_its_designated_name_are_still_one_body() -> None:
    assert same_body("hãng Sony", "Sony Music")  # one name has no designator: one body


# A parent body in brackets after a unit's name places the unit; it is no party by that mention.
RAID = (
    "Chuyên án còn có sự tham gia của các chiến sĩ cục Cảnh sát Điều tra tội phạm về ma tuý "
    "(bộ Công an)."
)


def test_a_ministry_in_brackets_after_its_department_is_not_listed() -> None:
    found = extract_organisations([RAID])
    assert found and "Bộ Công an" not in found


def test_a_ministry_named_elsewhere_is_still_listed() -> None:
    found = extract_organisations([RAID, "Bộ Công an cho biết sẽ xử lý nghiêm."])
    assert "Bộ Công an" in found


def test_an_acronym_in_brackets_still_names_the_body() -> None:
    assert extract_organisations(["Quỹ Tiền tệ Quốc tế (IMF) cho biết như vậy."])


def test_and_before_a_kind_capitalised_inside_ends_the_name() -> None:
    found = extract_organisations(["Bộ Ngoại giao và Liên Hiệp Quốc đã ký thỏa thuận hợp tác."])
    assert "Bộ Ngoại giao" in found
    assert not any(" và " in name for name in found)


def test_a_ministrys_and_inside_its_field_still_joins() -> None:
    found = extract_organisations(["Bộ Kế hoạch và Đầu tư đã ký thỏa thuận hợp tác."])
    assert found == ("Bộ Kế hoạch và Đầu tư",)
