"""Grouping articles into conferences: automatic, by file, by folder."""

from __future__ import annotations

import random
import shutil
from datetime import date
from pathlib import Path

import pytest

from summarize.briefing import group, people
from summarize.briefing.group import event_name
from summarize.models import BriefingOptions, Options
from summarize.pipeline import build_briefing, summarize_text

from .conftest import BAC_GIANG, HAI_DUONG
from .events import FAIR, VISIT

EVENTS = {
    "Đà Nẵng": (
        "Sáng ngày 5/3/2024, tại thành phố Đà Nẵng, Hội nghị xúc tiến đầu tư du lịch biển khai mạc "
        "với sự tham dự của 300 doanh nghiệp. Đà Nẵng kêu gọi đầu tư vào các dự án du lịch biển, "
        "khách sạn và dịch vụ nghỉ dưỡng ven biển. Lãnh đạo thành phố Đà Nẵng cam kết hỗ trợ nhà "
        "đầu tư du lịch biển về thủ tục và mặt bằng."
    ),
    "Sơn La": (
        "Ngày 20/4/2024, tỉnh Sơn La tổ chức Hội nghị triển khai vụ mùa cây ăn quả vùng cao. "
        "Sơn La hướng dẫn nông dân chăm sóc xoài, nhãn và mận theo tiêu chuẩn xuất khẩu. Nông dân "
        "Sơn La được hỗ trợ giống cây ăn quả và kỹ thuật tưới tiết kiệm cho vụ mùa."
    ),
}


def write_mixed_folder(folder: Path, seed: int) -> dict[str, str]:
    """Six short articles on two events, in random order, variations of each event's text."""
    names: dict[str, str] = {}
    items = [(place, n) for place in EVENTS for n in range(3)]
    random.Random(seed).shuffle(items)
    for k, (place, n) in enumerate(items):
        sentences = EVENTS[place].split(". ")
        text = f"Tin {k}: {place}\n\n" + ". ".join(sentences[n:] + sentences[:n])
        name = f"{k:02d}.txt"
        (folder / name).write_text(text, encoding="utf-8")
        names[name] = place
    return names


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_auto_grouping_finds_the_two_events_in_a_shuffled_folder(tmp_path: Path, seed: int) -> None:
    names = write_mixed_folder(tmp_path, seed)
    briefing = build_briefing([tmp_path], briefing=BriefingOptions(group_by="auto"))
    assert len(briefing.conferences) == 2
    by_id = {r.article.id: Path(r.article.source).name for r in briefing.articles}
    for conference in briefing.conferences:
        places = {names[by_id[a]] for a in conference.articles}
        assert places == {conference.place}
        assert len(conference.articles) == 3
        assert conference.title.startswith(conference.place + " — Hội nghị")


def test_seeds_are_two_conferences_with_place_and_event(seed_briefing) -> None:  # type: ignore[no-untyped-def]
    titles = [c.title for c in seed_briefing.conferences]
    assert titles == [
        "Bắc Giang — Hội nghị tập huấn công tác nhân quyền",
        "Hải Dương — Hội nghị tập huấn",
    ]
    stats = seed_briefing.conferences[0].stats
    assert stats.sentences_after + stats.duplicates_removed == stats.sentences_before
    assert stats.duplicates_removed == 3


def test_group_by_file_and_by_folder(tmp_path: Path) -> None:
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        write_mixed_folder(tmp_path / folder, 7)
    by_file = build_briefing([tmp_path], briefing=BriefingOptions(group_by="file"))
    assert len(by_file.conferences) == 12
    by_folder = build_briefing([tmp_path], briefing=BriefingOptions(group_by="folder"))
    assert [len(c.articles) for c in by_folder.conferences] == [6, 6]


def test_an_article_that_matches_nothing_is_its_own_section(tmp_path: Path) -> None:
    names = write_mixed_folder(tmp_path, 5)
    (tmp_path / "zz.txt").write_text(
        "Tin Cà Mau\n\nNgày 2/9/2024, tỉnh Cà Mau tổ chức Lễ khánh thành cầu Rạch Ráng. Cây cầu "
        "nối hai huyện ven biển Cà Mau và rút ngắn đường đi của người dân.\n",
        "utf-8",
    )
    briefing = build_briefing([tmp_path], Options())
    by_id = {r.article.id: Path(r.article.source).name for r in briefing.articles}
    groups = sorted(sorted(by_id[a] for a in c.articles) for c in briefing.conferences)
    assert ["zz.txt"] in groups and len(groups) == 3
    assert sorted(len(g) for g in groups) == [1, 3, 3]
    alone = next(c for c in briefing.conferences if c.articles == (groups_id(briefing, "zz.txt"),))
    assert alone.place == "Cà Mau" and alone.title.startswith("Cà Mau — Lễ khánh thành")
    assert len(names) == 6


