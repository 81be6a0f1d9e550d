"""Unicode hygiene shared by every stage: NFC, no control characters, one tone-mark style."""

from __future__ import annotations

import json
import re
import unicodedata
from functools import cache
from typing import Any

# Combining tone marks of Vietnamese (grave, acute, hook above, tilde, dot below).
_TONES = "\u0300\u0301\u0309\u0303\u0323"
# Old-style placement puts the tone on the second vowel of a syllable-final
# "oa", "oe", "uy" (hoà, thuỷ); the style underthesea.text_normalize emits,
# and the one we compare in, puts it on the first (hòa, thủy). "qu" + y keeps
# it on y (quý) in both styles, hence the look-behind.
_OLD_STYLE = re.compile(
    rf"(?<![qQ])([oOuU])([aAeEyY])([{_TONES}])(?![^\W\d_]|[\u0300-\u036f])", flags=re.UNICODE
)
# Spaces other than " " (tab, no-break, the typographic ones): a run of spaces holding one, or
# of two " " or more, becomes one " ".
_ODD_SPACES = "\t\u00a0\u1680" + "".join(map(chr, range(0x2000, 0x200B))) + "\u202f\u205f\u3000"
_SPACES = re.compile(f"[{_ODD_SPACES}][ {_ODD_SPACES}]*| [ {_ODD_SPACES}]+")
_LINE_BREAKS = re.compile(r"\r\n|\r|\u2028|\u2029|\x85|\x0b|\x0c")
# The characters each line break needs one of (see _ODD_SPACES for the spaces): a text without
# any is left as it is. `in` finds a character several times faster than a pattern's scan.
_BREAK_CHARACTERS = "\r\u2028\u2029\x85\x0b\x0c"
_WORD = re.compile(r"\w+", flags=re.UNICODE)
# The same pairs precomposed and syllable-final: a cheap test that a text has any old-style
# syllable at all (a superset of what _OLD_STYLE moves; "hoàng", "quà" never pass it). It opens
# with the vowel, not the look-behind, so that the engine skips to the next o/u: 4x faster.
_OLD_STYLE_NFC = re.compile(
    "[oOuU](?<![qQ][oOuU])[àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸỳýỷỹỵỲÝỶỸỴ](?![^\\W\\d_])", flags=re.UNICODE
)


@cache
def _controls() -> re.Pattern[str]:
    """Every control, format and surrogate code point except newline and tab, as one class."""
    bmp = [
        chr(c)
        for c in range(0x10000)
        if unicodedata.category(chr(c)) in ("Cc", "Cf", "Cs") and chr(c) not in "\n\t"
    ]
    # Format characters above the BMP (Unicode 15): Kaithi, Egyptian, shorthand, musical, tags.
    astral = "\U000110bd\U000110cd\U00013430-\U0001343f\U0001bca0-\U0001bca3"
    astral += "\U0001d173-\U0001d17a\U000e0001\U000e0020-\U000e007f"
    return re.compile("[" + re.escape("".join(bmp)) + astral + "]")


def remove_controls(text: str) -> str:
    """Drop control and invisible characters, keeping newlines and turning tabs into spaces."""
    if any(c in text for c in _BREAK_CHARACTERS):
        text = _LINE_BREAKS.sub("\n", text)
    text = text.replace("\t", " ")
    if text.replace("\n", "").isprintable():  # no Cc/Cf/Cs at all: 3x cheaper than the class
        return text
    return _controls().sub("", text)


_SURROGATE = re.compile("[\ud800-\udfff]")
# What a surrogate can come from: an escape, one in a str, or its (surrogatepass) UTF-8 bytes.
_ESCAPED_SURROGATE = re.compile(r"\\u[dD][89a-fA-F]")
_SURROGATE_BYTES = re.compile(rb"\\u[dD][89a-fA-F]|\xed[\xa0-\xbf]")


def json_value(text: str | bytes) -> Any:
    """`json.loads`, each lone surrogate ("\\ud800", valid JSON escaped by a broken producer)
    in a string or key replaced by U+FFFD, as a bad byte is decoded: kept, it reached a title,
    an id or a file name and every output written as UTF-8 failed with a traceback. JSON
    nested deeper than the parser's stack ("[[[[…", a few hundred KB) is a JSONDecodeError, as
    any other JSON that cannot be read (it was a RecursionError, a traceback)."""
    try:
        value = json.loads(text)
    except RecursionError:
        raise json.JSONDecodeError("nested too deeply", str(text[:0]), 0) from None
    return _valid(value) if _may_hold_surrogates(text) else value


