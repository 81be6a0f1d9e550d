"""Saved pages through `summarize batch`: pages per second for a folder of 1,000 (issue 22's
target: 50 pages/s on this machine). A figure to report, not a test.

The pages are generated into a temporary folder, never from the pages of ../shared/data/pages
(those are for evaluation, read in place): each is a news page of a real page's shape (head
with meta tags and JSON-LD, scripts, a menu, a headline, a lead outside the body, 12 body
paragraphs of ViMs sentences with a captioned photo and a related box inside, a sidebar of other
headlines, a footer), its text drawn from ../shared/data/vims_dev.jsonl. A page is about 590 KB,
~550 KB of it inline scripts: larger than the development pages (26-497 KB), so the figure errs
on the slow side.

    .venv/bin/python -m bench.pages_speed [--pages 1000] [--jobs 2]
"""

from __future__ import annotations

import argparse
import html
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.corpora import DATA

TARGET = 50.0  # pages per second
SCRIPT = "<script>var cfg = {" + ",".join(f'"k{n}": {n}' for n in range(800)) + "};</script>"


def sentence_pool() -> list[str]:
    pool = []
    with (DATA / "vims_dev.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            for doc in json.loads(line)["documents"]:
                pool += [s.strip() for s in doc["text"].split("\n") if len(s.split()) > 8]
    return pool


def page(n: int, rng: random.Random, pool: list[str]) -> str:
    pick = lambda k: [html.escape(s) for s in rng.sample(pool, k)]  # noqa: E731
    title, lead, *body = pick(14)
    others = "".join(
        f'<li><a href="/tin-{n}-{k}.html">{s[:90]}</a></li>' for k, s in enumerate(pick(30))
    )
    paragraphs = "".join(f"<p>{p}</p>" for p in body[:6])
    paragraphs += f'<figure><img src="a.jpg"><figcaption>{pick(1)[0][:80]}</figcaption></figure>'
    paragraphs += f'<div class="related-news"><a href="/r">{pick(1)[0][:90]}</a></div>'
    paragraphs += "".join(f"<p>{p}</p>" for p in body[6:])
    ld = json.dumps({"@type": "NewsArticle", "datePublished": f"2024-11-{1 + n % 28:02d}T08:00:00+07:00",
                     "author": {"@type": "Person", "name": "Thu Hà"}}, ensure_ascii=False)  # fmt: skip
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{title}</title>
<meta property="og:site_name" content="Báo Mẫu"><link rel="canonical" href="https://bao.example/{n}.html">
<script type="application/ld+json">{ld}</script>{SCRIPT * 40}<style>{"p{margin:0}" * 2000}</style></head>
<body><nav><ul>{others}</ul></nav><div class="main"><h1>{title}</h1>
<div class="date">Thứ hai, 4/11/2024</div><h2 class="sapo">{lead}</h2>
<div class="detail-content">{paragraphs}<p style="text-align:right"><strong>Thu Hà</strong></p></div>
</div><aside><ul>{others}</ul></aside><footer>{others}</footer>{SCRIPT * 20}</body></html>"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=1000)
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    pool = sentence_pool()
    rng = random.Random(args.pages)
    with tempfile.TemporaryDirectory() as tmp:
        folder, out = Path(tmp, "pages"), Path(tmp, "out")
        folder.mkdir()
        size = 0
        for n in range(args.pages):
            data = page(n, rng, pool).encode("utf-8")
            (folder / f"{n:05d}.html").write_bytes(data)
            size += len(data)
        exe = Path(sys.executable).with_name("summarize")
        command = [str(exe), "batch", str(folder), "-o", str(out), "--jobs", str(args.jobs)]
        started = time.perf_counter()
        child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _, status, _ = os.wait4(child.pid, 0)
        seconds = time.perf_counter() - started
        if os.waitstatus_to_exitcode(status):
            raise SystemExit("summarize batch failed")
        rows = (out / "summaries.jsonl").read_text(encoding="utf-8").splitlines()
    rate = args.pages / seconds
    verdict = "ok" if rate >= TARGET else "BELOW TARGET"
    print(
        f"summarize batch --jobs {args.jobs}, {args.pages} saved pages "
        f"({size / args.pages / 1024:.0f} KB each, {len(rows)} summaries): {seconds:.1f} s, "
        f"{rate:.0f} pages/s (target {TARGET:.0f}: {verdict})"
    )


if __name__ == "__main__":
    main()
