"""A saved news page -> the article alone: title, lead and body paragraphs, and its metadata.

A news page is mostly furniture: menus, other stories' headlines, related-article boxes, photo
captions and credits, share bars, bylines. Only the article's own paragraphs may reach the
summary, the places and the people of a briefing. The body is the element that holds the most
paragraph text (its paragraphs scored into their parent and grandparent, as Readability does);
the lead (sapo) is the lead-classed block just before it, which publishers often keep outside
the body's element; furniture inside the body is known by its class, its links or its place.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, replace
from itertools import islice
from urllib.parse import urlsplit

from lxml import etree
from lxml.html import HtmlElement, document_fromstring

from ..models import Metadata
from . import credits
from .clean import ends
from .normalize import clean_text
from .page_meta import author_name, page_metadata, visible_author

# Elements that never hold article text.
_DROP = (
    "script", "style", "noscript", "iframe", "template", "svg", "button", "select",
    "textarea", "object", "embed", "canvas", "img", "picture", "video", "audio", "math",
    "figure", "figcaption", "nav", "aside", "footer", "input", "label",
)  # fmt: skip
_BLOCKS = frozenset((
    "p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "tbody",
    "thead", "blockquote", "section", "article", "pre", "dd", "dt", "dl", "main", "address", "hr",
    "td", "th", "caption", "header", "center",
))  # fmt: skip
# Class or id of furniture: related stories, captions, share bars, ads, bylines, tags, comments.
_FURNITURE = re.compile(
    r"relate|lien-?quan|cung-?chuyen-?muc|tincungmuc|tin-?khac|other-?news|readmore|read-more|"
    r"doc-?them|xem-?them|share|social|comment|caption|credit|author|byline|banner|advert|"
    r"quang-?cao|breadcrumb|widget|popup|modal|newsletter|subscribe|toolbar|"
    r"(^|[\s_-])(ads?|adv|tags?|keywords?|menu|nav|footer|hidden|hide|print|photo|image|img|"
    r"video|thumb|picture|figure|media|vote|rating|box-?embed)([\s_\d-]|$)",
    re.IGNORECASE,
)
_LEAD = re.compile(r"sapo|lead|description|summary|chapeau|excerpt|intro|tom-?tat", re.IGNORECASE)
# An inline place stamp, set apart by the page's style ("<span class=location-stamp>TP HCM</span>").
_STAMP = re.compile(r"location|stamp|dateline|dia-?danh|dia-?diem", re.IGNORECASE)
_HEADINGS = ("h2", "h3", "h4", "h5", "h6")
# A date line left in the body ("20/01/2022 01:39 PM | Kinh doanh"): furniture, not a sentence.
_DATE_LINE = re.compile(r"^\W*\d{1,2}[/.-]\d{1,2}[/.-]\d{4}\b")
_CENTERED = re.compile(r"text-align\s*:\s*center", re.I)
_ITALIC = re.compile(r"font-style\s*:\s*italic", re.I)
IMAGE_MARK = "data-summarize-image"  # set on the parent of each image before images go
MIN_PARAGRAPH_CHARS = 25  # shorter text blocks are labels, not paragraphs
MAX_LINK_SHARE = 0.5  # a block more than half links is a list of other stories
MAX_BYLINE_WORDS = 8
MAX_TEASER_CHARS = 800  # a linked headline's blurb longer than this is not a teaser
MAX_CAPTION_WORDS = 60  # an italic block beside an image that is longer is prose
MIN_LEAD_CHARS = 80  # an unmarked lead: a long block right under the headline
#: The body's element grows to its parent when that adds this share of paragraph text or more.
CLIMB_SHARE = 0.1
MAX_CLIMB = 40  # ancestors counted per paragraph: bounded on hostile, deeply nested pages


@dataclass(frozen=True, slots=True)
class Page:
    """The article of a saved page: its paragraphs (lead first), title and metadata."""

    title: str | None
    paragraphs: tuple[str, ...]
    meta: Metadata
    lead: str | None = None


def read_page(markup: str) -> Page | None:
    """The article of a news page; None when the markup holds no paragraph of text."""
    root = _parse(markup)
    if root is None:
        return None
    meta = page_metadata(root)
    visible = visible_author(root)
    fallback_title = _meta_title(root)
    _mark_images(root)
    _space_stamps(root)
    etree.strip_elements(root, *_DROP, etree.Comment, etree.ProcessingInstruction, with_tail=False)
    furniture = _furniture(root)
    body = _main_element(root, furniture)
    if body is None:
        return None
    title_element = _title_element(root, body)
    title = _text(title_element) if title_element is not None else fallback_title
    lead_element = _lead_element(root, body, title_element, furniture)
    if title_element is not None:
        _remove(title_element)
    if lead_element is not None:
        _drop_site_tag(lead_element, meta)
    lead = _text(lead_element) if lead_element is not None else None
    paragraphs = [p for p in _paragraphs(body) if p != lead]
    if lead and paragraphs and _is_cut_copy(lead, paragraphs[0]):
        lead = None  # a teaser: the first paragraph cut short with "..."
    paragraphs, byline = _without_byline(paragraphs)
    if lead:
        paragraphs.insert(0, lead)
    meta = replace(meta, author=visible or byline or meta.author)
    return Page(title or None, tuple(paragraphs), meta, lead)


# Inline elements a paper sets its name in at the head of the lead ("<span>Dân trí</span>").
_INLINE_TAG = ("span", "strong", "b", "em", "i", "a", "font")
_HOST_PREFIXES = ("www.", "m.", "mobile.")
# A tag of one to three words before a dash at the head of a lead ("GiadinhNet – ").
_DASHED_TAG = re.compile(r"\s*\(?\s*([^\W\d_][\w.]*(?: [^\W\d_][\w.]*){0,2})\s*\)?\s*[-–—]\s+")


def _drop_site_tag(lead: HtmlElement, meta: Metadata) -> None:
    """The paper's name at the head of its lead, set apart ("<span>Dân trí</span> Sau khi va
    chạm …") or by a dash ("GiadinhNet – “Dư luận …"): its tag, not a word of the first sentence
    (two summaries opened with them). Only a name whose letters are the site's host name
    ("dantri" of dantri.com.vn, "giadinhnet" of giadinh.net.vn); set apart, with a sentence
    starting after it: "Dân trí đưa tin, …" stays whole. Other papers' tags ("TTO - ") are
    the segmenter's (text/segment.py), for pasted text too."""
    text = lead.text or ""
    dashed = _DASHED_TAG.match(text)
    if dashed and _letters(dashed.group(1)) in _host_names(meta):
        lead.text = text[dashed.end() :]
        return
    if text.strip() or not len(lead):
        return
    first = lead[0]
    if not isinstance(first.tag, str) or first.tag not in _INLINE_TAG:
        return
    after = next((c for c in first.tail or "" if c.isalpha()), "")
    if after.isupper() and _letters(first.text_content()) in _host_names(meta):
        _remove(first)  # a sentence starts after it


