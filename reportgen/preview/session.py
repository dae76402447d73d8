"""What a preview shows: the brief rendered now, re-rendered when its files change.

A session holds the brief (a file read again on every change, or a brief extracted once and kept in
memory), the options ``render`` would use, and the latest render as a numbered *generation*. The
number grows only when what the page shows changes, so a save that changes nothing reloads nothing.
Renders go through :func:`reportgen.pipeline.render`, the function ``reportgen render`` calls, so
what is previewed is what ships.
"""

from __future__ import annotations

import logging
import secrets
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from reportgen.brief.model import Brief
from reportgen.errors import ReportgenError
from reportgen.options import Options


@dataclass(frozen=True)
class Snapshot:
    """One render: the HTML document, or the one-line error that stopped it, and its warnings."""

    generation: int
    html: str | None
    error: str | None
    warnings: tuple[str, ...] = ()
    seconds: float = 0.0

    def shows(self) -> tuple[str | None, str | None, tuple[str, ...]]:
        """What a reader of the page sees (two renders that show the same need no reload)."""
        return self.html, self.error, self.warnings


@dataclass
class _Cached:
    """A slow product (the PDF, its page images) kept for the state it was made from."""

    state: int
    value: object = None
    error: str | None = None


@dataclass
class Watched:
    """What to watch: folders (with everything below them) and single files."""

    folders: tuple[Path, ...] = ()
    files: tuple[Path, ...] = ()


