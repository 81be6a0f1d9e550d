"""A real `summarize serve` on a free loopback port, for the HTTP and browser tests."""

from __future__ import annotations

import http.cookiejar
import json
import re
import subprocess
import sys
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tests.conftest import SEEDS


@dataclass
class Server:
    url: str
    root: Path
    process: subprocess.Popen[str]


@contextmanager
def running(root: Path, *extra: str) -> Iterator[Server]:
    """`summarize serve --port 0`; the address is read from the line it prints."""
    command = [sys.executable, "-m", "summarize", "serve", "--port", "0", "-o", str(root),
               "--samples", str(SEEDS), *extra]  # fmt: skip
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        line = process.stdout.readline() if process.stdout else ""
        found = re.search(r"http://127\.0\.0\.1:\d+/", line)
        assert found, (
            f"no address printed: {line!r} {process.stderr.read() if process.stderr else ''}"
        )
        yield Server(found.group(0), root, process)
    finally:
        process.terminate()
        code = process.wait(timeout=60)
    # SIGTERM is the normal way to stop the page: the exit is clean, and it says so
    assert code == 0 and "Stopped; the sessions are kept in" in (
        process.stderr.read() if process.stderr else ""
    )


@dataclass
class Client:
    """A browser-less visitor: keeps the session cookie, reads the token from the page."""

    url: str
    jar: http.cookiejar.CookieJar = field(default_factory=http.cookiejar.CookieJar)
    token: str = ""

    def __post_init__(self) -> None:
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar))

    def open(self) -> str:
        page = self.get("/")[1].decode()
        found = re.search(r'name="token" content="([^"]+)"', page)
        assert found
        self.token = found.group(1)
        return page

    def get(self, path: str) -> tuple[int, bytes]:
        return self.request(urllib.request.Request(self.url.rstrip("/") + path))

    def post(self, path: str, body: Any = None, *, token: str | None = None,
             data: bytes | None = None, headers: dict[str, str] | None = None) -> tuple[int, bytes]:  # fmt: skip
        sent = {"X-Token": self.token if token is None else token, **(headers or {})}
        if data is None:
            data = json.dumps(body or {}).encode()
            sent.setdefault("Content-Type", "application/json")
        request = urllib.request.Request(self.url.rstrip("/") + path, data=data, headers=sent)
        return self.request(request)

    def request(self, request: urllib.request.Request) -> tuple[int, bytes]:
        try:
            with self.opener.open(request, timeout=120) as response:
                return response.status, response.read()
        except urllib.error.HTTPError as error:
            return error.code, error.read()


def multipart(files: list[tuple[str, bytes]]) -> tuple[bytes, str]:
    """A multipart/form-data body of `files` fields, as a browser sends it."""
    boundary = "----summarize-test-boundary"
    parts = []
    for name, data in files:
        parts.append(
            f'--{boundary}\r\nContent-Disposition: form-data; name="files"; filename="{name}"\r\n'
            "Content-Type: application/octet-stream\r\n\r\n".encode()
            + data
            + b"\r\n"
        )
    body = b"".join(parts) + f"--{boundary}--\r\n".encode()
    return body, f"multipart/form-data; boundary={boundary}"
