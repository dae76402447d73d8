"""Brief -> PDF: the template's markup (:mod:`reportgen.render.markup`) drawn by WeasyPrint, with the
brief's YAML attached as ``brief.yaml``.

WeasyPrint may read only ``data:`` URIs and files inside the template stack's folders, and is used
through its documented API only. Output is reproducible: the same brief, template and version give
the same bytes.
"""

from __future__ import annotations

import atexit
import gc
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from typing import Any

from reportgen.brief import brief_to_yaml
from reportgen.brief.attachment import ATTACHMENT_NAME, attached_brief
from reportgen.brief.model import Brief
from reportgen.errors import InputError, ProcessingError
from reportgen.fileio import NO_ROOM, os_reason
from reportgen.options import Options
from reportgen.render import context as ctx
from reportgen.render.coverage import Fallback, family_names, template_fonts, uncovered_scripts
from reportgen.render.markup import brief_texts, render_markup
from reportgen.render.selection import FIT_BUDGETS, Budget
from reportgen.render.templates import TemplateStack

__all__ = ["PDF_VARIANTS", "font_configuration", "read_attached_brief", "render_pdf"]

PDF_VARIANTS = (None, "pdf/a-3b", "pdf/ua-1")
#: The ``id`` of the annex's section in the built-in templates: the body ends on the page before it.
ANNEX_ANCHOR = "annex"


def render_pdf(brief: Brief, options: Options, yaml: str | None = None) -> bytes:
    """The brief as PDF, with the brief's YAML attached as ``brief.yaml`` (``yaml`` when the caller has
    made it already).

    The body of a one-source brief is fitted to the template's ``body_pages``: when it takes more
    pages, it is chosen again with the next, smaller :data:`~reportgen.render.selection.FIT_BUDGETS`
    entry (the annex and the YAML keep every fact); when no budget fits, the full body is kept. When
    the brief has text in a script the template's fonts lack, it is rendered again saying which fonts
    WeasyPrint fell back to and which scripts no font could draw."""
    variant = options.pdf_variant.lower() if options.pdf_variant else None
    if variant not in PDF_VARIANTS:
        raise InputError(f"unknown PDF variant {options.pdf_variant!r}; use "
                         f"{' or '.join(v for v in PDF_VARIANTS if v)}")
    moment = ctx.document_time(brief) or datetime.fromtimestamp(0, UTC)
    attached = (yaml if yaml is not None else brief_to_yaml(brief)).encode("utf-8")
    fitted = _fitted_pdf(brief, options, moment, attached, variant, None, FIT_BUDGETS)
    fonts = template_fonts(fitted.stack.folders)
    texts = brief_texts(ctx.revealed(brief))
    if uncovered_scripts(texts, fonts):
        own = family_names(fonts)
        others = {family: faces for family, faces in fitted.used.items() if family not in own}
        drawn = [face for faces in others.values() for face in faces]
        fallback = Fallback(tuple(sorted(others)), uncovered_scripts(texts, fonts, drawn))
        # (the note about fonts takes room too: the body is fitted again, from the budget that fitted)
        budgets = FIT_BUDGETS[FIT_BUDGETS.index(fitted.budget):]
        fitted = _fitted_pdf(brief, options, moment, attached, variant, fallback, budgets)
    return fitted.pdf


@dataclass(frozen=True)
class _Fitted:
    """A PDF, the font data it embeds by family, the body budget it was laid out with and its stack."""

    pdf: bytes
    used: dict[str, list[bytes]]
    budget: Budget
    stack: TemplateStack


def _fitted_pdf(brief: Brief, options: Options, moment: datetime, attached: bytes, variant: str | None,
                fallback: Fallback | None, budgets: tuple[Budget, ...]) -> _Fitted:
    """The PDF whose body fits the stack's ``body_pages`` with the first of ``budgets`` that fits
    (one-source briefs only); when none does, the body of the first budget, over its pages."""
    html, stack = render_markup(brief, options, inline=False, fallback=fallback, budget=budgets[0])
    limit = stack.body_pages if len(ctx.sources_of(brief)) <= 1 else None
    first: str = html
    for k, budget in enumerate(budgets):
        if k:
            html, _ = render_markup(brief, options, inline=False, fallback=fallback, budget=budget)
        written = _write_pdf(html, stack, moment, attached, variant, limit)
        if written is not None:
            return _Fitted(written[0], written[1], budget, stack)
    written = _write_pdf(first, stack, moment, attached, variant, None)  # nothing fits: the full body
    assert written is not None  # (no limit: always written)
    return _Fitted(written[0], written[1], budgets[0], stack)


