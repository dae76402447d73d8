"""Render: a ``Brief`` -> one self-contained HTML file, or a PDF, through a sandboxed, layered Jinja
template.

The work is in submodules, so importing this package loads neither Jinja nor WeasyPrint:
:mod:`reportgen.render.markup` (template -> HTML) and :mod:`reportgen.render.pdf` (HTML -> PDF with
WeasyPrint). Their public functions are also this package's names, imported when first used::

    from reportgen.render import render_html, render_pdf

For one call with a format chosen at run time, use :func:`reportgen.render` (the function).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from reportgen.render.markup import render_html, template_context
    from reportgen.render.pdf import PDF_VARIANTS, font_configuration, read_attached_brief, render_pdf

__all__ = ["PDF_VARIANTS", "font_configuration", "read_attached_brief", "render_html", "render_pdf",
           "template_context"]

#: Where each name of ``__all__`` is defined.
_HOMES = {"render_html": "markup", "template_context": "markup", "PDF_VARIANTS": "pdf",
          "font_configuration": "pdf", "read_attached_brief": "pdf", "render_pdf": "pdf"}


def __getattr__(name: str) -> Any:
    """``render_pdf`` and the other names of ``__all__``, from their submodule on first use."""
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{home}"), name)


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