def _host_names(meta: Metadata) -> set[str]:
    """A site's names as letters: its host's first label and its first two joined
    ("giadinh.net.vn": "giadinh", "giadinhnet")."""
    names: set[str] = set()
    for host in (urlsplit(meta.url).hostname if meta.url else None, meta.site):
        if not host or " " in host or "." not in host:
            continue
        for prefix in _HOST_PREFIXES:
            host = host.removeprefix(prefix)
        labels = host.lower().split(".")
        names.update(x for x in (labels[0], "".join(labels[:2])) if len(x) >= 4)
    return names


def _letters(text: str) -> str:
    """Lower-case ASCII letters and digits of a text, diacritics gone ("Dân trí" -> "dantri")."""
    plain = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in plain.lower() if c.isascii() and c.isalnum())


def _parse(markup: str) -> HtmlElement | None:
    markup = re.sub(r"^\s*<\?xml[^>]*>", "", markup)  # lxml refuses str with an encoding line
    if not markup.strip():
        return None
    try:
        root: HtmlElement = document_fromstring(markup)
    except (etree.ParserError, ValueError):
        return None
    return root


def _marker(element: HtmlElement) -> str:
    return f"{element.get('class') or ''} {element.get('id') or ''} {element.get('type') or ''}"


def _text(element: HtmlElement) -> str:
    return clean_text(" ".join(element.text_content().split()))


