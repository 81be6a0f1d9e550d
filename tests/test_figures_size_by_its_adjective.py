"""A size said by its adjective alone names the quantity it is (read off s10's "anh Hiền cao 1,83
m, nặng 97kg", where the gold writes "cân nặng của Hiền"; bench/README.md, stop 40)."""

from __future__ import annotations

from summarize.briefing.facts import extract_facts


def test_a_bare_adjective_of_size_names_its_quantity() -> None:
    """ "nặng 97kg" is a weight, "cao 1,73 m" a height."""
    sentence = "Đối tượng có đặc điểm: cao 1,73 m, nặng 97kg, dáng người gầy."
    measures = {f.text: f.measure for f in extract_facts([sentence])}
    assert measures["97kg"] == "cân nặng"
    assert measures["1,73 m"] == "chiều cao"


def test_a_size_with_what_it_is_of_keeps_its_words() -> None:
    """ "anh Hiền cao 1,83 m": whose height is said already."""
    sentence = "Người cha cho biết thêm, anh Hiền cao 1,83 m."
    assert extract_facts([sentence])[0].measure == "anh Hiền cao"
