"""Which articles are about the same conference, and each section's summary, facts and stats."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np
from scipy import sparse

from ..models import Article, ArticleResult, Conference, Dropped, Person, Role, Sentence
from ..text.segment import MAX_SENTENCE_CHARS
from ..text.words import word_tokens
from .dates import section_date, source_date
from .epithets import with_epithet_roles
from .facts import extract_facts
from .organisations import extract_organisations
from .people import Found, find_people, presiding, with_roles_before
from .places import article_places
from .similarity import event_features
from .span_tagger import tagged_people
from .speakers import with_chairs, with_voices
from .stats import conference_stats
from .venue import section_place

Summarize = Callable[[Sequence[Sentence], Sequence[str], Sequence[Dropped]], tuple[Sentence, ...]]

# Mean similarity (briefing/similarity.py) at which two groups are one event, chosen on ViMs dev
# clusters 1-75 (bench/grouping.py): mean B-cubed F1 over k = 5, 10, 30 is flat from 0.05 (0.982)
# to 0.07 (0.980) and falls above (0.10: 0.975, 0.14: 0.947). The upper end of the plateau: a lower
# bar only adds the risk of merging two events on one topic, which random ViMs mixes rarely hold.
SAME_EVENT_SIMILARITY = 0.07
GROUP_BLOCK = 512  # rows of the similarity matrix computed at once: 512 x n floats at a time
# Average linkage runs on each connected component of the similar pairs with a dense matrix of
# its own (2,000 x 2,000 floats: 32 MB); a larger component is first split at a higher bar.
LINKAGE_MAX = 2_000
# Characters of a section the fact rules read (a long briefing section holds ~50,000).
FACTS_CHARS = 200_000
LINKAGE_STEP = 0.05  # how much the bar rises each time a component is still too large
EVENT_SYLLABLES = 8  # after the event's word: a longer phrase is a clause, not a name
WORD_REST = 3  # syllables a name cut at that length may take to end its last word
_EVENT = re.compile(
    r"\b(Hội nghị|Hội thảo|Diễn đàn|Tọa đàm|Tọa đàm|Lễ|Đại hội|Kỳ họp|Phiên họp|Họp báo"
    r"|Hội nghị tập huấn)"
    rf"((?:\s+[a-zđà-ỹ][\wà-ỹ]*){{0,{EVENT_SYLLABLES}}})",
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


# "ngày lễ", "dịp lễ", "mùa lễ", "nghỉ lễ" in lower case: a holiday, not a ceremony's name (the
# ceremony's own is written "ngày Lễ khánh thành" or named without "ngày").
_HOLIDAY = re.compile(r"(?<![\wÀ-ỹ])(?:ngày|dịp|mùa|nghỉ)\s+$", re.IGNORECASE)
# The year that closes an event's name ("Hội nghị tổng kết công tác năm 2025"); "năm" alone
# ("năm nay", "năm ngoái", "năm học") ends the name.
_EVENT_YEAR = re.compile(r"năm\s+((?:19|20)\d\d)\b", re.IGNORECASE)
_WORD = re.compile(r"\S+")
_SYLLABLE_RUN = re.compile(rf"\w+(?:[ \t]+\w+){{0,{WORD_REST}}}")
# Two-word administrative words ("khánh thành" is not a place, "thành phố" is).
_PLACE_PAIRS = frozenset({("thành", "phố"), ("thị", "xã"), ("thị", "trấn")})
# Two-word verbs that make the event the sentence's subject ("Hội thảo tập trung thảo luận một số
# vấn đề như …": a section was titled by that clause).
_VERB_PAIRS = frozenset({("tập", "trung"), ("thu", "hút")})


def build_conferences(
    results: Sequence[ArticleResult], *, by: str, summarize: Summarize
) -> tuple[Conference, ...]:
    """Group articles (by file, folder or automatically), then describe each group."""
    groups = groups_of(results, by)
    return tuple(
        describe_conference(f"c{n}", [results[i] for i in members], summarize)
        for n, members in enumerate(groups, start=1)
    )


def groups_of(results: Sequence[ArticleResult], by: str) -> list[list[int]]:
    """The sections' members (indices into `results`), in the order build_conferences makes them."""
    if by == "file":
        return [[i] for i in range(len(results))]
    if by == "folder":
        folders: dict[str, list[int]] = {}
        for i, result in enumerate(results):
            folders.setdefault(str(Path(result.article.source).parent), []).append(i)
        return list(folders.values())
    return auto_groups([r.article for r in results])


