"""Saved news pages: the article alone (lead first), its title, date, author, site and link."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from summarize.pipeline import prepare_article
from summarize.text.load import load_text_document
from summarize.text.page import read_page
from summarize.text.page_meta import author_name, parse_date

LEAD = "(PLO)- Sáng 2/11, UBND TP tổ chức hội nghị tổng kết công tác cải cách hành chính năm 2024."
BODY = [
    "Phát biểu tại hội nghị, ông Nguyễn Văn An, Giám đốc Sở Tài chính, cho biết tỷ lệ giải ngân đạt 13,45%.",
    "Theo báo cáo, trong năm qua thành phố đã cắt giảm 33.000 thủ tục giấy tờ cho người dân và doanh nghiệp.",
    "Hội nghị thống nhất sẽ tiếp tục đẩy mạnh chuyển đổi số trong toàn bộ các cơ quan hành chính.",
]
FURNITURE = [
    "Vĩnh Long đẩy mạnh thu hút đầu tư vào khu công nghiệp phía nam tỉnh",  # related headline
    "Ông Trần Văn Bình phát biểu tại hội nghị. Ảnh: THUẬN VĂN",  # caption
    "Chia sẻ bài viết lên mạng xã hội Facebook và Zalo ngay hôm nay",  # share bar
    "Dư nợ cho vay tại Cần Thơ đến ngày 30/9 tăng mạnh so với cùng kỳ năm trước.",  # sidebar
]


def news_page(*, lead_class: str = "sapo") -> str:
    """A page laid out as Vietnamese news sites do: menu, headline, lead outside the body,
    a photo with its caption inside, related headlines in and after the body, a sidebar."""
    body = "".join(f"<p>{p}</p>" for p in BODY[:2])
    return f"""<!DOCTYPE html><html><head>
<title>Tổng kết cải cách hành chính - Báo Pháp Luật</title>
<meta property="og:site_name" content="Pháp Luật TP.HCM">
<link rel="canonical" href="https://plo.vn/tong-ket-cai-cach-hanh-chinh-post123.html">
<script type="application/ld+json">{{"@type": "NewsArticle", "datePublished":
 "2024-11-02T09:15:00+07:00", "author": {{"@type": "Person", "name": "Thuận Văn"}}}}</script>
</head><body>
<nav><a href="/">Trang chủ</a> <a href="/thoi-su">Thời sự</a></nav>
<div class="main"><h1 class="title">Tổng kết công tác cải cách hành chính năm 2024</h1>
<div class="date">Thứ bảy, 2/11/2024 09:15</div>
<h2 class="{lead_class}">{LEAD}</h2>
<div class="article-body">{body}
<figure><img src="a.jpg"><figcaption>{FURNITURE[1]}</figcaption></figure>
<div class="related-news"><a href="/x">{FURNITURE[0]}</a></div>
<p>{BODY[2]}</p>
<p style="text-align:right"><strong>Thuận Văn</strong></p>
<div class="share-bar">{FURNITURE[2]}</div></div></div>
<div class="col-right"><p><a href="/y">{FURNITURE[3]}</a></p></div>
</body></html>"""


def test_a_page_keeps_the_lead_and_body_and_drops_its_furniture() -> None:
    page = read_page(news_page())
    assert page is not None
    assert page.paragraphs == (LEAD, *BODY)
    assert page.title == "Tổng kết công tác cải cách hành chính năm 2024"
    assert page.lead == LEAD


def test_a_page_states_its_date_author_site_and_link() -> None:
    page = read_page(news_page())
    assert page is not None
    assert page.meta.published == date(2024, 11, 2)
    assert page.meta.author == "Thuận Văn"
    assert page.meta.site == "Pháp Luật TP.HCM"
    assert page.meta.url == "https://plo.vn/tong-ket-cai-cach-hanh-chinh-post123.html"


def test_keywords_given_as_the_site_name_give_way_to_the_links_host() -> None:
    """cafef's Olympic page: its og:site_name holds the keywords and the description."""
    stated = (
        "nước Nga,Olympic Sochi 2014,Sochi,,Tính trung bình, mỗi nội dung có giá 520 triệu USD."
    )
    html = news_page().replace('content="Pháp Luật TP.HCM"', f'content="{stated}"')
    page = read_page(html)
    assert page is not None and page.meta.site == "plo.vn"


