"""Which articles are about the same conference, and each section's summary, facts and stats."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from functools import cache
from importlib.resources import files
from pathlib import Path

from .facts import extract_date, extract_facts, extract_organisations, extract_people
from .models import ArticleResult, Conference, Role, Sentence
from .normalize import comparison_key
from .rank import tfidf_matrix
from .stats import conference_stats

Summarize = Callable[[Sequence[Sentence], Sequence[str]], tuple[Sentence, ...]]

# Articles about one event share most of their vocabulary; two human-rights trainings in two
# provinces share topic words but not place names, which the place check catches.
SAME_EVENT_SIMILARITY = 0.35
# An article names its place early; reading this much of it (ten long articles) is plenty.
PLACE_CHARS = 100_000
GROUP_BLOCK = 512  # rows of the similarity matrix computed at once: 512 x n floats at a time
_EVENT = re.compile(
    r"\b(Hội nghị|Hội thảo|Diễn đàn|Tọa đàm|Tọa đàm|Lễ|Đại hội|Kỳ họp|Phiên họp|Hội nghị tập huấn)"
    r"((?:\s+[a-zđà-ỹ][\wà-ỹ]*){0,8})",
    re.IGNORECASE,
)
# Words that end an event name: verbs and links that start the rest of the sentence, and the
# administrative words that start a place ("… nhân quyền tỉnh Bắc Giang": the place is shown apart).
_EVENT_STOP = frozenset(
    [
        "tỉnh",
        "tp",
        "huyện",
        "quận",
        "xã",
        "phường",
        "đã",
        "được",
        "là",
        "với",
        "tại",
        "ở",
        "sáng",
        "chiều",
        "hôm",
        "vào",
        "do",
        "cho",
        "nhằm",
        "sẽ",
        "diễn",
        "ra",
        "các",
        "những",
        "này",
        "đó",
        "cũng",
        "và",
        "để",
        "có",
        "về",
        "trong",
        "khi",
        "qua",
        "lần",
        "thứ",
        "năm",
        "ngày",
        "tháng",
        "của",
    ]
)


# Two-word administrative words ("khánh thành" is not a place, "thành phố" is).
_PLACE_PAIRS = frozenset({("thành", "phố"), ("thị", "xã"), ("thị", "trấn")})


@cache
def places() -> tuple[str, ...]:
    """Province and city names (shipped data), longest first so "Hà Nam" never hides "Hà Nội"."""
    text = files("summarize").joinpath("data/places_vi.txt").read_text(encoding="utf-8")
    names = (line.strip() for line in text.splitlines())
    return tuple(sorted((n for n in names if n and not n.startswith("#")), key=len, reverse=True))


def build_conferences(
    results: Sequence[ArticleResult], *, by: str, summarize: Summarize
) -> tuple[Conference, ...]:
    """Group articles (by file, folder or automatically), then describe each group."""
    groups = _groups(results, by)
    return tuple(
        _conference(f"c{n}", [results[i] for i in members], summarize)
        for n, members in enumerate(groups, start=1)
    )


def _groups(results: Sequence[ArticleResult], by: str) -> list[list[int]]:
    if by == "file":
        return [[i] for i in range(len(results))]
    if by == "folder":
        folders: dict[str, list[int]] = {}
        for i, result in enumerate(results):
            folders.setdefault(str(Path(result.article.source).parent), []).append(i)
        return list(folders.values())
    return auto_groups(results)


def auto_groups(results: Sequence[ArticleResult]) -> list[list[int]]:
    """Connected components of article pairs in the same place whose texts are similar.

    Similarities are computed a block of rows at a time and only the pairs above the threshold
    are kept, so memory stays linear in the number of articles (a dense n x n matrix of 10,000
    articles would take 800 MB). Groups come in the order of their first article.
    """
    import numpy as np
    from scipy import sparse
    from scipy.sparse.csgraph import connected_components

    if len(results) < 2:  # nothing to compare: spares the matrix of a 5 MB pasted article
        return [[0]] if results else []
    matrix = tfidf_matrix([" ".join(s.text for s in r.article.sentences) for r in results])
    place_ids: dict[str | None, int] = {None: -1}
    where = np.array([place_ids.setdefault(article_place(r), len(place_ids)) for r in results])
    rows, cols = [], []
    for start in range(0, len(results), GROUP_BLOCK):
        block = (matrix[start : start + GROUP_BLOCK] @ matrix.T).toarray()
        i, j = np.nonzero(block >= SAME_EVENT_SIMILARITY)
        i = i + start
        same_place = (where[i] == where[j]) | (where[i] == -1) | (where[j] == -1)
        keep = same_place & (i < j)
        rows.append(i[keep])
        cols.append(j[keep])
    pairs = np.concatenate(rows), np.concatenate(cols)
    graph = sparse.coo_matrix((np.ones(len(pairs[0])), pairs), shape=(len(results),) * 2)
    _, labels = connected_components(graph, directed=False)
    groups: dict[int, list[int]] = {}
    for index, label in enumerate(labels.tolist()):
        groups.setdefault(label, []).append(index)
    return sorted(groups.values(), key=lambda members: members[0])


def article_place(result: ArticleResult) -> str | None:
    """The province or city the article names most often (ties: the first named)."""
    text = " ".join(line.text for line in result.article.lines if line.role is not Role.BOILERPLATE)
    text = text[:PLACE_CHARS]  # one regex pass per place name: bounded for a 5 MB article
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for name in places():
        for match in re.finditer(rf"(?<![\wÀ-ỹ]){re.escape(name)}(?![\wÀ-ỹ])", text):
            canonical = _canonical_place(name)
            counts[canonical] += 1
            first.setdefault(canonical, match.start())
    if not counts:
        return None
    return min(counts, key=lambda n: (-counts[n], first[n]))


def _canonical_place(name: str) -> str:
    if "Hồ Chí Minh" in name:
        return "TP. Hồ Chí Minh"
    return name.replace(" - ", " ")


def event_name(texts: Sequence[str]) -> str | None:
    """The fullest event phrase in the texts ("Hội nghị tập huấn công tác nhân quyền")."""
    found: Counter[str] = Counter()
    for text in texts:
        for match in _EVENT.finditer(text):
            words = [match.group(1)[0].upper() + match.group(1)[1:].lower()]
            following = match.group(2).split()
            for word, after in zip(following, [*following[1:], ""], strict=False):
                if word.lower() in _EVENT_STOP or (word.lower(), after.lower()) in _PLACE_PAIRS:
                    break
                words.append(word)
            if len(words) > 1:
                found[" ".join(words)] += 1
    if not found:
        return None
    # Prefer phrases that others extend less: the longest among the most specific mentions.
    return max(found, key=lambda p: (len(p.split()), found[p], p))


def _conference(cid: str, members: Sequence[ArticleResult], summarize: Summarize) -> Conference:
    titles = [r.article.title or "" for r in members]
    kept = [s for r in members for s in r.kept]
    everything = [
        ln.text for r in members for ln in r.article.lines if ln.role is not Role.BOILERPLATE
    ]
    sentences = [s.text for s in kept] + [
        ln.text for r in members for ln in r.article.lines if ln.role is Role.CAPTION
    ]
    summary = summarize(kept, titles)
    facts = extract_facts(s.text for s in kept)
    people = extract_people(sentences)
    place = next((p for p in (article_place(r) for r in members) if p), None)
    event = event_name(everything)
    return Conference(
        id=cid,
        title=_title(place, event, titles),
        articles=tuple(r.article.id for r in members),
        summary=summary,
        place=place,
        date=extract_date(everything),
        facts=facts,
        people=people,
        organisations=extract_organisations(sentences),
        stats=conference_stats(members, summary, facts, people),
    )


def _title(place: str | None, event: str | None, titles: Sequence[str]) -> str:
    if place and event:
        return f"{place} — {event}"
    fallback = next((t for t in titles if t), None)
    return " — ".join(x for x in (place, event or fallback) if x) or "Hội nghị"


def same_key(a: str, b: str) -> bool:
    """Two spellings of one name (tone style, case)."""
    return comparison_key(a) == comparison_key(b)