def _remove(element: HtmlElement) -> None:
    """Drop an element but keep the text that follows it (its tail)."""
    parent = element.getparent()
    if parent is not None:
        element.drop_tree()


def _meta_title(root: HtmlElement) -> str | None:
    for tag in root.iter("meta"):
        if (tag.get("property") or "").lower() == "og:title" and tag.get("content"):
            return clean_text(tag.get("content") or "")
    titles = root.xpath("//title/text()")
    return clean_text(str(titles[0])) if titles else None


def _own_text(element: HtmlElement) -> Iterator[tuple[HtmlElement, str]]:
    """Text chunks that sit directly in `element` (its text and its inline children's)."""
    if element.tag == "p":
        yield element, element.text_content()
        return
    pieces = [element.text or ""]
    for child in element:
        if isinstance(child.tag, str) and child.tag not in _BLOCKS:
            pieces.append(child.text_content())
        pieces.append(child.tail or "")
    yield element, " ".join(pieces)


def _link_share(element: HtmlElement, text: str) -> float:
    links = sum(len(a.text_content().strip()) for a in element.iter("a"))
    return links / max(1, len(text.strip()))


def _main_element(root: HtmlElement, furniture: set[HtmlElement]) -> HtmlElement | None:
    """The element holding the most paragraph text, counted into parent and grandparent as
    Readability does; then its ancestors while each adds a good share of paragraph text (an ad
    slot or a "read more" fold can split one article into sibling blocks)."""
    scores: dict[HtmlElement, float] = {}
    totals: dict[HtmlElement, float] = {}
    for holder, size in _paragraph_sizes(root, furniture):
        parent = holder if holder.tag != "p" else holder.getparent()
        if parent is None:
            continue
        scores[parent] = scores.get(parent, 0.0) + size
        for depth, ancestor in enumerate(parent.iterancestors()):
            if depth == 0:
                scores[ancestor] = scores.get(ancestor, 0.0) + size / 2
            if depth > MAX_CLIMB:
                break
            totals[ancestor] = totals.get(ancestor, 0.0) + size
        totals[parent] = totals.get(parent, 0.0) + size
    if not scores:
        return None
    best = max(scores, key=scores.__getitem__)
    for ancestor in best.iterancestors():
        if ancestor.tag == "body" or ancestor not in totals:
            break
        if totals[ancestor] >= (1 + CLIMB_SHARE) * totals.get(best, 0.0):
            best = ancestor  # a wrapper adding nothing is passed, not taken
        elif totals[ancestor] > totals.get(best, 0.0):
            break
    return best


def _paragraph_sizes(
    root: HtmlElement, furniture: set[HtmlElement]
) -> Iterator[tuple[HtmlElement, int]]:
    """Each block of paragraph text outside furniture and link lists, with its length."""
    for element in root.iter("p", "div", "td", "section", "article", "span", "font", "li"):
        if element in furniture:
            continue
        for holder, text in _own_text(element):
            size = len(" ".join(text.split()))
            if size >= MIN_PARAGRAPH_CHARS and _link_share(holder, text) <= MAX_LINK_SHARE:
                yield holder, size


def _furniture(root: HtmlElement) -> set[HtmlElement]:
    """Elements that are furniture by their own class or id, or by an ancestor's."""
    found: set[HtmlElement] = set()
    for element in root.iter():
        parent = element.getparent()
        if (parent is not None and parent in found) or _FURNITURE.search(_marker(element)):
            found.add(element)
    return found


def _title_element(root: HtmlElement, body: HtmlElement) -> HtmlElement | None:
    """The last <h1> with text before the body's end (a logo's <h1> comes first, the headline
    last)."""
    position = {element: n for n, element in enumerate(root.iter())}
    end = max((position[e] for e in body.iter() if e in position), default=position[body])
    headings = [h for h in root.iter("h1") if len(_text(h).split()) >= 3]
    before = [h for h in headings if position.get(h, 0) <= end]
    return before[-1] if before else None


