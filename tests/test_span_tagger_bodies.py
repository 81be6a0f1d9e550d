"""A tagger fitted on few bodies in Latin script reads them as people on text it has not seen
(left out of its training, it added "Vietnam Airlines", "General Electric", "Manchester City" on
dev-115): a name it adds is no company and none of the section's organisations."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from summarize.briefing import span_tagger
from summarize.briefing.span_tagger import Kind, Span, tagged_people

SENTENCES = ["first sentence", "second sentence"]


@pytest.fixture
def reads_as_people(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The tagger, as one fitted without these articles reads them: each name a person twice."""
    names = ["Vietnam Airlines", "Manchester City", "Adele"]
    spans = [Span(Kind.PERSON, name, 0.9) for name in names]
    monkeypatch.setattr(span_tagger, "tag_spans", lambda sentence: spans)
    yield


def _added(bodies: list[str]) -> list[str]:
    return [p.name for p in tagged_people(SENTENCES, (), bodies)]


def test_a_name_with_a_company_word_is_no_person(reads_as_people: None) -> None:
    assert "Vietnam Airlines" not in _added([])  # "Airlines" closes a body's name


def test_a_name_the_sections_organisations_hold_is_no_person(reads_as_people: None) -> None:
    assert "Manchester City" in _added([])  # nothing says it is a club but the organisations
    assert "Manchester City" not in _added(["Câu lạc bộ Manchester City"])
    assert "Manchester City" not in _added(["Manchester City"])


def test_a_singer_beside_the_bodies_is_still_added(reads_as_people: None) -> None:
    assert _added(["Manchester City", "Hãng hàng không Vietnam Airlines"]) == ["Adele"]


def test_a_name_only_ever_in_a_streets_name_is_no_person(monkeypatch: pytest.MonkeyPatch) -> None:
    sentences = [
        "Lực lượng chức năng kiểm tra một tiệm spa trên đường Phạm Thái Bường, quận 7.",
        "Tiệm spa trên đường Phạm Thái Bường (phường Tân Phong) bị đình chỉ.",
    ]
    spans = [Span(Kind.PERSON, "Phạm Thái Bường", 0.9)]
    monkeypatch.setattr(span_tagger, "tag_spans", lambda sentence: spans)
    assert tagged_people(sentences, ()) == ()
    said = [sentences[0], "Phạm Thái Bường cho biết ông không biết việc này."]
    assert [p.name for p in tagged_people(said, ())] == ["Phạm Thái Bường"]  # once as a speaker


def test_a_name_only_ever_in_a_credit_is_no_person(monkeypatch: pytest.MonkeyPatch) -> None:
    sentences = [
        "Biểu tình tại Campuchia (Ảnh: Đỗ Tuấn Anh) Tại cuộc họp báo sáng 23/10, phe đối lập nói.",
        "Kinh tế Campuchia sẽ tăng trưởng 7-7,2%./. Đỗ Tuấn Anh/VOV-Phnom Penh",
    ]
    spans = [Span(Kind.PERSON, "Đỗ Tuấn Anh", 0.9)]
    monkeypatch.setattr(span_tagger, "tag_spans", lambda sentence: spans)
    assert tagged_people(sentences, ()) == ()  # the reporter, who took the photo
    said = [sentences[0], "Đỗ Tuấn Anh cho biết cuộc biểu tình diễn ra ôn hòa."]
    assert [p.name for p in tagged_people(said, ())] == ["Đỗ Tuấn Anh"]


def test_a_country_between_a_title_and_its_holder_is_no_person(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """ "Hoàng tử Ả Rập Saudi Bandar bin Sultan": the tagger read the country as the name."""
    spans = [Span(Kind.PERSON, "Ả Rập Saudi", 0.9), Span(Kind.PERSON, "Hà Nội", 0.9)]
    monkeypatch.setattr(span_tagger, "tag_spans", lambda sentence: spans)
    assert tagged_people(SENTENCES, ()) == ()
