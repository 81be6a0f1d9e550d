"""What a saved news page says about itself: publication date, author, site and link.

Read from the page's own metadata (JSON-LD, `<meta>`, `<link rel=canonical>`, `<time>`), which
publishers fill for search engines, before the visible date line: the body's dates are events,
not the publication date, and are never used here.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from typing import Any
from urllib.parse import urlsplit

from lxml.html import HtmlElement

from ..models import Metadata
from .normalize import clean_text, json_value

_ISO_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_DMY_DATE = re.compile(r"(?<!\d)(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?!\d)")
# <meta> names and properties that hold the publication date, most specific first.
_DATE_META = (
    "article:published_time", "datepublished", "pubdate", "publishdate", "publish-date",
    "og:published_time", "dc.date.issued", "dc.date", "date", "article:published",
    "dcterms.created", "created",
)  # fmt: skip
# Classes and ids of the visible date line ("Thứ bảy, 7/3/2026, 08:00 (GMT+7)").
_DATE_CLASS = re.compile(r"date|time|publish|ngay", re.IGNORECASE)
_AUTHOR_CLASS = re.compile(
    r"author|byline|writer|tac-?gia|nguoi-?viet|(^|[\s_-])meta([\s_-]|$)", re.IGNORECASE
)
MAX_AUTHOR_WORDS = 6


def page_metadata(root: HtmlElement) -> Metadata:
    """The page's publication date, author, site name and canonical link, each when stated."""
    ld = list(_json_ld(root))
    url = _canonical_url(root)
    return Metadata(
        published=_published(root, ld),
        author=_author(root, ld),
        site=_site(root, url),
        url=url,
    )


def _json_ld(root: HtmlElement) -> Iterator[dict[str, Any]]:
    """Every JSON-LD object of the page (graphs and lists flattened); broken blocks skipped."""
    for script in root.iter("script"):
        if (script.get("type") or "").lower() != "application/ld+json" or not script.text:
            continue
        try:
            data = json_value(script.text)
        except ValueError:
            continue
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(reversed(item))
            elif isinstance(item, dict):
                yield item
                if isinstance(item.get("@graph"), list):
                    stack.extend(reversed(item["@graph"]))


def _meta(root: HtmlElement, *names: str) -> Iterator[str]:
    """Contents of <meta name|property|itemprop=...> for `names`, in the order of `names`."""
    found: dict[str, list[str]] = {}
    for tag in root.iter("meta"):
        content = tag.get("content")
        for attribute in ("property", "name", "itemprop"):
            key = (tag.get(attribute) or "").strip().lower()
            if key and content:
                found.setdefault(key, []).append(content)
    for name in names:
        yield from found.get(name, [])


def parse_date(text: str) -> date | None:
    """An ISO date ("2026-03-07T08:00:00+07:00") or a Vietnamese day/month/year ("7/3/2026")."""
    for pattern, order in ((_ISO_DATE, (0, 1, 2)), (_DMY_DATE, (2, 1, 0))):
        match = pattern.search(text)
        if match:
            parts = [int(match.group(i + 1)) for i in order]
            try:
                return date(parts[0], parts[1], parts[2])
            except ValueError:
                continue
    return None


def _published(root: HtmlElement, ld: list[dict[str, Any]]) -> date | None:
    """JSON-LD's datePublished, then <meta>, then <time>, then a visible date line."""
    stated = [str(item["datePublished"]) for item in ld if item.get("datePublished")]
    stated += _meta(root, *_DATE_META)
    stated += [t.get("datetime") or "" for t in root.iter("time")]
    stated += [
        el.get("content") or el.text_content()
        for el in root.xpath("//*[@itemprop='datePublished']")
    ]
    for text in stated:
        found = parse_date(text)
        if found:
            return found
    return _visible_date(root)


def _visible_date(root: HtmlElement) -> date | None:
    """The first day/month/year inside an element whose class or id says date or time."""
    for element in root.iter("span", "div", "p", "time", "li", "small", "em"):
        marker = f"{element.get('class') or ''} {element.get('id') or ''}"
        if _DATE_CLASS.search(marker):
            text = element.text_content()
            if len(text) < 120:
                found = parse_date(text)
                if found:
                    return found
    return None


