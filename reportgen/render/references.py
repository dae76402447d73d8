"""What a rendered page refers to outside itself or would run, found by parsing it, not by grep.

The page is parsed as a browser would (``tinyhtml5``, the HTML5 parser WeasyPrint uses) and every
stylesheet and ``style`` attribute with ``tinycss2``, so escapes (``\\75 rl(``), SVG ``xlink:href``,
``srcset`` lists, ``image-set()`` and ``@import`` are all seen as what they are. Two kinds:

* ``fetch``: a resource a reader's browser would load (anything but a ``data:`` URI or a
  ``#fragment``); HTML output must have none, and PDF output gets its resources only through the
  restricted fetcher.
* ``active``: what would run or redirect: ``<script>``, ``on…`` event handlers, ``<meta
  http-equiv>``, links whose scheme is not ``http(s)``, ``mailto`` or ``tel`` (a ``javascript:``
  link would become a PDF link annotation), and SVG animations that set a link's ``href`` (or
  ``xlink:href``) to anything but a ``data:`` URI or an element's event handler. Refused in every
  output.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Literal

Kind = Literal["fetch", "active"]

#: Attributes whose value a browser fetches (``href`` of a link element is navigation, see below).
FETCH_ATTRIBUTES = frozenset({
    "src", "srcset", "href", "poster", "data", "background", "action", "formaction", "cite", "longdesc",
    "usemap", "manifest", "ping", "icon", "lowsrc", "dynsrc", "codebase", "archive", "profile", "srcdoc",
    "imagesrcset",
})
#: Elements whose ``href`` is a link a reader follows, not a resource.
LINK_ELEMENTS = frozenset({"a", "area"})
LINK_SCHEMES = frozenset({"http", "https", "mailto", "tel"})
#: CSS functions whose string arguments are URLs.
CSS_URL_FUNCTIONS = frozenset({"url", "src", "image-set", "-webkit-image-set", "image", "cross-fade"})
#: SVG elements that set their target's attribute ``attributeName`` over time, and the attributes
#: that give the values (``values`` is a ``;``-separated list).
ANIMATION_ELEMENTS = frozenset({"animate", "set", "animateTransform", "animateMotion", "animateColor"})
ANIMATION_VALUES = ("from", "to", "by", "values")


@dataclass(frozen=True)
class Reference:
    """One thing the page refers to or would run: what carries it, its value, and a text to look
    for in the template files to find the one that introduced it."""

    kind: Kind
    what: str
    value: str
    marker: str = ""


def scan(html: str) -> list[Reference]:
    """Every outside reference and active element of ``html``, in document order."""
    import tinyhtml5

    return list(_elements(tinyhtml5.parse(html).iter()))


def _local(name: str) -> str:
    """``{namespace}name`` -> ``name``."""
    return name.rpartition("}")[2]


def _elements(elements: Iterable[Any]) -> Iterator[Reference]:
    for element in elements:
        if not isinstance(element.tag, str):
            continue  # comments and processing instructions
        tag = _local(element.tag)
        if tag == "script":
            yield Reference("active", "<script>", element.get("src") or (element.text or "").strip()[:80],
                            "<script")
        elif tag == "meta" and "http-equiv" in element.attrib:
            yield Reference("active", "<meta http-equiv>", element.get("http-equiv", ""), "http-equiv")
        elif tag == "style":
            yield from css_references(element.text or "", "<style>")
        elif tag in ANIMATION_ELEMENTS:
            yield from _animation(tag, element)
        for raw_name, value in element.attrib.items():
            yield from _attribute(tag, _local(raw_name), value)


def _attribute(tag: str, name: str, value: str) -> Iterator[Reference]:
    what = f"<{tag} {name}>"
    if name.startswith("on"):
        yield Reference("active", f"event handler {what}", value, f"{name}=")
    elif name == "style":
        yield from css_references(value, f"<{tag} style>", declarations=True)
    elif name == "href" and tag in LINK_ELEMENTS:
        url = value.strip()
        if url and not url.startswith("#") and _scheme(url) not in LINK_SCHEMES:
            yield Reference("active", f"link {what}", url)
    elif name in FETCH_ATTRIBUTES:
        urls = [c.strip().split()[0] for c in value.split(",") if c.strip()] if "srcset" in name else [value]
        for url in urls:
            if _outside(url):
                yield Reference("fetch", what, url.strip())


def _animation(tag: str, element: Any) -> Iterator[Reference]:
    """An SVG animation of a link's ``href`` makes ``<a href="#x">`` a ``javascript:`` link (or any
    other) once it runs, out of sight of the check of ``href`` itself; one of an event handler
    attribute would set the handler."""
    target = element.get("attributeName", "").strip().rpartition(":")[2].lower()  # xlink:href is href
    if target.startswith("on"):
        yield Reference("active", f"SVG <{tag}> of the event handler", target, "attributeName")
    if target != "href":
        return
    for name in ANIMATION_VALUES:
        for value in element.get(name, "").split(";"):
            if value.strip() and _scheme(value) != "data":
                yield Reference("active", f"SVG <{tag} attributeName={target}> {name}", value.strip(),
                                "attributeName")


#: What a browser drops from a URL: tabs and newlines anywhere, spaces and control characters around.
_URL_NOISE = re.compile(r"[\t\n\r]|^[\x00-\x20]+|[\x00-\x20]+$")
_SCHEME = re.compile(r"([a-zA-Z][a-zA-Z0-9+.-]*):")


def _scheme(url: str) -> str:
    """The scheme of ``url`` as a browser reads it, lowercased ('' when relative). ``urlsplit`` would
    also parse the rest and fail on a malformed one (``http://[x``), a template's error."""
    match = _SCHEME.match(_URL_NOISE.sub("", url))
    return match.group(1).lower() if match else ""


def _outside(url: str) -> bool:
    url = url.strip()
    return bool(url) and not url.startswith("#") and _scheme(url) != "data"


def css_references(css: str, where: str, declarations: bool = False) -> Iterator[Reference]:
    """``@import`` rules and non-``data:`` URLs of a stylesheet (or of a ``style`` attribute)."""
    yield from _css_references(css, where, declarations)


@lru_cache(maxsize=16)
def _css_references(css: str, where: str, declarations: bool) -> tuple[Reference, ...]:
    """Remembered by text: a page's stylesheet, fonts inlined, is most of its bytes and the same for
    every brief of a batch and every save of a brief in ``preview``."""
    return tuple(_scan_css(css, where, declarations))


def _scan_css(css: str, where: str, declarations: bool) -> Iterator[Reference]:
    import tinycss2

    if declarations:
        nodes = tinycss2.parse_blocks_contents(css, skip_comments=True, skip_whitespace=True)
    else:
        nodes = tinycss2.parse_stylesheet(css, skip_comments=True, skip_whitespace=True)
    for node in nodes:
        if node.type == "at-rule" and node.lower_at_keyword == "import":
            target = next((t.value for t in node.prelude if t.type in ("string", "url")), "")
            yield Reference("fetch", f"{where} @import", target, "@import")
        for url in _css_urls([node]):
            if _outside(url):
                yield Reference("fetch", f"{where} url()", url)


def _css_urls(tokens: Iterable[Any], in_url_function: bool = False) -> Iterator[str]:
    for token in tokens:
        kind = getattr(token, "type", "")
        if kind == "url" or (kind == "string" and in_url_function):
            yield token.value
        elif kind == "function":
            yield from _css_urls(token.arguments, token.lower_name in CSS_URL_FUNCTIONS)
        elif kind == "declaration":
            yield from _css_urls(token.value)
        for part in ("prelude", "content"):
            inner = getattr(token, part, None)
            if isinstance(inner, list):
                yield from _css_urls(inner)
