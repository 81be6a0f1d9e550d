"""A saved e-mail (.eml) -> its body (the HTML part preferred) and the attachments worth reading.

Press offices forward articles by e-mail: as the message's own HTML, or attached as a page, a
Word file or a PDF. The standard library decodes every transfer encoding and charset; base64
never reaches a summary. The Subject is the title, the Date the day it was sent (a saved
page in the HTML part keeps its own publication date).
"""

from __future__ import annotations

import base64
import codecs
import re
from dataclasses import dataclass
from datetime import date
from email import errors, policy
from email.message import EmailMessage, MIMEPart
from email.parser import BytesParser
from email.utils import parsedate_to_datetime
from pathlib import PurePath

from ..errors import DecodingError, InputError
from ..models import DateKind, Metadata
from .normalize import one_line

_REPLY = re.compile(r"^\s*((fwd?|tr|re|trả lời|chuyển tiếp)\s*:\s*)+", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Mail:
    """A message's readable parts: `body` is (format, text); attachments are (name, bytes)."""

    body: tuple[str, str] | None
    attachments: tuple[tuple[str, bytes], ...]
    title: str | None
    meta: Metadata


def read_eml(data: bytes, source: str, suffixes: frozenset[str]) -> Mail:
    """The message's body and its attachments whose names end in one of `suffixes`. The e-mail
    library recurses once a level of parts: thousands of levels (a 100 KB file) raised
    RecursionError, a traceback."""
    try:
        message = BytesParser(policy=policy.default).parsebytes(data)
        if not isinstance(message, EmailMessage) or not (message.keys() or message.get_payload()):
            raise DecodingError(source, "not an e-mail message (.eml)")
        meta = Metadata(published=_date(message), author=_sender(message), dated=DateKind.SENT)
        body, attachments = _body(message, source), _attachments(message, suffixes)
    except RecursionError as error:
        raise DecodingError(
            source, "cannot read this e-mail: its parts are nested too deep"
        ) from error
    return Mail(body, attachments, _subject(message), meta)


def _body(message: EmailMessage, source: str) -> tuple[str, str] | None:
    part = message.get_body(preferencelist=("html", "plain"))
    if part is None:
        return None
    try:
        text = _declared_text(part, source) if _declared(part) else _undeclared(part, source)
    except (LookupError, UnicodeDecodeError) as error:
        raise DecodingError(source, f"cannot decode the message's text: {error}") from error
    if not isinstance(text, str) or not text.strip():
        return None
    return ("html" if part.get_content_subtype() == "html" else "txt", text)


def _payload(part: MIMEPart) -> object:
    """The part's bytes, transfer encoding undone. Base64 cut short (a file cut, a copy stopped)
    so that one letter of its last group of four is left: the library gives up and hands back
    the base64 letters themselves, which were read as the article. The whole groups are decoded
    instead; the letter left over holds less than one byte, so nothing that was there is lost."""
    _plain_transfer_encoding(part)
    payload = part.get_payload(decode=True)
    cut = any(isinstance(d, errors.InvalidBase64LengthDefect) for d in part.defects)
    if cut and isinstance(payload, bytes):
        letters = _NOT_BASE64.sub(b"", payload)
        return base64.b64decode(letters[: len(letters) // 4 * 4])
    return payload


_NOT_BASE64 = re.compile(rb"[^A-Za-z0-9+/]")


def _plain_transfer_encoding(part: MIMEPart) -> None:
    """`Content-Transfer-Encoding: base64 ` (a space after it, or a comment): the library parses
    the header's token right but decodes by comparing the raw value, so the base64 letters
    themselves were read as the article. The header is set to its token."""
    header = part.get("content-transfer-encoding")
    token = getattr(header, "cte", None)
    if isinstance(token, str) and str(header).lower() != token:
        part.replace_header("content-transfer-encoding", token)


def _declared_text(part: MIMEPart, source: str) -> str:
    """A text part in the charset it names (as the library's get_content reads it), unless its
    bytes say the name is wrong: UTF-8 labelled us-ascii (many mailers' default) was read as
    "H���i ngh���", and labelled Latin-1 or Windows-1252 (which cannot write Vietnamese) as
    "Há»™i nghá»‹"; such a part is decoded as a text file is."""
    payload = _payload(part)
    if not isinstance(payload, bytes):
        return str(part.get_content())
    charset = str(part.get_param("charset"))
    try:
        text = payload.decode(charset)
        if payload.isascii() or codecs.lookup(charset).name not in _WESTERN:
            return text
        payload.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        return payload.decode("utf-8")
    return _undeclared(part, source) or payload.decode(charset, errors="replace")


_WESTERN = frozenset({"ascii", "iso8859-1", "cp1252"})  # codecs' own names


def _declared(part: MIMEPart) -> bool:
    """Does the text part name a charset the e-mail library knows?"""
    charset = part.get_param("charset")
    if not isinstance(charset, str):
        return False
    try:
        codecs.lookup(charset)
    except LookupError:
        return False
    return True


def _undeclared(part: MIMEPart, source: str) -> str:
    """A text part with no charset, or one no codec has, decoded as a text file is (UTF-8,
    UTF-16, Windows-1258): the library read the UTF-8 of "Hội nghị" as ASCII, "H���i ngh���", a
    summary of replacement characters flagged "not Vietnamese"."""
    from .load import decode_bytes

    payload = _payload(part)
    if not isinstance(payload, bytes) or not payload.strip():
        return ""  # a message that only carries attachments
    try:
        return decode_bytes(payload, source)
    except InputError:  # not text we can decode either: the library's reading, as before
        return str(part.get_content())


def _attachments(message: EmailMessage, suffixes: frozenset[str]) -> tuple[tuple[str, bytes], ...]:
    """Attachments worth reading; a message that is one forwarded message (message/rfc822 at
    the top, no multipart around it) has that message as its one attachment."""
    found = []
    parts = [message] if message.get_content_type() == "message/rfc822" else []
    for part in [*parts, *message.iter_attachments()]:
        if not isinstance(part, EmailMessage):
            continue
        if part.get_content_type() == "message/rfc822":
            inner = part.get_content()
            found.append(("forwarded.eml", bytes(inner.as_bytes())))
            continue
        name = PurePath(part.get_filename() or "").name
        if PurePath(name).suffix.lower() in suffixes:
            payload = _payload(part)
            if isinstance(payload, bytes):
                found.append((name, payload))
    return tuple(found)


def _subject(message: EmailMessage) -> str | None:
    subject = _REPLY.sub("", one_line(str(message.get("Subject") or ""))).strip()
    return subject or None


def _date(message: EmailMessage) -> date | None:
    raw = message.get("Date")
    if not raw:
        return None
    try:
        return parsedate_to_datetime(str(raw)).date()
    except (TypeError, ValueError, IndexError):
        return None


def _sender(message: EmailMessage) -> str | None:
    """The From header's name, or None; a header the library's address parser breaks on is None:
    cut inside its address ("Văn <") it raised IndexError, run into the next header ("From:
    Content-Type: …", a group) AttributeError, each a traceback that ended `report`."""
    try:
        sender = message.get("From")
        addresses = getattr(sender, "addresses", ())
    except (AttributeError, IndexError, TypeError, ValueError):
        return None
    if addresses:
        return one_line(str(addresses[0].display_name or addresses[0].addr_spec)) or None
    return None
