"""Stylesheets, images and fonts of a template stack, and the only files WeasyPrint may read.

HTML output must be one self-contained file, so CSS is inlined and every ``url()`` becomes a
``data:`` URI (fonts subset to Latin and punctuation, packed as WOFF2, to stay small). For PDF
the same references become ``file:`` URIs that the restricted fetcher (``fetch.py``) serves from
the stack's folders.
"""

from __future__ import annotations

import base64
import hashlib
import io
import logging
import mimetypes
import re
import threading
from functools import cache, lru_cache
from pathlib import Path
from urllib.parse import unquote, urlsplit

from reportgen.errors import InputError
from reportgen.fileio import store_cache_file
from reportgen.render.fontfacts import font_cache_dir, font_facts
from reportgen.render.templates import Layer, safe_file

LOG = logging.getLogger(__name__)
STYLE_FILE = "style.css"
_URL_RE = re.compile(r"""url\(\s*(?P<q>['"]?)(?P<url>.*?)(?P=q)\s*\)""", re.IGNORECASE | re.DOTALL)
_IMPORT_RE = re.compile(r"@import\b", re.IGNORECASE)
_FONT_TYPES = {".ttf": "font/ttf", ".otf": "font/otf", ".woff": "font/woff", ".woff2": "font/woff2"}
#: Characters kept when fonts are subset for HTML: Latin, punctuation, currency and a few symbols
#: (wider ranges make subsetting take seconds; other scripts fall back to the reader's fonts).
_HTML_FONT_RANGES = [(0x20, 0x17F), (0x2000, 0x206F), (0x20A0, 0x20BF), (0x2100, 0x2122), (0x2190, 0x2193),
                     (0x2212, 0x2212), (0x25A0, 0x25CF), (0x2713, 0x2714)]
_HTML_FONT_FEATURES = ["kern", "liga", "calt", "ccmp", "locl", "mark", "mkmk", "tnum", "lnum", "case"]


#: The first bytes of TrueType, OpenType, font collections, WOFF and WOFF2 files.
_FONT_MAGIC = (b"\x00\x01\x00\x00", b"OTTO", b"true", b"ttcf", b"wOFF", b"wOF2")


def is_font(path: Path) -> bool:
    """Whether ``path`` is a font WeasyPrint and the HTML subsetter can use (a client's ``fonts/`` may
    hold anything; WeasyPrint would silently fall back, fontTools would fail mid-render)."""
    try:
        return _is_font(str(path), path.stat().st_mtime_ns)
    except OSError:
        return False


@cache
def _is_font(path: str, mtime_ns: int) -> bool:
    with open(path, "rb") as handle:
        if handle.read(4) not in _FONT_MAGIC:
            return False
    if Path(path).suffix.lower() not in (".ttf", ".otf"):
        return True
    return font_facts(Path(path)).usable


def media_type(path: Path) -> str:
    return _FONT_TYPES.get(path.suffix.lower()) or mimetypes.guess_type(path.name)[0] or \
        "application/octet-stream"


@cache
def web_font(path: str, mtime: float) -> bytes:
    """A WOFF2 subset of the font at ``path``: from this process, from the disk cache, or made.

    Subsetting takes about a second per face, so results are cached per process and on disk,
    keyed by the font's bytes and the subsetting settings; the output is the same either way.
    """
    import fontTools

    raw = Path(path).read_bytes()
    settings = repr((fontTools.version, _HTML_FONT_RANGES, _HTML_FONT_FEATURES)).encode()
    key = hashlib.sha256(raw + settings).hexdigest()
    cached = font_cache_dir() / f"{key}.woff2"
    try:
        data = cached.read_bytes()
        if data.startswith(b"wOF2"):
            return data
    except OSError:
        pass
    data = subset_web_font(raw)
    if not store_cache_file(cached, data):  # a read-only home or a full disk just means no reuse
        LOG.debug("font cache not written: %s", cached)
    return data


def subset_web_font(raw: bytes) -> bytes:
    """WOFF2 subset of a TTF/OTF font to the HTML character ranges (deterministic)."""
    from fontTools import subset
    from fontTools.ttLib import TTFont

    options = subset.Options()
    options.flavor = "woff2"
    options.hinting = False  # screens hint on their own; halves the size
    options.layout_features = _HTML_FONT_FEATURES
    options.notdef_outline = True
    options.name_IDs = ["*"]  # keep copyright and licence names with the font
    font = TTFont(io.BytesIO(raw), recalcTimestamp=False, lazy=True)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=[c for low, high in _HTML_FONT_RANGES for c in range(low, high + 1)])
    subsetter.subset(font)
    font.flavor = "woff2"
    out = io.BytesIO()
    font.save(out, reorderTables=False)
    return out.getvalue()


