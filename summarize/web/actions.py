"""What the routes do to a session: add articles, correct, render outputs. All through the
library API the command line uses (build_briefing, apply_corrections, render_html/pdf, mail)."""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from email.utils import getaddresses
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from .. import corrections as edits
from ..corrections import Corrections, candidates
from ..errors import InputError, OutputError
from ..models import Briefing, Options
from ..output import json_text, write_bytes
from ..pipeline import build_briefing
from ..text.fetch import fetch, is_link
from ..text.files import ARTICLE_SUFFIXES, is_hidden, read_bytes, walk
from .session import Session, shown_name
from .settings import WebSettings
from .view import context, corrected, find_article, find_section, render, summary_refs

MAX_TEXT = 200  # characters of an e-mail field


# --- articles in ---------------------------------------------------------------------------


def add_files(
    session: Session, settings: WebSettings, uploads: Sequence[tuple[str, bytes]]
) -> None:
    """Store what can be read, list what cannot with its reason, then rebuild in the background."""
    with session.lock:
        for name, data in uploads:
            reason = _refusal(session, settings, name, data)
            if reason == "":
                continue  # hidden files of a dropped folder (.DS_Store) are skipped, as by `walk`
            if not reason:
                reason = _stored(session, name, data)
            if reason:
                session.rejected.append((shown_name(name), reason))
        session.save()
        start_build(session, settings)


def pasted_links(text: str) -> list[str] | None:
    """The links of a paste made only of links, one a line, each once (a link pasted twice was
    fetched twice and stored as two articles); None: the paste is article text."""
    lines = list(dict.fromkeys(line.strip() for line in text.splitlines() if line.strip()))
    return lines if lines and all(is_link(line) for line in lines) else None


def add_links(session: Session, settings: WebSettings, links: Sequence[str]) -> None:
    """Fetch each link within the CLI's bounds (http(s) only, private addresses refused unless
    the server allows them); a link that cannot be read is listed with its reason, as a file is."""
    uploads = []
    for link in links[: settings.max_files]:
        try:
            fetched = fetch(
                link,
                max_bytes=settings.max_file_bytes,
                allow_private=settings.options.allow_private_links,
            )
        except InputError as error:
            with session.lock:
                session.rejected.append((link[:200], error.reason))
            continue
        host = (urlsplit(fetched.url).hostname or "trang").removeprefix("www.")
        uploads.append((f"{host}{fetched.suffix}", fetched.data))
    add_files(session, settings, uploads)


def _stored(session: Session, name: str, data: bytes) -> str | None:
    """Store the upload; why it could not be (a full disk), or None."""
    try:
        session.store(name, data)
    except OutputError as error:
        return f"không lưu được: {error.reason}"
    return None


def _refusal(session: Session, settings: WebSettings, name: str, data: bytes) -> str | None:
    """Why an upload is not stored (None: stored; "": skipped without a word)."""
    shown = shown_name(name)
    if is_hidden(shown):
        return ""
    if shown.startswith("~$"):  # as files.walk_folder: Word's lock beside an open document
        return "tệp khóa Word tạo khi tài liệu đang mở, không phải bài báo"
    suffix = Path(shown).suffix.lower()
    if suffix not in ARTICLE_SUFFIXES:
        kinds = ", ".join(sorted(ARTICLE_SUFFIXES))
        return f"định dạng không hỗ trợ ({suffix or 'không có đuôi'}); nhận {kinds}"
    if len(data) > settings.max_file_bytes:
        return f"quá lớn: tối đa {settings.max_file_bytes:,} byte".replace(",", ".")
    if len(session.input_files()) >= settings.max_files:
        return f"đã đủ {settings.max_files} bài trong phiên này"
    return None


def add_samples(session: Session, settings: WebSettings) -> None:
    """The sample articles the server was started with (the person names no path), each read
    as the command line reads a file: a FIFO among them hung the request (Path.read_bytes
    waited for a writer), a huge one was read whole; now each is listed with its reason."""
    assert settings.samples is not None
    uploads, refused = [], []
    try:
        files = walk(settings.samples, ARTICLE_SUFFIXES)
    except InputError as error:  # the folder was moved away after the server started
        files = []
        refused.append((shown_name(str(settings.samples)), error.reason))
    for path in files:
        try:
            uploads.append((path.name, read_bytes(path, settings.max_file_bytes)))
        except InputError as error:
            refused.append((shown_name(path.name), error.reason))
    with session.lock:
        session.rejected.extend(refused)
    add_files(session, settings, uploads)


def start_build(session: Session, settings: WebSettings) -> None:
    """Build the briefing in a thread; the page polls `session.job` for its progress bar."""
    job = session.job
    if job.running:
        job.again = True  # a drop during a build: build once more when this one ends
        return
    job.running, job.done, job.total, job.error = True, 0, len(session.input_files()), None
    threading.Thread(target=_build_loop, args=(session, settings), daemon=True).start()


def _build_loop(session: Session, settings: WebSettings) -> None:
    job = session.job
    while True:
        job.again = False
        try:
            base = _build(session, settings.options, _progress(session))
        except Exception as error:  # shown on the page, never a dead server
            job.error = f"Lỗi khi tóm tắt: {error}"
            base = None
        with session.lock:
            if not job.again:
                session.base = base
                job.running = False
                return


def _progress(session: Session) -> Callable[[int, int], None]:
    def update(done: int, total: int) -> None:
        session.job.done, session.job.total = done, total

    return update


def _build(
    session: Session, options: Options, progress: Callable[[int, int], None]
) -> Briefing | None:
    files = session.input_files()
    return build_briefing(files, options, on_progress=progress) if files else None


