"""A city abroad said to be where something happened, for articles that name no place the
province and venue lists know: "từng có 16 phim được trình chiếu tại Cannes", "cuộc không kích …
tại thành phố duyên hải Latakia". The press writes most cities abroad as they are spelt at home,
and no hand-made list keeps up with them, so a name is looked up in GeoNames' cities of 15,000
people or more (data/cities_world.txt) only where "tại"/"ở" introduces it, early in the text.
"""

from __future__ import annotations

import re
from functools import cache

from ..text.shipped import shipped_lines
from .places import passed_through

# News states its venue in the opening (venue.LATE: the same reach for "tại …").
EARLY = 900
_CAP = r"[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ][\wÀ-ỹ'’.-]*"
# "tại Cannes", "ở thị trấn Ahmad Wal", "tại thành phố duyên hải Latakia": up to three capitalised
# words after "tại"/"ở", a kind of place and two lower-case words allowed between.
_AT_NAME = re.compile(
    r"(?<![\wÀ-ỹ])(?P<before>[\wÀ-ỹ]+\s+)?(?:tại|ở|Tại|Ở)\s+"
    r"(?:(?:thành phố|thị trấn|thị xã|bang|vùng|tỉnh|thủ đô)(?:\s+[a-zà-ỹ]+){0,2}\s+)?"
    rf"(?P<name>{_CAP}(?:\s+{_CAP}){{0,2}})"
)
# The word before "tại"/"ở" that makes it where a thing stands or someone lives, not where
# something happened: "nằm ở Franklin", "tọa lạc tại", "đặt tại", "trụ sở tại", "đóng quân ở",
# "sinh sống tại Liverpool".
_STILL = re.compile(r"(?:nằm|lạc|đặt|sở|quân|sống)\s+$")


@cache
def city_names() -> frozenset[str]:
    """GeoNames' names of the cities abroad (shipped list)."""
    return frozenset(shipped_lines("cities_world.txt"))


def city_abroad(text: str) -> str | None:
    """The first city abroad that "tại"/"ở" introduces in the opening of `text`, as GeoNames
    names it; None when there is none."""
    names = city_names()
    for match in _AT_NAME.finditer(text[:EARLY]):
        if _STILL.search(match.group("before") or ""):
            continue
        if passed_through(text, match.start() + len(match.group("before") or "")):
            continue  # "trung chuyển ở Doha" (P-transit): goods pass through, nothing happens
        words = match.group("name").split()
        for size in range(len(words), 0, -1):
            name = " ".join(words[:size]).rstrip(".’'")
            if name in names:
                return name
    return None
