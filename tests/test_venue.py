"""The event's venue: the rules say whether an article names a place, the shipped model which."""

from __future__ import annotations

import pytest

from summarize.briefing.places import article_place
from summarize.briefing.venue import (
    FEATURES,
    VenueModel,
    article_venue,
    candidates,
    model_from_json,
    packaged_model,
    section_place,
)

from .test_places import article

# "tại"/"ở" after a noun locates the noun (a consulate, the city's firms), not the event:
# counted, such a place outnumbers the venue stated once at the head of its clause.
SEAT_NAMED_TWICE = (
    "Tuyên án\n\nSáng 23-5, tại Tây Ninh, tòa tuyên án các bị cáo. Sau tranh chấp, Tổng lãnh sự "
    "quán Trung Quốc tại TP.HCM có công hàm gửi cơ quan chức năng. Tổng lãnh sự quán tại TP.HCM "
    "cũng đề nghị xử lý nghiêm."
)
TOPIC_NAMED_TWICE = (
    "Hội nghị xúc tiến đầu tư\n\nChiều 2/11, tại Hà Nội, Bộ Kế hoạch và Đầu tư tổ chức hội nghị "
    "xúc tiến đầu tư. Theo Bộ, số doanh nghiệp tại TP.HCM tăng 12%. Các doanh nghiệp ở TP.HCM "
    "cũng đề nghị giảm thủ tục."
)


@pytest.mark.parametrize(
    ("text", "venue", "counted"),
    [(SEAT_NAMED_TWICE, "Tây Ninh", "TP. Hồ Chí Minh"), (TOPIC_NAMED_TWICE, "Hà Nội", "TP. Hồ Chí Minh")],
)  # fmt: skip
def test_the_model_prefers_the_venue_over_a_place_named_more_often(
    text: str, venue: str, counted: str
) -> None:
    assert article_place(article(text)) == counted  # the rule alone counts mentions
    assert article_venue(article(text)) == venue
    assert section_place([article(text)]) == venue


def test_a_tai_phrase_deep_in_the_article_names_no_venue_by_itself() -> None:
    opening = "Nhật Cường Mobile\n\n" + "Cơ quan điều tra đã khởi tố nhiều lãnh đạo công ty. " * 20
    text = opening + "Vụ việc gây xôn xao vì tại Hà Nội, công ty này làm 126 dịch vụ công."
    assert article_place(article(text)) == "Hà Nội"  # the rule alone counts it
    assert article_venue(article(text)) is None
    assert (
        article_venue(article("Khai mạc\n\nSáng 2/11, tại Hà Nội, hội nghị khai mạc.")) == "Hà Nội"
    )


def test_no_venue_when_the_rules_find_no_place() -> None:
    text = "APEC\n\nDiễn đàn Hợp tác Kinh tế châu Á - Thái Bình Dương họp tuần này."
    assert candidates(article(text)) == []
    assert article_venue(article(text)) is None
    # a city abroad in no list of ours is no candidate for the model; cities.py gives it
    text = "APEC\n\nDiễn đàn Hợp tác Kinh tế châu Á - Thái Bình Dương họp ở Lima, Peru."
    assert candidates(article(text)) == []
    assert article_venue(article(text)) == "Lima"


def test_a_place_only_a_home_names_is_no_candidate() -> None:
    text = "Trao thưởng\n\nAnh Nguyễn Văn A (ngụ tỉnh Lạng Sơn) được khen thưởng."
    assert [c.place for c in candidates(article(text))] == []


def test_the_shipped_model_reads_this_versions_features() -> None:
    model = packaged_model()
    assert len(model.weights) == len(FEATURES)
    again = model_from_json(model.to_json())
    assert again == model
    features = candidates(article(TOPIC_NAMED_TWICE))[0].features
    assert 0.0 < model.probability(features) < 1.0


def test_a_model_file_for_other_features_is_refused() -> None:
    other = VenueModel((0.0,), (1.0,), (1.0,), 0.0).to_json().replace(FEATURES[0], "other", 1)
    with pytest.raises(ValueError, match="features"):
        model_from_json(other)


