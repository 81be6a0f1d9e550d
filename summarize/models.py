"""Plain frozen dataclasses that flow between the pipeline stages."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime
from enum import StrEnum
from pathlib import PurePath

from .errors import ErrorKind, InputError, OptionsError

#: sumy's algorithms, by the names users type (sumy.summarizers.* classes).
SUMY_ALGORITHMS: tuple[str, ...] = (
    "lexrank",
    "textrank",
    "lsa",
    "luhn",
    "sumbasic",
    "kl",
    "edmundson",
    "reduction",
    "random",
)
#: Our rankers (rank.py): weights learned by bench/train_ranker.py (the default, chosen by
#: cross-validation in bench/quality.py) and the untrained centroid it replaced.
OUR_ALGORITHM = "learned"
CENTROID = "centroid"
ALGORITHMS: tuple[str, ...] = (OUR_ALGORITHM, CENTROID, *SUMY_ALGORITHMS)
DEFAULT_ALGORITHM = OUR_ALGORITHM

#: Files larger than this are refused: 20 MB is far above any news article and
#: keeps one hostile file from holding a batch's memory.
DEFAULT_MAX_BYTES = 20 * 1024 * 1024
#: The default summary length, decided here only (DEFAULT_BUDGET): five sentences and at most
#: 200 syllables (five of the seeds' long sentences run to 470 syllables, 77 % of an article,
#: too long for a five-minute briefing). A cluster of articles drops the sentence cap.
DEFAULT_SENTENCES = 5
DEFAULT_SYLLABLES = 200
#: Articles with more sentences are refused: the longest in the dev data has a few hundred, and
#: every later stage grows with the count (100,000 one-word sentences take ~4 s and ~400 MB).
DEFAULT_MAX_SENTENCES = 100_000
MAX_TITLE_CHARS = 300  # a briefing's title: a heading, an e-mail subject
GROUP_BY = ("auto", "file", "folder")


@dataclass(frozen=True, slots=True)
class Budget:
    """How long a summary may be: at most `sentences` sentences and `syllables` syllables.

    None is no cap. Syllables are counted by `text.words.syllable_count` everywhere (CLI,
    clusters, bench). When no sentence fits the syllable cap, the summary is one sentence.

    `fill` is for scoring at equal length only (bench/, the "cut" protocol): the selection goes
    on while the summary is shorter than the syllable cap, so its last sentence may cross it,
    and the scorer cuts the text to the cap, as it cuts every peer's (the learned ranker on a
    cluster stops at its packed choice, within the cap). The product never sets it: a reader
    gets whole sentences within the budget.
    """

    sentences: int | None
    syllables: int | None
    fill: bool = False

    def __post_init__(self) -> None:
        for name in ("sentences", "syllables"):
            value = getattr(self, name)
            if value is not None and (type(value) is not int or value < 1):
                raise OptionsError(f"must be a positive whole number, not {value!r}", option=name)
        if type(self.fill) is not bool:
            raise OptionsError(f"must be True or False, not {self.fill!r}", option="fill")

    @classmethod
    def of(cls, sentences: int | None = None, words: int | None = None) -> Budget | None:
        """The user's --sentences or --words (syllables), which replaces the whole default;
        None when neither is given (the default then depends on what is summarized)."""
        if sentences is not None and words is not None:
            raise OptionsError("give a summary length in sentences or in words, not both")
        for flag, value in (("sentences", sentences), ("words", words)):
            if value is not None and value < 1:  # named as the user typed it
                raise OptionsError(f"must be a positive number, not {value}", option=flag)
        if sentences is None and words is None:
            return None
        return cls(sentences, words)

    @staticmethod
    def for_article(given: Budget | None) -> Budget:
        """The budget given, else the one default (None is "not given", never "no cap")."""
        return DEFAULT_BUDGET if given is None else given

    @staticmethod
    def for_cluster(given: Budget | None) -> Budget:
        """The budget given (even one equal to the default), else a cluster's default: the one
        default without its sentence cap (several articles need more sentences than one;
        reference summaries of clusters run to about 200 syllables)."""
        return replace(DEFAULT_BUDGET, sentences=None) if given is None else given


#: The one default budget (see DEFAULT_SENTENCES), for a budget not given (None): Budget.for_article
#: returns it, Budget.for_cluster derives a cluster's from it.
DEFAULT_BUDGET = Budget(DEFAULT_SENTENCES, DEFAULT_SYLLABLES)


class Role(StrEnum):
    """What a line of an article is; only BODY lines reach the summary."""

    TITLE = "title"
    BODY = "body"
    CAPTION = "caption"
    BYLINE = "byline"
    BOILERPLATE = "boilerplate"


class DateKind(StrEnum):
    """What a source's own date is: a page's publication, a message's sending, or the date a
    file's properties give (the document's date, not necessarily the event's)."""

    PUBLISHED = "ngày đăng"
    SENT = "ngày gửi thư"
    FILE_CREATED = "ngày tạo tệp"
    FILE_MODIFIED = "ngày sửa tệp"


