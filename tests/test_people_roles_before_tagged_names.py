"""A person only the span tagger found (it reads names, never roles) takes the occupation,
position or performer's title said right before the same name: the rules read none before a
stage name ("ca sĩ Quang Hà"), which alone they would take for a body or a place as often as
for a person (stop 41, s8-s10 and dev-115 errors)."""

from __future__ import annotations

from summarize.briefing.people import with_roles_before
from summarize.models import Person


def _role(name: str, *sentences: str) -> str | None:
    (person,) = with_roles_before(sentences, [Person(name, None)])
    return person.role


def test_a_performers_title_before_a_stage_name_is_its_role() -> None:
    sentences = ("Hợp đồng được ký hôm qua.", "Vụ việc liên quan đến nhà của ca sĩ Quang Hà.")
    assert _role("Quang Hà", *sentences) == "ca sĩ"


def test_an_occupation_before_a_tagged_name_is_its_role() -> None:
    assert _role("Vĩnh Khương", "Đạo diễn Vĩnh Khương chia sẻ về bộ phim.") == "Đạo diễn"


def test_a_title_before_a_single_foreign_name_is_its_role() -> None:
    assert _role("Adele", "Ngay sau đó, nữ ca sĩ Adele ký hợp đồng với Sony.") == "nữ ca sĩ"


def test_a_plural_list_head_gives_no_role() -> None:
    assert _role("Minh Tiệp", "Đêm nhạc có các diễn viên Minh Tiệp, Thu Trang.") is None


def test_a_name_with_no_title_before_it_keeps_none() -> None:
    assert _role("Quang Hà", "Quang Hà cho biết anh sẽ kháng cáo.") is None


def test_a_role_already_found_is_kept() -> None:
    (person,) = with_roles_before(["ca sĩ Quang Hà"], [Person("Quang Hà", None, "nhạc sĩ")])
    assert person.role == "nhạc sĩ"
