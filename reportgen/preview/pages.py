"""The pages a preview serves: the brief with the reload script added, an error page, and the print
view (the PDF's pages as images).

The script is added to the served page only, never to ``render``'s output. It shows a small bar
(in a shadow root, so the template's CSS and the bar's never meet), waits on the server for a new
generation and reloads, keeping the scroll position.
"""

from __future__ import annotations

import html
import json
import shutil
import struct
import subprocess
import tempfile
from pathlib import Path

from reportgen.errors import ProcessingError
from reportgen.preview.session import Snapshot

WAIT_PATH = "/_reportgen/wait"
PDF_PATH = "/brief.pdf"
PAGES_PATH = "/pages"
#: How the HTML view differs from the PDF; said in the page's bar and in docs/templates.md.
HTML_VIEW_NOTE = ("HTML view: the document as a browser lays it out, without page boxes, margins, "
                  "running headers and footers (marking banners, page X of Y) or page breaks. "
                  "Pages shows the PDF as it will print.")
#: The same, short enough to stay in sight in the bar.
_HTML_VIEW_LINE = "not the print layout: no pages, margins, running header/footer or breaks (see Pages)"
_PAGES_VIEW_LINE = "the PDF's pages, exactly as reportgen render makes it"

_SCRIPT = """(function () {
  var key = %(key)s, view = %(view)s, store = "reportgen-preview-scroll:" + view;
  document.documentElement.setAttribute("data-reportgen-generation", %(generation)s);
  var bar = document.createElement("reportgen-preview");
  var root = bar.attachShadow({mode: "closed"});
  root.innerHTML = %(bar)s;
  var state = root.getElementById("state");
  root.getElementById("hide").addEventListener("click", function (e) {
    e.preventDefault(); bar.style.display = "none";
  });
  (document.body || document.documentElement).appendChild(bar);
  addEventListener("load", function () {
    var y = sessionStorage.getItem(store);
    if (y !== null) { sessionStorage.removeItem(store); scrollTo(0, Number(y)); }
  });
  function wait() {
    fetch(%(wait)s + "?after=" + encodeURIComponent(key), {cache: "no-store"})
      .then(function (r) { if (!r.ok) throw new Error(r.status); return r.json(); })
      .then(function (d) {
        if (d.key !== key) {
          state.textContent = "reloading";
          sessionStorage.setItem(store, String(scrollY));
          location.reload();
        } else { state.textContent = "live"; wait(); }
      })
      .catch(function () { state.textContent = "server stopped? retrying"; setTimeout(wait, 1000); });
  }
  wait();
})();"""

_BAR = """<style>
:host { all: initial; position: fixed; right: 12px; bottom: 12px; z-index: 2147483647; }
div { font: 12px/1.4 system-ui, sans-serif; background: #1f2933; color: #f5f7fa; padding: 6px 10px;
      border-radius: 6px; box-shadow: 0 2px 8px rgba(0,0,0,.35); max-width: 36em; }
a { color: #9fd3ff; margin-left: .6em; } b { color: #ffd479; } ul { margin: .3em 0 0; padding-left: 1.2em; }
small { display: block; color: #9aa5b1; font-size: 11px; }
</style><div title="%(note)s">reportgen preview · %(view)s · generation %(generation)d ·
<span id="state">live</span>%(links)s<a href="#" id="hide" title="hide until the next reload">hide</a>
<small>%(line)s</small>%(warnings)s</div>"""


def with_reload(document: str, snapshot: Snapshot, key: str, nonce: str) -> str:
    """``document`` with the preview bar and reload script before ``</body>``."""
    tag = script_tag(snapshot, key, nonce, "HTML view")
    end = document.lower().rfind("</body>")
    return document[:end] + tag + document[end:] if end >= 0 else document + tag


