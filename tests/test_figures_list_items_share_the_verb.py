"""A later item of a list of things one verb acts on keeps that verb (read off s10's seizure
lists, where the gold writes "đạn thu giữ"; bench/README.md, stop 41)."""

from __future__ import annotations

from summarize.briefing.facts import extract_facts


def _labels(sentence: str) -> dict[str, str | None]:
    return {f.text: f.label for f in extract_facts([sentence])}


def test_every_seized_item_is_what_was_seized() -> None:
    """ "12 viên đạn" is what was seized, as "3 bánh heroin" is, not bullets anywhere."""
    labels = _labels(
        "Tại hiện trường, lực lượng thu giữ 3 bánh heroin, 12.000 viên ma tuý tổng hợp, "
        "12 viên đạn, 2 quả lựu đạn."
    )
    assert labels["3 bánh"] == "lực lượng thu giữ bánh heroin"
    assert labels["12 viên"] == "lực lượng thu giữ viên đạn"
    assert labels["2 quả"] == "lực lượng thu giữ quả lựu đạn"


def test_an_item_after_an_amount_keeps_the_deed_not_the_money() -> None:
    """ "650 lượng vàng" was paid as interest too; it is gold, not "tiền"."""
    labels = _labels("Chi lãi ngoài 437 tỷ đồng và 650 lượng vàng.")
    assert labels["437 tỷ đồng"] == "tiền chi lãi ngoài"
    assert labels["650 lượng"] == "chi lãi ngoài lượng vàng"


def test_sizes_of_two_parts_share_what_is_sized() -> None:
    """ "… kích thước 256 mm trước và 220 mm sau": the rear disc's size, not "sau"."""
    labels = _labels("Bên cạnh đó là cặp phanh đĩa có kích thước 256 mm trước và 220 mm sau.")
    assert labels["220 mm"] == "phanh đĩa có kích thước sau"


def test_an_item_measured_by_the_words_before_it_keeps_them() -> None:
    """ "cho 216 máy chủ và 5.964 máy trạm": the second count has its own words before it."""
    labels = _labels(
        "Trung tâm dữ liệu cung cấp an ninh thông tin cho 216 máy chủ và 5.964 máy trạm."
    )
    assert "máy trạm" in (labels["5.964 máy"] or "")
    assert "an ninh thông tin" in (labels["5.964 máy"] or "")


def test_a_list_with_no_deed_before_it_is_left_as_it_is() -> None:
    """ "300 triệu người dùng và 14 triệu lái xe": nothing is done to them."""
    labels = _labels("Didi Chuxing có 300 triệu người dùng và 14 triệu lái xe đăng ký.")
    assert not (labels["14 triệu lái xe"] or "").startswith("người dùng")