def test_a_saved_page_reaches_the_article_with_its_metadata(tmp_path: Path) -> None:
    path = tmp_path / "trang.html"
    path.write_text(news_page(), encoding="utf-8")
    article = prepare_article(load_text_document(path), "a1")
    texts = " ".join(s.text for s in article.sentences)
    assert "Vĩnh Long" not in texts and "Cần Thơ" not in texts and "Ảnh" not in texts
    assert "Sở Tài chính" in texts and article.meta.published == date(2024, 11, 2)


def test_an_unmarked_lead_is_the_long_block_under_the_headline() -> None:
    page = read_page(news_page(lead_class="x"))
    assert page is not None and page.paragraphs[0] == LEAD


def test_without_metadata_the_visible_date_line_is_read() -> None:
    markup = news_page().replace('"datePublished"', '"dateCreated"')
    page = read_page(markup)
    assert page is not None and page.meta.published == date(2024, 11, 2)


def test_a_fragment_without_paragraphs_is_not_a_page() -> None:
    assert read_page("<b>Hà Nội</b>") is None
    assert read_page("   ") is None


def test_dates_in_page_metadata_and_date_lines() -> None:
    assert parse_date("2026-03-07T08:00:00+07:00") == date(2026, 3, 7)
    assert parse_date("Thứ bảy, 7/3/2026, 08:00 (GMT+7)") == date(2026, 3, 7)
    assert parse_date("31/2/2026") is None
    assert parse_date("không có ngày") is None


def test_bylines_reduce_to_the_name() -> None:
    assert author_name("Theo Vân Anh / Lao Động") == "Vân Anh"
    assert author_name("Hà Thu (tổng hợp)") == "Hà Thu"
    assert author_name("Long Trần - Theo Trí Thức Trẻ") == "Long Trần"
    assert author_name("Xem thêm các tin khác") is None
    assert author_name("PV") is None
    assert author_name("08:12 21/01/2022") is None  # a date line is never a name


def article_page(body: str, *, after: str = "", sapo: str = "") -> str:
    """A bare article page: headline, an optional sapo, the body, what follows it."""
    return f"""<html><body><h1>Hội nghị tổng kết công tác năm 2024 của thành phố</h1>
<p class="sapo">{sapo}</p><div class="content">{body}{after}</div></body></html>"""


def test_a_keyword_link_inside_a_sentence_is_part_of_it() -> None:
    sentence = (
        'Đoàn đã dâng hoa tưởng niệm các <a class="cms-relate" href="/t">anh hùng liệt sĩ</a>'
        " - những người đã anh dũng hy sinh vì độc lập dân tộc."
    )
    related = (
        '<p><a class="cms-relate" href="/r">Vĩnh Long thu hút đầu tư vào khu công nghiệp</a></p>'
    )
    page = read_page(article_page(f"<p>{sentence}</p>{related}<p>{BODY[0]}</p>"))
    assert page is not None
    assert page.paragraphs[0].startswith("Đoàn đã dâng hoa tưởng niệm các anh hùng liệt sĩ - ")
    assert not any("Vĩnh Long" in p for p in page.paragraphs)


def test_a_box_of_other_stories_goes_with_its_teasers_and_a_date_line_is_no_text() -> None:
    teaser = (
        '<div class="item"><a href="/x"><h3>Galaxy Play tăng doanh thu gấp đôi năm 2021</h3></a>'
        "<p>Với chiến lược sản xuất phim bộ độc quyền, Galaxy Play đã tăng trưởng ngoạn mục.</p></div>"
    )
    box = f'<div class="box"><h3>NỔI BẬT TRANG CHỦ</h3>{teaser * 3}</div>'
    date_line = "<p>20/01/2022 01:39 PM | Kinh doanh</p>"
    page = read_page(article_page("".join(f"<p>{p}</p>" for p in BODY), after=date_line + box))
    assert page is not None
    assert page.paragraphs == tuple(BODY)


def test_a_lead_cut_short_from_the_first_paragraph_is_not_kept_twice() -> None:
    sapo = BODY[0][:60] + "..."
    page = read_page(article_page("".join(f"<p>{p}</p>" for p in BODY), sapo=sapo))
    assert page is not None and page.paragraphs == tuple(BODY)


