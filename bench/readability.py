"""How often a summary sentence cannot stand where the summary puts it: the readability counter.

A section's summary is read without its article. A summary sentence is flagged when it
- opens with a connective that points back ("Sau đó, …", "Tuy nhiên, …"): `connective`;
- leans on a demonstrative or a bare reference ("Công ty trên", "vụ việc này", "đến đó", "ông" or
  "Nó" before the summary has named anyone): `reference`;
- quotes someone without saying who (it opens with a quotation mark and nothing after the quote
  names a speaker): `quote`;
- is a photo caption or a credit ("Ảnh: …", "Nguồn: …", "- Ảnh: AFP"), or a caption by where it
  stands: a photo's credit follows it in its paragraph ("Các đại biểu tại buổi làm việc. (Ảnh:
  …)"): `caption`;
- is a stray sub-heading (short, no closing punctuation): `heading`.
A sentence counts once in the total however many flags it has. The lists are the counter's own,
written from the issue's examples and the dev articles, not the ranker's (summarize/ranking keeps
its own list of connectives), so the counter does not grade the ranker by its own rule. Captions
are the exception: what a caption or credit looks like is a definition, not a judgement, so the
counter uses the package's own test (summarize.ranking.standalone.is_caption) and the two stay in
step (the two copies of the pattern had drifted: the package missed "Đồ hoạ:"). So are quotes
without their speaker: the counter's test became the package's (standalone.unattributed_quote),
which the ranker never quotes, and the counter imports it, so its counts stay what they were.

    .venv/bin/python -m bench.readability    # ours and lead on every shape, about a minute
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from enum import StrEnum
from typing import Any

from bench.rouge import Summary
from summarize.ranking.standalone import is_caption, photo_credit, unattributed_quote


class Flag(StrEnum):
    CONNECTIVE = "connective"
    REFERENCE = "reference"
    QUOTE = "quote"
    CAPTION = "caption"
    HEADING = "heading"


CONNECTIVES = (
    "sau đó", "tuy nhiên", "tuy vậy", "nhưng", "song", "do đó", "do vậy", "vì vậy", "vì thế",
    "bởi vậy", "chính vì vậy", "chính vì thế", "qua đó", "theo đó", "từ đó", "như vậy",
    "ngoài ra", "bên cạnh đó", "đồng thời", "trong đó", "mặt khác", "cũng theo", "trước đó",
    "trong khi đó", "khi đó", "lúc đó", "tiếp đó", "sau khi đó", "ngay sau đó", "hơn nữa",
    "thêm vào đó", "cùng với đó", "không những thế", "còn", "và", "vậy nên", "kết quả là",
    "cũng trong", "cũng tại", "tại đây", "ở đây", "đến đó", "cùng ngày", "cùng thời điểm",
)  # fmt: skip
_CONNECTIVE = re.compile(
    r"^[\"“‘'(«\-–—\s]*("
    + "|".join(sorted(map(re.escape, CONNECTIVES), key=len, reverse=True))
    + r")\b",
    re.IGNORECASE,
)
# A noun a demonstrative points through ("Công ty trên", "vụ việc này", "buổi làm việc này").
_POINTED = (
    r"(vụ việc|sự việc|vụ án|vụ|việc|công ty|doanh nghiệp|đơn vị|tuyên bố|thông tin|quyết định|"
    r"buổi làm việc|buổi|cuộc họp|hội nghị|sự kiện|địa phương|trường hợp|đối tượng|người|nhóm|"
    r"số tiền|sản phẩm|dự án|văn bản|công văn|kế hoạch|chương trình|con số|tình trạng|hành vi|"
    r"loại|chiếc|căn|ngôi|khu vực|nơi|lô hàng|tàu|máy bay|xe)"
)
_REFERENCE = re.compile(
    r"\b"
    + _POINTED
    + r"\s+(này|trên|nói trên|kể trên|ấy|đó)\b|^\W*(đến đó|tại đây|ở đây|từ đây)\b",
    re.IGNORECASE,
)
_PRONOUN = re.compile(r"^\W*(Ông|Bà|Nó|Họ|Hắn|Anh ta|Chị ta|Cô ta|Ông ta|Bà ta|Anh|Chị)\s+(\S+)")
_NAME = re.compile(r"\b[A-ZĐÀ-Ỹ][\wÀ-ỹ]*\s+[A-ZĐÀ-Ỹ][\wÀ-ỹ]*")
_CLOSE_QUOTES = "\"”’»'"
HEADING_SYLLABLES = (
    15  # a sub-heading is a short line; a sentence this short still ends with a mark
)


def flags(sentence: str, before: Sequence[str], follows: bool = False) -> set[Flag]:
    """The flags of one summary sentence, given the summary sentences before it; `follows`: the
    summary's previous sentence is the one right before it in its article (what it points to)."""
    found = set()
    text = sentence.strip()
    if _CONNECTIVE.match(text) and not follows:
        found.add(Flag.CONNECTIVE)
    if not follows and (
        _REFERENCE.search(" ".join(text.split()[:12])) or bare_pronoun(text, before)
    ):
        found.add(Flag.REFERENCE)
    if is_caption(text):
        found.add(Flag.CAPTION)
    if unattributed_quote(text):
        found.add(Flag.QUOTE)
    if len(text.split()) <= HEADING_SYLLABLES and not text.rstrip(_CLOSE_QUOTES + ")").endswith(
        (".", "!", "?", "…", ";")
    ):
        found.add(Flag.HEADING)
    return found


