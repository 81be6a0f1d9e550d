"""The lists shipped in summarize/data/ are read one way: entries only, notes and blanks skipped."""

from __future__ import annotations

from importlib.resources import files

import pytest

from summarize.text.shipped import shipped_lines


@pytest.mark.parametrize(
    ("name", "entry"),
    [
        ("abbreviations.txt", "PGS."),
        ("stopwords_vi.txt", "và"),
        ("places_vi.txt", "Hải Dương"),
        ("boilerplate.txt", "Mới nhất"),
    ],
)
def test_a_shipped_list_is_its_entries_without_its_notes(name: str, entry: str) -> None:
    raw = files("summarize").joinpath(f"data/{name}").read_text(encoding="utf-8").splitlines()
    entries = shipped_lines(name)
    assert entry in entries
    assert len(entries) < len(raw)  # the file has notes or blank lines, and they are not entries
    assert all(e and e == e.strip() and not e.startswith("#") for e in entries)
