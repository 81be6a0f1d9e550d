"""Who presided ("Chủ trì" in the comparison): the chair named after "chủ trì … có", a body that
leads work is nobody presiding (dev articles read in session 8, bench/README.md)."""

from __future__ import annotations

from pathlib import Path

import pytest

from summarize.briefing.people import extract_people, presiding
from summarize.briefing.stats import comparison_rows
from summarize.models import BriefingOptions
from summarize.pipeline import build_briefing


def chairs(*sentences: str) -> tuple[str, ...]:
    return presiding(sentences, extract_people(sentences))


def test_the_chair_named_after_chu_tri() -> None:
    """ "Dự và chủ trì họp báo có đồng chí …": the name comes after; nobody was found."""
    assert chairs(
        "Dự và chủ trì họp báo có đồng chí Trần Văn Bình, Bộ trưởng Bộ Tư pháp.",
        "Ông Lê Văn Nam, Vụ trưởng Vụ Pháp chế cho biết giải thưởng sẽ trao vào tháng 6.",
    ) == ("Trần Văn Bình",)
    assert chairs("Hội nghị diễn ra dưới sự chủ trì của ông Phạm Văn Đức, Chủ tịch UBND tỉnh.") == (
        "Phạm Văn Đức",
    )
    assert chairs("Chủ tọa phiên tòa – ông Nguyễn Văn Tâm cho biết bản án sẽ được sửa.") == (
        "Nguyễn Văn Tâm",
    )


def test_the_chair_named_before_chu_tri() -> None:
    assert chairs("Tối 22/10, Thứ trưởng Bộ Y tế Nguyễn Thị Lan đã chủ trì cuộc họp.") == (
        "Nguyễn Thị Lan",
    )
    assert chairs("Tọa đàm do TS Phạm Văn Đức - Chủ tịch Hội Luật gia Việt Nam chủ trì.") == (
        "Phạm Văn Đức",
    )


def test_a_court_writes_its_presiding_judge_as_a_title() -> None:
    """ "chủ toạ X" with nothing between (dev trial reports): no "có/là/của" before the name."""
    assert chairs(
        "Hội đồng xét xử gồm 3 người, với sự điều hành của chủ toạ Phạm Thị Lan - Chánh toà "
        "hình sự TAND tỉnh."
    ) == ("Phạm Thị Lan",)
    assert chairs("Đây là thông báo của Thẩm phán - Chủ toạ Đỗ Văn Tâm gửi các bị cáo.") == (
        "Đỗ Văn Tâm",
    )
    # A judge named later in the sentence is not the presiding one.
    assert chairs("Chủ toạ hỏi bị cáo, sau đó luật sư Đỗ Văn Tâm trình bày.") == ()


def test_a_body_leading_work_is_nobody_presiding() -> None:
    """The person named last before "chủ trì" was taken as the chair: a spokesman quoted before
    "Chính phủ giao Bộ … chủ trì triển khai", a dead man before "Công an tỉnh chủ trì, phối hợp"."""
    assert (
        chairs(
            "Theo ông Lê Văn Nam, Vụ trưởng Vụ Pháp chế, Chính phủ giao Bộ Tư pháp chủ trì triển "
            "khai đề án."
        )
        == ()
    )
    assert (
        chairs(
            "Sau khi Lê Văn Hùng qua đời, Cơ quan điều tra Công an tỉnh chủ trì, phối hợp với các "
            "đơn vị liên quan khám nghiệm hiện trường."
        )
        == ()
    )
    # Something else between the name and "chủ trì" than the person's role: not the chair.
    assert (
        chairs("Sau khi ông Lê Văn Hùng phát biểu, đại diện Sở Tư pháp chủ trì buổi thảo luận.")
        == ()
    )


