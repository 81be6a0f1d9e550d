"""Two phrases that tell who a named person is to the article, found across the s8-s10 errors of
stop 41: a relative named only through a kin noun ("con trai của GS …", "cha ông là Nhật hoàng
…") is background, not one of the article's people; a position linked to its holder by "là"
("CEO Apple là Tim Cook", "HLV hiện tại là Deila") names that holder."""

from __future__ import annotations

from summarize.briefing.people import extract_people, find_people


def _names(*sentences: str) -> set[str]:
    return {p.name for p in extract_people(sentences)}


def _roles(sentence: str) -> dict[str, str | None]:
    return {p.name: p.role for p in extract_people([sentence])}


def test_a_forebear_named_after_a_kin_noun_is_no_person_of_the_article() -> None:
    names = _names("Ông Trần Văn Long, con trai của GS Trần Văn Hiếu, phát biểu tại hội nghị.")
    assert names == {"Trần Văn Long"}


def test_a_title_may_stand_between_the_kin_noun_and_the_name() -> None:
    sentence = "Ứng viên Rahul Gandhi là cháu trai của Thủ tướng Indira Gandhi."
    assert "Indira Gandhi" not in _names(sentence)


def test_a_parent_named_after_la_is_background() -> None:
    sentence = "Nhật hoàng Akihito lên ngôi sau khi cha ông là Nhật hoàng Hirohito qua đời."
    assert _names(sentence) == {"Akihito"}


def test_the_relative_is_kept_apart_so_no_other_reader_adds_it_back() -> None:
    found = find_people(["Chị Lan là con gái của Tổng giám đốc Nguyễn Văn Bình."])
    assert [p.name for p in found.possessors] == ["Nguyễn Văn Bình"]


def test_a_relative_who_also_acts_in_the_article_stays() -> None:
    names = _names(
        "Chị Lan là con gái của ông Nguyễn Văn Bình.",
        "Ông Nguyễn Văn Bình cho biết công ty sẽ mở rộng sản xuất.",
    )
    assert "Nguyễn Văn Bình" in names


def test_a_visit_of_a_president_names_the_visitor() -> None:
    # "của" alone is no kin: the visitor of "chuyến thăm của …" is one of the article's people
    assert "Barack Obama" in _names("Chuyến thăm của Tổng thống Mỹ Barack Obama bắt đầu hôm nay.")


def test_a_position_linked_by_la_names_its_holder() -> None:
    roles = _roles("Thỏa thuận giữa hãng và CEO Google là Sundar Pichai được ký hôm qua.")
    assert roles["Sundar Pichai"] == "CEO Google"


def test_a_single_foreign_name_after_la_holds_the_position() -> None:
    roles = _roles("Trước đó HLV hiện tại là Ronny đã quyết định rời đội bóng.")
    assert roles["Ronny"] == "HLV hiện tại"


def test_a_stated_real_name_is_no_holder() -> None:
    roles = _roles("Ca sỹ Aslan tên thật là Erdem Aslan, sinh năm 1987.")
    assert not any(role and "tên" in role for role in roles.values())


def test_a_position_that_is_said_to_be_someone_names_no_one() -> None:
    assert _names("Giám đốc Sở là người chịu trách nhiệm chính.") == set()
