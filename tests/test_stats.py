"""Side-by-side statistics: one value per conference, Vietnamese number formats, word topics."""

from __future__ import annotations

from pathlib import Path

from summarize.briefing.facts import extract_facts
from summarize.briefing.stats import (
    as_written,
    comparison_rows,
    figures_by_key,
    keywords,
    shared_figures,
)
from summarize.models import Conference, Indicator, IndicatorKey, Options, Scale
from summarize.pipeline import build_briefing
from summarize.text.normalize import fold_tones


def test_one_value_per_conference_in_every_row(seed_briefing) -> None:  # type: ignore[no-untyped-def]
    rows = comparison_rows(seed_briefing.conferences)
    assert all(len(r.values) == len(seed_briefing.conferences) for r in rows)
    assert [r.label for r in rows] == [
        "Ngày", "Địa điểm", "Phát biểu", "Cơ quan, tổ chức", "Chủ đề chính",
    ]  # fmt: skip
    assert all(r.key is None for r in rows)  # text rows: never charted


def test_shared_figures_are_aligned_by_measure_and_each_figure_is_used_once(seed_briefing) -> None:  # type: ignore[no-untyped-def]
    rows = {r.key: r for r in shared_figures(seed_briefing.conferences)}
    growth = IndicatorKey(Indicator.GROWTH, Scale.PERCENT)
    assert set(rows) == {growth}
    assert rows[growth].values == ("13,45%", "10%") and rows[growth].numbers == (13.45, 10.0)
    used = [v for row in rows.values() for v in row.values if v]
    assert len(used) == len(set(used))


def test_rows_are_found_by_key_whatever_their_heading_says() -> None:
    one = Conference("c1", "A", ("a1",), (), facts=extract_facts(["Vốn đầu tư đạt 5 tỷ đồng."]))
    two = Conference("c2", "B", ("a2",), (), facts=extract_facts(["Vốn đầu tư 300 triệu đồng."]))
    (row,) = shared_figures([one, two])
    assert row.key == IndicatorKey(Indicator.CAPITAL, Scale.VND)
    assert row.numbers == (5.0, 0.3)  # one scale: tỷ đồng
    assert row.label == f"{Indicator.CAPITAL.value} (tỷ đồng)"


def test_counts_of_different_things_are_not_compared() -> None:
    one = Conference(
        "c1", "A", ("a1",), (), facts=extract_facts(["Đã tạo việc làm cho 300 người."])
    )
    two = Conference("c2", "B", ("a2",), (), facts=extract_facts(["Đã tạo việc làm cho 12 hộ."]))
    assert shared_figures([one, two]) == ()


def test_topics_are_whole_words_not_syllable_pairs() -> None:
    texts = ["Bảo đảm quyền con người là nhiệm vụ của hội nghị."] * 3 + [
        "Hội nghị bàn về quyền con người và công tác nhân quyền."
    ] * 2
    topics = keywords(texts)
    assert {"con người", "bảo đảm", "nhân quyền"} <= set(topics)  # underthesea's words
    assert "quyền con" not in topics and "đảm quyền" not in topics


def test_a_topic_is_said_often_here_and_rarely_in_news() -> None:
    """By count alone the seeds' topics opened on "công tác" (in 335 of 2,300 development
    articles); "nhân quyền" (in 15) says what the conference was about."""
    texts = [
        "Công tác nhân quyền được quan tâm.",
        "Công tác tuyên truyền về nhân quyền được đẩy mạnh.",
        "Hoạt động công tác dân vận diễn ra.",
    ]
    assert keywords(texts)[0] == "nhân quyền"  # said twice; "công tác" three times


def test_a_score_is_no_topic() -> None:
    """The segmenter joins a score to its word ("đậm_1-4"), and a rare word ranks high."""
    topics = keywords(
        [
            "HAGL thua đậm 1-4 trước Khánh Hòa.",
            "Trận thua đậm 1-4 khiến HAGL thất vọng.",
            "Cầu thủ HAGL thi đấu thiếu tinh thần.",
        ]
    )
    assert "thất vọng" in topics and not any(ch.isdigit() for t in topics for ch in t)