def bare_pronoun(text: str, before: Sequence[str]) -> bool:
    """'Ông', 'Nó' ... as the subject, not followed by a name, and no name earlier in the summary."""
    match = _PRONOUN.match(text)
    if not match or match.group(2)[:1].isupper():
        return False
    return not any(_NAME.search(b) for b in before)


def count(
    summaries: Sequence[Summary], sources: Sequence[Sequence[str]]
) -> tuple[Counter[str], int]:
    """Flag counts over every summary sentence (plus `any`: sentences with at least one flag),
    and the number of summary sentences; `sources` are each summary's article texts."""
    counts: Counter[str] = Counter()
    total = 0
    for summary, texts in zip(summaries, sources, strict=True):
        for n, sentence in enumerate(summary):
            found = flags(
                sentence, summary[:n], n > 0 and adjacent(summary[n - 1], sentence, texts)
            )
            if credited(sentence, texts):
                found.add(Flag.CAPTION)
            counts.update(found)
            counts["any"] += bool(found)
            total += 1
    return counts, total


def adjacent(first: str, second: str, texts: Sequence[str]) -> bool:
    """Does `second` come right after `first` (only spaces between) in one of the texts?"""
    for text in texts:
        start = find(text, first)
        if start >= 0 and text[start + len(first) :].lstrip().startswith(second.strip()[:40]):
            return True
    return False


def find(text: str, sentence: str) -> int:
    """Where the summary sentence stands in the article text, -1 if nowhere. An article's
    opening connective is no part of its first sentence (text/segment.py: "Trước đó, chiều 20-4,
    …" is quoted "Chiều 20-4, …"), so that sentence is also looked for with its first letter as
    the text has it."""
    start = text.find(sentence)
    if start < 0 and sentence[:1].isupper():
        start = text.find(sentence[:1].lower() + sentence[1:])
    return start


def credited(sentence: str, texts: Sequence[str]) -> bool:
    """Is the sentence a photo's caption by where it stands: a credit ("(Ảnh: TTXVN)") follows
    it in its paragraph of one of the texts (only spaces between)? Its own text does not say."""
    for text in texts:
        start = find(text, sentence)
        after = text[start + len(sentence) :].split("\n", 1)[0]  # the rest of its paragraph
        if start >= 0 and photo_credit(after.lstrip()):
            return True
    return False


def within(summary: Summary, budget: int) -> Summary:
    """The sentences a reader sees once the summary is cut to the budget (a cut one included)."""
    from summarize.text.words import syllable_count

    out, used = [], 0
    for sentence in summary:
        if used >= budget:
            break
        out.append(sentence)
        used += syllable_count(sentence)
    return out


def table(systems: Sequence[str], shapes: Sequence[str] | None = None) -> dict[str, dict[str, Any]]:
    """Per shape and system: the count of each flag, `any`, and the number of summary sentences."""
    from bench.quality import summaries
    from bench.rouge import budget_of
    from bench.shapes import SHAPES

    out: dict[str, dict[str, Any]] = {}
    for name in shapes or list(SHAPES):
        shape = SHAPES[name]
        items = shape.items()
        for system in systems:
            if system == "lead" and not shape.single:
                system = "lead-doc1"
            cut = [
                within(s, budget_of(i))
                for s, i in zip(summaries(system, shape, items), items, strict=True)
            ]
            counts, total = count(cut, [[d["text"] for d in i["documents"]] for i in items])
            out.setdefault(name, {})[system] = {
                "sentences": total,
                **{f: counts[f] for f in [*Flag, "any"]},
            }
    return out


def print_table(rows: dict[str, dict[str, Any]]) -> None:
    heads = [*(f.value for f in Flag), "any"]
    print(
        f"\n{'shape':<16} {'system':<14} {'sentences':>9} "
        + " ".join(f"{h:>10}" for h in heads)
        + "   any %"
    )
    for shape, systems in rows.items():
        for system, row in systems.items():
            cells = " ".join(f"{row[h]:>10}" for h in heads)
            share = 100 * row["any"] / max(1, row["sentences"])
            print(f"{shape:<16} {system:<14} {row['sentences']:>9} {cells}   {share:5.1f}")
    totals = Counter[str]()
    for systems in rows.values():
        for system, row in systems.items():
            if system.startswith("ours"):
                totals.update({k: v for k, v in row.items()})
    share = 100 * totals["any"] / max(1, totals["sentences"])
    print(
        f"ours on every shape: {totals['any']} of {totals['sentences']} summary sentences flagged ({share:.1f} %)"
    )


def main() -> None:
    from bench.quality import ours

    print_table(table([ours(), "lead"]))


if __name__ == "__main__":
    main()
