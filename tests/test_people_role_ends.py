"""Where a person's role ends and whose it is, on phrasings read off the dev gold's errors:
a position right after a titled name is that name's apposition, and a performer's title with a
stage name after a name's comma opens the next person, not the first one's role."""

from __future__ import annotations

from summarize.briefing.people import extract_people, find_people
from summarize.models import Person


def _roles(*sentences: str) -> dict[str, str | None]:
    return {p.name: p.role for p in extract_people(list(sentences))}


def test_a_position_after_a_titled_name_is_its_apposition_not_a_new_holder() -> None:
    roles = _roles(
        "“Chúng tôi có hợp đồng đóng 30 tàu”, ông Chris Allard, chủ tịch Metal Shark khi thăm "
        "cơ sở ở Franklin, cho hay."
    )
    assert "Metal Shark" not in roles
    assert roles["Chris Allard"] == "chủ tịch Metal Shark"


def test_a_body_named_after_a_journalists_position_is_no_person() -> None:
    roles = _roles("Dự buổi họp báo có nhà báo Hồng Thanh Quang, Tổng biên tập báo Đại Đoàn Kết.")
    assert "Đoàn Kết" not in roles
    assert roles["Hồng Thanh Quang"] == "Tổng biên tập báo Đại Đoàn Kết"


def test_a_performer_named_after_a_comma_is_the_next_person_not_the_role() -> None:
    roles = _roles("Nhạc sĩ Nguyễn Đức Cường, ca sĩ Mỹ Tâm và ban nhạc đã có mặt.")
    assert roles["Nguyễn Đức Cường"] == "Nhạc sĩ"


def test_a_term_of_office_is_not_part_of_the_role() -> None:
    roles = _roles(
        "Đại diện cơ quan công tố cho rằng Nguyễn Kiến Quốc (giám đốc TTKDT từ tháng 8/2013 đến "
        "tháng 12/2016) không thường xuyên kiểm tra.",
        "Ông Nguyễn Kiến Quốc, Giám đốc TTKDT từ năm 2013, cho biết đã ký.",
    )
    assert (roles["Nguyễn Kiến Quốc"] or "").casefold() == "giám đốc ttkdt"


def test_a_body_of_the_position_that_the_tagger_reads_as_a_verb_does_not_end_it() -> None:
    roles = _roles(
        "Đến dự có nhà báo Nguyễn Quang Thông – Phó chủ tịch Ủy ban Trung Ương hội Liên hiệp "
        "Thanh Niên Việt Nam, Tổng Biên tập Báo Thanh Niên."
    )
    assert "hội Liên hiệp Thanh Niên Việt Nam" in (roles["Nguyễn Quang Thông"] or "")


def test_the_comma_of_phong_chong_does_not_end_a_role() -> None:
    roles = _roles(
        "Chuyên án do Đại tá Nguyễn Chí Tý, Trưởng phòng Phòng, chống ma tuý và tội phạm Bộ đội "
        "Biên phòng Nghệ An làm Trưởng ban."
    )
    assert "chống ma tuý" in (roles["Nguyễn Chí Tý"] or "")


def test_the_name_after_a_companys_kind_is_the_companys_not_its_holder() -> None:
    roles = _roles(
        "Trong quá trình làm ăn với ông Quốc, Hoàng Anh đứng tên Giám đốc công ty Mai Anh.",
        "Công ty Mai Anh do Nguyễn Thuỵ Hoàng Anh làm Giám đốc.",
    )
    assert "Mai Anh" not in roles


def test_a_headline_gives_its_position_to_a_person_the_text_names_without_one() -> None:
    text = ["Phản hồi ý kiến người dân, ông Nguyễn Đức Chung cho biết thành phố sẽ nghiên cứu."]
    headline = ["3 giờ đối thoại của Chủ tịch Nguyễn Đức Chung với dân chặn xe chở rác"]
    people = {p.name: p.role for p in extract_people(text, headline)}
    assert people == {"Nguyễn Đức Chung": "Chủ tịch"}


def test_a_headline_names_nobody_the_text_does_not() -> None:
    text = ["Phản hồi ý kiến người dân, ông Nguyễn Đức Chung cho biết thành phố sẽ nghiên cứu."]
    headline = ["Bộ trưởng Trần Hồng Hà làm việc với Hà Nội"]
    assert [p.name for p in extract_people(text, headline)] == ["Nguyễn Đức Chung"]


def test_a_name_another_reader_finds_takes_the_occupation_said_before_it() -> None:
    found = find_people(
        [
            "Theo đó, đạo diễn Ken Loach đã chiến thắng và giành Cành cọ vàng thứ 2.",
            "Phim có doanh thu cao nhất của Ken Loach.",
        ]
    )
    assert found.people == ()  # an occupation alone finds no one
    added = found.roles_for(
        [Person("Ken Loach", None, None, None), Person("Cillian Murphy", None, None, None)]
    )
    assert [(p.name, p.role) for p in added] == [
        ("Ken Loach", "đạo diễn"),
        ("Cillian Murphy", None),
    ]
