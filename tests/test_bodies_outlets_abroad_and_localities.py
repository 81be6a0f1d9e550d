"""Bodies on articles nobody tuned on (session 7, dev batch s7): news outlets the article only
cites, international bodies named with no kind word, localities and schools whose names read
like a person's, and the office a position names (bench/README.md, "Session 7, bodies")."""

from __future__ import annotations

import pytest

from summarize.briefing.organisations import extract_organisations


@pytest.mark.parametrize(
    "sentence",
    [
        "Trước đó, báo Người Đưa Tin đã phản ánh, chị Nhiêu từ tỉnh Kon Tum xuống TP.",
        "Theo báo VietNamNet, người được hỏi chuyện là Giám đốc Lâm Nguyễn Hải Long.",
        "Trao đổi trên báo Đất Việt, ông Quyền cho biết như vậy.",
        "Theo nguồn tin từ báo Người lao động, ngày 2/9, ông Hùng cho biết.",
        "Báo Người Đưa Tin sẽ tiếp tục thông tin.",
        "Trả lời phỏng vấn phóng viên TTXVN bên lề kỳ họp, ông Quyền cho rằng ngân sách khó.",
        "(Ảnh: Phương Hoa/TTXVN)",
        "Thu Hà (TTXVN)",
    ],
)
def test_an_outlet_the_article_cites_is_no_party(sentence: str) -> None:
    assert extract_organisations([sentence]) == ()


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Báo Nhân Dân tổ chức hội thảo về kinh tế.", "Báo Nhân Dân"),
        ("TTXVN và ITAR-TASS ký thỏa thuận hợp tác.", "TTXVN"),
        (
            "Đoàn do Trưởng ban Đối ngoại Đảng Cộng sản Pháp dẫn đầu.",
            "Ban Đối ngoại Đảng Cộng sản Pháp",
        ),
    ],
)
def test_an_outlet_or_a_body_acting_is_still_one(sentence: str, name: str) -> None:
    assert name in extract_organisations([sentence])


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("Bùi Quang Huy đã bị Interpol đưa vào danh sách truy nã đỏ.", ("Interpol",)),
        ("Mỏ khí đang do các tay súng IS kiểm soát.", ("IS",)),
        ("Quân đội Syria tiếp tục có những bước tiến mới.", ("Quân đội Syria",)),
        ("Nga ủng hộ Ấn Độ vào Hội đồng bảo an LHQ.", ("Hội đồng bảo an LHQ",)),
        ("Montenegro trở thành thành viên NATO.", ()),  # a membership, not a party acting
        ("Bà giảng dạy tại LHQ nhiều năm.", ()),
    ],
)
def test_an_international_body_named_with_no_kind_word(
    sentence: str, names: tuple[str, ...]
) -> None:
    assert extract_organisations([sentence]) == names


def test_an_embassy_is_a_body_and_an_ambassador_is_not() -> None:
    sentence = (
        "Buổi họp báo có sự tham dự của Đại sứ Việt Nam tại Thổ Nhĩ Kỳ, đại diện Đại sứ quán "
        "Thổ Nhĩ Kỳ tại Việt Nam."
    )
    assert extract_organisations([sentence]) == ("Đại sứ quán Thổ Nhĩ Kỳ",)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Chiều 11/4, Công an quận Hoàng Mai (Hà Nội) cho biết như vậy.", "Công an quận Hoàng Mai"),
        ("Công an xã Triệu Trạch đã tạm giữ đối tượng.", "Công an xã Triệu Trạch"),
        ("Hiệu trưởng trường THCS Trần Phú thông tin về vụ việc.", "Trường THCS Trần Phú"),
        ("Giám đốc Bệnh viện Chợ Rẫy Nguyễn Tri Thức cho biết.", "Bệnh viện Chợ Rẫy"),
    ],
)
def test_a_locality_or_a_school_named_like_a_person_is_named_whole(
    sentence: str, name: str
) -> None:
    assert extract_organisations([sentence]) == (name,)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Ông Phong, Chánh văn phòng VKSND TP. HCM, xác nhận vụ việc.", "VKSND TP. HCM"),
        ("Trung tướng Lương Tam Quang, Chánh Văn phòng bộ Công an cho biết.", "Bộ Công an"),
    ],
)
def test_the_office_a_position_names_serves_the_body_after_it(sentence: str, name: str) -> None:
    assert extract_organisations([sentence]) == (name,)


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("Phương án tái cơ cấu được Chính phủ chấp nhận về mặt chủ trương.", ("Chính phủ",)),
        ("Mức bội chi đã được Quốc hội quyết định.", ("Quốc hội",)),
        ("Ông Bình đã ký tờ trình trình Chính phủ phương án tái cơ cấu.", ("Chính phủ",)),
        ("Việc này theo Nghị định 134 của Chính phủ.", ()),  # a law's author, in passing
    ],
)
def test_the_national_body_that_decides_is_a_party(sentence: str, names: tuple[str, ...]) -> None:
    assert extract_organisations([sentence]) == names


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "Ông Nguyễn Đình Quyền, Đoàn đại biểu Quốc hội Hà Nội cho rằng ngân sách khó.",
            "Đoàn đại biểu Quốc hội Hà Nội",
        ),
        ("Ông Nguyễn Đình Khang, Bí thư tỉnh ủy tỉnh Hà Nam cho biết.", "Tỉnh ủy tỉnh Hà Nam"),
        (
            "Thiếu tướng Hồ Sỹ Tiến, Cục trưởng Cục Cảnh sát điều tra tội phạm về trật tự xã hội"
            " (C45) đã báo cáo.",
            "Cục Cảnh sát điều tra tội phạm về trật tự xã hội",
        ),
        (
            "Đây là số liệu được Tổng cục Cảnh sát phòng, chống tội phạm (Bộ Công an) đưa ra.",
            "Tổng cục Cảnh sát phòng, chống tội phạm",
        ),
        (
            "Vào ngày 5/12, toà phúc thẩm TAND Cấp cao tại TP. HCM sẽ đưa vụ án ra xét xử.",
            "TAND Cấp cao tại TP. HCM",
        ),
        (
            "Cục Quản lý cạnh tranh (Bộ Công Thương) vừa công bố danh sách.",
            "Cục Quản lý cạnh tranh",
        ),
        ("Theo đó, Đội Phòng chống ma túy đã bắt giữ đối tượng.", "Đội Phòng chống ma túy"),
    ],
)
def test_a_body_named_in_lower_case_words_is_named_whole(sentence: str, name: str) -> None:
    assert name in extract_organisations([sentence])


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("Bộ Y tế bất bình trước sự việc.", ("Bộ Y tế",)),  # a state, not what the body does
        ("Ông P. báo cáo huyện ủy về vụ việc.", ()),  # a committee with no name of its own
    ],
)
def test_a_lower_case_word_after_a_name_still_ends_it(
    sentence: str, names: tuple[str, ...]
) -> None:
    assert extract_organisations([sentence]) == names
