"""A non-editable install finds its templates, fonts and data without the source tree."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import ROOT, SEEDS

SCRIPT = """
import sys, summarize, summarize.render.html as r, summarize.render.pdf as p
from summarize.pipeline import build_briefing
assert "site-packages" in summarize.__file__ or "target" in summarize.__file__, summarize.__file__
assert str(r.packaged_templates()).startswith(sys.argv[1]), r.packaged_templates()
briefing = build_briefing([sys.argv[2]])
html = r.render_html(briefing)
pdf = p.render_pdf(html)
assert "Bắc Giang" in html and pdf.startswith(b"%PDF") and len(pdf) > 10000
import summarize.web.app as w, summarize.web.view as v  # the web page's own files
assert str(w.STATIC).startswith(sys.argv[1]) and (w.STATIC / "app.js").is_file()
assert (w.STATIC / "app.css").is_file()
page = v.render("page.html.j2", token="t", fragment="", samples=False, smtp=False, mail={},
                suffixes=[".txt"], max_mb=1, max_files=1)
assert "Soạn bản tin hội nghị" in page
print("ok")
"""


PRELUDE = "import sys; sys.path.insert(0, {target!r}); exec({script!r})"


@pytest.mark.slow
def test_wheel_install_renders_from_its_own_files(tmp_path: Path) -> None:
    wheels, target = tmp_path / "wheels", tmp_path / "target"
    build = [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q"]
    subprocess.run([*build, "-w", str(wheels), str(ROOT)], check=True, timeout=300)
    (wheel,) = wheels.glob("summarize-*.whl")
    install = [sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target"]
    subprocess.run([*install, str(target), str(wheel)], check=True, timeout=300)
    code = PRELUDE.format(target=str(target), script=SCRIPT)
    done = subprocess.run(
        [sys.executable, "-I", "-c", code, str(target), str(SEEDS)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "ok"