def script_tag(snapshot: Snapshot, key: str, nonce: str, view: str) -> str:
    links = [f'<a href="{PAGES_PATH}">Pages</a>' if view != "Pages" else '<a href="/">HTML</a>',
             f'<a href="{PDF_PATH}">PDF</a>']
    warnings = "".join(f"<li>{html.escape(w)}</li>" for w in snapshot.warnings)
    html_view = view == "HTML view"
    bar = _BAR % {"note": html.escape(HTML_VIEW_NOTE if html_view else
                                      "Pages: the PDF, rendered as reportgen render makes it"),
                  "line": html.escape(_HTML_VIEW_LINE if html_view else _PAGES_VIEW_LINE),
                  "view": html.escape(view), "generation": snapshot.generation, "links": "".join(links),
                  "warnings": f"<br><b>{len(snapshot.warnings)} warning(s)</b><ul>{warnings}</ul>"
                  if warnings else ""}
    code = _SCRIPT % {"key": _js(key), "view": _js(view), "generation": snapshot.generation,
                      "bar": _js(bar), "wait": _js(WAIT_PATH)}
    return f'<script nonce="{nonce}">{code}</script>'


def _js(value: object) -> str:
    """A JavaScript literal that is also safe inside ``<script>`` (no ``</`` or ``<!--``)."""
    return json.dumps(value).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def message_page(title: str, lines: list[str], snapshot: Snapshot, key: str, nonce: str,
                 view: str = "HTML view") -> str:
    """A page for an error (or any message) that still reloads itself when the files change."""
    items = "".join(f"<pre>{html.escape(line)}</pre>" for line in lines)
    return ("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
            f"<title>{html.escape(title)}</title><style>body{{font:15px/1.5 system-ui,sans-serif;"
            "margin:2em auto;max-width:60em;padding:0 1em;color:#1f2933}h1{color:#b3261e;font-size:1.3em}"
            "pre{white-space:pre-wrap;background:#fdf0ef;border-left:4px solid #b3261e;padding:.6em .8em}"
            "</style></head><body>"
            f"<h1>{html.escape(title)}</h1>{items}<p>The preview renders again when you save a file.</p>"
            f"{script_tag(snapshot, key, nonce, view)}</body></html>")


def pages_page(count: int, sizes: list[tuple[int, int]], dpi: int, snapshot: Snapshot, key: str,
               nonce: str) -> str:
    """The print view: every page of the PDF as an image, at its printed size on screen."""
    images = "".join(f'<img src="{PAGES_PATH}/{n}.png?k={html.escape(key)}" alt="page {n}" '
                     f'width="{w * 96 // dpi}" height="{h * 96 // dpi}">'
                     for n, (w, h) in enumerate(sizes, 1))
    return ("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
            f"<title>Pages ({count}) · reportgen preview</title><style>body{{background:#52606d;"
            "margin:0;padding:1em 0 4em}img{display:block;margin:0 auto 1em;background:#fff;"
            "box-shadow:0 2px 10px rgba(0,0,0,.5);max-width:96vw;height:auto}</style></head><body>"
            f"{images}{script_tag(snapshot, key, nonce, 'Pages')}</body></html>")


def png_size(png: bytes) -> tuple[int, int]:
    """Width and height of a PNG, from its header."""
    if png[:8] != b"\x89PNG\r\n\x1a\n" or len(png) < 24:
        return 0, 0
    width, height = struct.unpack(">II", png[16:24])
    return int(width), int(height)


def pdf_pages(pdf: bytes, dpi: int) -> list[bytes]:
    """Every page of ``pdf`` as PNG bytes, drawn by poppler's ``pdftoppm`` (what the Makefile
    installs for the tests); a one-line error when it is missing or fails."""
    tool = shutil.which("pdftoppm")
    if tool is None:
        raise ProcessingError("pdftoppm (poppler-utils) is not installed: use the PDF link instead")
    with tempfile.TemporaryDirectory(prefix="reportgen-pages-") as folder:
        source = Path(folder) / "brief.pdf"
        source.write_bytes(pdf)
        try:
            subprocess.run([tool, "-png", "-r", str(dpi), str(source), str(Path(folder) / "page")],
                           check=True, capture_output=True, timeout=120)
        except (OSError, subprocess.SubprocessError) as exc:
            raise ProcessingError(f"pdftoppm could not draw the pages ({type(exc).__name__})") from None
        pages = sorted(Path(folder).glob("page-*.png"), key=lambda p: int(p.stem.rpartition("-")[2]))
        return [page.read_bytes() for page in pages]