def test_markup_written_as_text_is_no_topic() -> None:
    """A Word file's text "“<b>đậm</b>”" was segmented "<_b": the comparison's topics read
    "ghi chú, <, b, ký hiệu"."""
    topics = keywords(["Văn bản ghi chú “<b>đậm</b>” & ký hiệu.", "Ghi chú <b>mới</b> ở đây."])
    assert "ghi chú" in topics and not any("<" in t or ">" in t for t in topics)


def test_a_name_the_segmenter_cut_leaves_no_piece_as_a_topic() -> None:
    """ "Trần | Thị_Lan", "Lưu_Hiểu | Khánh": the comparison read "Thị Lan" and "Lưu Hiểu" as
    topics. A whole name after a title's abbreviation stays one ("TS Nguyễn Hồng Trang")."""
    topics = keywords(
        [
            "Bà Trần Thị Lan, Phó Giám đốc Sở, đề nghị đẩy mạnh cải cách hành chính.",
            "Theo bà Trần Thị Lan, cải cách hành chính giúp người dân.",
            "Nữ diễn viên Lưu Hiểu Khánh bị chỉ trích vì tuổi tác.",
            "Lưu Hiểu Khánh vẫn đóng vai thiếu nữ.",
        ]
    )
    assert "cải cách" in topics and "Thị Lan" not in topics and "Lưu Hiểu" not in topics
    whole = keywords(["TS Nguyễn Hồng Trang cho biết doanh thu tăng.", "TS Nguyễn Hồng Trang nói."])
    assert "Nguyễn Hồng Trang" in whole


def test_a_form_of_address_or_a_piece_of_a_name_is_no_topic() -> None:
    """ "đồng chí" is how officials are addressed, as "ông" is; the segmenter also cuts a name
    it has whole elsewhere ("thế_huynh" beside "đinh_thế_huynh"): the topic said twice."""
    topics = keywords(
        [
            "Đồng chí Đinh Thế Huynh làm việc tại Đắk Lắk.",
            "Thế Huynh nhấn mạnh việc chăm lo đời sống đồng bào.",
            "Đồng chí Đinh Thế Huynh đề nghị tỉnh tập trung sản xuất.",
            "Đồng chí yêu cầu chăm lo đời sống.",
        ]
    )
    assert topics[0] == "Đinh Thế Huynh"
    assert "đồng chí" not in topics and "Thế Huynh" not in topics


def test_a_change_is_left_out_of_the_rows_but_a_level_named_muc_is_not() -> None:
    level = extract_facts(["Mức kinh phí hỗ trợ đạt 5 tỷ đồng."])
    change = extract_facts(["Tỷ lệ hộ nghèo giảm 1,2% so với năm trước."])
    keyed = figures_by_key(level)
    assert [(k.indicator, f.text) for k, (f, _) in keyed.items()] == [
        (Indicator.FUNDING, "5 tỷ đồng")
    ]
    assert figures_by_key(change) == {}


def test_a_measure_of_its_own_is_labelled_as_written() -> None:
    one = Conference(
        "c1", "A", ("a1",), (), facts=extract_facts(["UBND tỉnh tiếp nhận 300 hồ sơ."])
    )
    two = Conference(
        "c2", "B", ("a2",), (), facts=extract_facts(["UBND tỉnh tiếp nhận 120 hồ sơ."])
    )
    (row,) = shared_figures([one, two])
    assert row.label == "UBND tỉnh tiếp nhận (hồ sơ)"


