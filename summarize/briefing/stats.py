"""Per-conference statistics and the side-by-side comparison rows of the briefing."""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from functools import cache

from ..models import (
    CHAIR,
    ArticleResult,
    Comparison,
    ComparisonRow,
    Conference,
    ConferenceStats,
    Fact,
    Indicator,
    IndicatorKey,
    Person,
    Scale,
    Sentence,
    Voice,
    cut_at_word,
)
from ..text.normalize import comparison_key, fold_tones
from ..text.shipped import shipped_lines
from ..text.words import stop_words, word_tokens

KEYWORDS = 5
# Keywords describe a conference and its first sentences are enough: word segmentation costs
# ~0.2 ms a sentence, so one article of 100,000 sentences (or a 5 MB run-on line) would cost
# minutes. Far above any real conference (the seeds' run 30-60 sentences).
KEYWORD_SENTENCES = 2000
KEYWORD_CHARS = 200_000
# Words every section of a conference briefing shares: they name the genre, not a topic.
_NOT_TOPICS = frozenset({"hội_nghị", "hội_thảo", "tập_huấn", "đại_biểu", "đồng_chí"})
# What a figure measures, by a phrase its measure contains: the rows shared figures align on.
# Most specific first: each figure takes the first row whose phrase it contains, so "giới thiệu
# việc làm" (placements) never lands in the row of jobs created.
MEASURES: tuple[tuple[str, Indicator], ...] = (
    ("tăng trưởng kinh tế", Indicator.GROWTH),
    ("hộ nghèo", Indicator.POOR_HOUSEHOLDS),
    ("tư vấn", Indicator.COUNSELLING),
    ("giới thiệu việc làm", Indicator.PLACEMENTS),
    ("việc làm", Indicator.NEW_JOBS),
    ("pháp lý", Indicator.LEGAL_AID),
    ("đại biểu", Indicator.DELEGATES),
    ("kinh phí", Indicator.FUNDING),
    ("vốn", Indicator.CAPITAL),
    ("mức đầu tư", Indicator.CAPITAL),
)
# Money on one scale per currency: a unit -> (scale, factor to the scale's unit).
_MONEY_SCALE: dict[str, tuple[Scale, float]] = {
    "nghìn tỷ đồng": (Scale.VND, 1000.0),
    "tỷ đồng": (Scale.VND, 1.0),
    "tỉ đồng": (Scale.VND, 1.0),
    "triệu đồng": (Scale.VND, 1e-3),
    "nghìn đồng": (Scale.VND, 1e-6),
    "ngàn đồng": (Scale.VND, 1e-6),
    "đồng": (Scale.VND, 1e-9),
    "tỷ USD": (Scale.USD, 1000.0),
    "tỉ USD": (Scale.USD, 1000.0),
    "triệu USD": (Scale.USD, 1.0),
    "USD": (Scale.USD, 1e-6),
}
OWN_MEASURE_WORDS = 4  # a measure of its own is compared on its first words ("tổng vốn đầu tư")
PEOPLE_SHOWN = 5  # speakers per conference in the side-by-side table
ROLE_CHARS = 60  # a speaker's role in that table: most single positions fit whole
ROLE_MIN_PART = 20  # a role is cut at a comma only when what comes before it says something
BODIES_SHOWN = 6


def conference_stats(
    members: Sequence[ArticleResult],
    summary: Sequence[Sentence],
    facts: Sequence[Fact],
    people: Sequence[Person],
) -> ConferenceStats:
    """The figures the comparison table shows for one conference."""
    before = sum(len(r.article.sentences) for r in members)
    after = sum(len(r.kept) for r in members)
    kept_words = sum(len(s.text.split()) for r in members for s in r.kept)
    summary_words = sum(len(s.text.split()) for s in summary)
    return ConferenceStats(
        articles=len(members),
        sentences_before=before,
        sentences_after=after,
        duplicates_removed=before - after,
        summary_sentences=len(summary),
        summary_words=summary_words,
        compression=round(summary_words / kept_words, 3) if kept_words else 0.0,
        speakers=len(people),
        figures=len(facts),
        keywords=keywords(
            [s.text for r in members for s in r.kept],
            [p.name for p in people if p.voice is not Voice.NAMED],
        ),
    )


