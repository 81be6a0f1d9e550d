"""The briefing as an e-mail: plain text + inlined-CSS HTML, optional PDF, optional SMTP sending.

Mail clients drop <style> blocks, block remote images and do not render SVG, so the HTML part is
table-based, at most 640 px wide, every style inlined by css-inline, charts drawn as table-cell bars
sized in percent (they shrink with a phone's screen).
"""

from __future__ import annotations

import contextlib
import os
import smtplib
import socket
import ssl
import threading
from collections.abc import Sequence
from dataclasses import dataclass, field
from email.header import Header
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, getaddresses, make_msgid
from typing import Any

from .. import __version__
from ..errors import SummarizeError
from ..models import Briefing, ComparisonRow
from ..output import write_bytes
from .charts import colour
from .html import (
    BriefingView,
    Section,
    Source,
    briefing_view,
    chart_groups,
    environment,
    template_errors,
)
from .numbers import chart_values, format_number, said

SECURITY = ("starttls", "ssl", "none")
MAIL_TEMPLATE = "email.html.j2"
FRAGMENT_TEMPLATE = "email_block.html.j2"  # the summary block the whole message includes
STYLE_SHEET = "email.css"
# Conferences per block of the plain-text comparison: four columns fit 78 characters.
TEXT_COLUMNS = 3


class MailError(SummarizeError):
    """A message could not be built or sent; the text says why."""


@dataclass(frozen=True, slots=True)
class Bar:
    """One table-cell bar: its length in percent of the longest, so it shrinks on a phone."""

    name: str
    percent: int
    value: str
    colour: str


@dataclass(frozen=True, slots=True)
class BarChart:
    label: str
    bars: tuple[Bar, ...]


def bar_charts(view: BriefingView) -> tuple[BarChart, ...]:
    """The figure rows charted in the PDF, as percentages for table-cell bars: the rows of one
    scale share one peak, so 3 is drawn a sixth as long as 19, never as long."""
    charts = []
    for group in chart_groups(view.shared):
        peak = max((v for r in group for v in chart_values(r) if v is not None), default=1.0)
        for row in group:
            bars = tuple(
                Bar(s.label, _percent(v, peak or 1.0), format_number(round(v, 2)), colour(n))
                for n, (s, v) in enumerate(zip(view.sections, chart_values(row), strict=False))
                if v is not None
            )
            charts.append(BarChart(row.label, bars))
    return tuple(charts)


def _percent(value: float, peak: float) -> int:
    """A bar's length: 0 only for 0, at least 1 % so a small value stays visible."""
    return 0 if value <= 0 else max(1, round(value / peak * 100))


def render_email_html(
    briefing: Briefing, *, templates: str | None = None, fragment: bool = False
) -> str:
    """Self-contained mail HTML, every style inlined; `fragment` gives only the summary block."""
    import css_inline

    with template_errors():
        env = environment(templates)
        view = briefing_view(briefing)
        context = {"view": view, "bars": bar_charts(view)}
        if fragment:  # the block's own template, inlined with the same style sheet
            block = env.get_template(FRAGMENT_TEMPLATE).render(context)
            css = env.get_template(STYLE_SHEET).render()
            return str(
                css_inline.inline_fragment(block.strip(), css, load_remote_stylesheets=False)
            )
        html = env.get_template(MAIL_TEMPLATE).render(context)
    inlined: str = css_inline.inline(
        html, load_remote_stylesheets=False, keep_style_tags=False, keep_link_tags=False
    )
    return inlined


def render_email_text(briefing: Briefing) -> str:
    """A readable plain-text briefing (not stripped HTML): sections, bullets, facts, comparison.

    Lines are not hard-wrapped: mail clients wrap plain text to the window, and a sentence on one
    line stays searchable and never breaks twice on a phone.
    """
    view = briefing_view(briefing)
    lines = [briefing.title, "=" * len(briefing.title), _cover_line(view), ""]
    if view.listed:  # what the message holds, before it is scrolled
        lines += [f"  {n}. {_dated(s)}" for n, s in enumerate(view.sections, start=1)] + [""]
    for number, section in enumerate(view.sections, start=1):
        lines += _text_section(number, section)
    if len(view.sections) > 1:
        lines += _text_comparison(view)
    if any(s.unnamed for s in view.sections):  # a section's line left some unnamed: all here
        lines += ["Nguồn", "-----", *(f"  - {_source_text(s)}" for s in _all_sources(view)), ""]
    lines.append(f"-- \nTạo bởi {view.generator}")
    return "\n".join(lines).rstrip() + "\n"


