"""The preview's web server: the standard library's ``ThreadingHTTPServer``, serving five things.

``/`` (the brief's HTML, or its error), ``/pages`` and ``/pages/N.png`` (the PDF's pages as
images), ``/brief.pdf`` (the PDF, rendered on demand as ``reportgen render`` makes it) and
``/_reportgen/wait`` (the reload long-poll). Anything else is 404; only GET and HEAD are answered.
Bound to 127.0.0.1 by default; on a loopback address, a request whose ``Host`` is not a loopback
name is refused (a web page elsewhere cannot reach the preview through DNS rebinding). Every page is
sent with a Content-Security-Policy that lets it load nothing from anywhere but ``data:`` URIs and
run no script but the preview's own.
"""

from __future__ import annotations

import ipaddress
import json
import re
import secrets
import threading
from collections import deque
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

from reportgen.errors import ReportgenError
from reportgen.preview import pages
from reportgen.preview.session import PreviewSession

#: How long a page's wait request is held before it is answered "no change" (it then asks again).
WAIT_SECONDS = 25.0
#: Resolution of the page images: sharp on a 1.5x screen, drawn at their printed size.
PAGE_DPI = 144
_LOOPBACK_NAMES = {"localhost", "127.0.0.1", "::1"}
_PAGE_IMAGE = re.compile(r"^/pages/([1-9][0-9]{0,3})\.png$")


class PreviewServer(ThreadingHTTPServer):
    """One session's server; ``requests`` keeps the last paths asked for (the tests read them)."""

    daemon_threads = True

    def __init__(self, address: tuple[str, int], session: PreviewSession):
        self.session = session
        self.nonce = secrets.token_urlsafe(16)
        self.requests: deque[str] = deque(maxlen=500)
        self.check_host = _is_loopback(address[0])
        self.address_family = _family(address[0])
        super().__init__(address, PreviewHandler)

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        name = host.decode() if isinstance(host, bytes) else str(host)
        shown = f"[{name}]" if ":" in name else name
        return f"http://{shown}:{port}/"


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _family(host: str) -> Any:
    import socket

    return socket.AF_INET6 if ":" in host else socket.AF_INET


