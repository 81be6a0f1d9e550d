"""Ranking: every algorithm, budgets, reading order, no redundancy, determinism."""

from __future__ import annotations

import subprocess
import sys

import pytest

from summarize.clean import classify_lines
from summarize.dedup import deduplicate
from summarize.load import load_document
from summarize.models import ALGORITHMS, Sentence
from summarize.rank import _dangles, centroid_scores, select_summary, term_matrix, tfidf_matrix
from summarize.segment import segment_lines
from summarize.words import SumyTokenizer, stop_words, syllables

from .conftest import BAC_GIANG, HAI_DUONG


@pytest.fixture(scope="module")
def kept() -> tuple[Sentence, ...]:
    sentences = [
        s
        for n, path in enumerate((BAC_GIANG, HAI_DUONG))
        for s in segment_lines(classify_lines(load_document(path)), f"a{n + 1}")
    ]
    return deduplicate(sentences).kept


@pytest.mark.parametrize("algorithm", ALGORITHMS)
def test_every_algorithm_respects_the_budget_and_reading_order(
    kept: tuple[Sentence, ...], algorithm: str
) -> None:
    by_count = select_summary(kept, algorithm=algorithm, max_sentences=3)
    assert len(by_count) == 3 and set(by_count) <= set(kept)
    assert list(by_count) == sorted(by_count, key=kept.index)
    by_words = select_summary(kept, algorithm=algorithm, max_words=120)
    assert 0 < sum(len(s.text.split()) for s in by_words) <= 120
    assert select_summary(kept, algorithm=algorithm, max_sentences=3) == by_count


def test_summaries_hold_no_near_repeats(kept: tuple[Sentence, ...]) -> None:
    summary = select_summary(kept, max_sentences=8)
    matrix = tfidf_matrix([s.text for s in summary])
    similarity = (matrix @ matrix.T).toarray()
    off_diagonal = similarity - similarity.diagonal() * (similarity == similarity.diagonal())
    assert off_diagonal.max() <= 0.5


def test_the_lead_sentence_of_a_news_article_is_chosen(kept: tuple[Sentence, ...]) -> None:
    summary = select_summary(kept, max_sentences=3)
    assert any(s.index == 0 for s in summary)


def test_a_budget_smaller_than_any_sentence_still_returns_one() -> None:
    sentences = [Sentence("Hội nghị tập huấn công tác nhân quyền đã diễn ra thành công.", "a", 0)]
    assert len(select_summary(sentences, max_words=2)) == 1
    assert select_summary([], max_words=2) == ()


def test_words_and_tokenizer_adapter() -> None:
    assert syllables("Hoà bình, 13,45%!") == ["hòa", "bình", "13", "45"]
    tokenizer = SumyTokenizer()
    assert "hội_nghị" in tokenizer.to_words("Hội nghị tập huấn")
    assert tokenizer.to_sentences("Câu một. Câu hai.") == ("Câu một.", "Câu hai.")
    assert {"và", "của", "là"} <= stop_words()


def test_the_term_matrix_matches_its_scipy_form(kept: tuple[Sentence, ...]) -> None:
    texts = [s.text for s in kept]
    fast, dense = term_matrix(texts), tfidf_matrix(texts).toarray()
    row = len(texts) // 2
    assert fast.dense_row(row) == pytest.approx(dense[row])
    assert fast.dot(dense[row]) == pytest.approx(dense @ dense[row])


def test_summarize_clusters_loads_no_heavy_module() -> None:
    """The clusters path ranks with numpy only: scipy, sumy, underthesea, WeasyPrint stay out."""
    code = (
        "import sys; from summarize.cli import main; from summarize.clusters import summarize_cluster;"
        "summarize_cluster({'documents': [{'text': 'Hội nghị khai mạc sáng nay tại Hà Nội. "
        "Các đại biểu thảo luận về kế hoạch năm tới của tỉnh.'}]});"
        "print(sorted(m for m in ('scipy', 'sumy', 'underthesea', 'weasyprint', 'jinja2')"
        " if m in sys.modules))"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert run.stdout.strip() == "[]"


@pytest.mark.parametrize("article", ["a1", "a2"])
def test_a_single_article_keeps_its_lead(kept: tuple[Sentence, ...], article: str) -> None:
    """The position prior is shared by a cluster's articles; alone, an article's lead wins."""
    own = [s for s in kept if s.article == article]
    assert own[0] in select_summary(own, max_sentences=5)


@pytest.mark.parametrize(
    ("text", "dangles"),
    [
        ("Qua đó, góp phần nâng cao chất lượng công tác tuyên truyền.", True),
        ("Do vậy, đề nghị Văn phòng Thường trực chủ động tham mưu.", True),
        ("Chính vì vậy, công tác bảo đảm quyền con người là nhiệm vụ thường xuyên.", True),
        ("Qua Hội nghị tập huấn các báo cáo viên đã cung cấp nhiều thông tin.", False),
        ("Do ảnh hưởng của bão, hội nghị lùi sang tuần sau.", False),
        ("Tốc độ tăng trưởng kinh tế của tỉnh đạt 13,45%.", False),
    ],
)
def test_openers_that_point_back_are_recognised(text: str, dangles: bool) -> None:
    assert _dangles(text) is dangles


def test_a_sentence_that_points_back_loses_to_its_plain_twin() -> None:
    body = "góp phần nâng cao chất lượng công tác tuyên truyền về nhân quyền trên địa bàn tỉnh"
    sentences = [
        Sentence("Hội nghị tập huấn công tác nhân quyền khai mạc tại tỉnh Bắc Giang.", "a", 0),
        Sentence(f"Qua đó, {body}.", "a", 1),
        Sentence(f"Các chuyên đề {body}.", "a", 2),
    ]
    scores = centroid_scores(sentences, term_matrix([s.text for s in sentences]))
    assert scores[1] < scores[2]