def test_the_side_by_side_table_shortens_long_roles(seed_briefing) -> None:  # type: ignore[no-untyped-def]
    """Whole, three speakers' roles made Hải Dương's row eight lines tall; the section above lists
    each role whole."""
    from summarize.briefing.stats import short_role

    rows = {r.label: r.values for r in comparison_rows(seed_briefing.conferences)}
    spoke = rows["Phát biểu"][1] or ""
    assert "PGS.TS Nguyễn Thị Thanh Hải (Phó viện trưởng, Viện Quyền con người…)" in spoke
    assert "Học viện Chính trị" not in spoke
    assert "Đại tá Lê Đức Thành (Phó Giám đốc Công an tỉnh…)" in spoke
    # A role that fits stays whole; one without a comma is cut at a word.
    assert short_role("Giám đốc Sở Y tế Hà Nội") == "Giám đốc Sở Y tế Hà Nội"
    long = "Phó Chánh văn phòng Thường trực Ban chỉ đạo Nhân quyền Chính phủ khu vực phía Bắc"
    assert short_role(long) == "Phó Chánh văn phòng Thường trực Ban chỉ đạo Nhân quyền…"
    # A comma too early leaves too little before it: cut at a word instead.
    assert short_role("Bí thư, " + long).startswith("Bí thư, Phó Chánh văn phòng")


def test_topics_are_written_as_the_text_writes_them() -> None:
    """The segmenter lower-cases: topics read "việt nam", "paul blackthorne"."""
    texts = [
        "Nam diễn viên Paul Blackthorne tới Việt Nam kêu gọi bảo vệ tê giác.",
        "Paul Blackthorne nói Việt Nam cần giảm tiêu thụ sừng tê giác.",
        "Tê giác là loài cần bảo vệ, theo Paul Blackthorne.",
    ]
    assert {"Paul Blackthorne", "tê giác"} <= set(keywords(texts))  # "Tê giác" once of three
    assert as_written("việt_nam", [fold_tones(t) for t in texts]) == "Việt Nam"
    # Lower-cased whole, "giải Scotland" and "HLV trưởng" read "giải scotland", "hlv trưởng".
    coach = [fold_tones("Ông là HLV trưởng đội vô địch giải Scotland và từng dự cúp châu Âu.")]
    assert as_written("hlv_trưởng", coach) == "HLV trưởng"
    assert as_written("giải_scotland", coach) == "giải Scotland"
    assert as_written("châu_âu", coach) == "châu Âu"
    # A word capitalised only inside bodies' names is the word.
    health = keywords(["Bộ Y tế họp về y tế cơ sở.", "Lãnh đạo Bộ Y tế cho biết.", "Bộ Y tế nói."])
    assert "y tế" in health and "Y tế" not in health


def test_a_speakers_name_is_no_topic_beside_the_column_that_lists_him(tmp_path: Path) -> None:
    """Lạng Sơn's row read "Chủ trì, phát biểu: … Đại tá Nguyễn Quốc Đoàn (Phó Giám đốc Công an
    tỉnh…)" and "Chủ đề chính: nhân quyền, thường trực, tư vấn, Lạng Sơn, Nguyễn Quốc Đoàn". A
    name the text only mentions may still be the topic (a visit, a film's star)."""
    texts = [
        "Đại tá Nguyễn Quốc Đoàn, Phó Giám đốc Công an tỉnh, đề nghị đấu tranh phản bác.",
        "Theo Đại tá Nguyễn Quốc Đoàn, công tác nhân quyền cần đổi mới.",
        "Đại tá Nguyễn Quốc Đoàn cho biết công tác nhân quyền có nhiều kết quả.",
    ]
    assert "Nguyễn Quốc Đoàn" in keywords(texts)
    spoke = keywords(texts, ["Nguyễn Quốc Đoàn"])
    assert "nhân quyền" in spoke and not any("Đoàn" in t or "Quốc" in t for t in spoke)
    (tmp_path / "a.txt").write_text("Hội nghị nhân quyền\n\n" + " ".join(texts) + "\n", "utf-8")
    conference = build_briefing([tmp_path], Options()).conferences[0]
    assert [p.name for p in conference.speakers] == ["Nguyễn Quốc Đoàn"]
    assert conference.stats and "Nguyễn Quốc Đoàn" not in conference.stats.keywords
