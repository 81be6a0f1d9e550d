"""What a photo credit or a source line looks like ("Ảnh: TTXVN", "(Ảnh minh hoạ)", "Nguồn: …").

A credit is furniture that every stage meets: the line roles call a credit line a caption, the
page reader drops it, the sentence splitter starts a sentence after one fused with it, the ranker
never quotes one, and the fact readers do not take its author for an actor. Each stage once wrote
its own pattern in its own module, and the copies drifted unseen. Now the label words and every
stage's form live here, side by side. The forms stay apart on purpose: where the credit stands
differs (a whole line, a line's opening, a bracket inside a sentence, the label right before a
name), and each is named after that place. Changing one changes what its stage recognises
(tests/test_credits.py shows, with examples, what each one reads and the others do not).
"""

from __future__ import annotations

import re

PHOTO = ("Ảnh", "Ảnh minh họa", "Ảnh minh hoạ")  # both spellings of "minh hoạ"
SOURCE = "Nguồn"
CLIP = ("Video", "Clip")
GRAPHIC = ("Đồ họa", "Đồ hoạ")
PHOTO_EN = "Photo"


def _either(*labels: str) -> str:
    """One non-capturing group of the labels, in their order."""
    return f"(?:{'|'.join(labels)})"


# A block that is only a credit or a media label ("Ảnh: THUẬN VĂN", "(Ảnh minh họa)",
# "Nguồn ảnh: …", "Video: …"): the page reader drops it. Any case: a block alone can only be one.
CREDIT_BLOCK = re.compile(
    rf"^\(?\s*{_either(*PHOTO, 'Nguồn ảnh', SOURCE, *CLIP)}\s*(?::.*|\)?\s*)$", re.IGNORECASE
)
# A line that opens with a photo's or a clip's label ("Ảnh: …", "(Video: …", "Ảnh (minh hoạ)"):
# the line roles call it a caption.
MEDIA_LINE_OPENING = re.compile(rf"^\(?\s*{_either(*PHOTO, *CLIP)}\s*[:(]", re.IGNORECASE)
# A bracketed credit closing a line ("Các đại biểu dự lễ (Ảnh: Quang Vinh)"): a caption's.
BRACKET_AT_LINE_END = re.compile(rf"\({_either('Ảnh', SOURCE)}\s*:[^)]*\)\s*$", re.IGNORECASE)
# A bracketed credit anywhere in a line, a short one, colon or not ("(Ảnh: Nguyễn Dân/TTXVN)
# Dự thảo …", "(Nguồn ảnh Reuters)"): the sentence splitter starts a sentence after it.
# Capitalised only: inside prose a lower-case "(ảnh …)" is a word.
BRACKET_IN_LINE = re.compile(rf"\({_either('Ảnh', SOURCE)}\b[^()]{{0,60}}\)")
# A credit's label inside a line, with the blanks after it ("… - Ảnh: AFP Theo …"): where the
# credited name starts. "Ảnh minh hoạ" may stand without a colon. Capitalised only.
LABEL_IN_LINE = re.compile(
    r"(?:^|(?<=[\s\-–—]))(?:Ảnh minh h[oọ]a\s*:?|(?:Ảnh|Nguồn|Đồ h[oọ]a)\s*:)\s*"
)
# A credit anywhere in a sentence: a label after a blank, a bracket or a dash ("- Ảnh: AFP",
# "Nguồn: …"), a bracket opening with "Ảnh", or "Ảnh minh hoạ" opening the text. The ranker never
# quotes such a sentence (and bench/readability.py counts it, through the ranker's test).
CREDIT_IN_SENTENCE = re.compile(
    rf"(?:^|[\s(\-–—]){_either(*PHOTO, SOURCE, *CLIP, *GRAPHIC, PHOTO_EN)}\s*:"
    r"|\(\s*Ảnh[^)]*\)|^\W*Ảnh minh h[oọ]"
)
# A text that opens with a photo's or a graphic's credit ("Ảnh: TTXVN", "(Ảnh: …)", "– Đồ họa:"):
# the sentence before it is that photo's caption. Not "Nguồn:" nor "Video:", which may follow
# prose (a source, a clip's title).
PHOTO_CREDIT_OPENING = re.compile(rf"^[\s(\[–—-]*{_either('Ảnh', PHOTO_EN, *GRAPHIC)}\s*:")
# A text ending with a credit's label ("(Ảnh: ", "Nguồn:"): the name after it is the credited
# author's. Any case.
LABEL_AT_END = re.compile(rf"{_either('Ảnh', SOURCE, *CLIP, *GRAPHIC)}\s*:\s*$", re.IGNORECASE)
# A credit glued by its dot to a caption's last word ("Chi cục Thuế Hai Bà Trưng.Ảnh: …"): it and
# all after it are not part of the name before the dot.
GLUED_AFTER_DOT = re.compile(rf"\.{_either('Ảnh', SOURCE, 'Video')}\b.*$")