def keywords(
    texts: Sequence[str], names: Sequence[str] = (), limit: int = KEYWORDS
) -> tuple[str, ...]:
    """Compound words ("nhân quyền", "con người", by underthesea's segmentation) the texts say
    often and news says rarely: count × log(N / (1 + df)), df the development articles holding
    the word (`news_frequency`). By count alone the first were words every official report uses
    ("công tác", "hoạt động", "chỉ đạo").

    Syllable pairs made topics such as "quyền con" or "đảm quyền" (across a word border); the
    segmenter keeps "bảo đảm" and "quyền con người" apart. Ties go to the first seen. The name
    of one of `names` (the conference's speakers and chairs, whom the comparison lists in a
    column of their own), or a piece of it, is no topic: a row read "Chủ trì, phát biểu: … Đại
    tá Nguyễn Quốc Đoàn …" and "Chủ đề chính: …, tư vấn, Lạng Sơn, Nguyễn Quốc Đoàn".
    """
    stops = stop_words()
    people = [f"_{'_'.join(fold_tones(name).lower().split())}_" for name in names]
    counts: Counter[str] = Counter()
    read, folded = 0, []
    for text in texts[:KEYWORD_SENTENCES]:
        if read >= KEYWORD_CHARS:
            break
        read += len(text)
        folded.append(fold_tones(text))
        counts.update(w for w in word_tokens(text) if _topic_word(w, stops))
    articles, held = news_frequency()
    ranked = sorted(counts, key=lambda w: -counts[w] * math.log(articles / (1 + held.get(w, 0))))
    chosen: list[str] = []
    for word in ranked:
        if len(chosen) == limit:
            break
        # A piece of a topic already chosen ("thế_huynh" after "đinh_thế_huynh") says it again.
        said = any(f"_{word}_" in f"_{topic}_" for topic in chosen)
        named = any(f"_{word}_" in name for name in people)
        if not said and not named and not _piece_of_a_name(word, folded):
            chosen.append(word)
    return tuple(as_written(word, folded) for word in chosen)


def _topic_word(word: str, stops: frozenset[str]) -> bool:
    """A compound word that may name a topic: no stop word, none every section of a conference
    briefing shares, nothing holding a digit ("đậm 1-4", "2.223.458 phiếu": figures have their
    own table), each syllable a word's (a .docx's literal "<b>" was segmented "<_b", shown as the
    topic "< b")."""
    return (
        "_" in word
        and word not in stops
        and word not in _NOT_TOPICS
        and not any(ch.isdigit() for ch in word)
        and all(any(ch.isalpha() for ch in syllable) for syllable in word.split("_"))
    )


def _piece_of_a_name(word: str, texts: Sequence[str]) -> bool:
    """The segmenter cuts a name it does not know ("Trần | Thị_Lan", "Lưu_Hiểu | Khánh"): a
    word written with a capital that, every time, runs on into a capitalised neighbour is a
    piece of a longer name, no topic by itself (an abbreviation beside it is a title or a kind:
    "TS Nguyễn Hồng Trang", "TP Hà Nội")."""
    written = False
    for text in texts:
        for found in _written(word).finditer(text):
            before, after = text[: found.start()], text[found.end() :]
            previous = before.split()[-1:] if before.endswith(" ") else []
            following = after.split()[:1] if after.startswith(" ") else []
            glued = [w for w in previous if w[-1].isalnum()] + following
            named = [w for w in glued if w[:1].isupper() and not w.isupper()]  # not "TS", "TP"
            if not found.group()[:1].isupper() or not named:
                return False
            written = True
    return written


def _written(word: str) -> re.Pattern[str]:
    syllables = word.split("_")
    return re.compile(
        r"(?<!\w)" + r"\s+".join(re.escape(s) for s in syllables) + r"(?!\w)", re.IGNORECASE
    )


