"""The learned people tagger (summarize/data/people_tagger.crf): a person the rules miss, because
no rank, honorific or position stands beside the name, is found when the model tags the name
twice; a name tagged once, or one the rules already hold, is not added."""

from __future__ import annotations

from pathlib import Path

from bench.train_tagger import distant_labels
from summarize import BriefingOptions, build_briefing
from summarize.briefing.people import extract_people
from summarize.briefing.span_features import shape
from summarize.briefing.span_tagger import Kind, tag_spans, tagged_people
from summarize.briefing.tokens import tokens

# A singer the press names with no title at all, twice.
SINGER = [
    "Vượt qua Taylor Swift và Drake, Adele đã giành giải Nghệ sĩ xuất sắc tại lễ trao giải.",
    "Trong tin nhắn video, Adele gửi lời cảm ơn tới khán giả.",
]


def test_a_singer_named_twice_with_no_title_is_among_the_sections_people(tmp_path: Path) -> None:
    assert "Adele" not in [p.name for p in extract_people(SINGER)]  # the rules miss her
    article = tmp_path / "giai-thuong.txt"
    article.write_text("Adele thắng lớn\n\n" + " ".join(SINGER) + "\n", encoding="utf-8")
    briefing = build_briefing([article], briefing=BriefingOptions(group_by="file"))
    (section,) = briefing.conferences
    adele = next(p for p in section.people if p.name == "Adele")
    assert (adele.title, adele.role) == (None, None)  # the tagger reads names, not positions


def test_a_name_tagged_once_is_not_added() -> None:
    once = SINGER[:1]
    assert any(s.kind is Kind.PERSON and s.text == "Adele" for s in tag_spans(once[0]))
    assert "Adele" not in [p.name for p in tagged_people(once, ())]


def test_a_person_the_rules_found_is_not_added_again() -> None:
    sentences = [
        "HLV Park Hang-seo cho biết đội tuyển đã sẵn sàng.",
        "Park Hang-seo và các học trò tập luyện trên sân Mỹ Đình.",
        "Theo Park Hang-seo, trận đấu sẽ rất khó khăn.",
    ]
    found = extract_people(sentences)
    assert [p.name for p in found] == ["Park Hang-seo"]
    assert tagged_people(sentences, found) == ()


def test_token_shapes() -> None:
    assert [shape(t) for t in ("UBND", "Hang-seo", "Hà", "tỉnh", "2016", ",")] == [
        "A", "Cx", "C", "l", "D", "P",
    ]  # fmt: skip


def test_distant_labels_take_the_longest_annotated_string_first() -> None:
    sentence = "Ông Nguyễn Văn Đua, Phó Bí thư Thành ủy TP.HCM, tiếp bà Lydia Samarbakhsh."
    entry = {
        "people": [["Nguyễn Văn Đua", "Phó Bí thư"], ["Lydia Samarbakhsh", None]],
        "organisations": [["Thành ủy TP.HCM", "Thành ủy"]],
    }
    words = tokens(sentence)
    labels, found = distant_labels(words, entry)
    tagged = [(w.text, label) for w, label in zip(words, labels, strict=True) if label != "O"]
    assert tagged == [
        ("Nguyễn", "B-PER"), ("Văn", "I-PER"), ("Đua", "I-PER"),
        ("Thành", "B-ORG"), ("ủy", "I-ORG"), ("TP.HCM", "I-ORG"),
        ("Lydia", "B-PER"), ("Samarbakhsh", "I-PER"),
    ]  # fmt: skip
    assert found == {"Nguyễn Văn Đua", "Lydia Samarbakhsh", "Thành ủy TP.HCM"}  # not "Thành ủy"
