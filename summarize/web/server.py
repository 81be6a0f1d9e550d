"""`summarize serve`: bind the address first (a clear message when the port is taken), then
let uvicorn serve the page on that socket."""

from __future__ import annotations

import errno
import os
import socket
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from ..errors import OutputError, SummarizeError
from ..output import lock_or_refuse
from .app import create_app
from .settings import WebSettings

LOOPBACK = "127.0.0.1"


def is_loopback(host: str) -> bool:
    """Does `--host` name this machine only (127.0.0.0/8, IPv6's ::1, localhost)? ::1 was taken
    for a network address: a false warning, and any Host header taken (no DNS rebinding
    guard)."""
    import ipaddress

    try:
        return host == "localhost" or ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def served_names(host: str, bound: str) -> tuple[str, ...]:
    """The Host names a page bound to the address `bound` (for `--host host`) answers: on a
    loopback address, that address as the browser writes it (an IPv6 one in brackets),
    localhost, and the name given (one of /etc/hosts); on any other address, every name (as
    asked). Judged by the address bound: `--host 127.1` (127.0.0.1) was warned about as open to
    the network and took any Host header (no DNS rebinding guard)."""
    if not is_loopback(bound):
        return ("*",)
    names = [f"[{bound}]" if ":" in bound else bound, "localhost"]
    if host and not _is_address(host):
        names.append(host)
    return tuple(dict.fromkeys(names))


def _is_address(host: str) -> bool:
    import ipaddress

    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True


class PortInUseError(SummarizeError):
    """The port is taken by another program."""


def bind(host: str, port: int) -> socket.socket:
    """A listening socket; port 0 picks a free one (tests)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError as error:
        sock.close()
        if error.errno == errno.EADDRINUSE:
            raise PortInUseError(
                f"port {port} on {host} is already in use; choose another with --port N"
            ) from error
        raise SummarizeError(f"cannot listen on {host}:{port}: {error.strerror}") from error
    sock.listen(128)
    return sock


def address(sock: socket.socket) -> str:
    host, port = sock.getsockname()[:2]
    shown = f"[{host}]" if ":" in host else host
    return f"http://{shown}:{port}/"


def bound_address(sock: socket.socket) -> str:
    """The address the socket listens on (0.0.0.0 for `--host ''`, 127.0.0.1 for 127.1)."""
    return str(sock.getsockname()[0])


def serve(
    settings: WebSettings, host: str, port: int, announce: Callable[[str], None] = print
) -> None:
    """Serve until interrupted; `announce` gets the address once the socket is bound."""
    import uvicorn

    sock = bind(host, port)
    try:
        settings = replace(settings, hosts=served_names(host, bound_address(sock)))
        app = create_app(settings)  # the sessions' folder is made (and found writable) here
        held = hold_sessions(settings.root)
    except BaseException:
        sock.close()
        raise
    try:
        config = uvicorn.Config(app, log_level="warning", access_log=False, lifespan="off")
        announce(address(sock))
        uvicorn.Server(config).run(sockets=[sock])
    finally:
        os.close(held)


SERVE_LOCK = ".summarize-serve.lock"
SERVED = "another summarize serve uses this folder for its sessions; stop it or choose another -o"


def hold_sessions(root: Path) -> int:
    """Lock the sessions' folder for this server (flock on a hidden file in it; the kernel drops
    it when the process dies): a second server on the same -o held the same sessions twice in
    memory, and each overwrote the other's state files. A batch's lock is on the folder itself,
    so `report -o` into it does not wait on a server that runs for days."""
    try:
        fd = os.open(root / SERVE_LOCK, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
    except OSError as error:
        raise OutputError(str(root), error.strerror or str(error)) from error
    return lock_or_refuse(fd, root, SERVED, "run one server at a time on it")