def groups_id(briefing, name: str) -> str:  # type: ignore[no-untyped-def]
    return next(r.article.id for r in briefing.articles if Path(r.article.source).name == name)


def test_each_section_takes_the_date_its_articles_give(tmp_path: Path) -> None:
    write_mixed_folder(tmp_path, 9)
    briefing = build_briefing([tmp_path], Options())
    dates = {c.place: c.date for c in briefing.conferences}
    assert dates == {"Đà Nẵng": date(2024, 3, 5), "Sơn La": date(2024, 4, 20)}


def test_seed_sections_have_no_date_because_the_texts_give_none(seed_briefing) -> None:  # type: ignore[no-untyped-def]
    # "6 tháng đầu năm 2024" is a reporting period, not the day of the conference.
    assert [c.date for c in seed_briefing.conferences] == [None, None]


def test_section_summaries_hold_no_captions_footers_or_repeats(seed_briefing) -> None:  # type: ignore[no-untyped-def]
    captions = {
        "PGS.TS Nguyễn Thị Thanh Hải, Phó viện trưởng",
        "Thiếu tướng Nguyễn Văn Kỷ, Phó Chánh văn phòng Thường trực Ban chỉ đạo",
        "Đại tá Lê Đức Thành, Phó Giám đốc Công an tỉnh",
        "Đồng chí Mai Sơn, Phó Chủ tịch Thường trực UBND tỉnh, Trưởng Ban chỉ đạo Nhân quyền phát",
    }
    footers = ("Phản hồi", "Các tin khác", "Mới nhất", "Xem nhiều nhất")
    # Body sentences only: the kept ones, or a repeat of one (the ranker may take the variant
    # that fits better), and never two of one group of repeats.
    group = {s.id: s.id for r in seed_briefing.articles for s in r.kept}
    for r in seed_briefing.articles:
        group.update({d.sentence.id: d.duplicate_of.id for d in r.dropped})
    for conference in seed_briefing.conferences:
        texts = [s.text for s in conference.summary]
        assert 1 <= len(texts) <= 5
        assert {s.id for s in conference.summary} <= group.keys()
        assert len({group[s.id] for s in conference.summary}) == len(texts)
        assert not any(t.startswith(tuple(captions)) for t in texts)
        assert not any(f in t for f in footers for t in texts)
        assert not any(a != b and a in b for a in texts for b in texts)
        assert len(set(texts)) == len(texts)