@cache
def news_frequency() -> tuple[int, dict[str, int]]:
    """How many development news articles the shipped table read, and in how many of them each
    compound word occurs (summarize/data/word_df.txt, made by `python -m bench.word_df`)."""
    rows = (line.split() for line in shipped_lines("word_df.txt"))
    counts = {word: int(n) for word, n in rows}
    return counts.pop("N"), counts


_SENTENCE_OPENS = re.compile(r"(?:^|[.!?:…\"“”'‘(\-–])\s*$")


def as_written(word: str, texts: Sequence[str]) -> str:
    """A topic as the texts most often write it inside a sentence: the segmenter lower-cases,
    which made "việt nam", "paul blackthorne" and "vietnam airlines" topics; a capital that only
    opens a sentence ("Bảo đảm quyền …") or a body's name is not the word's own."""
    syllables = word.split("_")
    pattern = re.compile(
        r"(?<!\w)" + r"\s+".join(re.escape(s) for s in syllables) + r"(?!\w)", re.IGNORECASE
    )
    forms = Counter(
        _name_or_word(m.group().split())
        for text in texts
        for m in pattern.finditer(text)
        if not _SENTENCE_OPENS.search(text[: m.start()])
    )
    return forms.most_common(1)[0][0] if forms else " ".join(syllables)


def _name_or_word(syllables: Sequence[str]) -> str:
    """A name keeps its capitals when every syllable has one ("Tây Nguyên", "Vietnam
    Airlines"); a word capitalised as part of a body's name ("Bộ Y tế", "Tập đoàn TH") is the
    word: "y tế", "tập đoàn". A word that opens in lower case keeps the name inside it ("giải
    Scotland", "châu Âu"), and an abbreviation keeps its capitals ("HLV trưởng")."""
    if all(s[:1].isupper() for s in syllables):
        return " ".join(syllables)
    as_is = syllables[0][:1].islower()
    return " ".join(s if as_is or (len(s) >= 2 and s.isupper()) else s.lower() for s in syllables)


def compare(conferences: Sequence[Conference]) -> Comparison:
    """The conferences side by side, as a Briefing carries them to render/: what each was, and
    the figures they share."""
    conferences = tuple(conferences)
    return Comparison(conferences, comparison_rows(conferences), shared_figures(conferences))


def comparison_rows(conferences: Sequence[Conference]) -> tuple[ComparisonRow, ...]:
    """What each conference was, side by side: day, place, who presided, who spoke, bodies,
    topics. Processing counts (sentences, compression) stay in briefing.json (`stats`)."""

    def row(label: str, values: Iterable[str | None]) -> ComparisonRow:
        return ComparisonRow(label, tuple(v or None for v in values))

    return (
        row("Ngày", (c.when.label if c.when else None for c in conferences)),
        row("Địa điểm", (c.place for c in conferences)),
        row(_people_label(conferences), (_people(c) for c in conferences)),
        row("Cơ quan, tổ chức", ("; ".join(c.organisations[:BODIES_SHOWN]) for c in conferences)),
        row(
            "Chủ đề chính", (", ".join(c.stats.keywords) if c.stats else None for c in conferences)
        ),
    )


def _people_label(conferences: Sequence[Conference]) -> str:
    """ "Chủ trì, phát biểu" when some conference names its chair, else "Phát biểu"."""
    if any(c.chairs for c in conferences):
        return f"{CHAIR[:1].upper()}{CHAIR[1:]}, phát biểu"
    return "Phát biểu"


def _people(conference: Conference) -> str:
    """ "Đồng chí Trần Văn Bình (chủ trì, Phó Chủ tịch UBND tỉnh); Ông Lê Văn Nam (Giám đốc Sở
    Tư pháp)": the chairs first, then the speakers; people only named (a victim, a party in
    court) are not who spoke. One column, not a chairs' column
    apart: 7 of 205 development articles name who presided, and a column of dashes took the
    width the topics needed."""
    shown = [p for p in conference.people if p.voice is Voice.SPOKE or conference.mark(p)]
    chosen = sorted(shown, key=lambda p: conference.mark(p) is None)
    return "; ".join(_named(conference, p) for p in chosen[:PEOPLE_SHOWN])