def _dated(section: Section) -> str:
    """A contents line: the title, then its day after "·" as the meta lines give it (in brackets
    a stand-in's own brackets nested: "(01/03/2026 (ngày đăng))")."""
    when = section.conference.when
    return f"{section.conference.title} · {when.label}" if when else section.conference.title


def _cover_line(view: BriefingView) -> str:
    created = view.briefing.created.strftime("%d/%m/%Y %H:%M")
    counts = f"{len(view.sections)} hội nghị · {len(view.briefing.articles)} bài báo"
    return f"Lập ngày {created} · {counts}"


def _text_section(number: int, section: Section) -> list[str]:
    conference = section.conference
    heading = f"{number}. {conference.title}"
    lines = [heading, "-" * len(heading)]
    lines.append(f"Địa điểm: {conference.place_shown} · Ngày: {conference.day_shown}")
    more = f" và {section.unnamed} bài khác" if section.unnamed else ""
    named = "; ".join(map(_source_text, section.named))
    lines.append(f"Nguồn ({len(section.sources)} bài): {named}{more}")
    if section.foreign_note:
        lines.append(f"Lưu ý: {section.foreign_note}")
    lines += ["", "Tóm tắt:"] + [f"  • {s.text}" for s in conference.summary]
    if conference.facts:
        lines += ["", "Số liệu:"] + [
            f"  - {f.label}: {said(f)}" if f.label else f"  - {said(f)}" for f in conference.facts
        ]
    for heading, people in conference.people_lists:
        lines += ["", f"{heading}:"] + [
            f"  - {p.shown(mark=f' ({mark})' if (mark := conference.listed_mark(p)) else '')}"
            for p in people
        ]
    if conference.organisations:
        lines += ["", "Cơ quan, tổ chức: " + "; ".join(conference.organisations)]
    return [*lines, ""]


def _all_sources(view: BriefingView) -> list[Source]:
    return [source for section in view.sections for source in section.sources]


def _source_text(source: Source) -> str:
    """ "Title (site · author · ngày đăng 02/11/2024) <link>" as far as the source says."""
    stated = f" ({source.meta.stated})" if source.meta.stated else ""
    link = f" <{source.meta.link}>" if source.meta.link else ""
    return f"{source.title}{stated}{link}"


def _text_comparison(view: BriefingView) -> list[str]:
    lines = ["So sánh các hội nghị", "-" * 20]
    for row in view.comparison:
        pairs = list(zip(view.sections, row.values, strict=True))
        lines += ["", f"{row.label}:", *(f"  - {s.label}: {v}" for s, v in pairs if v is not None)]
        silent = [s.label for s, v in pairs if v is None]
        lines += [f"  (không nêu: {'; '.join(silent)})"] if silent else []
    if view.shared:
        lines += [
            "",
            "Số liệu cùng chỉ tiêu:",
            *_text_table(view, view.shared, "Chỉ tiêu", view.shared_columns),
        ]
    return [*lines, ""]


def _text_table(
    view: BriefingView, rows: Sequence[ComparisonRow], corner: str, shown: Sequence[int]
) -> list[str]:
    """Rows under one column per conference `shown`, numbers right-aligned, TEXT_COLUMNS per
    block."""
    out: list[str] = []
    for start in range(0, len(shown), TEXT_COLUMNS):
        columns = shown[start : start + TEXT_COLUMNS]
        header = [corner, *(view.sections[i].label for i in columns)]
        body = [[r.label, *(_cell(r.values[i]) for i in columns)] for r in rows]
        out += ([""] if out else []) + _aligned([header, *body])
    return out


def _cell(value: str | None) -> str:
    return value if value is not None else "—"


def _aligned(table: list[list[str]]) -> list[str]:
    widths = [max(len(row[i]) for row in table) for i in range(len(table[0]))]
    return [
        "  ".join(c.ljust(w) if i == 0 else c.rjust(w)
                  for i, (c, w) in enumerate(zip(row, widths, strict=True))).rstrip()
        for row in table
    ]  # fmt: skip


def build_message(
    briefing: Briefing,
    *,
    sender: str,
    recipients: Sequence[str],
    subject: str | None = None,
    attach_pdf: bool = False,
    templates: str | None = None,
) -> EmailMessage:
    """multipart/alternative (text + HTML), inside multipart/mixed when the PDF is attached
    (`attach_pdf`: the briefing's PDF, rendered here from the same templates)."""
    if subject is not None and not subject.isprintable():  # a line break would forge headers
        raise MailError("the subject must be one line of text, without control characters")
    message = EmailMessage()
    _set_subject(message, subject or f"{briefing.title} — {briefing.created.strftime('%d/%m/%Y')}")
    message["From"] = _addresses([sender])[0]
    if recipients:
        message["To"] = _addresses(recipients)
    message["Date"] = format_datetime(briefing.created)
    message["Message-ID"] = make_msgid(domain=_domain(sender))
    # the stamp by which a rerun knows its own message in a folder it reads (text/files.py)
    message["X-Mailer"] = f"summarize {__version__}"
    message.set_content(render_email_text(briefing), cte="quoted-printable")
    message.add_alternative(
        render_email_html(briefing, templates=templates), subtype="html", cte="quoted-printable"
    )
    if attach_pdf:
        from .html import render_html
        from .pdf import render_pdf  # WeasyPrint is heavy: imported only when a PDF is attached

        pdf = render_pdf(render_html(briefing, templates=templates), title=briefing.title)
        message.add_attachment(pdf, maintype="application", subtype="pdf", filename="briefing.pdf")
    return message


