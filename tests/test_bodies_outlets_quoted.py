"""Outlets the article quotes, answers or credits are sources, not parties (stop 37, orgs; read
off the s9 and s10 batches' errors, kept because no dev batch lost: bench/README.md)."""

from __future__ import annotations

import pytest

from summarize.briefing.organisations import extract_organisations


@pytest.mark.parametrize(
    "sentence",
    [
        "Trả lời hãng tin AP, một quan chức cho biết cuộc tấn công xảy ra vào đêm 31/10.",
        "Phát biểu trên hãng tin CNN, một quan chức Mỹ khẳng định điều đó.",
        "Ngay sau khi tờ báo Le Monde của Pháp đăng tải thông tin, ông gọi điện.",
        "Dưới đây là bài phỏng vấn được thực hiện với tờ Fast Company:",
        "Trả lời báo VietNamNet về quy định này, ông Vinh cho rằng nhu cầu tăng mạnh.",
        "Báo Le Monde cho rằng các công dân Pháp đã bị cuốn vào sự giám sát.",
        "Ảnh: AFP/TTXVN",
        "TTXVN/Tin tức",
    ],
)
def test_an_outlet_quoted_answered_or_credited_is_no_party(sentence: str) -> None:
    assert extract_organisations([sentence]) == ()


def test_an_outlet_that_signs_is_a_party() -> None:
    found = extract_organisations(["Hãng tin Reuters và Tân Hoa Xã ký thỏa thuận hợp tác."])
    assert "Hãng tin Reuters" in found
