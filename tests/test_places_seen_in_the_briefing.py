"""Places the briefing headed sections with wrongly on saved pages (stop 41's look at the mixed
folder: tuoitre's flower prices headed "Doha", giadinh's schoolchildren of Điện Biên headed
"Hà Nội"); bench/README.md, stop 42."""

from __future__ import annotations

from summarize.briefing.places import Evidence, find_places
from summarize.briefing.venue import section_place
from summarize.models import Article
from summarize.pipeline import prepare_article
from summarize.text.load import document_from_text


def article(text: str) -> Article:
    return prepare_article(document_from_text(text, source="a1.txt"), "a1")


def test_a_place_goods_pass_through_is_no_venue() -> None:
    text = (
        "Giá hoa tăng\n\nÔng Dương, chủ shop hoa (TP.HCM), cho biết hoa hồng đắt đỏ. Các nguồn "
        "hoa nhập từ châu Mỹ thường tập kết trung chuyển ở Doha, Dubai, nhưng việc vận chuyển "
        "đang tắc nghẽn."
    )
    assert section_place([article(text)]) == "TP. Hồ Chí Minh"
    assert [m.place for m in find_places("Đoàn quá cảnh tại Dubai rồi bay tiếp.")] == []


def test_a_city_abroad_goods_pass_through_is_no_venue_either() -> None:
    # P-transit: with no Vietnamese place named, cities.py's city abroad was read instead
    text = (
        "Giá hoa tăng\n\nCác nguồn hoa nhập từ châu Mỹ thường tập kết trung chuyển ở Doha, "
        "Dubai, nhưng việc vận chuyển đang tắc nghẽn."
    )
    assert section_place([article(text)]) is None
    held = "Hội chợ hoa\n\nHội chợ hoa quốc tế năm nay được tổ chức tại Dubai."
    assert section_place([article(held)]) == "Dubai"


def test_a_district_and_its_province_are_an_address_whatever_follows() -> None:
    """ "ở Nậm Pồ, Điện Biên chui túi nilông": Nậm Pồ is Điện Biên's district, so the province
    is where it happened, though a verb, not a stop, follows it."""
    text = (
        "Vượt sông\n\nDư luận xôn xao việc cô giáo và học trò ở Nậm Pồ, Điện Biên chui túi "
        "nilông vượt sông đến lớp. Mường Nhé trước là huyện Mường Tè, tỉnh Lai Châu."
    )
    assert section_place([article(text)]) == "Điện Biên"
    mention = next(m for m in find_places(text) if m.place == "Điện Biên")
    assert (mention.evidence, mention.via_venue) == (Evidence.AT, True)


def test_a_district_of_another_province_makes_no_address() -> None:
    """ "tại hội nghị, Hà Nội đề xuất": a place after a comma may open the next clause; only a
    district the province holds makes the two an address."""
    assert find_places("Ông phát biểu ở Lý Sơn, Điện Biên đề xuất thêm.") == []
