"""HTML rendering: escaping of hostile article text, strict templates, user templates."""

from __future__ import annotations

from pathlib import Path

import pytest

from summarize.errors import OptionsError
from summarize.models import Options
from summarize.pipeline import build_briefing
from summarize.render import render_html

HOSTILE = (
    "Hội nghị <script>alert('x')</script> bàn về {{ 7*7 }} và {% raw %} cùng "
    '<img src=file:///etc/passwd> cùng <a href="http://evil.example">liên kết</a> nhé.'
)


@pytest.fixture(scope="module")
def hostile_briefing(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    folder = tmp_path_factory.mktemp("hostile")
    (folder / "x.txt").write_text(
        f"{HOSTILE}\n\nTỉnh Bắc Giang tổ chức hội nghị với {HOSTILE}\n", encoding="utf-8"
    )
    return build_briefing([folder], Options())


def test_article_text_is_escaped_never_interpreted(hostile_briefing) -> None:  # type: ignore[no-untyped-def]
    html = render_html(hostile_briefing)
    assert "<script>alert" not in html and "&lt;script&gt;alert" in html
    assert "<img src=file" not in html and "&lt;img src=file:///etc/passwd&gt;" in html
    assert '<a href="http://evil' not in html
    assert "{{ 7*7 }}" in html and "49" not in html
    assert "<script" not in html.lower()


def test_seed_briefing_html_has_sections_facts_and_comparison(seed_briefing) -> None:  # type: ignore[no-untyped-def]
    html = render_html(seed_briefing)
    title = "Bắc Giang — Hội nghị tập huấn công tác nhân quyền"
    for text in (title, "13,45%", "So sánh các hội nghị", "Thiếu tướng Nguyễn Văn Kỷ", "<svg"):
        assert text in html
    assert 'counter(page) "/" counter(pages)' in html  # "Trang X/Y" in print
    assert html.count('class="conference"') == 2
    assert "http://" not in html.replace('xmlns="http://www.w3.org/2000/svg"', "")


def test_user_templates_override_one_partial_and_fall_back_for_the_rest(
    seed_briefing,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    (tmp_path / "_facts.html.j2").write_text("<p class='mine'>{{ conference.title }}</p>", "utf-8")
    html = render_html(seed_briefing, templates=str(tmp_path))
    assert html.count("class='mine'") == 2 and "So sánh các hội nghị" in html


def test_a_template_using_an_undefined_name_fails_loudly(seed_briefing, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "_facts.html.j2").write_text("{{ conference.no_such_field }}", "utf-8")
    with pytest.raises(OptionsError, match="no_such_field"):
        render_html(seed_briefing, templates=str(tmp_path))


def test_a_missing_template_folder_is_a_clear_error(seed_briefing, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(OptionsError, match="not found"):
        render_html(seed_briefing, templates=str(tmp_path / "nope"))