@dataclass
class PreviewSession:
    """The state of one preview; thread-safe (the server, the watchers and the PDF link share it)."""

    options: Options
    brief_path: Path | None = None
    brief: Brief | None = None
    #: Told one line per render ("error: ...", "rendered ..."); the CLI prints them on stderr.
    report: Callable[[str], None] = lambda line: None
    label: str = "brief"
    instance: str = field(default_factory=lambda: secrets.token_hex(4))

    def __post_init__(self) -> None:
        if (self.brief_path is None) == (self.brief is None):
            raise ValueError("a preview needs either a brief file or a brief")
        self._changed = threading.Condition()
        self._work = threading.Lock()  # one render at a time: the HTML, the PDF, the page images
        self._snapshot = Snapshot(0, None, "not rendered yet")
        self._state = 0  # counts every refresh, shown or not: the PDF is made again after each
        self._loaded: Brief | None = self.brief
        self._folders: tuple[Path, ...] = ()
        self._pdf = _Cached(-1)
        self._pages = _Cached(-1)
        self._closed = False

    # -- the HTML view -------------------------------------------------------------------------

    @property
    def current(self) -> Snapshot:
        with self._changed:
            return self._snapshot

    @property
    def key(self) -> str:
        """The current generation as the page knows it (a restarted server has another instance)."""
        return f"{self.instance}.{self.current.generation}"

    def refresh(self) -> Snapshot:
        """Read the brief (when it is a file) and render it again; a new generation if the page
        would change. Errors become the page's content, never an exception."""
        with self._work:
            started = time.perf_counter()
            html: str | None = None
            error: str | None = None
            captured = _Warnings()
            try:
                with captured:
                    html = self._render_html()
            except ReportgenError as exc:
                error = str(exc)
            except Exception as exc:  # a bug of ours: still shown, the server keeps running
                error = f"internal error: {type(exc).__name__}: {exc}"
            warnings = tuple(dict.fromkeys([*self._css_problems(), *captured.lines]))
            seconds = time.perf_counter() - started
            with self._changed:
                self._state += 1
                previous = self._snapshot
                candidate = Snapshot(previous.generation + 1, html, error, warnings, seconds)
                if candidate.shows() != previous.shows() or previous.generation == 0:
                    self._snapshot = candidate
                    self._changed.notify_all()
                    changed = True
                else:
                    changed = False
                shown = self._snapshot
        if error:
            self.report(f"error: {error}")
        elif changed:
            self.report(f"rendered {self.label} in {seconds:.2f}s (generation {shown.generation})")
        return shown

    def _render_html(self) -> str:
        from reportgen.pipeline import render

        brief = self._load()
        self._folders = self._stack_folders()
        return render(brief, "html", self.options).decode("utf-8")

    def _load(self) -> Brief:
        if self.brief_path is None:
            assert self.brief is not None
            return self.brief
        from reportgen.brief import load_brief

        self._loaded = None
        self._loaded = load_brief(self.brief_path)
        return self._loaded

    def _stack_folders(self) -> tuple[Path, ...]:
        from reportgen.render.templates import resolve_stack

        options = self.options
        return tuple(resolve_stack(options.template, options.client, options.clients_dir).folders)

    def _css_problems(self) -> list[str]:
        """What WeasyPrint would ignore in the stack's stylesheets, as ``file:line:col: message``
        (the render logs each stylesheet's once per process; the page shows them after every save)."""
        from reportgen.render.assets import STYLE_FILE, css_problems

        found = []
        for folder in self._folders:
            path = folder / STYLE_FILE
            try:
                css = path.read_text("utf-8")
            except (OSError, UnicodeDecodeError):
                continue
            found += [f"{path}:{problem}" for problem in css_problems(css, folder.as_uri() + "/")]
        return found

    def wait(self, after: str, timeout: float) -> str:
        """Block until the generation is no longer ``after`` (or ``timeout`` seconds pass, or the
        session closes); the generation then."""
        deadline = time.monotonic() + timeout
        with self._changed:
            while self.key == after and not self._closed:
                left = deadline - time.monotonic()
                if left <= 0:
                    break
                self._changed.wait(left)
            return self.key

    def close(self) -> None:
        """Wake every waiting page request (the server is stopping)."""
        with self._changed:
            self._closed = True
            self._changed.notify_all()

    # -- what the watchers watch ----------------------------------------------------------------

    def watched(self) -> Watched:
        """The brief file and every folder of the template stack (client folder and its assets
        included); while the stack cannot be resolved, the folders last used and those named."""
        folders = list(self._folders)
        options = self.options
        named = [Path(options.template)] if ("/" in options.template or options.template.startswith(".")
                                             or Path(options.template).is_dir()) else []
        if options.client:
            named.append(Path(options.clients_dir or "clients") / options.client)
        folders += [p.resolve() for p in named if p.is_dir()]
        files = (self.brief_path.resolve(),) if self.brief_path is not None else ()
        return Watched(tuple(dict.fromkeys(folders)), files)

    # -- the PDF and its pages, on demand ---------------------------------------------------------

    def pdf(self) -> bytes:
        """The PDF of the current state, rendered as ``reportgen render`` would (same stack, same
        options); kept until the next change. Raises :class:`ReportgenError` as ``render`` does."""
        with self._work:
            return self._pdf_locked()

    def _pdf_locked(self) -> bytes:
        from reportgen.pipeline import render

        if self._pdf.state != self._state:
            self._pdf = _Cached(self._state)
            try:
                self._pdf.value = render(self._load(), "pdf", self.options)
            except ReportgenError as exc:
                self._pdf.error = str(exc)
        if self._pdf.error:
            raise ReportgenError(self._pdf.error)
        assert isinstance(self._pdf.value, bytes)
        return self._pdf.value

    def pages(self, dpi: int) -> list[bytes]:
        """The PDF's pages as PNG images (poppler's ``pdftoppm``), kept until the next change."""
        from reportgen.preview.pages import pdf_pages

        with self._work:
            if self._pages.state != self._state or self._pages.error:
                pdf = self._pdf_locked()
                self._pages = _Cached(self._state, pdf_pages(pdf, dpi))
            assert isinstance(self._pages.value, list)
            return self._pages.value


class _Warnings(logging.Handler):
    """The warnings reportgen logs while this thread renders (shown in the page, beside errors)."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.thread = threading.get_ident()
        self.lines: list[str] = []
        self.logger = logging.getLogger("reportgen")

    def emit(self, record: logging.LogRecord) -> None:
        if record.thread == self.thread:
            self.lines.append(record.getMessage())

    def __enter__(self) -> _Warnings:
        self.logger.addHandler(self)
        return self

    def __exit__(self, *exc: object) -> None:
        self.logger.removeHandler(self)
