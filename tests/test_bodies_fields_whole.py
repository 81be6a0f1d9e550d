"""Names whole, stop 39 (orgs): a ministry's field, the issue's "Sở Tài" cut where the field
opens with a capital and goes on in lower case or is written without its "và"; a company's name
after its legal form, though it reads as a person's (bench/README.md, "Stop 39, orgs")."""

from __future__ import annotations

from summarize.briefing.organisations import extract_organisations

SUMMONED = "Việc Grab yêu cầu triệu tập đại diện bộ Giao thông vận tải là không cần thiết."


def test_a_field_capitalised_only_on_its_first_word_is_read_whole() -> None:
    assert extract_organisations([SUMMONED]) == ("Bộ Giao thông vận tải",)


def test_the_whole_field_and_its_acronym_are_one_body() -> None:
    found = extract_organisations(
        [SUMMONED, "Hành vi này đã vi phạm các quy định trong “Đề án 24” của bộ GTVT."]
    )
    assert len(found) == 1


def test_a_field_written_without_its_and_is_read_whole() -> None:
    found = extract_organisations(["Đại diện Sở Tài nguyên môi trường TP.HCM cho biết như vậy."])
    assert found == ("Sở Tài nguyên môi trường TP.HCM",)


def test_lower_case_kinds_listing_fields_name_no_body() -> None:
    assert extract_organisations(["Các bộ tài chính, y tế họp bàn về dự thảo."]) == ()


def test_a_companys_name_after_its_legal_form_is_no_persons() -> None:
    found = extract_organisations(
        ["Bị cáo đã sử dụng công ty TNHH Ninh Thịnh, công ty TNHH TMTP Sao VN để rút tiền."]
    )
    assert "Công ty TNHH Ninh Thịnh" in found
