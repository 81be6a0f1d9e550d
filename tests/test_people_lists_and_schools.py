"""Two misreadings on a real page (giadinh.net.vn, a teacher's memoir of Mường Tè): a school named
after a hero read as a person, and a list of people in which the second one's position was read
as the first one's role after his comma."""

from __future__ import annotations

from summarize.briefing.people import extract_people


def test_a_school_named_after_a_person_by_its_type_is_no_person() -> None:
    sentence = (
        "Khi gặp tôi, hắn đã có 3 năm sống ở Hà Nội (học cấp 3 tại Trường Thiếu sinh quân Trần "
        "Quốc Tuấn) nhưng cái chất núi vẫn còn y nguyên."
    )
    assert [p.name for p in extract_people([sentence])] == []


def test_the_next_persons_position_is_not_the_role_after_a_comma() -> None:
    sentence = (
        "Còn những người anh hùng như thầy giáo Nguyễn Văn Bôn, cán bộ công an vũ trang (bộ đội "
        "biên phòng) Trần Văn Thọ, Tô Minh Điến… đã được người dân Mường Tè đặt tên cho những con "
        "dốc."
    )
    people = {p.name: p.role for p in extract_people([sentence])}
    assert people["Nguyễn Văn Bôn"] != "cán bộ công an vũ trang (bộ đội biên phòng) Trần Văn Thọ"
    assert "Trần Văn Thọ" in people


def test_a_role_after_a_comma_still_holds_a_body_named_after_a_person() -> None:
    sentence = (
        "Ông Lê Văn Hải, Hiệu trưởng Trường Đại học Nguyễn Tất Thành, cho biết trường sẽ tuyển "
        "thêm 500 sinh viên."
    )
    (head,) = extract_people([sentence])
    assert head.role == "Hiệu trưởng Trường Đại học Nguyễn Tất Thành"
