"""The page's server over plain HTTP: tokens, limits, and no path from the client on disk."""

from __future__ import annotations

import json
import re
import threading
import time
from collections.abc import Iterator
from email import policy
from email.parser import BytesParser
from http.server import ThreadingHTTPServer
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller

from tests.test_mail import READY, Recorder, free_port
from tests.web_server import Client, Server, multipart, running


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    root = tmp_path_factory.mktemp("web")
    with running(root, "--max-bytes", "20000", "--max-files", "5") as started:
        yield started


def wait_built(client: Client) -> dict[str, object]:
    while True:  # the build is a background thread; the test's own timeout bounds this
        status = json.loads(client.get("/api/status")[1])
        if not status["running"]:
            return status
        time.sleep(0.1)


def loaded(server: Server) -> Client:
    client = Client(server.url)
    client.open()
    assert client.post("/api/samples")[0] == 200
    wait_built(client)
    return client


def test_a_change_without_the_sessions_token_is_refused(server: Server) -> None:
    client = loaded(server)
    before = client.get("/api/briefing")[1]
    for token in ("", "wrong", "x" * 43):
        status, body = client.post("/api/clear", token=token)
        assert status == 403
        assert "Phiên làm việc không hợp lệ" in json.loads(body)["error"]
    assert client.get("/api/briefing")[1] == before
    # another session's token does not open this one
    other = Client(server.url)
    other.open()
    assert client.post("/api/clear", token=other.token)[0] == 403


def test_uploads_are_limited_in_size_and_count(server: Server) -> None:
    client = Client(server.url)
    client.open()
    body, kind = multipart([("big.txt", b"x" * 30_000)])
    status, _ = client.post("/api/upload", data=body, headers={"Content-Type": kind})
    assert status == 200
    wait_built(client)
    page = client.get("/api/briefing")[1].decode()
    assert "big.txt" in page and "quá lớn" in page
    # a request body over the whole limit is refused from its stated length, before it is read
    assert declared_length(server, client, 250 * 1024 * 1024) == 413
    # more files than allowed in one upload
    many, kind = multipart([(f"{n}.txt", b"Tieu de\n\nNoi dung. " * 3) for n in range(6)])
    status, _ = client.post("/api/upload", data=many, headers={"Content-Type": kind})
    assert status == 400


def declared_length(server: Server, client: Client, length: int) -> int:
    """The status answered to headers announcing `length` bytes, none of them sent."""
    import http.client
    from urllib.parse import urlsplit

    where = urlsplit(server.url)
    connection = http.client.HTTPConnection(where.hostname or "", where.port, timeout=60)
    cookie = "; ".join(f"{c.name}={c.value}" for c in client.jar)
    connection.putrequest("POST", "/api/upload")
    for name, value in (("Content-Length", str(length)), ("X-Token", client.token),
                        ("Cookie", cookie), ("Content-Type", "multipart/form-data; boundary=x")):  # fmt: skip
        connection.putheader(name, value)
    connection.endheaders()
    status = connection.getresponse().status
    connection.close()
    return status


def test_no_client_path_reaches_the_file_system(server: Server, tmp_path: Path) -> None:
    client = Client(server.url)
    client.open()
    names = ["../../escape.txt", "/etc/passwd.txt", "..\\..\\win.txt", "a/../../b.txt"]
    body, kind = multipart([(name, "Tiêu đề\n\nNội dung bài báo.".encode()) for name in names[:4]])
    assert client.post("/api/upload", data=body, headers={"Content-Type": kind})[0] == 200
    wait_built(client)
    stored = sorted(p.name for p in server.root.rglob("*") if p.parent.name == "inputs")
    assert stored and all(name[:5].isdigit() and name.endswith(".txt") for name in stored)
    assert not list(server.root.parent.glob("escape.txt")) and not Path("/etc/passwd.txt").exists()
    # a session id or a download kind made of a path is never opened
    client.jar.clear()
    for path in ("/download/..%2F..%2Fetc%2Fpasswd", "/download/pdf", "/api/briefing"):
        assert client.get(path)[0] in (403, 404)
    evil = Client(server.url)
    evil.opener.addheaders = [("Cookie", "summarize_session=../../../../etc")]
    assert evil.get("/api/briefing")[0] == 403