@pytest.mark.parametrize(
    ("texts", "event"),
    [
        (["Hội nghị ở Hà Nam", "Tỉnh Hà Nam tổ chức Hội nghị tập huấn."], "Hội nghị tập huấn"),
        (["Sáng 5/3, Hội nghị tập huấn công tác nhân quyền đã khai mạc."],
         "Hội nghị tập huấn công tác nhân quyền"),
        (["Hội nghị sáng nay bàn về giá lúa."], None),
        (["Tọa đàm khoa học về chuyển đổi số tại Huế."], "Tọa đàm khoa học"),
        (["Hội nghị tập huấn công tác nhân quyền tỉnh Bắc Giang khai mạc."],
         "Hội nghị tập huấn công tác nhân quyền"),
        (["Hội thảo chuyển đổi số thành phố Hải Phòng năm 2024."], "Hội thảo chuyển đổi số"),
        # a holiday is no ceremony: tuoitre's flower prices were headed "Lễ giá hoa"
        (["Bình thường ngày lễ giá hoa đã cao hơn ngày thường."], None),
        (["Dịp lễ lần này giá hoa tăng, ngày Lễ khánh thành cầu đã đến."], "Lễ khánh thành cầu"),
        # the year is part of the name; "năm nay" is not
        (["Sở Tài chính tổ chức Hội nghị tổng kết công tác năm 2025 và triển khai nhiệm vụ."],
         "Hội nghị tổng kết công tác năm 2025"),
        (["Hội nghị tổng kết công tác năm nay diễn ra sáng 5/12."], "Hội nghị tổng kết công tác"),
        # the event as the subject of a clause: no name (the headline titles the section)
        (["Hội thảo tập trung thảo luận một số vấn đề như: tình hình dạy tiếng Việt."], None),
        (["Hội chợ thu hút 200 gian hàng; Hội thảo thu hút nhiều chuyên gia."], None),
        # a name cut at its eighth syllable ends its last word ("quyền con" titled a section)
        (["Ngày 20/3, tỉnh tổ chức Hội nghị triển khai công tác bảo đảm quyền con người năm "
          "2026."], "Hội nghị triển khai công tác bảo đảm quyền con người"),
        (["Lễ cắt băng khánh thành Đại học Nam Cần Thơ đã diễn ra."],
         "Lễ cắt băng khánh thành Đại học Nam Cần Thơ"),
        (["Lễ khai mạc Liên hoan hữu nghị nhân dân Việt Nam - Trung Quốc."],
         "Lễ khai mạc Liên hoan hữu nghị nhân dân"),
    ],
)  # fmt: skip
def test_event_names_stop_before_place_time_and_verbs(texts: list[str], event: str | None) -> None:
    assert event_name(texts) == event


