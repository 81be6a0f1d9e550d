"""Which sentences cannot stand alone in a summary, which is read without its article.

Two kinds (issue 21):
- a sentence that leans on the one before it: it opens with a connective ("Sau đó, …",
  "Tuy nhiên, …"), points through a demonstrative ("Công ty trên", "vụ việc này", "Tại đây"),
  has a bare "Ông"/"Nó" for subject, or is the middle of a quotation. It may come only right
  after the sentence before it (the selection's antecedents);
- a line that is not prose: a photo caption or credit ("… - Ảnh: AFP", "Nguồn: …") or a stray
  sub-heading (short, no closing punctuation), or a quotation whose speaker it never names
  ("“Chúng tôi sẽ làm rõ.”"): it would quote someone without saying who. It never comes.
select.py applies both to every ranker: `leans_back` sets a sentence's antecedent, and
`stands_alone` says which sentences a summary may quote at all. bench/readability.py counts both
kinds with lists of its own, so the bench does not grade the ranker by the ranker's rule,
except for what is a definition, not a judgement: a caption (`is_caption`, `photo_credit`) and a
quote without its speaker (`unattributed_quote`), which the two share.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

import numpy as np

from ..models import Sentence
from ..text.clean import CLOSING_QUOTES, FINAL_MARKS, OPENING_QUOTES
from ..text.connectives import CONNECTIVES
from ..text.credits import CREDIT_IN_SENTENCE, PHOTO_CREDIT_OPENING
from ..text.words import syllable_tuple, syllables

# Nouns a demonstrative points through ("công ty trên", "vụ việc này"), in its first words.
POINTED = frozenset(
    (
        "vụ", "việc", "vụ việc", "sự việc", "vụ án", "công ty", "doanh nghiệp", "đơn vị",
        "tuyên bố", "thông tin", "quyết định", "buổi", "buổi làm việc", "cuộc họp", "hội nghị",
        "sự kiện", "trường hợp", "đối tượng", "người", "nhóm", "số tiền", "sản phẩm", "dự án",
        "văn bản", "công văn", "kế hoạch", "chương trình", "con số", "hành vi", "khu vực", "nơi",
    )
)  # fmt: skip
DEMONSTRATIVES = ("này", "trên", "ấy", "đó", "nói trên", "kể trên")
_DEMONSTRATIVE_STARTS = frozenset(d.split()[0] for d in DEMONSTRATIVES)
# A bare "Anh" is left out: it is also the United Kingdom ("Anh và Pháp …").
PRONOUNS = frozenset(
    (
        "ông", "bà", "chị", "nó", "họ", "hắn", "ông ta", "bà ta", "anh ta", "cô ta", "chị ta",
        "ông ấy", "bà ấy", "anh ấy", "chị ấy", "cô ấy",
    )
)  # fmt: skip
HEAD = 8  # syllables of a sentence's opening that may point back
HEADING_SYLLABLES = 15  # a sub-heading is short; a sentence this short still ends with a mark


def leans_back(text: str) -> bool:
    """Does the sentence need the one before it to be understood?"""
    head = _head(text)
    one, two = " ".join(head[:1]), " ".join(head[:2])
    if one in CONNECTIVES or two in CONNECTIVES or " ".join(head[:3]) in CONNECTIVES:
        return True
    if head and (head[0] in PRONOUNS or two in PRONOUNS) and not _named_after(text):
        return True
    return _points_through(head) or _inside_quote(text)


# The features (a lead is the first prose sentence) and the selection (prose only) both ask of
# every sentence: the second ask is a lookup. A pure function of the text; bounded like
# words.syllable_tuple's cache.
@lru_cache(maxsize=4096)
def not_prose(text: str) -> bool:
    """A caption, a credit, a stray sub-heading, or a line that announces what follows it
    ("Danh sách 23 cầu thủ:"): never a summary sentence."""
    stripped = text.strip()
    if stripped.endswith(":") or is_caption(stripped):
        return True
    bare = stripped.rstrip(CLOSING_QUOTES + ")").rstrip()
    return not bare.endswith(FINAL_MARKS) and len(stripped.split()) <= HEADING_SYLLABLES


def stands_alone(
    sentences: Sequence[Sentence], leaning: np.ndarray, needs: np.ndarray
) -> np.ndarray:
    """Which sentences a summary may quote: prose, and not leaning on a sentence it cannot
    have (an article's first sentence that opens with "Theo đó" or "Các sản phẩm này").

    `leaning` are the `leans_back` flags, `needs` each sentence's antecedent (-1: none).
    """
    prose = np.array(
        [not not_prose(s.text) and not unattributed_quote(s.text) for s in sentences], dtype=bool
    )
    result: np.ndarray = prose & ~(leaning.astype(bool) & (needs < 0)) & ~captioned(sentences)
    return result


def unattributed_quote(text: str) -> bool:
    """Opens with a quotation mark, and what follows the last closing mark names no speaker: a
    quote without its speaker wherever it stands (bench/readability.py counts it with this test)."""
    stripped = text.lstrip("-–— ")
    if stripped[:1] not in OPENING_QUOTES + "'":
        return False
    tail = max(stripped.rfind(c) for c in CLOSING_QUOTES)
    after = stripped[tail + 1 :] if tail > 0 else ""
    return len(after.split()) < 2


def captioned(sentences: Sequence[Sentence]) -> np.ndarray:
    """Which sentences a photo credit follows in their paragraph ("Các đại biểu tại buổi làm
    việc." before "(Ảnh: Hoàng Hải/TTXVN)"): a caption, whose text alone does not say so. A
    lead on its own line is never one: the credit must be the next sentence of its paragraph."""
    credits = {
        (s.article, s.paragraph, s.index)
        for s in sentences
        if photo_credit(s.text) and is_caption(s.text)
    }
    return np.array(
        [(s.article, s.paragraph, s.index + 1) in credits for s in sentences], dtype=bool
    )


def is_caption(text: str) -> bool:
    """A photo caption or a credit ("Ảnh: …", "Nguồn: …", "- Ảnh: AFP", "(Ảnh minh hoạ)").

    bench/readability.py counts captions with this same test, so the judge and the rule stay in
    step: a credit form the rule learns, the counter knows (and the counter cannot find one the
    rule misses: that is the price). The quick test first: each branch of the pattern needs a
    colon or "Ảnh"."""
    return (":" in text or "Ảnh" in text) and CREDIT_IN_SENTENCE.search(text) is not None


def photo_credit(text: str) -> bool:
    """Does the text open with a photo's or a graphic's credit ("Ảnh: TTXVN", "(Ảnh: …)")? The
    sentence right before one in its paragraph is the photo's caption (`captioned`);
    bench/readability.py counts such captions with this same test."""
    return PHOTO_CREDIT_OPENING.match(text) is not None


def _head(text: str) -> list[str]:
    """The first HEAD syllables of the sentence's first 80 characters, from the whole sentence's
    syllables (cached) when they open the same way: a text splits at a space as its two sides
    would split alone (tone folding, case, syllables), so both open with the syllables before
    the last space of the 80, and each word of letters there holds at least one."""
    whole = syllable_tuple(text)
    if len(text) <= 80:
        return list(whole[:HEAD])
    cut = text.rfind(" ", 0, 80)
    if cut > 0 and sum(map(str.isalpha, text[:cut].split(" "))) >= HEAD:
        return list(whole[:HEAD])
    return syllables(text[:80])[:HEAD]


def _named_after(text: str) -> bool:
    """Is the opening pronoun followed by a name ("Ông Nguyễn Văn A")?"""
    words = text.lstrip(OPENING_QUOTES + " -–—").split()
    return len(words) > 1 and words[1][:1].isupper()


def _points_through(head: Sequence[str]) -> bool:
    """Does a noun in the opening carry a demonstrative ("Công ty trên", "vụ việc này")?"""
    if _DEMONSTRATIVE_STARTS.isdisjoint(head[1:]):  # the quick test, in C: most sentences
        return False
    for i in range(1, len(head)):
        if head[i] not in _DEMONSTRATIVE_STARTS:  # the quick test: no demonstrative starts here
            continue
        for size in (1, 2):
            noun = " ".join(head[max(0, i - size) : i])
            if noun in POINTED and any(
                " ".join(head[i : i + len(d.split())]) == d for d in DEMONSTRATIVES
            ):
                return True
    return False


def opens_quote(text: str) -> bool:
    """Does the sentence open with a quotation mark? Its speaker, if it names one, follows the
    quote, so a summary cut inside the sentence drops the speaker."""
    return text.lstrip(" -–—")[:1] in OPENING_QUOTES


def _inside_quote(text: str) -> bool:
    """Opens a quotation that neither closes with a named speaker nor at all: a cut quote."""
    if not opens_quote(text):
        return False
    stripped = text.lstrip(" -–—")
    close = max(stripped.rfind(c) for c in CLOSING_QUOTES)
    return close <= 0 or len(stripped[close + 1 :].split()) < 2