def test_a_foreign_host_name_is_refused(server: Server) -> None:
    import urllib.request

    client = Client(server.url)
    request = urllib.request.Request(server.url, headers={"Host": "attacker.example"})
    assert client.request(request)[0] == 400


def test_outputs_and_corrections_are_written_beside_each_other(server: Server) -> None:
    client = loaded(server)
    status, pdf = client.get("/download/pdf")
    assert status == 200 and pdf.startswith(b"%PDF")
    status, data = client.get("/download/json")
    assert json.loads(data)["conferences"]
    session = next(p.parent for p in server.root.glob("*/briefing.pdf"))
    assert {"corrections.json", "briefing.pdf", "briefing.json"} <= {
        p.name for p in session.iterdir()
    }


@pytest.mark.parametrize("sentences", [float("inf"), 2.5, "3", None, 10**400])
def test_a_length_that_is_no_whole_number_is_refused_with_a_reason(
    server: Server, sentences: object
) -> None:
    # 1e400 (JSON's infinity) was an OverflowError, a 500; 2.5 and "3" were taken as 2 and 3.
    client = loaded(server)
    body = {"action": "length", "section": "s-x", "sentences": sentences}
    status, answer = client.post("/api/correct", body)
    assert status == 400
    assert "whole number from 1 to 100" in json.loads(answer)["error"]


def test_article_text_is_escaped_in_the_page(server: Server) -> None:
    client = Client(server.url)
    client.open()
    text = "<script>alert(1)</script> Hội nghị\n\nHội nghị tập huấn <b>đặc biệt</b> {{ 7*7 }} diễn ra tại Hà Nội. Các đại biểu thảo luận."
    assert client.post("/api/paste", {"text": text})[0] == 200
    wait_built(client)
    page = client.get("/api/briefing")[1].decode()
    assert "<script>alert" not in page and "&lt;script&gt;" in page
    assert "<b>đặc" not in page and "{{ 7*7 }}" in page


def test_a_missing_place_reads_as_the_print_briefing_says_it(server: Server) -> None:
    """The page said "Địa điểm: không rõ" beside "Ngày: bài không nêu" (models.NOT_STATED)."""
    from tests.test_render import NOWHERE

    client = Client(server.url)
    client.open()
    assert client.post("/api/paste", {"text": NOWHERE})[0] == 200
    wait_built(client)
    page = " ".join(re.sub(r"<[^>]+>", "", client.get("/api/briefing")[1].decode()).split())
    assert "Địa điểm: bài không nêu · Ngày: bài không nêu" in page and "không rõ" not in page


def test_port_in_use_is_a_clear_message(tmp_path: Path) -> None:
    import socket
    import subprocess
    import sys

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        port = taken.getsockname()[1]
        done = subprocess.run([sys.executable, "-m", "summarize", "serve", "--port", str(port),
                               "-o", str(tmp_path)], capture_output=True, text=True, timeout=60)  # fmt: skip
    assert done.returncode == 1
    assert (
        f"port {port} on 127.0.0.1 is already in use; choose another with --port N" in done.stderr
    )


