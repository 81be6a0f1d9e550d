"""The routes of the local page: uploads, corrections, downloads. Every stage is the library's.

Safe by default: a session is a random id in an HttpOnly, SameSite=Strict cookie; every request
that changes something carries the session's token in `X-Token`; uploads are limited in size and
count; files are stored under names chosen here; the Host header must be the one served (a web
page elsewhere cannot reach this one through DNS rebinding).
"""

from __future__ import annotations

import functools
import hmac
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from starlette.applications import Starlette
from starlette.datastructures import UploadFile
from starlette.middleware import Middleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ..errors import OutputError, SummarizeError
from ..text.files import ARTICLE_SUFFIXES, READ_CHUNK
from ..text.normalize import json_value
from . import actions
from .session import Session, Sessions
from .settings import WebSettings
from .view import corrected, editor_view, problems, render, web_environment

COOKIE = "summarize_session"
STATIC = Path(__file__).parent / "static"
# A page, a script and a style sheet from this server only; the preview runs no script at all.
PAGE_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; "
    "form-action 'self'"
)
PREVIEW_POLICY = (
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'self'"
)


class LimitedBody:
    """Refuses a request body over the limit, whether it says its length or streams it."""

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app, self.limit = app, limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD"):
            await self.app(scope, receive, send)
            return
        length = dict(scope["headers"]).get(b"content-length")
        if length is not None and (not length.isdigit() or int(length) > self.limit):
            await _too_large(self.limit)(scope, receive, send)
            return
        seen = 0

        async def counted() -> Message:
            nonlocal seen
            message = await receive()
            seen += len(message.get("body", b""))
            if seen > self.limit:
                raise TooLarge
            return message

        try:
            await self.app(scope, counted, send)
        except TooLarge:
            await _too_large(self.limit)(scope, receive, send)


class TooLarge(Exception):
    pass


def _too_large(limit: int) -> Response:
    return JSONResponse({"error": f"Tệp gửi lên quá lớn (tối đa {limit // 1_000_000} MB)."}, 413)


def create_app(settings: WebSettings) -> Starlette:
    """The ASGI application (uvicorn serves it; tests start it on a free port)."""
    sessions = Sessions(settings.root)
    handlers = Handlers(settings, sessions)
    routes = [
        Route("/", handlers.page),
        Route("/api/briefing", handlers.briefing),
        Route("/api/status", handlers.status),
        Route("/api/context", handlers.context),
        Route("/api/candidates", handlers.candidates),
        Route("/api/upload", handlers.upload, methods=["POST"]),
        Route("/api/paste", handlers.paste, methods=["POST"]),
        Route("/api/samples", handlers.samples, methods=["POST"]),
        Route("/api/correct", handlers.correct, methods=["POST"]),
        Route("/api/undo", handlers.undo, methods=["POST"]),
        Route("/api/clear", handlers.clear, methods=["POST"]),
        Route("/api/email", handlers.email, methods=["POST"]),
        Route("/api/send", handlers.send, methods=["POST"]),
        Route("/download/{kind}", handlers.download),
        Route("/preview", handlers.preview),
        Route("/static/briefing.css", print_style),
        Mount("/static", StaticFiles(directory=STATIC), name="static"),
    ]
    middleware = [
        Middleware(TrustedHostMiddleware, allowed_hosts=list(settings.hosts)),
        Middleware(LimitedBody, limit=settings.max_request_bytes),
    ]
    answers = {OutputError: _not_saved, 404: _not_found, 405: _not_allowed, 500: _internal}
    app = Starlette(routes=routes, middleware=middleware, exception_handlers=answers)
    app.state.sessions = sessions
    return app


Handler = Callable[["Handlers", Request], Awaitable[Response]]
SessionHandler = Callable[["Handlers", Request, Session], Awaitable[Response]]


def _guarded(
    find: Callable[[Sessions, Request], Session | None],
) -> Callable[[SessionHandler], Handler]:
    """A route that runs only for the session `find` accepts; any other request is refused."""

    def guard(route: SessionHandler) -> Handler:
        @functools.wraps(route)
        async def guarded(self: Handlers, request: Request) -> Response:
            session = find(self.sessions, request)
            return _refused(request) if session is None else await route(self, request, session)

        return guarded

    return guard


def _known(sessions: Sessions, request: Request) -> Session | None:
    """The session the request's cookie names, if there is one."""
    return sessions.get(request.cookies.get(COOKIE))


def _tokened(sessions: Sessions, request: Request) -> Session | None:
    """The session, only when the request also carries its token (every change needs it)."""
    session = _known(sessions, request)
    token = request.headers.get("x-token", "")
    if session is None or not hmac.compare_digest(token.encode(), session.token.encode()):
        return None
    return session


_reading = _guarded(_known)  # a route that shows a session
_changing = _guarded(_tokened)  # a route that changes one


