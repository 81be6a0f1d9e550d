"""How fast the web page answers: re-render after a correction, and 100 articles dropped at once.

Runs a real `summarize serve` on a free loopback port and talks HTTP to it as the page does
(session cookie, token, multipart upload, status polling); every figure is a full round trip.

    .venv/bin/python -m bench.web_rerender [--repeat 20]

Target (issue 24): a correction re-renders in at most 1 s for the seeds.
"""

from __future__ import annotations

import argparse
import http.cookiejar
import json
import re
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from typing import Any

from bench.corpora import ROOT, VIMS


class Visitor:
    def __init__(self, url: str) -> None:
        self.url = url.rstrip("/")
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar())
        )
        page = self.call("GET", "/").decode()
        self.token = re.search(r'name="token" content="([^"]+)"', page).group(1)  # type: ignore[union-attr]

    def call(
        self, method: str, path: str, data: bytes | None = None, kind: str = "application/json"
    ) -> bytes:
        headers = {"Content-Type": kind, "X-Token": getattr(self, "token", "")}
        request = urllib.request.Request(self.url + path, data=data, method=method, headers=headers)
        with self.opener.open(request, timeout=600) as response:
            return response.read()

    def post(self, path: str, body: Any = None) -> bytes:
        return self.call("POST", path, json.dumps(body or {}).encode())

    def wait(self) -> tuple[float, float]:
        """Seconds until the build ends, and the slowest status answer meanwhile."""
        start, slowest = time.perf_counter(), 0.0
        while True:
            asked = time.perf_counter()
            status = json.loads(self.call("GET", "/api/status"))
            slowest = max(slowest, time.perf_counter() - asked)
            if not status["running"]:
                return time.perf_counter() - start, slowest
            time.sleep(0.2)


def corrections(visitor: Visitor, repeat: int) -> list[float]:
    """Remove the first sentence of the first section, then undo; each round trip timed."""
    times = []
    for _ in range(repeat):
        page = visitor.call("GET", "/api/briefing").decode()
        section = re.search(r'data-section="([^"]+)"', page).group(1)  # type: ignore[union-attr]
        ref = re.search(r'<li data-ref="([^"]+)"', page).group(1)  # type: ignore[union-attr]
        for path, body in (("/api/correct", {"action": "remove", "section": section, "ref": ref}),
                           ("/api/undo", {})):  # fmt: skip
            start = time.perf_counter()
            visitor.post(path, body)
            times.append(time.perf_counter() - start)
    return times


def hundred_articles() -> list[tuple[str, bytes]]:
    files = []
    for cluster in VIMS.load():
        for doc in cluster["documents"]:
            files.append(
                (f"{cluster['id']}_{doc['id']}.txt", f"{doc['title']}\n\n{doc['text']}".encode())
            )
            if len(files) == 100:
                return files
    return files


def multipart(files: list[tuple[str, bytes]]) -> tuple[bytes, str]:
    boundary = "----bench-boundary"
    body = b"".join(
        f'--{boundary}\r\nContent-Disposition: form-data; name="files"; filename="{name}"\r\n\r\n'.encode()
        + data
        + b"\r\n"
        for name, data in files
    )
    return body + f"--{boundary}--\r\n".encode(), f"multipart/form-data; boundary={boundary}"


def show(name: str, times: list[float]) -> None:
    print(
        f"{name}: median {statistics.median(times):.3f} s, max {max(times):.3f} s ({len(times)} round trips)"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as root:
        command = [sys.executable, "-m", "summarize", "serve", "--port", "0", "-o", root,
                   "--samples", str(ROOT / "seeds")]  # fmt: skip
        server = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
        try:
            url = re.search(r"http://\S+/", server.stdout.readline()).group(0)  # type: ignore[union-attr]
            seeds = Visitor(url)
            seeds.post("/api/samples")
            built, _ = seeds.wait()
            print(f"seeds: 2 articles built in {built:.2f} s")
            show("seeds, correction or undo re-rendered", corrections(seeds, args.repeat))
            many = Visitor(url)
            body, kind = multipart(hundred_articles())
            start = time.perf_counter()
            many.call("POST", "/api/upload", body, kind)
            uploaded = time.perf_counter() - start
            built, slowest = many.wait()
            page = many.call("GET", "/api/briefing").decode()
            sections = page.count('class="conference"')
            print(
                f"100 articles ({len(body) / 1e6:.1f} MB): upload {uploaded:.2f} s, built in {built:.2f} s "
                f"({sections} sections); slowest status answer while building {slowest:.3f} s"
            )
            show(
                "100 articles, correction or undo re-rendered",
                corrections(many, max(3, args.repeat // 4)),
            )
        finally:
            server.terminate()
            server.wait(timeout=30)
    return 0


if __name__ == "__main__":
    sys.exit(main())
