"""How the local page's server was started: read by the routes (app.py) and the actions behind
them (actions.py), so it lives apart from both."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..models import DEFAULT_MAX_BYTES, Options
from ..render.mail import SmtpSettings


@dataclass(frozen=True, slots=True)
class WebSettings:
    """How the server was started; `samples` is a folder the page offers to load (seeds/)."""

    root: Path
    options: Options = field(default_factory=Options)
    samples: Path | None = None
    max_file_bytes: int = DEFAULT_MAX_BYTES
    max_request_bytes: int = 200 * 1024 * 1024
    max_files: int = 500  # per upload, and articles per session
    smtp: SmtpSettings | None = None
    sender: str = "summarize <briefing@localhost>"
    hosts: tuple[str, ...] = ("127.0.0.1", "localhost")