class PreviewHandler(BaseHTTPRequestHandler):
    server: PreviewServer
    server_version = "reportgen-preview"
    sys_version = ""

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet: the terminal shows renders and errors, not every request."""

    def do_HEAD(self) -> None:
        self._answer(body=False)

    def do_GET(self) -> None:
        self._answer(body=True)

    def _answer(self, body: bool) -> None:
        parts = urlsplit(self.path)
        self.server.requests.append(self.path)
        if self.server.check_host and not _loopback_host(self.headers.get("Host", "")):
            self._send(HTTPStatus.MISDIRECTED_REQUEST, b"this preview answers only to localhost\n",
                       "text/plain; charset=utf-8", body)
            return
        session = self.server.session
        try:
            if parts.path == "/":
                self._document(body)
            elif parts.path == pages.WAIT_PATH:
                after = parse_qs(parts.query).get("after", [""])[0]
                key = session.wait(after, WAIT_SECONDS)
                self._send(HTTPStatus.OK, json.dumps({"key": key}).encode(), "application/json", body)
            elif parts.path == pages.PDF_PATH:
                self._pdf(body)
            elif parts.path == pages.PAGES_PATH:
                self._pages(body)
            elif match := _PAGE_IMAGE.match(parts.path):
                self._page_image(int(match.group(1)), body)
            else:
                self._send(HTTPStatus.NOT_FOUND, b"not found\n", "text/plain; charset=utf-8", body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the browser went away (a reload while a wait was held)

    def _document(self, body: bool) -> None:
        session, nonce = self.server.session, self.server.nonce
        snapshot = session.current
        key = f"{session.instance}.{snapshot.generation}"
        if snapshot.html is not None:
            page = pages.with_reload(snapshot.html, snapshot, key, nonce)
            self._send(HTTPStatus.OK, page.encode("utf-8"), "text/html; charset=utf-8", body)
        else:
            page = pages.message_page("The brief could not be rendered", [snapshot.error or "unknown error",
                                      *snapshot.warnings], snapshot, key, nonce)
            self._send(HTTPStatus.INTERNAL_SERVER_ERROR, page.encode("utf-8"), "text/html; charset=utf-8",
                       body)

    def _pdf(self, body: bool) -> None:
        session = self.server.session
        try:
            pdf = session.pdf()
        except ReportgenError as exc:
            self._problem("The PDF could not be rendered", str(exc), body)
            return
        name = re.sub(r"[^A-Za-z0-9._-]", "_", session.label) or "brief"
        self._send(HTTPStatus.OK, pdf, "application/pdf", body,
                   {"Content-Disposition": f'inline; filename="{name}.pdf"'})

    def _pages(self, body: bool) -> None:
        session = self.server.session
        snapshot = session.current
        key = f"{session.instance}.{snapshot.generation}"
        try:
            images = session.pages(PAGE_DPI)
        except ReportgenError as exc:
            self._problem("The pages could not be drawn", str(exc), body, view="Pages")
            return
        page = pages.pages_page(len(images), [pages.png_size(i) for i in images], PAGE_DPI, snapshot, key,
                                self.server.nonce)
        self._send(HTTPStatus.OK, page.encode("utf-8"), "text/html; charset=utf-8", body)

    def _page_image(self, number: int, body: bool) -> None:
        try:
            images = self.server.session.pages(PAGE_DPI)
        except ReportgenError:
            images = []
        if number > len(images):
            self._send(HTTPStatus.NOT_FOUND, b"no such page\n", "text/plain; charset=utf-8", body)
            return
        self._send(HTTPStatus.OK, images[number - 1], "image/png", body)

    def _problem(self, title: str, message: str, body: bool, view: str = "HTML view") -> None:
        session = self.server.session
        snapshot = session.current
        key = f"{session.instance}.{snapshot.generation}"
        page = pages.message_page(title, [message], snapshot, key, self.server.nonce, view)
        self._send(HTTPStatus.INTERNAL_SERVER_ERROR, page.encode("utf-8"), "text/html; charset=utf-8", body)

    def _send(self, status: HTTPStatus, payload: bytes, kind: str, body: bool,
              extra: dict[str, str] | None = None) -> None:
        self.send_response(status)
        headers = {
            "Content-Type": kind,
            "Content-Length": str(len(payload)),
            "Cache-Control": "no-store",
            "X-Content-Type-Options": "nosniff",
            "Referrer-Policy": "no-referrer",
            "Cross-Origin-Resource-Policy": "same-origin",
            "Content-Security-Policy": (
                "default-src 'none'; img-src 'self' data:; font-src data:; style-src 'unsafe-inline'; "
                f"script-src 'nonce-{self.server.nonce}'; connect-src 'self'; base-uri 'none'; "
                "form-action 'none'; frame-ancestors 'none'"),
            **(extra or {}),
        }
        for name, value in headers.items():
            self.send_header(name, value)
        self.end_headers()
        if body:
            self.wfile.write(payload)


def _loopback_host(header: str) -> bool:
    """``localhost:8000``, ``127.0.0.1``, ``[::1]:8000``: a loopback name, any port."""
    host = header.strip().lower()
    if host.startswith("["):
        host = host[1:].partition("]")[0]
    elif host.count(":") == 1:
        host = host.partition(":")[0]
    return host in _LOOPBACK_NAMES or host.startswith("127.")


class Preview:
    """A running preview: the server on its thread and the watchers on theirs; ``close`` stops all."""

    def __init__(self, session: PreviewSession, host: str = "127.0.0.1", port: int = 0,
                 watch: bool = True):
        from reportgen.preview.watch import Watcher

        self.session = session
        self.server = PreviewServer((host, port), session)
        self.watcher = Watcher(session) if watch else None
        self._thread = threading.Thread(target=self.server.serve_forever, name="reportgen-preview",
                                        daemon=True)

    @property
    def url(self) -> str:
        return self.server.url

    def start(self) -> Preview:
        self._thread.start()
        if self.watcher is not None:
            self.watcher.start()
        return self

    def close(self) -> None:
        if self.watcher is not None:
            self.watcher.stop()
        self.session.close()
        self.server.shutdown()
        self.server.server_close()
        self._thread.join(timeout=5)

    def __enter__(self) -> Preview:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.close()