def test_similarities_computed_in_blocks_give_the_same_groups(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_mixed_folder(tmp_path, 7)
    whole = build_briefing([tmp_path], briefing=BriefingOptions(group_by="auto"))
    monkeypatch.setattr(group, "GROUP_BLOCK", 1)  # every row its own block: the seams are tested
    blocked = build_briefing([tmp_path], briefing=BriefingOptions(group_by="auto"))
    assert [c.articles for c in blocked.conferences] == [c.articles for c in whole.conferences]
    assert len(whole.conferences) == 2


def write_issue_folder(folder: Path, seed: int) -> dict[str, str]:
    """The two seeds, six articles on a visit abroad and three on a fair, under neutral names."""
    texts = [("visit", t) for t in VISIT] + [("fair", t) for t in FAIR]
    random.Random(seed).shuffle(texts)
    events = {}
    for n, (event, text) in enumerate(texts):
        name = f"{random.Random(seed * 100 + n).getrandbits(48):012x}.txt"
        (folder / name).write_text(text + "\n", encoding="utf-8")
        events[name] = event
    for event, seed_file in (("bac-giang", BAC_GIANG), ("hai-duong", HAI_DUONG)):
        shutil.copy(seed_file, folder / seed_file.name)
        events[seed_file.name] = event
    return events


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_the_seeds_and_two_other_events_give_four_sections(tmp_path: Path, seed: int) -> None:
    # Issue 12: this folder gave eight sections, the visit split in five, one titled "Thái Bình".
    events = write_issue_folder(tmp_path, seed)
    briefing = build_briefing([tmp_path], Options())
    names = {r.article.id: Path(r.article.source).name for r in briefing.articles}
    sections = {frozenset(events[names[a]] for a in c.articles): c for c in briefing.conferences}
    assert sorted(len(c.articles) for c in briefing.conferences) == [1, 1, 3, 6]
    assert set(sections) == {frozenset([e]) for e in ("visit", "fair", "bac-giang", "hai-duong")}
    places = {next(iter(k)): c.place for k, c in sections.items()}
    assert places == {
        "visit": "Tokyo",  # a venue abroad, named with "tại"/"ở" (never "Thái Bình")
        "fair": "Quảng Ninh",
        "bac-giang": "Bắc Giang",
        "hai-duong": "Hải Dương",
    }
    assert not any("Thái Bình" in c.title or "Hà Nội" in c.title for c in briefing.conferences)


def test_identical_copies_beyond_the_linkage_limit_still_form_one_group(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A component above LINKAGE_MAX is split at a rising bar; exact copies never split, so the
    # bar passes 1 and they are kept whole instead of looping.
    for n in range(4):
        (tmp_path / f"{n}.txt").write_text(FAIR[0], encoding="utf-8")
    (tmp_path / "visit.txt").write_text(VISIT[0], encoding="utf-8")
    monkeypatch.setattr(group, "LINKAGE_MAX", 2)
    briefing = build_briefing([tmp_path], Options())
    assert sorted(len(c.articles) for c in briefing.conferences) == [1, 4]


def test_an_article_naming_no_place_never_joins_two_places_into_one_group(tmp_path: Path) -> None:
    # Average linkage compares means: without a hard bar, an article close to both trainings
    # could carry Bắc Giang and Hải Dương into one group through its own similarity.
    shutil.copy(BAC_GIANG, tmp_path / "a.txt")
    shutil.copy(HAI_DUONG, tmp_path / "b.txt")
    bridge = BAC_GIANG.read_text(encoding="utf-8").replace("Bắc Giang", "địa phương")
    (tmp_path / "c.txt").write_text(bridge, encoding="utf-8")
    briefing = build_briefing([tmp_path], Options())
    names = {r.article.id: Path(r.article.source).name for r in briefing.articles}
    groups = sorted(sorted(names[a] for a in c.articles) for c in briefing.conferences)
    assert ["a.txt", "b.txt"] not in groups and not any(len(g) == 3 for g in groups)
    assert len(groups) == 2


def test_a_title_names_the_event_before_a_later_paragraph_does() -> None:
    """A press conference's article recalled a signing further down, and its section was titled
    "Lễ ký kết phối hợp hỗ trợ nhân dân"."""
    texts = ["Sau đó, Lễ ký kết phối hợp hỗ trợ nhân dân vùng hạn mặn diễn ra tại Hà Nội."]
    press = "Họp báo giải báo chí toàn quốc “Búa liềm vàng”"
    assert event_name(texts, [press]) == "Họp báo giải báo chí toàn quốc"
    plain = "Công tác nhân quyền gắn chặt với cơ sở"  # a title naming no event: the text does
    assert event_name(texts, [plain]) == "Lễ ký kết phối hợp hỗ trợ nhân dân"


RUN_ON = " ".join(f"từ{n}" for n in range(5_000))  # 44,000 characters, and no full stop


def test_a_first_line_longer_than_a_sentence_is_no_headline() -> None:
    # A plain text's first line with no full stop is its headline ("Lương kỹ sư CNTT 8-10 triệu,
    # làm sao sống?"), read whole by the name rules. test_hostile's run-on line, 6.5 MB, was such
    # a headline: 21.6 s of the people finder's CPU (bench/README, "Reliability, stop 41").
    titled = summarize_text("Hội nghị tập huấn nhân quyền\n\n" + BAC_GIANG.read_text("utf-8"))
    assert "Hội nghị tập huấn nhân quyền" in group._headlines(titled.article)
    assert group._headlines(summarize_text(RUN_ON).article) == []


def test_the_name_rules_read_a_run_on_article_as_its_sentences_only(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # What the people finder reads grows with the sentences it is given (cut at 2,000
    # characters, up to FACTS_CHARS), twice: once for names, once knowing them. The run-on line
    # as a headline was read twice more, whole.
    read: list[int] = []
    real = people.tokens
    monkeypatch.setattr(people, "tokens", lambda text: read.append(len(text)) or real(text))
    (tmp_path / "run-on.txt").write_text(RUN_ON, "utf-8")
    build_briefing([tmp_path / "run-on.txt"], Options())
    assert 0 < sum(read) <= 2 * len(RUN_ON)


def test_one_article_without_a_place_is_titled_by_its_headline(tmp_path: Path) -> None:
    # dantri's Techcombank article was titled "Lễ công bố kết quả khảo sát", an event its text
    # names, which says less than its headline.
    headline = "Techcombank tiếp tục lọt vào top 3 nơi làm việc tốt nhất Việt Nam"
    body = (
        "Ngân hàng Techcombank tiếp tục được bầu chọn vào nhóm ba nơi làm việc tốt nhất ngành "
        "tài chính. Kết quả được công bố tại Lễ công bố kết quả khảo sát của Công ty Anphabe. "
        "Có 419 doanh nghiệp thuộc 24 lĩnh vực tham gia cuộc khảo sát này."
    )
    (tmp_path / "a.txt").write_text(f"{headline}\n\n{body}\n", encoding="utf-8")
    (conference,) = build_briefing([tmp_path], Options()).conferences
    assert conference.place is None
    assert conference.title == headline
