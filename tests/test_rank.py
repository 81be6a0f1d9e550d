"""Ranking: every algorithm, budgets, reading order, no redundancy, determinism."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import numpy as np
import pytest

from bench.corpora import DATA
from summarize.cli import main
from summarize.models import ALGORITHMS, Budget, Options, Sentence
from summarize.pipeline import summarize_text
from summarize.ranking.centroid import centroid_scores
from summarize.ranking.dedup import deduplicate
from summarize.ranking.rank import select_summary
from summarize.ranking.select import antecedents, mmr_choose, reading_order
from summarize.ranking.terms import term_matrix, tfidf_matrix
from summarize.text.clean import classify_lines
from summarize.text.load import load_text_document
from summarize.text.segment import segment_lines
from summarize.text.words import SumyTokenizer, stop_words, syllable_count, syllables

from .conftest import BAC_GIANG, HAI_DUONG, SEEDS


def sentences_cap(n: int) -> Budget:
    return Budget(sentences=n, syllables=None)


def syllables_cap(n: int) -> Budget:
    return Budget(sentences=None, syllables=n)


@pytest.fixture(scope="module")
def kept() -> tuple[Sentence, ...]:
    sentences = [
        s
        for n, path in enumerate((BAC_GIANG, HAI_DUONG))
        for s in segment_lines(classify_lines(load_text_document(path)), f"a{n + 1}")
    ]
    return deduplicate(sentences).kept


@pytest.mark.parametrize("algorithm", ALGORITHMS)
def test_every_algorithm_respects_the_budget_and_reading_order(
    kept: tuple[Sentence, ...], algorithm: str
) -> None:
    by_count = select_summary(kept, algorithm=algorithm, budget=sentences_cap(3))
    assert len(by_count) == 3 and set(by_count) <= set(kept)
    for article in {s.article for s in by_count}:  # each article keeps its own order
        own = [s for s in by_count if s.article == article]
        assert own == sorted(own, key=kept.index)
    by_words = select_summary(kept, algorithm=algorithm, budget=syllables_cap(120))
    assert 0 < sum(syllable_count(s.text) for s in by_words) <= 120
    assert select_summary(kept, algorithm=algorithm, budget=sentences_cap(3)) == by_count


def test_summaries_hold_no_near_repeats(kept: tuple[Sentence, ...]) -> None:
    summary = select_summary(kept, budget=sentences_cap(8))
    matrix = tfidf_matrix([s.text for s in summary])
    similarity = (matrix @ matrix.T).toarray()
    off_diagonal = similarity - similarity.diagonal() * (similarity == similarity.diagonal())
    assert off_diagonal.max() <= 0.5


def test_the_centroid_ranker_chooses_a_news_articles_lead(kept: tuple[Sentence, ...]) -> None:
    # The learned default weighs position as the dev corpora taught it (bench/train_ranker.py);
    # the centroid ranker's lead prior is a rule, and this pins it.
    summary = select_summary(kept, algorithm="centroid", budget=sentences_cap(3))
    assert any(s.index == 0 for s in summary)


def test_a_budget_smaller_than_any_sentence_still_returns_one() -> None:
    sentences = [Sentence("Hội nghị tập huấn công tác nhân quyền đã diễn ra thành công.", "a", 0)]
    assert len(select_summary(sentences, budget=syllables_cap(2))) == 1
    assert select_summary([], budget=syllables_cap(2)) == ()


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
    """A cluster ranks with numpy only, one article or several (their agreement included):
    scipy, sumy, underthesea, WeasyPrint stay out."""
    code = (
        "import sys; from summarize.cli import main; from summarize.batch.clusters import summarize_cluster;"
        "summarize_cluster({'documents': [{'text': 'Hội nghị khai mạc sáng nay tại Hà Nội. "
        "Các đại biểu thảo luận về kế hoạch năm tới của tỉnh.'}]});"
        "summarize_cluster({'documents': [{'text': 'Hội nghị khai mạc sáng nay tại Hà Nội. "
        "Các đại biểu thảo luận về kế hoạch năm tới.'}, {'text': 'Sáng nay, hội nghị khai mạc "
        "tại Hà Nội. Tỉnh trình bày kế hoạch năm tới.'}], 'max_words': 12});"
        "print(sorted(m for m in ('scipy', 'sumy', 'underthesea', 'weasyprint', 'jinja2')"
        " if m in sys.modules))"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert run.stdout.strip() == "[]"


def test_a_clusters_documents_are_not_judged_for_their_language(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A cluster reads only its documents' sentences: the language check, which reads every
    word of an article for the briefing's note, is not run (`summarize clusters`' speed)."""
    from summarize import pipeline
    from summarize.batch.clusters import summarize_cluster

    def judged(text: str) -> bool:
        raise AssertionError("a cluster's document was judged for its language")

    monkeypatch.setattr(pipeline, "is_vietnamese", judged)
    text = "Hội nghị khai mạc sáng nay tại Hà Nội. Các đại biểu thảo luận về kế hoạch năm tới."
    row = {"documents": [{"text": text}, {"text": "Tỉnh trình bày kế hoạch năm tới tại hội nghị."}]}
    assert summarize_cluster(row)["sentences"]


