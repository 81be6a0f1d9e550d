"""A measure cut to its longest (16 words before a figure, 14 after it) never starts or ends inside a
word as underthesea reads it (stop 43, rule W, read off s10's "nghị Uỷ ban Thẩm phán TAND Cấp cao
xét xử …": "đề nghị" cut in two); bench/README.md, stop 43."""

from __future__ import annotations

from summarize.briefing.facts import extract_facts


def test_the_cut_before_a_figure_takes_the_whole_word() -> None:
    sentence = (
        "Theo kháng nghị giám đốc thẩm ngày 21/11, TAND Cấp cao tại Hà Nội đề nghị Uỷ ban Thẩm"
        " phán TAND Cấp cao xét xử giám đốc thẩm theo hướng huỷ 2 bản án sơ thẩm và phúc thẩm."
    )
    labels = {f.text: f.label for f in extract_facts([sentence])}
    assert (labels["2 bản án"] or "").startswith("đề nghị Uỷ ban Thẩm phán")