def auto_groups(articles: Sequence[Article]) -> list[list[int]]:
    """Average-linkage clusters of articles whose events are alike, never across two places.

    Two groups merge while their mean similarity stays above SAME_EVENT_SIMILARITY; unlike
    connected components (one similar pair chains two events) a group needs most of its pairs
    alike. A merge needs at least one pair above the bar, so the linkage runs exactly on each
    connected component of those pairs, found a block of rows at a time: memory stays linear in
    the number of articles (a dense n x n matrix of 10,000 articles would take 800 MB).
    Two articles that name places but none in common never share a group (two trainings on one
    topic in two provinces are two events).
    Groups come in the order of their first article.
    """
    if len(articles) < 2:  # nothing to compare: spares the matrix of a 5 MB pasted article
        return [[0]] if articles else []
    features = event_features(articles)
    places = _place_matrix([article_places(a) for a in articles])
    groups: list[list[int]] = []
    pending = [np.arange(len(articles))]
    bar = SAME_EVENT_SIMILARITY
    while pending:
        large = []
        for members in pending:
            for component in _components(features[members], places[members], bar):
                part = members[component]
                if len(part) > LINKAGE_MAX and bar + LINKAGE_STEP <= 1.0:
                    large.append(part)
                elif len(part) > LINKAGE_MAX:
                    groups.append(part.tolist())  # joined near 1 (copies): one group, not a loop
                else:
                    groups.extend(_average_linkage(features[part], places[part], part))
        pending, bar = large, bar + LINKAGE_STEP
    return sorted(groups, key=lambda members: members[0])


def _place_matrix(names: Sequence[frozenset[str]]) -> sparse.csr_matrix:
    """One row per article, a 1 for each place it names."""
    ids: dict[str, int] = {}
    cols = [ids.setdefault(name, len(ids)) for row in names for name in sorted(row)]
    owners = np.repeat(np.arange(len(names)), [len(row) for row in names])
    shape = (len(names), max(1, len(ids)))
    return sparse.csr_matrix((np.ones(len(cols)), (owners, np.array(cols, dtype=np.int64))), shape)


def _apart(a: sparse.csr_matrix, b: sparse.csr_matrix) -> np.ndarray:
    """Pairs (rows of a x rows of b) that both name places, none of them shared."""
    named_a = np.diff(a.indptr) > 0
    named_b = np.diff(b.indptr) > 0
    shared = (a @ b.T).toarray() > 0
    apart: np.ndarray = named_a[:, None] & named_b[None, :] & ~shared
    return apart


def _similar_pairs(
    features: sparse.csr_matrix, places: sparse.csr_matrix, bar: float
) -> tuple[np.ndarray, np.ndarray]:
    """Index pairs (i < j) at least `bar` alike and not apart in place, by blocks of rows."""
    rows, cols = [np.zeros(0, dtype=np.int64)], [np.zeros(0, dtype=np.int64)]
    transposed = sparse.csr_matrix(features.T)  # converted once, not once per block
    for start in range(0, features.shape[0], GROUP_BLOCK):
        rows_here = slice(start, start + GROUP_BLOCK)
        block = (features[rows_here] @ transposed).toarray()
        block[_apart(places[rows_here], places)] = 0.0
        i, j = np.nonzero(block >= bar)
        keep = i + start < j
        rows.append(i[keep] + start)
        cols.append(j[keep])
    return np.concatenate(rows), np.concatenate(cols)


def _components(
    features: sparse.csr_matrix, places: sparse.csr_matrix, bar: float
) -> list[np.ndarray]:
    """Positions of each connected component of the similar pairs."""
    from scipy.sparse.csgraph import connected_components  # imported where two articles meet

    size = features.shape[0]
    i, j = _similar_pairs(features, places, bar)
    graph = sparse.coo_matrix((np.ones(len(i)), (i, j)), shape=(size, size))
    _, labels = connected_components(graph, directed=False)
    order = np.argsort(labels, kind="stable")
    return np.split(order, np.flatnonzero(np.diff(labels[order])) + 1)


