"""What a person does, written in lower case ("trọng tài Nguyễn Trung Kiên", "đạo diễn Ken
Loach", "Nguyễn Hồng Ánh, cán bộ điều tra …", "(SN 1986, nhân viên)"), is the person's role; an
occupation heading a plural list ("các cầu thủ A, B, C") names no one by itself (a list with no
act of its own is left out of the annotation)."""

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


def test_an_occupation_names_its_holder() -> None:
    roles = _roles("Bộ phim của đạo diễn Michael Haneke từng đoạt giải năm 2012.")
    assert roles == {"Michael Haneke": "đạo diễn"}


def test_an_occupation_heading_a_plural_list_names_no_one() -> None:
    roles = _roles(
        "Nhiều người nổi tiếng đã tham gia chiến dịch, trong đó có các cầu thủ Mesut Ozil, "
        "Mathieu Flamini, Calum Chambers."
    )
    assert roles == {}


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        ("Tòa tuyên phạt Lê Mai Phương (SN 1986, nhân viên) và Trần Như Phương 2 năm tù.",
         "Lê Mai Phương", "nhân viên"),
        ("Trong đó có Nguyễn Hồng Ánh, cán bộ điều tra Công an quận 1, cũng bị truy tố.",
         "Nguyễn Hồng Ánh", "cán bộ điều tra Công an quận 1"),
    ],
)  # fmt: skip
def test_an_occupation_after_a_name_or_in_brackets_is_its_role(
    sentence: str, name: str, role: str
) -> None:
    assert _roles(sentence)[name] == role


def test_an_acronym_of_a_bodys_kind_opens_its_name_not_a_holders() -> None:
    roles = _roles("Lãnh đạo CLB Consadole Sapporo mong muốn tiếp tục hợp đồng với Công Vinh.")
    assert "Consadole Sapporo" not in roles


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
    roles = _roles(sentence)
    assert all(not (roles.get(name) or "").startswith(("nhân viên", "nghệ sĩ", "trợ lý"))
               for name in ("Trần Như Phương", "Taylor Swift", "Trần Phương Bình"))  # fmt: skip
