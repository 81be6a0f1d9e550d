"""Roles the s9/s10 errors of session 39 lost, by kind of phrase: a former holder's prefix
before an occupation ("nguyên cán bộ điều tra …", "(cựu nhân viên …)"; "quyền", acting, after
the prefix belongs to it, alone it is also the "quyền" of "chính quyền"); an occupation of a
country before a comma and a titled name ("Lãnh đạo Afghanistan, ông …"); a calling before a
single foreign name ("tiền đạo Felix", "Nhật hoàng Akihito"), but not a body after its staff's
occupation nor the first word of a longer name; degrees joined by dots ("TS.BS")."""

from __future__ import annotations

import pytest

from summarize.briefing.people import extract_people


def _roles(sentence: str) -> dict[str, str | None]:
    return {p.name: p.role for p in extract_people([sentence])}


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        (
            "Tòa tuyên phạt Lê Văn Hải, nguyên cán bộ thuế huyện Gia Lâm, 3 năm tù.",
            "Lê Văn Hải",
            "nguyên cán bộ thuế huyện Gia Lâm",
        ),
        (
            "Bị cáo Trần Minh Tâm (cựu nhân viên chi nhánh Agribank) bị truy tố.",
            "Trần Minh Tâm",
            "cựu nhân viên chi nhánh Agribank",
        ),
        (
            "Phạm Thị Hồng (nguyên quyền Trưởng phòng tín dụng) bị phạt 2 năm tù.",
            "Phạm Thị Hồng",
            "nguyên quyền Trưởng phòng tín dụng",
        ),
        (
            "Cựu điệp viên CIA John Miller cho biết đã rời Paris.",
            "John Miller",
            "Cựu điệp viên CIA",
        ),
    ],
)
def test_a_former_holders_occupation_is_the_role(sentence: str, name: str, role: str) -> None:
    assert _roles(sentence)[name] == role


def test_quyen_alone_is_no_acting_prefix() -> None:
    roles = _roles("Một quan chức thuộc chính quyền Tổng thống Barack Obama cho biết.")
    assert roles["Barack Obama"] == "Tổng thống"


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        ("Lãnh đạo Iraq, ông Haider Ali, nói lực lượng đã rút.", "Haider Ali", "Lãnh đạo Iraq"),
        (
            "Buổi lễ có sự tham dự của lãnh đạo Đài Loan, bà Lâm Thị Hoa.",
            "Lâm Thị Hoa",
            "lãnh đạo Đài Loan",
        ),
    ],
)
def test_an_occupation_of_a_country_before_a_comma_is_the_next_names_role(
    sentence: str, name: str, role: str
) -> None:
    """ "Lãnh đạo Afghanistan, ông Abdullah Abdullah": the occupation and its country, then the
    titled holder after the comma, as a position is read before a comma already."""
    assert _roles(sentence)[name] == role


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        ("Thủ môn Peterson (Hải Phòng) phải rời sân vì chấn thương.", "Peterson", "Thủ môn"),
        ("Tuần trước, Quốc vương Harald đã tiếp đoàn đại biểu.", "Harald", "Quốc vương"),
        ("Trong khi đó, ứng viên Becker chỉ giành được 40% số phiếu.", "Becker", "ứng viên"),
    ],
)
def test_a_calling_names_a_single_foreign_name(sentence: str, name: str, role: str) -> None:
    """A sport's position, a royal title or a candidacy before one foreign word: the press's
    way of naming a player, a monarch or a candidate it names nowhere in full."""
    assert _roles(sentence) == {name: role}


@pytest.mark.parametrize(
    "sentence",
    [
        "Một nhân viên Samsung cho biết hãng sẽ ra mắt sản phẩm mới.",  # a body after its staff
        "Phóng viên Reuters đã hỏi về kế hoạch.",  # an outlet after its reporter
        "Hoàng tử Khalid bin Salman đã đến thăm.",  # a longer name, not "Khalid"
    ],
)
def test_a_body_or_a_longer_name_after_an_occupation_is_no_single_name(sentence: str) -> None:
    assert "Samsung" not in _roles(sentence) and "Reuters" not in _roles(sentence)
    assert "Khalid" not in _roles(sentence)


@pytest.mark.parametrize(
    ("sentence", "name", "title"),
    [
        (
            "Phát biểu tại lễ, TS.BS Lê Minh Tâm - Trưởng khoa Nội - cho biết.",
            "Lê Minh Tâm",
            "TS.BS",
        ),
        ("ThS.BS Đỗ Thị Hạnh cho biết bệnh nhân đã ổn định.", "Đỗ Thị Hạnh", "ThS.BS"),
    ],
)
def test_degrees_joined_by_dots_are_a_title(sentence: str, name: str, title: str) -> None:
    """ "TS.BS" as "PGS.TS" is: the name after it is a person's (s10: "TS.BS Phan Thế Phước
    Long - Phó trưởng khoa y dược")."""
    (person,) = extract_people([sentence])
    assert (person.name, person.title) == (name, title)


def test_a_delegates_abbreviation_is_a_position_and_a_bracket_ends_it() -> None:
    """ "ĐBQH"/"ĐB" shorten "Đại biểu Quốc hội" before a name; a position read inside a
    bracket ends at the bracket's close, so the next name does not take "ĐB Quảng Ninh) và"."""
    roles = _roles(
        "Đại biểu Lê Văn Hòa (ĐB Nghệ An) và ĐB Trần Thị Mai, Hà Tĩnh cho rằng dự thảo đã sát."
    )
    assert roles["Trần Thị Mai"] == "ĐB"
    assert _roles("Đó là chia sẻ của ĐBQH Phạm Thị Lan – Phó Chủ nhiệm Ủy ban Kinh tế.") == {
        "Phạm Thị Lan": "ĐBQH, Phó Chủ nhiệm Ủy ban Kinh tế"
    }
