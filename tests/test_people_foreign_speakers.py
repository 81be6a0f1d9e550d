"""A foreign speaker the press names with no title is found by the verb after the name. The verbs
were five, with one tense word between; a person also "cho rằng", "trả lời", "tiết lộ", with
"thì" or "cũng đã" between (stop 42: s10 "Jixun Foo cho rằng", s9 "- Ammar al-Asad trả lời")."""

from __future__ import annotations

from summarize.briefing.people import extract_people


def _names(*sentences: str) -> list[str]:
    return [p.name for p in extract_people(sentences)]


def test_a_foreign_name_before_a_verb_a_person_says_with_is_a_speaker() -> None:
    assert "Jixun Foo" in _names("Nói về Jean Liu, Jixun Foo cho rằng: “Cô ấy là phép cộng”.")


def test_two_particles_may_stand_between_the_name_and_the_verb() -> None:
    assert "Sophie Turner" in _names("Sophie Turner cũng đã phát biểu với EW rằng cô sẵn lòng.")
    assert "Thomas Mueller" in _names("Thomas Mueller thì nói: “Trận đấu rất khó”.")


def test_a_speaker_after_a_dash_keeps_the_position_before_it() -> None:
    said = "Người đứng đầu ủy ban ngoại giao Syria - Ammar al-Asad trả lời phỏng vấn hãng tin RT."
    people = {p.name: p.role for p in extract_people([said])}
    assert people.get("Ammar al-Asad") == "Người đứng đầu ủy ban ngoại giao Syria"


def test_a_bank_that_confirms_is_no_speaker() -> None:
    assert "Wells Fargo" not in _names("Wells Fargo xác nhận đã đóng tài khoản này.")