def _lead_element(
    root: HtmlElement, body: HtmlElement, title: HtmlElement | None, furniture: set[HtmlElement]
) -> HtmlElement | None:
    """The lead-classed block between the headline and the body's first paragraph."""
    position = {element: n for n, element in enumerate(root.iter())}
    start = position[title] if title is not None else -1
    inside = set(body.iter())
    candidates = [
        element
        for element in root.iter()
        if isinstance(element.tag, str)
        and element.tag not in ("meta", "body", "html")
        and _LEAD.search(_marker(element))
        and start < position[element]
        and len(_text(element)) >= MIN_PARAGRAPH_CHARS
        and element not in furniture
    ]
    before = [e for e in candidates if e not in inside and position[e] < position[body]]
    if before:
        return before[-1]
    within = [e for e in candidates if e in inside]
    if within:
        return within[0]
    return _block_after_title(root, body, title, position) if title is not None else None


def _block_after_title(
    root: HtmlElement, body: HtmlElement, title: HtmlElement, position: dict[HtmlElement, int]
) -> HtmlElement | None:
    """Without a lead class: a long heading or paragraph between the headline and the body."""
    ancestors = set(body.iterancestors())
    for element in root.iter("h2", "h3", "h4", "p"):
        if not position[title] < position[element] < position[body] or element in ancestors:
            continue
        text = _text(element)
        if len(text) >= MIN_LEAD_CHARS and _link_share(element, text) <= MAX_LINK_SHARE:
            return element
    return None


def _is_cut_copy(lead: str, first: str) -> bool:
    """A lead that is the first paragraph cut short ("... ngày thứ Năm (20/1)...")."""
    stem = lead.rstrip(".… ")
    return stem != lead and len(stem) >= MIN_PARAGRAPH_CHARS and first.startswith(stem)


def _paragraphs(body: HtmlElement) -> list[str]:
    """The body's blocks as paragraphs, furniture, link lists and teasers left out."""
    for item in _teasers(body):
        _remove(item)
    for element in list(body.iter()):
        if element is not body and isinstance(element.tag, str) and _drops(element):
            _remove(element)
    return [
        p for p in _block_texts(body) if not (credits.CREDIT_BLOCK.match(p) or _is_date_line(p))
    ]


def _is_date_line(text: str) -> bool:
    return len(text.split()) <= MAX_BYLINE_WORDS and bool(_DATE_LINE.match(text))


def _teasers(body: HtmlElement) -> list[HtmlElement]:
    """Other stories' teasers: a linked headline (never article text), with its blurb when
    the two make an item of their own (the headline, at most one paragraph, nothing more)."""
    found: list[HtmlElement] = []
    for heading in body.iter(*_HEADINGS):
        if _linked(heading):
            item = next(a for a in heading.iterancestors() if a is body or a.tag != "a")
            found.append(item if item is not body and _is_teaser(item, heading) else heading)
    return found


def _is_teaser(item: HtmlElement, heading: HtmlElement) -> bool:
    """One headline (so no other teaser inside), at most one paragraph, a short blurb."""
    if len(list(islice(item.iter(*_HEADINGS), 2))) > 1:
        return False
    paragraphs = (p for p in item.iter("p") if _link_share(p, p.text_content()) < 0.5)
    if len(list(islice(paragraphs, 2))) > 1:
        return False
    return len(_text(item)) - len(_text(heading)) <= MAX_TEASER_CHARS


def _linked(element: HtmlElement) -> bool:
    """All link: inside an <a>, or more than half its text in links."""
    if any(a.tag == "a" for a in element.iterancestors()):
        return True
    text = element.text_content()
    return bool(text.strip()) and _link_share(element, text) > MAX_LINK_SHARE


def _in_running_text(element: HtmlElement) -> bool:
    """An inline element inside a sentence (a keyword link "anh hùng liệt sĩ" in a paragraph):
    part of the text, whatever its class says, unless its block holds little else."""
    if element.tag in _BLOCKS:
        return False
    block = next((a for a in element.iterancestors() if a.tag in _BLOCKS), None)
    if block is None:
        return False
    whole = sum(len(" ".join(text.split())) for _, text in _own_text(block))
    return whole - len(" ".join(element.text_content().split())) >= MIN_PARAGRAPH_CHARS