def _named(conference: Conference, person: Person) -> str:
    """ "Thiếu tướng Nguyễn Văn Kỷ (Phó Chánh Văn phòng …)", a chair's part said first."""
    said = [conference.mark(person), short_role(person.position) if person.position else None]
    shown = ", ".join(part for part in said if part)
    return f"{person.titled_name} ({shown})" if shown else person.titled_name


def short_role(role: str, limit: int = ROLE_CHARS) -> str:
    """A role as the side-by-side table gives it: whole when short, else its first positions up
    to a comma ("Phó viện trưởng, Viện Quyền con người…"), else cut at a word. The section above
    lists it whole; whole, four speakers' roles made a conference's row half a page tall."""
    if len(role) <= limit:
        return role
    head = role[:limit]
    comma = head.rfind(", ")
    if comma >= ROLE_MIN_PART:
        return head[:comma] + "…"
    return cut_at_word(role, limit)


def shared_figures(conferences: Sequence[Conference]) -> tuple[ComparisonRow, ...]:
    """Figures two or more conferences give for one indicator, aligned by what they measure
    and in one unit ("13,45%" beside "10%"; "33.000 lao động" never beside "3.441 người")."""
    keyed = [figures_by_key(c.facts) for c in conferences]
    order = list(dict.fromkeys(k for figures in keyed for k in figures))
    rows = []
    for key in order:
        cells = [figures.get(key) for figures in keyed]
        if sum(cell is not None for cell in cells) >= 2:
            values = tuple(cell[0].text if cell else None for cell in cells)
            numbers = tuple(cell[1] if cell else None for cell in cells)
            first = next(cell[0] for cell in cells if cell)
            rows.append(ComparisonRow(row_label(key, first.measure), values, numbers, key))
    return tuple(rows)


def figures_by_key(facts: Sequence[Fact]) -> dict[IndicatorKey, tuple[Fact, float]]:
    """Each level figure under its indicator key with its value on the key's scale; the first
    figure of a key wins (the size of a change is not a level)."""
    out: dict[IndicatorKey, tuple[Fact, float]] = {}
    for fact in facts:
        keyed = indicator_key(fact)
        if keyed is not None:
            out.setdefault(*keyed)
    return out


def indicator_key(fact: Fact) -> tuple[IndicatorKey, tuple[Fact, float]] | None:
    """The key a figure is compared under, and the figure with its value on the key's scale."""
    if fact.change is not None or not fact.measure or fact.value is None or not fact.unit:
        return None
    scale, factor = _MONEY_SCALE.get(fact.unit, (Scale.COUNT, 1.0))
    if fact.unit == "%":
        scale = Scale.PERCENT
    unit = fact.unit if scale is Scale.COUNT else ""
    measure = comparison_key(fact.measure)
    indicator = next((i for phrase, i in MEASURES if phrase in measure), Indicator.OTHER)
    own = " ".join(measure.split()[:OWN_MEASURE_WORDS]) if indicator is Indicator.OTHER else ""
    return IndicatorKey(indicator, scale, unit, own), (fact, fact.value * factor)


def row_label(key: IndicatorKey, measure: str | None = None) -> str:
    """ "Tăng trưởng kinh tế (%)", "Vốn đầu tư (tỷ đồng)", "Tổng công suất chế biến (tấn)"; a
    measure of its own is shown as the text writes it ("UBND tỉnh tổ chức", not "Ubnd …")."""
    own = " ".join((measure or "").split()[:OWN_MEASURE_WORDS]) or key.measure
    name = key.indicator.value if key.indicator is not Indicator.OTHER else own
    unit = key.unit if key.scale is Scale.COUNT else key.scale.value
    return f"{name[:1].upper()}{name[1:]} ({unit})"
