"""Stop 44 (orgs): a body a person founded is their background (rule F1); a police force's staff
office is the force's voice, the force is the body (P1); "nào" after a body's name makes it any
body of that kind (N1); a lower-case unit word opens a police unit's name (D1); the issuer of the
securities traded is the deal's object (Q1); a body a person led before is their background (B3)."""

from __future__ import annotations

import pytest

from summarize.briefing.organisations import extract_organisations


@pytest.mark.parametrize(
    "sentence",
    [
        # F1: what a person founded, named as their background
        "Jean Liu cũng chính là con gái của Liu Chuanzhi – nhà sáng lập hãng máy tính Lenovo.",
        # Q1: the issuers of the shares bought
        "Ngọc đã ký duyệt mua 4 triệu cổ phần tăng vốn điều lệ của công ty Cổ phần thép Hưng "
        "Thịnh, duyệt mua 623 ngàn cổ phiếu của công ty Chương Dương.",
        # B3: the party a president-elect led before
        "Ông đã từng lãnh đạo Đảng Xanh trong nhiều thập kỷ và là nhà hoạt động vì môi trường.",
        # N1: any health department, none named
        "Chưa có việc kỷ luật cách chức một Chánh Thanh tra, GĐ Sở Y tế nào do không làm tròn "
        "trách nhiệm?",
    ],
)
def test_a_founded_body_and_any_body_of_a_kind_are_no_parties(sentence: str) -> None:
    assert extract_organisations([sentence]) == ()


@pytest.mark.parametrize(
    ("sentences", "body"),
    [
        # F1: the founder's body acts elsewhere in the article: listed
        (["Ông thân cận với người sáng lập Taliban.", "Taliban xác nhận tin này."], "Taliban"),
        # Q1: the buyer of the shares acts; the contract's counterparty after "cho" is left
        (["Tập đoàn ANA mua 8,8% cổ phần của Vietnam Airlines."], "Tập đoàn ANA"),
        (["Ngọc ký 3 hợp đồng mua bán chứng khoán có kỳ hạn cho công ty Kiến Quân."],
         "Công ty Kiến Quân"),
        # F1: the verb "sáng lập" is no founder's noun
        (["Chủ tịch Hồ Chí Minh đã tham gia sáng lập Đảng Cộng sản Pháp."],
         "Đảng Cộng sản Pháp"),
    ],
)  # fmt: skip
def test_a_founder_s_body_that_acts_stays(sentences: list[str], body: str) -> None:
    assert body in extract_organisations(sentences)


@pytest.mark.parametrize(
    ("sentence", "bodies"),
    [
        # P1: the staff office glued to its force, and before a comma
        ("Trung tá Trần Hướng Nam, Phó trưởng phòng Tham mưu Công an tỉnh Nghệ An cho biết, kẻ bị "
         "tiêu diệt là Súa.", ("Công an tỉnh Nghệ An",)),
        ("Chiều tối 5/7, Đại tá Nguyễn Đức Dũng, Trưởng phòng Tham mưu, Công an TP Đà Nẵng đã "
         "thông tin chính thức.", ("Công an TP Đà Nẵng",)),
        # D1: the unit word opens the name, so one unit is one body
        ("Đồng chí Đoàn Văn Tiến, Phó trưởng phòng Cảnh sát điều tra tội phạm về trật tự xã hội, "
         "số 0989.001.977; đồng chí Trịnh Văn Phong, Đội trưởng đội 3, phòng Cảnh sát điều tra tội "
         "phạm về trật tự xã hội, số 0984.299.838.",
         ("Phòng Cảnh sát điều tra tội phạm về trật tự xã hội",)),
        ("Đội Cảnh sát hình sự Công an quận Đống Đa đã triệu tập đối tượng.",
         ("Đội Cảnh sát hình sự Công an quận Đống Đa",)),
        ("Vào cuộc điều tra, đội Cảnh sát hình sự Công an quận Đống Đa đã triệu tập đối tượng.",
         ("Đội Cảnh sát hình sự Công an quận Đống Đa",)),
        # D1: a branch in general stays no body
        ("Lực lượng đội Cảnh sát giao thông đã có mặt.", ()),
    ],
)  # fmt: skip
def test_a_force_s_office_and_units_are_named_whole(sentence: str, bodies: tuple[str, ...]) -> None:
    assert extract_organisations([sentence]) == bodies
