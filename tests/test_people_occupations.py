"""What a person does, written in lower case before the name ("trọng tài Nguyễn Trung Kiên",
"đạo diễn Ken Loach"), is the role of a person the text names; an occupation alone names no one
(players, crew and winners named in passing are left out of the annotation as often as not)."""

from __future__ import annotations

import pytest

from summarize.briefing.people import extract_people


def _roles(*sentences: str) -> dict[str, str | None]:
    return {p.name: p.role for p in extract_people(list(sentences))}


@pytest.mark.parametrize(
    ("sentences", "name", "role"),
    [
        (
            (
                "Sau đó trọng tài Nguyễn Trung Kiên chỉ rút thẻ vàng cho Felix.",
                "Ông Nguyễn Trung Kiên cho biết đã xem lại băng hình.",
            ),
            "Nguyễn Trung Kiên",
            "trọng tài",
        ),
        (
            (
                "Giải thưởng thuộc về đạo diễn trẻ tuổi người Canada Xavier Dolan.",
                "Ông Dolan nói đây là bộ phim khó nhất của mình.",
            ),
            "Xavier Dolan",
            "đạo diễn trẻ tuổi người Canada",
        ),
    ],
)
def test_an_occupation_before_a_name_the_text_gives_is_the_role(
    sentences: tuple[str, ...], name: str, role: str
) -> None:
    assert _roles(*sentences)[name] == role


def test_an_occupation_alone_names_no_one() -> None:
    assert _roles("Bộ phim của đạo diễn Michael Haneke từng đoạt giải năm 2012.") == {}


@pytest.mark.parametrize(
    "sentence",
    [
        # a bracket and "và" end the first person's occupation before the next name
        "Tòa tuyên phạt Lê Mai Phương (SN 1986, nhân viên) và Trần Như Phương 2 năm tù.",
        # a verb between: the prize went to her, "nghệ sĩ" is no position of hers
        "Danh hiệu nghệ sĩ xuất sắc thuộc về Taylor Swift, bà Taylor Swift cho biết.",
        # "trợ lý của X": the assistant is someone else
        "VKS đề nghị xử lý trợ lý của Trần Phương Bình, ông Trần Phương Bình vắng mặt.",
    ],
)
def test_an_occupation_gives_no_role_across_a_bracket_a_verb_or_cua(sentence: str) -> None:
    assert all(not (role or "").startswith(("nhân viên", "nghệ sĩ", "trợ lý"))
               for role in _roles(sentence).values())  # fmt: skip
