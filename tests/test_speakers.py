"""Who spoke, apart from everyone named: a briefing headed every person the facts found "Người
phát biểu", the defendant and the victim of a court report too (issue 23, the lead's decision
of session 39). Speakers are the subjects of a verb of saying and those a statement is
attributed to; everyone else is listed under "Người được nhắc đến"."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from summarize.briefing.people import extract_people
from summarize.briefing.speakers import with_voices
from summarize.briefing.stats import comparison_rows
from summarize.models import NAMED, SPEAKERS, BriefingOptions, Voice
from summarize.pipeline import build_briefing
from summarize.render.html import render_html
from summarize.render.mail import render_email_html, render_email_text
from summarize.render.serialize import briefing_to_dict

COURT = (
    "Xử phúc thẩm vụ cố ý gây thương tích\n\n"
    "Sáng 12/6, TAND TP.HCM mở phiên tòa phúc thẩm xét xử bị cáo Nguyễn Văn Hoài (SN 1990, trú "
    "quận 8) về tội Cố ý gây thương tích. Theo cáo trạng, Hoài đã dùng dao đâm anh Trần Minh "
    "Đức (SN 1985) bị thương nặng. Tòa tuyên phạt bị cáo Nguyễn Văn Hoài 7 năm tù. Trao đổi "
    "với phóng viên, luật sư Lê Thị Mai, người bào chữa cho bị cáo cho biết sẽ kiến nghị giám "
    "đốc thẩm.\n"
)
CONFERENCE = (
    "Hội nghị tổng kết công tác tư pháp\n\n"
    "Sáng 2/11, tại Lào Cai, tỉnh tổ chức hội nghị tổng kết công tác tư pháp. Phát biểu tại "
    "hội nghị, ông Lê Văn Nam, Giám đốc Sở Tư pháp tỉnh nhấn mạnh công tác đã có chuyển biến. "
    "Bà Nguyễn Thị Hoa, Phó Giám đốc Sở Nội vụ cho biết tỉnh đã tinh giản 120 biên chế. Hội "
    "nghị dành một phút tưởng niệm ông Phạm Văn Đồng, nguyên Thủ tướng Chính phủ.\n"
)


def voices(*sentences: str) -> dict[str, Voice]:
    return {p.name: p.voice for p in with_voices(sentences, extract_people(sentences))}


@pytest.mark.parametrize(
    ("sentence", "spoke"),
    [
        # The subject of a verb of saying, after its apposition or a tense word.
        ("Ông Lê Văn Nam, Giám đốc Sở Tư pháp cho biết tỉnh đã tinh giản 120 biên chế.", True),
        ("Bộ trưởng Trần Văn Sơn đã phát biểu tại hội nghị.", True),
        # A statement attributed: "Theo …", an opening clause of saying.
        ("Theo ông Lê Văn Nam, công tác đã có chuyển biến.", True),
        ("Phát biểu tại hội nghị, Đại tá Lê Đức Thành đánh giá cao công tác phối hợp.", True),
        ("Trả lời báo chí, bà Nguyễn Thị Hoa, Phó Giám đốc Sở Nội vụ nêu rõ kế hoạch.", True),
        # Named only: a party, a victim, someone the verb is about or for.
        ("Tòa tuyên phạt bị cáo Nguyễn Văn Hoài 7 năm tù.", False),
        ("Hoài đã dùng dao đâm anh Trần Minh Đức bị thương nặng.", False),
        ("Luật sư bào chữa cho ông Đỗ Anh Tuấn cho rằng không có căn cứ kết tội.", False),
        ("Bị cáo Nguyễn Văn Hoài bị đề nghị mức án 7 năm tù.", False),
        # A passive voice names whom the act is done to.
        ("Ông Lê Văn Nam được hỏi về kế hoạch năm tới.", False),
        # Another subject between the name and the verb speaks, not the name.
        ("Xét kháng cáo của bị cáo Hoàng Công Lương, VKS cho rằng bị cáo có lỗi.", False),
    ],
)
def test_a_speaker_is_the_subject_of_saying_or_the_one_quoted(sentence: str, spoke: bool) -> None:
    found = voices(sentence)
    assert found, sentence  # the rules of people found the person at all
    assert (Voice.SPOKE in found.values()) is spoke, found


def test_a_short_form_after_a_courtesy_is_the_same_speaker() -> None:
    found = voices(
        "Bà Nguyễn Thị Hoa, Phó Giám đốc Sở Nội vụ dự hội nghị.",
        "“Tỉnh sẽ tinh giản tiếp”, bà Hoa nói.",
    )
    assert found == {"Nguyễn Thị Hoa": Voice.SPOKE}


def test_a_court_report_lists_its_parties_as_named_not_as_speakers(tmp_path: Path) -> None:
    (tmp_path / "court.txt").write_text(COURT, "utf-8")
    briefing = build_briefing([tmp_path])
    (conference,) = briefing.conferences
    assert [p.name for p in conference.speakers] == ["Lê Thị Mai"]
    assert {p.name for p in conference.named} == {"Nguyễn Văn Hoài", "Trần Minh Đức"}
    html = render_html(briefing)
    spoke, named = html.index(f"<h3>{SPEAKERS}</h3>"), html.index(f"<h3>{NAMED}</h3>")
    mai, hoai = html.index("Lê Thị Mai</strong>"), html.index("Nguyễn Văn Hoài</strong>")
    assert spoke < mai < named < hoai
    text = render_email_text(briefing)
    listed = text[text.index(f"{NAMED}:") :]
    assert (
        "  - Nguyễn Văn Hoài" in listed
        and "Nguyễn Văn Hoài" not in text[text.index(f"{SPEAKERS}:") : text.index(f"{NAMED}:")]
    )
    mail = render_email_html(briefing)
    heading = mail.index(f"{NAMED}</h3>")  # the e-mail's styles are inlined
    assert mail.index(f"{SPEAKERS}</h3>") < mail.index("<strong>Luật sư Lê Thị Mai</strong>")
    assert heading < mail.index("<strong>Nguyễn Văn Hoài</strong>")


def test_a_conference_lists_its_speakers_and_the_comparison_only_them(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(CONFERENCE, "utf-8")
    (tmp_path / "b.txt").write_text(COURT, "utf-8")
    briefing = build_briefing([tmp_path], briefing=BriefingOptions(group_by="file"))
    first, _court = briefing.conferences
    assert [p.name for p in first.speakers] == ["Lê Văn Nam", "Nguyễn Thị Hoa"]
    assert [p.name for p in first.named] == ["Phạm Văn Đồng"]
    rows = {r.label: r.values for r in comparison_rows(briefing.conferences)}
    assert "Phạm Văn Đồng" not in (rows["Phát biểu"][0] or "")
    assert "Lê Văn Nam" in (rows["Phát biểu"][0] or "")
    assert rows["Phát biểu"][1] == "Luật sư Lê Thị Mai"  # the court's parties are not who spoke
    data = json.loads(json.dumps(briefing_to_dict(briefing)))
    people = {p["name"]: p["voice"] for p in data["conferences"][0]["people"]}
    assert people == {"Lê Văn Nam": "spoke", "Nguyễn Thị Hoa": "spoke", "Phạm Văn Đồng": "named"}


def test_the_seeds_five_people_are_all_speakers(seed_briefing) -> None:  # type: ignore[no-untyped-def]
    listed = [[p.name for p in c.speakers] for c in seed_briefing.conferences]
    assert listed == [
        ["Mai Sơn", "Nguyễn Văn Kỷ"],
        ["Nguyễn Văn Kỷ", "Nguyễn Thị Thanh Hải", "Lê Đức Thành"],
    ]
    assert all(not c.named for c in seed_briefing.conferences)