_EVERY_ALGORITHM = """
import json, sys
from summarize.batch.clusters import summarize_cluster
from summarize.models import ALGORITHMS, Options
with open(sys.argv[1], encoding="utf-8") as handle:
    cluster = json.loads(handle.readline())
with open(sys.argv[2], encoding="utf-8") as handle:  # one article as published: lead on top
    doc = json.loads(handle.readline())["documents"][0]
alone = {"documents": [{"text": doc["lead"] + "\\n" + doc["text"]}], "max_words": 40}
tied = {"documents": [{"text": sys.argv[3]}], "max_words": 10}
print(json.dumps({a: [summarize_cluster(row, Options(algorithm=a))["sentences"]
                      for row in (cluster, alone, tied)] for a in ALGORITHMS}))
"""

#: Five sentences of place-name syllables on which sumy's LSA, its term rows in frozenset order,
#: picked by the string hash: "An ninh quang …" under PYTHONHASHSEED 4, "Lâm giang cao …" under 5
#: (found by shuffling that order over random texts of these syllables). The two real rows above
#: stopped showing it: without the sorted rows, seeds 0-9 gave each of them one summary.
TIED = (
    "Long ninh trung cao. An ninh quang hải bình phú minh tân. Đông lâm ninh bình. "
    "Lâm giang cao tân an bình khánh minh. Cao an minh phú long ninh trung."
)


