"""A Vietnamese name is read from its family name, and the list lacked some that the press uses for
people who act: rarer Kinh family names ("Nghiêm", "Đậu", "Mã") and those of the Thái and Hmong
("Lường", "Xồng"). A suspect, a witness or an official with one was missed unless the span
tagger saw the name twice (stop 42: s9 "cựu lãnh đạo Đài Loan Mã Anh Cửu", s10 "Xồng Nhìa Nênh")."""

from __future__ import annotations

from summarize.briefing.people import extract_people


def _people(*sentences: str) -> dict[str, str | None]:
    return {p.name: p.role for p in extract_people(sentences)}


def test_a_hmong_name_with_no_title_is_a_person() -> None:
    people = _people(
        "Tại trụ sở, 2 đối tượng được làm rõ là Xồng Nhìa Nênh (SN 1974) và Lò Văn Hạ (SN 1980)."
    )
    assert "Xồng Nhìa Nênh" in people


def test_a_rarer_kinh_family_name_after_a_position_is_its_holder() -> None:
    people = _people("Bà Thái Anh Văn xuất hiện cùng cựu lãnh đạo Đài Loan Mã Anh Cửu.")
    assert people.get("Mã Anh Cửu") == "cựu lãnh đạo Đài Loan"


def test_a_thai_family_name_opens_a_speaker() -> None:
    people = _people("Lường Văn Hùng, Trưởng bản Na Hưng, cho biết cả bản đã đi tìm.")
    assert people.get("Lường Văn Hùng") == "Trưởng bản Na Hưng"


def test_a_place_opening_with_a_family_name_left_out_is_no_person() -> None:
    people = _people("Bệnh nhân được chuyển lên Bệnh viện Bạch Mai Hà Nội điều trị.")
    assert not people