def test_the_comparison_names_the_chair_first_among_the_speakers(tmp_path: Path) -> None:
    """One column for who presided and who spoke: a column of chairs apart was "—" for most
    sections (7 of 205 development articles name who presided) and took the topics' width. The
    chair comes first and says so, wherever the text names them."""
    texts = {
        "a": "Sáng 2/11, tại Lào Cai, tỉnh tổ chức hội nghị tập huấn công tác nhân quyền. Phát "
        "biểu tại hội nghị, ông Lê Văn Nam, Giám đốc Sở Tư pháp cho biết công tác đã có chuyển "
        "biến. Hội nghị do đồng chí Trần Văn Bình, Phó Chủ tịch UBND tỉnh chủ trì.",
        "b": "Sáng 3/11, tại Yên Bái, tỉnh tổ chức hội nghị tổng kết công tác dân vận. Phát biểu "
        "tại hội nghị, bà Nguyễn Thị Hoa, Trưởng ban Dân vận Tỉnh ủy nêu kết quả năm qua.",
    }
    for name, text in texts.items():
        (tmp_path / f"{name}.txt").write_text(f"Hội nghị {name}\n\n{text}\n", "utf-8")
    briefing = build_briefing([tmp_path], briefing=BriefingOptions(group_by="file"))
    rows = {r.label: r.values for r in comparison_rows(briefing.conferences)}
    assert "Chủ trì" not in rows and "Phát biểu" not in rows
    assert rows["Chủ trì, phát biểu"] == (
        "Đồng chí Trần Văn Bình (chủ trì, Phó Chủ tịch UBND tỉnh); "
        "Ông Lê Văn Nam (Giám đốc Sở Tư pháp)",
        "Bà Nguyễn Thị Hoa (Trưởng ban Dân vận Tỉnh ủy)",
    )
    # Nobody presided anywhere: the column is the speakers'.
    alone = build_briefing([tmp_path / "b.txt"])
    assert [r.label for r in comparison_rows(alone.conferences)][2] == "Phát biểu"


def test_the_section_marks_who_presided(tmp_path: Path) -> None:
    """The comparison said who presided, the section's list of speakers did not."""
    from summarize.render.html import render_html
    from summarize.render.mail import render_email_html, render_email_text

    (tmp_path / "a.txt").write_text(
        "Hội nghị a\n\nSáng 2/11, tại Lào Cai, tỉnh tổ chức hội nghị tập huấn. Dự và chủ trì hội "
        "nghị có đồng chí Trần Văn Bình, Phó Chủ tịch UBND tỉnh. Phát biểu tại hội nghị, ông Lê "
        "Văn Nam, Giám đốc Sở Tư pháp cho biết công tác đã có chuyển biến. Đồng chí Trần Văn Bình "
        "nhấn mạnh công tác phải làm thường xuyên.\n",
        "utf-8",
    )
    briefing = build_briefing([tmp_path])
    html = render_html(briefing)
    assert '<strong>Đồng chí Trần Văn Bình</strong> <span class="chair">(chủ trì)</span> —' in html
    assert "<strong>Ông Lê Văn Nam</strong> — Giám đốc" in html
    assert "Đồng chí Trần Văn Bình</strong> (chủ trì) —" in render_email_html(briefing)
    text = render_email_text(briefing)
    assert "  - Đồng chí Trần Văn Bình (chủ trì) — Phó Chủ tịch UBND tỉnh" in text.splitlines()
    assert "  - Ông Lê Văn Nam — Giám đốc Sở Tư pháp" in text.splitlines()
    # A chair who spoke stays among the speakers, marked.
    (conference,) = briefing.conferences
    assert [p.name for p in conference.speakers] == ["Trần Văn Bình", "Lê Văn Nam"]