@dataclass(frozen=True, slots=True)
class Metadata:
    """What a page or file says about itself, apart from its text: filled by loaders that can.

    `published` is the date the source states for itself (page metadata, e-mail Date, a file's
    properties), never a date guessed from the body; `dated` says which of these it is. The
    briefing stage resolves "chiều 2/11" against it.
    """

    published: date | None = None
    author: str | None = None
    site: str | None = None
    url: str | None = None
    dated: DateKind = DateKind.PUBLISHED

    @property
    def date_label(self) -> str | None:
        """The date as a source list shows it, marked for what it is: "ngày đăng 02/11/2024"."""
        return f"{self.dated} {self.published:%d/%m/%Y}" if self.published else None

    @property
    def stated(self) -> str | None:
        """Site, author and marked date as a source list shows them: "VnExpress · Lê Tuyết ·
        ngày đăng 25/01/2022"; None when the source states none."""
        return " · ".join(x for x in (self.site, self.author, self.date_label) if x) or None

    @property
    def link(self) -> str | None:
        """The source's own link when it is a web address (never a file: or script link)."""
        return self.url if self.url and self.url.startswith(("http://", "https://")) else None


@dataclass(frozen=True, slots=True)
class Document:
    """A loaded file: NFC text with '\\n' line ends, paragraphs separated by a blank line."""

    source: str
    text: str
    title: str | None = None
    meta: Metadata = Metadata()
    #: Parts of the file not read that do not fail it (an e-mail's attachment), with the reason.
    unread: tuple[Failure, ...] = ()