def _average_linkage(
    features: sparse.csr_matrix, places: sparse.csr_matrix, members: np.ndarray
) -> list[list[int]]:
    """UPGMA on one component (scipy), cut where the mean similarity falls below the bar.

    Two articles apart in place are n² apart: a mean over at most n²/4 pairs that holds one of
    them is above any cut, so no group ever holds both.
    """
    if len(members) == 1:
        return [[int(members[0])]]
    # scipy's clustering and distances cost a process a third of a second to import: only a
    # briefing of two articles or more, never one article's, pays for them.
    from scipy.cluster.hierarchy import fcluster, linkage
    from scipy.spatial.distance import squareform

    distance = np.clip(1.0 - (features @ features.T).toarray(), 0.0, None)
    distance[_apart(places, places)] = float(len(members)) ** 2
    np.fill_diagonal(distance, 0.0)
    tree = linkage(squareform(distance, checks=False), method="average")
    labels = fcluster(tree, t=1.0 - SAME_EVENT_SIMILARITY, criterion="distance")
    groups: dict[int, list[int]] = {}
    for label, member in zip(labels.tolist(), members.tolist(), strict=True):
        groups.setdefault(label, []).append(member)
    return list(groups.values())


def event_name(texts: Sequence[str], titles: Sequence[str] = ()) -> str | None:
    """The fullest event phrase of the titles, else of the texts ("Hội nghị tập huấn công tác
    nhân quyền"): a press conference's article that recalls a signing further down is titled
    by its press conference, not by the signing."""
    return _fullest_event(titles) or _fullest_event(texts)


def _fullest_event(texts: Sequence[str]) -> str | None:
    found: Counter[str] = Counter()
    for text in texts:
        for match in _EVENT.finditer(text):
            if match.group(1) == "lễ" and _HOLIDAY.search(text, 0, match.start()):
                continue  # "ngày lễ giá hoa đã cao": a holiday, no ceremony
            words = [match.group(1)[0].upper() + match.group(1)[1:].lower()]
            following = list(_WORD.finditer(text, match.start(2), match.end(2)))
            for word, after in zip(following, [*following[1:], None], strict=False):
                pair = (word[0].lower(), after[0].lower() if after else "")
                if pair[0] in _EVENT_STOP or pair in _PLACE_PAIRS or pair in _VERB_PAIRS:
                    year = _EVENT_YEAR.match(text, word.start())
                    if year and len(words) > 1:
                        words.append(f"năm {year.group(1)}")  # "… công tác năm 2025"
                    break
                words.append(word[0])
            else:
                if len(following) == EVENT_SYLLABLES:
                    words.extend(_rest_of_word(text, following[-1].start()))
            if len(words) > 1:
                found[" ".join(words)] += 1
    if not found:
        return None
    # Prefer phrases that others extend less: the longest among the most specific mentions.
    return max(found, key=lambda p: (len(p.split()), found[p], p))


def _rest_of_word(text: str, last: int) -> list[str]:
    """The syllables that end the word a name cut at EVENT_SYLLABLES stops inside (`last`: where
    its last syllable starts): "Hội nghị triển khai công tác bảo đảm quyền con" titled a section;
    the segmenter's "con_người" takes "người" along, and a name in capitals runs on while its
    syllables have them ("… khánh thành Đại học Nam Cần Thơ"). A mark after it ends it."""
    run = _SYLLABLE_RUN.match(text, last)
    syllables = run.group().split() if run else []
    if len(syllables) < 2:
        return []
    whole = word_tokens(" ".join(syllables))[0].count("_") + 1
    rest = syllables[1:whole]
    while len(rest) + 1 < len(syllables) and syllables[len(rest)][:1].isupper():
        if not syllables[len(rest) + 1][:1].isupper():
            break
        rest.append(syllables[len(rest) + 1])
    return rest