def _set_subject(message: EmailMessage, subject: str) -> None:
    """The Subject, encoded so that a long one keeps its spaces. The e-mail library folds a
    Vietnamese subject between two encoded words at a space, which RFC 2047 tells readers to
    drop ("cải cách" arrived as "cảicách"); email.header keeps each space inside a word."""
    if subject.isascii():
        message["Subject"] = subject
    else:
        message.set_raw("Subject", Header(subject, "utf-8", header_name="Subject").encode())


def _addresses(values: Sequence[str]) -> list[Address]:
    """Parsed addresses; Vietnamese display names are encoded per RFC 2047 on output.

    A line break in a value would add headers (`a@x\r\nBcc: b@y` mails b@y too), and an empty
    value is no address: both are refused, as a subject with a line break is.
    """
    for value in values:
        if not value.strip() or not value.isprintable():
            raise MailError(f"not an e-mail address: {value!r}"[:300])
    out = []
    for name, addr in getaddresses(list(values)):
        if "@" not in addr:
            raise MailError(f"not an e-mail address: {addr or name!r}")
        user, _, domain = addr.rpartition("@")
        out.append(
            Address(display_name=name, username=_ascii(user, addr), domain=_idna(domain, addr))
        )
    return out


def _ascii(user: str, addr: str) -> str:
    """The part before @: a message in 7 bits cannot carry it in any other letters."""
    if not user.isascii():
        raise MailError(f"not an e-mail address: {addr!r} (the part before @ must be ASCII)")
    return user


def _idna(domain: str, addr: str) -> str:
    """A domain in Vietnamese (bộ.vn) as the ASCII name mail servers deliver to (xn--b-...):
    left as it was, it went out as an encoded word inside the address, which none delivers."""
    try:
        return domain if domain.isascii() else domain.encode("idna").decode("ascii")
    except UnicodeError as error:
        raise MailError(f"not an e-mail address: {addr!r}") from error


def check_addresses(sender: str, recipients: Sequence[str]) -> None:
    """A MailError for any address build_message would refuse, before any work is done."""
    _addresses([sender, *recipients])


def _domain(sender: str) -> str:
    return getaddresses([sender])[0][1].rpartition("@")[2] or "localhost"


def write_eml(message: EmailMessage, path: str | os.PathLike[str]) -> None:
    """The message as an .eml file, written atomically."""
    write_bytes(path, message.as_bytes())


@dataclass(frozen=True, slots=True, kw_only=True)
class SmtpSettings:
    """Where and how to send; credentials come from here or the environment, never from disk."""

    host: str = "localhost"
    port: int | None = None
    security: str = "starttls"
    username: str | None = None
    password: str | None = field(default=None, repr=False)  # never shown in logs or tracebacks
    timeout: float = 30.0

    def __post_init__(self) -> None:
        if self.security not in SECURITY:
            raise MailError(f"security must be one of {', '.join(SECURITY)}")
        if self.port is not None and not 1 <= self.port <= MAX_PORT:
            raise MailError(f"the SMTP port must be 1 to {MAX_PORT}, not {self.port}")

    @classmethod
    def from_environment(cls, **given: object) -> SmtpSettings:
        """SUMMARIZE_SMTP_HOST/PORT/USER/PASSWORD fill what the caller did not give."""
        env = os.environ
        values = {k: v for k, v in given.items() if v is not None}
        values.setdefault("host", env.get("SUMMARIZE_SMTP_HOST", "localhost"))
        if "port" not in values and env.get("SUMMARIZE_SMTP_PORT"):
            values["port"] = port_number(env["SUMMARIZE_SMTP_PORT"], "SUMMARIZE_SMTP_PORT")
        values.setdefault("username", env.get("SUMMARIZE_SMTP_USER"))
        values.setdefault("password", env.get("SUMMARIZE_SMTP_PASSWORD"))
        return cls(**values)  # type: ignore[arg-type]


MAX_PORT = 65535


