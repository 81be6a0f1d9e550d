"""What a photo credit looks like to each stage (summarize/text/credits.py). The examples come from
the patterns the stages wrote on their own before: each row names every variant that finds a
credit in the text. Together the rows tell each variant from every other, so a variant that read
another's form (or a stage handed the wrong variant) fails a row here."""

from __future__ import annotations

import re

import pytest

from summarize.text import credits

VARIANTS: dict[str, re.Pattern[str]] = {
    "block": credits.CREDIT_BLOCK,  # text/page.py: a block that is only a credit
    "media opening": credits.MEDIA_LINE_OPENING,  # text/clean.py: a caption's line
    "bracket at end": credits.BRACKET_AT_LINE_END,  # text/clean.py: a caption's line
    "bracket in line": credits.BRACKET_IN_LINE,  # text/segment.py: a sentence after it
    "label in line": credits.LABEL_IN_LINE,  # text/segment.py: a sentence after it
    "in sentence": credits.CREDIT_IN_SENTENCE,  # ranking/standalone.py: never quoted
    "photo opening": credits.PHOTO_CREDIT_OPENING,  # ranking/standalone.py: the caption before it
    "label at end": credits.LABEL_AT_END,  # briefing/span_tagger.py: the credited name after it
    "glued": credits.GLUED_AFTER_DOT,  # briefing/organisations.py: cut from a body's name
}

EXAMPLES = [
    ("Ảnh: THUẬN VĂN", {"block", "media opening", "label in line", "in sentence", "photo opening"}),
    # A bracket with no colon: a whole line, a bracket in a line, or in a sentence.
    ("(Ảnh minh họa)", {"block", "bracket in line", "in sentence"}),
    # "Nguồn ảnh" is a label only to the page reader.
    ("Nguồn ảnh: Reuters", {"block"}),
    (
        "Các đại biểu dự lễ khánh thành (Ảnh: Quang Vinh)",
        {"bracket at end", "bracket in line", "in sentence"},
    ),
    # Lower case: only the line roles' bracket, which takes any case.
    ("Ông nói trong buổi họp (ảnh: tư liệu)", {"bracket at end"}),
    (
        "(Ảnh: Nguyễn Dân/TTXVN) Dự thảo luật được trình Quốc hội.",
        {"block", "media opening", "bracket in line", "in sentence", "photo opening"},
    ),
    (
        "Các đại biểu tại buổi làm việc - Ảnh: AFP Theo Hãng tin AFP, cuộc họp kéo dài",
        {"label in line", "in sentence"},
    ),
    # A clip's label: a whole line, a caption's opening, a credit in a sentence; no photo's.
    ("Video: Toàn cảnh vụ cháy", {"block", "media opening", "in sentence"}),
    # A line's label in lower case: the page reader and the line roles take any case.
    ("video: toàn cảnh vụ cháy", {"block", "media opening"}),
    ("Một người dân (Nguồn: Facebook) kể lại", {"bracket in line", "in sentence"}),
    ("Đồ họa: Minh Hòa", {"label in line", "in sentence", "photo opening"}),
    ("Photo: Reuters", {"in sentence", "photo opening"}),
    # A source may follow prose: it opens no photo's credit.
    ("Nguồn: Bộ Tài chính", {"block", "label in line", "in sentence"}),
    ("Hiện trường vụ tai nạn (Ảnh: ", {"in sentence", "label at end"}),
    ("theo nguồn: ", {"label at end"}),  # the tagger's label takes any case
    ("Chi cục Thuế Hai Bà Trưng.Ảnh: Ánh Tâm", {"glued"}),
    ("Ngân hàng Nhà nước.Video: Toàn cảnh", {"glued"}),
    # The splitter's "Ảnh minh họa" needs no colon, and reads the "họa" spelling only.
    ("Ảnh minh họa Bộ trưởng phát biểu", {"label in line", "in sentence"}),
    ("Ảnh minh hoạ Bộ trưởng phát biểu", {"in sentence"}),
    ("Ảnh (minh hoạ)", {"media opening"}),
    ("Bức ảnh: một người đứng trên cầu", set()),
]


@pytest.mark.parametrize(("text", "finders"), EXAMPLES)
def test_the_variants_that_find_a_credit_in(text: str, finders: set[str]) -> None:
    assert {name for name, pattern in VARIANTS.items() if pattern.search(text)} == finders


def test_the_examples_tell_every_variant_from_every_other() -> None:
    rows = {name: tuple(name in finders for _, finders in EXAMPLES) for name in VARIANTS}
    assert len(set(rows.values())) == len(VARIANTS)


def test_a_label_in_a_line_ends_where_the_credited_name_starts() -> None:
    line = "Các đại biểu tại buổi làm việc - Ảnh: AFP Theo Hãng tin AFP, cuộc họp kéo dài"
    label = credits.LABEL_IN_LINE.search(line)
    assert label is not None and line[label.end() :].startswith("AFP Theo")


def test_a_glued_credit_is_cut_from_the_name_before_its_dot() -> None:
    name = "Chi cục Thuế Hai Bà Trưng.Ảnh: Ánh Tâm"
    assert credits.GLUED_AFTER_DOT.sub("", name) == "Chi cục Thuế Hai Bà Trưng"
