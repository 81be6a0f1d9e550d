"""Two kinds of body the lists lacked, stop 40 (orgs): a publishing house ("NXB", "Nhà xuất
bản"), and a bank's branch named after its brand with "Chi nhánh" capitalised (bench/README.md,
"Stop 40, orgs")."""

from __future__ import annotations

from summarize.briefing.organisations import extract_organisations


def test_a_publisher_is_a_body() -> None:
    found = extract_organisations(["Sách có bìa cứng, in màu toàn bộ, do NXB Hồng Đức ấn hành."])
    assert found == ("NXB Hồng Đức",)


def test_a_banks_branch_after_its_brand_is_a_body() -> None:
    found = extract_organisations(
        ["Công ty đã gửi tiền có kỳ hạn và không kỳ hạn tại Oceanbank Chi nhánh Quảng Ngãi."]
    )
    assert "Oceanbank Chi nhánh Quảng Ngãi" in found


def test_a_brand_before_a_lower_case_branch_word_with_no_place_is_none() -> None:
    found = extract_organisations(["Khách hàng có thể đến Oceanbank chi nhánh gần nhất."])
    assert "Oceanbank chi nhánh" not in found
