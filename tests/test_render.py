"""HTML rendering: escaping of hostile article text, strict templates, user templates."""

from __future__ import annotations

import json
import re
from pathlib import Path
from xml.etree import ElementTree

import pytest

from summarize.errors import OptionsError
from summarize.models import BriefingOptions, Options
from summarize.pipeline import build_briefing
from summarize.render.charts import Series, colour, grouped_bar_chart
from summarize.render.html import chart_svg, render_html
from summarize.render.serialize import briefing_to_dict

HOSTILE = (
    "Hội nghị <script>alert('x')</script> bàn về {{ 7*7 }} và {% raw %} cùng "
    '<img src=file:///etc/passwd> cùng <a href="http://evil.example">liên kết</a> nhé.'
)


@pytest.fixture(scope="module")
def hostile_briefing(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    folder = tmp_path_factory.mktemp("hostile")
    (folder / "x.txt").write_text(
        f"{HOSTILE}\n\nTỉnh Bắc Giang tổ chức hội nghị với {HOSTILE}\n", encoding="utf-8"
    )
    return build_briefing([folder], Options())


def test_article_text_is_escaped_never_interpreted(hostile_briefing) -> None:  # type: ignore[no-untyped-def]
    html = render_html(hostile_briefing)
    assert "<script>alert" not in html and "&lt;script&gt;alert" in html
    assert "<img src=file" not in html and "&lt;img src=file:///etc/passwd&gt;" in html
    assert '<a href="http://evil' not in html
    # "bàn về 49" would mean the text was run as a template (a bare "49" can be in a temp path).
    assert "bàn về {{ 7*7 }}" in html and "bàn về 49" not in html
    assert "<script" not in html.lower()


def test_seed_briefing_html_has_sections_facts_and_comparison(seed_briefing) -> None:  # type: ignore[no-untyped-def]
    html = render_html(seed_briefing)
    title = "Bắc Giang — Hội nghị tập huấn công tác nhân quyền"
    for text in (title, "13,45%", "So sánh các hội nghị", "Thiếu tướng Nguyễn Văn Kỷ", "<svg"):
        assert text in html
    assert 'counter(page) "/" counter(pages)' in html  # "Trang X/Y" in print
    assert html.count('class="conference"') == 2
    assert "http://" not in html.replace('xmlns="http://www.w3.org/2000/svg"', "")


def test_user_templates_override_one_partial_and_fall_back_for_the_rest(
    seed_briefing,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    (tmp_path / "_facts.html.j2").write_text("<p class='mine'>{{ conference.title }}</p>", "utf-8")
    html = render_html(seed_briefing, templates=str(tmp_path))
    assert html.count("class='mine'") == 2 and "So sánh các hội nghị" in html


def test_a_template_using_an_undefined_name_fails_loudly(seed_briefing, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "_facts.html.j2").write_text("{{ conference.no_such_field }}", "utf-8")
    with pytest.raises(OptionsError, match="no_such_field"):
        render_html(seed_briefing, templates=str(tmp_path))


def test_a_missing_template_folder_is_a_clear_error(seed_briefing, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(OptionsError, match="not found"):
        render_html(seed_briefing, templates=str(tmp_path / "nope"))


def rows_of(html: str, caption: str) -> dict[str, list[str]]:
    """What the table after `caption` compares: each column's heading -> its cells, one per
    conference row, in the sections' order."""
    table = html[html.index(caption) :]
    table = table[: table.index("</table>")]
    heads = re.findall(
        r"<th[^>]*>(.*?)</th>", re.search(r"<thead>.*?</thead>", table, re.S).group()
    )  # type: ignore[union-attr]
    rows = [
        re.findall(r"<td[^>]*>(.*?)</td>", row)
        for row in re.findall(r"<tr>(.*?)</tr>", table, re.S)
    ]
    rows = [cells for cells in rows if cells]
    return {head: [cells[n] for cells in rows] for n, head in enumerate(heads[1:])}


def conferences_of(html: str, caption: str) -> list[str]:
    """The conferences (row headings) of the first table after `caption`."""
    table = html[html.index(caption) :]
    return re.findall(r'<th scope="row">(.*?)</th>', table[: table.index("</table>")])


def test_comparison_has_one_row_per_conference_and_aligned_figures(seed_briefing) -> None:  # type: ignore[no-untyped-def]
    html = render_html(seed_briefing)
    places = [c.place for c in seed_briefing.conferences]
    assert places == ["Bắc Giang", "Hải Dương"]
    assert conferences_of(html, "So sánh các hội nghị") == ["Bắc Giang", "Hải Dương"]
    stats = rows_of(html, "So sánh các hội nghị")
    # Each conference is headed by its place: a "Địa điểm" column would say it again.
    assert "Địa điểm" not in stats
    assert "Thiếu tướng Nguyễn Văn Kỷ (Phó Chánh" in stats["Phát biểu"][1]
    assert "Viện Quyền con người" in stats["Cơ quan, tổ chức"][1]
    assert all(len(cells) == 2 for cells in stats.values())
    # Processing counts are for briefing.json, not for the reader.
    assert "Câu trùng đã bỏ" not in html and "Tỷ lệ nén" not in html
    shared = rows_of(html, "Số liệu cùng chỉ tiêu")
    # Only figures both conferences give: growth, in one unit. Job placements (Hải Dương) are
    # not jobs created (Bắc Giang), and poverty is given by one conference: no row for them.
    assert shared == {"Tăng trưởng kinh tế (%)": ["13,45%", "10%"]}
    svg = re.findall(r"<svg.*?</svg>", html, re.S)
    assert len(svg) == 1 and "Tăng trưởng kinh tế (%)" in svg[0]


def test_facts_table_shows_measure_value_and_unit(seed_briefing) -> None:  # type: ignore[no-untyped-def]
    html = render_html(seed_briefing)
    assert re.search(
        r"<td>tốc độ tăng trưởng kinh tế của tỉnh</td><td class=\"figure\">13,45</td>"
        r"<td class=\"unit\">%</td>",
        html,
    )
    assert re.search(r"<td class=\"figure\">14.630</td><td class=\"unit\">lượt lao động</td>", html)


def table_figures(html: str) -> list[tuple[str, str]]:
    """The facts table's (figure, unit) cells, as a reader reads them down the columns."""
    return re.findall(r'<td class="figure">([^<]*)</td><td class="unit">([^<]*)</td>', html)


def test_a_range_keeps_its_low_end_in_the_facts_table(tmp_path: Path) -> None:
    """A fact is valued at a range's high end; the table printed that value alone ("30 triệu
    đồng" for dantri's and baochinhphu's "20 đến 30 triệu đồng", "183,8" for "180,8-183,8")."""
    (tmp_path / "a.txt").write_text(
        "Hội nghị về giá vàng\n\nTại hội nghị, giá vàng miếng được niêm yết ở mức 180,8-183,8 "
        "triệu đồng. Mức phạt hành vi vi phạm từ 20 đến 30 triệu đồng. Tăng trưởng đạt 13,45%. "
        "Giá thuê dao động từ 45 triệu đồng đến 50 triệu đồng mỗi tháng.\n",
        "utf-8",
    )
    figures = table_figures(render_html(build_briefing([tmp_path], Options())))
    assert ("180,8–183,8", "triệu đồng") in figures
    assert ("20–30", "triệu đồng") in figures
    assert ("45–50", "triệu đồng") in figures  # the unit at both ends (facts rule N3)
    assert ("13,45", "%") in figures  # a single figure as before


def test_a_ranges_low_end_in_a_smaller_unit_is_put_in_the_high_ends(tmp_path: Path) -> None:
    """tuoitre's "750.000 đồng đến 1 triệu đồng" printed "750.000–1 | triệu đồng": read down the
    unit column, 750 billion."""
    (tmp_path / "a.txt").write_text(
        "Giá hoa tăng\n\nHiện nay mức giá được chọn nhiều nhất dao động khoảng 750.000 đồng đến "
        "1 triệu đồng mỗi sản phẩm. Giá thuê dao động từ 45 triệu đồng đến 50 triệu đồng.\n",
        "utf-8",
    )
    figures = table_figures(render_html(build_briefing([tmp_path], Options())))
    assert ("0,75–1", "triệu đồng") in figures
    assert ("45–50", "triệu đồng") in figures  # one unit at both ends: as before


def test_a_price_keeps_what_it_is_per(tmp_path: Path) -> None:
    """ "183,8 triệu đồng/lượng" printed "183,8 | triệu đồng": a tael's price read as a sum. The
    facts table and both e-mail parts keep "/lượng"; a share has nothing after it."""
    from summarize.render.mail import render_email_html, render_email_text

    (tmp_path / "a.txt").write_text(
        "Giá vàng giảm\n\nGiá vàng miếng được niêm yết ở mức 183,8 triệu đồng/lượng, giảm "
        "900.000 đồng. Tăng trưởng đạt 13,45%/năm.\n",
        "utf-8",
    )
    briefing = build_briefing([tmp_path], Options())
    figures = table_figures(render_html(briefing))
    assert ("183,8", "triệu đồng/lượng") in figures and ("900.000", "đồng") in figures
    assert ("13,45", "%") in figures
    assert "183,8 triệu đồng/lượng" in render_email_text(briefing)
    assert "183,8 triệu đồng/lượng" in render_email_html(briefing)


def test_files_not_read_are_listed_with_vietnamese_reasons(tmp_path: Path) -> None:
    """The printed list "Không đọc được" gave the library's English ("empty file")."""
    (tmp_path / "a.txt").write_text(NOWHERE, "utf-8")
    (tmp_path / "b.txt").write_text("", "utf-8")
    (tmp_path / "c.docx").write_bytes(b"PK\x03\x04broken")
    briefing = build_briefing([tmp_path])
    html = render_html(briefing)
    listed = html[html.index("Không đọc được") :]
    assert "b.txt</code>: tệp trống" in listed
    assert "c.docx</code>: tệp Word (.docx) bị hỏng hoặc không phải Word (.docx)" in listed
    assert "empty file" not in listed and "cannot read" not in listed
    # the markdown (`report -o - --format md`) said them in English still (stop 41's note)
    from summarize.render.markdown import render_markdown

    listed = render_markdown(briefing).split("## Không đọc được")[1]
    assert "b.txt`: tệp trống" in listed and "empty file" not in listed


def test_files_beside_the_articles_are_said_in_vietnamese_as_the_web_page_says_them(
    tmp_path: Path,
) -> None:
    """The 19 saved pages' folder printed "pages.jsonl: không đọc được loại tệp này — not read:
    not an article file (.jsonl); articles are .docx, …" on its last page."""
    (tmp_path / "a.txt").write_text(NOWHERE, "utf-8")
    for name in ("pages.jsonl", "cu.doc", "bang.xlsx", "trinh-chieu.pptx", "GHICHU"):
        (tmp_path / name).write_text("x", "utf-8")
    listed = render_html(build_briefing([tmp_path])).split("Không đọc được")[1]
    assert "pages.jsonl</code>: định dạng không hỗ trợ (.jsonl); nhận .docx, .eml," in listed
    assert "GHICHU</code>: định dạng không hỗ trợ (không có đuôi); nhận .docx" in listed
    assert (
        "cu.doc</code>: định dạng Word cũ (.doc) không đọc được: hãy lưu lại thành .docx" in listed
    )
    assert "bang.xlsx</code>: bảng tính, không phải bài báo" in listed
    assert "trinh-chieu.pptx</code>: bản trình chiếu, không phải bài báo" in listed
    assert not re.search(r"not read|articles are|not an article|spreadsheet", listed)


def test_the_markdown_lists_files_not_read_in_vietnamese_one_line_each(tmp_path: Path) -> None:
    """`report --format md` said "empty file" under "## Không đọc được"; a name holding a new
    line or a backtick broke its list item."""
    from summarize.render.markdown import render_markdown

    (tmp_path / "a.txt").write_text(NOWHERE, "utf-8")
    (tmp_path / "b.txt").write_text("", "utf-8")
    (tmp_path / "c.docx").write_bytes(b"PK\x03\x04broken")
    (tmp_path / "d\nError: x`.txt").write_text("", "utf-8")
    markdown = render_markdown(build_briefing([tmp_path])).replace(f"{tmp_path}/", "")
    listed = markdown[markdown.index("## Không đọc được") :].splitlines()
    assert listed[2:] == [
        "- `b.txt`: tệp trống",
        "- `c.docx`: tệp Word (.docx) bị hỏng hoặc không phải Word (.docx)",
        "- `d\\nError: x.txt`: tệp trống",
    ]


def test_cover_and_sections_show_place_date_and_sources(seed_briefing, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    html = render_html(seed_briefing)
    cover = html[html.index('class="cover"') : html.index("</header>")]
    assert "Lập ngày" in cover and "Nguồn: Công tác nhân quyền gắn chặt với cơ sở" in cover
    assert html.count("bài không nêu") == 2  # neither seed dates its conference
    (tmp_path / "a.txt").write_text(
        "Hội nghị ở Sơn La\n\nNgày 20/4/2024, tỉnh Sơn La tổ chức Hội nghị triển khai vụ mùa "
        "cây ăn quả. Nông dân Sơn La được hỗ trợ giống cây.\n",
        "utf-8",
    )
    dated = render_html(build_briefing([tmp_path], Options()))
    assert '<span class="label">Ngày:</span> 20/04/2024' in dated and "· 20/04/2024" in dated


def test_the_cover_never_repeats_a_headline_the_section_is_titled_by(tmp_path: Path) -> None:
    """A section of one article names no event, so its title is the headline: the grey
    "Nguồn: …" line under each contents line said it again (8 of 8 lines on saved pages). The
    section's own source line says which site it is from, as the e-mail's does."""
    body = "".join(
        f"<p>{p}</p>"
        for p in (
            "Giá vàng miếng sáng nay giảm 900.000 đồng mỗi lượng so với phiên trước.",
            "Các doanh nghiệp kinh doanh vàng cho biết người mua vẫn đông.",
            "Giá vàng thế giới cũng giảm nhẹ trong phiên giao dịch gần nhất.",
        )
    )
    (tmp_path / "trang.html").write_text(
        '<html><head><title>Giá vàng giảm</title><meta property="og:site_name" '
        f'content="Pháp Luật TP.HCM"></head><body><h1>Giá vàng giảm</h1><article>{body}'
        "</article></body></html>",
        "utf-8",
    )
    html = render_html(build_briefing([tmp_path], Options()))
    cover = html[html.index('class="cover"') : html.index("</header>")]
    assert "toc-sources" not in cover
    section = html[html.index('class="conference"') :]
    assert re.search(r"Nguồn \(1 bài\):</span>\s*<em>[^<]+</em> \(Pháp Luật TP.HCM\)", section)


def test_a_contents_line_gives_its_day_after_a_dot_never_in_nested_brackets(
    tmp_path: Path,
) -> None:
    """A day the page's metadata stands in for carries its own brackets: the contents lines of
    the printed cover and of the mail read "(01/03/2026 (ngày đăng))" on the saved pages."""
    from summarize.render.mail import render_email_html, render_email_text

    for n, place in enumerate(["Sơn La", "Lai Châu", "Điện Biên"]):
        (tmp_path / f"{n}.html").write_text(
            f'<html><head><meta property="article:published_time" content="2026-03-0{n + 1}">'
            f"<title>Hội nghị ở {place}</title></head><body><article><h1>Hội nghị ở {place}</h1>"
            f"<p>Tỉnh {place} tổ chức Hội nghị triển khai vụ mùa cây ăn quả. Nông dân {place} "
            "được hỗ trợ giống cây.</p></article></body></html>",
            "utf-8",
        )
    briefing = build_briefing([tmp_path], briefing=BriefingOptions(group_by="file"))
    html, mail, text = (
        render_html(briefing), render_email_html(briefing), render_email_text(briefing)
    )  # fmt: skip
    covers = [
        html[html.index('class="cover"') : html.index("</header>")],
        mail[mail.index('class="toc"') : mail.index("</ol>")],
        text[: text.index("\n1. ")],
    ]
    for cover in covers:
        flat = " ".join(re.sub(r"<[^>]+>", "", cover).split())
        for conference in briefing.conferences:
            assert conference.when and conference.when.label.endswith("(ngày đăng)")
            assert f"{conference.title} · {conference.when.label}" in flat
        assert "))" not in flat


def test_a_hostile_title_is_escaped_in_page_title_heading_and_header() -> None:
    folder_briefing = build_briefing(
        [Path(__file__).resolve().parent.parent / "seeds"],
        briefing=BriefingOptions(title="<script>alert(1)</script> {{ 7*7 }}"),
    )
    html = render_html(folder_briefing)
    assert "<script" not in html
    assert html.count("&lt;script&gt;alert(1)&lt;/script&gt; {{ 7*7 }}") >= 2  # <title>, <h1>


def test_the_chart_is_inline_svg_with_escaped_labels() -> None:
    chart = grouped_bar_chart(
        "Số câu <b>",
        ["Câu & lọc"],
        [Series("<script>x</script>", (3.0,), 0), Series("Hải Dương", (0.0,), 1)],
    )
    svg = str(chart_svg(chart))  # drawn by the autoescaped chart.svg.j2
    assert svg.startswith("<svg") and svg.endswith("</svg>")
    assert "Số câu &lt;b&gt;" in svg
    assert "<script" not in svg and "&lt;script&gt;" in svg and "Câu &amp; lọc" in svg
    assert "href" not in svg and "<image" not in svg
    ElementTree.fromstring(svg)  # well-formed XML


def test_briefing_json_describes_each_conference(seed_briefing) -> None:  # type: ignore[no-untyped-def]
    data = json.loads(json.dumps(briefing_to_dict(seed_briefing)))  # JSON-ready throughout
    first, second = data["conferences"]
    assert first["title"] == "Bắc Giang — Hội nghị tập huấn công tác nhân quyền"
    assert (first["place"], second["place"]) == ("Bắc Giang", "Hải Dương")
    assert first["date"] is None and second["date"] is None
    for conference in data["conferences"]:
        for fact in conference["facts"]:
            assert {"kind", "text", "value", "unit"} <= fact.keys()
        for person in conference["people"]:
            assert {"name", "title"} <= person.keys()
        assert {"articles", "sentences_before", "duplicates_removed", "compression"} <= conference[
            "stats"
        ].keys()
    growth = next(f for f in first["facts"] if f["text"] == "13,45%")
    assert (growth["kind"], growth["value"], growth["unit"]) == ("percent", 13.45, "%")
    assert growth["change"] is None
    fall = next(f for f in first["facts"] if f["text"] == "13,4%")  # how much the rate fell
    assert (fall["measure"], fall["change"]) == ("tỷ lệ hộ nghèo các xã đặc biệt khó khăn", "giảm")
    assert {"name": "Nguyễn Văn Kỷ", "title": "Thiếu tướng"}.items() <= next(
        p for p in second["people"] if p["name"] == "Nguyễn Văn Kỷ"
    ).items()
    thanh = next(p for p in second["people"] if p["name"] == "Lê Đức Thành")
    assert thanh["title"] == "Đại tá" and thanh["organisation"] == "Công an tỉnh"
    assert thanh["role"].startswith("Phó Giám đốc Công an tỉnh, Phó Trưởng ban Thường trực")


def test_an_iso_date_reaches_briefing_json(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "Sáng ngày 12/6/2024, tại tỉnh Bắc Giang, Hội nghị tập huấn công tác nhân quyền đã khai mạc.",
        "utf-8",
    )
    (conference,) = briefing_to_dict(build_briefing([tmp_path], Options()))["conferences"]
    assert conference["date"] == "2024-06-12"


@pytest.fixture(scope="module")
def eight_sections(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    folder = tmp_path_factory.mktemp("eight")
    places = ["Nam Định", "Thái Bình", "Hà Nam", "Ninh Bình", "Lạng Sơn", "Cao Bằng", "Lào Cai",
              "Yên Bái"]  # fmt: skip
    for n, place in enumerate(places):
        (folder / f"{n}.txt").write_text(
            f"Tin {place}\n\nTỉnh {place} tổ chức Hội nghị tập huấn. Có {n + 1}0 đại biểu dự. "
            f"Tỷ lệ hộ nghèo của tỉnh {place} còn {n + 1},5%.\n",
            "utf-8",
        )
    return build_briefing([folder], briefing=BriefingOptions(group_by="file"))


def test_many_conferences_split_into_readable_tables_and_charts(eight_sections) -> None:  # type: ignore[no-untyped-def]
    html = render_html(eight_sections)
    comparison = html[html.index("So sánh các hội nghị") :]
    tables = re.findall(r'<table class="stats">.*?</table>', comparison, re.S)
    # One row per conference: the comparison and the shared figures, a table each.
    assert len(tables) == 2
    for table in tables:
        assert len(re.findall(r'<th scope="row">', table)) == 8
        header = re.search(r"<thead>.*?</thead>", table, re.S).group()  # type: ignore[union-attr]
        assert 1 + 2 <= header.count("<th") <= 1 + 6
    svgs = re.findall(r"<svg.*?</svg>", html, re.S)
    # Two indicators all eight share, in two units (delegates, %): one chart per unit.
    assert len(svgs) == 2 and all("Yên Bái" in svg for svg in svgs)
    legends = [re.findall(r'width="12" height="12" fill="(#\w+)"', svg) for svg in svgs]
    assert len(legends[0]) == 8 and len(set(legends[0])) == 8  # a colour means one conference
    assert legends[0] == legends[1]  # and the same conference in every chart


def test_any_number_of_conferences_get_distinct_colours() -> None:
    colours = [colour(n) for n in range(40)]
    assert len(set(colours)) == 40
    assert all(re.fullmatch(r"#[0-9a-f]{6}", c) for c in colours)


def test_chart_text_stays_readable_on_a_400_px_phone() -> None:
    chart = grouped_bar_chart(
        "Số liệu so sánh (%)",
        ["Tỷ lệ hộ nghèo (%)", "Tăng trưởng kinh tế (%)"],
        [Series(f"Tỉnh số {n}", (float(n), None), n) for n in range(7)],
    )
    # Drawn at 400 px, one user unit is one pixel: text of 11-13 units stays 11-13 px.
    assert chart.width <= 400
    assert all(label.x >= 0 and label.y > 0 for label in chart.categories)
    assert len(chart.bars) == 7  # no bar where a conference gives no figure
    assert all(bar.x + bar.width + 60 <= chart.width for bar in chart.bars)


def test_plain_text_comparison_stays_narrow(eight_sections) -> None:  # type: ignore[no-untyped-def]
    from summarize.render.mail import render_email_text

    text = render_email_text(eight_sections)
    table = text[text.index("Số liệu cùng chỉ tiêu") :]
    assert max(len(line) for line in table.splitlines()) <= 78
    assert "Yên Bái" in table and table.count("Tỷ lệ hộ nghèo (%)") == 3  # blocks of 3


def test_a_mail_of_many_sections_opens_on_their_list(eight_sections, seed_briefing) -> None:  # type: ignore[no-untyped-def]
    """Eight sections ran to 12,000 px on a phone with nothing saying what they were: the mail
    opens on the list of its sections (each a link to it); two sections need none."""
    from summarize.render.mail import render_email_html, render_email_text

    html = render_email_html(eight_sections)
    toc = html[: html.index("<h2")]
    titles = [c.title for c in eight_sections.conferences]
    assert [t for t in titles if t in toc] == titles
    ids = re.findall(r'<a href="#([^"]+)"', toc)
    assert ids == [c.id for c in eight_sections.conferences]
    assert all(f'<h2 id="{i}"' in html for i in ids)
    text = render_email_text(eight_sections)
    head = text[: text.index("\n1. " + titles[0] + "\n")]  # the first section's heading
    assert all(f"  {n}. {t}" in head for n, t in enumerate(titles, start=1))
    assert 'href="#' not in render_email_html(seed_briefing)
    assert "  1. " not in render_email_text(seed_briefing)


def test_no_chart_and_no_shared_table_when_no_indicator_is_shared(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "Hội nghị tại Yên Bái\n\nSáng 2/11, tại Yên Bái, tỉnh tổ chức hội nghị. Tỷ lệ hộ nghèo "
        "toàn tỉnh còn 3,2%.\n",
        "utf-8",
    )
    (tmp_path / "b.txt").write_text(
        "Hội nghị tại Lào Cai\n\nSáng 3/11, tại Lào Cai, tỉnh tổ chức hội nghị. Vốn đầu tư "
        "toàn tỉnh đạt 5 tỷ đồng.\n",
        "utf-8",
    )
    html = render_html(build_briefing([tmp_path], briefing=BriefingOptions(group_by="file")))
    assert "3,2%" in html and "5 tỷ đồng" in html  # each figure beside its own summary
    assert "<svg" not in html and "Số liệu cùng chỉ tiêu" not in html


def test_the_contents_name_three_sources_of_a_section_then_count_the_rest(tmp_path: Path) -> None:
    for n in range(5):
        (tmp_path / f"{n}.txt").write_text(
            f"Tin số {n} về hội nghị ở Hà Nam\n\nTỉnh Hà Nam tổ chức Hội nghị tập huấn.\n", "utf-8"
        )
    briefing = build_briefing([tmp_path], briefing=BriefingOptions(group_by="folder"))
    html = render_html(briefing)
    toc = re.search(r'<ol class="toc">.*?</ol>', html, re.S).group()  # type: ignore[union-attr]
    assert re.findall(r"Tin số (\d)", toc) == ["0", "1", "2"]
    assert "và 2 bài khác" in toc
    body = html[html.index("</header>") :]
    assert len(set(re.findall(r"Tin số (\d)", body))) == 5  # the section and the sources: all


@pytest.fixture(scope="module")
def two_share_one_does_not(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """Lào Cai and Yên Bái give their capital, Hà Giang no figure; nobody presides anywhere."""
    folder = tmp_path_factory.mktemp("shared")
    texts = {
        "a": "Sáng 2/11, tại Lào Cai, tỉnh tổ chức hội nghị. Vốn đầu tư toàn tỉnh đạt 5 tỷ đồng.",
        "b": "Sáng 3/11, tại Hà Giang, tỉnh tổ chức hội nghị tập huấn về nhân quyền.",
        "c": "Sáng 4/11, tại Yên Bái, tỉnh tổ chức hội nghị. Vốn đầu tư toàn tỉnh đạt 7 tỷ đồng.",
    }
    for name, text in texts.items():
        (folder / f"{name}.txt").write_text(f"Hội nghị {name}\n\n{text}\n", "utf-8")
    briefing = build_briefing([folder], briefing=BriefingOptions(group_by="file"))
    assert [c.place for c in briefing.conferences] == ["Lào Cai", "Hà Giang", "Yên Bái"]
    assert not any(c.chairs for c in briefing.conferences)
    return briefing


def test_shared_figures_show_only_the_conferences_that_give_one(two_share_one_does_not) -> None:  # type: ignore[no-untyped-def]
    from summarize.render.mail import render_email_html, render_email_text

    html = render_html(two_share_one_does_not)
    assert conferences_of(html, "Số liệu cùng chỉ tiêu") == ["Lào Cai", "Yên Bái"]
    assert rows_of(html, "Số liệu cùng chỉ tiêu") == {
        "Vốn đầu tư (tỷ đồng)": ["5 tỷ đồng", "7 tỷ đồng"]
    }
    assert conferences_of(html, "So sánh các hội nghị") == ["Lào Cai", "Hà Giang", "Yên Bái"]
    mail = render_email_html(two_share_one_does_not)
    table = mail[mail.index("Số liệu cùng chỉ tiêu") :]
    table = table[: table.index("</table>")]
    assert "Lào Cai" in table and "Yên Bái" in table and "Hà Giang" not in table
    text = render_email_text(two_share_one_does_not)
    block = text[text.index("Số liệu cùng chỉ tiêu") :].split("\n\n")[0]
    assert "Lào Cai" in block and "Yên Bái" in block and "Hà Giang" not in block


def test_a_comparison_row_no_conference_fills_is_left_out(two_share_one_does_not) -> None:  # type: ignore[no-untyped-def]
    from summarize.render.mail import render_email_text

    rows = rows_of(render_html(two_share_one_does_not), "So sánh các hội nghị")
    assert "Chủ trì" not in rows  # nobody presided: no row of dashes
    assert rows["Ngày"] == ["02/11", "03/11", "04/11"]
    assert "Chủ trì" not in render_email_text(two_share_one_does_not)


def test_a_comparison_row_that_repeats_each_conferences_heading_is_left_out(
    two_share_one_does_not, seed_briefing
) -> None:  # type: ignore[no-untyped-def]
    """Conferences headed by their places ("Lào Cai") had a "Địa điểm" column saying "Lào Cai"
    again; where two share a place, they are headed by their titles and the place stays."""
    from dataclasses import replace

    from summarize.briefing.stats import compare
    from summarize.render.mail import render_email_text

    assert "Địa điểm" not in rows_of(render_html(two_share_one_does_not), "So sánh các hội nghị")
    text = render_email_text(two_share_one_does_not)
    assert "\nĐịa điểm:\n" not in text[text.index("So sánh các hội nghị") :]
    first, second = seed_briefing.conferences
    both = (first, replace(second, place=first.place))
    same_place = replace(seed_briefing, conferences=both, comparison=compare(both))
    rows = rows_of(render_html(same_place), "So sánh các hội nghị")
    assert rows["Địa điểm"] == ["Bắc Giang", "Bắc Giang"]


def test_a_place_its_conferences_heading_opens_on_is_not_said_again(seed_briefing) -> None:  # type: ignore[no-untyped-def]
    """Two sections in Hà Nội are headed by their titles, "Hà Nội — …": the 8-article folder's
    place column said "Hà Nội" under them, the place again under the others, "—" under one that
    names none. No cell said more than its heading: the column is left out, in print and mail."""
    from dataclasses import replace

    from summarize.briefing.stats import compare
    from summarize.render.mail import render_email_text

    first, second = seed_briefing.conferences
    hanoi = [
        replace(second, id=f"hn-{n}", place="Hà Nội", title=f"Hà Nội — Họp báo {n}")
        for n in ("giải báo chí", "Bộ Y tế")
    ]
    unplaced = replace(second, id="no-place", place=None, title="Hợp đồng mua động cơ")
    conferences = (first, *hanoi, unplaced)
    briefing = replace(seed_briefing, conferences=conferences, comparison=compare(conferences))
    html = render_html(briefing)
    table = html[html.index("So sánh các hội nghị") :]
    assert '<th scope="row">Hà Nội — Họp báo Bộ Y tế</th>' in table  # headed by its title
    assert "Địa điểm" not in rows_of(html, "So sánh các hội nghị")
    text = render_email_text(briefing)
    assert "\nĐịa điểm:\n" not in text[text.index("So sánh các hội nghị") :]


def test_column_headings_are_places_or_short_titles(seed_briefing) -> None:  # type: ignore[no-untyped-def]
    from dataclasses import replace

    from summarize.render.html import LABEL_CHARS, column_labels

    first = seed_briefing.conferences[0]
    conferences = [
        replace(
            first, place="Hà Nội", title="Hà Nội — Lễ ký kết phối hợp hỗ trợ nhân dân vùng hạn mặn"
        ),
        replace(
            first, place="Hà Nội", title="Hà Nội — Lễ ký kết hợp đồng tài trợ tín dụng hầm đèo Cả"
        ),
        replace(first, place="Tokyo", title="Tokyo — Bê bối gian lận của các đại gia xe Nhật"),
        replace(first, place=None, title="Hợp đồng mua động cơ kỷ lục của Vietnam Airlines"),
    ]
    labels = column_labels(conferences)
    assert labels[2] == "Tokyo"  # a place no other section has
    assert labels[0].startswith("Hà Nội — Lễ ký kết phối hợp") and labels[0].endswith("…")
    assert labels[1].startswith("Hà Nội — Lễ ký kết hợp đồng") and labels[1].endswith("…")
    assert labels[3].startswith("Hợp đồng mua động cơ") and labels[3].endswith("…")
    assert all(len(label) <= LABEL_CHARS for label in labels) and len(set(labels)) == 4
    same = [
        replace(c, title="Hà Nội — Hội nghị tổng kết công tác năm của ngành " + x)
        for c, x in zip(conferences[:2], "AB", strict=True)
    ]
    assert column_labels(same) == [c.title for c in same]  # cut alike: kept whole


def test_a_text_without_a_title_line_is_named_by_its_first_sentence(tmp_path: Path) -> None:
    """A .txt that opens on its text: the contents, the section and the sources name it by its
    first words, cut at a word, never by its file name (the path stays in the source list)."""
    from summarize.render.mail import render_email_text

    (tmp_path / "001_d1e5b864.txt").write_text(
        "Sáng nay các đại biểu bàn kế hoạch trồng rừng năm tới và chia sẻ kinh nghiệm quản lý "
        "đất đai của từng địa phương trong nhiều năm qua. Các đại biểu thống nhất cách làm.\n",
        "utf-8",
    )
    briefing = build_briefing([tmp_path], Options())
    html = render_html(briefing)
    shown = "Sáng nay các đại biểu bàn kế hoạch trồng rừng năm tới và chia sẻ kinh nghiệm…"
    toc = re.search(r'<ol class="toc">.*?</ol>', html, re.S).group()  # type: ignore[union-attr]
    assert shown in toc and f"<h2>{shown}</h2>" in html
    assert f'<span class="source-title">{shown}</span>' in html
    without_paths = re.sub(r"<code>.*?</code>", "", html)
    assert "001_d1e5b864" not in without_paths
    assert "001_d1e5b864" not in render_email_text(briefing)


def test_a_sections_source_line_names_three_then_counts_and_the_mail_lists_all(
    tmp_path: Path,
) -> None:
    from summarize.render.mail import render_email_html, render_email_text

    for n in range(5):
        (tmp_path / f"{n}.txt").write_text(
            f"Tin số {n} về hội nghị ở Hà Nam\n\nTỉnh Hà Nam tổ chức Hội nghị tập huấn.\n", "utf-8"
        )
    briefing = build_briefing([tmp_path], briefing=BriefingOptions(group_by="folder"))
    html = render_html(briefing)
    meta = re.search(r"Nguồn \(5 bài\):</span>(.*?)</p>", html, re.S).group(1)  # type: ignore[union-attr]
    assert re.findall(r"Tin số (\d)", meta) == ["0", "1", "2"] and "và 2 bài khác" in meta
    mail = render_email_html(briefing)
    line = mail[mail.index("Nguồn (5 bài):") :]
    assert re.findall(r"Tin số (\d)", line[: line.index("</p>")]) == ["0", "1", "2"]
    listed = mail[mail.index(">Nguồn</h2>") :]  # the mail has no other source list
    assert sorted(re.findall(r"Tin số (\d)", listed)) == ["0", "1", "2", "3", "4"]
    text = render_email_text(briefing)
    line = next(ln for ln in text.splitlines() if ln.startswith("Nguồn (5 bài):"))
    assert line.endswith("và 2 bài khác") and "Tin số 3" not in line
    assert sorted(re.findall(r"  - Tin số (\d)", text)) == ["0", "1", "2", "3", "4"]


def test_the_mail_comparison_names_who_does_not_say_instead_of_dashes(tmp_path: Path) -> None:
    from summarize.render.mail import render_email_html, render_email_text

    texts = {
        "a": "Sáng 2/11, tại Lào Cai, tỉnh tổ chức hội nghị tập huấn về nhân quyền.",
        "b": "Tại Hà Giang, tỉnh tổ chức hội nghị tập huấn về nhân quyền cho cán bộ.",
    }
    for name, text in texts.items():
        (tmp_path / f"{name}.txt").write_text(f"Hội nghị {name}\n\n{text}\n", "utf-8")
    briefing = build_briefing([tmp_path], briefing=BriefingOptions(group_by="file"))
    assert [c.when is not None for c in briefing.conferences] == [True, False]
    text = render_email_text(briefing)
    block = text[text.index("So sánh các hội nghị") :]
    dates = block[block.index("Ngày:") :].split("\n\n")[0]
    assert dates.splitlines()[1:] == ["  - Lào Cai: 02/11", "  (không nêu: Hà Giang)"]
    mail = render_email_html(briefing)
    row = mail[mail.index(">Ngày</th>") :]
    row = row[: row.index("</table>")]
    assert "Không nêu: Hà Giang" in row and "—" not in row


ENGLISH = (
    "Ministers meet in Hanoi to discuss regional trade\n\nThe Ministry of Industry and Trade "
    "hosted a meeting in Hanoi on Tuesday with delegations from five countries. Officials said "
    "exports grew by 12% in the first ten months of the year. Delegates agreed to meet again.\n"
)


def test_a_text_not_in_vietnamese_is_summarized_with_a_warning(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An English release is summarized as it is, but the reader is told that its people,
    places and figures were read by Vietnamese rules; a Vietnamese article gets no such note."""
    from summarize.cli import main
    from summarize.render.mail import render_email_html, render_email_text

    (tmp_path / "english.txt").write_text(ENGLISH, "utf-8")
    (tmp_path / "viet.txt").write_text(
        "Hội nghị ở Sơn La\n\nNgày 20/4/2024, tỉnh Sơn La tổ chức Hội nghị triển khai vụ mùa "
        "cây ăn quả. Nông dân Sơn La được hỗ trợ giống cây.\n",
        "utf-8",
    )
    briefing = build_briefing([tmp_path], briefing=BriefingOptions(group_by="file"))
    assert sorted(r.article.vietnamese for r in briefing.articles) == [False, True]
    note = "bài không viết bằng tiếng Việt (Ministers meet in Hanoi to discuss regional trade)"
    for shown in (render_html(briefing), render_email_html(briefing), render_email_text(briefing)):
        assert shown.count(note) == 1
    assert main(["report", str(tmp_path), "-o", str(tmp_path / "out")]) == 0
    err = capsys.readouterr().err.splitlines()
    assert [line.split(": not ")[0] for line in err if "not Vietnamese" in line] == [
        f"Warning: {tmp_path / 'english.txt'}"
    ]


NOWHERE = (
    "Hội nghị tổng kết\n\nHội nghị tổng kết công tác năm của công ty diễn ra trong không khí sôi "
    "nổi. Các đại biểu thảo luận nhiều vấn đề về sản xuất.\n"
)


def test_a_missing_place_and_day_read_alike_in_every_output(tmp_path: Path) -> None:
    """A section without a place said "Địa điểm: không rõ" and, beside it, "Ngày: bài không
    nêu": two words for the same absence, in five renderers. Now one (models.NOT_STATED)."""
    from summarize.render.mail import render_email_html, render_email_text
    from summarize.render.markdown import render_markdown

    (tmp_path / "a.txt").write_text(NOWHERE, "utf-8")
    briefing = build_briefing([tmp_path])
    (conference,) = briefing.conferences
    assert conference.place is None and conference.when is None
    for output in (
        render_html(briefing),
        render_email_html(briefing),
        render_email_text(briefing),
        render_markdown(briefing),
    ):
        text = " ".join(re.sub(r"<[^>]+>", "", output).split())
        assert "Địa điểm: bài không nêu · Ngày: bài không nêu" in text
        assert "không rõ" not in text


def test_markdown_shows_article_text_as_written_and_never_as_markup(tmp_path: Path) -> None:
    """`report --format md` escaped every "(", "-" and "#": "Ngày 22\\-10", "NĐ\\-CP",
    "\\(mã AAT\\)" in every summary, read as text. Only what would format is escaped; batch's md
    escaped nothing ("[x](…)" was a link there)."""
    from summarize.batch.run import run_batch
    from summarize.render.markdown import render_markdown

    sentence = "Ngày 22-10, Bộ Tài chính (NĐ-CP số 68) công bố mức thu 3.000 đồng/cổ phiếu."
    hostile = "Xem [bấm vào đây](http://evil.example) và <b>chữ đậm</b> cùng *nhấn mạnh* ngay."
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(f"Tin\n\n{sentence} {hostile}\n", "utf-8")
    markdown = render_markdown(build_briefing([tmp_path / "in"]))
    list(run_batch(tmp_path / "in", tmp_path / "out", jobs=1, formats=("md",)))
    mirrored = (tmp_path / "out" / "md" / "a.txt.md").read_text("utf-8")
    for text in (markdown, mirrored):
        assert f"- {sentence}" in text
        assert "\\[bấm vào đây\\](http://evil.example)" in text and "\\<b\\>" in text
        assert "\\*nhấn mạnh\\*" in text
