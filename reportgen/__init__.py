"""reportgen: news articles -> intelligence-style briefs (YAML, HTML, PDF).

The Python API mirrors the CLI::

    import reportgen
    brief = reportgen.extract(reportgen.ingest("article.txt"))
    pdf = reportgen.render(brief, fmt="pdf")
"""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"

__all__ = ["__version__", "build", "extract", "ingest", "render"]


def __getattr__(name: str) -> Any:
    # Lazy: importing reportgen must not import spaCy or WeasyPrint. The stage packages
    # ingest/extract/render are callable (see reportgen._api), so they are the API functions too.
    if name in ("ingest", "extract", "render"):
        import importlib

        return importlib.import_module(f"reportgen.{name}")
    if name == "build":
        from reportgen.pipeline import build

        return build
    raise AttributeError(name)
