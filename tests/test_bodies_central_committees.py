"""A central committee's name whole, stop 40 (orgs): the lower-case kind of the body whose
central committee it is belongs to the name after "trung ương" in any case (bench/README.md,
"Stop 40, orgs")."""

from __future__ import annotations

from summarize.briefing.organisations import extract_organisations

SPEAKER = (
    "Ông Nguyễn Quang Thông, Phó chủ tịch Ủy ban Trung Ương hội Liên hiệp Thanh Niên Việt Nam, "
    "phát biểu tại lễ khai mạc."
)


def test_the_committee_of_the_youth_union_is_one_name() -> None:
    found = extract_organisations([SPEAKER])
    assert found == ("Ủy ban Trung Ương hội Liên hiệp Thanh Niên Việt Nam",)


def test_a_lower_case_central_committee_stays_whole() -> None:
    found = extract_organisations(["Ông là Phó Chủ tịch Ủy ban trung ương đảng Lao động."])
    assert found == ("Ủy ban trung ương đảng Lao động",)