def _drops(element: HtmlElement) -> bool:
    if element.getparent() is None:
        return False  # already dropped with an ancestor
    if _FURNITURE.search(_marker(element)):
        return not _in_running_text(element)
    if element.tag not in _BLOCKS or any(c.tag in _BLOCKS for c in element.iterchildren()):
        return False
    text = element.text_content()
    if not text.strip():
        return False
    return _link_share(element, text) > MAX_LINK_SHARE or _is_caption(element, text)


def _mark_images(root: HtmlElement) -> None:
    """Mark each image's parent: a caption sits beside it after the images are gone."""
    for image in root.iter("img", "picture", "video", "figure"):
        parent = image.getparent()
        if parent is not None:
            parent.set(IMAGE_MARK, "1")


def _space_stamps(root: HtmlElement) -> None:
    """A space after each inline place stamp, which the page's style sets apart from the
    sentence it opens ("TP HCM" + "Nếu có ít tiền...")."""
    for element in root.iter("span", "strong", "b", "em", "i"):
        if _STAMP.search(_marker(element)):
            element.tail = " " + (element.tail or "")


def _is_caption(element: HtmlElement, text: str) -> bool:
    """A centered block, or an italic one next to an image: how old pages set captions."""
    if element.tag == "center" or _CENTERED.search(element.get("style") or ""):
        return True
    if element.get("align", "").lower() == "center":
        return True
    if len(text.split()) > MAX_CAPTION_WORDS or not _all_italic(element, text):
        return False
    before = element.getprevious()
    return element.get(IMAGE_MARK) is not None or (before is not None and _image_only(before))


def _image_only(element: HtmlElement) -> bool:
    """An element that held an image and (now that images are gone) no text."""
    marked = element.get(IMAGE_MARK) or element.find(f".//*[@{IMAGE_MARK}]") is not None
    return bool(marked) and not element.text_content().strip()


def _all_italic(element: HtmlElement, text: str) -> bool:
    """Set in italics as a whole: by itself or an enclosing element, or in italic pieces."""
    if any(_italic(e) for e in (element, *element.iterancestors())):
        return True
    pieces = [e for e in element.iterdescendants() if _italic(e)]
    outermost = [e for e in pieces if not any(_italic(a) for a in e.iterancestors() if a in pieces)]
    return sum(len(e.text_content().strip()) for e in outermost) >= 0.9 * len(text.strip())


def _italic(element: HtmlElement) -> bool:
    return element.tag in ("em", "i") or bool(_ITALIC.search(element.get("style") or ""))


def _block_texts(root: HtmlElement) -> list[str]:
    """Text split at block elements and <br>, one paragraph per block, spaces collapsed.

    One walk with an explicit stack: a hostile page nests thousands of elements."""
    parts: list[str] = []
    stack: list[tuple[HtmlElement, bool]] = [(root, False)]
    while stack:
        element, closing = stack.pop()
        if closing:
            parts.append("\n\n" if element.tag in _BLOCKS else "")
            parts.append(element.tail or "" if element is not root else "")
            continue
        if element.tag in _BLOCKS or element.tag == "br":
            parts.append("\n\n")
        parts.append(element.text or "")
        stack.append((element, True))
        stack.extend((c, False) for c in reversed(element) if isinstance(c.tag, str))
    chunks = (" ".join(chunk.split()) for chunk in "".join(parts).split("\n\n"))
    return [clean_text(chunk) for chunk in chunks if chunk]


def _without_byline(paragraphs: list[str]) -> tuple[list[str], str | None]:
    """The paragraphs without the short lines that close them: bylines and source lines ("Hà
    Thu (tổng hợp)", "Theo Vân Anh / Lao Động"), labels ("Xem thêm"); and the first name given."""
    names = []
    while paragraphs and _is_byline(paragraphs[-1]):
        names.append(author_name(paragraphs.pop()))
    return paragraphs, next((n for n in reversed(names) if n), None)


def _is_byline(text: str) -> bool:
    return len(text.split()) <= MAX_BYLINE_WORDS and not ends(text)
