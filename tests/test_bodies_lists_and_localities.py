"""Bodies on the s9 and s10 batches' organisation errors, stop 37: a kind of body named once for a
list, a name that ends at its place, one body by its short name, and the party's members named by
level alone; each rule kept only when it lost on none of the four dev batches (bench/README.md,
"Stop 37, orgs")."""

from __future__ import annotations

import pytest

from summarize.briefing.organisations import extract_organisations


def test_a_kind_named_once_for_a_list_of_provinces_names_each_body() -> None:
    found = extract_organisations(
        ["Công an Hà Nội đã phối hợp với Công an các tỉnh Hưng Yên, Hải Dương và Thái Bình."]
    )
    assert set(found) >= {
        "Công an tỉnh Hưng Yên", "Công an tỉnh Hải Dương", "Công an tỉnh Thái Bình"
    }  # fmt: skip


def test_a_kind_named_once_for_a_list_of_fields_names_each_department() -> None:
    found = extract_organisations(
        [
            "UBND TP giao Sở QH-KT chủ trì, phối hợp với các Sở: Xây dựng, Giao thông vận tải, "
            "Kế hoạch và Đầu tư, Tư pháp, Viện Quy hoạch xây dựng Hà Nội nghiên cứu."
        ]
    )
    assert set(found) >= {
        "Sở Xây dựng", "Sở Giao thông vận tải", "Sở Kế hoạch và Đầu tư", "Sở Tư pháp"
    }  # fmt: skip


def test_a_list_of_levels_with_no_place_names_no_body() -> None:
    found = extract_organisations(["Bộ gửi văn bản tới UBND các tỉnh, thành phố trên toàn quốc."])
    assert not any(name.startswith("UBND") for name in found)


def test_a_name_ends_at_its_place_or_its_city_level() -> None:
    found = extract_organisations(
        [
            "Thành ủy bàn về nhiệm vụ của UBND Tp.Hà Nội thời gian tới.",
            "Bị can bị tạm giam tại Trại giam Công an TP nhập viện khiến dư luận quan tâm.",
        ]
    )
    assert "UBND Tp.Hà Nội" in found
    assert not any("thời gian" in name or "nhập viện" in name for name in found)


def test_a_body_by_its_city_level_alone_is_the_one_the_article_names_in_full() -> None:
    found = extract_organisations(
        ["UBND TP giao Sở Tư pháp chủ trì.", "Ông Hùng là Chủ tịch UBND thành phố Hà Nội."]
    )
    assert found == ("Sở Tư pháp", "UBND thành phố Hà Nội")


def test_a_city_level_alone_stays_when_the_article_names_no_city_body_in_full() -> None:
    assert "Công an TP" in extract_organisations(["Công an TP đã bắt giữ nghi phạm."])


def test_the_partys_members_named_by_a_level_alone_are_no_body() -> None:
    found = extract_organisations(
        ["Đảng bộ tỉnh cần tổ chức học tập.", "Ông biểu dương kết quả của Đảng bộ thành phố."]
    )
    assert found == ()


def test_a_place_glued_to_its_level_is_the_same_places_spelling() -> None:
    found = extract_organisations(
        ["UBND Tp.Hà Nội họp chiều nay.", "UBND thành phố Hà Nội cho biết."]
    )
    assert len(found) == 1


def test_a_ministrys_field_in_lower_case_after_a_capitalised_kind_names_it() -> None:
    found = extract_organisations(
        [
            "Phó Thủ tướng, Bộ trưởng Bộ ngoại giao Phạm Bình Minh dự lễ.",
            "Theo số liệu do Bộ nội vụ cung cấp, ông giành 50,3%.",
        ]
    )
    assert set(found) == {"Bộ ngoại giao", "Bộ nội vụ"}


def test_a_field_after_a_lower_case_kind_names_no_body() -> None:
    assert extract_organisations(["Cần đưa bệnh nhân tới các cơ sở y tế kịp thời."]) == ()


def test_the_high_tech_crime_department_is_named_whole_in_either_spelling() -> None:
    found = extract_organisations(
        [
            "Cục Cảnh sát phòng, chống tội phạm sử dụng công nghệ cao vào cuộc.",
            "Cục Cảnh sát phòng chống tội phạm sử dụng công nghệ cao cho biết.",
        ]
    )
    assert found == ("Cục Cảnh sát phòng chống tội phạm sử dụng công nghệ cao",)


@pytest.mark.parametrize(
    "sentence",
    [
        "Đối tượng tạm ứng 24,3 tỉ đồng từ phòng ngân quỹ hội sở Saigonbank để nạp tiền.",
        "Nguyễn Văn A, nguyên Giám đốc Hội sở Oceanbank, bị truy tố.",
    ],
)
def test_headquarters_are_premises_not_a_body(sentence: str) -> None:
    assert extract_organisations([sentence]) == ()


def test_a_branch_goes_on_its_banks_name_and_is_another_body() -> None:
    found = extract_organisations(
        [
            "Ngân hàng Nhà nước (NHNN) ban hành thông tư.",
            "Ngân hàng Nhà nước chi nhánh tỉnh Khánh Hòa trao tặng mỗi em 1 sổ tiết kiệm.",
            "Bị cáo Phước, Phó Giám đốc NHNN chi nhánh Long An, lãnh 2 năm tù.",
        ]
    )
    assert set(found) == {
        "Ngân hàng Nhà nước", "Ngân hàng Nhà nước chi nhánh tỉnh Khánh Hòa", "NHNN chi nhánh Long An"
    }  # fmt: skip


def test_a_short_name_inside_another_bodys_name_is_not_that_body() -> None:
    found = extract_organisations(
        [
            "Ngân hàng Nhà nước (NHNN) ban hành thông tư.",
            "Ông Thanh, Chánh Thanh tra NHNN tỉnh Long An, lãnh 2 năm tù.",
            "Tổ chức SRI cho biết.",
        ]
    )
    assert "Thanh tra NHNN tỉnh Long An" in found


def test_lower_case_words_do_not_carry_a_name_past_the_place_that_ended_it() -> None:
    found = extract_organisations(["ĐT Argentina chốt danh sách dự Copa America."])
    assert found == ("ĐT Argentina",)