def test_a_location_stamp_is_set_apart_from_the_sentence_it_opens() -> None:
    sapo = (
        '<span class="location-stamp">TP HCM</span>Nếu có ít tiền, chị Huyền sẽ nấu nồi thịt kho.'
    )
    page = read_page(article_page("".join(f"<p>{p}</p>" for p in BODY), sapo=sapo))
    assert page is not None and page.lead == "TP HCM Nếu có ít tiền, chị Huyền sẽ nấu nồi thịt kho."


def test_several_writers_of_a_byline_are_all_named_and_a_time_is_no_writer() -> None:
    byline = (
        '<div class="detail__meta">08:12 21/01/2022</div><div class="author">'
        '<a class="name">THUẬN VĂN - </a><a class="name">LÊ ÁNH</a></div>'
    )
    page = read_page(article_page(byline + "".join(f"<p>{p}</p>" for p in BODY)))
    assert page is not None and page.meta.author == "THUẬN VĂN, LÊ ÁNH"


def test_a_writers_photo_link_does_not_hide_the_other_writers() -> None:
    """tuoitre links each writer's photo and name: the empty photo links made the byline one
    name, "NHẬT XUÂN NGHI VŨ", read from the text around them."""
    photo = '<a href="/tac-gia/{0}"><img alt="{1}"></a><a class="name" href="/tac-gia/{0}">{1}</a>'
    byline = (
        '<div class="detail-author twoauthor"><div class="author-info">'
        + photo.format("nhat-xuan", "NHẬT XUÂN")
        + photo.format("nghi-vu", "NGHI VŨ")
        + "</div></div>"
    )
    page = read_page(article_page(byline + "".join(f"<p>{p}</p>" for p in BODY)))
    assert page is not None and page.meta.author == "NHẬT XUÂN, NGHI VŨ"


def test_a_page_whose_json_ld_is_nested_too_deep_is_read_without_it(tmp_path: Path) -> None:
    # json.loads raised RecursionError on the block: a saved page ended `report` in a traceback.
    deep = '<script type="application/ld+json">' + "[" * 100_000 + "</script>"
    path = tmp_path / "trang.html"
    path.write_text(news_page().replace("</head>", deep + "</head>", 1), encoding="utf-8")
    article = prepare_article(load_text_document(path), "a1")
    assert "Sở Tài chính" in " ".join(s.text for s in article.sentences)


def dantri_page(lead: str) -> str:
    """dantri.com.vn's old layout: the paper's name in a span of its own at the head of the lead."""
    return f"""<html><head><meta property="og:site_name" content="dantri.com.vn">
<link rel="canonical" href="http://dantri.com.vn/xa-hoi/xe-camry-20160314083511309.htm"></head>
<body><h1>Xe Camry tông 4 xe máy trên đường phố Sài Gòn</h1><h2 class="sapo">{lead}</h2>
<div class="fck_detail">{"".join(f"<p>{p}</p>" for p in BODY)}</div></body></html>"""


def test_the_papers_name_set_apart_at_the_head_of_the_lead_is_no_word_of_it() -> None:
    # A briefing's summary opened "Dân trí Sau khi va chạm …".
    sentence = "Sau khi va chạm với xe máy phía trước, chiếc ô tô Camry lùi lại tông vào 3 xe khác."
    page = read_page(dantri_page(f"<span>Dân trí</span>  {sentence}"))
    assert page is not None and page.lead == sentence
    # in running text, the paper's name is a word of the sentence
    running = f"Dân trí đưa tin, {sentence[0].lower()}{sentence[1:]}"
    page = read_page(dantri_page(f"<span>Dân trí</span> đưa tin, {running[17:]}"))
    assert page is not None and page.lead == running
    # another name set apart is kept
    page = read_page(dantri_page(f"<span>Hà Nội</span> {sentence}"))
    assert page is not None and page.lead == f"Hà Nội {sentence}"


def test_the_papers_name_before_a_dash_at_the_head_of_the_lead_is_no_word_of_it() -> None:
    # giadinh.net.vn: a briefing's summary opened "GiadinhNet – “Dư luận …".
    sentence = "“Dư luận lại xôn xao việc cô giáo và học trò chui túi nilông vượt sông đến lớp."
    page = read_page(
        dantri_page(f"GiadinhNet – {sentence}").replace("dantri.com.vn", "giadinh.net.vn")
    )
    assert page is not None and page.lead == sentence
    # a dash after words that are not the site's name is the sentence's own
    page = read_page(dantri_page(f"UBND – {sentence}"))
    assert page is not None and page.lead == f"UBND – {sentence}"