@dataclass(frozen=True, slots=True)
class Line:
    """One non-empty line of a document with the role the cleaner gave it."""

    text: str
    role: Role
    paragraph: int
    number: int


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of an article body; `index` is its order within the article."""

    text: str
    article: str
    index: int
    paragraph: int = 0

    @property
    def id(self) -> str:
        return f"{self.article}#{self.index}"


class Relation(StrEnum):
    """How a dropped sentence repeats the one kept for it (dedup's verdict)."""

    EXACT = "exact"  # the same syllables
    CONTAINED = "contained"  # its words stand, in order, inside the kept sentence
    NEAR_DUPLICATE = "near-duplicate"  # one statement with a word or two changed


@dataclass(frozen=True, slots=True)
class Dropped:
    """A body sentence dropped as a repeat: how it repeats which kept sentence. (Lines that are
    not body text, captions or bylines, never become sentences: Article.dropped_lines.)"""

    sentence: Sentence
    relation: Relation
    duplicate_of: Sentence


@dataclass(frozen=True, slots=True)
class Deduplicated:
    """The outcome of deduplication: what stays, in input order, and what went, with reasons."""

    kept: tuple[Sentence, ...]
    dropped: tuple[Dropped, ...]


@dataclass(frozen=True, slots=True)
class Article:
    """A cleaned and segmented article, before deduplication."""

    id: str
    source: str
    title: str | None
    lines: tuple[Line, ...]
    sentences: tuple[Sentence, ...]
    meta: Metadata = Metadata()
    vietnamese: bool = True  # False: few words carry a Vietnamese mark (text.language)

    def dropped_lines(self) -> tuple[Line, ...]:
        """Captions, bylines and boilerplate kept out of the summary, each with its role."""
        return tuple(line for line in self.lines if line.role not in (Role.BODY, Role.TITLE))

    @property
    def heading(self) -> str:
        """What a reader sees as the article's name: its title, else (a .txt that opens on its
        text) its first sentence, cut at a word: never the file's name while it has text."""
        if self.title:
            return self.title
        if not self.sentences:
            return PurePath(self.source).name
        return cut_at_word(self.sentences[0].text.rstrip(" ."), HEADING_CHARS)


HEADING_CHARS = 80  # an untitled article's heading: a title's length, not a paragraph's


def cut_at_word(text: str, limit: int) -> str:
    """`text` within `limit` characters, cut at a word with "…" when longer."""
    if len(text) <= limit:
        return text
    return text[: limit - 1].rsplit(" ", 1)[0].rstrip(" —-,:;") + "…"


@dataclass(frozen=True, slots=True)
class ArticleResult:
    """An article after deduplication and ranking."""

    article: Article
    kept: tuple[Sentence, ...]
    dropped: tuple[Dropped, ...]
    summary: tuple[Sentence, ...]


class Change(StrEnum):
    """A figure that is the size of a change ("giảm 1,5%"), not a level ("còn 3,2%")."""

    RISE = "tăng"
    FALL = "giảm"


@dataclass(frozen=True, slots=True)
class Fact:
    """A figure found in the text: `13,45%` is kind "percent", value 13.45, unit "%".

    `measure` is what the figure counts ("tỷ lệ hộ nghèo"); `change` says when the figure is the
    size of a rise or fall of that measure rather than its level.
    """

    kind: str
    text: str
    value: float | None
    unit: str | None
    measure: str | None
    sentence: str
    change: Change | None = None

    @property
    def label(self) -> str | None:
        """The measure as a reader reads it: "mức giảm tỷ lệ hộ nghèo" for a fall."""
        if self.measure and self.change:
            return f"mức {self.change} {self.measure}"
        return self.measure


class Voice(StrEnum):
    """What the text shows a person doing: speaking (the subject of a verb of saying, or the
    one a statement is attributed to), presiding without being shown speaking (a press office
    counts the chair among the participants), or only being named (a victim, a party in court,
    someone mentioned). Only speakers are listed as "Người phát biểu"."""

    SPOKE = "spoke"
    PRESIDED = "presided"
    NAMED = "named"


@dataclass(frozen=True, slots=True)
class Person:
    """A person named in the text: "Đại tá" (title) "Lê Đức Thành", "Phó Giám đốc Công an tỉnh,
    Phó Trưởng ban" (role, the position as the text gives it), "Công an tỉnh" (organisation, the
    first body the role names), and whether the text shows them speaking (briefing/speakers.py)."""

    name: str
    title: str | None
    role: str | None = None
    organisation: str | None = None
    voice: Voice = Voice.NAMED

    @property
    def titled_name(self) -> str:
        """The name as every output shows it, title first: "Đại tá Lê Đức Thành"."""
        return f"{self.title} {self.name}" if self.title else self.name

    def shown(self, before: str = " — ", after: str = "", mark: str = "") -> str:
        """The titled name, `mark` after it (" (chủ trì)"), and, when there is one, its position
        between `before` and `after`: "Đại tá Lê Đức Thành — Phó Giám đốc" (the e-mail), "…
        (Phó Giám đốc)" (a table cell)."""
        named, position = f"{self.titled_name}{mark}", self.position
        return f"{named}{before}{position}{after}" if position else named

    @property
    def position(self) -> str | None:
        """The role as shown beside the name: none when it only repeats the title, so a coach reads
        "HLV Park Hang-seo", not "HLV Park Hang-seo — HLV"."""
        if self.role and self.title and self.role.casefold() == self.title.casefold():
            return None
        return self.role


@dataclass(frozen=True, slots=True)
class ConferenceStats:
    """The figures compared side by side across conferences."""

    articles: int
    sentences_before: int
    sentences_after: int
    duplicates_removed: int
    summary_sentences: int
    summary_words: int
    compression: float
    speakers: int
    figures: int
    keywords: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class EventDate:
    """The day of an event as the text gives it: "chiều 22/10" has no year unless the page's
    publication date or the text supplies one."""

    year: int | None
    month: int
    day: int
    #: None when the text states the day; else the source's own date stands in for it.
    stand_in: DateKind | None = None
    #: The file date the year was inferred from, when the text states only day and month and
    #: the source's only date is a file's properties date (D23-filedate); None otherwise.
    year_from: DateKind | None = None

    @property
    def full(self) -> date | None:
        """The calendar date, when the year is known."""
        return date(self.year, self.month, self.day) if self.year else None

    @property
    def label(self) -> str:
        """As a Vietnamese reader writes it: "22/10/2013", or "22/10" without a year; a stand-in
        says what it is: "02/11/2024 (ngày đăng)", and a year a file's date gave says so:
        "02/11/2024 (năm suy từ ngày sửa tệp)"."""
        day_month = f"{self.day:02d}/{self.month:02d}"
        label = f"{day_month}/{self.year}" if self.year else day_month
        if self.stand_in:
            return f"{label} ({self.stand_in})"
        return f"{label} (năm suy từ {self.year_from})" if self.year_from and self.year else label


CHAIR = "chủ trì"  # what every output says of a person who presided, beside the name
SPEAKERS = "Người phát biểu"  # every output's heading over the people the text shows speaking
NAMED = "Người được nhắc đến"  # and over everyone else it names
NOT_STATED = "bài không nêu"  # what every output says of a place or day no article gives


@dataclass(frozen=True, slots=True)
class Conference:
    """One section of the briefing: the articles about one event and their joint summary."""

    id: str
    title: str
    articles: tuple[str, ...]
    summary: tuple[Sentence, ...]
    place: str | None = None
    date: date | None = None
    facts: tuple[Fact, ...] = ()
    people: tuple[Person, ...] = ()
    organisations: tuple[str, ...] = ()
    stats: ConferenceStats | None = None
    when: EventDate | None = None  # the event's day, also without a year (`date` needs one)
    chairs: tuple[str, ...] = ()  # names of the people who presided ("chủ trì")

    @property
    def presided(self) -> tuple[Person, ...]:
        """The chairs the text does not show speaking: every output's "Chủ trì"."""
        return tuple(p for p in self.people if p.voice is Voice.PRESIDED)

    @property
    def speakers(self) -> tuple[Person, ...]:
        """The people the text shows speaking: every output's "Người phát biểu"."""
        return tuple(p for p in self.people if p.voice is Voice.SPOKE)

    @property
    def named(self) -> tuple[Person, ...]:
        """Everyone else the facts found (victims, parties, people mentioned): "Người được
        nhắc đến"."""
        return tuple(p for p in self.people if p.voice is Voice.NAMED)

    @property
    def people_lists(self) -> tuple[tuple[str, tuple[Person, ...]], ...]:
        """The people as every output lists them, under one source of the headings: the chairs
        who did not speak, the speakers, then everyone else, each list only when someone is in
        it."""
        presided = f"{CHAIR[:1].upper()}{CHAIR[1:]}"  # "Chủ trì": the chair's word, one source
        lists = ((presided, self.presided), (SPEAKERS, self.speakers), (NAMED, self.named))
        return tuple((heading, people) for heading, people in lists if people)

    def mark(self, person: Person) -> str | None:
        """What a speaker's line says beside the name: "chủ trì" for a chair, else nothing. The
        one source of the word for both HTML templates and the text e-mail."""
        return CHAIR if person.name in self.chairs else None

    def listed_mark(self, person: Person) -> str | None:
        """The mark beside a name in the section's lists: a chair listed among the speakers is
        marked; under the "Chủ trì" heading the heading says it."""
        return None if person.voice is Voice.PRESIDED else self.mark(person)

    @property
    def place_shown(self) -> str:
        """The place as every output's meta line shows it. One source for both fields' missing
        value: the section said "không rõ" of a place and "bài không nêu" of a day."""
        return self.place or NOT_STATED

    @property
    def day_shown(self) -> str:
        """The day as every output's meta line shows it ("22/10", or NOT_STATED)."""
        return self.when.label if self.when else NOT_STATED


class Indicator(StrEnum):
    """What a compared figure measures; the value is the row's heading. Charts and tables pick
    rows by this member, never by the heading's words."""

    GROWTH = "Tăng trưởng kinh tế"
    POOR_HOUSEHOLDS = "Tỷ lệ hộ nghèo"
    COUNSELLING = "Lượt tư vấn"
    PLACEMENTS = "Giới thiệu việc làm"
    NEW_JOBS = "Việc làm mới"
    LEGAL_AID = "Trợ giúp pháp lý"
    DELEGATES = "Đại biểu"
    FUNDING = "Kinh phí"
    CAPITAL = "Vốn đầu tư"
    OTHER = "Khác"  # a measure of its own words, shared by two or more conferences


class Scale(StrEnum):
    """The unit a figure is compared in: amounts of money on one scale per currency."""

    PERCENT = "%"
    VND = "tỷ đồng"
    USD = "triệu USD"
    COUNT = "số lượng"


@dataclass(frozen=True, slots=True)
class IndicatorKey:
    """Figures that share this key are compared: same indicator, same scale, same counted noun
    ("người" is not "lượt lao động"), and for Indicator.OTHER the same measure."""

    indicator: Indicator
    scale: Scale
    unit: str = ""
    measure: str = ""


@dataclass(frozen=True, slots=True)
class ComparisonRow:
    """One row of the side-by-side table: a label and one value per conference (None = absent).

    `key` marks a row of figures (charted when two or more conferences give one); `numbers` are
    then on the key's scale."""

    label: str
    values: tuple[str | None, ...]
    numbers: tuple[float | None, ...] = ()
    key: IndicatorKey | None = None


@dataclass(frozen=True, slots=True)
class Comparison:
    """A briefing's conferences side by side, as the briefing stage reads them
    (briefing.stats.compare): what each was (`rows`: day, place, who presided, …) and the
    figures two or more give for one indicator (`shared`, charted). It keeps the conferences it
    compares, so that a Briefing cannot show rows of sections it no longer has."""

    conferences: tuple[Conference, ...]
    rows: tuple[ComparisonRow, ...]
    shared: tuple[ComparisonRow, ...]


@dataclass(frozen=True, slots=True)
class Failure:
    """An input that could not be processed, reported by name with the reason; `kind` is the
    typed error's kind, kept so that briefing.json and callers can tell failures apart."""

    source: str
    reason: str
    kind: ErrorKind

    @classmethod
    def of(cls, error: InputError) -> Failure:
        """The record of an input error: its path, reason and kind."""
        return cls(error.path, error.reason, error.kind)


@dataclass(frozen=True, slots=True)
class Briefing:
    """Everything a rendered briefing shows; render/ reads nothing else.

    `comparison` is the briefing stage's reading of `conferences` (briefing.stats.compare): one
    that compares other conferences is refused, so a briefing whose sections changed (a
    correction) must be compared again, never shown with stale rows."""

    title: str
    created: datetime
    articles: tuple[ArticleResult, ...]
    conferences: tuple[Conference, ...]
    comparison: Comparison
    failures: tuple[Failure, ...] = ()
    #: What was passed over with a warning, not an error: a folder's README or SOURCE, and
    #: parts of inputs not read whose file was read (a broken e-mail attachment).
    skipped: tuple[Failure, ...] = ()

    def __post_init__(self) -> None:
        if self.comparison.conferences != self.conferences:
            raise ValueError("the comparison is of other conferences: compare them again")


#: The largest --max-bytes or --max-sentences (1 TiB): far past any article, and it fits the
#: C integers that reads take.
MAX_LIMIT = 1 << 40


@dataclass(frozen=True, slots=True, kw_only=True)
class Options:
    """What changes a summary: the ranker, the length budget and the input limits, validated
    once; cli.options_from() builds it from arguments. Every field is part of a batch journal's
    fingerprint (batch/run.py): nothing here only shapes the briefing around the summaries."""

    algorithm: str = DEFAULT_ALGORITHM
    #: None: not given, so the default for what is summarized (Budget.for_article, .for_cluster).
    budget: Budget | None = None
    max_bytes: int = DEFAULT_MAX_BYTES
    max_sentences: int = DEFAULT_MAX_SENTENCES
    #: Links to private, loopback or link-local addresses are refused unless this is set (it
    #: decides whether such a link is read at all, so it is part of the fingerprint).
    allow_private_links: bool = False

    def __post_init__(self) -> None:
        if self.algorithm not in ALGORITHMS:
            raise OptionsError(
                f"unknown algorithm {self.algorithm!r}; choose one of {', '.join(ALGORITHMS)}"
            )
        if self.budget is not None and not isinstance(self.budget, Budget):
            raise OptionsError(f"must be a Budget or None, not {self.budget!r}", option="budget")
        for name in ("max_bytes", "max_sentences"):
            value = getattr(self, name)
            if type(value) is not int or value < 1:  # "5" raised TypeError; 2.5 or True passed
                raise OptionsError(f"must be a positive number, not {value!r}", option=name)
            if value > MAX_LIMIT:  # 10**20 overflowed a C integer in every read: a traceback
                raise OptionsError(f"must be at most {MAX_LIMIT:,}, not {value:,}", option=name)
        if type(self.allow_private_links) is not bool:  # "false" would have allowed them
            raise OptionsError(
                f"must be True or False, not {self.allow_private_links!r}",
                option="allow_private_links",
            )


DEFAULT_TITLE = "Bản tin tổng hợp hội nghị"


@dataclass(frozen=True, slots=True, kw_only=True)
class BriefingOptions:
    """How summaries become a briefing: its title and how articles form sections."""

    title: str = DEFAULT_TITLE
    group_by: str = "auto"

    def __post_init__(self) -> None:
        if self.group_by not in GROUP_BY:
            raise OptionsError(f"must be one of {', '.join(GROUP_BY)}", option="group_by")
        # it becomes an e-mail subject and the PDF's metadata
        if not isinstance(self.title, str) or not self.title.isprintable():
            raise OptionsError(
                "must be one line of text, without control characters", option="title"
            )
        if len(self.title) > MAX_TITLE_CHARS:  # a heading, not a text: 40,000 took minutes
            raise OptionsError(f"must be at most {MAX_TITLE_CHARS} characters", option="title")
