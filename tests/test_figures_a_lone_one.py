"""A count of one standing alone is the article "một" written with a digit, no figure; a list's
item or what someone has is a count (stop 44, rule L1, read off s10's false rows "ôm 1 túi", "vào 1
quán cà phê"). A comma part holding a figure of its own is no list of what the count before it
counts (rule K, the briefing's "lần, giá hoa Đà Lạt | 3-4 lần"). A measure opens on a word, not on a
quote mark or a list dash (rule Q1, the briefing's "“Bắt tôi xem diễn viên"); bench/README.md, stop 44."""

from __future__ import annotations

from summarize.briefing.facts import extract_facts


def _labels(sentence: str) -> dict[str, str | None]:
    return {f.text: f.label for f in extract_facts([sentence])}


def test_a_lone_one_is_an_article() -> None:
    sentence = "Hai đối tượng đi xe máy, ôm 1 túi nghi ngờ là ma tuý, rồi vào 1 quán cà phê."
    assert "1 túi" not in _labels(sentence)
    assert "1 quán" not in _labels(sentence)
    sentence = "Hắn không giao hàng tại 1 địa điểm trong 2 lần liên tiếp."
    assert list(_labels(sentence)) == ["2 lần"]


def test_a_one_in_a_list_of_figures_is_a_count() -> None:
    sentence = "Ban Chuyên án thu giữ 6.800 viên ma tuý, 1 xe máy Wave và 1 điện thoại."
    assert "1 xe máy" in _labels(sentence)
    assert "1 mã tấu" in _labels("Hung thủ đã mua 3 con dao và 1 mã tấu.")


def test_what_someone_has_is_a_count() -> None:
    assert "1 tiền án" in _labels("Được biết, Linh có 1 tiền án về tội Gây rối trật tự công cộng.")


def test_a_comma_part_with_a_figure_of_its_own_is_its_clause() -> None:
    sentence = (
        "Giá hoa nhập từ Trung Quốc có thể tăng cao từ 3 - 4 lần, giá hoa Đà Lạt tăng từ 5 lần."
    )
    assert _labels(sentence)["3 - 4 lần"] == "giá hoa nhập từ Trung Quốc có thể tăng cao"


def test_a_measure_opens_on_a_word() -> None:
    assert (
        _labels("“Bắt tôi xem 2 ca sĩ hát rồi”, anh nói.")["2 ca sĩ"] == "bắt tôi xem ca sĩ hát rồi"
    )


def test_a_list_goes_on_through_semicolons_and_brackets() -> None:
    sentence = (
        "Công an đã thu giữ của Vũ gồm: 01 xe ôtô hiệu Merceder BKS 72 A -266.22; 01 xe ôtô hiệu"
        " Toyota Camry BKS 72 A -085.31; 06 điện thoại di động Iphone."
    )
    assert [f.text for f in extract_facts([sentence])] == [
        "01 xe",
        "01 xe",
        "06 điện thoại di động",
    ]
    sentence = "Tang vật gồm 2 kg chất trắng (đối tượng khai ma tuý đá) và 1 quả lựu đạn."
    assert "1 quả" in _labels(sentence)


def test_there_is_one_is_an_article_a_million_is_a_count() -> None:
    assert "1 người" not in _labels("Ngày 1/7, có 1 người đàn ông gọi điện thoại đến công an.")
    assert "1 triệu chiếc" in _labels("Hãng xe Nhật đã bán được 1 triệu chiếc.")