def describe_conference(
    cid: str, members: Sequence[ArticleResult], summarize: Summarize
) -> Conference:
    """One section from its articles: summary, place, date, facts, people, statistics."""
    titles = [r.article.title or "" for r in members]
    kept = [s for r in members for s in r.kept]
    everything = [
        ln.text for r in members for ln in r.article.lines if ln.role is not Role.BOILERPLATE
    ]
    # Facts read every sentence of the section's own articles: a sentence that dedup kept in
    # another section (a shared wire paragraph) still states this section's people and figures.
    own = _facts_text([s.text for r in members for s in r.article.sentences])
    sentences = own + _captions(members)
    summary = summarize(kept, titles, [d for r in members for d in r.dropped])
    headlines = [h for r in members for h in _headlines(r.article)]
    facts = extract_facts(own, headlines)
    found = find_people(sentences, headlines)
    organisations = extract_organisations(sentences, (p.name for p in found.people))
    people = _section_people(sentences, found, organisations)
    place = section_place([r.article for r in members])
    event = event_name(everything, titles)
    when = section_date([r.article for r in members]) or source_date([r.article for r in members])
    chairs = presiding(sentences, people)
    shown = with_chairs(people, chairs)
    return Conference(
        id=cid,
        title=_title(place, event, [*titles, *(r.article.heading for r in members)], len(members)),
        articles=tuple(r.article.id for r in members),
        summary=summary,
        place=place,
        date=when.full if when else None,
        facts=facts,
        people=shown,
        organisations=organisations,
        stats=conference_stats(members, summary, facts, shown),
        when=when,
        chairs=chairs,
    )


def _section_people(
    sentences: Sequence[str], found: Found, bodies: Sequence[str] = ()
) -> tuple[Person, ...]:
    """The rules' people, then those only the span tagger finds (never a relative or an alias the
    rules set aside, nor one of the section's bodies), each with the title said right before the
    name ("ca sĩ Quang Hà": the tagger reads names only), the main one's epithet, and who spoke
    apart from who is named."""
    known = found.people + found.possessors + found.aliases
    added = found.roles_for(tagged_people(sentences, known, bodies))
    people = found.people + with_roles_before(sentences, added)
    people = with_epithet_roles(sentences, people)  # "thủ môn 22 tuổi chia sẻ": the main one's
    return with_voices(sentences, people)


def names_text(members: Sequence[ArticleResult]) -> list[str]:
    """What the rules of people and organisations read (and the span tagger is fitted on): the
    section's own sentences, each once, and its photo captions."""
    own = _facts_text([s.text for r in members for s in r.article.sentences])
    return own + _captions(members)


def _captions(members: Sequence[ArticleResult]) -> list[str]:
    return [ln.text for r in members for ln in r.article.lines if ln.role is Role.CAPTION]


def _headlines(article: Article) -> list[str]:
    """The article's title, and its first line when no full stop ends it: a plain text's title
    asking or exclaiming ("Lương kỹ sư CNTT 8-10 triệu, làm sao sống?") reads as a sentence.
    Neither is longer than a sentence may be: a run-on line of 6.5 MB, no full stop anywhere,
    was read whole as a headline by the name rules (22 s), where its sentences are cut and read
    up to FACTS_CHARS."""
    first = next((ln.text for ln in article.lines if ln.role is not Role.BOILERPLATE), "")
    own = [first] if first and not first.rstrip().endswith(".") else []
    lines = [article.title, *own] if article.title else own
    return [line for line in lines if len(line) <= MAX_SENTENCE_CHARS]


def _facts_text(sentences: Sequence[str]) -> list[str]:
    """Each distinct sentence once, up to FACTS_CHARS: far more than a conference's articles
    hold, and what keeps a 100,000-sentence file from costing minutes of name rules."""
    out, read = [], 0
    for sentence in dict.fromkeys(sentences):
        if read >= FACTS_CHARS:
            break
        out.append(sentence)
        read += len(sentence)
    return out


def _title(place: str | None, event: str | None, titles: Sequence[str], articles: int = 1) -> str:
    """ "<place> — <event>"; without a place, one article's own headline says more than an event
    its text names ("Lễ công bố kết quả khảo sát" titled dantri's "Techcombank tiếp tục lọt vào
    top 3 nơi làm việc tốt nhất Việt Nam")."""
    if place and event:
        return f"{place} — {event}"
    fallback = next((t for t in titles if t), None)
    if not place and articles == 1 and fallback:
        return fallback
    return " — ".join(x for x in (place, event or fallback) if x) or "Hội nghị"