def _author(root: HtmlElement, ld: list[dict[str, Any]]) -> str | None:
    """A visible byline element, then JSON-LD's person, then <meta name=author>."""
    return visible_author(root) or stated_author(root, ld)


def visible_author(root: HtmlElement) -> str | None:
    """The name in an element whose class or id says author or byline."""
    for element in root.iter():
        if not isinstance(element.tag, str) or element.tag in ("meta", "script", "link"):
            continue
        marker = f"{element.get('class') or ''} {element.get('id') or ''}"
        if _AUTHOR_CLASS.search(marker) or element.get("rel") == "author":
            name = _linked_names(element) or author_name(element.text_content())
            if name:
                return name
    return None


def _linked_names(element: HtmlElement) -> str | None:
    """Several writers, each a link of the byline ("THUẬN VĂN - LÊ ÁNH"), joined with commas."""
    names = [author_name(link.text_content()) for link in element.iter("a")]
    if len(names) < 2 or not all(names):
        return None
    return ", ".join(dict.fromkeys(n for n in names if n))


def stated_author(root: HtmlElement, ld: list[dict[str, Any]]) -> str | None:
    """JSON-LD's person, then <meta name=author>; a newspaper's own name is not an author."""
    people = [a for item in ld for a in _people(item.get("author"))]
    metas = list(_meta(root, "author", "article:author", "dc.creator"))
    for candidate in (*people, *metas):
        name = author_name(candidate)
        if name and not name.lower().startswith(("báo ", "tạp chí")):
            return name
    return None


def _people(value: Any) -> Iterator[str]:
    """Names of the Person authors of a JSON-LD `author` value (organisations skipped)."""
    for item in value if isinstance(value, list) else [value]:
        if isinstance(item, str):
            yield item
        elif isinstance(item, dict) and item.get("@type") != "Organization" and item.get("name"):
            yield str(item["name"])


def author_name(text: str) -> str | None:
    """A byline reduced to the name: "Theo Vân Anh / Lao Động" -> "Vân Anh"; None if not one."""
    name = clean_text(" ".join(text.split()))
    name = re.sub(r"^(theo|bài|tin|bài và ảnh|tác giả)\s*:?\s+", "", name, flags=re.IGNORECASE)
    name = re.sub(r"\s*[(\[][^)\]]*[)\]]\s*$", "", name)  # "(tổng hợp)"
    name = re.split(r"\s[-–—|]\s|/", name)[0].strip(" -–—,.")
    words = name.split()
    if not 2 <= len(words) <= MAX_AUTHOR_WORDS or "http" in name or "@" in name:
        return None
    if any(c.isdigit() for c in name):
        return None  # a time or date ("08:12 21/01/2022"), never a name
    if not all(w[:1].isupper() or not w[:1].isalpha() for w in words):
        return None
    return name


def _canonical_url(root: HtmlElement) -> str | None:
    """<link rel=canonical>, else og:url; only http(s) links."""
    links = [
        link.get("href") or ""
        for link in root.iter("link")
        if "canonical" in (link.get("rel") or "").lower().split()
    ]
    for url in (*links, *_meta(root, "og:url")):
        url = url.strip()
        if urlsplit(url).scheme in ("http", "https") and urlsplit(url).netloc:
            return url
    return None


# A site's name is short ("Báo Người Lao Động Online", "Báo điện tử Dân Trí").
SITE_WORDS = 8


def _site(root: HtmlElement, url: str | None) -> str | None:
    """og:site_name, else the link's host without "www.". A stated name that holds a comma or
    runs past SITE_WORDS words is no name: cafef's Olympic page gives its keywords and
    description there ("nước Nga,Olympic Sochi 2014,Sochi,…,Tính trung bình, mỗi …")."""
    for name in _meta(root, "og:site_name", "application-name"):
        name = clean_text(name.strip())
        if name and "," not in name and len(name.split()) <= SITE_WORDS:
            return name
    if url:
        host = urlsplit(url).hostname or ""
        return host.removeprefix("www.") or None
    return None