def _may_hold_surrogates(text: str | bytes) -> bool:
    """An escape of a surrogate, or (text) a surrogate itself, which UTF-8 alone cannot encode:
    the encoder finds one several times faster than a pattern's scan of a long row."""
    if isinstance(text, bytes):
        return _SURROGATE_BYTES.search(text) is not None
    if "\\u" in text and _ESCAPED_SURROGATE.search(text):
        return True
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def json_reason(error: json.JSONDecodeError) -> str:
    """One wording, in `batch`, `clusters` and correction files alike, for JSON that does not
    parse: where it broke, when the parser says (JSON nested too deep has no place; batch said
    "at column 1"); the line too when the text has more than one (a .json file; a row read
    with its newline is one line)."""
    line = f"line {error.lineno}, " if "\n" in error.doc.rstrip() else ""
    where = f" at {line}column {error.colno}" if error.doc else ""
    return f"not valid JSON ({error.msg}{where})"


def _valid(value: Any) -> Any:
    if isinstance(value, str):
        return _SURROGATE.sub("\ufffd", value) if not value.isprintable() else value
    if isinstance(value, list):
        return [_valid(item) for item in value]
    if isinstance(value, dict):
        return {_valid(key): _valid(item) for key, item in value.items()}
    return value


def one_line(text: str) -> str:
    """A title, name or subject as one printable NFC line: what a correction file, an e-mail
    subject and the PDF's metadata need. A control, bidi or zero-width character typed on the
    page was saved, then the correction file was refused when read back (the session lost at a
    restart); a lone surrogate in an e-mail's Subject made the PDF a traceback."""
    kept = "".join(c for c in text if c.isprintable() or c.isspace())
    return unicodedata.normalize("NFC", " ".join(kept.split()))


def clean_text(text: str) -> str:
    """NFC text with '\\n' line ends, single spaces, no controls and no trailing blanks."""
    text = unicodedata.normalize("NFC", remove_controls(text))
    if "  " in text or any(c in text for c in _ODD_SPACES):  # else no run of spaces to fold
        text = _SPACES.sub(" ", text)
    return "\n".join(line.strip() for line in text.split("\n")).strip("\n")


def fold_tones(text: str) -> str:
    """Move old-style tone marks (hoà, thuỷ) to the new-style vowel (hòa, thủy), NFC in and out."""
    if unicodedata.is_normalized("NFC", text) and not _OLD_STYLE_NFC.search(text):
        return text  # the common case, ten times cheaper than the NFD round trip
    decomposed = unicodedata.normalize("NFD", text)
    # A following combining mark (NFD puts dot below before the circumflex of
    # "ậ") or letter means the vowel is not syllable-final: thuận, hoàng.
    moved = _OLD_STYLE.sub(lambda m: m.group(1) + m.group(3) + m.group(2), decomposed)
    return unicodedata.normalize("NFC", moved)


_TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"  # huyền, sắc, ngã, hỏi, nặng


def _toned(vowel: str) -> str:
    return "".join(unicodedata.normalize("NFC", vowel + mark) for mark in _TONE_MARKS)


_MARKED = "âăêôơưÂĂÊÔƠƯ"  # the vowels that carry a syllable's tone when it has one of them
_PLAIN_TONED = "".join(_toned(v) for v in "aeiouyAEIOUY")
# "Hà Nôị", "chiêù nay", "ngươì": a tone on the vowel after an unmarked â ă ê ô ơ ư.
_MISPLACED = re.compile(rf"([{_MARKED}])([{_PLAIN_TONED}])")


def _moved(match: re.Match[str]) -> str:
    marked, toned = match.groups()
    parts = unicodedata.normalize("NFD", toned)
    tone = next(c for c in parts if c in _TONE_MARKS)
    plain = unicodedata.normalize("NFC", parts.replace(tone, ""))
    return unicodedata.normalize("NFC", unicodedata.normalize("NFD", marked) + tone) + plain


def misplaced_tones_moved(text: str) -> str:
    """Tone marks a text put on the vowel after â ă ê ô ơ ư moved onto it ("Hà Nôị" -> "Hà
    Nội", "chiêù" -> "chiều"), character for character, so offsets keep (VMDS carries such
    texts; readers of days and places read this copy)."""
    return _MISPLACED.sub(_moved, text)


def comparison_key(text: str) -> str:
    """A form for equality tests: one tone style, case-folded, words joined by single spaces."""
    return " ".join(_WORD.findall(fold_tones(text).casefold()))