@pytest.mark.parametrize("host", ["0.0.0.0", ""])
def test_another_host_is_announced_with_a_warning(tmp_path: Path, host: str) -> None:
    # `--host ''` (every address, as 0.0.0.0) warned "listening on : other computers …"
    import subprocess
    import sys

    process = subprocess.Popen([sys.executable, "-m", "summarize", "serve", "--host", host,
                                "--port", "0", "-o", str(tmp_path)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)  # fmt: skip
    try:
        assert process.stdout is not None
        assert "http://0.0.0.0:" in process.stdout.readline()
    finally:
        process.terminate()
        _, errors = process.communicate(timeout=60)
    assert "Warning: listening on 0.0.0.0: other computers on the network can open" in errors


def test_the_eml_has_the_pages_to_and_subject_and_the_pdf(server: Server) -> None:
    client = loaded(server)
    fields = {"to": "Ban biên tập <bbt@example.vn>, vp@example.vn", "subject": "Bản tin sáng nay"}
    status, data = client.post("/api/email", fields)
    assert status == 200
    message = BytesParser(policy=policy.default).parsebytes(data)
    assert str(message["Subject"]) == "Bản tin sáng nay"
    assert [a.addr_spec for a in message["To"].addresses] == ["bbt@example.vn", "vp@example.vn"]
    assert any(part.get_filename() == "briefing.pdf" for part in message.iter_attachments())
    # the fields are kept with the session: the page shows them again
    assert "Bản tin sáng nay" in client.open()
    status, body = client.post("/api/email", {"to": "x", "subject": "a"})
    assert status == 400 and "not an e-mail address" in json.loads(body)["error"]


@pytest.mark.slow
def test_sending_needs_smtp_settings_and_then_sends(server: Server, tmp_path: Path) -> None:
    client = loaded(server)
    assert client.post("/api/send", {"to": "bbt@example.vn"})[0] == 403  # not started with SMTP
    recorder, port = Recorder(), free_port()
    controller = Controller(recorder, hostname="127.0.0.1", port=port, ready_timeout=READY)
    controller.start()
    try:
        with running(tmp_path, "--smtp-host", "127.0.0.1", "--smtp-port", str(port),
                     "--smtp-security", "none") as mailing:  # fmt: skip
            client = loaded(mailing)
            assert "Gửi ngay" in client.open()
            status, body = client.post("/api/send", {"to": "bbt@example.vn", "subject": "Gửi thử"})
            assert status == 200 and json.loads(body) == {"sent": ["bbt@example.vn"]}
    finally:
        controller.stop()
    [(_, recipients, content)] = recorder.messages
    assert recipients == ["bbt@example.vn"]
    assert "Gửi thử" in str(BytesParser(policy=policy.default).parsebytes(content)["Subject"])


@pytest.mark.slow
def test_pasted_links_are_fetched_and_a_local_one_needs_the_servers_permission(
    server: Server, tmp_path: Path
) -> None:
    from tests.test_fetch import Site
    from tests.test_page import BODY

    site = ThreadingHTTPServer(("127.0.0.1", 0), Site)
    threading.Thread(target=site.serve_forever, daemon=True).start()
    link = f"http://127.0.0.1:{site.server_address[1]}/bai-viet"
    try:
        refused = Client(server.url)  # started without --allow-private-links
        refused.open()
        assert refused.post("/api/paste", {"text": link})[0] == 200
        wait_built(refused)
        page = refused.get("/api/briefing")[1].decode()
        assert link in page and "private or local address" in page
        with running(tmp_path / "web", "--allow-private-links") as allowed:
            client = Client(allowed.url)
            client.open()
            assert client.post("/api/paste", {"text": f"{link}\n\n{link}-khong-co\n"})[0] == 200
            wait_built(client)
            page = client.get("/api/briefing")[1].decode()
            assert BODY[0][:40] in page  # the page's article is in the briefing
            assert f"{link}-khong-co" in page and "HTTP 404" in page  # the bad link is listed
    finally:
        site.shutdown()
        site.server_close()


def test_an_article_not_in_vietnamese_is_marked_on_the_page(tmp_path: Path) -> None:
    from tests.test_render import ENGLISH

    with running(tmp_path / "sessions") as started:
        client = Client(started.url)
        client.open()
        assert client.post("/api/paste", {"text": ENGLISH})[0] == 200
        wait_built(client)
        page = client.get("/api/briefing")[1].decode()
    assert page.count('class="foreign"') == 1 and "không viết bằng tiếng Việt" in page


def test_a_page_of_three_sections_or_more_lists_them_with_links(tmp_path: Path) -> None:
    """Eight sections made a page of 9,500 px with nothing saying what it held; two need no list."""
    with running(tmp_path / "sessions") as started:
        client = loaded(started)
        page = client.get("/api/briefing")[1].decode()
        assert 'class="toc"' not in page  # the two seeds
        text = (
            "Hội nghị xúc tiến đầu tư du lịch tại Kiên Giang\n\nSáng 3/11, tại Phú Quốc, UBND "
            "tỉnh Kiên Giang tổ chức hội nghị xúc tiến đầu tư du lịch. Hội nghị thu hút 40 "
            "doanh nghiệp lữ hành tham dự.\n"
        )
        assert client.post("/api/paste", {"text": text})[0] == 200
        wait_built(client)
        page = client.get("/api/briefing")[1].decode()
    toc = page[page.index('class="toc"') : page.index("</ol>", page.index('class="toc"'))]
    links = re.findall(r'<a href="#([^"]+)">', toc)
    assert len(links) == 3 and all(f'id="{label}"' in page for label in links)
    assert "Kiên Giang" in toc


def test_a_pasted_link_that_is_malformed_is_listed_with_its_reason(server: Server) -> None:
    # urllib's ValueError ("Invalid IPv6 URL") reached the route: a 500, the paste lost.
    client = Client(server.url)
    client.open()
    assert client.post("/api/paste", {"text": "http://[::1/bai-viet"})[0] == 200
    wait_built(client)
    page = client.get("/api/briefing")[1].decode()
    assert "http://[::1/bai-viet</strong>: đường link không hợp lệ (invalid IPv6 URL)" in page


def test_files_that_cannot_be_read_are_listed_with_vietnamese_reasons(server: Server) -> None:
    """The box "Không đọc được 2 tệp" gave the library's English: "empty file", "cannot read
    this Word (.docx) file: damaged or not Word (.docx)"."""
    client = Client(server.url)
    client.open()
    body, kind = multipart([("trong.txt", b""), ("hong.docx", b"PK\x03\x04broken")])
    assert client.post("/api/upload", data=body, headers={"Content-Type": kind})[0] == 200
    wait_built(client)
    page = " ".join(re.sub(r"<[^>]+>", "", client.get("/api/briefing")[1].decode()).split())
    assert "Không đọc được 2 tệp" in page
    assert "trong.txt: tệp trống" in page
    assert "hong.docx: tệp Word (.docx) bị hỏng hoặc không phải Word (.docx)" in page
    assert "empty file" not in page and "cannot read" not in page


def test_the_eml_takes_an_address_the_command_line_takes(server: Server) -> None:
    # The page ran each address through formataddr, which raised on a Vietnamese domain: a 400
    # reading "'ascii' codec can't encode character ..."; and a line break in the field made a
    # second recipient where the command line refuses it.
    client = loaded(server)
    status, data = client.post("/api/email", {"to": "Ban biên tập <bbt@bộ.vn>", "subject": "a"})
    assert status == 200
    (address,) = BytesParser(policy=policy.default).parsebytes(data)["To"].addresses
    assert address.addr_spec == "bbt@" + "bộ.vn".encode("idna").decode()
    status, body = client.post("/api/email", {"to": "a@example.vn\r\nBcc: b@example.vn"})
    assert status == 400 and "not an e-mail address" in json.loads(body)["error"]


def test_an_upload_the_form_parser_refuses_is_not_called_too_many_files(server: Server) -> None:
    # Every refusal of python-multipart answered "Tối đa 5 tệp mỗi lần." (at most 5 files), here
    # for one file whose name (a dropped folder's deep path) is longer than a part's header may be.
    client = Client(server.url)
    client.open()
    body, kind = multipart([("thư mục/" * 800 + "bài.txt", b"Tieu de\n\nNoi dung. " * 3)])
    status, answer = client.post("/api/upload", data=body, headers={"Content-Type": kind})
    assert status == 400
    error = json.loads(answer)["error"]
    assert error.startswith("Không đọc được các tệp gửi lên") and "Tối đa" not in error


def test_a_second_server_on_the_same_sessions_folder_refuses_to_start(
    server: Server, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # Two `serve` on one -o (two ports; a browser's cookie goes to both) held one session twice
    # in memory, and each overwrote the other's state files.
    import uvicorn

    from summarize.cli import main

    def served(*_: object, **__: object) -> None:
        raise AssertionError("the second server served")

    monkeypatch.setattr(uvicorn.Server, "run", served)
    assert main(["serve", "--port", "0", "-o", str(server.root)]) == 1
    assert capsys.readouterr().err == (
        f"Error: {server.root}: another summarize serve uses this folder for its sessions; "
        "stop it or choose another -o\n"
    )
    assert Client(server.url).open()  # the first one serves on


def test_what_is_not_there_is_said_in_vietnamese_with_the_way_back(server: Server) -> None:
    # Starlette's "Not Found" and "Method Not Allowed" were English and bare; /download and
    # /preview before any article gave a line of JSON and a lone "<p>" in the tab they opened.
    client = Client(server.url)
    client.open()  # a session with no article yet
    for path in ("/khong-co", "/static/khong-co.css", "/download/docx", "/download/pdf",
                 "/download/html", "/preview"):  # fmt: skip
        status, body = client.get(path)
        page = body.decode()
        assert status == 404, path
        assert page.startswith("<!DOCTYPE html>") and '<html lang="vi">' in page, path
        assert ("Không có trang này" in page or "Chưa có bản tin" in page) and 'href="/"' in page
        assert "Not Found" not in page
    # the page's own calls get a reason it shows in its bar
    status, body = client.get("/api/khong-co")
    assert (status, json.loads(body)) == (
        404, {"error": "Không có trang này: địa chỉ này không có trên máy chủ."}
    )  # fmt: skip
    status, body = client.get("/api/clear")  # a change asked for by GET
    assert status == 405 and json.loads(body)["error"].startswith("Không làm được")


def test_a_tab_opened_after_its_session_ended_gets_the_notice_page_not_json(
    server: Server, tmp_path: Path
) -> None:
    # A link opened in a new tab (/download/…, /preview) once its session is gone (the page
    # served again from another -o: the browser's cookie for 127.0.0.1 goes to any port) showed
    # the raw line {"error": "Phiên làm việc không hợp lệ: …"}. It gets the page with the way back.
    client = loaded(server)
    with running(tmp_path / "other") as again:
        ended = Client(again.url, jar=client.jar)
        for path in ("/download/pdf", "/download/html", "/preview"):
            status, body = ended.get(path)
            page = body.decode()
            assert status == 403, path
            assert page.startswith("<!DOCTYPE html>") and '<html lang="vi">' in page, path
            assert "Phiên làm việc không hợp lệ" in page and 'href="/"' in page, path
        # the page's own calls still get the reason as JSON, which it shows in its bar
        status, body = ended.get("/api/status")
        assert (status, json.loads(body)) == (
            403, {"error": "Phiên làm việc không hợp lệ: hãy tải lại trang."}
        )  # fmt: skip


@pytest.mark.parametrize("host", ["::1", "127.0.0.2", "localhost", "127.1"])
def test_a_loopback_host_is_served_as_loopback_names_and_all(tmp_path: Path, host: str) -> None:
    # `serve --host ::1` (IPv6's 127.0.0.1) warned "other computers on the network can open
    # this page" and took any Host header: a web page elsewhere could reach it through a name
    # of its own resolving to ::1 (DNS rebinding), which 127.0.0.1 refuses. So did 127.1, which
    # the system reads as 127.0.0.1: judged by the address bound, not by its spelling.
    import subprocess
    import sys
    import urllib.request

    process = subprocess.Popen([sys.executable, "-m", "summarize", "serve", "--host", host,
                                "--port", "0", "-o", str(tmp_path)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)  # fmt: skip
    try:
        assert process.stdout is not None
        found = re.search(r"http://\S+/", process.stdout.readline())
        assert found, process.stderr.read() if process.stderr else ""
        url = found.group(0)
        assert Client(url).open()  # the page, by the address it announced
        foreign = urllib.request.Request(url, headers={"Host": "attacker.example"})
        assert Client(url).request(foreign)[0] == 400
    finally:
        process.terminate()
        _, errors = process.communicate(timeout=60)
    assert "Warning" not in errors