def test_a_chair_who_did_not_speak_is_listed_under_chu_tri(tmp_path: Path) -> None:
    """The lead's decision (stop 40): a chair who presided but is not shown speaking was listed
    under "Người được nhắc đến" with "(chủ trì)", among victims and people mentioned; a press
    office reads the chair as a participant. Now under "Chủ trì", before the speakers, in every
    output, and `voice` "presided" in briefing.json."""
    from summarize.render.html import render_html
    from summarize.render.mail import render_email_html, render_email_text
    from summarize.render.serialize import briefing_to_dict

    (tmp_path / "a.txt").write_text(
        "Hội nghị a\n\nSáng 2/11, tại Lào Cai, tỉnh tổ chức hội nghị tập huấn. Hội nghị do "
        "đồng chí Trần Văn Bình, Phó Chủ tịch UBND tỉnh chủ trì. Phát biểu tại hội nghị, ông Lê "
        "Văn Nam, Giám đốc Sở Tư pháp cho biết công tác đã có chuyển biến. Hội nghị tưởng niệm "
        "ông Phạm Văn Đồng, nguyên Thủ tướng Chính phủ.\n",
        "utf-8",
    )
    briefing = build_briefing([tmp_path])
    (conference,) = briefing.conferences
    assert [(h, [p.name for p in people]) for h, people in conference.people_lists] == [
        ("Chủ trì", ["Trần Văn Bình"]),
        ("Người phát biểu", ["Lê Văn Nam"]),
        ("Người được nhắc đến", ["Phạm Văn Đồng"]),
    ]
    chair = "<strong>Đồng chí Trần Văn Bình</strong> — Phó Chủ tịch UBND tỉnh</li>"
    for output in (render_html(briefing), render_email_html(briefing)):
        assert output.index(">Chủ trì</h3>") < output.index(chair)
        assert output.index(chair) < output.index(">Người phát biểu</h3>")
    lines = render_email_text(briefing).splitlines()
    at = lines.index("Chủ trì:")
    assert lines[at + 1] == "  - Đồng chí Trần Văn Bình — Phó Chủ tịch UBND tỉnh"
    assert lines[at + 3] == "Người phát biểu:"
    voices = {p["name"]: p["voice"] for p in briefing_to_dict(briefing)["conferences"][0]["people"]}
    assert voices == {"Trần Văn Bình": "presided", "Lê Văn Nam": "spoke", "Phạm Văn Đồng": "named"}


def test_the_chairs_mark_has_one_source(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The print/web HTML, the e-mail's HTML and its text each wrote "(chủ trì)" out: a word
    changed in one renderer would have left the others saying another."""
    import summarize.models
    from summarize.render.html import render_html
    from summarize.render.mail import render_email_html, render_email_text

    (tmp_path / "a.txt").write_text(
        "Hội nghị a\n\nSáng 2/11, tại Lào Cai, tỉnh tổ chức hội nghị tập huấn. Dự và chủ trì hội "
        "nghị có đồng chí Trần Văn Bình, Phó Chủ tịch UBND tỉnh. Đồng chí Trần Văn Bình nhấn mạnh "
        "công tác phải làm thường xuyên.\n",
        "utf-8",
    )
    (tmp_path / "b.txt").write_text(
        "Hội nghị b\n\nSáng 3/11, tại Yên Bái, tỉnh tổ chức hội nghị tổng kết công tác dân vận. "
        "Hội nghị do bà Nguyễn Thị Hoa, Trưởng ban Dân vận Tỉnh ủy chủ trì.\n",
        "utf-8",
    )
    briefing = build_briefing([tmp_path], briefing=BriefingOptions(group_by="file"))
    monkeypatch.setattr(summarize.models, "CHAIR", "chủ tọa")
    for output in (render_html(briefing), render_email_html(briefing), render_email_text(briefing)):
        assert "Trần Văn Bình</strong> " in output or "Trần Văn Bình (" in output
        assert "(chủ tọa)" in output  # beside a chair who spoke
        assert "chủ trì)" not in output
        # The heading over a chair who did not speak is the same word.
        assert "Chủ tọa</h3>" in output or "Chủ tọa:" in output
        assert "Chủ trì" not in output.replace("Chủ trì, phát biểu", "")