def data_uri(path: Path) -> str:
    """``path`` as a ``data:`` URI; fonts are subset to keep HTML small."""
    kind = media_type(path)
    if path.suffix.lower() in (".ttf", ".otf"):
        try:
            payload, kind = web_font(str(path), path.stat().st_mtime), "font/woff2"
        except Exception as exc:  # fontTools raises many kinds of error on a damaged font
            raise InputError(f"is not a usable font ({type(exc).__name__}: {exc})", path) from None
    else:
        payload = path.read_bytes()
    return f"data:{kind};base64,{base64.b64encode(payload).decode('ascii')}"


def resource_uri(path: Path, inline: bool) -> str:
    """How the output refers to a stack file: inlined for HTML, a ``file:`` URI for PDF."""
    return data_uri(path) if inline else path.as_uri()


def _rewrite_urls(css: str, layer: Layer, css_path: Path, inline: bool) -> str:
    def replace(match: re.Match[str]) -> str:
        url = match.group("url").strip()
        if url.lower().startswith("data:") or url.startswith("#"):
            return match.group(0)
        parts = urlsplit(url)
        if parts.scheme or parts.netloc or url.startswith("/"):
            raise InputError(f"stylesheet refers to {url!r}; only files inside the template "
                             "folder and data: URIs are allowed", css_path)
        relative = Path(css_path.parent.relative_to(layer.path), unquote(parts.path))
        target = safe_file(layer.path, str(relative))
        if target is None:
            raise InputError(f"stylesheet refers to {url!r}, which is not a file inside {layer.path}",
                             css_path)
        if target.suffix.lower() in _FONT_TYPES and not is_font(target):
            raise InputError(f"is not a font file (referred to by {css_path.name}); use a TrueType, "
                             "OpenType or WOFF font", target)
        return f'url("{resource_uri(target, inline)}")'

    return _URL_RE.sub(replace, css)


class _ThisThread(logging.Handler):
    """Collects the records one thread logs (other renders running at the same time keep theirs)."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.thread = threading.get_ident()
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        if record.thread == self.thread:
            self.records.append(record)


_AT = re.compile(r"^(?P<what>.*?) at (?P<line>\d+):(?P<col>\d+)[.,]?\s*(?P<why>.*)$", re.DOTALL)


@lru_cache(maxsize=32)
@cache
def _fetch_nothing() -> object:
    """A WeasyPrint fetcher that reads nothing: checking a stylesheet must not fetch what it names
    (an escaped ``@import``); a refusal is logged, so it is reported with the other problems."""
    from weasyprint.urls import URLFetcher

    class FetchNothing(URLFetcher):
        def fetch(self, url: str, headers: dict[str, str] | None = None) -> object:
            raise ValueError(f"not fetched: {url}")

    return FetchNothing(fail_on_errors=False)


@lru_cache(maxsize=32)
def css_problems(css: str, base_url: str = "file:///") -> tuple[str, ...]:
    """What WeasyPrint ignores in a stylesheet, as ``line:col: message`` (it only logs them, and a
    rule it drops silently changes the brief's look). Remembered by text: the render reports them,
    and ``preview`` shows them after every save."""
    from weasyprint import CSS

    capture = _ThisThread()
    logger = logging.getLogger("weasyprint")
    logger.addHandler(capture)
    try:
        CSS(string=css, base_url=base_url, url_fetcher=_fetch_nothing())  # parsed, nothing read
    finally:
        logger.removeHandler(capture)
    found = []
    for record in capture.records:
        message = record.getMessage()
        where = _AT.match(message)
        if where is None:
            found.append(f"1:1: {message}")
        else:
            why = f", {where['why']}" if where["why"] else ""
            found.append(f"{where['line']}:{where['col']}: {where['what']}{why}")
    return tuple(found)


@lru_cache(maxsize=32)
def _report_css_problems(path: str, css: str) -> None:
    """Warn once per stylesheet text and process (a batch renders the same client many times)."""
    for problem in css_problems(css, Path(path).parent.resolve().as_uri() + "/"):
        LOG.warning("%s:%s", path, problem)


def stack_stylesheet(layers: list[Layer], inline: bool) -> str:
    """The CSS of every layer, base template first and client last, with resolved ``url()``s."""
    chunks = []
    for layer in reversed(layers):
        css_path = safe_file(layer.path, STYLE_FILE)
        if css_path is None:
            continue
        css = css_path.read_text("utf-8")
        if _IMPORT_RE.search(css):
            raise InputError("@import is not supported; put all rules in style.css", css_path)
        if "</style" in css.lower():
            raise InputError("stylesheet must not contain '</style'", css_path)
        _report_css_problems(str(css_path), css)
        chunks.append(f"/* {layer.kind}: {layer.name} */\n{_rewrite_urls(css, layer, css_path, inline)}")
    return "\n".join(chunks)