def body_pages(pages: list[Any]) -> int:
    """How many of a document's ``pages`` (WeasyPrint's) the body takes: those before the annex's."""
    return next((index for index, page in enumerate(pages) if ANNEX_ANCHOR in page.anchors), len(pages))


def _write_pdf(html: str, stack: TemplateStack, moment: datetime, yaml: bytes, variant: str | None,
               limit: int | None) -> tuple[bytes, dict[str, list[bytes]]] | None:
    """The PDF of ``html`` with ``yaml`` attached, and by font family the data of each face it
    embeds (subset to the characters drawn); only the stack's files may be read. None, with nothing
    written, when the body takes more than ``limit`` pages."""
    from weasyprint import HTML, Attachment

    from reportgen.render.fetch import RefusedResource, StackFetcher

    stamp = moment.replace(tzinfo=None)
    attachment = Attachment(string=yaml, name=ATTACHMENT_NAME,
                            description="The brief this document was rendered from (reportgen YAML)",
                            created=stamp, modified=stamp, relationship="Source")
    settings = {"pdf_variant": variant, "attachments": [attachment], "uncompressed_pdf": False}
    fetcher = StackFetcher(stack.folders)
    pdf: bytes = b""
    used: dict[str, list[bytes]] = {}
    no_room: ProcessingError | None = None
    try:
        # Fonts are subset by HarfBuzz, which keeps their timestamps (libharfbuzz-subset0, installed
        # by the Makefile); fontTools, WeasyPrint's fallback, stamps them with the clock unless the
        # caller sets SOURCE_DATE_EPOCH. This process's environment is not ours to change.
        page = HTML(string=html, base_url=stack.folders[0].as_uri() + "/", url_fetcher=fetcher)
        document = page.render(font_config=font_configuration(), **settings)
        if limit and not fetcher.refused and body_pages(document.pages) > limit:
            return None
        pdf = document.write_pdf(**settings)
        for font in document.fonts.values():
            used.setdefault(_family(font), []).append(font.file_content)
    except RefusedResource:
        pass  # reported below with every other refusal
    except OSError as exc:
        if exc.errno not in NO_ROOM:
            raise
        # WeasyPrint copies each @font-face font into a temporary folder and takes a copy it finds
        # there for a whole one: a copy the full disk cut short would spoil this process's next
        # renders (a batch worker, the preview), so they start from a fresh configuration. (Raised
        # below, out of this block, so the failed render's frames and its folder go at once.)
        font_configuration.cache_clear()
        reason = os_reason(exc)
        no_room = ProcessingError(f"cannot write WeasyPrint's temporary font files ({reason})",
                                  exc.filename or tempfile.gettempdir())
    if no_room is not None:
        raise no_room
    if fetcher.refused:
        raise InputError(f"template refers to {fetcher.refused[0]!r}; only files inside the template and "
                         "client folders and data: URIs may be used (refused, nothing fetched)",
                         stack.folders[0])
    return pdf, used


def _family(font: Any) -> str:
    family = font.family
    return family.decode("utf-8", "replace") if isinstance(family, bytes) else str(family)


@cache
def font_configuration() -> Any:
    """One WeasyPrint font configuration per process (fontconfig setup is slow)."""
    from weasyprint.text.fonts import FontConfiguration

    config = FontConfiguration()
    atexit.register(_release_font_configuration)
    return config


def _release_font_configuration() -> None:
    """Drop the cached configuration at exit, while the interpreter is whole: its own ``__del__`` then
    removes its folder of @font-face copies (at shutdown proper ``rmtree`` is already gone, which left
    the folder in /tmp and printed an error)."""
    font_configuration.cache_clear()
    gc.collect()


def read_attached_brief(pdf: bytes) -> str:
    """The ``brief.yaml`` reportgen attached to ``pdf``."""
    return attached_brief(pdf)