class Handlers:
    """One method per route; state changes go through `actions`, the page through `view`."""

    def __init__(self, settings: WebSettings, sessions: Sessions) -> None:
        self.settings, self.sessions = settings, sessions

    # --- reading ------------------------------------------------------------------------

    async def page(self, request: Request) -> Response:
        session = _known(self.sessions, request) or self.sessions.create()
        fragment = await _threaded(self._fragment, session)
        settings = self.settings
        html = render("page.html.j2", token=session.token, fragment=fragment,
                      samples=settings.samples is not None, smtp=settings.smtp is not None,
                      mail=session.mail, suffixes=sorted(ARTICLE_SUFFIXES),
                      max_mb=self.settings.max_file_bytes // 1_000_000,
                      max_files=self.settings.max_files)  # fmt: skip
        response = _secured(HTMLResponse(html), PAGE_POLICY)
        response.set_cookie(COOKIE, session.id, httponly=True, samesite="strict", path="/")
        return response

    @_reading
    async def briefing(self, request: Request, session: Session) -> Response:
        return _secured(HTMLResponse(await _threaded(self._fragment, session)), PAGE_POLICY)

    @_reading
    async def status(self, request: Request, session: Session) -> Response:
        job = session.job
        return JSONResponse({"running": job.running, "done": job.done, "total": job.total,
                             "error": job.error})  # fmt: skip

    @_reading
    async def context(self, request: Request, session: Session) -> Response:
        key, index = request.query_params.get("article", ""), request.query_params.get("index", "")
        html = await _threaded(actions.context_html, session, self.settings.options, key, index)
        return _secured(HTMLResponse(html), PAGE_POLICY)

    @_reading
    async def candidates(self, request: Request, session: Session) -> Response:
        label = request.query_params.get("section", "")
        html = await _threaded(actions.candidates_html, session, self.settings.options, label)
        return _secured(HTMLResponse(html), PAGE_POLICY)

    @_reading
    async def download(self, request: Request, session: Session) -> Response:
        kind = request.path_params["kind"]
        if kind not in actions.MEDIA:
            return await _not_found(request, None)
        made = await _threaded(actions.download, session, self.settings.options, kind)
        if made is None:
            return _no_briefing("Chưa có bản tin để tải")
        data, media, name = made
        headers = {"Content-Disposition": f'attachment; filename="{name}"'}
        return _secured(Response(data, media_type=media, headers=headers), PREVIEW_POLICY)

    @_reading
    async def preview(self, request: Request, session: Session) -> Response:
        made = await _threaded(actions.download, session, self.settings.options, "html")
        if made is None:
            return _no_briefing("Chưa có bản tin để xem")
        return _secured(HTMLResponse(made[0]), PREVIEW_POLICY)

    # --- changing (each needs the token) ---------------------------------------------------

    @_changing
    async def upload(self, request: Request, session: Session) -> Response:
        try:
            form = await request.form(max_files=self.settings.max_files, max_fields=50)
        except Exception as error:  # python-multipart's refusals: too many parts, malformed
            if str(error).startswith("Too many files"):
                return JSONResponse(
                    {"error": f"Tối đa {self.settings.max_files} tệp mỗi lần."}, 400
                )
            return JSONResponse({"error": f"Không đọc được các tệp gửi lên ({error})"}, 400)
        files = [f for f in form.getlist("files") if isinstance(f, UploadFile)]
        limit = self.settings.max_file_bytes + 1
        uploads = [(f.filename or "", await _read_at_most(f, limit)) for f in files]
        await form.close()
        await _threaded(actions.add_files, session, self.settings, uploads)
        return await self.status(request)

    @_changing
    async def paste(self, request: Request, session: Session) -> Response:
        body = await _json(request)
        text = body.get("text") if isinstance(body, dict) else None
        if not isinstance(text, str) or not text.strip():
            return JSONResponse({"error": "Hãy dán nội dung bài báo."}, 400)
        links = actions.pasted_links(text)
        if links is not None:  # a paste of links only: each page is fetched and read
            await _threaded(actions.add_links, session, self.settings, links)
            return await self.status(request)
        name = f"Văn bản dán {len(session.input_files()) + 1}.txt"
        await _threaded(actions.add_files, session, self.settings, [(name, text.encode())])
        return await self.status(request)

    @_changing
    async def samples(self, request: Request, session: Session) -> Response:
        if self.settings.samples is None:
            return _refused(request)
        await _threaded(actions.add_samples, session, self.settings)
        return await self.status(request)

    @_changing
    async def correct(self, request: Request, session: Session) -> Response:
        body = await _json(request)
        try:
            await _threaded(actions.correct, session, self.settings.options, body)
        except (ValueError, KeyError, TypeError, SummarizeError) as error:
            return JSONResponse({"error": f"Không sửa được: {error}"}, 400)
        return await self.briefing(request)

    @_changing
    async def undo(self, request: Request, session: Session) -> Response:
        with session.lock:
            session.undo()
        return await self.briefing(request)

    @_changing
    async def clear(self, request: Request, session: Session) -> Response:
        with session.lock:
            session.clear()
        return await self.briefing(request)

    @_changing
    async def email(self, request: Request, session: Session) -> Response:
        body = await _json(request)
        try:
            data = await _threaded(actions.eml, session, self.settings, body)
        except (SummarizeError, ValueError) as error:
            return JSONResponse({"error": str(error)}, 400)
        headers = {"Content-Disposition": 'attachment; filename="briefing.eml"'}
        return Response(data, media_type="message/rfc822", headers=headers)

    @_changing
    async def send(self, request: Request, session: Session) -> Response:
        if self.settings.smtp is None:
            return _refused(request)
        body = await _json(request)
        try:
            sent = await _threaded(actions.send, session, self.settings, body)
        except (SummarizeError, ValueError) as error:
            return JSONResponse({"error": str(error)}, 400)
        return JSONResponse({"sent": sent})

    def _fragment(self, session: Session) -> str:
        with session.lock:
            actions.ensure_built(session, self.settings)
            briefing = corrected(session, self.settings.options)
            view = editor_view(session, briefing, web_environment()) if briefing else None
            return render("_briefing.html.j2", view=view, job=session.job,
                          problems=problems(session),
                          samples=self.settings.samples is not None)  # fmt: skip


