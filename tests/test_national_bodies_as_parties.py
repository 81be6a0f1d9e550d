"""National bodies as the gold's O3 lists them, stop 39 (orgs): the Assembly named only in an
election holds nothing in it, and the government acts through its head named in his title
(bench/README.md, "Stop 39, orgs")."""

from __future__ import annotations

from summarize.briefing.organisations import extract_organisations


def test_the_assembly_named_in_an_election_is_no_party() -> None:
    found = extract_organisations(
        [
            "Ủy ban bầu cử tỉnh cho biết công tác chuẩn bị cho cuộc bầu cử đại biểu Quốc hội khóa"
            " XIV đã hoàn tất.",
            "Toàn tỉnh có 3 đơn vị bầu cử để bầu 7 đại biểu Quốc hội.",
        ]
    )
    assert "Quốc hội" not in found


def test_a_deputy_of_the_assembly_still_names_it() -> None:
    found = extract_organisations(
        ["Ông Đỗ Kim Tuyến - đại biểu Quốc hội TP Hà Nội, phát biểu tại phiên thảo luận."]
    )
    assert any(name.startswith("Quốc hội") for name in found)


def test_the_government_acts_through_its_premier() -> None:
    found = extract_organisations(
        ["Thủ tướng Chính phủ Nguyễn Xuân Phúc đã đến dự Lễ khởi công dự án chăn nuôi bò sữa."]
    )
    assert "Chính phủ" in found


def test_a_title_without_its_holder_named_still_leaves_the_government_out() -> None:
    found = extract_organisations(["Dự án đã được Thủ tướng Chính phủ phê duyệt từ năm ngoái."])
    assert "Chính phủ" not in found
