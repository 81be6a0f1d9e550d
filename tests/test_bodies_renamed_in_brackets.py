"""One bank under its successive names is one body: a bracket after a name that opens with a
short name the text gave the bank elsewhere ties the two names (rule R1, stop 41)."""

from __future__ import annotations

import pytest

from summarize.briefing.organisations import extract_organisations

RENAMED = (
    "Vụ án gây thất thoát tại ngân hàng TMCP Xây dựng Việt Nam – VNCB (trước đó là ngân hàng TMCP "
    "Đại Tín – TrustBank, và nay là ngân hàng TNHH MTV Xây dựng Việt Nam – CB) được xét xử."
)


@pytest.mark.parametrize(
    "sentences",
    [
        # the short name is given first, the bracket names the bank by its short name after
        [RENAMED, "Ông Bình tái cơ cấu ngân hàng Đại Tín (TrustBank – tiền thân của VNCB)."],
        # the bracket comes first, the short name is given later in the text
        ["Ông Bình tái cơ cấu ngân hàng Đại Tín (TrustBank – nay là CB).", RENAMED],
    ],
)
def test_a_bank_named_by_its_short_name_in_brackets_is_listed_once(sentences: list[str]) -> None:
    assert len(extract_organisations(sentences)) == 1, extract_organisations(sentences)


def test_a_short_name_no_sentence_gives_ties_nothing() -> None:
    sentences = ["Ngân hàng Đại Tín (TrustBank – tiền thân của VNCB) và ngân hàng Á Châu ký kết."]
    assert set(extract_organisations(sentences)) == {"Ngân hàng Đại Tín", "Ngân hàng Á Châu"}