def ensure_built(session: Session, settings: WebSettings) -> None:
    """After a restart the briefing is built again from the stored articles, before showing."""
    if session.base is None and not session.job.running and session.input_files():
        session.base = _build(session, settings.options, _progress(session))


# --- corrections ---------------------------------------------------------------------------


def correct(session: Session, options: Options, body: Any) -> None:
    """One correction from the page: `{"action": ..., "section": label, ...}`."""
    if not isinstance(body, dict) or not isinstance(body.get("action"), str):
        raise ValueError("yêu cầu không hợp lệ")
    with session.lock:
        briefing = corrected(session, options)
        if briefing is None:
            raise ValueError("chưa có bản tin")
        session.correct(_edit(session.corrections, briefing, body))


def _edit(corrections: Corrections, briefing: Briefing, body: dict[str, Any]) -> Corrections:
    action, label = body["action"], _text(body, "section")
    summary = summary_refs(briefing, label)
    if action == "remove":
        return edits.remove_sentence(corrections, label, summary, _text(body, "ref"))
    if action == "add":
        return edits.add_sentence(corrections, label, summary, _text(body, "ref"))
    if action in ("up", "down"):
        offset = -1 if action == "up" else 1
        return edits.move_sentence(corrections, label, summary, _text(body, "ref"), offset)
    if action == "length":
        # checked by the correction file's rule (a whole number, 1 to 100): int() of the
        # JSON number 1e400 raised OverflowError, a 500
        return edits.set_length(corrections, label, body["sentences"])
    if action == "title":
        return edits.rename_section(corrections, label, _text(body, "title"))
    if action == "briefing-title":
        return edits.rename_briefing(corrections, _text(body, "title"))
    if action == "move":
        return edits.move_article(corrections, _text(body, "article"), label, _text(body, "to"))
    if action == "split":
        return edits.split_article(corrections, _text(body, "article"), label)
    if action in ("exclude", "include"):
        return edits.exclude_article(corrections, _text(body, "article"), action == "exclude")
    raise ValueError(f"không biết thao tác {action!r}")


def _text(body: dict[str, Any], name: str) -> str:
    value = body.get(name, "")
    if not isinstance(value, str) or len(value) > 1000:
        raise ValueError(f"{name} không hợp lệ")
    return value


def context_html(session: Session, options: Options, key: str, index: str) -> str:
    """The article a summary sentence comes from, the sentence marked."""
    with session.lock:
        result = find_article(session.base, key) if session.base else None
    if result is None or not index.isdigit():
        return render("_context.html.j2", result=None, paragraphs=())
    return render("_context.html.j2", result=result, paragraphs=context(result, int(index)))


def candidates_html(session: Session, options: Options, label: str) -> str:
    """The section's other sentences, best first, to add to its summary."""
    with session.lock:
        briefing = corrected(session, options)
        section = find_section(briefing, label) if briefing else None
        found = candidates(briefing, section, options) if briefing and section else ()
        keys = edits.article_keys(briefing.articles) if briefing else {}
    refs = [(edits.sentence_ref(keys[s.article], s), s.text) for s in found]
    return render("_candidates.html.j2", label=label, sentences=refs)


# --- outputs ---------------------------------------------------------------------------------

MEDIA = {
    "pdf": ("application/pdf", "briefing.pdf"),
    "html": ("text/html; charset=utf-8", "briefing.html"),
    "json": ("application/json", "briefing.json"),
}


def download(session: Session, options: Options, kind: str) -> tuple[bytes, str, str] | None:
    """briefing.pdf/.html/.json of the corrected briefing, also written beside corrections.json."""
    from ..render.html import render_html
    from ..render.serialize import briefing_to_dict

    if kind not in MEDIA:
        return None
    with session.lock:
        briefing = corrected(session, options)
    if briefing is None:
        return None
    media, name = MEDIA[kind]
    if kind == "json":
        data = json_text(briefing_to_dict(briefing)).encode()
    elif kind == "html":
        data = render_html(briefing).encode()
    else:
        data = _pdf(briefing)
    write_bytes(session.folder / name, data)
    return data, media, name


def _pdf(briefing: Briefing) -> bytes:
    from ..render.html import render_html
    from ..render.pdf import render_pdf

    return render_pdf(render_html(briefing), title=briefing.title)


def eml(session: Session, settings: WebSettings, body: Any) -> bytes:
    """A ready-to-send message with the PDF attached; the To and Subject fields are kept."""
    message = _message(session, settings, body)
    data: bytes = message.as_bytes()
    write_bytes(session.folder / "briefing.eml", data)
    return data


def send(session: Session, settings: WebSettings, body: Any) -> list[str]:
    from ..render.mail import send_message

    assert settings.smtp is not None
    message = _message(session, settings, body)
    send_message(message, settings.smtp)
    return [addr for _, addr in getaddresses([str(message["To"] or "")])]


def _message(session: Session, settings: WebSettings, body: Any) -> Any:
    from ..render.mail import build_message

    fields = body if isinstance(body, dict) else {}
    to = str(fields.get("to", ""))[:MAX_TEXT]
    subject = " ".join(str(fields.get("subject", "")).split())[:MAX_TEXT]
    with session.lock:
        session.mail = {"to": to, "subject": subject}
        session.save()
        briefing = corrected(session, settings.options)
    if briefing is None:
        raise ValueError("chưa có bản tin")
    recipients = [to] if to.strip() else []  # read as the command line's --to is
    return build_message(briefing, sender=settings.sender, recipients=recipients,
                         subject=subject or None, attach_pdf=True)  # fmt: skip
