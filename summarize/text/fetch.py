"""A link -> the bytes of the page it names, fetched within bounds.

A link given to `summarize report` or listed for `batch` is fetched with httpx: http and https
only; never a private, loopback or link-local address (a link must not make the tool read the
user's router or a service on the machine) unless the user allows it; every redirect checked the
same way and their number bounded; a timeout for each wait and a deadline for the whole page (a
server that sends a byte now and then would otherwise hold the run forever); a size cap read from
the stream, not trusted from the headers. A file is read for what its bytes are (a PDF served as
application/octet-stream is a PDF). Every way it can fail is an InputError naming the link, never
a traceback.
"""

from __future__ import annotations

import io
import ipaddress
import socket
import time
import zipfile
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from ..errors import InputError, TooLargeError
from .files import too_large

SCHEMES = ("http", "https")
MAX_REDIRECTS = 5
DEFAULT_TIMEOUT = 20.0  # seconds, for connecting and for each read
DEADLINE_SECONDS = 120.0  # for the whole page, redirects included
#: Content types and the file suffix their bytes are read as.
SUFFIX_OF_TYPE = {
    "text/html": ".html",
    "application/xhtml+xml": ".html",
    "text/plain": ".txt",
    "text/markdown": ".md",
    "application/pdf": ".pdf",
    "application/rtf": ".rtf",
    "text/rtf": ".rtf",
    "application/vnd.oasis.opendocument.text": ".odt",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ".docx",
    "message/rfc822": ".eml",
}


@dataclass(frozen=True, slots=True)
class Fetched:
    """A fetched page: where it ended up (after redirects), its bytes and how to read them."""

    url: str
    data: bytes
    suffix: str


def is_link(text: str) -> bool:
    """Does the user's argument name a link rather than a file? (`scheme://...`)"""
    scheme, _, rest = text.partition("://")
    return bool(rest) and scheme.isalpha() and len(scheme) > 1


def fetch(
    url: str, *, max_bytes: int, timeout: float = DEFAULT_TIMEOUT, allow_private: bool = False
) -> Fetched:
    """The page at `url`, following at most MAX_REDIRECTS redirects, each one checked."""
    import httpx

    current = url
    deadline = time.monotonic() + DEADLINE_SECONDS
    with httpx.Client(timeout=timeout, follow_redirects=False, trust_env=False) as client:
        for _ in range(MAX_REDIRECTS + 1):
            check_link(current, url, allow_private=allow_private)
            try:
                with client.stream("GET", current, headers={"Accept": "text/html,*/*"}) as reply:
                    if reply.is_redirect and "location" in reply.headers:
                        current = urljoin(current, reply.headers["location"])
                        continue
                    return _received(reply, url, current, max_bytes, deadline)
            except httpx.TimeoutException as error:
                raise InputError(url, f"no answer within {timeout:g} s") from error
            except httpx.HTTPError as error:
                raise InputError(url, f"cannot fetch: {_network_reason(error)}") from error
            except (httpx.InvalidURL, UnicodeError, ValueError) as error:  # idna's, urllib's
                raise InputError(url, f"not a valid link: {_lower(str(error))}") from error
    raise InputError(url, f"more than {MAX_REDIRECTS} redirects")


def _received(reply: object, url: str, final: str, max_bytes: int, deadline: float) -> Fetched:
    import httpx

    assert isinstance(reply, httpx.Response)
    if reply.status_code >= 400:
        raise InputError(url, f"the server answered HTTP {reply.status_code} {reply.reason_phrase}")
    declared = reply.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        raise TooLargeError(url, too_large(int(declared), max_bytes))
    chunks, size = [], 0
    for chunk in reply.iter_bytes():
        size += len(chunk)
        if size > max_bytes:
            raise TooLargeError(url, too_large(size, max_bytes))
        if time.monotonic() > deadline:
            raise InputError(url, f"the page did not arrive whole within {DEADLINE_SECONDS:g} s")
        chunks.append(chunk)
    kind = reply.headers.get("content-type", "").split(";")[0].strip().lower()
    data = b"".join(chunks)
    return Fetched(final, data, sniffed_suffix(data) or SUFFIX_OF_TYPE.get(kind, ".html"))


#: What an OpenDocument text's `mimetype` part says.
_ODT = b"application/vnd.oasis.opendocument.text"


def sniffed_suffix(data: bytes) -> str | None:
    """The suffix of a file whose bytes say what it is (PDF, RTF, Word, OpenDocument text), or
    None: offices' sites serve their files as application/octet-stream or under a page's type,
    and read as a page they were refused as binary data with advice to rename them."""
    if data.startswith(b"%PDF-"):
        return ".pdf"
    if data.lstrip()[:5] == b"{\\rtf":
        return ".rtf"
    if not data.startswith(b"PK\x03\x04"):
        return None
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            if "word/document.xml" in names:
                return ".docx"
            if "mimetype" in names and archive.open("mimetype").read(len(_ODT)) == _ODT:
                return ".odt"
    except (zipfile.BadZipFile, ValueError, OSError, KeyError):
        return None
    return None


def check_link(link: str, named: str, *, allow_private: bool = False) -> None:
    """Refuse a link that is not http(s), or whose host is a private or local address."""
    try:
        parts = urlsplit(link)
        host, port = parts.hostname, parts.port
    except ValueError as error:  # "Invalid IPv6 URL", a port out of range
        raise InputError(named, f"not a valid link: {_lower(str(error))}") from error
    if parts.scheme.lower() not in SCHEMES:
        raise InputError(named, f"only http and https links are fetched, not {parts.scheme}:")
    if not host:
        raise InputError(named, "a link without a host")
    if allow_private:
        return
    for address in _addresses(host, port, named):
        if not address.is_global or address.is_multicast:
            raise InputError(
                named,
                f"{host} is a private or local address ({address}); "
                "give --allow-private-links to fetch it",
            )


def _addresses(
    host: str, port: int | None, named: str
) -> list[ipaddress.IPv4Address | ipaddress.IPv6Address]:
    try:
        infos = socket.getaddrinfo(host, port or 443, type=socket.SOCK_STREAM)
    except UnicodeError as error:  # a..b, a label over 63 letters: no name to look up
        raise InputError(named, f"not a valid link: the host name {host} is malformed") from error
    except socket.gaierror as error:
        raise InputError(
            named, f"cannot resolve {host}: is this machine offline? ({error})"
        ) from error
    return [ipaddress.ip_address(str(info[4][0]).split("%")[0]) for info in infos]


def _lower(text: str) -> str:
    return text[:1].lower() + text[1:]


def _network_reason(error: Exception) -> str:
    """httpx's error as a lower-case reason, with a hint when the network is not there."""
    text = str(error) or type(error).__name__
    if "Name or service not known" in text or "unreachable" in text.lower():
        return f"{text.lower()} (is this machine offline?)"
    return text[:1].lower() + text[1:]
