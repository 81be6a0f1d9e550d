"""An occupation after a count is the group a sentence speaks of, not a standing: the name after
the next comma does not take it as its role (s8: "nói chuyện với 500 sinh viên về việc bảo vệ tê
giác, Paul Blackthorne mặc áo phông …" gave the actor the role "sinh viên về việc bảo vệ tê giác")."""

from __future__ import annotations

from summarize.briefing.people import extract_people


def _roles(sentence: str) -> dict[str, str | None]:
    return {p.name: p.role for p in extract_people([sentence])}


def test_students_counted_before_a_comma_are_nobodys_role() -> None:
    sentence = (
        "Xuất hiện tại Trường đại học Thăng Long và nói chuyện với 500 sinh viên về việc bảo vệ "
        "tê giác, Nguyễn Văn An mặc áo phông in hình tê giác."
    )
    assert _roles(sentence) == {"Nguyễn Văn An": None}


def test_a_plural_word_counts_a_group_too() -> None:
    sentence = "Gặp gỡ những bác sĩ trẻ của bệnh viện tỉnh, Trần Thị Bình chia sẻ kinh nghiệm."
    assert _roles(sentence) == {"Trần Thị Bình": None}


def test_an_uncounted_position_before_the_comma_is_still_the_holders() -> None:
    sentence = "Giám đốc Sở Y tế, Nguyễn Văn An cho biết bệnh viện đã sẵn sàng."
    assert _roles(sentence) == {"Nguyễn Văn An": "Giám đốc Sở Y tế"}
