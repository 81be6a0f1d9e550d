"""A measure stays in its figure's clause and a range stays one figure (stop 43): "trong khi" opens
the figure's clause (read off s9's "Bieber chiến thắng … trong khi The Weeknd giành 8 giải
thưởng"), "là" and a name end what a count counts (s9's "2 đạo diễn tài ba là Francis Ford
Coppola"), a size said to be something is measured by it (the briefing's "km là cuốc bộ | 50
km"), a range whose ends differ by a scale word is one figure (the briefing's "750.000 đồng đến 1
triệu đồng" read as two facts); "nên" ends a count's words, "rằng" opens the figure's clause, a
concession or condition word opening it is no part of its measure (s10's "8 người chết nên VKS …",
"… chỉ ra rằng khoảng cách 90 m", "Mặc dù có những chiến sĩ …"); bench/README.md, stop 43."""

from __future__ import annotations

from summarize.briefing.facts import extract_facts


def _labels(sentence: str) -> dict[str, str | None]:
    return {f.text: f.label for f in extract_facts([sentence])}


def test_trong_khi_opens_the_figures_clause() -> None:
    """ "while The Weeknd won 8 awards": the awards are The Weeknd's, not Bieber's category."""
    sentence = (
        "Bieber chiến thắng ở hạng mục Nam nghệ sĩ xuất sắc trong khi The Weeknd giành 8 giải"
        " thưởng."
    )
    assert _labels(sentence)["8 giải thưởng"] == "The Weeknd giành giải thưởng"


def test_trong_khi_do_still_opens_nothing() -> None:
    """ "Trong khi đó" (meanwhile) links two sentences; the figure's clause is the whole one."""
    sentence = "Trong khi đó, doanh thu nội địa của hãng đạt 5 tỷ đồng."
    assert _labels(sentence)["5 tỷ đồng"] == "doanh thu nội địa của hãng"


def test_names_after_la_are_not_what_a_count_counts() -> None:
    """ "2 thủ môn là Bùi Tấn Trường và …": the goalkeepers, their names are no measure."""
    sentence = "Ban huấn luyện quyết định gọi thêm 2 thủ môn là Bùi Tấn Trường và Nguyễn Văn Công."
    assert _labels(sentence)["2 thủ môn"] == "ban huấn luyện quyết định gọi thêm thủ môn"


def test_la_and_a_common_noun_still_say_which_ones() -> None:
    sentence = "Tại đây có 300 cử tri là cán bộ, chiến sĩ lực lượng vũ trang."
    assert (_labels(sentence)["300 cử tri"] or "").startswith("cử tri là cán bộ")


def test_a_size_said_to_be_something_is_measured_by_it() -> None:
    """ "trong đó có 50km là cuốc bộ": 50 km on foot, not "km là cuốc bộ"."""
    sentence = (
        "Hắn phải đi 3 ngày mới về tới nhà, trong đó có 50km là cuốc bộ, băng rừng, lội suối."
    )
    assert _labels(sentence)["50km"] == "cuốc bộ"


def test_a_range_whose_high_end_adds_a_scale_word_is_one_figure() -> None:
    sentence = "Mức giá được chọn nhiều nhất dao động 750.000 đồng đến 1 triệu đồng mỗi sản phẩm."
    facts = extract_facts([sentence])
    assert [f.text for f in facts] == ["750.000 đồng đến 1 triệu đồng"]
    assert facts[0].value == 1.0 and facts[0].unit == "triệu đồng"


def test_a_range_open_at_its_high_end_stays_two_figures() -> None:
    sentence = "Các căn hộ có diện tích từ 192 m2 đến hơn 1.000 m2."
    assert [f.text for f in extract_facts([sentence])] == ["192 m2", "1.000 m2"]


def test_nen_ends_what_a_count_counts() -> None:
    """ "8 người chết nên VKS không chấp nhận …": "so" opens another clause."""
    sentence = (
        "Đây là vụ án đặc biệt nghiêm trọng có tới 8 người chết nên VKS không chấp nhận kháng cáo."
    )
    assert _labels(sentence)["8 người"] == "người chết"


def test_rang_opens_the_figures_clause() -> None:
    """ "… chỉ ra rằng khoảng cách 90 m …": what was shown, not who showed it."""
    sentence = (
        "Nhiều chuyên gia trên thế giới đều chỉ ra rằng khoảng cách 90 m để xe dừng lại là hợp lý."
    )
    assert _labels(sentence)["90 m"] == "khoảng cách"


def test_a_concession_word_is_no_part_of_the_measure() -> None:
    sentence = (
        "Mặc dù có những chiến sĩ phải di chuyển hơn 200km từ thành phố lên, họ vẫn quyết tâm."
    )
    assert _labels(sentence)["200km"] == "có những chiến sĩ phải di chuyển"


def test_a_subject_before_asides_still_links_to_its_figure() -> None:
    sentence = "Tổng vốn đầu tư trong vòng 10 năm, qua 3 giai đoạn, lên tới 2,7 tỷ USD."
    assert _labels(sentence)["2,7 tỷ USD"] == "tổng vốn đầu tư"


def test_va_and_a_modal_open_a_second_predicate() -> None:
    """ "… là hai năm kể từ 1/10/2014 và phải đặt cọc 135 triệu đồng": the deposit."""
    sentence = "Thời gian thuê là hai năm kể từ 1/10/2014 và phải đặt cọc 135 triệu đồng."
    assert _labels(sentence)["135 triệu đồng"] == "phải đặt cọc"


def test_va_before_a_name_opens_nothing() -> None:
    """ "Thái Nguyên và Cần Thơ đã thu hút …": "Cần" of a name is no modal."""
    sentence = (
        "Hai sự kiện diễn ra tại thành phố Thái Nguyên và Cần Thơ đã thu hút sự tham gia của hơn"
        " 80.000 sinh viên."
    )
    assert "Thái Nguyên" in (_labels(sentence)["80.000 sinh viên"] or "")
