"""E-mail: the message parsed back, the HTML made for mail clients, sending to a real SMTP server."""

from __future__ import annotations

import email
import email.policy
import re
import socket
import socketserver
import threading
import time
from collections.abc import Iterator
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult

from summarize.cli import main
from summarize.models import Options
from summarize.pipeline import build_briefing
from summarize.render import html as html_view
from summarize.render.html import render_html
from summarize.render.mail import (
    MailError,
    SmtpSettings,
    build_message,
    render_email_html,
    send_message,
)

from .conftest import SEEDS


def parse(data: bytes) -> EmailMessage:
    message = email.message_from_bytes(data, policy=email.policy.default)
    assert isinstance(message, EmailMessage)
    return message


@pytest.fixture(scope="module")
def message(seed_briefing) -> EmailMessage:  # type: ignore[no-untyped-def]
    built = build_message(seed_briefing, sender="Văn phòng <vp@example.vn>",
                          recipients=["Ban Biên tập <bbt@example.vn>"])  # fmt: skip
    return parse(built.as_bytes())


def test_structure_and_headers(message: EmailMessage, seed_briefing) -> None:  # type: ignore[no-untyped-def]
    assert message.get_content_type() == "multipart/alternative"
    assert [p.get_content_type() for p in message.iter_parts()] == ["text/plain", "text/html"]
    assert message["Subject"].startswith("Bản tin tổng hợp hội nghị")
    assert message["To"].addresses[0].display_name == "Ban Biên tập"
    assert message["From"].addresses[0].addr_spec == "vp@example.vn"
    assert message["Date"] and re.fullmatch(r"<[^@]+@example\.vn>", message["Message-ID"])
    raw = message.as_bytes()
    assert b"=?utf-8?" in raw.split(b"\n\n")[0]  # RFC 2047 encoded headers


def test_both_parts_carry_the_summaries_with_diacritics(
    message: EmailMessage, seed_briefing
) -> None:  # type: ignore[no-untyped-def]
    text = message.get_body(("plain",)).get_content()
    html = message.get_body(("html",)).get_content()
    for conference in seed_briefing.conferences:
        for sentence in conference.summary:
            assert sentence.text in text
            assert sentence.text.replace("&", "&amp;") in html
    assert "Thiếu tướng Nguyễn Văn Kỷ" in text and "So sánh các hội nghị" in text
    assert "<" not in text  # a real plain-text briefing, not stripped HTML


def test_html_is_made_for_mail_clients(message: EmailMessage) -> None:
    html = message.get_body(("html",)).get_content()
    assert "<style" not in html and "<link" not in html and "<script" not in html
    assert "<svg" not in html
    assert not re.findall(r"""(?:src|href|url)\s*[=(]\s*["']?\s*https?:""", html, re.I)
    assert 'style="' in html and "max-width: 640px" in html


