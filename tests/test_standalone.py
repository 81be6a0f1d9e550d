"""A section's summary is read without its article: which sentences cannot stand alone
(ranking/standalone.py), and summaries, of every ranker, that no longer quote them."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from bench import readability
from bench.corpora import VMDS
from summarize.batch.clusters import summarize_cluster
from summarize.models import ALGORITHMS, Briefing, Budget, Options, Sentence
from summarize.ranking import standalone
from summarize.ranking.rank import select_summary
from summarize.ranking.select import standing
from summarize.ranking.standalone import (
    leans_back,
    not_prose,
    stands_alone,
    unattributed_quote,
)
from summarize.text.words import syllable_count, syllables


@pytest.mark.parametrize(
    ("text", "leans"),
    [
        ("Sau đó, đoàn đến thăm nhà máy.", True),
        ("Qua đó, góp phần nâng cao chất lượng công tác tuyên truyền.", True),
        ("Do vậy, đề nghị Văn phòng Thường trực chủ động tham mưu.", True),
        ("Chính vì vậy, công tác bảo đảm quyền con người là nhiệm vụ thường xuyên.", True),
        ("Do ảnh hưởng của bão, hội nghị lùi sang tuần sau.", False),
        ("Tốc độ tăng trưởng kinh tế của tỉnh đạt 13,45%.", False),
        ("Tuy nhiên, công tác tuyên truyền chưa mang tính chiều sâu.", True),
        ("Công ty trên đã bị xử phạt 50 triệu đồng.", True),
        ("Trong buổi làm việc này, đoàn đã kiểm tra hồ sơ.", True),
        ("Tại đây, lực lượng chức năng phát hiện 3 đối tượng.", True),
        ("Ông cho biết sẽ tiếp tục theo dõi.", True),
        ("Nó được đưa vào sử dụng từ năm 2020.", True),
        ("Chị cho biết mỗi tháng gửi tiết kiệm 10 triệu đồng.", True),
        ("“Chúng tôi sẽ làm đến cùng.”", True),
        ("Ông Nguyễn Văn Nam cho biết tỉnh sẽ tiếp tục theo dõi.", False),
        ("“Chúng tôi sẽ làm đến cùng” - ông Nguyễn Văn Nam khẳng định.", False),
        ("Sở Tài chính trên địa bàn tỉnh đã hoàn thành kế hoạch.", False),
        ("Qua Hội nghị tập huấn các báo cáo viên đã cung cấp nhiều thông tin.", False),
        ("Sáng 12/3, UBND tỉnh Bắc Giang tổ chức hội nghị tổng kết năm 2023.", False),
    ],
)
def test_a_sentence_that_leans_on_the_one_before_it_is_recognised(text: str, leans: bool) -> None:
    assert leans_back(text) is leans


@pytest.mark.parametrize(
    ("text", "prose"),
    [
        ("Người biểu tình tại thủ đô - Ảnh: AFP Theo AFP, họ sẽ tuần hành ba ngày.", False),
        ("Nguồn: Bộ Tài chính.", False),
        ("Kết quả đáng khích lệ", False),
        ("Ảnh minh họa.", False),
        ("Ảnh minh hoạ hội nghị tổng kết năm 2023 tại Bắc Giang.", False),  # "hoạ" as "họa"
        ("Đồ hoạ: Minh Anh.", False),
        ("Mỹ giải thích chương trình giám sát của NSA (Ảnh AFP)", False),
        ("Danh sách 23 cầu thủ Argentina tham dự Copa America 2016:", False),
        ("Ảnh hưởng của bão Yagi tới mùa màng năm nay rất lớn.", True),
        ("Hội nghị diễn ra tại Bắc Giang.", True),
        ("Tăng trưởng của tỉnh đạt 13,45%.", True),
        ("“Chúng tôi sẽ làm đến cùng”", False),  # a pull quote
    ],
)
def test_captions_credits_and_sub_headings_are_not_prose(text: str, prose: bool) -> None:
    assert not_prose(text) is not prose


def test_an_opening_that_points_at_what_came_before_is_never_quoted_alone() -> None:
    sentences = [
        Sentence("Các sản phẩm này nằm trong danh mục bị thu hồi.", "a1", 0),
        Sentence("Bộ Y tế yêu cầu thu hồi 20 sản phẩm có chất cấm.", "a1", 1),
        Sentence("Tuy nhiên, nhiều cửa hàng vẫn bày bán các sản phẩm có chất cấm.", "a1", 2),
        Sentence("Ảnh: Bộ Y tế", "a1", 3, paragraph=1),  # a credit on its own line
    ]
    leaning = np.array([leans_back(s.text) for s in sentences])
    needs = np.array([-1, -1, 1, -1])
    assert stands_alone(sentences, leaning, needs).tolist() == [False, True, True, False]


TOPIC = "công tác bảo đảm quyền con người tại tỉnh Bắc Giang"
# A heading and a caption that say the topic in few words (every ranker's favourite), and
# sentences that point back at what the summary will not hold.
ARTICLE = [
    f"Sáng 12/3, UBND tỉnh Bắc Giang tổ chức hội nghị tổng kết {TOPIC} năm 2023.",
    f"Hội nghị tổng kết {TOPIC}",
    f"Tỉnh đã đạt nhiều kết quả trong {TOPIC}, tăng trưởng kinh tế đạt 13,45%.",
    f"Lãnh đạo tỉnh phát biểu về {TOPIC} - Ảnh: Báo Bắc Giang",
    f"Tuy nhiên, {TOPIC} vẫn còn hạn chế ở cấp cơ sở.",
    f"Hội nghị này đã quán triệt những vấn đề mới về {TOPIC}.",
    "Thời tiết hôm đó có mưa nhỏ và nhiều đại biểu đến sớm hơn dự kiến.",
    "Các đại biểu đã nghe hai chuyên đề về phòng ngừa âm mưu lợi dụng nhân quyền.",
]


@pytest.mark.parametrize("algorithm", ALGORITHMS)
def test_no_ranker_quotes_a_heading_a_caption_or_an_orphaned_reference(algorithm: str) -> None:
    sentences = [Sentence(text, "a", n) for n, text in enumerate(ARTICLE)]
    summary = select_summary(sentences, algorithm=algorithm, budget=Budget(None, 60))
    texts = [s.text for s in summary]
    assert texts
    assert not [t for t in texts if not_prose(t)]
    for before, sentence in zip([None, *summary], summary, strict=False):
        if leans_back(sentence.text):  # only right after the sentence it leans on
            assert before is not None and before.index == sentence.index - 1


def test_a_text_of_captions_only_still_has_a_summary() -> None:
    sentences = [Sentence(t, "a", n) for n, t in enumerate(["Ảnh: TTXVN", "Nguồn: Bộ Y tế"])]
    for algorithm in ("learned", "centroid"):
        assert select_summary(sentences, algorithm=algorithm, budget=Budget(None, 3))


def test_a_sentence_that_leans_on_a_sentence_cleaning_cut_away_is_not_quotable() -> None:
    kept = [
        Sentence(ARTICLE[4], "a", 7),
        Sentence(ARTICLE[5], "a", 8),
        Sentence(ARTICLE[6], "a", 9),
    ]
    needs, quotable = standing(kept)
    assert needs.tolist() == [-1, 0, -1]  # "Hội nghị này" leans on "Tuy nhiên, …"
    assert quotable.tolist() == [False, True, True]


@pytest.mark.parametrize("algorithm", ["learned", "centroid"])
def test_real_articles_summaries_quote_no_caption_and_open_with_a_sentence_that_stands_alone(
    algorithm: str,
) -> None:
    documents = [d for cluster in VMDS.load(limit=8) for d in cluster["documents"]]
    options = Options(algorithm=algorithm)
    summaries = [
        [
            s["text"]
            for s in summarize_cluster({"documents": [d], "max_words": 80}, options)["sentences"]
        ]
        for d in documents
    ]
    assert all(summaries)
    assert not [t for summary in summaries for t in summary if not_prose(t)]
    assert not [summary[0] for summary in summaries if leans_back(summary[0])]


def test_each_seed_section_opens_with_its_article_s_first_sentence(seed_briefing: Briefing) -> None:
    kept = {result.article.id: result.kept for result in seed_briefing.articles}
    for section in seed_briefing.conferences:
        first = kept[section.articles[0]][0]
        assert section.summary[0] == first, section.title  # what happened, not a detail


def test_an_opening_that_leans_back_or_does_not_fit_does_not_open_the_section() -> None:
    article = [Sentence(text, "a", n) for n, text in enumerate(ARTICLE)]
    leaning = [Sentence(ARTICLE[4], "a", 0), *article[1:]]  # "Tuy nhiên, …" first
    assert select_summary(article, budget=Budget(None, 60), opening=True)[0] == article[0]
    assert select_summary(leaning, budget=Budget(None, 60), opening=True)[0] != leaning[0]
    assert (
        select_summary(article, budget=Budget(None, 20), opening=True)[0] != article[0]
    )  # 26 syllables
    assert select_summary(article, budget=Budget(1, None), opening=True) == (article[0],)


# Words that fold, lower or split unlike their neighbours: old-style tones (NFC and not), a
# final sigma, a dotted capital I, a lone combining mark, figures, marks, underscores.
PIECES = ["hoà", "thuỷ", "hoa\u0300", "quý", "ΟΔΟΣ", "İstanbul", "\u0301", "19-5", "_", ",", "–"]
PIECES += ["Sau", "đó", "công", "ty", "trên", "Ông", "nói", "x" * 30, "a" * 9]


@given(st.lists(st.sampled_from(PIECES), max_size=40), st.sampled_from([" ", "", "  ", ", "]))
def test_the_opening_read_from_the_whole_sentence_is_the_first_80_characters(
    words: list[str], glue: str
) -> None:
    text = glue.join(words)
    assert standalone._head(text) == syllables(text[:80])[: standalone.HEAD]


def test_a_sentence_a_photo_credit_follows_in_its_paragraph_is_a_caption_never_quoted() -> None:
    lead = "Chiều 22/10, Phó Bí thư Thành ủy tiếp đoàn đại biểu Đảng Cộng sản Pháp."
    body = "Hai bên trao đổi về quan hệ hợp tác giữa thành phố và các địa phương của Pháp."
    caption = "Các đại biểu tại buổi làm việc."
    article = [(lead, 0), (caption, 1), ("(Ảnh: Hoàng Hải/TTXVN)", 1), (body, 1)]
    sentences = [Sentence(t, "a", n, p) for n, (t, p) in enumerate(article)]
    assert standing(sentences)[1].tolist() == [True, False, False, True]
    # a lead on its own line above a body that opens with a credit is no caption
    article = [(lead, 0), ("Ảnh: TTXVN", 1), (body, 1)]
    sentences = [Sentence(t, "a", n, p) for n, (t, p) in enumerate(article)]
    assert standing(sentences)[1].tolist() == [True, False, True]
    # a source after prose is not a photo's credit: the prose stays quotable
    article = [(lead, 0), (body, 1), ("Nguồn: Bộ Ngoại giao", 1)]
    sentences = [Sentence(t, "a", n, p) for n, (t, p) in enumerate(article)]
    assert standing(sentences)[1].tolist() == [True, True, False]


@pytest.mark.parametrize(
    ("text", "speakerless"),
    [
        ("“Chúng tôi sẽ làm đến cùng.”", True),
        ("- “Chúng tôi sẽ làm đến cùng”.", True),
        ("«Chúng tôi sẽ làm đến cùng.»", True),
        ("'Chúng tôi sẽ làm đến cùng.'", True),
        ("“Chúng tôi sẽ làm đến cùng” - ông Nguyễn Văn Nam khẳng định.", False),
        ("“Chúng tôi sẽ làm đến cùng”, Giám đốc Sở nói.", False),
        ("Ông Nam nói: “Chúng tôi sẽ làm đến cùng.”", False),
        ("Hội nghị diễn ra tại Bắc Giang.", False),
    ],
)
def test_a_quote_without_its_speaker_is_one_test_for_the_ranker_and_the_counter(
    text: str, speakerless: bool
) -> None:
    assert unattributed_quote(text) is speakerless
    assert (readability.Flag.QUOTE in readability.flags(text, [])) is speakerless


# The quotation is the most topical sentence: a ranker would take it, with the one before it.
QUOTED = [
    f"Sáng 12/3, UBND tỉnh Bắc Giang tổ chức hội nghị tổng kết {TOPIC} năm 2023.",
    f"Chủ tịch UBND tỉnh Nguyễn Văn Nam phát biểu chỉ đạo hội nghị về {TOPIC}.",
    f"“Năm nay, {TOPIC} phải đi vào chiều sâu, {TOPIC} là nhiệm vụ thường xuyên.”",
    "Trời mưa nhỏ.",
    f"Các đại biểu đã nghe hai chuyên đề về {TOPIC}.",
]


def test_no_ranker_quotes_someone_without_saying_who_unless_the_text_is_whole() -> None:
    sentences = [Sentence(text, "a", n) for n, text in enumerate(QUOTED)]
    every = sum(syllable_count(t) for t in QUOTED)
    for algorithm in ALGORITHMS:  # 3 syllables short of the text: everything but the quote fits
        summary = select_summary(sentences, algorithm=algorithm, budget=Budget(None, every - 3))
        assert [s.index for s in summary] == [0, 1, 3, 4], algorithm
        whole = select_summary(sentences, algorithm=algorithm, budget=Budget(None, every))
        assert whole == tuple(sentences), algorithm
