"""Charts and awards are no bodies, stop 40 (orgs): a designated name followed by an event's word
names the event ("Billboard Music Awards"), and "BXH" abbreviates "bảng xếp hạng", a chart
(bench/README.md, "Stop 40, orgs")."""

from __future__ import annotations

from summarize.briefing.organisations import extract_organisations


def test_an_awards_show_is_no_body() -> None:
    found = extract_organisations(["Adele giành giải Nghệ sĩ xuất sắc tại Billboard Music Awards."])
    assert found == ()


def test_a_chart_is_no_body_a_position_serves() -> None:
    found = extract_organisations(
        ["Danh hiệu thuộc về Taylor Swift – người đứng đầu BXH Billboard."]
    )
    assert "BXH" not in found


def test_a_label_named_with_its_designator_is_still_a_body() -> None:
    found = extract_organisations(["Hiện cả Sony Music, XL Recordings đều chưa đưa ra bình luận."])
    assert "Sony Music" in found