def test_hostile_article_text_is_escaped(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    hostile = "<script>alert(1)</script> gõ {{ 7*7 }} <img src=file:///etc/passwd> họp"
    (folder / "x.txt").write_text(f"Tỉnh Hà Nam tổ chức hội nghị: {hostile}.\n", "utf-8")
    briefing = build_briefing([folder], Options())
    for html in (render_email_html(briefing), render_email_html(briefing, fragment=True)):
        assert "<script>" not in html and "&lt;script&gt;" in html
        assert "<img src=file" not in html and "gõ {{ 7*7 }}" in html and "gõ 49" not in html


def test_attach_pdf_and_fragment_from_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out, fragment = tmp_path / "b.eml", tmp_path / "f.html"
    argv = ["email", str(SEEDS), "-o", str(out), "--to", "bbt@example.vn", "--attach-pdf",
            "--html-fragment", str(fragment), "--subject", "Bản tin tuần"]  # fmt: skip
    assert main(argv) == 0
    assert capsys.readouterr().out == f"2 articles, 2 conferences: {out}, {fragment}\n"
    message = parse(out.read_bytes())
    assert message.get_content_type() == "multipart/mixed"
    (attachment,) = list(message.iter_attachments())
    assert attachment.get_content_type() == "application/pdf"
    assert attachment.get_filename() == "briefing.pdf"
    assert attachment.get_content().startswith(b"%PDF")
    assert message["Subject"] == "Bản tin tuần"
    block = fragment.read_text("utf-8")
    assert block.startswith('<div class="briefing"') and "<html" not in block
    assert "Bắc Giang — Hội nghị tập huấn công tác nhân quyền" in block
    assert "13,45%" in block and "So sánh các hội nghị" in block


def test_the_fragment_is_drawn_from_the_users_templates(tmp_path: Path) -> None:
    own = tmp_path / "templates"
    own.mkdir()
    (own / "email_block.html.j2").write_text('<div class="briefing">Riêng của tôi</div>', "utf-8")
    fragment = tmp_path / "f.html"
    argv = ["email", str(SEEDS), "--html-fragment", str(fragment), "--templates", str(own)]
    assert main(argv) == 0
    assert "Riêng của tôi" in fragment.read_text("utf-8")


# Seconds a test SMTP server may take to start: aiosmtpd's 5 s default fails on a loaded machine.
READY = 120.0


class Recorder:
    """An aiosmtpd handler keeping what it received; can refuse one recipient."""

    def __init__(self, refuse: str | None = None) -> None:
        self.refuse = refuse
        self.messages: list[tuple[str, list[str], bytes]] = []

    async def handle_RCPT(
        self, server: Any, session: Any, envelope: Any, address: str, options: Any
    ) -> str:
        if address == self.refuse:
            return "550 5.1.1 no such mailbox"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.messages.append((envelope.mail_from, list(envelope.rcpt_tos), envelope.content))
        return "250 Message accepted"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture()
def smtp_server() -> Iterator[tuple[Recorder, int]]:
    recorder, port = Recorder(refuse="nobody@example.vn"), free_port()
    controller = Controller(recorder, hostname="127.0.0.1", port=port, ready_timeout=READY)
    controller.start()
    try:
        yield recorder, port
    finally:
        controller.stop()


def send_argv(out: Path, port: int, *to: str) -> list[str]:
    argv = ["email", str(SEEDS), "-o", str(out), "--send", "--smtp-host", "127.0.0.1",
            "--smtp-port", str(port), "--smtp-security", "none"]  # fmt: skip
    for address in to:
        argv += ["--to", address]
    return argv


def test_send_delivers_exactly_the_written_message(
    smtp_server: tuple[Recorder, int], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    recorder, port = smtp_server
    out = tmp_path / "b.eml"
    assert main(send_argv(out, port, "Ban Biên tập <bbt@example.vn>")) == 0
    ((mail_from, rcpt_tos, content),) = recorder.messages
    assert rcpt_tos == ["bbt@example.vn"] and mail_from == "briefing@localhost"
    received, written = parse(content), parse(out.read_bytes())
    assert received["Message-ID"] == written["Message-ID"]
    assert received["Subject"] == written["Subject"]
    for kind in ("plain", "html"):  # SMTP carries lines as CRLF
        got = received.get_body((kind,)).get_content().replace("\r\n", "\n")
        assert got == written.get_body((kind,)).get_content()
    # Byte for byte what was written, but for SMTP's CRLF line ends.
    assert content.replace(b"\r\n", b"\n").rstrip(b"\n") == out.read_bytes().rstrip(b"\n")
    assert "sent to" in capsys.readouterr().out


def test_a_refused_recipient_is_named_with_exit_code_1(
    smtp_server: tuple[Recorder, int], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    recorder, port = smtp_server
    assert main(send_argv(tmp_path / "b.eml", port, "nobody@example.vn")) == 1
    assert (
        f"Error: 127.0.0.1:{port}: recipient refused: nobody@example.vn" in capsys.readouterr().err
    )
    assert recorder.messages == []


def test_a_refused_connection_is_a_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    port = free_port()  # nothing listens there
    assert main(send_argv(tmp_path / "b.eml", port, "bbt@example.vn")) == 1
    assert f"Error: 127.0.0.1:{port}: cannot connect" in capsys.readouterr().err


def test_an_authentication_failure_is_a_clear_error(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    port = free_port()

    def refuse(server: Any, session: Any, envelope: Any, mechanism: str, data: Any) -> AuthResult:
        return AuthResult(success=False, handled=False)

    controller = Controller(Recorder(), hostname="127.0.0.1", port=port, authenticator=refuse,
                            auth_require_tls=False, ready_timeout=READY)  # fmt: skip
    controller.start()
    try:
        monkeypatch.setenv("SUMMARIZE_SMTP_PASSWORD", "wrong-secret")
        argv = [*send_argv(tmp_path / "b.eml", port, "bbt@example.vn"), "--smtp-user", "vp"]
        assert main(argv) == 1
    finally:
        controller.stop()
    err = capsys.readouterr().err
    assert f"Error: 127.0.0.1:{port}: authentication failed" in err
    assert "wrong-secret" not in err and "wrong-secret" not in caplog.text
    assert b"wrong-secret" not in (tmp_path / "b.eml").read_bytes()  # never written to disk
    settings = SmtpSettings.from_environment(username="vp")
    assert settings.password == "wrong-secret" and "wrong-secret" not in repr(settings)


class Trickling(socketserver.BaseRequestHandler):
    """An SMTP server that greets a line at a time and never ends its greeting ("220-" goes on):
    each line comes well within the client's wait, so only a deadline stops it. It stops by
    itself after 20 s."""

    def handle(self) -> None:
        for _ in range(400):
            try:
                self.request.sendall(b"220-mail.example.vn ESMTP still greeting\r\n")
            except OSError:  # the client hung up
                return
            time.sleep(0.05)


def test_a_server_that_trickles_its_answers_is_given_up_at_the_deadline(
    message: EmailMessage, monkeypatch: pytest.MonkeyPatch
) -> None:
    # SMTP had a 30 s timeout for each wait and nothing for the whole conversation: a server
    # sending a line every few seconds held `email --send` forever. The deadline is lowered here.
    monkeypatch.setattr("summarize.render.mail.SEND_DEADLINE_SECONDS", 0.3, raising=False)
    server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), Trickling)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    port = server.server_address[1]
    try:
        settings = SmtpSettings(host="127.0.0.1", port=port, security="none")
        with pytest.raises(MailError) as caught:
            send_message(message, settings)
    finally:
        server.shutdown()
        server.server_close()
    assert str(caught.value) == (
        f"127.0.0.1:{port}: the server did not finish the conversation within 0.3 s"
    )


def test_send_without_recipients_is_a_usage_error(tmp_path: Path) -> None:
    assert main(["email", str(SEEDS), "-o", str(tmp_path / "b.eml"), "--send"]) == 2


def test_html_is_no_wider_than_700_px_and_every_style_is_inline(message: EmailMessage) -> None:
    html = message.get_body(("html",)).get_content()
    widths = [int(w) for w in re.findall(r'\bwidth="(\d+)"', html)]
    widths += [int(w) for w in re.findall(r"(?<![-\w])(?:max-)?width:\s*(\d+)px", html)]
    assert widths and max(widths) <= 700
    assert "max-width: 640px" in html
    visible = re.sub(r"<!--.*?-->", "", html, flags=re.S)  # Outlook's conditional table aside
    for tag in ("h1", "h2", "h3", "li", "th", "td"):
        opening = re.findall(rf"<{tag}\b[^>]*>", visible)
        assert opening and all("style=" in o for o in opening), tag
    assert "<table" in html and 'role="presentation"' in html


def test_charts_are_pure_html_bars(message: EmailMessage) -> None:
    html = message.get_body(("html",)).get_content()
    assert "<img" not in html and "<svg" not in html and "cid:" not in html
    cells = re.findall(r'<td class="bar"[^>]*>', html)
    bars = [
        (re.search(r'width="(\d+)%"', c).group(1), re.search(r'bgcolor="(#[0-9a-f]{6})"', c))  # type: ignore[union-attr]
        for c in cells
    ]
    assert all(colour for _, colour in bars)
    # One charted row (growth, given by both) on one scale: 13,45% full, 10% in proportion.
    assert [int(w) for w, _ in bars] == [100, round(10 / 13.45 * 100)]


def test_the_email_makes_no_svg_chart_it_would_throw_away(
    seed_briefing,  # type: ignore[no-untyped-def]
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def no_chart(*_: object) -> None:
        raise AssertionError("an SVG chart was made")

    monkeypatch.setattr(html_view, "grouped_bar_chart", no_chart)
    build_message(seed_briefing, sender="vp@example.vn", recipients=["bbt@example.vn"])
    with pytest.raises(AssertionError, match="SVG chart"):  # the printed page draws the chart
        render_html(seed_briefing)


def test_plain_text_part_reads_as_a_briefing(message: EmailMessage, seed_briefing) -> None:  # type: ignore[no-untyped-def]
    text = message.get_body(("plain",)).get_content()
    lines = text.splitlines()
    for n, conference in enumerate(seed_briefing.conferences, start=1):
        heading = f"{n}. {conference.title}"
        assert heading in lines
        assert lines[lines.index(heading) + 1] == "-" * len(heading)
    assert "  - tốc độ tăng trưởng kinh tế của tỉnh: 13,45%" in lines
    assert (
        "  - Thiếu tướng Nguyễn Văn Kỷ — Phó Chánh Văn phòng Thường trực về Nhân quyền Chính phủ"
        in lines
    )
    assert "Phát biểu:" in lines and "  - Hải Dương: Hải Dương" not in lines  # no place again
    assert any(re.fullmatch(r"Tăng trưởng kinh tế \(%\)\s+13,45%\s+10%", line) for line in lines)
    assert not re.search(r"&(?:amp|lt|gt|quot|nbsp);|<[a-z/]", text)


def test_vietnamese_display_names_survive_rfc_2047(message: EmailMessage) -> None:
    raw_headers = message.as_bytes().split(b"\n\n")[0].decode("ascii")  # 7-bit on the wire
    assert "Văn phòng" not in raw_headers and "=?utf-8?" in raw_headers
    assert message["From"].addresses[0].display_name == "Văn phòng"
    assert message["Subject"] == f"{message['Subject']}"  # decodes cleanly
    assert "hội nghị" in message["Subject"]


def test_the_fragment_is_the_inlined_summary_block_only(seed_briefing) -> None:  # type: ignore[no-untyped-def]
    block = render_email_html(seed_briefing, fragment=True)
    assert block.startswith('<div class="briefing"') and block.endswith("</div>")
    for absent in ("<html", "<body", "<style", "<link", "<head", "Tạo bởi"):
        assert absent not in block
    opening = block[: block.index(">")]
    assert "font-family: Arial" in opening  # pasted elsewhere, it keeps its own font
    assert seed_briefing.conferences[0].summary[0].text in block


def test_a_subject_with_a_line_break_is_a_mail_error_from_python_too(seed_briefing) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(MailError, match="one line"):
        build_message(
            seed_briefing, sender="vp@example.vn", recipients=[], subject="Bản tin\nBcc: x@y.vn"
        )


def test_a_coach_is_named_once_with_his_title_and_no_repeated_role(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "x.txt").write_text(
        "Họp báo trước trận đấu tại Hà Nội.\n\n"
        "HLV Park Hang-seo cho biết đội tuyển đã sẵn sàng cho trận đấu.\n",
        "utf-8",
    )
    briefing = build_briefing([folder], Options())
    (coach,) = [p for c in briefing.conferences for p in c.people if p.name == "Park Hang-seo"]
    assert coach.role == "HLV" and coach.position is None  # the role stays in briefing.json
    text = build_message(briefing, sender="a@example.vn", recipients=["b@example.vn"])
    plain = text.get_body(("plain",))
    assert plain is not None
    shown = [line for line in plain.get_content().splitlines() if "Park Hang-seo" in line]
    assert shown and all("— HLV" not in line for line in shown)
    assert "HLV Park Hang-seo" in render_email_html(briefing)
    assert "— HLV" not in render_email_html(briefing) and "— HLV" not in render_html(briefing)


def test_a_domain_in_vietnamese_is_sent_as_its_ascii_name(seed_briefing) -> None:  # type: ignore[no-untyped-def]
    # The domain went out as an encoded word inside the address ("an@=?utf-8?q?b=E1=BB=99?=.vn"),
    # which no mail server delivers to; the ASCII (IDNA) name is the one that is delivered.
    message = build_message(
        seed_briefing, sender="vp@example.vn", recipients=["Nguyễn Văn An <an@bộ.vn>"]
    )
    raw_headers = message.as_bytes().split(b"\n\n")[0].decode("ascii")
    assert "an@xn--b-" in raw_headers and ".vn>" in raw_headers
    (address,) = message["To"].addresses
    assert (address.display_name, address.domain) == (
        "Nguyễn Văn An",
        "bộ.vn".encode("idna").decode(),
    )


@pytest.mark.parametrize("address", ["nguyễn@example.vn", "an@bộ..vn"])
def test_an_address_no_mail_server_takes_is_a_mail_error(seed_briefing, address: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(MailError, match="not an e-mail address"):
        build_message(seed_briefing, sender="vp@example.vn", recipients=[address])


def test_a_long_vietnamese_subject_keeps_every_space_when_read(seed_briefing) -> None:  # type: ignore[no-untyped-def]
    # The e-mail library folded the Subject between two encoded words at a space, which RFC 2047
    # tells every reader to drop: "cải cách" arrived as "cảicách".
    subject = (
        "Hội nghị tổng kết công tác cải cách hành chính tỉnh Bắc Giang năm 2024 "
        "và phương hướng nhiệm vụ năm 2025"
    )
    message = build_message(seed_briefing, sender="vp@example.vn", recipients=[], subject=subject)
    raw = message.as_bytes()
    assert all(len(line) <= 78 for line in raw.split(b"\n\n")[0].splitlines())
    assert str(email.message_from_bytes(raw, policy=email.policy.default)["Subject"]) == subject
