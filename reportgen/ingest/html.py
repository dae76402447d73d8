"""HTML pages: main text and metadata through trafilatura.

trafilatura finds the article body and its metadata; we read its element tree (not its plain-text
output) so a paragraph stays one paragraph, list items lose their bullets and a code block is not
split into dozens of one-line "paragraphs".
"""

from __future__ import annotations

import re
from typing import Any

from reportgen.errors import InputError
from reportgen.ingest import Article
from reportgen.ingest.boilerplate import clean_paragraphs
from reportgen.ingest.formats import iso_date

_SPACE = re.compile(r"\s+")


def parse_html(html: str, name: str) -> Article:
    """The article in an HTML page: title first, then the body paragraphs without furniture."""
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(html, include_comments=False, include_tables=False,
                                          include_images=False, favor_precision=True,
                                          with_metadata=True)
    except Exception as exc:  # trafilatura raises assorted lxml errors on broken pages
        raise InputError(f"cannot read HTML ({type(exc).__name__})", name) from None
    if doc is None or isinstance(doc, dict):  # a dict only with as_dict=True, never asked for here
        raise InputError("no article text found in the HTML page", name)
    paragraphs = body_paragraphs(doc.body) if doc.body is not None else []
    if not paragraphs:
        paragraphs = [_flat(p) for p in (doc.text or "").split("\n") if p.strip()]
    title = _flat(doc.title or "") or None
    if title and paragraphs and _same(paragraphs[0], title):
        paragraphs = paragraphs[1:]
    kept, removed = clean_paragraphs(paragraphs)
    if not kept:
        raise InputError("no article text found in the HTML page", name)
    return Article(text="\n\n".join(([title] if title else []) + kept), title=title,
                   outlet=_flat(doc.sitename or doc.hostname or "") or None,
                   published=iso_date(doc.date), author=_authors(doc.author),
                   url=doc.url or None, removed=removed)


_BLOCKS = frozenset({"p", "head", "list", "item", "quote", "div", "section", "table", "graphic"})
_SKIPPED = frozenset({"graphic", "table"})


def body_paragraphs(body: Any) -> list[str]:
    """One paragraph per block element of trafilatura's body tree (``p``, ``head``, list ``item`` ...).

    trafilatura sometimes nests blocks (a ``p`` holding further ``p``s); those are split again.
    """
    out: list[str] = []
    for child in body:
        _collect(child, out)
        out.append(_flat(child.tail or ""))
    return [p for p in out if p]


def _is_block(element: Any) -> bool:
    tag = element.tag if isinstance(element.tag, str) else ""
    return tag in _BLOCKS or (tag == "code" and "\n" in "".join(element.itertext()).strip())


def _collect(element: Any, out: list[str]) -> None:
    """Append the paragraphs of ``element`` (not its tail) to ``out``."""
    if element.tag in _SKIPPED:
        return
    if not any(_is_block(child) for child in element):
        out.append(_flat("".join(element.itertext())))
        return
    pending = [element.text or ""]
    for child in element:
        if _is_block(child):
            out.append(_flat("".join(pending)))
            pending = []
            _collect(child, out)
        else:
            pending.append("".join(child.itertext()))
        pending.append(child.tail or "")
    out.append(_flat("".join(pending)))


def _authors(value: str | None) -> str | None:
    """trafilatura joins authors with ``;`` and sometimes repeats one in capitals; keep each once."""
    if not value:
        return None
    seen: dict[str, str] = {}
    for part in value.split(";"):
        name = _flat(part)
        if name and name.casefold() not in seen:
            seen[name.casefold()] = name
    return "; ".join(seen.values()) or None


def _flat(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


def _same(a: str, b: str) -> bool:
    return _flat(a).casefold().rstrip(".") == _flat(b).casefold().rstrip(".")
