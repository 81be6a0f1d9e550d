"""An attribute put before the clause it is of takes the doer after it (stop 44, rule V, the
briefing's "Ngân hàng VietinBank trị giá cung cấp …"); a condition opens the figure's clause (rule
M2) and an opening "subject + verb," frames what follows as reported (rule F), the briefing's "Cục
Thuế kinh doanh trong 6 tháng đầu năm nếu có doanh thu thực tế | 500 triệu đồng"; bench/README.md,
stop 44. A count that is the new level of a change measures what changed (rule U2)."""

from __future__ import annotations

from summarize.briefing.facts import extract_facts


def _labels(sentence: str) -> dict[str, str | None]:
    return {f.text: f.label for f in extract_facts([sentence])}


def test_the_doer_comes_after_the_attribute_put_first() -> None:
    sentence = (
        "Theo đó, Ngân hàng VietinBank sẽ cung cấp gói tín dụng hợp phần BOT trị giá 5.500 tỷ đồng."
    )
    label = _labels(sentence)["5.500 tỷ đồng"]
    assert label == "trị giá Ngân hàng VietinBank sẽ cung cấp gói tín dụng hợp phần BOT"


def test_a_condition_opens_the_figures_clause_and_a_frame_shares_no_doer() -> None:
    sentence = (
        "Cục Thuế cũng lưu ý, hộ kinh doanh, cá nhân kinh doanh bắt đầu hoạt động sản xuất, kinh"
        " doanh trong 6 tháng đầu năm nếu có doanh thu thực tế từ 500 triệu đồng trở xuống thì"
        " thực hiện thông báo."
    )
    assert _labels(sentence)["500 triệu đồng"] == "có doanh thu thực tế"


def test_an_attribute_said_after_the_figure_stays_and_otherwise_opens_nothing() -> None:
    assert (
        _labels("Cáo trạng xác định, MHB có 91,26% vốn Nhà nước.")["91,26%"] == "vốn Nhà nước MHB"
    )
    sentence = "Họ cần tiền để đưa trước nếu không sẽ phải bồi thường 1 tỷ đồng."
    assert _labels(sentence)["1 tỷ đồng"] == "đưa trước nếu không sẽ phải bồi thường"


def test_a_reported_clause_with_no_subject_of_its_own_keeps_the_doer() -> None:
    sentence = (
        "Toan và Lai thừa nhận, đã lấy tiền của mình cho 13 người trên địa bàn quận Ô Môn vay."
    )
    assert _labels(sentence)["13 người"].startswith("toan và Lai")


def test_a_new_level_measures_what_changed() -> None:
    sentence = (
        "Cô đã làm tăng số lượng nhân viên của công ty từ 700 lên 5.000 người thông qua việc"
        " cung cấp thêm dịch vụ chia sẻ hành trình."
    )
    assert _labels(sentence)["5.000 người"] == "cô đã làm tăng số lượng nhân viên của công ty"


def test_going_up_to_is_no_new_level() -> None:
    sentence = "Xong đâu đấy, 2 cặp đôi lên 2 phòng của khách sạn để mua bán dâm."
    assert _labels(sentence)["2 phòng"] == "phòng của khách sạn"