async def print_style(request: Request) -> Response:
    """The briefing's own style sheet (as printed), from the packaged templates."""
    from ..render.html import packaged_templates

    folder = packaged_templates()
    css = (folder / "briefing.css").read_text(encoding="utf-8")
    phone = (folder / "briefing-phone.css").read_text(encoding="utf-8")  # as base.html.j2 adds it
    return Response(f"{css}\n@media (max-width: 600px) {{\n{phone}}}\n", media_type="text/css")


async def _threaded(function: Callable[..., Any], *args: Any) -> Any:
    """Run the library (CPU-bound) off the event loop, so the page stays responsive."""
    from starlette.concurrency import run_in_threadpool

    return await run_in_threadpool(function, *args)


async def _read_at_most(upload: UploadFile, limit: int) -> bytes:
    """files.read_at_most for an upload: `read(limit)` allocates `limit` bytes first."""
    chunks: list[bytes] = []
    while limit > 0 and (chunk := await upload.read(min(READ_CHUNK, limit))):
        chunks.append(chunk)
        limit -= len(chunk)
    return b"".join(chunks)


async def _json(request: Request) -> Any:
    try:
        return json_value(await request.body())
    except ValueError:
        return None


async def _not_saved(request: Request, error: Exception) -> Response:
    """A session's files that cannot be written (a full disk): said on the page, the session
    left as it was on disk (session.py undoes the change), never a 500."""
    reason = error.reason if isinstance(error, OutputError) else str(error)
    return JSONResponse({"error": f"Không lưu được: {reason}"}, 507)


def _refused(request: Request) -> Response:
    """No session for this request (the page's call, or a tab opened from a link after its
    session ended: the page served again from another -o, a cookie cleared)."""
    if request.url.path.startswith("/api/"):
        return JSONResponse({"error": "Phiên làm việc không hợp lệ: hãy tải lại trang."}, 403)
    message = "phiên này đã kết thúc hoặc chưa mở trên trình duyệt này."
    return _notice(request, "Phiên làm việc không hợp lệ", message, 403)  # the link: the way back


# Starlette's own answers were English and bare ("Not Found", "Method Not Allowed", "Internal
# Server Error"), and /download or /preview before any article (or after its session ended)
# gave a line of JSON or a lone "<p>" in the tab the link opened. A page opened in the browser
# now gets a page in Vietnamese with the way back; the page's own calls (/api/…) get {"error"},
# which it shows in its bar.


def _notice(request: Request, title: str, message: str, status: int) -> Response:
    if request.url.path.startswith("/api/"):
        return JSONResponse({"error": f"{title}: {message}"}, status)
    html = render("notice.html.j2", title=title, message=message)
    return _secured(HTMLResponse(html, status), PAGE_POLICY)


def _no_briefing(title: str) -> Response:
    html = render("notice.html.j2", title=title,
                  message="Hãy thêm bài báo trên trang soạn bản tin trước.")  # fmt: skip
    return _secured(HTMLResponse(html, 404), PAGE_POLICY)


async def _not_found(request: Request, error: Exception | None) -> Response:
    return _notice(request, "Không có trang này", "địa chỉ này không có trên máy chủ.", 404)


async def _not_allowed(request: Request, error: Exception) -> Response:
    response = _notice(request, "Không làm được", "địa chỉ này không nhận yêu cầu này.", 405)
    response.headers.update(getattr(error, "headers", None) or {})  # Allow: the methods it takes
    return response


async def _internal(request: Request, error: Exception) -> Response:
    """A bug: said, never a traceback (the log has it)."""
    return _notice(request, "Lỗi của chương trình",
                   "không làm được việc này; hãy thử lại hoặc tải lại trang.", 500)  # fmt: skip


def _secured(response: Response, policy: str) -> Response:
    response.headers["Content-Security-Policy"] = policy
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Referrer-Policy"] = "no-referrer"
    response.headers["Cache-Control"] = "no-store"
    return response