def port_number(text: str, name: str = "port") -> int:
    """A TCP port from text: a whole number 1 to 65535 (0 would mean "the default", a larger one
    wraps around in the socket layer, so both are refused)."""
    value = text.strip()
    if not value.isdigit() or len(value) > 5 or not 1 <= int(value) <= MAX_PORT:
        raise MailError(f"{name} must be a port number 1 to {MAX_PORT}, not {text!r}"[:200])
    return int(value)


def send_message(message: EmailMessage, settings: SmtpSettings) -> None:
    """Send through SMTP; every failure becomes a MailError naming the server or the recipient.
    `settings.timeout` bounds each wait and a deadline the whole conversation: a server that
    answered a byte within each wait held the send forever."""
    port = settings.port or {"ssl": 465, "starttls": 587, "none": 25}[settings.security]
    where = f"{settings.host}:{port}"
    deadline = _Deadline(SEND_DEADLINE_SECONDS)
    try:
        with deadline, _connect(settings, port, deadline) as smtp:
            if settings.security == "starttls":
                smtp.starttls(context=ssl.create_default_context())
            if settings.username:
                smtp.login(settings.username, settings.password or "")
            refused = smtp.send_message(message)
    except (smtplib.SMTPException, OSError) as error:
        raise _send_error(error, where, deadline) from None
    if refused:
        raise MailError(f"{where}: recipient refused: {', '.join(sorted(refused))}")


def _send_error(error: Exception, where: str, deadline: _Deadline) -> MailError:
    if deadline.passed:  # the socket was shut by the deadline: whatever failed, that is why
        return MailError(f"{where}: {deadline.reason}")
    if isinstance(error, smtplib.SMTPAuthenticationError):
        return MailError(f"{where}: authentication failed ({error.smtp_code})")
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        return MailError(f"{where}: recipient refused: {', '.join(sorted(error.recipients))}")
    if isinstance(error, smtplib.SMTPSenderRefused):
        return MailError(f"{where}: sender refused: {error.sender}")
    if isinstance(error, smtplib.SMTPException):  # before OSError: SMTPException is one
        return MailError(f"{where}: {error}")
    return MailError(f"{where}: cannot connect ({error.__class__.__name__}: {error})")


SEND_DEADLINE_SECONDS = 300.0  # for the whole send: connection, greeting, TLS, login, message


class _Deadline:
    """Shuts the connection down once the deadline passes: the wait in progress (a read, a
    write, the TLS handshake) ends at once, as a disconnected server's would."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.passed = False
        self._socket: socket.socket | None = None  # a duplicate: survives TLS wrapping
        self._timer = threading.Timer(seconds, self._shut)
        self._timer.daemon = True
        self._guard = threading.Lock()

    @property
    def reason(self) -> str:
        return f"the server did not finish the conversation within {self.seconds:g} s"

    def watch(self, sock: socket.socket) -> None:
        with self._guard:
            self._socket = sock.dup()
            if self.passed:
                self._socket.shutdown(socket.SHUT_RDWR)

    def _shut(self) -> None:
        with self._guard:
            self.passed = True
            if self._socket is not None:
                with contextlib.suppress(OSError):  # already closed by the other side
                    self._socket.shutdown(socket.SHUT_RDWR)

    def __enter__(self) -> _Deadline:
        self._timer.start()
        return self

    def __exit__(self, *_: object) -> None:
        self._timer.cancel()
        with self._guard:
            if self._socket is not None:
                self._socket.close()


def _connect(settings: SmtpSettings, port: int, deadline: _Deadline) -> smtplib.SMTP:
    """A connection whose socket the deadline watches from the start (the greeting is read while
    connecting, the TLS handshake too)."""
    if settings.security == "ssl":
        context = ssl.create_default_context()
        return _WatchedSSL(settings.host, port, deadline, timeout=settings.timeout, context=context)
    return _Watched(settings.host, port, deadline, timeout=settings.timeout)


class _Watching(smtplib.SMTP):
    """Hands the socket to the deadline as soon as it is made."""

    deadline: _Deadline

    def _get_socket(self, host: str, port: int, timeout: float) -> socket.socket:
        sock: socket.socket = super()._get_socket(host, port, timeout)  # type: ignore[misc]
        self.deadline.watch(sock)
        return sock


class _Watched(_Watching):
    def __init__(self, host: str, port: int, deadline: _Deadline, **given: Any) -> None:
        self.deadline = deadline
        super().__init__(host, port, **given)


class _WatchedSSL(smtplib.SMTP_SSL, _Watching):
    """SMTP_SSL wraps the socket _Watching made (and handed over) before its handshake."""

    def __init__(self, host: str, port: int, deadline: _Deadline, **given: Any) -> None:
        self.deadline = deadline
        super().__init__(host, port, **given)
