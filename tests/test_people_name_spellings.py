"""Names the people rules could not spell (issue 23, the s9 and s10 batches): a family name no
list held ("Lữ"), and lower-case particles inside a foreign name ("Van der Bellen", "Bandar bin
Sultan", "Turki al-Faisal"), which cut the name at its first word ("Hoàng tử Bandar")."""

from __future__ import annotations

from summarize.briefing.people import extract_people


def people(*sentences: str) -> dict[str, str | None]:
    return {p.name: p.role for p in extract_people(sentences)}


def test_lu_is_a_family_name() -> None:
    found = people(
        "Trong buổi trao thưởng, Bí thư Huyện uỷ Lữ Đình Thi cũng đề nghị cán bộ cố gắng."
    )
    assert found == {"Lữ Đình Thi": "Bí thư Huyện uỷ"}


def test_a_particle_inside_a_foreign_name() -> None:
    assert people("Hoàng tử Bandar bin Sultan nói với các nhà ngoại giao châu Âu.") == {
        "Bandar bin Sultan": "Hoàng tử"
    }
    assert people("Trong bài phát biểu, Hoàng tử Turki al-Faisal gọi chính sách là đáng tiếc.") == {
        "Turki al-Faisal": "Hoàng tử"
    }
    assert "Alexander Van der Bellen" in people(
        "Ông Alexander Van der Bellen đã giành chiến thắng sít sao."
    )


def test_a_particle_with_no_capital_after_it_ends_the_name() -> None:
    """ "de" before a lower-case word is the Vietnamese text going on, not a name."""
    assert "Jose Meade" in people("Ông Jose Meade de nghị hai bên hợp tác.")
    assert "Jose Meade de" not in people("Ông Jose Meade de nghị hai bên hợp tác.")