def test_the_venue_model_is_fitted_on_dev_lines_only(monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from bench import train_venue

    gold = [
        {"ref": "a", "split": "dev", "place": "Hà Nội"},
        {"ref": "b", "split": "heldout", "place": "Huế"},
        {"ref": "c", "split": "dev", "place": None},
    ]
    texts = {
        "a": "Khai mạc\n\nSáng 2/11, tại Hà Nội, hội nghị khai mạc.",
        "c": "Cổ phiếu\n\nCổ phiếu của các doanh nghiệp tại Hà Nội tăng.",
    }
    read: list[str] = []

    def articles(entries):  # type: ignore[no-untyped-def]
        read.extend(e["ref"] for e in entries)
        return [article(texts[e["ref"]]) for e in entries]

    monkeypatch.setattr(train_venue, "load_gold", lambda paths: gold)
    monkeypatch.setattr(train_venue, "read", articles)
    monkeypatch.setattr(train_venue, "SHIPPED", tmp_path / "venue.json")
    train_venue.main([])
    assert read == ["a", "c"]
    assert model_from_json((tmp_path / "venue.json").read_text()).weights


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        # a city abroad that no list of ours holds, when "tại"/"ở" introduces it early
        ("Cành cọ vàng\n\nÔng từng có 16 phim được trình chiếu tại Cannes từ thập niên 1970.", "Cannes"),
        ("Không kích\n\nIsrael không kích lực lượng tên lửa tại thành phố duyên hải Latakia.", "Latakia"),
        # where a thing stands or someone lives is no venue
        ("Tàu tuần tra\n\nTàu được đóng tại xưởng mới nằm ở Franklin, bang Louisiana.", None),
        ("Bà mẹ\n\nBà Zoe Eastman, 33 tuổi, sinh sống tại Liverpool cho biết như vậy.", None),
        # a home town (P-home-abroad, outside pool vmds 25:0)
        ("Tướng tử trận\n\nThi thể của tướng Jama'a đã được đưa về an táng tại quê nhà ở Zama.",
         None),
        # a country is no city, though a city shares its name
        ("Copa America\n\nLee Nguyễn dự Copa America được tổ chức ở Venezuela năm 2007.", None),
        # a city's name heading a longer name (P-longer-name, outside pool vims 063:3, vmds 87:2)
        ("Atlassian\n\nHai người sáng lập học IT tại University of New South Wales.", None),
        ("Cử tạ\n\nQingquan giành HCV ở hạng cân 56kg tại Olympic Bắc Kinh 2008, còn Yun Chol về thứ tư.",
         None),
        # …not a sentence's stop after the city
        ("Bão\n\nHàng cứu trợ đã được chuyển tới tại Manila. Tổng thống thăm người dân.", "Manila"),
        # a place the lists know comes first; a city named late names nothing
        ("Họp báo\n\nChiều 2/11, tại Hà Nội, đạo diễn kể lại những ngày ở Cannes.", "Hà Nội"),
        ("Phim\n\n" + "Đạo diễn nói về bộ phim mới của mình. " * 30 + "Phim chiếu tại Cannes.", None),
    ],
)  # fmt: skip
def test_a_city_abroad_after_tai_is_the_venue_when_no_listed_place_is_named(
    text: str, venue: str | None
) -> None:
    assert article_venue(article(text)) == venue
    assert section_place([article(text)]) == venue


