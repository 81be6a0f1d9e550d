"""The quick forms of the text rules agree with the plain rules they replace: on every string of
up to three characters the rules read, and on longer random ones."""

from __future__ import annotations

import itertools
import json
import re
import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from bench.corpora import DATA
from summarize.briefing import names, tokens
from summarize.briefing.organisations import ORG_HEADS
from summarize.text import clean, normalize, pdf_text, segment

# Marks, closers, openers, every kind of space, controls, letters: the characters the rules read.
CHARACTERS = ".!?…:;\"'”)([“-aB \t\n\r\u00a0\u3000\u200b\x07\x85ẢĐ1"
SHORT = ["".join(p) for n in range(4) for p in itertools.product(CHARACTERS, repeat=n)]
# Runs of spaces, marks and closers, up to five long.
SHORT += ["".join(p) for p in itertools.product('a .…\t\u00a0\n")', repeat=5)]
LONGER = st.lists(st.sampled_from(CHARACTERS), max_size=30).map("".join)

PLAIN_FINAL = re.compile(r"[.!?…:;][\"'”’»)\]]*$")
PLAIN_SPACES = re.compile(r"[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
PLAIN_END = re.compile(rf"(?:\.{{3}}|…|[.!?])+[{segment._CLOSE}]*(?:(?<=[{segment._CLOSE}])\.)?")


def ends_as_planned(text: str) -> bool:
    return clean.ends(text) == bool(PLAIN_FINAL.search(text.rstrip()))


def sentence_ends_as_planned(text: str) -> bool:
    return [m.span() for m in segment._END.finditer(text)] == [
        m.span() for m in PLAIN_END.finditer(text)
    ]


def cleans_as_planned(text: str) -> bool:
    """remove_controls and clean_text as they read before: the class on every text, line by line."""
    plain = normalize._LINE_BREAKS.sub("\n", text).replace("\t", " ")
    plain = normalize._controls().sub("", plain)
    lines = unicodedata.normalize("NFC", plain).split("\n")
    cleaned = "\n".join(PLAIN_SPACES.sub(" ", line).strip() for line in lines).strip("\n")
    return normalize.remove_controls(text) == plain and normalize.clean_text(text) == cleaned


def test_every_short_string_follows_the_plain_rules() -> None:
    for rule in (ends_as_planned, sentence_ends_as_planned, cleans_as_planned):
        assert [t for t in SHORT if not rule(t)] == [], rule.__name__


@given(LONGER)
def test_longer_strings_follow_the_plain_rules(text: str) -> None:
    assert ends_as_planned(text) and sentence_ends_as_planned(text) and cleans_as_planned(text)


# Words of the speaking-at caption rule, in every case, and what may stand between them.
CAPTION_WORDS = st.lists(
    st.sampled_from(["dự", "Dự", "trao", "TRAO", "tại", "Tại", "TẠI", "tạı", "tai", " ", ".", "x"]),
    max_size=12,
).map(" ".join)


def captions_as_planned(text: str) -> bool:
    """_is_caption's last branch as it read before: the pattern on every short line."""
    size = clean._syllables(text)
    stripped = text.rstrip(" .")
    plain = size <= clean.MAX_SPEAKER_CAPTION_SYLLABLES and bool(
        clean._SPEAKING_AT.search(stripped)
    )
    return not clean.ends(text) or clean._is_caption(text, size) == (
        plain
        or bool(
            clean.credits.MEDIA_LINE_OPENING.match(text)
            or clean.credits.BRACKET_AT_LINE_END.search(text)
        )
    )


@given(CAPTION_WORDS)
def test_speaking_at_captions_follow_the_plain_rule(text: str) -> None:
    assert captions_as_planned(text + ".")


# The PDF reader and the web page reader tested a line's final mark with their own copy of the
# pattern, on the line as it stands (unstripped); both now call clean.ends. The two differ only
# on trailing blanks, which neither reader ever hands over: a PDF line is folded by
# `_page_text`, a page's paragraph by `" ".join(…split())` and `clean_text`.
class _PdfPage:
    def __init__(self, text: str) -> None:
        self.text = text

    def extract_text(self) -> str:
        return self.text


def _as_the_readers_see_it(text: str) -> list[str]:
    """The lines the two readers test for a final mark, made from `text`."""
    paragraph = normalize.clean_text(" ".join(text.split()))
    return [*pdf_text._page_text(_PdfPage(text)), paragraph]


def readers_end_as_before(text: str) -> bool:
    return all(
        line == line.rstrip() and clean.ends(line) == bool(PLAIN_FINAL.search(line))
        for line in _as_the_readers_see_it(text)
    )


def test_the_readers_final_mark_follows_their_old_pattern_on_short_strings() -> None:
    assert [t for t in SHORT if not readers_end_as_before(t)] == []
    # Tricky ends: a blank after the mark, closers after blanks, the line break `$` forgives.
    for text in ["Hết. ", "Hết.\n", 'Hết." ', "Hết .)", "Hết.\u00a0", "Hết.\u2028", "…»)] ", ""]:
        assert readers_end_as_before(text), text


@given(LONGER)
def test_the_readers_final_mark_follows_their_old_pattern_on_longer_strings(text: str) -> None:
    assert readers_end_as_before(text)


def _dev_lines() -> list[str]:
    """Every line of every text, title, lead and summary in the development collections."""
    lines = []
    for path in sorted(DATA.glob("*.jsonl")):
        with path.open(encoding="utf-8") as handle:
            for row in map(json.loads, handle):
                texts = [row.get("text", ""), *row.get("summaries", [])]
                for doc in row.get("documents", []):
                    texts += [doc.get("title", ""), doc.get("lead", ""), doc["text"]]
                lines += [line for text in texts for line in text.split("\n")]
    return lines


def test_the_readers_final_mark_follows_their_old_pattern_on_every_dev_line() -> None:
    lines = _dev_lines()
    assert len(lines) > 30_000
    assert [line for line in lines if not readers_end_as_before(line)] == []


def plain_phrase_at(words: list[tokens.Token], i: int, phrases: tuple[str, ...], fold: bool) -> int:
    """phrase_at as it read before its index was kept by the list's identity: every phrase
    split on each call."""
    if i >= len(words):
        return 0
    listed = [p for p in phrases if p.split()[0].lower() == words[i].text.lower()]
    for phrase in sorted(listed, key=lambda p: -len(p.split())):
        parts = phrase.split()
        got = [t.text for t in words[i : i + len(parts)]]
        if len(got) != len(parts) or got[0].lower() != parts[0].lower():
            continue
        if got[1:] == parts[1:] or (fold and [g.lower() for g in got] == phrase.lower().split()):
            return len(parts)
    return 0


PHRASE_WORDS = ["Phó", "phó", "Chánh", "chánh", "án", "Án", "Viện", "kiểm", "Kiểm", "sát", "Bộ"]
SOME_PHRASES = ("Phó Chánh án", "Phó", "Viện kiểm sát", "Viện", "phó chánh", "Bộ Kiểm sát")


@given(st.lists(st.sampled_from(PHRASE_WORDS), max_size=6), st.booleans())
def test_phrase_at_reads_as_the_plain_rule_whatever_list_object_it_is_given(
    words: list[str], fold: bool
) -> None:
    sentence = tokens.tokens(" ".join(words))
    for phrases in (SOME_PHRASES, tuple(list(SOME_PHRASES)), names.HONORIFICS, ORG_HEADS):
        for i in range(len(sentence) + 1):
            expected = plain_phrase_at(sentence, i, phrases, fold)
            assert tokens.phrase_at(sentence, i, phrases, fold=fold) == expected