@pytest.mark.slow
def test_every_algorithm_gives_the_same_summary_whatever_the_string_hash() -> None:
    """Python salts str hashes per process: nothing may depend on set order (sumy's LSA did:
    TIED got another summary under PYTHONHASHSEED 4 than under 5)."""
    runs = []
    for seed in ("4", "5"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        data = [str(DATA / "vims_dev.jsonl"), str(DATA / "vmds_dev.jsonl"), TIED]
        argv = [sys.executable, "-c", _EVERY_ALGORITHM, *data]
        run = subprocess.run(argv, capture_output=True, text=True, check=True, env=env)
        runs.append(json.loads(run.stdout.strip().splitlines()[-1]))
    assert set(runs[0]) == set(ALGORITHMS) and all(all(v) for v in runs[0].values())
    assert runs[0] == runs[1]


@pytest.mark.parametrize("article", ["a1", "a2"])
def test_the_centroid_keeps_a_single_articles_lead(
    kept: tuple[Sentence, ...], article: str
) -> None:
    """The centroid's position prior is shared by a cluster's articles; alone, the lead wins.

    The learned default has no such rule: on VietNews it would cost 1 point of R-2.
    """
    own = [s for s in kept if s.article == article]
    assert own[0] in select_summary(own, algorithm="centroid", budget=sentences_cap(5))


def test_a_sentence_that_points_back_loses_to_its_plain_twin() -> None:
    body = "góp phần nâng cao chất lượng công tác tuyên truyền về nhân quyền trên địa bàn tỉnh"
    sentences = [
        Sentence("Hội nghị tập huấn công tác nhân quyền khai mạc tại tỉnh Bắc Giang.", "a", 0),
        Sentence(f"Qua đó, {body}.", "a", 1),
        Sentence(f"Các chuyên đề {body}.", "a", 2),
    ]
    scores = centroid_scores(sentences, term_matrix([s.text for s in sentences]))
    assert scores[1] < scores[2]


def _article(name: str, *texts: str) -> list[Sentence]:
    return [Sentence(text, name, i) for i, text in enumerate(texts)]


def test_a_sentence_that_points_back_is_taken_only_after_the_one_it_points_to() -> None:
    sentences = _article(
        "a",
        "Hội nghị tổng kết công tác nhân quyền năm 2023 diễn ra tại Bắc Giang.",
        "Tuy nhiên, công tác tuyên truyền ở cơ sở vẫn còn nhiều hạn chế cần khắc phục.",
        "Các đại biểu thống nhất bảy nhóm nhiệm vụ trọng tâm cho năm 2024.",
    )
    needs = antecedents(sentences)
    assert needs.tolist() == [-1, 0, -1]
    ratings = np.array([0.1, 1.0, 0.5])
    matrix = term_matrix([s.text for s in sentences])
    length = np.array([syllable_count(s.text) for s in sentences])
    assert mmr_choose(ratings, matrix, length, needs, sentences_cap(1)) == [2]
    assert sorted(mmr_choose(ratings, matrix, length, needs, sentences_cap(3))) == [0, 1, 2]


def test_reading_order_puts_leads_first_and_keeps_a_pointer_after_its_antecedent() -> None:
    a = _article("a", "A mở đầu.", "A chi tiết một.", "Do đó, A kết luận.")
    b = _article("b", "B mở đầu.", "B chi tiết một.")
    sentences = [*a, *b]
    needs = antecedents(sentences)
    order = reading_order(sentences, [0, 1, 2, 3, 4], needs)
    assert [sentences[i].text for i in order] == [
        "A mở đầu.", "B mở đầu.", "A chi tiết một.", "Do đó, A kết luận.", "B chi tiết một."
    ]  # fmt: skip


def test_the_budget_is_never_exceeded_when_some_sentence_fits() -> None:
    sentences = _article(
        "a",
        "Sáng 12/3, tại thành phố Bắc Giang, Ban chỉ đạo nhân quyền tỉnh tổ chức hội nghị tổng kết.",
        "Hội nghị thành công.",
    )
    summary = select_summary(sentences, budget=syllables_cap(5))
    assert [s.text for s in summary] == ["Hội nghị thành công."]


@pytest.mark.parametrize("algorithm", ["learned", "centroid", "lexrank"])
def test_when_nothing_fits_the_one_sentence_never_points_back(algorithm: str) -> None:
    """Issue 21: `report --words 5` crashed (the fallback took "Tuy nhiên, …" alone); and
    only a sentence that needs another fitted, so the other rankers returned nothing."""
    sentences = _article(
        "a",
        "Hội nghị tổng kết công tác nhân quyền năm 2023 diễn ra tại thành phố Bắc Giang.",
        "Tuy nhiên, cơ sở còn hạn chế.",
    )
    summary = select_summary(sentences, algorithm=algorithm, budget=syllables_cap(7))
    assert summary == (sentences[0],)


def test_a_tiny_budget_on_the_seeds_is_a_summary_not_a_traceback(tmp_path) -> None:  # type: ignore[no-untyped-def]
    assert main(["report", str(SEEDS), "--words", "5", "-o", str(tmp_path)]) == 0
    report = json.loads((tmp_path / "briefing.json").read_text("utf-8"))
    assert all(len(c["summary"]) == 1 for c in report["conferences"])


def test_a_budget_that_holds_the_text_returns_every_kept_sentence() -> None:
    text = "Hội nghị khai mạc sáng nay tại Hà Nội. Qua đó, các đại biểu thảo luận kế hoạch."
    result = summarize_text(text, options=Options(budget=syllables_cap(500)))
    assert result.summary == result.kept and len(result.kept) == 2