def test_a_section_takes_the_city_abroad_most_of_its_articles_give() -> None:
    texts = [
        "Cannes\n\nPhim được trình chiếu tại Cannes tối qua.",
        "Liên hoan\n\nBan giám khảo họp tại Cannes.",
        "Chuyến đi\n\nĐoàn làm phim bay tới Nice rồi dừng ở Monaco.",
    ]
    articles = [article(t, f"a{n}") for n, t in enumerate(texts)]
    assert section_place(articles) == "Cannes"


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        # a school, a tax office, a bar: their seats host no event
        ("Thi tốt nghiệp\n\nHiệu trưởng Trường ĐH Hùng Vương TP.HCM ký quyết định.", None),
        ("Trốn thuế\n\nCục Thuế TP Hà Nội đã xử phạt gần 7.500 doanh nghiệp.", None),
        ("Hủy hợp đồng\n\nLuật sư Nguyễn Đức Chánh (Đoàn LS TP.HCM) phân tích vụ việc.", None),
        # the legal services a quoted lawyer works at (P-legal, s8 000532 and 051:2), their city
        # also in brackets
        ("Hủy hợp đồng\n\nHợp đồng đã được Văn phòng Công chứng Trung tâm (TP.HCM) chứng nhận.",
         None),
        ("Chia tay\n\nLuật sư Trần Đình Dũng (trung tâm Tư vấn pháp luật TP. HCM) trao đổi với PV.",
         None),
        ("Xuất khẩu lao động\n\nÔng Sáu, Phó Chủ tịch Hội Luật gia thành phố Hồ Chí Minh, cho rằng.",
         None),
        # a body a request is addressed to (P-addressed, dev-115 101:2; V1)
        ("Phá thai\n\nBộ Y tế đề nghị UBND thành phố Hà Nội chỉ đạo Sở Y tế làm rõ vụ việc.", None),
        ("Phá thai\n\nBộ Y tế có công văn khẩn gửi Chủ tịch UBND TP Hà Nội về vụ việc.", None),
        # a newspaper a reporter works at (P-press, outside pool vims 010:0); not "thông báo"
        ("Mạo danh\n\nHùng tự xưng là phóng viên Báo Công an TP Đà Nẵng để nhận tiền.", None),
        ("Cắt điện\n\nThông báo của UBND TP Hà Nội nêu rõ lịch cắt điện.", "Hà Nội"),
        # a stock exchange shares are listed on (P-exchange, the saved vietnamnet FLC page)
        ("Cổ phiếu FLC\n\nĐến năm 2013, cổ phiếu này được chuyển sang niêm yết trên Sở Giao dịch "
         "Chứng khoán TPHCM (HOSE).", None),
        ("Niêm yết\n\nSáng 5/3, lễ niêm yết diễn ra tại Sở Giao dịch Chứng khoán TP.HCM.",
         "TP. Hồ Chí Minh"),
        # …unless the event is said to be there
        ("Trao giải\n\nChiều 2/11, tại Báo Công an TP Đà Nẵng, lễ trao giải báo chí năm nay đã "
         "được tổ chức.", "Đà Nẵng"),
        ("Tốt nghiệp\n\nLễ tốt nghiệp diễn ra tại Trường ĐH Y Dược TP.HCM.", "TP. Hồ Chí Minh"),
        ("Họp\n\nCuộc họp diễn ra ở hội trường Cục Thuế tỉnh Tây Ninh.", "Tây Ninh"),
        # a court, a prosecutor at the trial, a council: their seat is the venue
        ("Phiên xử\n\nĐại diện VKSND TP. HCM đề nghị mức án 20 năm tù cho bị cáo.", "TP. Hồ Chí Minh"),
        ("Tuyên án\n\nSáng 26/11, TAND TP. HCM đã tuyên án vụ Cố ý làm trái.", "TP. Hồ Chí Minh"),
        ("Đối thoại\n\nChủ tịch UBND TP Hà Nội đối thoại với người dân.", "Hà Nội"),
    ],
)  # fmt: skip
def test_a_place_named_only_in_a_guest_body_s_name_is_no_venue(
    text: str, venue: str | None
) -> None:
    assert article_venue(article(text)) == venue


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        # an address labelled "địa chỉ" in brackets after a person or a firm is where they live
        # or sit (P-address-label, the saved baodautu page)
        ("Xử phạt\n\nUBCKNN quyết định xử phạt ông Tống Anh Linh (địa chỉ: Khu phố 3, Phường Bỉm "
         "Sơn, Tỉnh Thanh Hóa) số tiền 1,5 tỷ đồng.", None),
        ("Tai nạn\n\nChiếc xe của Công ty TNHH Tiếp Vận Việt (địa chỉ tại 12/21 Tôn Đức Thắng, "
         "Đống Đa, Hà Nội) gây tai nạn.", None),
        # a premises' address is where its event happened
        ("Tử vong\n\nCông an nhận được trình báo của nhân viên nhà nghỉ Hoa Anh Đào (địa chỉ tại "
         "thị trấn Xuân Mai, huyện Chương Mỹ, Hà Nội) về việc một người tử vong.", "Hà Nội"),
    ],
)  # fmt: skip
def test_an_address_labelled_after_a_person_or_a_firm_is_no_venue(
    text: str, venue: str | None
) -> None:
    assert article_venue(article(text)) == venue
