"""An article's main person named bare, with the calling only in an epithet that stands for the
name ("Tỉ phú giàu thứ nhì nước Nga phát biểu …", "…”, thủ môn 22 tuổi chia sẻ"), was listed
with no role (issue 23: roles of the s9 and s10 batches)."""

from __future__ import annotations

from pathlib import Path

from summarize.briefing.epithets import with_epithet_roles
from summarize.briefing.people import extract_people
from summarize.models import BriefingOptions, Person
from summarize.pipeline import build_briefing


def roles(*sentences: str) -> dict[str, str | None]:
    people = extract_people(sentences)
    return {p.name: p.role for p in with_epithet_roles(sentences, people)}


PORTRAIT = (
    "Theo Russia Today, ông Mikhail Fridman cho hay ông sẽ chuyển toàn bộ tài sản để làm từ thiện.",
    "Tỉ phú giàu thứ nhì nước Nga phát biểu như trên khi trả lời câu hỏi từ khán giả.",
    "Theo Fridman, cho người trẻ số tiền lớn có thể hủy hoại cuộc đời của họ.",
    "Ông Fridman có bốn người con.",
)


def test_the_epithet_gives_the_main_person_a_role() -> None:
    assert roles(*PORTRAIT)["Mikhail Fridman"] == "Tỉ phú"


def test_an_epithet_after_a_quote_with_an_age() -> None:
    sentences = (
        "Ở Anfield, ông Loris Karius sẽ mặc chiếc áo số 1.",
        "“Tôi đã bị thuyết phục sau khi nói chuyện với ông ấy”, thủ môn 22 tuổi chia sẻ.",
        "Với việc Karius gia nhập Liverpool, HLV Juergen Klopp có thêm lựa chọn.",
        "Tôi không sợ bất cứ điều gì cả”, Karius cho biết.",
    )
    assert roles(*sentences)["Loris Karius"] == "thủ môn"


def test_a_role_the_text_gives_beside_the_name_is_kept() -> None:
    sentences = (*PORTRAIT, "Chủ tịch Tập đoàn Alfa Mikhail Fridman nói thêm.")
    assert roles(*sentences)["Mikhail Fridman"] == "Chủ tịch Tập đoàn Alfa"


def test_no_main_person_no_role() -> None:
    """Named in two sentences only: a person in passing, whom an epithet need not mean."""
    sentences = PORTRAIT[:2]
    assert roles(*sentences)["Mikhail Fridman"] is None


def test_a_calling_before_a_name_or_inside_a_quote_is_no_epithet() -> None:
    """ "thủ môn Simon Mignolet" names someone else; "“… cầu thủ vi phạm …" is a speaker's talk
    of players at large."""
    sentences = (
        *PORTRAIT[::2],
        "Ông Fridman cũng gặp thủ môn Simon Mignolet.",
        "“Trong một số trường hợp, cầu thủ vi phạm về đạo đức thì bị phạt nặng”, ông Fridman nói.",
    )
    assert roles(*sentences)["Mikhail Fridman"] is None


def test_the_briefing_shows_the_epithets_role(tmp_path: Path) -> None:
    body = " ".join(PORTRAIT)
    (tmp_path / "a.txt").write_text(f"Tỉ phú Nga làm từ thiện\n\n{body}\n", "utf-8")
    briefing = build_briefing([tmp_path], briefing=BriefingOptions(group_by="file"))
    (conference,) = briefing.conferences
    assert Person("Mikhail Fridman", "Ông", "Tỉ phú") in [
        Person(p.name, p.title, p.role) for p in conference.people
    ]
