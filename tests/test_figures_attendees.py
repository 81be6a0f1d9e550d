"""A count in a sentence that opens on who attends ("Tham dự Hội nghị có …", "Chứng kiến buổi lễ
còn có …") counts attendees: its own noun phrase, then the verb and the event (read off s10's
"chứng kiến buổi lễ còn có … 10 sứ quán", gold "sứ quán các nước ASEAN chứng kiến buổi lễ", and
dev-115's "Tham dự Hội nghị có … gần 1.000 bác sĩ", gold "bác sĩ tham dự hội nghị"; bench/README.md,
stop 42)."""

from __future__ import annotations

from summarize.briefing.facts import extract_facts


def _labels(sentence: str) -> dict[str, str | None]:
    return {f.text: f.label for f in extract_facts([sentence])}


def test_doctors_at_a_conference_attend_it() -> None:
    """ "Tham dự Hội nghị có các chuyên gia … cùng gần 1.000 bác sĩ từ các bệnh viện"."""
    sentence = (
        "Tham dự Hội nghị có các chuyên gia đầu ngành cùng gần 1.000 bác sĩ từ các bệnh viện."
    )
    assert _labels(sentence)["1.000 bác sĩ"] == "bác sĩ từ các bệnh viện tham dự Hội nghị"


def test_witnesses_of_a_ceremony_after_an_adverbial() -> None:
    """ "Ngoài ra, chứng kiến buổi lễ còn có … 10 sứ quán của 10 nước ASEAN"."""
    sentence = (
        "Ngoài ra, chứng kiến buổi lễ còn có đại diện sứ quán 15 nước, trong đó có 10 sứ quán."
    )
    assert _labels(sentence)["10 sứ quán"] == "sứ quán chứng kiến buổi lễ"


def test_a_project_is_no_attending() -> None:
    """ "Dự án này có 20 căn hộ": "Dự án" is a project, nobody attends."""
    assert "dự án" in (_labels("Dự án này có 20 căn hộ cao cấp.")["20 căn hộ"] or "")
