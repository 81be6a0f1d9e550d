"""Links: fetched from a local server on 127.0.0.1 (allowed by the option made for it), within
bounds; refused when private, not http(s), too large, redirected too often or unreachable."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from email import policy
from email.parser import BytesParser
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import ClassVar

import pytest

from summarize.cli import main
from summarize.errors import InputError, TooLargeError
from summarize.models import Options
from summarize.pipeline import build_briefing, summarize_text
from summarize.text.fetch import fetch, is_link
from summarize.text.formats import load_link

from .conftest import serving
from .formats import PARAGRAPHS, docx_bytes, odt_bytes, pdf_bytes, rtf_bytes
from .test_page import BODY, news_page

PAGE = news_page().encode("utf-8")


class Site(BaseHTTPRequestHandler):
    """A news site with a page, a redirect to it, a redirect loop, a huge page and a 404."""

    def do_GET(self) -> None:
        if self.path == "/bai-viet":
            self._send(200, PAGE, "text/html; charset=utf-8")
        elif self.path == "/chuyen":
            self._redirect("/bai-viet")
        elif self.path.startswith("/vong"):
            self._redirect(f"/vong{len(self.path)}")
        elif self.path == "/lon":
            self._send(200, b"<p>" + b"x" * 50_000 + b"</p>", "text/html")
        else:
            self._send(404, b"not found", "text/plain")

    def _send(self, status: int, body: bytes, kind: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.end_headers()  # no Content-Length: the size cap must hold on the stream itself
        self.wfile.write(body)
        self.close_connection = True

    def _redirect(self, where: str) -> None:
        self.send_response(302)
        self.send_header("Location", where)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def site() -> Iterator[str]:
    yield from serving(Site)


def test_a_page_at_a_link_is_read_as_a_saved_page(site: str) -> None:
    (document,) = load_link(f"{site}/chuyen", allow_private=True)
    assert document.text.split("\n\n")[1:] == BODY
    assert document.meta.url == "https://plo.vn/tong-ket-cai-cach-hanh-chinh-post123.html"


def test_a_link_given_twice_is_one_article(site: str) -> None:
    # `report URL URL` (a paste, a list with a repeat) fetched the page twice: the briefing had
    # the same article twice, as a file named twice did.
    briefing = build_briefing(
        [f"{site}/chuyen", f"{site}/chuyen"], Options(allow_private_links=True)
    )
    assert [a.article.source for a in briefing.articles] == [f"{site}/chuyen"]


def test_a_local_address_is_refused_unless_allowed(site: str) -> None:
    with pytest.raises(InputError) as caught:
        fetch(f"{site}/bai-viet", max_bytes=10**6)
    assert "private or local address" in caught.value.reason
    assert "--allow-private-links" in caught.value.reason


@pytest.mark.parametrize("link", ["file:///etc/passwd", "ftp://example.vn/a.html"])
def test_only_http_and_https_are_fetched(link: str) -> None:
    with pytest.raises(InputError) as caught:
        fetch(link, max_bytes=10**6, allow_private=True)
    assert "only http and https" in caught.value.reason


def test_a_page_over_the_size_cap_is_refused_while_it_streams(site: str) -> None:
    with pytest.raises(TooLargeError):
        fetch(f"{site}/lon", max_bytes=10_000, allow_private=True)


def test_redirects_are_bounded(site: str) -> None:
    with pytest.raises(InputError) as caught:
        fetch(f"{site}/vong", max_bytes=10**6, allow_private=True)
    assert "redirects" in caught.value.reason


def test_an_http_error_names_the_status(site: str) -> None:
    with pytest.raises(InputError) as caught:
        fetch(f"{site}/khong-co", max_bytes=10**6, allow_private=True)
    assert "HTTP 404" in caught.value.reason


def test_an_unknown_host_says_the_machine_may_be_offline() -> None:
    with pytest.raises(InputError) as caught:
        fetch("http://khong-ton-tai.invalid/bai", max_bytes=10**6)
    assert "offline" in caught.value.reason


def test_report_reads_a_link_and_lists_it_as_a_source(
    site: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    link = f"{site}/bai-viet"
    out = tmp_path / "out"
    assert main(["report", link, "-o", str(out), "--allow-private-links"]) == 0
    briefing = json.loads((out / "briefing.json").read_text(encoding="utf-8"))
    (article,) = briefing["articles"]
    assert article["source"] == link
    assert article["meta"]["site"] == "Pháp Luật TP.HCM"
    assert article["meta"]["published"] == "2024-11-02"
    html = (out / "briefing.html").read_text(encoding="utf-8")
    assert "Pháp Luật TP.HCM · Thuận Văn · ngày đăng 02/11/2024" in html
    assert 'href="https://plo.vn/tong-ket-cai-cach-hanh-chinh-post123.html"' in html
    capsys.readouterr()


def test_email_reads_a_link_and_names_its_source(
    site: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    eml = tmp_path / "b.eml"
    argv = ["email", f"{site}/bai-viet", "-o", str(eml), "--allow-private-links"]
    assert main(argv) == 0
    message = BytesParser(policy=policy.default).parsebytes(eml.read_bytes())
    html = message.get_body(preferencelist=("html",))
    assert html is not None
    assert "(Pháp Luật TP.HCM · Thuận Văn · ngày đăng 02/11/2024)" in html.get_content()
    assert BODY[0].split(",")[0] in html.get_content()
    capsys.readouterr()


def test_a_refused_link_is_an_error_line_not_a_traceback(
    site: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["report", f"{site}/bai-viet", "-o", str(tmp_path / "o")]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"Error: {site}/bai-viet: 127.0.0.1 is a private or local address")
    assert "Traceback" not in err


def test_batch_summarizes_a_file_of_links(
    site: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    links = tmp_path / "links.txt"
    links.write_text(f"# bài cần đọc\n{site}/bai-viet\n{site}/khong-co\n", encoding="utf-8")
    out = tmp_path / "out"
    code = main(["batch", str(links), "-o", str(out), "--jobs", "1", "--allow-private-links"])
    assert code == 1  # one link is a 404
    rows = [json.loads(x) for x in (out / "summaries.jsonl").read_text("utf-8").splitlines()]
    assert [r["source"] for r in rows] == [f"{site}/bai-viet"] and rows[0]["summary"]
    assert f"Error: {site}/khong-co: the server answered HTTP 404" in capsys.readouterr().err


def test_report_writes_json_or_markdown_to_standard_output(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "trang.html"
    page.write_bytes(PAGE)
    assert main(["report", str(page), "-o", "-"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["articles"][0]["meta"]["author"] == "Thuận Văn"
    assert main(["report", str(page), "-o", "-", "--format", "md"]) == 0
    markdown = capsys.readouterr().out
    assert markdown.startswith("# Bản tin") and "Pháp Luật TP.HCM · Thuận Văn" in markdown
    assert not (tmp_path / "reports").exists()


def test_version_and_html_detection(capsys: pytest.CaptureFixture[str]) -> None:
    from summarize import __version__

    assert main(["--version"]) == 0
    assert capsys.readouterr().out.strip() == f"summarize {__version__}"
    result = summarize_text(news_page())
    assert result.article.meta.author == "Thuận Văn"
    assert "Vĩnh Long" not in " ".join(s.text for s in result.kept)


def test_links_and_paths_are_told_apart() -> None:
    assert is_link("https://vnexpress.net/a.html") and is_link("file:///etc/passwd")
    assert not is_link("bai/viet.html") and not is_link("C:\\bai.txt")


# --- servers that misbehave ----------------------------------------------------------------------

TRICKLE_GUARD = 1000  # bytes, one each TRICKLE_PAUSE: the server's own end, 20 s, never reached


class Awkward(BaseHTTPRequestHandler):
    """A site that sends its page a byte at a time, and files under types that misname them."""

    files: ClassVar[dict[str, bytes]] = {}

    def do_GET(self) -> None:
        if self.path == "/nho-giot":
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.end_headers()
            for _ in range(TRICKLE_GUARD):
                try:
                    self.wfile.write(b" ")
                    self.wfile.flush()
                except OSError:  # the client hung up
                    return
                time.sleep(0.02)
            return
        kind, _, name = self.path.removeprefix("/").partition("/")
        data = self.files[name]
        self.send_response(200)
        self.send_header("Content-Type", kind.replace("_", "/"))
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def awkward() -> Iterator[str]:
    Awkward.files = {"bao-cao": pdf_bytes("tải"), "van-ban": docx_bytes("tải"),
                     "ban-tin": odt_bytes("tải"), "thong-cao": rtf_bytes("tải")}  # fmt: skip
    yield from serving(Awkward)


def test_a_page_sent_a_byte_at_a_time_is_given_up_at_the_deadline(
    awkward: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Each byte came within the 20 s read timeout, so a page trickled forever was waited on
    # forever. The deadline is lowered here; the server would stop by itself after 20 s.
    monkeypatch.setattr("summarize.text.fetch.DEADLINE_SECONDS", 0.3, raising=False)
    with pytest.raises(InputError) as caught:
        fetch(f"{awkward}/nho-giot", max_bytes=10**6, allow_private=True)
    assert caught.value.reason == "the page did not arrive whole within 0.3 s"


@pytest.mark.parametrize(
    "path",
    ["application_octet-stream/bao-cao", "text_html/bao-cao", "application_octet-stream/van-ban",
     "binary_octet-stream/ban-tin", "text_plain/thong-cao", "image_png/van-ban"],
)  # fmt: skip
def test_a_file_served_under_a_type_that_misnames_it_is_read_for_what_it_is(
    awkward: str, path: str
) -> None:
    # Offices' sites serve their PDFs and Word files as application/octet-stream: they were read
    # as a page and refused as "binary data (a PDF file: name it .pdf to have it read)", advice a
    # link cannot take.
    (document,) = load_link(f"{awkward}/{path}", allow_private=True)
    assert f"{PARAGRAPHS[0]} Tải ghi nhận." in document.text


@pytest.mark.parametrize(
    ("link", "allow"),
    [("http://[::1/bai", False), ("http://[::1/bai", True), ("http://a..b/bai", False),
     ("http://a..b/bai", True), ("http://xn--/bai", True)],
)  # fmt: skip
def test_a_malformed_link_is_named_as_such_not_a_traceback(
    link: str, allow: bool, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # ValueError ("Invalid IPv6 URL"), UnicodeError and idna's IDNAError came out as tracebacks.
    with pytest.raises(InputError) as caught:
        fetch(link, max_bytes=10**6, allow_private=allow)
    assert caught.value.reason.startswith("not a valid link: ")
    argv = ["report", link, "-o", str(tmp_path / "out")]
    assert main([*argv, "--allow-private-links"] if allow else argv) == 1
    assert f"Error: {link}: not a valid link: " in capsys.readouterr().err
